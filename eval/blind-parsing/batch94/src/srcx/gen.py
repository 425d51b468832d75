#!/usr/bin/env python3
"""Build fixture texts and answer keys from specs/*.spec (stdlib only).

Spec: header lines '@field value', then blocks, each opened by '== KIND [SPEAKERCODE] [+]'.
KIND: L lead, D drop, S sidebar, Q question, A answer, T statement, U quote.
'+' = same turn as the previous block (continuation / label-alone block before its text).
Speaker codes are defined by '@sp CODE=Full Name'; '-' or nothing = null.
"""
import glob, json, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, '..', '..'))
KINDS = dict(L='lead', D='drop', S='sidebar', Q='question', A='answer', T='statement', U='quote')


def parse(path):
    meta, sp, blocks, cur = {}, {}, [], None
    for line in open(path, encoding='utf-8').read().split('\n'):
        if cur is None and line.startswith('@'):
            k, _, v = line[1:].partition(' ')
            if k == 'sp':
                c, _, n = v.partition('=')
                sp[c.strip()] = n.strip()
            else:
                meta[k] = v.strip()
            continue
        if line.startswith('== '):
            parts = line[3:].split()
            cur = {'kind': KINDS[parts[0]], 'code': None, 'cont': False, 'lines': []}
            for p in parts[1:]:
                if p == '+':
                    cur['cont'] = True
                elif p != '-':
                    cur['code'] = p
            blocks.append(cur)
            continue
        if cur is not None:
            cur['lines'].append(line)
    return meta, sp, blocks


def build(path):
    meta, sp, blocks = parse(path)
    texts, paras, turn = [], [], 0
    for b in blocks:
        lines = b['lines']
        while lines and not lines[0].strip():
            lines.pop(0)
        while lines and not lines[-1].strip():
            lines.pop()
        assert lines, (path, b)
        assert all(l.strip() for l in lines), ('blank line inside block', path, lines[0])
        text = '\n'.join(lines)
        turn = turn if (b['cont'] and turn) else turn + 1
        speaker = sp[b['code']] if b['code'] else None
        texts.append(text)
        paras.append({'start': text.strip()[:50], 'turn': turn, 'kind': b['kind'], 'speaker': speaker})
    sep = meta.get('sep', '\n\n').encode().decode('unicode_escape')
    body = sep.join(texts) + '\n'
    name = meta['file']
    with open(os.path.join(OUT, name + '.txt'), 'w', encoding='utf-8') as f:
        f.write(body)
    iv = meta.get('interviewer', 'null')
    key = {'file': name + '.txt', 'language': meta['language'], 'layout': meta['layout'], 'title': meta['title'],
           'interviewer': None if iv == 'null' else iv,
           'interviewees': [x.strip() for x in meta['interviewees'].split('|') if x.strip()],
           'paragraphs': paras}
    if meta.get('notes'):
        key['notes'] = meta['notes']
    with open(os.path.join(OUT, name + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
    return name, len(re.findall(r'\S+', body))


if __name__ == '__main__':
    rows = [build(p) for p in sorted(glob.glob(os.path.join(HERE, 'specs', '*.spec')))]
    with open(os.path.join(HERE, 'wordcounts.txt'), 'w') as f:
        for n, w in rows:
            flag = '' if 400 <= w <= 550 else '  OUT OF RANGE'
            f.write('%s.txt %d%s\n' % (n, w, flag))
        ws = [w for _, w in rows]
        if ws:
            f.write('files %d min %d max %d mean %.1f\n' % (len(ws), min(ws), max(ws), sum(ws) / len(ws)))
    print(open(os.path.join(HERE, 'wordcounts.txt')).read())
