#!/usr/bin/env python3
"""Build p75 fixtures + keys from spec files in this folder (stdlib only).
Spec: first line JSON header; then blocks, each introduced by a line
'@ KIND[+] [ALIAS]'  KIND in q a st lead drop side quote; '+' = same turn as previous block.
"""
import json, os, re, sys, glob
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(os.path.dirname(HERE))
KMAP = {'q': 'question', 'a': 'answer', 'st': 'statement', 'lead': 'lead', 'drop': 'drop',
        'side': 'sidebar', 'quote': 'quote'}

def blocks(text):
    return [b.strip() for b in re.split(r'\n[ \t]*\n', text.replace('\r\n', '\n')) if b.strip()]

def build(path):
    lines = open(path, encoding='utf-8').read().split('\n')
    hdr = json.loads(lines[0])
    items, cur = [], None
    for ln in lines[1:]:
        m = re.match(r'^@ (\w+)(\+?)(?: (\S+))?\s*$', ln)
        if m:
            cur = [m.group(1), m.group(2) == '+', m.group(3), []]
            items.append(cur)
        elif cur is not None:
            cur[3].append(ln)
    sp = hdr.get('sp', {})
    texts, paras, turn = [], [], 0
    prev = None
    for kind, cont, alias, body in items:
        # consecutive statement paragraphs of the same speaker (or of the narration) share a turn
        if kind == 'st' and prev == ('st', alias):
            cont = True
        prev = (kind, alias)
        t = '\n'.join(body).strip('\n')
        assert t.strip(), (path, kind, alias)
        assert not re.search(r'\n[ \t]*\n', t), (path, 'blank line inside block', t[:60])
        if not cont or turn == 0:
            turn += 1
        speaker = sp[alias] if alias else None
        texts.append(t)
        paras.append({'start': t.strip()[:50], 'turn': turn, 'kind': KMAP[kind], 'speaker': speaker})
    text = '\n\n'.join(texts) + '\n'
    bl = blocks(text)
    assert len(bl) == len(paras), (path, len(bl), len(paras))
    for b, p in zip(bl, paras):
        assert b[:50] == p['start'], (path, b[:50], p['start'])
    name = 'p75-%s-%s-%s' % (hdr['n'], hdr['topic'], hdr['layout'])
    key = {'file': name + '.txt', 'language': hdr['lang'], 'layout': hdr['layout'], 'title': hdr['title'],
           'interviewer': hdr['interviewer'], 'interviewees': hdr['interviewees'], 'paragraphs': paras}
    if hdr.get('notes'):
        key['notes'] = hdr['notes']
    open(os.path.join(OUT, name + '.txt'), 'w', encoding='utf-8').write(text)
    with open(os.path.join(OUT, name + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
        f.write('\n')
    words = len(text.split())
    print('%-55s %4d words %3d blocks' % (name, words, len(paras)))
    return words

if __name__ == '__main__':
    specs = sorted(glob.glob(os.path.join(HERE, '*.spec')))
    if len(sys.argv) > 1:
        specs = [s for s in specs if any(a in s for a in sys.argv[1:])]
    ws = [build(s) for s in specs]
    if ws:
        print('n=%d min=%d max=%d mean=%.1f' % (len(ws), min(ws), max(ws), sum(ws) / len(ws)))
