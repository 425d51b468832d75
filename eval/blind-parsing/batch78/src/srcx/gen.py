#!/usr/bin/env python3
"""Build p78 fixtures + keys from the block-annotated sources in this folder (stdlib only).

Source format: '=== stem | lang | layout' starts a fixture; 'key: value' meta lines
(title, interviewer, interviewees 'A=Full Name; B=Full Name', alias 'X=Name', notes) until '--';
then blocks, each opened by '@K[+] [alias]' (K in L D S Q A T U; '+' = same turn as previous block).
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(os.path.dirname(HERE))
KIND = dict(L='lead', D='drop', S='sidebar', Q='question', A='answer', T='statement', U='quote')
HDR = re.compile(r'^@([LDSQATU])(\+?)(?:[ \t]+(\S.*))?$')


def blocks(text):
    return [b.strip() for b in re.split(r'\n[ \t]*\n', text.replace('\r\n', '\n')) if b.strip()]


def parse(src):
    fixtures, cur, mode = [], None, None
    for line in src.split('\n'):
        if line.startswith('=== '):
            stem, lang, layout = [x.strip() for x in line[4:].split('|')]
            cur = dict(stem=stem, lang=lang, layout=layout, meta={}, alias={}, blocks=[])
            fixtures.append(cur); mode = 'meta'; continue
        if cur is None:
            continue
        if mode == 'meta':
            if line.strip() == '--':
                mode = 'body'; continue
            if not line.strip():
                continue
            k, v = line.split(':', 1); k = k.strip(); v = v.strip()
            if k in ('interviewer', 'interviewees', 'alias'):
                for part in [p.strip() for p in v.split(';') if p.strip()]:
                    if '=' in part:
                        a, n = part.split('=', 1); cur['alias'][a.strip()] = n.strip()
                        name = n.strip()
                    else:
                        name = part
                    if k == 'interviewer':
                        cur['meta']['interviewer'] = None if name == 'null' else name
                    elif k == 'interviewees':
                        cur['meta'].setdefault('interviewees', []).append(name)
            else:
                cur['meta'][k] = v
            continue
        m = HDR.match(line)
        if m:
            cur['blocks'].append(dict(k=m.group(1), cont=bool(m.group(2)), sp=m.group(3), lines=[]))
        elif cur['blocks']:
            cur['blocks'][-1]['lines'].append(line.rstrip())
    return fixtures


def build(fx):
    meta = fx['meta']
    iv = meta.get('interviewer')
    ees = meta.get('interviewees', [])
    texts, paras, turn = [], [], 0
    for b in fx['blocks']:
        t = '\n'.join(b['lines']).strip('\n')
        assert t.strip(), (fx['stem'], 'empty block')
        assert not re.search(r'\n[ \t]*\n', t), (fx['stem'], 'blank line inside block', t[:60])
        kind = KIND[b['k']]
        if b['sp'] == '-':
            sp = None
        elif b['sp']:
            sp = fx['alias'].get(b['sp'], b['sp'])
        elif kind == 'question':
            sp = iv
        elif kind == 'answer':
            assert len(ees) == 1, (fx['stem'], 'answer needs speaker', t[:40])
            sp = ees[0]
        else:
            sp = None
        if kind in ('lead', 'drop', 'sidebar', 'quote'):
            assert sp is None, (fx['stem'], t[:40])
        if not b['cont'] or turn == 0:
            turn += 1
        texts.append(t)
        paras.append(dict(start=t.strip()[:50], turn=turn, kind=kind, speaker=sp))
    text = '\n\n'.join(texts) + '\n'
    bl = blocks(text)
    assert len(bl) == len(paras), (fx['stem'], len(bl), len(paras))
    for b, p in zip(bl, paras):
        p['start'] = b[:50]
    tag = fx['stem'].split('-', 3)[3]  # p78-NN-topic-LAYOUT -> LAYOUT tag
    key = dict(file=fx['stem'] + '.txt', language=fx['lang'], layout=tag, title=meta['title'],
               interviewer=iv, interviewees=ees, paragraphs=paras)
    key['notes'] = ('Layout: %s. ' % fx['layout']) + meta.get('notes', '')
    assert meta['title'] in text.replace('\n', ' ') or meta['title'] in text, (fx['stem'], 'title not in text')
    for n in ([iv] if iv else []) + ees:
        if n.lower() not in text.replace('\n', ' ').lower():
            print('  note: %s: name %r not verbatim in text' % (fx['stem'], n))
    return text, key, len(text.split())


def main():
    allfx = []
    for path in sorted(glob.glob(os.path.join(HERE, '*.src'))):
        with open(path, encoding='utf-8') as f:
            allfx += parse(f.read())
    counts, seen = [], {}
    for fx in allfx:
        text, key, wc = build(fx)
        with open(os.path.join(OUT, fx['stem'] + '.txt'), 'w', encoding='utf-8') as f:
            f.write(text)
        with open(os.path.join(OUT, fx['stem'] + '.key.json'), 'w', encoding='utf-8') as f:
            json.dump(key, f, ensure_ascii=False, indent=1); f.write('\n')
        flag = '' if 400 <= wc <= 550 else '  <-- WORDS OUT OF RANGE'
        print('%-45s %s %4d words %3d blocks%s' % (fx['stem'], fx['lang'], wc, len(key['paragraphs']), flag))
        counts.append(wc)
        for n in ([key['interviewer']] if key['interviewer'] else []) + key['interviewees']:
            seen.setdefault(n, []).append(fx['stem'])
    for n, s in seen.items():
        if len(s) > 1:
            print('NAME REUSED', n, s)
    if counts:
        print('files %d  words min %d max %d mean %.1f' % (len(counts), min(counts), max(counts), sum(counts) / len(counts)))


if __name__ == '__main__':
    main()
