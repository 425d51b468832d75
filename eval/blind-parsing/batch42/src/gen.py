#!/usr/bin/env python3
"""Generate interview text + answer key from one source file (stdlib only).

Source format: header lines "field: value" up to a line "===", then blocks.
Each block starts with a marker line "@@ kind | speaker | flag" (speaker/flag optional;
speaker may be an alias from "alias:"; "-" or empty = null). The text up to the next
marker (trailing blank lines dropped) is exactly one block of the output.
Turns: a new turn per block, except a block continues the previous turn when kind and
speaker are equal and kind is question/answer/statement; flag "+" forces continuation,
flag "!" forces a new turn.
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
KABBR = {'l': 'lead', 'd': 'drop', 's': 'sidebar', 'q': 'question', 'a': 'answer',
         'st': 'statement', 'qu': 'quote'}
CONT = {'question', 'answer', 'statement'}


def blocks(text):
    return [b.strip() for b in re.split(r'\n[ \t]*\n', text.replace('\r\n', '\n')) if b.strip()]


def parse(path):
    raw = open(path, encoding='utf-8').read()
    head, body = raw.split('\n===\n', 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(':', 1)
            meta[k.strip()] = v.strip()
    alias = {}
    for pair in filter(None, [p.strip() for p in meta.get('alias', '').split(';')]):
        a, n = pair.split('=', 1)
        alias[a.strip()] = n.strip()
    items = []
    cur = None
    for line in body.split('\n'):
        if line.startswith('@@ '):
            parts = [p.strip() for p in line[3:].split('|')] + ['', '']
            kind = KABBR.get(parts[0], parts[0])
            sp = parts[1]
            sp = None if sp in ('', '-') else alias.get(sp, sp)
            cur = {'kind': kind, 'speaker': sp, 'flag': parts[2], 'lines': []}
            items.append(cur)
        else:
            if cur is None:
                if line.strip():
                    sys.exit('%s: text before first marker' % path)
                continue
            cur['lines'].append(line)
    return meta, alias, items


def build(path):
    meta, alias, items = parse(path)
    texts = []
    for it in items:
        lines = it['lines']
        while lines and not lines[-1].strip():
            lines.pop()
        t = '\n'.join(lines)
        if len(blocks(t)) != 1:
            sys.exit('%s: marker %s does not hold exactly one block: %r' % (path, it['kind'], t[:60]))
        texts.append(t)
    sep = meta.get('sep', '\n\n').encode().decode('unicode_escape')
    text = sep.join(texts) + '\n'
    if meta.get('crlf') == 'yes':
        text = text.replace('\n', '\r\n')
    bl = blocks(text)
    assert len(bl) == len(items), path
    interviewer = meta['interviewer']
    interviewer = None if interviewer == 'null' else alias.get(interviewer, interviewer)
    interviewees = [alias.get(x.strip(), x.strip()) for x in meta['interviewees'].split(';') if x.strip()]
    paras = []
    turn = 0
    prev = None
    for b, it in zip(bl, items):
        k, sp, fl = it['kind'], it['speaker'], it['flag']
        assert k in KABBR.values(), (path, k)
        if k in ('lead', 'drop', 'sidebar', 'quote'):
            assert sp is None, (path, b[:40])
        cont = prev is not None and ((k == prev[0] and sp == prev[1] and k in CONT) or fl == '+')
        if fl == '!':
            cont = False
        if not cont:
            turn += 1
        paras.append({'start': b[:50], 'turn': turn, 'kind': k, 'speaker': sp})
        prev = (k, sp)
    key = {'file': meta['file'], 'language': meta['language'], 'layout': meta['layout'],
           'title': meta['title'], 'interviewer': interviewer, 'interviewees': interviewees,
           'paragraphs': paras}
    if meta.get('notes'):
        key['notes'] = meta['notes']
    with open(os.path.join(OUT, meta['file']), 'w', encoding='utf-8', newline='') as f:
        f.write(text)
    stem = os.path.splitext(meta['file'])[0]
    with open(os.path.join(OUT, stem + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
        f.write('\n')
    return meta, key


def main():
    rows = []
    for p in sorted(glob.glob(os.path.join(HERE, 'sources', '*.src'))):
        meta, key = build(p)
        rows.append((meta['file'], meta['language'], meta['layout'], meta.get('tricky', ''), len(key['paragraphs'])))
    with open(os.path.join(HERE, 'table.md'), 'w', encoding='utf-8') as f:
        f.write('| file | language | layout | what is tricky |\n|---|---|---|---|\n')
        for r in rows:
            f.write('| %s | %s | %s | %s |\n' % (r[0], r[1], r[2], r[3]))
    print('generated', len(rows))


if __name__ == '__main__':
    main()
