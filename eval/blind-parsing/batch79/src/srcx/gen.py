#!/usr/bin/env python3
"""Build p79 fixtures + keys from spec files (stdlib only).
Spec: '@field value' meta lines start a fixture (@file first); '%K[+] [alias]' starts a block
(K: L lead, D drop, S sidebar, Q question, A answer, T statement, U quote; '+' = same turn as previous)."""
import json, os, re, sys, glob
HERE = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
KIND = dict(L='lead', D='drop', S='sidebar', Q='question', A='answer', T='statement', U='quote')

def vblocks(text):
    return [b.strip() for b in re.split(r'\n[ \t]*\n', text.replace('\r\n', '\n')) if b.strip()]

def parse(path):
    fx, cur, blk = [], None, None
    for line in open(path, encoding='utf-8').read().split('\n'):
        if line.startswith('@'):
            k, _, v = line[1:].partition(' ')
            if k == 'file':
                cur = {'meta': {}, 'blocks': []}; fx.append(cur)
            cur['meta'][k] = v.strip(); blk = None
        elif line.startswith('%'):
            m = re.match(r'%([LDSQATU])(\+?)\s*(\S*)\s*$', line)
            if not m: raise SystemExit('bad tag %r in %s' % (line, path))
            blk = {'k': m.group(1), 'cont': bool(m.group(2)), 'sp': m.group(3) or None, 'lines': []}
            cur['blocks'].append(blk)
        elif blk is not None:
            blk['lines'].append(line)
    return fx

def build(f):
    m = f['meta']
    alias = {}
    for pair in m.get('alias', '').split(';'):
        if '=' in pair:
            a, n = pair.split('=', 1); alias[a.strip()] = n.strip()
    texts, paras, turn = [], [], 0
    for b in f['blocks']:
        t = '\n'.join(b['lines']).strip('\n')
        t = '\n'.join(l.rstrip() for l in t.split('\n'))
        assert t.strip(), (m['file'], b)
        assert not re.search(r'\n[ \t]*\n', t), (m['file'], t[:60])
        turn = turn if (b['cont'] and turn) else turn + 1
        sp = alias.get(b['sp'], b['sp']) if b['sp'] else None
        if sp == '-': sp = None
        texts.append(t)
        paras.append({'start': t.strip()[:50], 'turn': turn, 'kind': KIND[b['k']], 'speaker': sp})
    text = '\n\n'.join(texts) + '\n'
    assert len(vblocks(text)) == len(paras), m['file']
    name = m['file']
    key = {'file': name + '.txt', 'language': m['language'], 'layout': m['layout'], 'title': m['title'],
           'interviewer': m.get('interviewer') or None,
           'interviewees': [x.strip() for x in m['interviewees'].split(';') if x.strip()],
           'paragraphs': paras}
    if m.get('notes'): key['notes'] = m['notes']
    with open(os.path.join(HERE, name + '.txt'), 'w', encoding='utf-8') as fh: fh.write(text)
    with open(os.path.join(HERE, name + '.key.json'), 'w', encoding='utf-8') as fh:
        json.dump(key, fh, ensure_ascii=False, indent=1)
    return name, len(re.findall(r'\S+', text))

if __name__ == '__main__':
    for p in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), '*.spec'))):
        for f in parse(p):
            n, w = build(f)
            print('%-50s %4d words%s' % (n, w, '' if 400 <= w <= 550 else '  <-- OUT OF RANGE'))
