#!/usr/bin/env python3
"""Build p64 fixture texts and answer keys from tagged sources (stdlib only).

Source format (srcx/NN.src):
  header lines   @file STEM | @language de|en | @layout TEXT | @title TEXT | @interviewer NAME|null
                 @interviewees A; B | @alias X = Full Name | @notes TEXT (repeatable)
  block lines    '%% KIND [ALIAS|-] [+]' followed by the block's text lines.
    KIND: lead drop sb q a st quote ; q defaults to the interviewer, '-' = speaker null,
    '+' = same turn as the previous block (continuation / label-alone block); with '+' and
    no alias the speaker is inherited from the previous block.
"""
import json, os, re, sys

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(os.path.dirname(SRC))
KINDS = {'lead': 'lead', 'drop': 'drop', 'sb': 'sidebar', 'q': 'question', 'a': 'answer',
         'st': 'statement', 'quote': 'quote'}


def build(path):
    meta = {'notes': [], 'alias': {}}
    blocks = []
    cur = None
    for raw in open(path, encoding='utf-8').read().split('\n'):
        line = raw.rstrip()
        if cur is None and line.startswith('@'):
            k, _, v = line[1:].partition(' ')
            v = v.strip()
            if k == 'alias':
                a, _, n = v.partition('=')
                meta['alias'][a.strip()] = n.strip()
            elif k == 'notes':
                meta['notes'].append(v)
            else:
                meta[k] = v
            continue
        if line.startswith('%%'):
            parts = line[2:].split()
            cur = {'kind': parts[0], 'args': parts[1:], 'lines': []}
            blocks.append(cur)
            continue
        if cur is None:
            if line.strip():
                sys.exit('%s: text before first block: %r' % (path, line))
            continue
        cur['lines'].append(line)
    interviewer = None if meta['interviewer'] == 'null' else meta['interviewer']
    texts, paras = [], []
    turn, prev_sp = 0, None
    for b in blocks:
        lines = b['lines']
        while lines and not lines[0].strip():
            lines.pop(0)
        while lines and not lines[-1].strip():
            lines.pop()
        if not lines:
            sys.exit('%s: empty block %r' % (path, b))
        if any(not l.strip() for l in lines):
            sys.exit('%s: blank line inside block starting %r' % (path, lines[0]))
        kind = KINDS[b['kind']]
        args = list(b['args'])
        plus = '+' in args
        args = [a for a in args if a != '+']
        if args:
            sp = None if args[0] == '-' else meta['alias'][args[0]]
        elif plus and kind in ('question', 'answer', 'statement'):
            sp = prev_sp
        elif kind == 'question':
            sp = interviewer
        else:
            sp = None
        if kind in ('lead', 'drop', 'sidebar', 'quote'):
            sp = None
        if kind == 'answer' and sp is None:
            sys.exit('%s: answer without speaker at %r' % (path, lines[0]))
        if not plus or turn == 0:
            turn += 1
        text = '\n'.join(lines)
        texts.append(text)
        paras.append({'start': text.strip()[:50], 'turn': turn, 'kind': kind, 'speaker': sp})
        prev_sp = sp
    full = '\n\n'.join(texts) + '\n'
    stem = meta['file']
    key = {'file': stem + '.txt', 'language': meta['language'], 'layout': meta['layout'],
           'title': meta['title'], 'interviewer': interviewer,
           'interviewees': [n.strip() for n in meta['interviewees'].split(';') if n.strip()],
           'paragraphs': paras}
    if meta['notes']:
        key['notes'] = ' '.join(meta['notes'])
    with open(os.path.join(OUT, stem + '.txt'), 'w', encoding='utf-8') as f:
        f.write(full)
    with open(os.path.join(OUT, stem + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
        f.write('\n')
    words = len(full.split())
    return {'file': stem + '.txt', 'lang': meta['language'], 'layout': meta['layout'], 'words': words,
            'blocks': len(texts), 'interviewer': interviewer, 'interviewees': key['interviewees']}


def main():
    stats = []
    for fn in sorted(os.listdir(SRC)):
        if fn.endswith('.src'):
            s = build(os.path.join(SRC, fn))
            flag = '' if 400 <= s['words'] <= 700 else '  <-- WORDS OUT OF RANGE'
            print('%-55s %4d words %3d blocks%s' % (s['file'], s['words'], s['blocks'], flag))
            stats.append(s)
    with open(os.path.join(SRC, 'stats.json'), 'w', encoding='utf-8') as f:
        json.dump(stats, f, ensure_ascii=False, indent=1)


if __name__ == '__main__':
    main()
