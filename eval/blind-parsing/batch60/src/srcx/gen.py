#!/usr/bin/env python3
"""Generate interview text + key from one tagged source (stdlib only).

Source format:  header lines "field: value" up to a line "===", then blocks,
each introduced by a tag line:  @kind[+] [alias|-]
kinds: lead drop side q a st quote.  '+' = same turn as previous block.
q defaults to the interviewer; '-' = speaker null. alias resolved via 'alias:' header.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(os.path.dirname(HERE))
KMAP = {'lead': 'lead', 'drop': 'drop', 'side': 'sidebar', 'q': 'question', 'a': 'answer',
        'st': 'statement', 'quote': 'quote'}


def build(path):
    raw = open(path, encoding='utf-8').read()
    head, body = raw.split('\n===\n', 1)
    h = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(':', 1)
            h[k.strip()] = v.strip()
    alias = {}
    for part in h.get('alias', '').split(';'):
        if '=' in part:
            a, n = part.split('=', 1)
            alias[a.strip()] = n.strip()
    interviewer = None if h['interviewer'] in ('null', '') else h['interviewer']
    interviewees = [x.strip() for x in h['interviewees'].split(';') if x.strip()]
    blocks, paras = [], []
    cur = None
    items = []
    for line in body.splitlines():
        if line.startswith('@'):
            cur = [line[1:].split(None, 1), []]
            items.append(cur)
        else:
            assert cur is not None, line
            cur[1].append(line)
    turn = 0
    prev = None
    for tag, lines in items:
        kind = tag[0]
        arg = tag[1].strip() if len(tag) > 1 else None
        cont = kind.endswith('+')
        kind = kind.rstrip('+')
        assert kind in KMAP, (path, kind)
        k = KMAP[kind]
        text = '\n'.join(lines).strip('\n')
        text = '\n'.join(l.rstrip() for l in text.split('\n'))
        assert text.strip(), (path, tag)
        assert not re.search(r'\n[ \t]*\n', text), (path, 'blank line inside block', text[:60])
        if k in ('lead', 'drop', 'sidebar', 'quote'):
            assert arg is None and not cont, (path, tag)
            sp = None
        elif arg == '-':
            sp = None
        elif arg:
            sp = alias.get(arg, arg)
        elif k == 'question':
            sp = interviewer
        elif k == 'statement':
            sp = None
        else:
            raise AssertionError((path, 'answer without speaker', text[:40]))
        if cont:
            assert prev and prev['kind'] == k and prev['speaker'] == sp, (path, 'bad continuation', text[:50])
        else:
            turn += 1
        if sp is not None:
            assert sp in interviewees or sp == interviewer or sp in body, (path, 'speaker not in names or text', sp)
        p = {'start': text.strip()[:50], 'turn': turn, 'kind': k, 'speaker': sp}
        blocks.append(text)
        paras.append(p)
        prev = p
    txt = '\n\n'.join(blocks) + '\n'
    key = {'file': h['file'], 'language': h['language'], 'layout': h['layout'], 'title': h['title'],
           'interviewer': interviewer, 'interviewees': interviewees, 'paragraphs': paras}
    if h.get('notes'):
        key['notes'] = h['notes']
    assert h['title'] in txt, (path, 'title not in text')
    with open(os.path.join(OUT, h['file']), 'w', encoding='utf-8') as f:
        f.write(txt)
    with open(os.path.join(OUT, os.path.splitext(h['file'])[0] + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
        f.write('\n')
    words = len(re.findall(r'\w+', txt))
    return h['file'], words


if __name__ == '__main__':
    srcs = sorted(f for f in os.listdir(HERE) if f.endswith('.src'))
    for s in srcs:
        fn, w = build(os.path.join(HERE, s))
        flag = '' if 400 <= w <= 900 else '  <-- OUT OF RANGE'
        print('%-55s %4d words%s' % (fn, w, flag))
