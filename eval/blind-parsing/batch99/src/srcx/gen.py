#!/usr/bin/env python3
"""Build fixture .txt and .key.json files from spec files (stdlib only).

Spec format: header lines 'key: value' (file, language, layout, title, interviewer, interviewees, notes,
alias), then blocks. Each block opens with a tag line '%% KIND SPEAKER [+]':
KIND in lead/drop/sidebar/question/answer/statement/quote; SPEAKER an alias from 'alias:' or '-' for null;
'+' = same turn as the previous block (continuation paragraph, or text after a label block).
"""
import json, os, re, sys, glob

OUT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
KINDS = {'lead', 'question', 'answer', 'statement', 'sidebar', 'quote', 'drop'}


def parse(spec):
    head, blocks, cur = {}, [], None
    for line in spec.split('\n'):
        if line.startswith('%%'):
            parts = line[2:].split()
            cur = {'kind': parts[0], 'sp': parts[1], 'cont': len(parts) > 2 and parts[2] == '+', 'lines': []}
            assert len(parts) <= 3 and (len(parts) < 3 or parts[2] == '+'), line
            blocks.append(cur)
        elif cur is None:
            if line.strip():
                k, v = line.split(':', 1)
                head[k.strip()] = v.strip()
        else:
            cur['lines'].append(line.rstrip())
    return head, blocks


def build(path):
    head, blocks = parse(open(path, encoding='utf-8').read())
    alias = {}
    for item in head.get('alias', '').split(';'):
        if item.strip():
            a, n = item.split('=', 1)
            alias[a.strip()] = n.strip()
    texts, paras, turn, prev = [], [], 0, None
    for b in blocks:
        txt = '\n'.join(b['lines']).strip()
        assert txt, (path, b)
        assert not re.search(r'\n[ \t]*\n', txt), ('blank line inside block', path, txt[:60])
        kind = b['kind']
        assert kind in KINDS, (path, kind)
        sp = None if b['sp'] == '-' else alias[b['sp']]
        if kind in ('lead', 'drop', 'sidebar', 'quote'):
            assert sp is None and not b['cont'], (path, txt[:60])
        if b['cont']:
            assert prev and prev['kind'] == kind and prev['speaker'] == sp, ('bad +', path, txt[:60])
        else:
            turn += 1
        p = {'start': txt[:50], 'turn': turn, 'kind': kind, 'speaker': sp}
        paras.append(p)
        texts.append(txt)
        prev = p
    body = '\n\n'.join(texts) + '\n'
    iv = head['interviewer']
    key = {'file': head['file'], 'language': head['language'], 'layout': head['layout'], 'title': head['title'],
           'interviewer': None if iv == 'null' else iv,
           'interviewees': [x.strip() for x in head['interviewees'].split(';') if x.strip()],
           'paragraphs': paras}
    if head.get('notes'):
        key['notes'] = head['notes']
    assert ' '.join(key['title'].split()) in ' '.join(body.split()), ('title not in text', path)
    for p in paras:
        if p['speaker'] is not None:
            assert p['speaker'] in body or p['speaker'] in key['interviewees'] or p['speaker'] == key['interviewer']
    with open(os.path.join(OUT, head['file']), 'w', encoding='utf-8') as f:
        f.write(body)
    with open(os.path.join(OUT, head['file'][:-4] + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
        f.write('\n')
    return head['file'], len(body.split()), len(paras)


if __name__ == '__main__':
    here = os.path.dirname(os.path.abspath(__file__))
    specdir = os.path.join(here, 'specs')
    for sp in sorted(glob.glob(os.path.join(specdir, '*.spec'))):
        for chunk in open(sp, encoding='utf-8').read().split('\n=====\n'):
            if chunk.strip():
                tmp = sp + '.part'
                open(tmp, 'w', encoding='utf-8').write(chunk)
                name, words, n = build(tmp)
                os.remove(tmp)
                flag = '' if 350 <= words <= 550 else '   <-- WORD COUNT OUT OF RANGE'
                print('%-60s %4d words %3d blocks%s' % (name, words, n, flag))
