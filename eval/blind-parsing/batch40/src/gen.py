#!/usr/bin/env python3
"""Generate b40 interview texts and answer keys from src/interviews/*.src (stdlib only).

Source format:
  @@@ field: value        header (file, language, layout, title, interviewer, interviewees (;-separated), notes, crlf)
  @@ kind [speaker]       starts a block; kind prefixed with '+' = continuation (shares the previous turn)
  following lines         the block text (no blank lines inside)
"""
import json, os, re, sys

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)
KINDS = {'lead', 'question', 'answer', 'statement', 'sidebar', 'quote', 'drop'}


def blocks(text):
    return [b.strip() for b in re.split(r'\n[ \t]*\n', text.replace('\r\n', '\n')) if b.strip()]


def build(path):
    hdr, items, cur = {}, [], None
    for line in open(path, encoding='utf-8').read().split('\n'):
        if line.startswith('@@@ '):
            k, v = line[4:].split(':', 1)
            hdr[k.strip()] = v.strip()
        elif line.startswith('@@ '):
            parts = line[3:].strip().split(' ', 1)
            kind = parts[0]
            cont = kind.startswith('+')
            kind = kind.lstrip('+')
            assert kind in KINDS, (path, line)
            sp = parts[1].strip() if len(parts) > 1 else None
            cur = {'kind': kind, 'speaker': sp, 'cont': cont, 'lines': []}
            items.append(cur)
        else:
            if cur is None:
                assert not line.strip(), (path, line)
                continue
            cur['lines'].append(line)
    turn, paras, texts = 0, [], []
    for it in items:
        while it['lines'] and not it['lines'][-1].strip():
            it['lines'].pop()
        while it['lines'] and not it['lines'][0].strip():
            it['lines'].pop(0)
        body = '\n'.join(it['lines'])
        assert body.strip() and not re.search(r'\n[ \t]*\n', body), (path, body[:60])
        if not it['cont'] or turn == 0:
            turn += 1
        texts.append(body)
        paras.append({'start': body.strip()[:50], 'turn': turn, 'kind': it['kind'], 'speaker': it['speaker']})
    sep = hdr.get('sep', '\n\n').encode().decode('unicode_escape')
    text = sep.join(texts) + '\n'
    if hdr.get('crlf') == 'yes':
        text = text.replace('\n', '\r\n')
    bl = blocks(text)
    assert len(bl) == len(paras), (path, len(bl), len(paras))
    for b, p in zip(bl, paras):
        assert b[:50] == p['start'], (path, b[:50], p['start'])
    names = set()
    iv = hdr['interviewer']
    iv = None if iv == 'null' else iv
    ees = [x.strip() for x in hdr['interviewees'].split(';') if x.strip()]
    for p in paras:
        if p['speaker'] and p['speaker'] not in ees and p['speaker'] != iv and p['speaker'] not in text:
            raise SystemExit('%s: speaker %s not found' % (path, p['speaker']))
    key = {'file': hdr['file'], 'language': hdr['language'], 'layout': hdr['layout'], 'title': hdr['title'],
           'interviewer': iv, 'interviewees': ees, 'paragraphs': paras}
    if hdr.get('notes'):
        key['notes'] = hdr['notes']
    with open(os.path.join(OUT, hdr['file']), 'w', encoding='utf-8', newline='') as f:
        f.write(text)
    stem = os.path.splitext(hdr['file'])[0]
    with open(os.path.join(OUT, stem + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
        f.write('\n')
    return hdr['file'], len(paras)


if __name__ == '__main__':
    for fn in sorted(os.listdir(os.path.join(SRC, 'interviews'))):
        if fn.endswith('.src'):
            print(*build(os.path.join(SRC, 'interviews', fn)))
