#!/usr/bin/env python3
"""Generate fixture texts and answer keys from tagged sources (stdlib only).

Source format (one file per fixture, src/srcx/NN.src):
  header lines `name: value` until a line `===`
    file, lang, layout, title, interviewer (empty = null), interviewees (`;`-separated),
    notes, sep (`blank` default | `spaces` | `triple`), crlf (yes/no),
    alias lines: `alias X = Full Name` (alias used in block tags)
  then blocks, each opened by a tag line `%% KIND [ALIAS] [+]`
    KIND: l=lead d=drop s=sidebar q=question a=answer st=statement qt=quote
    ALIAS: key of alias map; omitted or `-` = null speaker
    `+` : continuation of the previous block's turn (same speaker turn)
  Block text = lines up to the next tag line, trailing/leading blank lines removed.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(os.path.dirname(HERE))
KINDS = {'l': 'lead', 'd': 'drop', 's': 'sidebar', 'q': 'question', 'a': 'answer',
         'st': 'statement', 'qt': 'quote'}


def blocks(text):  # identical to verify.py
    return [b.strip() for b in re.split(r'\n[ \t]*\n', text.replace('\r\n', '\n')) if b.strip()]


def parse(path):
    raw = open(path, encoding='utf-8').read()
    head, body = raw.split('\n===\n', 1)
    meta, alias = {}, {'-': None}
    for line in head.splitlines():
        if not line.strip():
            continue
        if line.startswith('alias '):
            k, v = line[6:].split('=', 1)
            alias[k.strip()] = v.strip()
        else:
            k, v = line.split(':', 1)
            meta[k.strip()] = v.strip()
    items, cur = [], None
    for line in body.split('\n'):
        if line.startswith('%% '):
            parts = line[3:].split()
            kind = KINDS[parts[0]]
            cont = '+' in parts[1:]
            al = [p for p in parts[1:] if p != '+']
            sp = alias[al[0]] if al else None
            cur = {'kind': kind, 'speaker': sp, 'cont': cont, 'lines': []}
            items.append(cur)
        else:
            cur['lines'].append(line)
    for it in items:
        txt = '\n'.join(it['lines']).strip('\n')
        it['text'] = txt
    return meta, items


VOW = set('aeiouäöüyAEIOUÄÖÜY')


def hyph_split(word, room):
    """Split at a manual hyphenation point '~' (or an existing hyphen) so that the head fits in room."""
    best = None
    for k, ch in enumerate(word):
        if ch == '~' and len(word[:k].replace('~', '')) + 1 <= room:
            best = (word[:k].replace('~', '') + '-', word[k + 1:])
        elif ch == '-' and 0 < k < len(word) - 1 and len(word[:k + 1].replace('~', '')) <= room:
            best = (word[:k + 1].replace('~', ''), word[k + 1:])
    return best


def wrap(text, width):
    out = []
    for para_line in text.split('\n'):
        words, line = para_line.split(), ''
        while words:
            w = words.pop(0)
            cand = (line + ' ' + w) if line else w
            if len(cand.replace('~', '')) <= width:
                line = cand
                continue
            room = width - len(line.replace('~', '')) - (1 if line else 0)
            sp = hyph_split(w, room) if room > 3 else None
            if sp:
                out.append((line + ' ' + sp[0]) if line else sp[0])
                line = ''
                words.insert(0, sp[1])
            else:
                out.append(line)
                line = w.replace('~', '') if len(w.replace('~', '')) > width else w
        out.append(line)
    return '\n'.join(out).replace('~', '')


def build(path, taken):
    meta, items = parse(path)
    if meta.get('wrap'):
        for it in items:
            it['text'] = wrap(it['text'], int(meta['wrap']))
    for it in items:
        it['text'] = it['text'].replace('~', '')
    sep = {'blank': '\n\n', 'spaces': '\n   \n', 'triple': '\n\n\n'}[meta.get('sep', 'blank')]
    text = sep.join(it['text'] for it in items) + '\n'
    bl = blocks(text)
    assert len(bl) == len(items), (path, len(bl), len(items))
    paras, turn = [], 0
    for b, it in zip(bl, items):
        if not it['cont'] or turn == 0:
            turn += 1
        if it['kind'] in ('lead', 'drop', 'sidebar', 'quote'):
            assert it['speaker'] is None, (path, b[:40])
            assert not it['cont'], (path, b[:40])
        paras.append({'start': b[:50], 'turn': turn, 'kind': it['kind'], 'speaker': it['speaker']})
    fname = meta['file'] + '.txt'
    topic = meta['file'].split('-')[2]
    assert topic.lower() not in taken, topic
    key = {'file': fname, 'language': meta['lang'], 'layout': meta['layout'], 'title': meta['title'],
           'interviewer': meta.get('interviewer') or None,
           'interviewees': [x.strip() for x in meta.get('interviewees', '').split(';') if x.strip()],
           'paragraphs': paras}
    if meta.get('notes'):
        key['notes'] = meta['notes']
    for p in paras:
        if p['speaker']:
            assert p['speaker'] in text or p['speaker'] in key['interviewees'] or p['speaker'] == key['interviewer']
    assert key['title'] in text.replace('**', ''), (path, key['title'])
    if meta.get('crlf') == 'yes':
        text = text.replace('\n', '\r\n')
    with open(os.path.join(OUT, fname), 'w', encoding='utf-8', newline='') as f:
        f.write(text)
    with open(os.path.join(OUT, meta['file'] + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
        f.write('\n')
    return meta['file'], topic, len(text.split()), meta['lang']


def main():
    taken = open(os.path.join(OUT, 'src', 'topics-taken.txt'), encoding='utf-8').read().lower()
    srcs = sorted(f for f in os.listdir(HERE) if f.endswith('.src'))
    topics, counts = [], []
    for s in srcs:
        name, topic, wc, lang = build(os.path.join(HERE, s), taken)
        topics.append(topic)
        counts.append(wc)
        flag = '' if 430 <= wc <= 600 else '  <-- OUT OF RANGE'
        print('%-50s %s %4d%s' % (name, lang, wc, flag))
    assert len(set(topics)) == len(topics), 'topic reused'
    if counts:
        print('files %d  words min %d max %d mean %.1f' % (len(counts), min(counts), max(counts),
                                                          sum(counts) / len(counts)))
    print('topic check: %d topic words, none found in topics-taken.txt, all distinct' % len(topics))


if __name__ == '__main__':
    main()
