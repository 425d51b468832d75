#!/usr/bin/env python3
"""Build fixture .txt and .key.json from specs/*.spec (stdlib only).
Spec: header lines '#field value', then blocks each introduced by a tag line
'@kind [alias|-] [+]'. kind in lead/drop/sidebar/question/answer/statement/quote
(q/a/st accepted). '+' = continuation: same turn as previous block, else turn+1."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(os.path.dirname(HERE))
KMAP = {'q': 'question', 'a': 'answer', 'st': 'statement'}
TAG = re.compile(r'^@(lead|drop|sidebar|question|answer|statement|quote|q|a|st)\b(.*)$')

def vblocks(text):
    return [b.strip() for b in re.split(r'\n[ \t]*\n', text.replace('\r\n', '\n')) if b.strip()]

def build(path):
    head, blocks, cur = {}, [], None
    for line in open(path, encoding='utf-8').read().split('\n'):
        m = TAG.match(line)
        if m:
            cur = {'kind': KMAP.get(m.group(1), m.group(1)), 'args': m.group(2).split(), 'lines': []}
            blocks.append(cur)
        elif cur is None:
            if line.startswith('#'):
                k, _, v = line[1:].partition(' ')
                head[k] = v.strip()
        else:
            cur['lines'].append(line)
    alias = {}
    for part in head.get('alias', '').split(';'):
        if '=' in part:
            a, n = part.split('=', 1); alias[a.strip()] = n.strip()
    texts, paras, turn = [], [], 0
    for b in blocks:
        t = '\n'.join(b['lines']).strip('\n')
        assert t.strip(), (path, 'empty block')
        assert not re.search(r'\n[ \t]*\n', t), (path, 'blank line inside block', t[:60])
        cont = '+' in b['args']
        al = [x for x in b['args'] if x != '+']
        sp = None
        if al and al[0] != '-':
            sp = alias[al[0]]
        if b['kind'] in ('lead', 'drop', 'sidebar', 'quote'):
            assert sp is None, (path, t[:40])
        turn = turn if (cont and turn) else turn + 1
        texts.append(t)
        paras.append({'start': t.strip()[:50], 'turn': turn, 'kind': b['kind'], 'speaker': sp})
    text = '\n\n'.join(texts) + '\n'
    assert len(vblocks(text)) == len(paras), path
    iv = head['interviewer']
    key = {'file': head['file'] + '.txt', 'language': head['lang'], 'layout': head['layout'],
           'title': head['title'], 'interviewer': None if iv == 'null' else iv,
           'interviewees': [x.strip() for x in head['interviewees'].split(';') if x.strip()],
           'paragraphs': paras}
    if head.get('notes'):
        key['notes'] = head['notes']
    for p in paras:
        if p['speaker'] and p['speaker'] not in text and p['speaker'] not in key['interviewees'] + [key['interviewer']]:
            sys.exit('%s: speaker %s unknown' % (path, p['speaker']))
    with open(os.path.join(OUT, head['file'] + '.txt'), 'w', encoding='utf-8') as f:
        f.write(text)
    with open(os.path.join(OUT, head['file'] + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
    return head['file'], len(text.split()), head.get('people', '')

if __name__ == '__main__':
    res = [build(os.path.join(HERE, 'specs', s)) for s in sorted(os.listdir(os.path.join(HERE, 'specs'))) if s.endswith('.spec')]
    for f, w, _ in res:
        print('%-70s %4d %s' % (f, w, '' if 350 <= w <= 550 else 'WORDCOUNT!'))
