#!/usr/bin/env python3
"""Build interview text + answer key from one source file (stdlib only).
Source format: header lines 'field: value' until the first '%%' line; then blocks,
each introduced by '%% KIND [+] [speaker]' (KIND: L lead, D drop, S sidebar, Q question,
A answer, T statement, C quote; '+' forces a new turn; speaker = alias, full name or '-').
"""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
KIND = {'L': 'lead', 'D': 'drop', 'S': 'sidebar', 'Q': 'question', 'A': 'answer', 'T': 'statement', 'C': 'quote'}


def vblocks(text):
    return [b.strip() for b in re.split(r'\n[ \t]*\n', text.replace('\r\n', '\n')) if b.strip()]


def build(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    hdr, i = {}, 0
    while not lines[i].startswith('%%'):
        if lines[i].strip():
            k, v = lines[i].split(':', 1)
            hdr[k.strip()] = v.strip()
        i += 1
    alias = {}
    for part in hdr.get('speakers', '').split(';'):
        if '=' in part:
            a, n = part.split('=', 1)
            alias[a.strip()] = n.strip()
    interviewer = None if hdr['interviewer'] == 'null' else hdr['interviewer']
    interviewees = [x.strip() for x in hdr['interviewees'].split(';') if x.strip()]
    blocks = []
    cur = None
    for ln in lines[i:]:
        if ln.startswith('%%'):
            if cur:
                blocks.append(cur)
            toks = ln[2:].strip().split(None, 1)
            kind = KIND[toks[0]]
            rest = toks[1] if len(toks) > 1 else ''
            plus = False
            if rest.startswith('+'):
                plus, rest = True, rest[1:].strip()
            if rest == '-':
                sp = None
            elif rest:
                sp = alias.get(rest, rest)
            elif kind == 'question':
                sp = interviewer
            elif kind == 'answer' and len(interviewees) == 1:
                sp = interviewees[0]
            elif kind == 'answer':
                raise SystemExit('%s: answer without speaker' % path)
            else:
                sp = None
            cur = {'kind': kind, 'speaker': sp, 'plus': plus, 'lines': []}
        else:
            cur['lines'].append(ln)
    blocks.append(cur)
    texts = []
    for b in blocks:
        t = '\n'.join(b['lines']).strip('\n')
        assert t.strip(), (path, b)
        assert not re.search(r'\n[ \t]*\n', t), (path, t[:60])
        texts.append(t)
    text = '\n\n'.join(texts) + '\n'
    vb = vblocks(text)
    assert len(vb) == len(blocks), path
    paras, turn, prev = [], 0, None
    for t, b, v in zip(texts, blocks, vb):
        assert t.strip() == v
        k, sp = b['kind'], b['speaker']
        if k in ('lead', 'drop', 'sidebar', 'quote'):
            assert sp is None, (path, t[:40])
        if prev is None or k in ('lead', 'drop', 'sidebar', 'quote') or b['plus'] or (k, sp) != prev:
            turn += 1
        prev = (k, sp)
        paras.append({'start': v[:50], 'turn': turn, 'kind': k, 'speaker': sp})
    key = {'file': hdr['file'], 'language': hdr['language'], 'layout': hdr['layout'], 'title': hdr['title'],
           'interviewer': interviewer, 'interviewees': interviewees, 'paragraphs': paras}
    if hdr.get('notes'):
        key['notes'] = hdr['notes']
    nl = '\r\n' if hdr.get('crlf') == 'yes' else '\n'
    with open(os.path.join(OUT, hdr['file']), 'w', encoding='utf-8', newline='') as f:
        f.write(text.replace('\n', nl))
    stem = os.path.splitext(hdr['file'])[0]
    with open(os.path.join(OUT, stem + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
        f.write('\n')
    return hdr['file'], len(paras)


if __name__ == '__main__':
    src = os.path.join(HERE, 'sources')
    for fn in sorted(os.listdir(src)):
        if fn.endswith('.src'):
            print(*build(os.path.join(src, fn)))
