#!/usr/bin/env python3
"""Generate interview texts and their answer keys together from src/s/*.txt (stdlib only).

Source format: header lines "field: value" (file, language, layout, title, interviewer,
interviewees [';'-separated], notes [repeatable], tricky [README only]) followed by blocks.
Each block starts with a line "@@ KIND [SPEAKER ...] [+|*]":
  KIND  l=lead q=question a=answer s=statement d=drop sb=sidebar qu=quote
  SPEAKER defaults: q -> interviewer, a -> the only interviewee, others -> None; '-' = None
  '+' forces the same turn as the previous block (label alone on its own line, continued question),
  '*' forces a new turn.
Turn rules (conventions.md): lead/drop/sidebar/quote/question open a new turn; answer/statement
continue the turn when the previous block has the same kind and speaker, otherwise open a new one.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
KINDS = {'l': 'lead', 'q': 'question', 'a': 'answer', 's': 'statement', 'd': 'drop',
         'sb': 'sidebar', 'qu': 'quote'}


def split_blocks(text):
    return [b.strip() for b in re.split(r'\n[ \t]*\n', text.replace('\r\n', '\n')) if b.strip()]


def parse(path):
    meta, notes, blocks = {}, [], []
    cur = None
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    for ln in lines:
        if ln.startswith('@@ ') or ln == '@@':
            toks = ln[2:].split()
            flag = None
            if toks and toks[-1] in ('+', '*'):
                flag = toks.pop()
            kind = KINDS[toks[0]] if toks[0] in KINDS else toks[0]
            assert kind in KINDS.values(), (path, ln)
            sp = ' '.join(toks[1:]) or None
            cur = {'kind': kind, 'speaker': sp, 'flag': flag, 'lines': []}
            blocks.append(cur)
        elif cur is None:
            if not ln.strip():
                continue
            k, _, v = ln.partition(':')
            k, v = k.strip(), v.strip()
            if k == 'notes':
                notes.append(v)
            else:
                meta[k] = v
        else:
            cur['lines'].append(ln.rstrip())
    return meta, notes, blocks


def build(path):
    meta, notes, blocks = parse(path)
    interviewer = meta.get('interviewer') or None
    interviewees = [x.strip() for x in meta.get('interviewees', '').split(';') if x.strip()]
    texts, paras = [], []
    prev = None
    turn = 0
    for b in blocks:
        body = '\n'.join(b['lines']).strip('\n')
        assert body.strip(), (path, b)
        assert not re.search(r'\n[ \t]*\n', body), (path, 'blank line inside block', body[:60])
        kind, sp = b['kind'], b['speaker']
        if sp == '-':
            sp = None
        elif sp is None:
            if kind == 'question':
                sp = interviewer
            elif kind == 'answer':
                assert len(interviewees) == 1, (path, 'answer needs a speaker', body[:60])
                sp = interviewees[0]
        if kind in ('lead', 'drop', 'sidebar', 'quote'):
            sp = None
        if b['flag'] == '+':
            assert prev is not None
        elif b['flag'] == '*' or prev is None:
            turn += 1
        elif kind in ('lead', 'drop', 'sidebar', 'quote', 'question'):
            turn += 1
        elif not (prev['kind'] == kind and prev['speaker'] == sp):
            turn += 1
        p = {'start': body.strip()[:50], 'turn': turn, 'kind': kind, 'speaker': sp}
        paras.append(p)
        texts.append(body)
        prev = p
    text = '\n\n'.join(texts) + '\n'
    got = split_blocks(text)
    assert len(got) == len(paras), (path, len(got), len(paras))
    key = {'file': meta['file'], 'language': meta['language'], 'layout': meta['layout'],
           'title': meta['title'], 'interviewer': interviewer, 'interviewees': interviewees,
           'paragraphs': paras}
    if notes:
        key['notes'] = ' '.join(notes)
    names = set(interviewees) | ({interviewer} if interviewer else set())
    for p in paras:
        if p['speaker'] and p['speaker'] not in names:
            assert p['speaker'] in text, (path, p['speaker'])
    for n in names:
        assert n.lower() in text.lower() or n.split()[-1].lower() in text.lower(), (path, 'name not in text', n)
    assert meta['title'] in text, (path, 'title not in text')
    with open(os.path.join(OUT, meta['file']), 'w', encoding='utf-8') as f:
        f.write(text)
    stem = os.path.splitext(meta['file'])[0]
    with open(os.path.join(OUT, stem + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
        f.write('\n')
    return meta, key


def main():
    rows = []
    for fn in sorted(os.listdir(os.path.join(HERE, 's'))):
        if fn.endswith('.txt'):
            meta, key = build(os.path.join(HERE, 's', fn))
            rows.append((meta['file'], meta['language'], meta['layout'], meta.get('tricky', ''),
                         len(key['paragraphs'])))
    with open(os.path.join(HERE, 'table.md'), 'w', encoding='utf-8') as f:
        f.write('| file | lang | layout | blocks | what is tricky |\n|---|---|---|---|---|\n')
        for r in rows:
            f.write('| %s | %s | %s | %d | %s |\n' % (r[0], r[1], r[2], r[4], r[3]))
    print('%d interviews written' % len(rows))


if __name__ == '__main__':
    main()
