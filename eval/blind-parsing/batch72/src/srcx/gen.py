#!/usr/bin/env python3
"""Build p72 fixtures + keys from *.spec files (stdlib only).
Spec: '=== NN topic layout lang' starts a fixture; header lines 'key: value';
'--- KIND [spk] [+|!]' starts a block. KIND: L lead, D drop, S sidebar, Q question,
A answer, T statement, U quote. '+' = same turn as previous block, '!' = force new turn.
Answers/statements auto-continue when previous block has same kind and speaker."""
import json, os, re, sys, glob
HERE = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
KIND = dict(L='lead', D='drop', S='sidebar', Q='question', A='answer', T='statement', U='quote')

def blocks(text):
    return [b.strip() for b in re.split(r'\n[ \t]*\n', text.replace('\r\n', '\n')) if b.strip()]

def parse(path):
    fx, cur, blk = [], None, None
    for line in open(path, encoding='utf-8').read().split('\n'):
        if line.startswith('=== '):
            nn, topic, layout, lang = line[4:].split()
            cur = dict(nn=nn, topic=topic, layout=layout, lang=lang, hdr={}, blocks=[])
            fx.append(cur); blk = None
        elif line.startswith('--- '):
            parts = line[4:].split()
            blk = dict(kind=parts[0], spk=None, flag='', lines=[])
            for p in parts[1:]:
                if p in '+!': blk['flag'] = p
                else: blk['spk'] = p
            cur['blocks'].append(blk)
        elif blk is None and cur is not None and ':' in line:
            k, v = line.split(':', 1); cur['hdr'][k.strip()] = v.strip()
        elif blk is not None:
            blk['lines'].append(line)
    return fx

def build(f):
    h = f['hdr']
    sp = dict(x.split('=', 1) for x in h.get('sp', '').split(';') if '=' in x)
    sp = {k.strip(): v.strip() for k, v in sp.items()}
    texts, paras, turn, prev = [], [], 0, None
    for b in f['blocks']:
        t = '\n'.join(b['lines']).strip('\n')
        assert t.strip(), (f['nn'], b)
        assert not re.search(r'\n[ \t]*\n', t), (f['nn'], t[:60])
        kind = KIND[b['kind']]
        spk = sp[b['spk']] if b['spk'] else None
        if b['flag'] == '+': pass
        elif b['flag'] == '!': turn += 1
        elif prev and kind in ('answer', 'statement') and prev == (kind, spk): pass
        else: turn += 1
        prev = (kind, spk)
        texts.append(t)
        paras.append(dict(start=t.strip()[:50], turn=turn, kind=kind, speaker=spk))
    name = 'p72-%s-%s-%s' % (f['nn'], f['topic'], f['layout'])
    body = '\n\n'.join(texts) + '\n'
    assert [p['start'] for p in paras] == [b[:50] for b in blocks(body)], name
    ivr = h.get('interviewer') or None
    if ivr == 'null': ivr = None
    key = dict(file=name + '.txt', language=f['lang'], layout=f['layout'], title=h['title'],
               interviewer=ivr, interviewees=[x.strip() for x in h['interviewees'].split(';')],
               paragraphs=paras)
    if h.get('notes'): key['notes'] = h['notes']
    with open(os.path.join(HERE, name + '.txt'), 'w', encoding='utf-8') as o: o.write(body)
    with open(os.path.join(HERE, name + '.key.json'), 'w', encoding='utf-8') as o:
        json.dump(key, o, ensure_ascii=False, indent=1)
    return name, len(body.split())

if __name__ == '__main__':
    d = os.path.dirname(os.path.abspath(__file__))
    for p in sorted(glob.glob(os.path.join(d, '*.spec'))):
        for f in parse(p):
            n, w = build(f)
            print('%-55s %4d words %s' % (n, w, '' if 400 <= w <= 550 else '  <-- OUT OF RANGE'))
