#!/usr/bin/env python3
"""Generate p56 interview fixtures + keys from src/srcx/*.src (stdlib only).

Source format: header lines `field: value` up to a line `---`, then blocks separated by blank lines.
The first line of each block is a tag, the rest is the block text written to the fixture:
  %L lead  %D drop  %S sidebar  %U quote (speaker null)
  %Q [X]   question (X = alias / full name / '-' for null; default: interviewer)
  %A X     answer, new turn      %T [X]  statement, new turn (default null)
  %+       continuation: same turn/kind/speaker as previous block
  %=       label alone in its block: same turn/kind/speaker as the following block
"""
import json, os, re, sys

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(os.path.dirname(SRC))
KMAP = {'L': 'lead', 'D': 'drop', 'S': 'sidebar', 'U': 'quote', 'Q': 'question', 'A': 'answer', 'T': 'statement'}


def parse(path):
    raw = open(path, encoding='utf-8').read()
    head, body = raw.split('\n---\n', 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(':', 1)
            meta[k.strip()] = v.strip()
    alias = {}
    for part in meta.get('alias', '').split('|'):
        if '=' in part:
            a, n = part.split('=', 1)
            alias[a.strip()] = n.strip()
    interviewer = None if meta['interviewer'] == 'null' else meta['interviewer']
    interviewees = [x.strip() for x in meta['interviewees'].split('|') if x.strip()]
    raw_blocks = [b for b in re.split(r'\n[ \t]*\n', body) if b.strip()]
    out_text, paras, pending = [], [], []
    turn, prev = 0, None
    for rb in raw_blocks:
        lines = rb.strip('\n').split('\n')
        tag, text = lines[0].strip(), '\n'.join(lines[1:])
        if not text.strip() or not tag.startswith('%'):
            sys.exit('%s: bad block %r' % (path, rb[:60]))
        out_text.append(text)
        code, arg = tag[1], tag[2:].strip()
        if code == '=':
            pending.append(len(paras)); paras.append(None); continue
        if code == '+':
            entry = dict(prev)
        else:
            kind = KMAP[code]
            if code == 'Q' and not arg:
                sp = interviewer
            elif arg in ('', '-'):
                sp = None
            else:
                sp = alias.get(arg, arg)
            if kind in ('lead', 'drop', 'sidebar', 'quote'):
                sp = None
            turn += 1
            entry = {'turn': turn, 'kind': kind, 'speaker': sp}
        for i in pending:
            paras[i] = dict(entry)
        pending = []
        paras.append(entry); prev = entry
    if pending:
        sys.exit('%s: label block at end' % path)
    text = '\n\n'.join(out_text) + '\n'
    final = []
    for t, p in zip(out_text, paras):
        final.append({'start': t.strip()[:50], 'turn': p['turn'], 'kind': p['kind'], 'speaker': p['speaker']})
    key = {'file': meta['name'] + '.txt', 'language': meta['language'], 'layout': meta['layout'],
           'title': meta['title'], 'interviewer': interviewer, 'interviewees': interviewees,
           'paragraphs': final}
    if meta.get('notes'):
        key['notes'] = meta['notes']
    for n in interviewees + ([interviewer] if interviewer else []):
        if n not in text and n.split()[-1] not in text:
            print('WARN %s: name %r not in text' % (meta['name'], n))
    return meta['name'], text, key


def main():
    for f in sorted(os.listdir(SRC)):
        if not f.endswith('.src'):
            continue
        name, text, key = parse(os.path.join(SRC, f))
        with open(os.path.join(OUT, name + '.txt'), 'w', encoding='utf-8') as fh:
            fh.write(text)
        with open(os.path.join(OUT, name + '.key.json'), 'w', encoding='utf-8') as fh:
            json.dump(key, fh, ensure_ascii=False, indent=1)
            fh.write('\n')
        print('%-50s %4d words %3d blocks' % (name, len(text.split()), len(key['paragraphs'])))


if __name__ == '__main__':
    main()
