#!/usr/bin/env python3
"""Tagged sources (src/srcx/sources/*.src) -> fixture .txt + .key.json (stdlib only).

Source: header lines `field: value` up to a line `===`; then blocks separated by blank lines.
Each block starts with a tag line `#kind[+] [alias]`; kind in lead, drop, side, q, a, st, quote.
`+` = continuation: same turn as the previous block (otherwise turn +1).
Header: file, language, layout, title, interviewer (alias or null), interviewees (aliases, `;`),
alias (X=Full Name; ...), notes.
Run with `--table` to print the README table rows.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(os.path.dirname(HERE))
KIND = {'lead': 'lead', 'drop': 'drop', 'side': 'sidebar', 'q': 'question', 'a': 'answer',
        'st': 'statement', 'quote': 'quote'}


def build(path):
    raw = open(path, encoding='utf-8').read()
    head, body = raw.split('\n===\n', 1)
    h = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(':', 1)
            h[k.strip()] = v.strip()
    alias = {}
    for pair in h.get('alias', '').split(';'):
        if '=' in pair:
            a, n = pair.split('=', 1)
            alias[a.strip()] = n.strip()
    chunks = [c for c in re.split(r'\n[ \t]*\n', body) if c.strip()]
    paras, texts, turn = [], [], 0
    for c in chunks:
        lines = c.strip('\n').split('\n')
        tag = lines[0].strip()
        m = re.match(r'#(\w+)(\+?)(?:\s+(\S+))?$', tag)
        if not m:
            raise SystemExit('%s: bad tag %r' % (path, tag))
        kind, cont, al = m.groups()
        text = '\n'.join(lines[1:])
        if cont and turn:
            pass
        else:
            turn += 1
        sp = alias[al] if al else None
        texts.append(text)
        paras.append({'start': text.strip()[:50], 'turn': turn, 'kind': KIND[kind], 'speaker': sp})
    txt = '\n\n'.join(texts).rstrip('\n') + '\n'
    iv = h.get('interviewer', 'null')
    key = {'file': h['file'] + '.txt', 'language': h['language'], 'layout': h['layout'], 'title': h['title'],
           'interviewer': None if iv == 'null' else alias[iv],
           'interviewees': [alias[a.strip()] for a in h['interviewees'].split(';') if a.strip()],
           'paragraphs': paras}
    if h.get('notes'):
        key['notes'] = h['notes']
    if h['title'] not in txt:
        print('WARN title not in text:', h['file'])
    for name in set(key['interviewees']) | ({key['interviewer']} if key['interviewer'] else set()):
        if name not in txt:
            print('WARN name not in text:', h['file'], name)
    with open(os.path.join(OUT, h['file'] + '.txt'), 'w', encoding='utf-8') as f:
        f.write(txt)
    with open(os.path.join(OUT, h['file'] + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
        f.write('\n')
    return key, len(txt.split())


def main():
    srcs = sorted(f for f in os.listdir(os.path.join(HERE, 'sources')) if f.endswith('.src'))
    rows = []
    for s in srcs:
        key, words = build(os.path.join(HERE, 'sources', s))
        rows.append((key, words))
        flag = '' if 400 <= words <= 700 else '  <-- WORDS OUT OF RANGE'
        print('%-50s %4d words %3d blocks%s' % (key['file'], words, len(key['paragraphs']), flag))
    if rows:
        w = [r[1] for r in rows]
        print('n=%d min=%d max=%d mean=%.1f' % (len(w), min(w), max(w), sum(w) / len(w)))
    if '--table' in sys.argv:
        print('| file | lang | layout | words | blocks | interviewer | interviewees |')
        print('|---|---|---|---|---|---|---|')
        for key, words in rows:
            print('| %s | %s | %s | %d | %d | %s | %s |' % (key['file'], key['language'], key['layout'], words,
                  len(key['paragraphs']), key['interviewer'] or '(none)', ', '.join(key['interviewees'])))


if __name__ == '__main__':
    main()
