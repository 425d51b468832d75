#!/usr/bin/env python3
import json, os, re, glob, sys
HERE = '/tmp/helper-p45'
K = {'L':'lead','D':'drop','S':'sidebar','Q':'question','A':'answer','T':'statement','U':'quote'}
def parse(src):
    out = []
    for chunk in re.split(r'^### ', src, flags=re.M):
        if not chunk.strip(): continue
        fname, rest = chunk.split('\n', 1)
        head, body = rest.split('\n---\n', 1)
        meta = {}
        for line in head.strip().split('\n'):
            k, v = line.split('=', 1); meta[k.strip()] = v.strip()
        out.append((fname.strip(), meta, body))
    return out
def build(fname, meta, body):
    raw = [b for b in re.split(r'\n[ \t]*\n', body) if b.strip()]
    texts, paras = [], []
    iv = meta.get('interviewer') or None
    ees = [x.strip() for x in meta['interviewees'].split('|') if x.strip()]
    turn = 0
    for b in raw:
        lines = b.strip('\n').split('\n')
        m = re.match(r'^@([LDSQATU])(\+?)(?:\s+(.*))?$', lines[0])
        if not m: sys.exit('%s: bad marker %r' % (fname, lines[0]))
        kind = K[m.group(1)]; cont = m.group(2) == '+'; sp = (m.group(3) or '').strip()
        text = '\n'.join(lines[1:]).strip()
        if not text: sys.exit('%s: empty block after %r' % (fname, lines[0]))
        if kind in ('lead','drop','sidebar','quote'): speaker = None
        elif sp == '~': speaker = None
        elif sp: speaker = sp
        elif kind == 'question': speaker = iv
        elif kind == 'answer' and len(ees) == 1: speaker = ees[0]
        else: sys.exit('%s: need speaker for %r' % (fname, lines[0]))
        if not cont or turn == 0: turn += 1
        texts.append(text)
        paras.append({'start': text[:50], 'turn': turn, 'kind': kind, 'speaker': speaker})
    txt = '\n\n'.join(texts) + '\n'
    with open(os.path.join(HERE, fname), 'w', encoding='utf-8') as f: f.write(txt)
    key = {'file': fname, 'language': meta['lang'], 'layout': meta['layout'], 'title': meta['title'],
           'interviewer': iv, 'interviewees': ees, 'paragraphs': paras, 'notes': meta.get('notes', '')}
    with open(os.path.join(HERE, os.path.splitext(fname)[0] + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
    return len(txt.split())
for p in sorted(glob.glob(HERE + '/srcs/*.src')):
    for fname, meta, body in parse(open(p, encoding='utf-8').read()):
        print(fname, build(fname, meta, body), 'words')
