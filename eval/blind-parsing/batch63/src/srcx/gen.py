#!/usr/bin/env python3
"""Generate p63 fixtures (.txt + .key.json) from tagged sources *.src (stdlib only).

Source format: header lines '#field value' (file, language, layout, title, interviewer, interviewees
separated by ';', notes), a line '====', then blocks. Each block starts with a tag line
'@kind [speaker]' (kind: lead drop side q a st quote; '+' before kind = same turn as previous block);
the block text follows until the next tag line. q defaults to the interviewer; 'q -' = speaker null.
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(os.path.dirname(HERE))
KIND = {'lead': 'lead', 'drop': 'drop', 'side': 'sidebar', 'q': 'question', 'a': 'answer',
        'st': 'statement', 'quote': 'quote'}
COMMON = ("Batch-wide decisions (see README): every statement block is its own turn; an answer resumed after "
          "page furniture (running head/folio) or an interjection is a new turn with the same speaker; "
          "any utterance of the named interviewer/moderator/host is kind question; reader questions in columns "
          "and unnamed audience questions are question with speaker null; bystanders and played-in clips are quote; "
          "TV/radio voice-over narration is statement with speaker null; photo credits and captions drop; "
          "'Das Gespraech fuehrte'/'Interview by' credit lines lead.")


def parse(path):
    head, body = open(path, encoding='utf-8').read().split('\n====\n', 1)
    meta = {}
    for line in head.splitlines():
        if line.startswith('#') and ' ' in line:
            k, v = line[1:].split(' ', 1)
            meta[k] = v.strip()
    blocks, cur = [], None
    for line in body.splitlines():
        m = re.match(r'^@(\+?)(lead|drop|side|q|a|st|quote)\b ?(.*)$', line)
        if m:
            cur = {'same': bool(m.group(1)), 'kind': KIND[m.group(2)], 'sp': m.group(3).strip() or None,
                   'lines': []}
            blocks.append(cur)
        else:
            cur['lines'].append(line)
    return meta, blocks


def build(path):
    meta, blocks = parse(path)
    interviewer = None if meta.get('interviewer', 'null') == 'null' else meta['interviewer']
    interviewees = [x.strip() for x in meta['interviewees'].split(';') if x.strip()]
    texts, paras, turn = [], [], 0
    for i, b in enumerate(blocks):
        t = '\n'.join(b['lines']).strip('\n')
        t = t.replace('\\@', '@')
        assert t.strip(), (path, i)
        assert not re.search(r'\n[ \t]*\n', t), ('blank line inside block', path, i, t[:60])
        sp = b['sp']
        if b['kind'] == 'question':
            sp = interviewer if sp is None else (None if sp == '-' else sp)
        if b['kind'] in ('lead', 'drop', 'sidebar', 'quote'):
            assert sp is None, (path, i)
        if b['kind'] == 'answer':
            assert sp, ('answer without speaker', path, i)
        if sp == '-':
            sp = None
        turn = turn if (b['same'] and turn) else turn + 1
        texts.append(t)
        paras.append({'start': t.strip()[:50], 'turn': turn, 'kind': b['kind'], 'speaker': sp})
    text = '\n\n'.join(texts) + '\n'
    stem = meta['file']
    words = len(text.split())
    key = {'file': stem + '.txt', 'language': meta['language'], 'layout': meta['layout'],
           'title': meta['title'], 'interviewer': interviewer, 'interviewees': interviewees,
           'paragraphs': paras, 'notes': (meta.get('notes', '') + ' ' + COMMON).strip()}
    for p in paras:
        if p['speaker'] and p['speaker'] not in interviewees and p['speaker'] != interviewer:
            assert p['speaker'] in text, (path, p)
    with open(os.path.join(OUT, stem + '.txt'), 'w', encoding='utf-8') as f:
        f.write(text)
    with open(os.path.join(OUT, stem + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
    return stem, meta, words, len(paras), interviewer, interviewees


if __name__ == '__main__':
    rows = []
    for p in sorted(glob.glob(os.path.join(HERE, 'p63-*.src'))):
        r = build(p)
        rows.append(r)
        flag = '' if 400 <= r[2] <= 700 else '   <-- WORDS OUT OF RANGE'
        print('%-55s %4d words %3d blocks%s' % (r[0], r[2], r[3], flag))
    json.dump([[r[0], r[1]['language'], r[1]['layout'], r[2], r[3], r[4], r[5]] for r in rows],
              open(os.path.join(HERE, 'table.json'), 'w'), ensure_ascii=False, indent=0)
