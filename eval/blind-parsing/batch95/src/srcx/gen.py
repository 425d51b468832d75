#!/usr/bin/env python3
"""Build fixture .txt and .key.json files from specs/*.spec (stdlib only).
Spec: header lines 'key: value' until '===', then blocks each opened by a line
'%kind [SPK] [+]' ; SPK is an alias from 'names:' or '-'; '+' = same turn as previous block."""
import json, os, re, glob
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, '..', '..'))

def build(path):
    raw = open(path, encoding='utf-8').read()
    head, body = raw.split('\n===\n', 1)
    h = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(':', 1); h[k.strip()] = v.strip()
    names = {}
    for pair in h.get('names', '').split(';'):
        if '=' in pair:
            a, n = pair.split('=', 1); names[a.strip()] = n.strip()
    blocks = []
    cur = None
    for line in body.splitlines():
        m = re.match(r'^%(lead|drop|sidebar|question|answer|statement|quote|q|a|s)\b\s*(\S+)?\s*(\+)?\s*$', line)
        if m:
            cur = {'kind': m.group(1), 'spk': m.group(2), 'cont': bool(m.group(3)), 'lines': []}
            if cur['spk'] == '+':
                cur['spk'], cur['cont'] = None, True
            blocks.append(cur)
        else:
            cur['lines'].append(line)
    kinds = {'q': 'question', 'a': 'answer', 's': 'statement'}
    texts, paras, turn = [], [], 0
    for b in blocks:
        t = '\n'.join(b['lines']).strip('\n')
        t = '\n'.join(l.rstrip() for l in t.split('\n'))
        assert t.strip(), (path, b)
        assert '\n\n' not in t, (path, t[:60])
        texts.append(t)
        turn = turn if (b['cont'] and turn) else turn + 1
        spk = b['spk']
        spk = None if spk in (None, '-') else names[spk]
        paras.append({'start': t.strip()[:50], 'turn': turn, 'kind': kinds.get(b['kind'], b['kind']), 'speaker': spk})
    text = '\n\n'.join(texts) + '\n'
    fn = h['file'] + '.txt'
    open(os.path.join(OUT, fn), 'w', encoding='utf-8').write(text)
    iv = h.get('interviewer', '-')
    key = {'file': fn, 'language': h['lang'], 'layout': h['layout'], 'title': h['title'],
           'interviewer': None if iv in ('-', '') else iv,
           'interviewees': [x.strip() for x in h['interviewees'].split(';') if x.strip()],
           'paragraphs': paras}
    if h.get('notes'):
        key['notes'] = h['notes']
    for n in [key['interviewer']] + key['interviewees']:
        if n: assert n in text, (fn, n)
    json.dump(key, open(os.path.join(OUT, h['file'] + '.key.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
    return fn, len(text.split())

if __name__ == '__main__':
    rows = [build(p) for p in sorted(glob.glob(os.path.join(HERE, 'specs', '*.spec')))]
    with open(os.path.join(HERE, 'wordcounts.txt'), 'w') as f:
        for fn, n in rows:
            f.write('%s %d\n' % (fn, n))
    ns = [n for _, n in rows]
    if ns:
        print('%d files, words min %d max %d mean %.0f' % (len(ns), min(ns), max(ns), sum(ns) / len(ns)))
