#!/usr/bin/env python3
"""Generate fixture texts and answer keys from specs/*.spec (stdlib only).

Spec format: header lines '#field: value' (file, lang, layout, title, who, interviewer, interviewees, notes),
then blocks, each introduced by a line '== KIND[+] [ALIAS]'. KIND is lead/drop/side/q/a/st/quote;
'+' means the block continues the previous turn. ALIAS refers to '#who: A=Full Name; B=Other Name'.
Block text is written verbatim (internal single newlines kept); blocks are joined by one blank line.
"""
import glob, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(os.path.dirname(HERE))
KIND = {'lead': 'lead', 'drop': 'drop', 'side': 'sidebar', 'q': 'question', 'a': 'answer',
        'st': 'statement', 'quote': 'quote'}


def blocks(text):
    return [b.strip() for b in re.split(r'\n[ \t]*\n', text.replace('\r\n', '\n')) if b.strip()]


def parse(path):
    head, items, cur = {}, [], None
    for line in open(path, encoding='utf-8').read().split('\n'):
        if cur is None and line.startswith('#') and ':' in line:
            k, v = line[1:].split(':', 1)
            head[k.strip()] = v.strip()
            continue
        m = re.match(r'^== (\w+)(\+?)(?: (\S+))?\s*$', line)
        if m:
            cur = {'kind': m.group(1), 'cont': bool(m.group(2)), 'alias': m.group(3), 'lines': []}
            items.append(cur)
        elif cur is not None:
            cur['lines'].append(line)
    return head, items


def build(path):
    head, items = parse(path)
    who = {}
    for part in head.get('who', '').split(';'):
        if '=' in part:
            a, n = part.split('=', 1)
            who[a.strip()] = n.strip()
    texts, paras, turn = [], [], 0
    for it in items:
        body = '\n'.join(it['lines']).strip('\n')
        body = '\n'.join(l.rstrip() for l in body.split('\n'))
        assert body.strip(), (path, it)
        assert not re.search(r'\n[ \t]*\n', body), ('blank line inside block', path, body[:60])
        kind = KIND[it['kind']]
        if not it['cont'] or turn == 0:
            turn += 1
        sp = who[it['alias']] if it['alias'] and it['alias'] != '-' else None
        texts.append(body)
        paras.append({'turn': turn, 'kind': kind, 'speaker': sp})
    text = '\n\n'.join(texts) + '\n'
    bl = blocks(text)
    assert len(bl) == len(paras), (path, len(bl), len(paras))
    for b, p in zip(bl, paras):
        p['start'] = b[:50]
    paras = [{'start': p['start'], 'turn': p['turn'], 'kind': p['kind'], 'speaker': p['speaker']} for p in paras]
    iv = head.get('interviewer', '-')
    key = {'file': head['file'], 'language': head['lang'], 'layout': head['layout'], 'title': head['title'],
           'interviewer': who.get(iv) if iv != '-' else None,
           'interviewees': [who[a.strip()] for a in head.get('interviewees', '').split(',') if a.strip()],
           'paragraphs': paras}
    if head.get('notes'):
        key['notes'] = head['notes']
    stem = os.path.splitext(head['file'])[0]
    with open(os.path.join(OUT, head['file']), 'w', encoding='utf-8') as f:
        f.write(text)
    with open(os.path.join(OUT, stem + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
        f.write('\n')
    return head['file'], len(text.split())


def main():
    rows = [build(p) for p in sorted(glob.glob(os.path.join(HERE, 'specs', '*.spec')))]
    with open(os.path.join(HERE, 'wordcounts.txt'), 'w') as f:
        for name, n in rows:
            flag = '' if 400 <= n <= 550 else '  OUT OF RANGE'
            f.write('%s %d%s\n' % (name, n, flag))
        ns = [n for _, n in rows]
        if ns:
            f.write('min %d max %d mean %.1f files %d\n' % (min(ns), max(ns), sum(ns) / len(ns), len(ns)))
    print(open(os.path.join(HERE, 'wordcounts.txt')).read())


if __name__ == '__main__':
    main()
