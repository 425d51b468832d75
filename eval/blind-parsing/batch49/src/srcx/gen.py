#!/usr/bin/env python3
"""Generate article + key from tagged source files NN.src (stdlib only).

Source format: header lines '@field value' (file, lang, layout, title, interviewer, interviewees
separated by ' | ', notes), then blocks introduced by '## kind [speaker]'. A kind prefixed with '+'
continues the previous turn (continuation paragraph, or text following a label-alone block).
Speaker omitted -> null.
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, '..', '..'))
KINDS = {'lead', 'question', 'answer', 'statement', 'sidebar', 'quote', 'drop'}


def parse(path):
    head, blocks, cur = {}, [], None
    for line in open(path, encoding='utf-8').read().split('\n'):
        if cur is None and line.startswith('@'):
            k, _, v = line[1:].partition(' ')
            head[k] = v.strip()
            continue
        m = re.match(r'^## (\+?)(\w+)(?: (.+))?$', line)
        if m:
            cur = {'cont': bool(m.group(1)), 'kind': m.group(2), 'speaker': (m.group(3) or '').strip() or None,
                   'lines': []}
            blocks.append(cur)
            continue
        if cur is not None:
            cur['lines'].append(line)
    return head, blocks


def build(path):
    head, blocks = parse(path)
    texts, paras, turn = [], [], 0
    for i, b in enumerate(blocks):
        t = '\n'.join(b['lines']).strip('\n')
        assert t.strip(), '%s: empty block %d' % (path, i)
        assert not re.search(r'\n[ \t]*\n', t), '%s: blank line inside block %d: %r' % (path, i, t[:40])
        assert b['kind'] in KINDS, '%s: bad kind %s' % (path, b['kind'])
        if not b['cont'] or i == 0:
            turn += 1
        texts.append(t)
        paras.append({'start': t.strip()[:50], 'turn': turn, 'kind': b['kind'], 'speaker': b['speaker']})
    text = '\n\n'.join(texts) + '\n'
    iv = head.get('interviewer', '-')
    key = {'file': head['file'] + '.txt', 'language': head['lang'], 'layout': head['layout'],
           'title': head['title'], 'interviewer': None if iv in ('-', '', 'null') else iv,
           'interviewees': [x.strip() for x in head.get('interviewees', '').split('|') if x.strip()],
           'paragraphs': paras}
    if head.get('notes'):
        key['notes'] = head['notes']
    names = set(key['interviewees']) | ({key['interviewer']} if key['interviewer'] else set())
    for p in paras:
        if p['speaker'] and p['speaker'] not in names and p['speaker'] not in text:
            print('WARN %s: speaker %s not in names/text' % (path, p['speaker']))
    words = len(text.split())
    with open(os.path.join(OUT, key['file']), 'w', encoding='utf-8') as f:
        f.write(text)
    with open(os.path.join(OUT, head['file'] + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
        f.write('\n')
    flag = '' if 400 <= words <= 900 else '  <-- WORDS OUT OF RANGE'
    print('%-60s %4d words %3d blocks%s' % (key['file'], words, len(texts), flag))


if __name__ == '__main__':
    for p in sorted(glob.glob(os.path.join(HERE, '*.src'))) if len(sys.argv) < 2 else sys.argv[1:]:
        build(p)
