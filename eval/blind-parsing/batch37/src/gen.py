#!/usr/bin/env python3
"""Generate interview text + key from src/s/*.src (stdlib only).
Source: header lines 'field: value' until '===', then blocks introduced by '#> kind[+] [alias]'.
'+' = continuation (shares the previous turn). q without alias -> interviewer. Aliases: 'alias: X=Full Name'."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
KM = {'q': 'question', 'a': 'answer', 'l': 'lead', 'd': 'drop', 's': 'sidebar', 'st': 'statement', 'qu': 'quote'}

def gen(path):
    raw = open(path, encoding='utf-8').read()
    head, body = raw.split('\n===\n', 1)
    h = {}; alias = {}
    for line in head.splitlines():
        if not line.strip(): continue
        k, v = line.split(':', 1); v = v.strip()
        if k == 'alias':
            a, n = v.split('=', 1); alias[a.strip()] = n.strip()
        else:
            h[k] = v
    iv = None if h['interviewer'] == 'null' else h['interviewer']
    ees = [x.strip() for x in h['interviewees'].split(';') if x.strip()]
    blocks = []; cur = None
    for line in body.split('\n'):
        if line.startswith('#> '):
            if cur: blocks.append(cur)
            parts = line[3:].split(None, 1)
            cur = [parts[0], parts[1].strip() if len(parts) > 1 else None, []]
        else:
            cur[2].append(line)
    blocks.append(cur)
    paras = []; texts = []; turn = 0
    for k, al, lines in blocks:
        cont = k.endswith('+'); k = k.rstrip('+')
        kind = KM[k]
        txt = '\n'.join(lines).strip('\n')
        assert txt.strip(), (path, k, al)
        assert not re.search(r'\n[ \t]*\n', txt), ('blank line inside block', path, txt[:60])
        if al is None:
            sp = iv if kind == 'question' else None
        elif al == '-':
            sp = None
        else:
            sp = alias.get(al, al)
        if kind in ('lead', 'drop', 'sidebar', 'quote'):
            assert sp is None and not cont, (path, txt[:40])
        turn = turn if (cont and turn) else turn + 1
        texts.append(txt)
        paras.append({'start': txt.strip()[:50], 'turn': turn, 'kind': kind, 'speaker': sp})
    sep = h.get('sep', '\n\n').encode().decode('unicode_escape')
    text = sep.join(texts) + '\n'
    if h.get('crlf') == 'yes':
        text = text.replace('\n', '\r\n')
    fn = h['file']
    with open(os.path.join(OUT, fn), 'w', encoding='utf-8', newline='') as f:
        f.write(text)
    # self-check against checker's splitting
    bl = [b.strip() for b in re.split(r'\n[ \t]*\n', text.replace('\r\n', '\n')) if b.strip()]
    assert len(bl) == len(paras), (fn, len(bl), len(paras))
    for b, p in zip(bl, paras):
        assert b[:50] == p['start'], (fn, b[:50], p['start'])
    names = set(ees) | ({iv} if iv else set())
    for p in paras:
        if p['speaker'] is not None:
            assert p['speaker'] in names or p['speaker'] in text, (fn, p['speaker'])
    key = {'file': fn, 'language': h['language'], 'layout': h['layout'], 'title': h['title'],
           'interviewer': iv, 'interviewees': ees, 'paragraphs': paras}
    if h.get('notes'): key['notes'] = h['notes']
    stem = os.path.splitext(fn)[0]
    with open(os.path.join(OUT, stem + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1); f.write('\n')
    return fn, len(paras)

if __name__ == '__main__':
    srcs = sorted(os.path.join(HERE, 's', x) for x in os.listdir(os.path.join(HERE, 's')) if x.endswith('.src'))
    for s in srcs:
        print(*gen(s))
