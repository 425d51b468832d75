#!/usr/bin/env python3
"""Tiny fixture generator: src/srcx/*.src -> ../../p76-*.txt + .key.json (stdlib only)."""
import json, os, re, sys, glob
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(os.path.dirname(HERE))
KIND = {'l': 'lead', 'd': 'drop', 's': 'sidebar', 'q': 'question', 'a': 'answer', 'st': 'statement', 'qu': 'quote'}

def blocks(text):
    return [b.strip() for b in re.split(r'\n[ \t]*\n', text.replace('\r\n', '\n')) if b.strip()]

def build(path):
    raw = open(path, encoding='utf-8').read()
    head, body = raw.split('\n---\n', 1)
    meta, alias, notes = {}, {}, []
    for line in head.splitlines():
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
    interviewer = None if meta['interviewer'] == 'null' else meta['interviewer']
    interviewees = [x.strip() for x in meta['interviewees'].split(';') if x.strip()]
    parts = re.split(r'^§', body, flags=re.M)
    out_blocks, paras, turn = [], [], 0
    for p in parts:
        if not p.strip():
            continue
        tagline, _, content = p.partition('\n')
        tag, _, sp = tagline.strip().partition(' ')
        cont = tag.endswith('+')
        tag = tag.rstrip('+')
        kind = KIND[tag]
        sp = sp.strip()
        if sp in ('', '-'):
            speaker = interviewer if (kind == 'question' and sp == '') else None
        else:
            speaker = alias.get(sp, sp)
        if kind in ('lead', 'drop', 'sidebar', 'quote'):
            speaker = None
        content = content.strip('\n').rstrip()
        assert content.strip(), (path, tagline)
        assert not re.search(r'\n[ \t]*\n', content), (path, 'blank line inside block', content[:60])
        if not cont or turn == 0:
            turn += 1
        out_blocks.append(content)
        paras.append({'start': content.strip()[:50], 'turn': turn, 'kind': kind, 'speaker': speaker})
    text = '\n\n'.join(out_blocks) + '\n'
    bl = blocks(text)
    assert len(bl) == len(paras), path
    for b, pp in zip(bl, paras):
        assert b[:50] == pp['start'], (b[:50], pp['start'])
    name = meta['file']
    key = {'file': name + '.txt', 'language': meta['language'], 'layout': meta['layout'], 'title': meta['title'],
           'interviewer': interviewer, 'interviewees': interviewees, 'paragraphs': paras}
    if notes:
        key['notes'] = ' '.join(notes)
    with open(os.path.join(OUT, name + '.txt'), 'w', encoding='utf-8') as f:
        f.write(text)
    with open(os.path.join(OUT, name + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
        f.write('\n')
    names = set(interviewees) | ({interviewer} if interviewer else set())
    for pp in paras:
        if pp['speaker'] and pp['speaker'] not in names and pp['speaker'] not in text:
            print('WARN unknown speaker', name, pp['speaker'])
    wc = len(text.split())
    flag = '' if 400 <= wc <= 550 else '  <-- WORDS OUT OF RANGE'
    print('%-45s %4d words %3d blocks%s' % (name, wc, len(paras), flag))
    return wc

if __name__ == '__main__':
    files = sorted(glob.glob(os.path.join(HERE, '*.src')))
    wcs = [build(f) for f in files]
    if wcs:
        print('files %d  min %d  max %d  mean %.1f' % (len(wcs), min(wcs), max(wcs), sum(wcs) / len(wcs)))
