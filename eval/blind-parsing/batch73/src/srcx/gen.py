#!/usr/bin/env python3
"""Build p73 fixtures + keys from src/srcx/*.src (stdlib only).
Source format: header lines '@field value' then '---'; then blocks separated by blank lines.
Each block's first line starts with a tag  [+]KIND[:Speaker]|  (KIND: L D B Q A S U).
'+' = continuation (same turn as previous block). Q without speaker -> interviewer;
A without speaker -> sole interviewee; ':-' -> null speaker."""
import json, os, re, sys, glob

HERE = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
KIND = {'L': 'lead', 'D': 'drop', 'B': 'sidebar', 'Q': 'question', 'A': 'answer', 'S': 'statement', 'U': 'quote'}
TAG = re.compile(r'^(\+?)([LDBQASU])(?::([^|]*))?\|(.*)$', re.S)


def vblocks(text):
    return [b.strip() for b in re.split(r'\n[ \t]*\n', text.replace('\r\n', '\n')) if b.strip()]


def build(path):
    raw = open(path, encoding='utf-8').read()
    fixtures = raw.split('\n===\n')
    out = []
    for fx in fixtures:
        if not fx.strip():
            continue
        head, body = fx.split('\n---\n', 1)
        meta = {}
        for line in head.strip().splitlines():
            k, v = line[1:].split(' ', 1)
            meta[k] = v.strip()
        interviewer = None if meta.get('interviewer', 'null') == 'null' else meta['interviewer']
        ivs = [x.strip() for x in meta['interviewees'].split(';') if x.strip()]
        rawblocks = [b for b in re.split(r'\n[ \t]*\n', body.strip('\n')) if b.strip()]
        texts, paras, turn = [], [], 0
        for rb in rawblocks:
            rb = rb.strip('\n')
            m = TAG.match(rb)
            if not m:
                sys.exit('%s: untagged block: %r' % (meta['file'], rb[:60]))
            cont, k, sp, txt = m.groups()
            kind = KIND[k]
            if sp == '-':
                sp = None
            elif sp is None:
                if k == 'Q':
                    sp = interviewer
                elif k == 'A':
                    sp = ivs[0] if len(ivs) == 1 else sys.exit('%s: ambiguous A' % meta['file'])
            if kind in ('lead', 'drop', 'sidebar', 'quote'):
                sp = None
            turn = turn if (cont and turn) else turn + 1
            texts.append(txt)
            paras.append({'start': None, 'turn': turn, 'kind': kind, 'speaker': sp})
        text = '\n\n'.join(texts) + '\n'
        vb = vblocks(text)
        if len(vb) != len(paras):
            sys.exit('%s: %d blocks vs %d' % (meta['file'], len(vb), len(paras)))
        for b, p in zip(vb, paras):
            p['start'] = b[:50]
        key = {'file': meta['file'] + '.txt', 'language': meta['lang'], 'layout': meta['layout'],
               'title': meta['title'], 'interviewer': interviewer, 'interviewees': ivs,
               'paragraphs': paras}
        if meta.get('notes'):
            key['notes'] = meta['notes']
        with open(os.path.join(HERE, meta['file'] + '.txt'), 'w', encoding='utf-8') as f:
            f.write(text)
        with open(os.path.join(HERE, meta['file'] + '.key.json'), 'w', encoding='utf-8') as f:
            json.dump(key, f, ensure_ascii=False, indent=1)
            f.write('\n')
        out.append((meta['file'], len(text.split())))
    return out


if __name__ == '__main__':
    res = []
    for p in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), '*.src'))):
        res += build(p)
    for f, w in res:
        flag = '' if 400 <= w <= 550 else '  <-- OUT OF RANGE'
        print('%-55s %4d%s' % (f, w, flag))
    ws = [w for _, w in res]
    if ws:
        print('n=%d min=%d max=%d mean=%.1f' % (len(ws), min(ws), max(ws), sum(ws) / len(ws)))
