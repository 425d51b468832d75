#!/usr/bin/env python3
"""Generate batch p87 fixtures + keys from specs/*.spec (stdlib only).

Spec format: header lines "key: value" up to a line '---'; then blocks separated by blank lines.
Each block starts with a tag line: @K[+] [speaker]  where K is one of
  L lead, D drop, S sidebar, Q question, A answer, T statement, U quote.
'+' = continuation (same turn as previous block). Speaker may be an alias defined in the header
("alias: X = Full Name") or 'null'/omitted. Everything after the tag line is the block text, verbatim.
"""
import glob, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, '..', '..'))
KINDS = {'L': 'lead', 'D': 'drop', 'S': 'sidebar', 'Q': 'question', 'A': 'answer', 'T': 'statement', 'U': 'quote'}


def parse(path):
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
    blocks = []
    for chunk in re.split(r'\n[ \t]*\n', body.strip('\n')):
        if not chunk.strip():
            continue
        lines = chunk.split('\n')
        m = re.match(r'^@([LDSQATU])(\+?)\s*(.*)$', lines[0])
        if not m:
            sys.exit('%s: bad tag line %r' % (path, lines[0]))
        sp = m.group(3).strip() or None
        if sp == 'null':
            sp = None
        if sp in alias:
            sp = alias[sp]
        text = '\n'.join(l.rstrip() for l in lines[1:])
        if not text.strip():
            sys.exit('%s: empty block after %r' % (path, lines[0]))
        blocks.append((KINDS[m.group(1)], m.group(2) == '+', sp, text))
    return meta, blocks


def build(path):
    meta, blocks = parse(path)
    stem = meta['file']
    text = '\n\n'.join(b[3] for b in blocks) + '\n'
    paras, turn = [], 0
    for kind, cont, sp, t in blocks:
        if not cont or turn == 0:
            turn += 1
        elif paras and (paras[-1]['kind'] != kind or paras[-1]['speaker'] != sp):
            print('WARN %s: continuation changes kind/speaker at %r' % (stem, t[:40]))
        if kind in ('lead', 'drop', 'sidebar', 'quote'):
            assert sp is None, (stem, t[:40])
        paras.append({'start': t.strip()[:50], 'turn': turn, 'kind': kind, 'speaker': sp})
    iv = meta.get('interviewer', 'null')
    key = {'file': stem + '.txt', 'language': meta['language'], 'layout': meta['layout'], 'title': meta['title'],
           'interviewer': None if iv == 'null' else iv,
           'interviewees': [x.strip() for x in meta.get('interviewees', '').split('|') if x.strip()],
           'paragraphs': paras}
    if meta.get('notes'):
        key['notes'] = meta['notes']
    with open(os.path.join(OUT, stem + '.txt'), 'w', encoding='utf-8') as f:
        f.write(text)
    with open(os.path.join(OUT, stem + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
        f.write('\n')
    return stem, len(text.split()), key


def main():
    counts, names = [], {}
    for p in sorted(glob.glob(os.path.join(HERE, 'specs', '*.spec'))):
        stem, wc, key = build(p)
        counts.append((stem, wc))
        for n in ([key['interviewer']] if key['interviewer'] else []) + key['interviewees']:
            names.setdefault(n, []).append(stem)
        # all speakers of every file
        for para in key['paragraphs']:
            if para['speaker']:
                names.setdefault(para['speaker'], [])
                if stem not in names[para['speaker']]:
                    names[para['speaker']].append(stem)
    for n, files in sorted(names.items()):
        if len(files) > 1:
            print('NAME REUSED', n, files)
    with open(os.path.join(HERE, 'wordcounts.txt'), 'w') as f:
        for s, w in counts:
            flag = '' if 400 <= w <= 550 else '  <-- OUT OF RANGE'
            f.write('%s.txt %d%s\n' % (s, w, flag))
        if counts:
            ws = [w for _, w in counts]
            f.write('files %d  min %d  max %d  mean %.1f\n' % (len(ws), min(ws), max(ws), sum(ws) / len(ws)))
    print(open(os.path.join(HERE, 'wordcounts.txt')).read())


if __name__ == '__main__':
    main()
