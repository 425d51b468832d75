#!/usr/bin/env python3
"""Generate b50 interview fixtures + answer keys from tagged .src files (stdlib only).

Source format: header lines '@field value' (file, language, layout, title, interviewer, interviewees, notes),
then blocks, each introduced by a tag line '## [+]kind [speaker]'. '+' = same turn as the previous block.
Speaker omitted or '-' = null. interviewees separated by ' | '. interviewer 'null' = None.
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(os.path.dirname(HERE))


def parse(path):
    head, blocks, cur = {}, [], None
    for line in open(path, encoding='utf-8').read().split('\n'):
        if cur is None and line.startswith('@'):
            k, _, v = line[1:].partition(' ')
            head[k] = v.strip()
            continue
        m = re.match(r'^## (\+?)(\w+)(?: (.+))?$', line)
        if m:
            cur = {'same': bool(m.group(1)), 'kind': m.group(2),
                   'speaker': None if m.group(3) in (None, '-') else m.group(3).strip(), 'lines': []}
            blocks.append(cur)
            continue
        if cur is not None:
            cur['lines'].append(line)
    return head, blocks


def build(path):
    head, blocks = parse(path)
    texts, paras, turn = [], [], 0
    for b in blocks:
        t = '\n'.join(b['lines']).strip()
        assert t, (path, b)
        assert not re.search(r'\n[ \t]*\n', t), (path, 'blank line inside block', t[:60])
        turn = turn if (b['same'] and turn) else turn + 1
        texts.append(t)
        paras.append({'start': t[:50], 'turn': turn, 'kind': b['kind'], 'speaker': b['speaker']})
    body = '\n\n'.join(texts) + '\n'
    name = head['file']
    iv = head.get('interviewer', 'null')
    key = {'file': name + '.txt', 'language': head['language'], 'layout': head['layout'],
           'title': head['title'], 'interviewer': None if iv == 'null' else iv,
           'interviewees': [x.strip() for x in head.get('interviewees', '').split('|') if x.strip()],
           'paragraphs': paras}
    if head.get('notes'):
        key['notes'] = head['notes']
    with open(os.path.join(OUT, name + '.txt'), 'w', encoding='utf-8') as f:
        f.write(body)
    with open(os.path.join(OUT, name + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
    words = len(body.split())
    print('%-60s %4d words %3d blocks%s' % (name, words, len(texts), '' if 400 <= words <= 900 else '  <-- LENGTH'))


if __name__ == '__main__':
    for p in sorted(glob.glob(os.path.join(HERE, '*.src'))):
        build(p)
