#!/usr/bin/env python3
"""Generate fixtures + keys from tagged sources (*.src) in this folder. stdlib only."""
import json, os, re, sys, glob

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, '..', '..'))
KIND = {'l': 'lead', 'd': 'drop', 'sb': 'sidebar', 'q': 'question', 'a': 'answer', 's': 'statement', 'qu': 'quote'}
TAG = re.compile(r'^%(l|d|sb|q|a|s|qu)(\+?)(?:[ \t]+(.*))?$')


def blocks(text):
    return [b.strip() for b in re.split(r'\n[ \t]*\n', text.replace('\r\n', '\n')) if b.strip()]


def parse(path):
    with open(path, encoding='utf-8') as f:
        raw = f.read()
    head, body = raw.split('\n---\n', 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(':', 1)
            meta[k.strip()] = v.strip()
    items = []
    for line in body.split('\n'):
        m = TAG.match(line)
        if m:
            items.append([m.group(1), m.group(2) == '+', (m.group(3) or '').strip(), []])
        else:
            if not items:
                if line.strip():
                    raise SystemExit('%s: text before first tag: %r' % (path, line))
                continue
            items[-1][3].append(line)
    return meta, items


def build(path):
    meta, items = parse(path)
    iv = meta.get('interviewer', '-')
    iv = None if iv in ('-', '') else iv
    ees = [x.strip() for x in meta['interviewees'].split(';') if x.strip()]
    texts, paras = [], []
    turn = 0
    prev = None
    for k, cont, sp, lines in items:
        t = '\n'.join(lines).strip('\n')
        # keep leading spaces of first line (some layouts indent), strip trailing ws per line
        t = '\n'.join(l.rstrip() for l in t.split('\n'))
        if not t.strip():
            raise SystemExit('%s: empty block' % path)
        if re.search(r'\n[ \t]*\n', t):
            raise SystemExit('%s: blank line inside block %r' % (path, t[:40]))
        kind = KIND[k]
        if sp in ('', '-'):
            sp = iv if kind == 'question' and sp == '' else None
        if kind == 'answer' and sp is None:
            raise SystemExit('%s: answer without speaker %r' % (path, t[:40]))
        if kind in ('lead', 'sidebar', 'drop', 'quote') and sp is not None:
            raise SystemExit('%s: %s with speaker' % (path, kind))
        if cont:
            if prev is None or prev != (kind, sp):
                raise SystemExit('%s: continuation differs from previous block: %r' % (path, t[:40]))
        else:
            turn += 1
        prev = (kind, sp)
        texts.append(t)
        paras.append({'start': t.strip()[:50], 'turn': turn, 'kind': kind, 'speaker': sp})
    text = '\n\n'.join(texts) + '\n'
    names = set(ees) | ({iv} if iv else set())
    for p in paras:
        if p['speaker'] and p['speaker'] not in names and p['speaker'] not in text:
            raise SystemExit('%s: speaker %r not in names/text' % (path, p['speaker']))
    for n in names:
        if n not in text:
            print('  note: %s: name %r not verbatim in text' % (os.path.basename(path), n))
    bl = blocks(text)
    assert len(bl) == len(paras), (path, len(bl), len(paras))
    for b, p in zip(bl, paras):
        assert b[:50] == p['start'], (path, b[:50], p['start'])
    fn = meta['file']
    data = text.replace('\n', '\r\n') if meta.get('crlf') == 'yes' else text
    with open(os.path.join(OUT, fn), 'w', encoding='utf-8', newline='') as f:
        f.write(data)
    key = {'file': fn, 'language': meta['lang'], 'layout': meta['layout'], 'title': meta['title'],
           'interviewer': iv, 'interviewees': ees, 'paragraphs': paras}
    if meta.get('notes'):
        key['notes'] = meta['notes']
    with open(os.path.join(OUT, os.path.splitext(fn)[0] + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
        f.write('\n')
    words = len(text.split())
    return fn, meta, words


def main():
    rows = []
    for p in sorted(glob.glob(os.path.join(HERE, '*.src'))):
        fn, meta, words = build(p)
        rows.append((fn, meta['lang'], meta['layout'], meta.get('tricky', ''), words))
        print('%-60s %4d words' % (fn, words))
    with open(os.path.join(HERE, 'table.md'), 'w', encoding='utf-8') as f:
        f.write('| file | lang | layout | what is tricky |\n|---|---|---|---|\n')
        for fn, lang, layout, tricky, w in rows:
            f.write('| %s | %s | %s | %s |\n' % (fn, lang, layout, tricky))


if __name__ == '__main__':
    main()
