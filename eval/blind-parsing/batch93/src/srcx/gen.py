#!/usr/bin/env python3
"""Build fixtures + keys from specs/*.spec (stdlib only).
Spec: header 'field: value' lines, then a line '---', then blocks separated by blank lines.
Each block's first line is a tag: @kind[:speaker][+]  kinds: lead drop side(bar) q a st quote.
q defaults to the interviewer, a to the first interviewee, st needs a speaker; ':null' forces null.
'+' = same turn as previous block (continuation / label-alone block followed by its text)."""
import json, os, re, glob
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(os.path.dirname(HERE))
KIND = {'lead': 'lead', 'drop': 'drop', 'side': 'sidebar', 'q': 'question', 'a': 'answer',
        'st': 'statement', 'quote': 'quote'}

def build(path):
    raw = open(path, encoding='utf-8').read()
    head, body = raw.split('\n---\n', 1)
    meta = {}
    for line in head.strip().splitlines():
        k, v = line.split(':', 1)
        meta[k.strip()] = v.strip()
    interviewer = meta.get('interviewer') or None
    if interviewer == 'null':
        interviewer = None
    interviewees = [x.strip() for x in meta.get('interviewees', '').split(';') if x.strip()]
    blocks, paras, turn = [], [], 0
    for b in re.split(r'\n[ \t]*\n', body.strip()):
        lines = b.strip('\n').split('\n')
        tag, text = lines[0].strip(), '\n'.join(lines[1:]).strip()
        m = re.match(r'^@(\w+)(?::([^+]*))?(\+)?$', tag)
        if not m:
            raise SystemExit('%s: bad tag %r' % (path, tag))
        kind, sp, cont = m.group(1), m.group(2), m.group(3)
        if kind in ('q', 'a', 'st'):
            if sp is None:
                sp = interviewer if kind == 'q' else (interviewees[0] if interviewees else None)
            elif sp == 'null':
                sp = None
        else:
            sp = None
        turn = turn if (cont and turn) else turn + 1
        blocks.append(text)
        paras.append({'start': text[:50], 'turn': turn, 'kind': KIND[kind], 'speaker': sp})
    stem = os.path.splitext(os.path.basename(path))[0]
    txt = '\n\n'.join(blocks) + '\n'
    open(os.path.join(OUT, stem + '.txt'), 'w', encoding='utf-8').write(txt)
    key = {'file': stem + '.txt', 'language': meta['language'], 'layout': meta['layout'],
           'title': meta['title'], 'interviewer': interviewer, 'interviewees': interviewees,
           'paragraphs': paras}
    if meta.get('notes'):
        key['notes'] = meta['notes']
    with open(os.path.join(OUT, stem + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
    return stem, len(re.findall(r'\S+', txt))

if __name__ == '__main__':
    rows = [build(p) for p in sorted(glob.glob(os.path.join(HERE, 'specs', '*.spec')))]
    with open(os.path.join(HERE, 'wordcounts.txt'), 'w') as f:
        for s, n in rows:
            f.write('%s %d\n' % (s, n))
    for s, n in rows:
        print(s, n, '' if 400 <= n <= 550 else '  <-- OUT OF RANGE')
    if rows:
        ns = [n for _, n in rows]
        print('min %d max %d mean %.1f' % (min(ns), max(ns), sum(ns) / len(ns)))
