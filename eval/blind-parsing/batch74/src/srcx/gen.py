#!/usr/bin/env python3
"""Build p74 fixtures + keys from src/srcx/*.src (stdlib only).
Source format: header lines 'key: value' until '---'; then blocks separated by blank lines.
Each block's first line is a tag: @L lead, @D drop, @S sidebar, @U quote, @Q K question, @A K answer,
@T K statement (K = speaker key from 'sp:' or '-' for none). A '+' after the letter (e.g. @A+ K) keeps the
turn of the previous block (continuation paragraph / text after a label block)."""
import json, os, re, sys, glob
HERE = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
KIND = {'L': 'lead', 'D': 'drop', 'S': 'sidebar', 'U': 'quote', 'Q': 'question', 'A': 'answer', 'T': 'statement'}

def build(path):
    raw = open(path, encoding='utf-8').read()
    head, body = raw.split('\n---\n', 1)
    meta = {}; notes = []
    for line in head.splitlines():
        if not line.strip():
            continue
        k, v = line.split(':', 1)
        v = v.strip()
        if k == 'notes':
            notes.append(v)
        else:
            meta[k.strip()] = v
    sp = {}
    for pair in meta.get('sp', '').split(';'):
        if '=' in pair:
            a, b = pair.split('=', 1)
            sp[a.strip()] = b.strip()
    blocks = [b for b in re.split(r'\n[ \t]*\n', body) if b.strip()]
    texts = []; paras = []; turn = 0
    for b in blocks:
        lines = b.split('\n')
        while lines and not lines[0].strip():
            lines.pop(0)
        tag = lines[0].split()
        assert tag[0].startswith('@'), (path, b[:80])
        letter = tag[0][1]; cont = tag[0].endswith('+')
        kind = KIND[letter]
        spk = None
        if len(tag) > 1 and tag[1] != '-':
            spk = sp[tag[1]]
            if spk == '-':
                spk = None
        if kind in ('question', 'answer', 'statement') and len(tag) < 2:
            raise SystemExit('%s: speaker missing in %r' % (path, b[:60]))
        text = '\n'.join(lines[1:])
        assert text.strip(), (path, b[:60])
        if not cont or turn == 0:
            turn += 1
        texts.append(text)
        paras.append({'start': text.strip()[:50], 'turn': turn, 'kind': kind, 'speaker': spk})
    out = '\n\n'.join(t.rstrip() for t in texts) + '\n'
    fname = meta['file'] + '.txt'
    open(os.path.join(HERE, fname), 'w', encoding='utf-8').write(out)
    iv = meta.get('interviewer', 'null')
    key = {'file': fname, 'language': meta['lang'], 'layout': meta['layout'], 'title': meta['title'],
           'interviewer': None if iv == 'null' else iv,
           'interviewees': [x.strip() for x in meta['interviewees'].split(';') if x.strip()],
           'paragraphs': paras}
    if notes:
        key['notes'] = notes
    with open(os.path.join(HERE, meta['file'] + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
        f.write('\n')
    return fname, len(out.split())

if __name__ == '__main__':
    files = sys.argv[1:] or sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), '*.src')))
    for p in files:
        n, w = build(p)
        flag = '' if 400 <= w <= 550 else '  <-- WORDS OUT OF RANGE'
        print('%-55s %4d words%s' % (n, w, flag))
