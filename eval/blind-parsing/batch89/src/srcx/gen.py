#!/usr/bin/env python3
"""Build fixtures + keys from specs/*.spec (stdlib only). Turns and starts are computed."""
import json, os, re, glob
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(os.path.dirname(HERE))
KINDS = {'lead', 'question', 'answer', 'statement', 'sidebar', 'quote', 'drop'}
SHORT = {'q': 'question', 'a': 'answer', 's': 'statement'}
DIR = re.compile(r'^@(\w+)(\+?)[ \t]*(.*)$')

def build(path):
    raw = open(path, encoding='utf-8').read()
    head, body = raw.split('\n===\n', 1)
    meta = {}
    for line in head.splitlines():
        if ':' in line:
            k, v = line.split(':', 1)
            meta[k.strip()] = v.strip()
    alias = {}
    for pair in meta.get('alias', '').split(';'):
        if '=' in pair:
            a, n = pair.split('=', 1)
            alias[a.strip()] = n.strip()
    blocks, cur = [], None
    for line in body.splitlines():
        m = DIR.match(line)
        if m:
            if cur: blocks.append(cur)
            kind = SHORT.get(m.group(1), m.group(1))
            assert kind in KINDS, (path, line)
            sp = m.group(3).strip() or None
            sp = alias.get(sp, sp)
            cur = {'kind': kind, 'cont': bool(m.group(2)), 'speaker': sp, 'lines': []}
        else:
            cur['lines'].append(line)
    blocks.append(cur)
    texts, paras, turn = [], [], 0
    for b in blocks:
        t = '\n'.join(b['lines']).strip('\n')
        assert t.strip(), (path, b)
        assert not re.search(r'\n[ \t]*\n', t), (path, t[:60])
        if not b['cont'] or turn == 0:
            turn += 1
        if b['kind'] in ('lead', 'drop', 'sidebar', 'quote'):
            assert b['speaker'] is None, (path, t[:50])
        texts.append(t)
        paras.append({'start': t.strip()[:50], 'turn': turn, 'kind': b['kind'], 'speaker': b['speaker']})
    text = '\n\n'.join(texts) + '\n'
    name = meta['file']
    with open(os.path.join(OUT, name + '.txt'), 'w', encoding='utf-8') as f:
        f.write(text)
    iv = meta.get('interviewer', '-')
    key = {'file': name + '.txt', 'language': meta['lang'], 'layout': meta['layout'], 'title': meta['title'],
           'interviewer': None if iv in ('-', '') else iv,
           'interviewees': [x.strip() for x in meta['interviewees'].split(';') if x.strip()],
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
            f.write('%s.txt %d\n' % (n, w))
        ws = [w for _, w in rows]
        if ws:
            f.write('files %d min %d max %d mean %.1f\n' % (len(ws), min(ws), max(ws), sum(ws) / len(ws)))
    print(open(os.path.join(HERE, 'wordcounts.txt')).read())
