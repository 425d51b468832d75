#!/usr/bin/env python3
"""Build fixture .txt and .key.json files from src/srcx/specs/*.spec (stdlib only).

Spec format: header lines '@field value' up to a line '---'; then blocks, each introduced by
'%% KIND[+] ALIAS'. KIND: lead drop side q a st quote. '+' = same turn as previous block
(continuation paragraph, or text following a label-only block). ALIAS '-' = null speaker;
aliases are declared with '@who ALIAS = Full Name'.
"""
import glob, json, os, re, sys

SRCX = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(os.path.dirname(SRCX))
KIND = {'lead': 'lead', 'drop': 'drop', 'side': 'sidebar', 'q': 'question', 'a': 'answer',
        'st': 'statement', 'quote': 'quote'}
NOSPEAKER = {'lead', 'drop', 'sidebar', 'quote'}


def build(spec_path):
    raw = open(spec_path, encoding='utf-8').read()
    head, body = raw.split('\n---\n', 1)
    meta, who, notes = {}, {'-': None}, []
    for line in head.splitlines():
        if not line.strip():
            continue
        m = re.match(r'@(\w+)\s+(.*)$', line)
        if not m:
            sys.exit('%s: bad header line %r' % (spec_path, line))
        k, v = m.group(1), m.group(2).strip()
        if k == 'who':
            a, n = [x.strip() for x in v.split('=', 1)]
            who[a] = n
        elif k == 'note':
            notes.append(v)
        else:
            meta[k] = v
    parts = re.split(r'^%% (.*)\n', body, flags=re.M)
    if parts[0].strip():
        sys.exit('%s: text before first block header' % spec_path)
    blocks, paras, turn, prev = [], [], 0, None
    for hdr, txt in zip(parts[1::2], parts[2::2]):
        hk, ha = hdr.split()
        cont = hk.endswith('+')
        kind = KIND[hk.rstrip('+')]
        if ha not in who:
            sys.exit('%s: unknown alias %s' % (spec_path, ha))
        sp = who[ha]
        if kind in NOSPEAKER and sp is not None:
            sys.exit('%s: %s block with speaker' % (spec_path, kind))
        lines = [l.rstrip() for l in txt.strip('\n').split('\n')]
        while lines and not lines[-1].strip():
            lines.pop()
        if any(not l.strip() for l in lines):
            sys.exit('%s: blank line inside block %r' % (spec_path, lines[0]))
        b = '\n'.join(lines)
        if cont:
            if prev is None or prev[0] != kind or prev[1] != sp or kind in NOSPEAKER:
                sys.exit('%s: bad continuation at %r' % (spec_path, lines[0]))
        else:
            turn += 1
        prev = (kind, sp)
        blocks.append(b)
        paras.append({'start': b.strip()[:50], 'turn': turn, 'kind': kind, 'speaker': sp})
    text = '\n\n'.join(blocks) + '\n'
    fname = meta['file'] + '.txt'
    key = {'file': fname, 'language': meta['language'], 'layout': meta['layout'], 'title': meta['title'],
           'interviewer': who.get(meta['interviewer']) if meta['interviewer'] != 'null' else None,
           'interviewees': [who[a.strip()] for a in meta['interviewees'].split(',')],
           'paragraphs': paras}
    if notes:
        key['notes'] = ' '.join(notes)
    with open(os.path.join(OUT, fname), 'w', encoding='utf-8') as f:
        f.write(text)
    with open(os.path.join(OUT, meta['file'] + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
        f.write('\n')
    return fname, len(text.split()), len(blocks)


if __name__ == '__main__':
    specs = sorted(glob.glob(os.path.join(SRCX, 'specs', '*.spec')))
    for s in specs:
        fname, words, nb = build(s)
        flag = '' if 350 <= words <= 550 else '  <-- WORD COUNT OUT OF RANGE'
        print('%-70s %4d words %3d blocks%s' % (fname, words, nb, flag))
