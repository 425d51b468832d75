#!/usr/bin/env python3
"""Build fixtures + keys from specs (stdlib only).
Spec: header 'key: value' lines, then '---', then blocks. Each block starts with a tag line:
  §l §d §s §qt            lead/drop/sidebar/quote (speaker null)
  §q [name|~]             question (default: interviewer)
  §a [name]               answer (default: sole interviewee)
  §st [name|~]            statement
A '+' right after the tag (e.g. §a+) keeps the previous block's turn.
Block text = following lines up to next tag, stripped of surrounding blank lines."""
import json, os, re, sys, glob
HERE = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
KIND = {'l': 'lead', 'd': 'drop', 's': 'sidebar', 'qt': 'quote', 'q': 'question', 'a': 'answer', 'st': 'statement'}

def blocks(text):
    return [b.strip() for b in re.split(r'\n[ \t]*\n', text.replace('\r\n', '\n')) if b.strip()]

def build(path):
    raw = open(path, encoding='utf-8').read()
    head, body = raw.split('\n---\n', 1)
    h = {}
    for line in head.strip().splitlines():
        k, v = line.split(':', 1); h[k.strip()] = v.strip()
    iv = h.get('interviewer') or None
    if iv == 'null': iv = None
    ees = [x.strip() for x in h['interviewees'].split('|') if x.strip()]
    items = []
    cur = None
    for line in body.split('\n'):
        m = re.match(r'^§(qt|st|l|d|s|q|a)(\+?)(?: (.*))?$', line)
        if m:
            if cur: items.append(cur)
            cur = [m.group(1), m.group(2) == '+', (m.group(3) or '').strip(), []]
        else:
            cur[3].append(line)
    items.append(cur)
    texts, paras, turn = [], [], 0
    for tag, cont, sp, lines in items:
        txt = '\n'.join(lines).strip('\n')
        txt = '\n'.join(l.rstrip() for l in txt.split('\n'))
        kind = KIND[tag]
        if kind in ('lead', 'drop', 'sidebar', 'quote'):
            speaker = None
        elif sp == '~':
            speaker = None
        elif sp:
            speaker = sp
        elif kind == 'question':
            speaker = iv
        elif kind == 'answer':
            assert len(ees) == 1 or h.get('default_a') == 'first', (path, txt[:40]); speaker = ees[0]
        else:
            speaker = None
        turn = turn if (cont and turn) else turn + 1
        texts.append(txt)
        paras.append({'turn': turn, 'kind': kind, 'speaker': speaker})
    sep = h.get('sep', '\n\n').encode().decode('unicode_escape')
    text = sep.join(texts) + '\n'
    bl = blocks(text)
    assert len(bl) == len(paras), (path, len(bl), len(paras))
    for b, p in zip(bl, paras):
        p['start'] = b[:50]
    paras = [{'start': p['start'], 'turn': p['turn'], 'kind': p['kind'], 'speaker': p['speaker']} for p in paras]
    fname = h['file'] + '.txt'
    open(os.path.join(HERE, fname), 'w', encoding='utf-8').write(text)
    key = {'file': fname, 'language': h['lang'], 'layout': h['layout'], 'title': h['title'],
           'interviewer': iv, 'interviewees': ees, 'paragraphs': paras}
    if h.get('notes'): key['notes'] = h['notes']
    with open(os.path.join(HERE, h['file'] + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1); f.write('\n')
    wc = len(text.split())
    flag = '' if 400 <= wc <= 550 else '  <-- WORDS OUT OF RANGE'
    print('%-55s %4d words %3d blocks%s' % (fname, wc, len(bl), flag))
    return wc

if __name__ == '__main__':
    specs = sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'specs', '*.spec')))
    if len(sys.argv) > 1: specs = [s for s in specs if any(a in s for a in sys.argv[1:])]
    wcs = [build(s) for s in specs]
    if wcs: print('n=%d min=%d max=%d mean=%.1f' % (len(wcs), min(wcs), max(wcs), sum(wcs)/len(wcs)))
