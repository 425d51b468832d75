#!/usr/bin/env python3
import json, os, re, sys, glob
OUT = '/tmp/helper-p46'
KMAP = {'l': 'lead', 'd': 'drop', 's': 'sidebar', 'q': 'question', 'a': 'answer', 'st': 'statement', 'qu': 'quote'}

def parse(src):
    head, body = src.split('\n---\n', 1)
    meta = {}
    for line in head.strip().split('\n'):
        k, v = line.split(':', 1)
        meta[k.strip()] = v.strip()
    return meta, body

def build(nn, slug, ext, lang, meta, body):
    iv = meta['interviewer']; iv = None if iv == 'null' else iv
    ees = [x.strip() for x in meta['interviewees'].split(';') if x.strip()]
    raw = [b for b in re.split(r'\n[ \t]*\n', body.strip('\n')) if b.strip()]
    out_blocks, paras = [], []
    turn = 0; prev = None
    for b in raw:
        lines = b.split('\n')
        tag = lines[0]
        assert tag.startswith('§'), (slug, tag)
        text = '\n'.join(lines[1:]).rstrip()
        m = re.match(r'§(st|qu|l|d|s|q|a)(\d?)(\+?)(?:\s+(.*))?$', tag)
        assert m, (slug, tag)
        k, num, plus, explicit = m.groups()
        kind = KMAP[k]
        sp = None
        if explicit:
            sp = None if explicit == 'null' else explicit
        elif kind == 'question':
            sp = None if num == '0' else iv
        elif kind == 'answer':
            sp = ees[int(num or 1) - 1]
        elif kind == 'statement':
            sp = ees[int(num) - 1] if num else None
        cont = plus == '+' or (prev and kind in ('answer', 'statement') and prev[0] == kind and prev[1] == sp)
        if not cont:
            turn += 1
        prev = (kind, sp)
        out_blocks.append(text)
        paras.append({'start': text.strip()[:50], 'turn': turn, 'kind': kind, 'speaker': sp})
    fname = 'b46-%s-%s.%s' % (nn, slug, ext)
    txt = '\n\n'.join(out_blocks) + '\n'
    words = len(txt.split())
    with open(os.path.join(OUT, fname), 'w', encoding='utf-8') as f:
        f.write(txt)
    key = {'file': fname, 'language': lang, 'layout': meta['layout'], 'title': meta['title'],
           'interviewer': iv, 'interviewees': ees, 'paragraphs': paras, 'notes': meta.get('notes', '')}
    with open(os.path.join(OUT, 'b46-%s-%s.key.json' % (nn, slug)), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
    print(fname, lang, words, 'words', len(paras), 'blocks', '' if 300 <= words <= 1000 else '  <-- WORDS OUT OF RANGE')

for path in sorted(glob.glob('/tmp/helper-p46/srcx/src*.txt')):
    data = open(path, encoding='utf-8').read()
    for chunk in re.split(r'^=== ', data, flags=re.M)[1:]:
        first, rest = chunk.split('\n', 1)
        nn, slug, ext, lang = first.split()
        meta, body = parse(rest)
        build(nn, slug, ext, lang, meta, body)
