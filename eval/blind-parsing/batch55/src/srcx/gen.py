#!/usr/bin/env python3
"""Build b55 fixtures (.txt + .key.json) from tagged sources NN.src (stdlib only).

Source format: header lines `field: value` up to a line `---`; then blocks, each introduced by a tag line
`@K[+] [CODE]`.  K: L lead, D drop, S sidebar, Q question, A answer, T statement, U quote.
`+` = same turn as the previous block (continuation, or text after a label-alone block).
CODE = speaker code from the `speakers:` header (`-` = null).  Q without code -> interviewer.
A/T with `+` and no code inherit the previous speaker.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(os.path.dirname(HERE))
KIND = {'L': 'lead', 'D': 'drop', 'S': 'sidebar', 'Q': 'question', 'A': 'answer', 'T': 'statement', 'U': 'quote'}
TAG = re.compile(r'^@([LDSQATU])(\+?)(?: (\S+))?[ \t]*$')


def build(path):
    raw = open(path, encoding='utf-8').read()
    head, body = raw.split('\n---\n', 1)
    h = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(':', 1)
            h[k.strip()] = v.strip()
    codes = {}
    for part in h.get('speakers', '').split(';'):
        if part.strip():
            c, n = part.split('=', 1)
            codes[c.strip()] = n.strip()
    interviewer = h['interviewer'] if h['interviewer'] != 'null' else None
    blocks, cur = [], None
    for line in body.split('\n'):
        m = TAG.match(line)
        if m:
            cur = [m.group(1), m.group(2), m.group(3), []]
            blocks.append(cur)
        elif cur is None:
            if line.strip():
                raise SystemExit('%s: text before first tag: %r' % (path, line))
        else:
            cur[3].append(line)
    texts, paras = [], []
    turn, prev_sp = 0, None
    for k, plus, code, lines in blocks:
        t = '\n'.join(lines).strip('\n')
        t = '\n'.join(l.rstrip() for l in t.split('\n'))
        if not t.strip():
            raise SystemExit('%s: empty block' % path)
        if re.search(r'\n[ \t]*\n', t):
            raise SystemExit('%s: blank line inside block %r' % (path, t[:40]))
        kind = KIND[k]
        if kind in ('lead', 'drop', 'sidebar', 'quote'):
            sp = None
        elif code:
            sp = None if code == '-' else codes[code]
        elif kind == 'question' and not plus:
            sp = interviewer
        elif plus:
            sp = prev_sp
        elif kind == 'statement':
            sp = None
        else:
            raise SystemExit('%s: %s block without speaker: %r' % (path, kind, t[:40]))
        if not plus or turn == 0:
            turn += 1
        texts.append(t)
        paras.append({'start': t.strip()[:50], 'turn': turn, 'kind': kind, 'speaker': sp})
        prev_sp = sp
    text = '\n\n'.join(texts) + '\n'
    key = {'file': h['file'] + '.txt', 'language': h['language'], 'layout': h['layout'], 'title': h['title'],
           'interviewer': interviewer,
           'interviewees': [x.strip() for x in h['interviewees'].split('|') if x.strip()],
           'paragraphs': paras}
    if h.get('notes'):
        key['notes'] = h['notes']
    assert h['title'] in ' '.join(text.split()), (path, 'title not in text')
    for n in key['interviewees'] + ([interviewer] if interviewer else []):
        if n not in text:
            print('note: %s: name %r not verbatim in text' % (h['file'], n))
    open(os.path.join(OUT, h['file'] + '.txt'), 'w', encoding='utf-8').write(text)
    with open(os.path.join(OUT, h['file'] + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
        f.write('\n')
    return h['file'], h['language'], h['layout'], len(text.split())


if __name__ == '__main__':
    rows = [build(os.path.join(HERE, f)) for f in sorted(os.listdir(HERE)) if f.endswith('.src')]
    for r in rows:
        flag = '' if 400 <= r[3] <= 900 else '  <-- WORDS OUT OF RANGE'
        print('%-45s %s %4d  %s%s' % (r[0], r[1], r[3], r[2], flag))
