#!/usr/bin/env python3
"""Build p83 fixtures + keys from src/srcx/specs/*.spec (stdlib only).
Spec: header lines 'field: value' until '===', then blocks introduced by
'@K[+] [alias]:: text' (K in L D S Q A T U; '+' = same turn as previous block).
Text continues on following lines (hard line breaks kept) until the next '@' tag."""
import json, os, re, sys, glob
HERE = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
KIND = dict(L='lead', D='drop', S='sidebar', Q='question', A='answer', T='statement', U='quote')
TAG = re.compile(r'^@([LDSQATU])(\+?)(?: ([^:]*?))?::(?: ?)(.*)$')

def blocks(text):
    return [b.strip() for b in re.split(r'\n[ \t]*\n', text.replace('\r\n', '\n')) if b.strip()]

def hyphwrap(t, width):
    out, cur = [], ''
    for w in t.split(' '):
        cand = (cur + ' ' + w) if cur else w
        if len(cand.replace('~', '')) <= width:
            cur = cand
            continue
        parts = w.split('~')
        done = False
        for i in range(len(parts) - 1, 0, -1):
            head = ''.join(parts[:i]) + '-'
            c2 = (cur + ' ' + head) if cur else head
            if len(c2.replace('~', '')) <= width:
                out.append(c2)
                cur = '~'.join(parts[i:])
                done = True
                break
        if not done:
            out.append(cur)
            cur = w
    out.append(cur)
    return '\n'.join(x.replace('~', '') for x in out if x)


def build(path):
    src = open(path, encoding='utf-8').read()
    head, body = src.split('\n===\n', 1)
    meta, alias = {}, {}
    for line in head.splitlines():
        if not line.strip():
            continue
        k, v = line.split(':', 1)
        v = v.strip()
        if k == 'alias':
            for part in v.split(';'):
                a, n = part.split('=', 1)
                alias[a.strip()] = n.strip()
        else:
            meta[k.strip()] = v
    items = []
    for line in body.splitlines():
        m = TAG.match(line)
        if m:
            items.append([m.group(1), m.group(2) == '+', (m.group(3) or '').strip(), [m.group(4)]])
        elif items:
            items[-1][3].append(line)
        elif line.strip():
            raise SystemExit('%s: text before first tag: %r' % (path, line))
    paras, texts, turn = [], [], 0
    width = int(meta.get('wrap', '0'))
    for k, plus, sp, lines in items:
        t = '\n'.join(lines).strip()
        if width and k != 'D' and '\n' not in t:
            t = hyphwrap(t, width)
        t = t.replace('~', '')
        assert t, (path, k, sp)
        assert not re.search(r'\n[ \t]*\n', t), (path, t[:60])
        sp = alias.get(sp, sp) or None
        turn = turn if (plus and turn) else turn + 1
        texts.append(t)
        paras.append({'start': t[:50], 'turn': turn, 'kind': KIND[k], 'speaker': sp})
    text = '\n\n'.join(texts) + '\n'
    assert [p['start'] for p in paras] == [b[:50] for b in blocks(text)], path
    iv = meta.get('interviewer', 'null')
    key = {'file': meta['file'] + '.txt', 'language': meta['lang'], 'layout': meta['layout'],
           'title': meta['title'], 'interviewer': None if iv == 'null' else iv,
           'interviewees': [x.strip() for x in meta['interviewees'].split(';')],
           'paragraphs': paras}
    if meta.get('notes'):
        key['notes'] = meta['notes']
    with open(os.path.join(HERE, meta['file'] + '.txt'), 'w', encoding='utf-8') as f:
        f.write(text)
    with open(os.path.join(HERE, meta['file'] + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
    return meta['file'], len(text.split())

if __name__ == '__main__':
    specs = sorted(glob.glob(os.path.join(HERE, 'src', 'srcx', 'specs', '*.spec')))
    wc = []
    for s in specs:
        name, n = build(s)
        wc.append(n)
        flag = '' if 400 <= n <= 550 else '  <-- OUT OF RANGE'
        print('%-50s %4d words%s' % (name, n, flag))
    if wc:
        print('files %d  min %d  max %d  mean %.1f' % (len(wc), min(wc), max(wc), sum(wc) / len(wc)))
