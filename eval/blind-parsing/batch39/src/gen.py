#!/usr/bin/env python3
"""Generate the b39 interview files and their answer keys from src/s/*.src (stdlib only).

Source format: header lines `field: value` up to a line `====`; then blocks, each opened by a line
`%% KIND [SPEAKER] [!]`.  KIND is lead/drop/sidebar/quote/q/a/st.  `q` defaults to the interviewer,
`a` to the first interviewee, `st` to null; a SPEAKER of `-` means null; a trailing `!` forces a new
turn.  Turns: +1 for each block, except that a q/a/st block whose kind and speaker equal those of the
immediately preceding block continues that turn (continuation paragraphs, label alone on its line).
"""
import json, os, re, sys

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(SRC)
KMAP = {'lead': 'lead', 'drop': 'drop', 'sidebar': 'sidebar', 'quote': 'quote',
        'q': 'question', 'a': 'answer', 'st': 'statement'}


def blocks(text):
    return [b.strip() for b in re.split(r'\n[ \t]*\n', text.replace('\r\n', '\n')) if b.strip()]


def parse(path):
    with open(path, encoding='utf-8') as f:
        raw = f.read()
    head, body = raw.split('\n====\n', 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(':', 1)
            meta[k.strip()] = v.strip()
    items, cur = [], None
    for line in body.split('\n'):
        if line.startswith('%% '):
            parts = line[3:].strip()
            force = parts.endswith(' !')
            if force:
                parts = parts[:-2].strip()
            kind, _, sp = parts.partition(' ')
            cur = {'kind': kind, 'sp': sp.strip() or None, 'force': force, 'lines': []}
            items.append(cur)
        else:
            cur['lines'].append(line)
    return meta, items


def build(path):
    meta, items = parse(path)
    interviewer = None if meta['interviewer'] in ('', 'null') else meta['interviewer']
    interviewees = [x.strip() for x in meta['interviewees'].split('|') if x.strip()]
    texts, paras = [], []
    prev = None
    turn = 0
    for it in items:
        kind = KMAP[it['kind']]
        sp = it['sp']
        if sp == '-':
            sp = None
        elif sp is None:
            sp = {'question': interviewer, 'answer': interviewees[0] if interviewees else None}.get(kind)
        if kind in ('lead', 'drop', 'sidebar', 'quote'):
            sp = None
        txt = '\n'.join(it['lines']).strip('\n')
        assert txt.strip(), (path, it)
        assert not re.search(r'\n[ \t]*\n', txt), ('blank line inside block', path, txt[:60])
        cont = (prev is not None and not it['force'] and kind in ('question', 'answer', 'statement')
                and prev[0] == kind and prev[1] == sp)
        turn = turn if cont else turn + 1
        prev = (kind, sp)
        texts.append(txt)
        b = txt.strip()
        paras.append({'start': b[:50], 'turn': turn, 'kind': kind, 'speaker': sp})
    text = '\n\n'.join(texts) + '\n'
    got = blocks(text)
    assert got == [t.strip() for t in texts], path
    key = {'file': meta['file'], 'language': meta['language'], 'layout': meta['layout'],
           'title': meta['title'], 'interviewer': interviewer, 'interviewees': interviewees,
           'paragraphs': paras}
    if meta.get('notes'):
        key['notes'] = meta['notes']
    stem = os.path.splitext(meta['file'])[0]
    with open(os.path.join(OUT, meta['file']), 'w', encoding='utf-8') as f:
        f.write(text)
    with open(os.path.join(OUT, stem + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
        f.write('\n')
    return meta, key


README_HEAD = open(os.path.join(SRC, 'readme_head.md'), encoding='utf-8').read() \
    if os.path.exists(os.path.join(SRC, 'readme_head.md')) else ''


def main():
    rows = []
    for name in sorted(os.listdir(os.path.join(SRC, 's'))):
        if name.endswith('.src'):
            meta, key = build(os.path.join(SRC, 's', name))
            rows.append((meta['file'], meta['language'], meta['layout'], meta.get('tricky', '')))
    if README_HEAD:
        out = [README_HEAD.rstrip('\n'), '', '## The 30 files', '',
               '| file | lang | layout | what is tricky |', '|---|---|---|---|']
        for r in rows:
            out.append('| %s |' % ' | '.join(x.replace('|', '/') for x in r))
        with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8') as f:
            f.write('\n'.join(out) + '\n')
    de = sum(1 for r in rows if r[1] == 'de')
    print('%d files written (%d de, %d en)' % (len(rows), de, len(rows) - de))


if __name__ == '__main__':
    main()
