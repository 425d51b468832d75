#!/usr/bin/env python3
"""Build fixtures + keys from specs/*.spec (stdlib only).

Spec: header lines "field: value" up to a line "===", then blocks. Each block begins with a tag line
"§§KIND[+] [ALIAS]" where KIND in L D S Q A ST QU (lead drop sidebar question answer statement quote),
"+" = same turn as the previous block, ALIAS resolves via "alias: X=Full Name" (missing -> null).
Block text = following non-empty lines (kept verbatim, internal line breaks preserved).
"""
import glob, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(os.path.dirname(HERE))
KIND = {'L': 'lead', 'D': 'drop', 'S': 'sidebar', 'Q': 'question', 'A': 'answer', 'ST': 'statement', 'QU': 'quote'}

def build(path):
    raw = open(path, encoding='utf-8').read()
    head, body = raw.split('\n===\n', 1)
    meta, alias, notes = {}, {}, []
    for line in head.splitlines():
        if not line.strip():
            continue
        k, v = line.split(':', 1); v = v.strip()
        if k == 'alias':
            a, n = v.split('=', 1); alias[a.strip()] = n.strip()
        elif k == 'note':
            notes.append(v)
        else:
            meta[k] = v
    blocks, cur = [], None
    for line in body.splitlines():
        m = re.match(r'^§§(ST|QU|L|D|S|Q|A)(\+?)(?:\s+(\S+))?\s*$', line)
        if m:
            cur = {'kind': KIND[m.group(1)], 'cont': bool(m.group(2)), 'alias': m.group(3), 'lines': []}
            blocks.append(cur)
        elif line.strip():
            assert cur is not None, (path, line)
            cur['lines'].append(line.rstrip())
    text = '\n\n'.join('\n'.join(b['lines']) for b in blocks) + '\n'
    paras, turn = [], 0
    for b in blocks:
        assert b['lines'], (path, b)
        if not b['cont'] or turn == 0:
            turn += 1
        sp = alias[b['alias']] if b['alias'] and b['alias'] != '-' else None
        if b['kind'] in ('lead', 'drop', 'sidebar', 'quote'):
            assert sp is None, (path, b)
        s = '\n'.join(b['lines']).strip()
        paras.append({'start': s[:50], 'turn': turn, 'kind': b['kind'], 'speaker': sp})
    iv = meta.get('interviewer', 'null')
    key = {'file': meta['file'], 'language': meta['language'], 'layout': meta['layout'], 'title': meta['title'],
           'interviewer': None if iv == 'null' else iv,
           'interviewees': [x.strip() for x in meta['interviewees'].split(';') if x.strip()],
           'paragraphs': paras}
    if notes:
        key['notes'] = ' '.join(notes)
    with open(os.path.join(OUT, meta['file']), 'w', encoding='utf-8') as f:
        f.write(text)
    with open(os.path.join(OUT, meta['file'][:-4] + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
    return meta['file'], len(text.split())

def main():
    rows = [build(p) for p in sorted(glob.glob(os.path.join(HERE, 'specs', '*.spec')))]
    with open(os.path.join(HERE, 'wordcounts.txt'), 'w') as f:
        for fn, n in rows:
            flag = '' if 400 <= n <= 550 else '  OUT OF RANGE'
            f.write('%s %d%s\n' % (fn, n, flag)); print(fn, n, flag)
        if rows:
            ns = [n for _, n in rows]
            s = 'min %d max %d mean %.1f (n=%d)' % (min(ns), max(ns), sum(ns) / len(ns), len(ns))
            f.write(s + '\n'); print(s)

if __name__ == '__main__':
    main()
