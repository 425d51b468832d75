#!/usr/bin/env python3
"""Build interview text + answer key from one source file each (stdlib only).

Source format:
  header lines  'key: value' (file, language, layout, title, interviewer, interviewees, notes*, crlf)
  a line '---'
  then blocks, each introduced by a directive line
      @@ kind[+] [speaker]
  kind in lead/drop/sidebar/question/answer/statement/quote; '+' = same turn as previous block;
  speaker omitted = null. Text lines follow until the next directive.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
KINDS = {'lead', 'question', 'answer', 'statement', 'sidebar', 'quote', 'drop'}


def vblocks(text):
    return [b.strip() for b in re.split(r'\n[ \t]*\n', text.replace('\r\n', '\n')) if b.strip()]


def build(path):
    raw = open(path, encoding='utf-8').read()
    head, body = raw.split('\n---\n', 1)
    meta, notes = {}, []
    for line in head.splitlines():
        if not line.strip():
            continue
        k, v = line.split(':', 1)
        k, v = k.strip(), v.strip()
        if k == 'notes':
            notes.append(v)
        else:
            meta[k] = v
    blocks, cur = [], None
    for line in body.split('\n'):
        m = re.match(r'^@@ (\w+)(\+?)(?: (.*))?$', line)
        if m:
            cur = {'kind': m.group(1), 'cont': bool(m.group(2)),
                   'speaker': (m.group(3) or '').strip() or None, 'lines': []}
            assert cur['kind'] in KINDS, (path, line)
            blocks.append(cur)
        else:
            if cur is None:
                assert not line.strip(), (path, line)
                continue
            cur['lines'].append(line)
    texts, paras, turn = [], [], 0
    for i, b in enumerate(blocks):
        t = '\n'.join(b['lines']).strip('\n')
        assert t.strip(), (path, i)
        assert len(vblocks(t)) == 1, (path, 'blank line inside block', t[:60])
        if not b['cont'] or i == 0:
            turn += 1
        if b['kind'] in ('lead', 'drop', 'sidebar', 'quote'):
            assert b['speaker'] is None, (path, t[:50])
        texts.append(t)
        paras.append({'start': t.strip()[:50], 'turn': turn, 'kind': b['kind'], 'speaker': b['speaker']})
    sep = meta.get('sep', '\n\n').encode().decode('unicode_escape')
    text = sep.join(texts) + '\n'
    if meta.get('crlf') == 'yes':
        text = text.replace('\n', '\r\n')
    fname = meta['file']
    assert len(vblocks(text)) == len(paras), (path, len(vblocks(text)), len(paras))
    names = set(x.strip() for x in meta['interviewees'].split(';') if x.strip())
    iv = None if meta['interviewer'] in ('', 'null') else meta['interviewer']
    for p in paras:
        sp = p['speaker']
        assert sp is None or sp in names or sp == iv or sp in text, (path, sp)
    for n in list(names) + ([iv] if iv else []):
        used = any(p['speaker'] == n for p in paras)
        assert used or n in text, (path, 'unused name', n)
    key = {'file': fname, 'language': meta['language'], 'layout': meta['layout'], 'title': meta['title'],
           'interviewer': iv,
           'interviewees': [x.strip() for x in meta['interviewees'].split(';') if x.strip()],
           'paragraphs': paras}
    if notes:
        key['notes'] = notes
    with open(os.path.join(OUT, fname), 'w', encoding='utf-8', newline='') as f:
        f.write(text)
    stem = os.path.splitext(fname)[0]
    with open(os.path.join(OUT, stem + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
        f.write('\n')
    return fname, meta['language'], meta['layout'], len(paras)


if __name__ == '__main__':
    srcdir = os.path.join(HERE, 'sources')
    for s in sorted(os.listdir(srcdir)):
        if s.endswith('.src'):
            print(*build(os.path.join(srcdir, s)))
