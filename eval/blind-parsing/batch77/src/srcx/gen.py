#!/usr/bin/env python3
"""Tiny generator: defs/*.src -> fixture text + key (stdlib only).
Source format: meta lines 'key: value' until a line '---'; then blocks, each opened by a header
'%kind [speaker]' (kinds: l lead, d drop, s sidebar, q question, a answer, st statement, qt quote)
or '%+' (continuation: same turn, kind, speaker as previous block). Speaker may be an alias
defined in meta ('alias: X=Full Name') or '-' / empty for null."""
import json, os, re, sys, glob

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(os.path.dirname(HERE))
KIND = {'l': 'lead', 'd': 'drop', 's': 'sidebar', 'q': 'question', 'a': 'answer', 'st': 'statement', 'qt': 'quote'}


def blocks(text):
    return [b.strip() for b in re.split(r'\n[ \t]*\n', text.replace('\r\n', '\n')) if b.strip()]


def build(src):
    raw = open(src, encoding='utf-8').read()
    meta_txt, body = raw.split('\n---\n', 1)
    meta, alias, notes = {}, {}, []
    for line in meta_txt.splitlines():
        if not line.strip():
            continue
        k, v = line.split(':', 1)
        k, v = k.strip(), v.strip()
        if k == 'alias':
            a, n = v.split('=', 1)
            alias[a.strip()] = n.strip()
        elif k == 'note':
            notes.append(v)
        else:
            meta[k] = v
    parts = re.split(r'^(%\S+.*)$', body, flags=re.M)
    entries, texts = [], []
    turn, prev = 0, None
    for i in range(1, len(parts), 2):
        head, txt = parts[i], parts[i + 1].strip('\n')
        txt = '\n'.join(l.rstrip() for l in txt.split('\n')).strip('\n')
        assert txt.strip(), (src, head)
        assert not re.search(r'\n[ \t]*\n', txt), (src, head, txt[:60])
        h = head[1:].split(None, 1)
        if h[0] == '+':
            kind, spk = prev
        else:
            kind = KIND[h[0]]
            s = h[1].strip() if len(h) > 1 else '-'
            spk = None if s == '-' else alias.get(s, s)
            turn += 1
        prev = (kind, spk)
        texts.append(txt)
        entries.append({'start': txt.strip()[:50], 'turn': turn, 'kind': kind, 'speaker': spk})
    text = '\n\n'.join(texts) + '\n'
    assert len(blocks(text)) == len(entries), src
    fname = meta['file']
    key = {'file': fname, 'language': meta['lang'], 'layout': meta['layout'], 'title': meta['title'],
           'interviewer': None if meta.get('interviewer', '-') in ('-', '') else meta['interviewer'],
           'interviewees': [x.strip() for x in meta['interviewees'].split(';') if x.strip()],
           'paragraphs': entries}
    if notes:
        key['notes'] = ' '.join(notes)
    with open(os.path.join(OUT, fname), 'w', encoding='utf-8') as f:
        f.write(text)
    with open(os.path.join(OUT, fname[:-4] + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
    wc = len(text.split())
    return fname, wc


if __name__ == '__main__':
    srcs = sorted(glob.glob(os.path.join(HERE, 'defs', '*.src')))
    for s in srcs:
        fn, wc = build(s)
        flag = '' if 400 <= wc <= 550 else '  <-- WORDS OUT OF RANGE'
        print('%-50s %4d%s' % (fn, wc, flag))
