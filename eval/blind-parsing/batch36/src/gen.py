#!/usr/bin/env python3
"""Generate interview text + answer key from src/sources/*.src (stdlib only)."""
import json, os, re, sys, glob
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
KIND = {'L': 'lead', 'D': 'drop', 'S': 'sidebar', 'Q': 'question', 'A': 'answer', 'T': 'statement', 'O': 'quote', 'X': None}
DIR = re.compile(r'^@([LDSQATOX])(\+?)(?: (.*))?$')

def build(path):
    raw = open(path, encoding='utf-8').read()
    head, body = raw.split('\n---\n', 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(':', 1)
            meta[k.strip()] = v.strip()
    interviewer = None if meta['interviewer'] == 'null' else meta['interviewer']
    interviewees = [x.strip() for x in meta['interviewees'].split(';') if x.strip()]
    blocks = []
    cur = None
    for line in body.split('\n'):
        m = DIR.match(line)
        if m:
            cur = {'k': m.group(1), 'cont': m.group(2) == '+', 'sp': (m.group(3) or '').strip(), 'lines': []}
            blocks.append(cur)
        else:
            if cur is None:
                if line.strip():
                    raise SystemExit('%s: text before first directive' % path)
                continue
            cur['lines'].append(line)
    texts = []
    for b in blocks:
        t = '\n'.join(b['lines']).strip('\n')
        if not t.strip():
            raise SystemExit('%s: empty block' % path)
        if re.search(r'\n[ \t]*\n', t):
            raise SystemExit('%s: blank line inside block %r' % (path, t[:40]))
        texts.append(t)
    def speaker(tok):
        if tok in ('', '-'):
            return None
        if tok == 'I':
            return interviewer
        if tok in ('1', '2', '3', '4'):
            return interviewees[int(tok) - 1]
        return tok
    paras = [None] * len(blocks)
    turn = 0
    for i, b in enumerate(blocks):
        if b['k'] == 'X':
            continue
        if not b['cont']:
            turn += 1
        paras[i] = {'start': texts[i].strip()[:50], 'turn': turn, 'kind': KIND[b['k']], 'speaker': speaker(b['sp'])}
        if b['k'] in 'LDSO' and paras[i]['speaker'] is not None:
            raise SystemExit('%s: speaker on %s' % (path, b['k']))
        if b['k'] in 'QA' and paras[i]['speaker'] is None and b['k'] == 'A':
            raise SystemExit('%s: answer without speaker' % path)
        # a label block alone takes the values of the following block
        j = i - 1
        while j >= 0 and blocks[j]['k'] == 'X':
            paras[j] = dict(paras[i], start=texts[j].strip()[:50])
            j -= 1
    text = '\n\n'.join(texts) + '\n'
    if meta.get('crlf') == 'yes':
        text = text.replace('\n', '\r\n')
    key = {'file': meta['file'], 'language': meta['language'], 'layout': meta['layout'], 'title': meta['title'],
           'interviewer': interviewer, 'interviewees': interviewees, 'paragraphs': paras}
    if meta.get('notes'):
        key['notes'] = meta['notes']
    with open(os.path.join(OUT, meta['file']), 'w', encoding='utf-8', newline='') as f:
        f.write(text)
    stem = os.path.splitext(meta['file'])[0]
    with open(os.path.join(OUT, stem + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
        f.write('\n')
    return meta['file'], len(paras)

if __name__ == '__main__':
    for p in sorted(glob.glob(os.path.join(HERE, 'sources', '*.src'))):
        print(*build(p))
