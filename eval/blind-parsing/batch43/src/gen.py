#!/usr/bin/env python3
"""Build b43-*.txt/.md and b43-*.key.json from src/sources/*.src (stdlib only).

Source format: header lines `field: value` up to a line `===`; then blocks separated by
blank lines. Each block's first line is a tag: KIND[+] [SPEAKER-ALIAS|-]
  KIND: L lead, D drop, S sidebar, Q question, A answer, T statement, U quote
  '+'  : same turn as the previous block (continuation / label in its own block)
  alias: defined in header `alias: X=Full Name; Y=Other Name`; '-' = null.
  Q without alias -> interviewer (or null); A without alias -> sole interviewee.
"""
import json, os, re, sys

SRC = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'sources')
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = {'L': 'lead', 'D': 'drop', 'S': 'sidebar', 'Q': 'question', 'A': 'answer',
         'T': 'statement', 'U': 'quote'}
NOSPK = {'lead', 'drop', 'sidebar', 'quote'}


def build(path):
    raw = open(path, encoding='utf-8').read()
    head, body = raw.split('\n===\n', 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(':', 1)
            meta[k.strip()] = v.strip()
    interviewer = None if meta['interviewer'] in ('', 'null') else meta['interviewer']
    interviewees = [n.strip() for n in meta['interviewees'].split(';') if n.strip()]
    alias = {}
    for pair in meta.get('alias', '').split(';'):
        if pair.strip():
            a, n = pair.split('=', 1)
            alias[a.strip()] = n.strip()
    if interviewer:
        alias.setdefault('I', interviewer)
    out_blocks, paras, turn = [], [], 0
    for src_block in re.split(r'\n[ \t]*\n', body.strip('\n')):
        lines = src_block.split('\n')
        tag = lines[0].split()
        text = '\n'.join(lines[1:])
        assert text.strip(), (path, src_block)
        code = tag[0]
        cont = code.endswith('+')
        kind = KINDS[code.rstrip('+')]
        if len(tag) > 1:
            speaker = None if tag[1] == '-' else alias[tag[1]]
        elif kind == 'question':
            speaker = interviewer
        elif kind == 'answer':
            assert len(interviewees) == 1, (path, src_block)
            speaker = interviewees[0]
        else:
            speaker = None
        if kind in NOSPK:
            assert speaker is None and not cont, (path, src_block)
        turn = turn if (cont and turn) else turn + 1
        out_blocks.append(text)
        paras.append({'start': text.strip()[:50], 'turn': turn, 'kind': kind, 'speaker': speaker})
    sep = '\n\n'
    text = sep.join(out_blocks) + '\n'
    if meta.get('crlf') == 'yes':
        text = text.replace('\n', '\r\n')
    fname = meta['file']
    with open(os.path.join(OUT, fname), 'w', encoding='utf-8', newline='') as f:
        f.write(text)
    key = {'file': fname, 'language': meta['language'], 'layout': meta['layout'],
           'title': meta['title'], 'interviewer': interviewer, 'interviewees': interviewees,
           'paragraphs': paras}
    if meta.get('notes'):
        key['notes'] = meta['notes']
    stem = os.path.splitext(fname)[0]
    with open(os.path.join(OUT, stem + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
        f.write('\n')
    return fname, len(paras), meta


if __name__ == '__main__':
    rows = []
    for name in sorted(os.listdir(SRC)):
        if name.endswith('.src'):
            rows.append(build(os.path.join(SRC, name)))
    for fname, n, meta in rows:
        print('%-45s %-3s %3d blocks' % (fname, meta['language'], n))
    print(len(rows), 'interviews written')
