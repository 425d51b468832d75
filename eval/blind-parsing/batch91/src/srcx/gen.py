#!/usr/bin/env python3
"""Generate fixture .txt and .key.json files from specs/*.spec (stdlib only).

Spec: header lines 'field: value' up to a line '===', then blocks. Each block starts with a
directive line '%K[&] [speaker]' (K = L lead, D drop, S sidebar, Q question, A answer,
T statement, U quote; '&' = same turn as previous block; speaker '-' or empty = null),
followed by the block's text lines (no blank lines inside a block)."""
import json, os, re, glob
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(os.path.dirname(HERE))
KIND = dict(L='lead', D='drop', S='sidebar', Q='question', A='answer', T='statement', U='quote')

def parse(path):
    raw = open(path, encoding='utf-8').read()
    head, body = raw.split('\n===\n', 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(':', 1)
            meta[k.strip()] = v.strip()
    blocks = []
    cur = None
    for line in body.split('\n'):
        if line.startswith('%'):
            m = re.match(r'%([LDSQATU])(&?)\s*(.*)$', line)
            if not m:
                raise SystemExit('%s: bad directive %r' % (path, line))
            cur = dict(kind=KIND[m.group(1)], same=bool(m.group(2)),
                       speaker=(m.group(3).strip() if m.group(3).strip() not in ('', '-') else None), lines=[])
            blocks.append(cur)
        elif cur is not None:
            cur['lines'].append(line)
    return meta, blocks

def build(path):
    meta, blocks = parse(path)
    texts, paras, turn = [], [], 0
    for i, b in enumerate(blocks):
        while b['lines'] and not b['lines'][-1].strip():
            b['lines'].pop()
        t = '\n'.join(b['lines'])
        if not t.strip() or re.search(r'\n[ \t]*\n', t):
            raise SystemExit('%s: block %d empty or contains blank line' % (path, i))
        if not (b['same'] and i):
            turn += 1
        texts.append(t)
        paras.append(dict(start=t.strip()[:50], turn=turn, kind=b['kind'], speaker=b['speaker']))
    text = '\n\n'.join(texts) + '\n'
    iv = meta.get('interviewer', 'null')
    key = dict(file=meta['file'], language=meta['language'], layout=meta['layout'], title=meta['title'],
               interviewer=None if iv in ('null', '') else iv,
               interviewees=[x.strip() for x in meta['interviewees'].split(';') if x.strip()],
               paragraphs=paras)
    if meta.get('notes'):
        key['notes'] = meta['notes']
    with open(os.path.join(OUT, meta['file']), 'w', encoding='utf-8') as f:
        f.write(text)
    with open(os.path.join(OUT, meta['file'][:-4] + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
    return meta['file'], len(text.split())

def main():
    rows = [build(p) for p in sorted(glob.glob(os.path.join(HERE, 'specs', '*.spec')))]
    with open(os.path.join(HERE, 'wordcounts.txt'), 'w') as f:
        for name, n in rows:
            f.write('%s %d\n' % (name, n))
        ns = [n for _, n in rows]
        f.write('files %d min %d max %d mean %.1f\n' % (len(ns), min(ns), max(ns), sum(ns) / len(ns)))
    print(open(os.path.join(HERE, 'wordcounts.txt')).read())

if __name__ == '__main__':
    main()
