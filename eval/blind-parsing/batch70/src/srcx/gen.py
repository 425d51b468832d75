#!/usr/bin/env python3
"""Generate fixture text + key from tagged sources (*.src) in this folder. stdlib only.
Source: header lines '#field value', then '===', then blocks separated by blank lines.
Each block starts with 'tag|'. Tags: lead drop side quote q q0 a:AL st st:AL +
(q = question by the interviewer, q0 = question with speaker null, + = continuation of previous turn)."""
import json, os, re, sys, glob
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(os.path.dirname(HERE))
KMAP = {'lead': 'lead', 'drop': 'drop', 'side': 'sidebar', 'quote': 'quote', 'q': 'question', 'q0': 'question',
        'a': 'answer', 'st': 'statement'}

def parse(path):
    raw = open(path, encoding='utf-8').read()
    head, body = raw.split('\n===\n', 1)
    h = {'alias': {}}
    for line in head.splitlines():
        if not line.startswith('#'):
            continue
        k, _, v = line[1:].partition(' ')
        if k == 'alias':
            a, _, n = v.partition('=')
            h['alias'][a.strip()] = n.strip()
        else:
            h[k] = v.strip()
    blocks = [b for b in re.split(r'\n[ \t]*\n', body) if b.strip()]
    return h, blocks

def build(path):
    h, blocks = parse(path)
    al = h['alias']
    iv = h.get('interviewer') or None
    ivs = [al.get(x.strip(), x.strip()) for x in h.get('interviewees', '').split('|') if x.strip()]
    texts, paras, turn, prev = [], [], 0, None
    for b in blocks:
        m = re.match(r'([a-z0+]+)(?::([^|]+))?\|', b)
        assert m, (path, b[:60])
        tag, sp = m.group(1), m.group(2)
        txt = b[m.end():]
        txt = txt.lstrip(' ') if not txt.startswith('\n') else txt[1:]
        if tag == '+':
            kind, spk = prev
        else:
            kind = KMAP[tag]
            turn += 1
            spk = iv if (tag == 'q' and not sp) else (al.get(sp, sp) if sp else None)
        texts.append(txt)
        prev = (kind, spk)
        paras.append({'turn': turn, 'kind': kind, 'speaker': spk, '_t': txt})
    return h, iv, ivs, texts, paras

def main():
    wc = {}
    for path in sorted(glob.glob(os.path.join(HERE, '*.src'))):
        h, iv, ivs, texts, paras = build(path)
        text = '\n\n'.join(texts).rstrip('\n') + '\n'
        name = h['file']
        bl = [b.strip() for b in re.split(r'\n[ \t]*\n', text) if b.strip()]
        assert len(bl) == len(paras), (name, len(bl), len(paras))
        key = {'file': name + '.txt', 'language': h['lang'], 'layout': h['layout'], 'title': h['title'],
               'interviewer': iv, 'interviewees': ivs, 'paragraphs': []}
        for b, p in zip(bl, paras):
            key['paragraphs'].append({'start': b[:50], 'turn': p['turn'], 'kind': p['kind'], 'speaker': p['speaker']})
            if p['speaker']:
                assert p['speaker'].lower() in text.lower(), (name, p['speaker'])
        for n in ivs + ([iv] if iv else []):
            assert n.lower() in text.lower(), (name, n)
        assert h['title'] in text or h.get('titlecheck') == 'off', (name, h['title'])
        if h.get('notes'):
            key['notes'] = h['notes']
        open(os.path.join(OUT, name + '.txt'), 'w', encoding='utf-8').write(text)
        open(os.path.join(OUT, name + '.key.json'), 'w', encoding='utf-8').write(
            json.dumps(key, ensure_ascii=False, indent=1) + '\n')
        wc[name] = len(text.split())
    for n, c in wc.items():
        flag = '' if 430 <= c <= 600 else '  <-- OUT OF RANGE'
        print('%4d %s%s' % (c, n, flag))
    if wc:
        v = list(wc.values())
        print('n=%d min=%d max=%d mean=%.1f' % (len(v), min(v), max(v), sum(v) / len(v)))

if __name__ == '__main__':
    main()
