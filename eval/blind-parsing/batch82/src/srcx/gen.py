#!/usr/bin/env python3
"""Tiny fixture generator: src/srcx/*.src -> ../../p82-*.txt + .key.json (stdlib only).
Source format: header lines 'KEY: value' up to a line '===', then blocks, each opened by a tag line
'%kind[+] [speaker]'  (kind in lead/drop/sidebar/quote/q/a/st; '+' = same turn as previous block,
speaker inherited when not given; '-' = speaker null)."""
import json, os, re, sys, glob
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(os.path.dirname(HERE))
KMAP = {'lead': 'lead', 'drop': 'drop', 'sidebar': 'sidebar', 'quote': 'quote', 'q': 'question',
        'a': 'answer', 'st': 'statement'}

def blocks(text):
    return [b.strip() for b in re.split(r'\n[ \t]*\n', text.replace('\r\n', '\n')) if b.strip()]

def build(path):
    raw = open(path, encoding='utf-8').read()
    head, body = raw.split('\n===\n', 1)
    h = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(':', 1)
            h[k.strip().lower()] = v.strip()
    interviewer = None if h.get('interviewer', 'null') in ('', 'null') else h['interviewer']
    interviewees = [x.strip() for x in h['interviewees'].split(';') if x.strip()]
    chunks = re.split(r'^%', body, flags=re.M)
    texts, paras = [], []
    turn, prevsp = 0, None
    for ch in chunks:
        if not ch.strip():
            continue
        tag, _, txt = ch.partition('\n')
        txt = txt.rstrip('\n')
        m = re.match(r'(\w+)(\+?)\s*(.*)$', tag.strip())
        kind, plus, sp = m.group(1), m.group(2), m.group(3).strip()
        kk = KMAP[kind]
        if plus:
            speaker = prevsp if not sp else sp
        else:
            turn += 1
            if sp:
                speaker = sp
            elif kind == 'q':
                speaker = interviewer
            elif kind == 'a':
                speaker = interviewees[0]
            else:
                speaker = None
        if speaker == '-':
            speaker = None
        if kk in ('lead', 'drop', 'sidebar', 'quote'):
            speaker = None
        bl = blocks(txt)
        if len(bl) != 1:
            sys.exit('%s: chunk %r yields %d blocks' % (path, txt[:40], len(bl)))
        texts.append(txt)
        paras.append({'start': bl[0][:50], 'turn': turn, 'kind': kk, 'speaker': speaker})
        prevsp = speaker
    text = '\n\n'.join(texts) + '\n'
    assert len(blocks(text)) == len(paras), path
    name = h['file']
    open(os.path.join(OUT, name + '.txt'), 'w', encoding='utf-8').write(text)
    key = {'file': name + '.txt', 'language': h['lang'], 'layout': h['layout'], 'title': h['title'],
           'interviewer': interviewer, 'interviewees': interviewees, 'paragraphs': paras}
    if h.get('notes'):
        key['notes'] = h['notes']
    with open(os.path.join(OUT, name + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
    return name, len(text.split())

if __name__ == '__main__':
    wc = []
    for p in sorted(glob.glob(os.path.join(HERE, '*.src'))):
        n, w = build(p)
        flag = '' if 400 <= w <= 550 else '  <-- OUT OF RANGE'
        print('%-45s %4d%s' % (n, w, flag))
        wc.append(w)
    if wc:
        print('files %d  min %d  max %d  mean %.1f' % (len(wc), min(wc), max(wc), sum(wc) / len(wc)))
