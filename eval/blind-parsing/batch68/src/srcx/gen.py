#!/usr/bin/env python3
"""Generate p68 fixture texts and keys from tagged sources (*.src) in this folder. Stdlib only.

Source format: header lines `field: value` up to a line `---`, then blocks. Each block starts with a
tag line `@@ TAG [ALIAS]`; the lines up to the next tag form the block text (no blank lines inside).
TAG: l lead, d drop, s sidebar, x quote, q question (new turn), q+ question continuation,
a answer, a! answer forced new turn, st statement, st! statement forced new turn,
lab label alone in its block (takes kind/speaker/turn of the following block).
ALIAS: key defined in header `alias: K=Full Name; ...`, or '-' for null.
Turn rules: lead/drop/sidebar/quote always +1; question +1 unless q+; answer/statement +1 unless
previous block has the same kind and speaker.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(os.path.dirname(HERE))
KMAP = {'l': 'lead', 'd': 'drop', 's': 'sidebar', 'x': 'quote', 'q': 'question', 'a': 'answer', 'st': 'statement'}


def parse(path):
    with open(path, encoding='utf-8') as f:
        raw = f.read()
    head, body = raw.split('\n---\n', 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(':', 1)
            meta[k.strip()] = v.strip()
    alias = {}
    for part in meta.get('alias', '').split(';'):
        if '=' in part:
            k, v = part.split('=', 1)
            alias[k.strip()] = v.strip()
    blocks = []
    cur = None
    for line in body.split('\n'):
        m = re.match(r'^@@ (\S+)(?: (\S+))?\s*$', line)
        if m:
            if cur:
                blocks.append(cur)
            tag, al = m.group(1), m.group(2)
            sp = None
            if al and al != '-':
                sp = alias[al]
            cur = {'tag': tag, 'speaker': sp, 'lines': []}
        else:
            cur['lines'].append(line)
    blocks.append(cur)
    for b in blocks:
        t = '\n'.join(b['lines']).strip('\n')
        t = '\n'.join(l.rstrip() for l in t.split('\n'))
        assert t.strip(), (path, b)
        assert not re.search(r'\n[ \t]*\n', t), (path, t[:60])
        b['text'] = t
    return meta, blocks


def build(path):
    meta, blocks = parse(path)
    paras = []
    turn = 0
    prev = (None, None)
    force_same = False
    for i, b in enumerate(blocks):
        tag = b['tag']
        if tag == 'lab':
            nxt = blocks[i + 1]
            base = nxt['tag'].rstrip('+!')
            kind, sp = KMAP[base], nxt['speaker']
            turn += 1
            force_same = True
        else:
            base = tag.rstrip('+!')
            kind, sp = KMAP[base], b['speaker']
            if kind in ('lead', 'drop', 'sidebar', 'quote'):
                assert sp is None, (path, b['text'][:40])
            if force_same:
                force_same = False
            elif kind in ('lead', 'drop', 'sidebar', 'quote'):
                turn += 1
            elif kind == 'question':
                if not tag.endswith('+'):
                    turn += 1
            else:
                if tag.endswith('!') or prev != (kind, sp):
                    turn += 1
        prev = (kind, sp)
        s = b['text'].strip()
        paras.append({'start': s[:50], 'turn': turn, 'kind': kind, 'speaker': sp})
    sep = meta.get('sep', '\n\n').encode().decode('unicode_escape')
    text = sep.join(b['text'] for b in blocks) + '\n'
    if meta.get('crlf') == 'yes':
        text = text.replace('\n', '\r\n')
    fname = meta['file']
    interviewer = None if meta['interviewer'] in ('', '-') else meta['interviewer']
    interviewees = [n.strip() for n in meta['interviewees'].split(';') if n.strip()]
    plain = text.replace('\r\n', '\n')
    for n in interviewees + ([interviewer] if interviewer else []) + [p['speaker'] for p in paras if p['speaker']]:
        assert n in plain, (fname, 'name not in text', n)
    key = {'file': fname, 'language': meta['lang'], 'layout': meta['layout'], 'title': meta['title'],
           'interviewer': interviewer, 'interviewees': interviewees, 'paragraphs': paras}
    if meta.get('notes'):
        key['notes'] = meta['notes']
    assert meta['title'] in plain or meta.get('titlecheck') == 'no', (fname, 'title not in text')
    with open(os.path.join(OUT, fname), 'w', encoding='utf-8', newline='') as f:
        f.write(text)
    with open(os.path.join(OUT, os.path.splitext(fname)[0] + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
        f.write('\n')
    return fname, len(plain.split())


def main():
    srcs = sorted(f for f in os.listdir(HERE) if f.endswith('.src'))
    counts = []
    for s in srcs:
        fname, wc = build(os.path.join(HERE, s))
        counts.append(wc)
        flag = '' if 430 <= wc <= 600 else '  <-- OUT OF RANGE'
        print('%-55s %4d%s' % (fname, wc, flag))
    if counts:
        print('files %d  words min %d max %d mean %.1f' % (len(counts), min(counts), max(counts), sum(counts) / len(counts)))


if __name__ == '__main__':
    main()
