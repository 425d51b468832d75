#!/usr/bin/env python3
"""Generate fixtures + keys from specs/*.spec (stdlib only).
Spec: header lines 'field: value' until '---'; then blocks, each opened by '@@ KIND[+] [ALIAS]'.
KIND: lead drop side q a st quote. '+' = same turn as the previous block (continuation / label in own block).
ALIAS: defined in 'alias: X=Full Name, Y=Other'; '-' or missing = null speaker."""
import json, os, re, glob
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(os.path.dirname(HERE))
KMAP = {'lead': 'lead', 'drop': 'drop', 'side': 'sidebar', 'q': 'question', 'a': 'answer', 'st': 'statement', 'quote': 'quote'}

def parse(path):
    head, body = open(path, encoding='utf-8').read().split('\n---\n', 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(':', 1)
            meta[k.strip()] = v.strip()
    alias = {}
    for part in meta.get('alias', '').split(','):
        if '=' in part:
            a, n = part.split('=', 1)
            alias[a.strip()] = n.strip()
    blocks = []
    cur = None
    for line in body.splitlines():
        m = re.match(r'^@@ (\w+)(\+?)(?: (\S+))?\s*$', line)
        if m:
            cur = {'kind': KMAP[m.group(1)], 'cont': bool(m.group(2)),
                   'speaker': alias[m.group(3)] if m.group(3) and m.group(3) != '-' else None, 'lines': []}
            blocks.append(cur)
        else:
            cur['lines'].append(line)
    return meta, blocks

def build(path):
    meta, blocks = parse(path)
    texts, paras, turn = [], [], 0
    for b in blocks:
        t = '\n'.join(b['lines']).strip('\n')
        assert t.strip() and not re.search(r'\n[ \t]*\n', t), (path, t[:40])
        if b['cont']:
            assert paras and paras[-1]['kind'] == b['kind'] and paras[-1]['speaker'] == b['speaker'], (path, b)
        if not b['cont'] or turn == 0:
            turn += 1
        texts.append(t)
        paras.append({'start': t.strip()[:50], 'turn': turn, 'kind': b['kind'], 'speaker': b['speaker']})
    name = meta['file']
    text = '\n\n'.join(texts) + '\n'
    with open(os.path.join(OUT, name + '.txt'), 'w', encoding='utf-8') as f:
        f.write(text)
    key = {'file': name + '.txt', 'language': meta['lang'], 'layout': meta['layout'], 'title': meta['title'],
           'interviewer': None if meta['interviewer'] == '-' else meta['interviewer'],
           'interviewees': [s.strip() for s in meta['interviewees'].split(';') if s.strip()],
           'paragraphs': paras}
    if meta.get('notes'):
        key['notes'] = meta['notes']
    with open(os.path.join(OUT, name + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
    return name, len(text.split())

if __name__ == '__main__':
    rows = [build(p) for p in sorted(glob.glob(os.path.join(HERE, 'specs', '*.spec')))]
    with open(os.path.join(HERE, 'wordcounts.txt'), 'w') as f:
        for n, w in rows:
            f.write('%s\t%d\n' % (n, w))
    for n, w in rows:
        print(w, n, '' if 400 <= w <= 550 else '  <-- OUT OF RANGE')
    ws = [w for _, w in rows]
    if ws:
        print('files %d min %d max %d mean %.1f' % (len(ws), min(ws), max(ws), sum(ws) / len(ws)))
