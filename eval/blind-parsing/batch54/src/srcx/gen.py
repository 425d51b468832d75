#!/usr/bin/env python3
"""Generate b54 fixtures (.txt + .key.json) from tagged sources *.src in this folder (stdlib only).

Source format: header lines `field: value` (file, language, layout, title, interviewer, interviewees,
notes, alias), a line `---`, then blocks. Each block opens with a tag line
    @@K [ALIAS|-] [+]
K = L lead, D drop, S sidebar, U quote, Q question, A answer, T statement.
Q without alias -> interviewer; `-` -> null. `+` -> same turn as previous block.
"""
import json, os, re, sys, glob

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(os.path.dirname(HERE))
KIND = {'L': 'lead', 'D': 'drop', 'S': 'sidebar', 'U': 'quote', 'Q': 'question', 'A': 'answer', 'T': 'statement'}
TAG = re.compile(r'^@@([LDSUQAT])(?:\s+([^\s+]+))?\s*(\+)?\s*$')


def build(path):
    raw = open(path, encoding='utf-8').read()
    head, body = raw.split('\n---\n', 1)
    meta, alias = {}, {}
    for line in head.splitlines():
        if not line.strip():
            continue
        k, v = line.split(':', 1)
        k, v = k.strip(), v.strip()
        if k == 'alias':
            a, n = v.split('=', 1)
            alias[a.strip()] = n.strip()
        else:
            meta[k] = v
    interviewer = None if meta.get('interviewer', 'null') == 'null' else meta['interviewer']
    interviewees = [x.strip() for x in meta.get('interviewees', '').split('|') if x.strip()]
    blocks, cur = [], None
    for line in body.splitlines():
        m = TAG.match(line)
        if m:
            cur = [m.group(1), m.group(2), bool(m.group(3)), []]
            blocks.append(cur)
        else:
            if cur is None:
                if line.strip():
                    raise SystemExit('%s: text before first tag: %r' % (path, line))
                continue
            cur[3].append(line.rstrip())
    texts, paras, turn = [], [], 0
    for k, a, cont, lines in blocks:
        while lines and not lines[0].strip():
            lines.pop(0)
        while lines and not lines[-1].strip():
            lines.pop()
        if not lines or any(not l.strip() for l in lines):
            raise SystemExit('%s: empty block or blank line inside block near %r' % (path, lines[:1]))
        txt = '\n'.join(lines)
        kind = KIND[k]
        if k == 'Q':
            sp = interviewer if a is None else (None if a == '-' else alias[a])
        elif a is None or a == '-':
            sp = None
        else:
            sp = alias[a]
        if k in 'LDSU' and sp is not None:
            raise SystemExit('%s: %s with speaker' % (path, kind))
        if k == 'A' and sp is None and a != '-':
            raise SystemExit('%s: answer without speaker' % path)
        if not cont or turn == 0:
            turn += 1
        texts.append(txt)
        paras.append({'start': txt.strip()[:50], 'turn': turn, 'kind': kind, 'speaker': sp})
    text = '\n\n'.join(texts) + '\n'
    chk = [b.strip() for b in re.split(r'\n[ \t]*\n', text) if b.strip()]
    assert len(chk) == len(paras), path
    key = {'file': meta['file'] + '.txt', 'language': meta['language'], 'layout': meta['layout'],
           'title': meta['title'], 'interviewer': interviewer, 'interviewees': interviewees,
           'paragraphs': paras}
    if meta.get('notes'):
        key['notes'] = meta['notes']
    with open(os.path.join(OUT, meta['file'] + '.txt'), 'w', encoding='utf-8') as f:
        f.write(text)
    with open(os.path.join(OUT, meta['file'] + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
        f.write('\n')
    words = len(text.split())
    print('%-50s %-3s %4d words %3d blocks' % (meta['file'], meta['language'], words, len(paras)))
    return words


if __name__ == '__main__':
    srcs = sorted(glob.glob(os.path.join(HERE, '*.src')))
    for s in srcs:
        build(s)
