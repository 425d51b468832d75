#!/usr/bin/env python3
"""Build fixtures + keys from specs/*.spec (stdlib only).
Spec: header lines 'key: value' until '---'; then blocks, each opened by a tag line
'[kind] ', '[kind+]' (same turn as previous block) or '[kind ALIAS]'.
kinds: l=lead d=drop s=sidebar q=question a=answer st=statement qu=quote.
Speaker: explicit alias/full name, '-' = null; q defaults to interviewer, a to first interviewee."""
import json, os, re, glob
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(os.path.dirname(HERE))
KINDS = {'l': 'lead', 'd': 'drop', 's': 'sidebar', 'q': 'question', 'a': 'answer', 'st': 'statement', 'qu': 'quote'}
TAG = re.compile(r'^\[(l|d|s|q|a|st|qu)(\+?)(?: ([^\]]+))?\]\s*$')

def build(path):
    raw = open(path, encoding='utf-8').read()
    head, body = raw.split('\n---\n', 1)
    h, alias = {}, {}
    for line in head.splitlines():
        if not line.strip():
            continue
        k, v = line.split(':', 1)
        v = v.strip()
        if k == 'alias':
            a, n = v.split('=', 1)
            alias[a.strip()] = n.strip()
        else:
            h[k.strip()] = v
    interviewer = None if h['interviewer'] in ('null', '') else h['interviewer']
    interviewees = [x.strip() for x in h['interviewees'].split('|') if x.strip()]
    blocks, cur = [], None
    for line in body.splitlines():
        m = TAG.match(line)
        if m:
            cur = {'kind': KINDS[m.group(1)], 'same': bool(m.group(2)), 'sp': m.group(3), 'lines': []}
            blocks.append(cur)
        elif cur is not None:
            cur['lines'].append(line.rstrip())
    texts, paras, turn = [], [], 0
    for b in blocks:
        lines = b['lines']
        while lines and not lines[0].strip():
            lines.pop(0)
        while lines and not lines[-1].strip():
            lines.pop()
        assert lines and all(l.strip() for l in lines), (path, b)
        text = '\n'.join(lines)
        sp = b['sp']
        if sp == '-':
            sp = None
        elif sp:
            sp = alias.get(sp, sp)
        elif b['kind'] == 'question':
            sp = interviewer
        elif b['kind'] == 'answer':
            sp = interviewees[0]
        if b['kind'] in ('lead', 'drop', 'sidebar', 'quote'):
            sp = None
        turn = turn if (b['same'] and turn) else turn + 1
        texts.append(text)
        paras.append({'start': text.strip()[:50], 'turn': turn, 'kind': b['kind'], 'speaker': sp})
    name = h['file']
    full = '\n\n'.join(texts) + '\n'
    with open(os.path.join(OUT, name + '.txt'), 'w', encoding='utf-8') as f:
        f.write(full)
    key = {'file': name + '.txt', 'language': h['lang'], 'layout': h['layout'], 'title': h['title'],
           'interviewer': interviewer, 'interviewees': interviewees, 'paragraphs': paras}
    if h.get('notes'):
        key['notes'] = h['notes']
    with open(os.path.join(OUT, name + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
    return name, len(full.split())

if __name__ == '__main__':
    res = [build(p) for p in sorted(glob.glob(os.path.join(HERE, 'specs', '*.spec')))]
    with open(os.path.join(HERE, 'wordcounts.txt'), 'w') as f:
        for n, w in res:
            f.write('%s.txt %d\n' % (n, w))
        ws = [w for _, w in res]
        if ws:
            f.write('min %d max %d mean %.1f n %d\n' % (min(ws), max(ws), sum(ws) / len(ws), len(ws)))
    print(open(os.path.join(HERE, 'wordcounts.txt')).read())
