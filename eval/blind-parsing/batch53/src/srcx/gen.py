#!/usr/bin/env python3
"""Build b53 fixtures (.txt + .key.json) from tagged sources *.src in this folder. stdlib only.
Source: header lines 'key: value' up to a line '===', then blocks. Each block starts with a tag line
'@@K[+] [speaker]' (K: L lead, D drop, S sidebar, U quote, Q question, A answer, T statement).
'+' = same turn as previous block (continuation / label-alone). Q defaults to the interviewer;
'-' as speaker means null."""
import json, os, re, sys, glob

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(os.path.dirname(HERE))
KIND = {'L': 'lead', 'D': 'drop', 'S': 'sidebar', 'U': 'quote', 'Q': 'question', 'A': 'answer', 'T': 'statement'}


def parse(path):
    raw = open(path, encoding='utf-8').read()
    head, body = raw.split('\n===\n', 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(':', 1)
            meta[k.strip()] = v.strip()
    blocks = []
    cur = None
    for line in body.splitlines():
        m = re.match(r'^@@([LDSUQAT])(\+?)\s*(.*)$', line)
        if m:
            cur = [m.group(1), m.group(2) == '+', m.group(3).strip(), []]
            blocks.append(cur)
        else:
            if cur is None:
                if line.strip():
                    sys.exit('%s: text before first tag: %r' % (path, line))
                continue
            cur[3].append(line)
    return meta, blocks


def build(path):
    meta, blocks = parse(path)
    interviewer = None if meta.get('interviewer', 'null') in ('null', '', '-') else meta['interviewer']
    interviewees = [x.strip() for x in meta['interviewees'].split(';') if x.strip()]
    texts, paras = [], []
    turn = 0
    prev_sp = None
    for k, cont, sp, lines in blocks:
        text = '\n'.join(lines).strip('\n')
        text = '\n'.join(l.rstrip() for l in text.split('\n'))
        if not text.strip():
            sys.exit('%s: empty block after tag %s' % (path, k))
        if re.search(r'\n[ \t]*\n', text):
            sys.exit('%s: blank line inside block %r' % (path, text[:40]))
        kind = KIND[k]
        if kind in ('lead', 'drop', 'sidebar', 'quote'):
            speaker = None
            if cont:
                sys.exit('%s: continuation on %s' % (path, kind))
        else:
            if sp == '-':
                speaker = None
            elif sp:
                speaker = sp
            elif cont:
                speaker = prev_sp
            elif kind == 'question':
                speaker = interviewer
            else:
                sys.exit('%s: %s without speaker: %r' % (path, kind, text[:40]))
        if not cont or turn == 0:
            turn += 1
        prev_sp = speaker
        texts.append(text)
        stripped = text.strip()
        paras.append({'start': stripped[:50], 'turn': turn, 'kind': kind, 'speaker': speaker})
    body = '\n\n'.join(texts) + '\n'
    name = meta['file']
    with open(os.path.join(OUT, name + '.txt'), 'w', encoding='utf-8') as f:
        f.write(body)
    key = {'file': name + '.txt', 'language': meta['language'], 'layout': meta['layout'],
           'title': meta['title'], 'interviewer': interviewer, 'interviewees': interviewees,
           'paragraphs': paras}
    if meta.get('notes'):
        key['notes'] = meta['notes']
    with open(os.path.join(OUT, name + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
        f.write('\n')
    words = len(body.split())
    flag = '' if 400 <= words <= 900 else '  <-- WORDS OUT OF RANGE'
    print('%-48s %s %4d words %3d blocks%s' % (name, meta['language'], words, len(paras), flag))
    return words


if __name__ == '__main__':
    files = sorted(glob.glob(os.path.join(HERE, '*.src'))) if len(sys.argv) < 2 else sys.argv[1:]
    ws = [build(p) for p in files]
    if ws:
        print('%d files, words %d..%d' % (len(ws), min(ws), max(ws)))
