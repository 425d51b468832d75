#!/usr/bin/env python3
"""Build p58 interview texts and answer keys from tagged sources (stdlib only).

Source format (src/srcx/*.src): header lines `key: value` up to a line `===`, then blocks.
Each block starts with a tag line `@kind [speaker]`:
  @lead @drop @side @quote            -> speaker null, new turn
  @q [speaker]                         -> question, default speaker = interviewer (or null)
  @a Speaker / @st [Speaker]           -> answer / statement, new turn
  @c [kind [speaker]]                  -> same turn as previous block; inherits kind/speaker unless given
Block text = following lines up to next tag, stripped (must contain no blank line).
"""
import json, os, re, sys, glob

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(os.path.dirname(HERE))
KIND = {'lead': 'lead', 'drop': 'drop', 'side': 'sidebar', 'quote': 'quote', 'q': 'question',
        'a': 'answer', 'st': 'statement'}


def build(path):
    raw = open(path, encoding='utf-8').read()
    head, body = raw.split('\n===\n', 1)
    meta = {}
    for line in head.strip().splitlines():
        k, v = line.split(':', 1)
        meta[k.strip()] = v.strip()
    iv = None if meta['interviewer'] in ('', 'null') else meta['interviewer']
    ees = [x.strip() for x in meta['interviewees'].split(';') if x.strip()]
    chunks = re.split(r'^@', '\n' + body, flags=re.M)[1:]
    texts, paras, turn, prev = [], [], 0, None
    for ch in chunks:
        tag, _, txt = ch.partition('\n')
        txt = txt.strip()
        assert txt and not re.search(r'\n[ \t]*\n', txt), (path, tag)
        parts = tag.strip().split(None, 1)
        t = parts[0]
        rest = parts[1] if len(parts) > 1 else None
        if t == 'c':
            kind, sp = prev['kind'], prev['speaker']
            if rest:
                p2 = rest.split(None, 1)
                kind = KIND[p2[0]]
                sp = p2[1] if len(p2) > 1 else (iv if kind == 'question' else None)
        else:
            turn += 1
            kind = KIND[t]
            sp = rest if rest else (iv if kind == 'question' else None)
            if kind in ('lead', 'drop', 'sidebar', 'quote'):
                sp = None
        if sp == 'null':
            sp = None
        if kind == 'answer':
            assert sp, (path, tag)
        p = {'start': txt[:50], 'turn': turn, 'kind': kind, 'speaker': sp}
        paras.append(p)
        texts.append(txt)
        prev = p
    name = meta['file']
    text = '\n\n'.join(texts) + '\n'
    key = {'file': name + '.txt', 'language': meta['language'], 'layout': meta['layout'],
           'title': meta['title'], 'interviewer': iv, 'interviewees': ees, 'paragraphs': paras}
    if meta.get('notes'):
        key['notes'] = meta['notes']
    with open(os.path.join(OUT, name + '.txt'), 'w', encoding='utf-8') as f:
        f.write(text)
    with open(os.path.join(OUT, name + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
        f.write('\n')
    return name, len(text.split())


def main():
    bad = 0
    for p in sorted(glob.glob(os.path.join(HERE, '*.src'))):
        name, n = build(p)
        flag = '' if 400 <= n <= 600 else '  <-- OUT OF RANGE'
        bad += bool(flag)
        print('%-50s %4d words%s' % (name, n, flag))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
