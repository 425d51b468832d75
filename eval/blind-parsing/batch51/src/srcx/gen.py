#!/usr/bin/env python3
"""Tagged source (*.src) -> interview .txt + .key.json (stdlib only).
Header lines 'field: value' until '===' ; body: tag lines '@kind [Name]' then block text.
Tags: @lead @drop @sidebar @quote (new turn, no speaker); @q [Name] (default interviewer);
@a [Name] (default first interviewee); @st [Name|-] statement; @+ continuation (same turn/kind/speaker)."""
import json, os, re, sys, glob

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(os.path.dirname(HERE))


def parse(path):
    head, body = open(path, encoding='utf-8').read().split('\n===\n', 1)
    h = {}
    for line in head.strip().split('\n'):
        k, v = line.split(':', 1)
        h[k.strip()] = v.strip()
    blocks, cur = [], None
    for line in body.split('\n'):
        if line.startswith('@') and not line.startswith('@@'):
            cur = [line[1:].strip(), []]
            blocks.append(cur)
        else:
            if line.startswith('@@'):
                line = line[1:]
            cur[1].append(line)
    return h, blocks


def build(path):
    h, blocks = parse(path)
    interviewer = None if h['interviewer'] in ('', 'null') else h['interviewer']
    interviewees = [x.strip() for x in h['interviewees'].split(';') if x.strip()]
    names = interviewees + ([interviewer] if interviewer else [])

    def resolve(n):
        if not n:
            return None
        if n == '-':
            return None
        hits = [x for x in names if x == n] or [x for x in names if n in x]
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            sys.exit('%s: ambiguous %r' % (path, n))
        return n

    texts, paras, turn, last = [], [], 0, None
    for tag, lines in blocks:
        text = '\n'.join(lines).strip('\n')
        assert text.strip(), (path, tag)
        assert not re.search(r'\n[ \t]*\n', text), (path, tag, text[:60])
        kind, _, arg = tag.partition(' ')
        arg = arg.strip()
        if kind == '+':
            assert last, path
            k, sp = last
        else:
            k = {'q': 'question', 'a': 'answer', 'st': 'statement'}.get(kind, kind)
            assert k in ('lead', 'drop', 'sidebar', 'quote', 'question', 'answer', 'statement'), (path, tag)
            if k == 'question':
                sp = resolve(arg) if arg else interviewer
            elif k == 'answer':
                sp = resolve(arg) if arg else interviewees[0]
            elif k == 'statement':
                sp = resolve(arg)
            else:
                assert not arg, (path, tag)
                sp = None
            turn += 1
        last = (k, sp)
        texts.append(text)
        b = text.strip()
        paras.append({'start': b[:50], 'turn': turn, 'kind': k, 'speaker': sp})
    full = '\n\n'.join(texts) + '\n'
    wc = len(full.split())
    stem = h['file']
    key = {'file': stem + '.txt', 'language': h['language'], 'layout': h['layout'], 'title': h['title'],
           'interviewer': interviewer, 'interviewees': interviewees, 'paragraphs': paras}
    if h.get('notes'):
        key['notes'] = h['notes']
    for p in paras:
        if p['speaker'] and p['speaker'] not in full and p['speaker'] not in names:
            print('WARN speaker not in text', stem, p['speaker'])
    for n in names:
        if n not in full:
            print('WARN name not literally in text', stem, n)
    if h['title'] not in full:
        print('WARN title not in text', stem)
    with open(os.path.join(OUT, stem + '.txt'), 'w', encoding='utf-8') as f:
        f.write(full)
    with open(os.path.join(OUT, stem + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
        f.write('\n')
    flag = '' if 400 <= wc <= 900 else '  <-- WORDS OUT OF RANGE'
    print('%-55s %-2s %4d words %3d blocks%s' % (stem, h['language'], wc, len(paras), flag))
    return wc


if __name__ == '__main__':
    files = sys.argv[1:] or sorted(glob.glob(os.path.join(HERE, '*.src')))
    for p in files:
        build(p)
