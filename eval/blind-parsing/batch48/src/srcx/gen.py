#!/usr/bin/env python3
"""Generate b48 fixtures + keys from tagged sources (*.src) in this folder. Stdlib only."""
import json, os, re, sys, glob

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, '..', '..'))
KIND = {'l': 'lead', 'q': 'question', 'a': 'answer', 's': 'statement', 'sb': 'sidebar', 'qt': 'quote', 'd': 'drop'}


def parse(path):
    head, blocks, cur = {}, [], None
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    i = 0
    while i < len(lines) and not lines[i].startswith('%%'):
        ln = lines[i]
        if ln.strip() and not ln.startswith('#'):
            k, v = ln.split(':', 1)
            head[k.strip()] = v.strip()
        i += 1
    for ln in lines[i:]:
        if ln.startswith('%%'):
            parts = ln[2:].split(None, 1)
            cur = {'tag': parts[0], 'who': parts[1].strip() if len(parts) > 1 else None, 'lines': []}
            blocks.append(cur)
        else:
            cur['lines'].append(ln)
    return head, blocks


def build(path):
    head, blocks = parse(path)
    alias = {}
    for pair in head.get('alias', '').split(';'):
        if '=' in pair:
            a, n = pair.split('=', 1)
            alias[a.strip()] = n.strip()
    sep = head.get('sep', '\n\n').encode().decode('unicode_escape')
    texts, paras, turn, prev = [], [], 0, None
    for b in blocks:
        txt = '\n'.join(b['lines']).strip('\n')
        assert txt.strip(), (path, b)
        assert not re.search(r'\n[ \t]*\n', txt), ('blank line inside block', path, txt[:60])
        tag = b['tag']
        force_same, force_new = tag.endswith('+'), tag.endswith('!')
        k = KIND[tag.rstrip('+!')]
        who = b['who']
        sp = alias.get(who, who) if who and who != '-' else None
        same = False
        if force_same:
            same = True
        elif not force_new and prev and k in ('answer', 'statement') and prev['kind'] == k and prev['speaker'] == sp:
            same = True
        if not same or turn == 0:
            turn += 1
        p = {'start': txt.strip()[:50], 'turn': turn, 'kind': k, 'speaker': sp}
        paras.append(p)
        texts.append(txt)
        prev = p
    text = sep.join(texts) + '\n'
    interviewer = head.get('interviewer')
    interviewer = None if interviewer in (None, '', '-', 'null') else interviewer
    ivs = [x.strip() for x in head.get('interviewees', '').split(';') if x.strip()]
    key = {'file': head['file'], 'language': head['lang'], 'layout': head['layout'], 'title': head['title'],
           'interviewer': interviewer, 'interviewees': ivs, 'paragraphs': paras}
    if head.get('notes'):
        key['notes'] = head['notes']
    # sanity: every named speaker must be interviewer/interviewee, and appear in text in some form
    for p in paras:
        if p['speaker'] and p['speaker'] not in ivs and p['speaker'] != interviewer:
            print('WARN %s: speaker %r not in interviewees' % (head['file'], p['speaker']))
    for n in ivs + ([interviewer] if interviewer else []):
        if n.split()[-1] not in text:
            print('WARN %s: %r surname not in text' % (head['file'], n))
    assert head['title'] in text, ('title not in text', head['file'])
    with open(os.path.join(OUT, head['file']), 'w', encoding='utf-8', newline='') as f:
        f.write(text)
    stem = os.path.splitext(head['file'])[0]
    with open(os.path.join(OUT, stem + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
    return head, len(text.split())


if __name__ == '__main__':
    rows = []
    for p in sorted(glob.glob(os.path.join(HERE, '*.src'))):
        head, wc = build(p)
        rows.append((head['file'], head['lang'], wc))
        flag = '' if 400 <= wc <= 900 else '  <-- OUT OF RANGE'
        print('%-60s %s %4d%s' % (head['file'], head['lang'], wc, flag))
    if rows:
        wcs = [r[2] for r in rows]
        print('files %d  de %d  en %d  words min %d max %d' % (len(rows), sum(r[1] == 'de' for r in rows),
              sum(r[1] == 'en' for r in rows), min(wcs), max(wcs)))
