#!/usr/bin/env python3
"""Tagged source (*.src) -> fixture .txt + .key.json (stdlib only).

Source format:
  header lines  '@field value'  (file, lang, layout, title, interviewer, interviewees (| sep), alias X=Full Name, notes)
  then blocks, each introduced by a tag line:
  '>> KIND [SPEAKER] [+]'
     KIND: lead drop side st q a quote
     SPEAKER: alias or '-' (null); questions default to the interviewer, answers need one
     '+' : continuation -> same turn as previous block
     (consecutive statement blocks with the same speaker are continued automatically)
  block text follows until the next tag line (may span several lines; no blank lines inside).
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(os.path.dirname(HERE))
KIND = {'lead': 'lead', 'drop': 'drop', 'side': 'sidebar', 'st': 'statement', 'q': 'question',
        'a': 'answer', 'quote': 'quote'}


def build(path):
    hdr, alias, blocks = {}, {}, []
    cur = None
    for line in open(path, encoding='utf-8').read().split('\n'):
        if cur is None and line.startswith('@'):
            k, _, v = line[1:].partition(' ')
            if k == 'alias':
                a, _, n = v.partition('=')
                alias[a.strip()] = n.strip()
            elif k == 'notes':
                hdr.setdefault('notes', []).append(v.strip())
            else:
                hdr[k] = v.strip()
            continue
        if line.startswith('>> '):
            cur = {'tag': line[3:].split(), 'lines': []}
            blocks.append(cur)
            continue
        if cur is not None:
            cur['lines'].append(line)
    interviewer = hdr.get('interviewer') or None
    if interviewer == 'null':
        interviewer = None
    texts, paras, turn = [], [], 0
    for b in blocks:
        tag = b['tag']
        kind = KIND[tag[0]]
        cont = tag[-1] == '+'
        rest = [t for t in tag[1:] if t != '+']
        sp = None
        if rest:
            sp = None if rest[0] == '-' else alias.get(rest[0], rest[0])
        elif kind == 'question':
            sp = interviewer
        elif kind in ('answer',):
            raise SystemExit('%s: answer without speaker: %r' % (path, b['lines'][:1]))
        txt = '\n'.join(l.rstrip() for l in b['lines']).strip('\n')
        if not txt.strip() or re.search(r'\n[ \t]*\n', txt):
            raise SystemExit('%s: empty block or blank line inside block: %r' % (path, txt[:60]))
        if kind == 'statement' and paras and paras[-1]['kind'] == 'statement' and paras[-1]['speaker'] == sp:
            cont = True  # decision: consecutive statement paragraphs of the same speaker share a turn
        turn = turn if (cont and turn) else turn + 1
        texts.append(txt)
        paras.append({'start': txt.strip()[:50], 'turn': turn, 'kind': kind, 'speaker': sp})
    text = '\n\n'.join(texts) + '\n'
    name = hdr['file']
    with open(os.path.join(OUT, name + '.txt'), 'w', encoding='utf-8') as f:
        f.write(text)
    key = {'file': name + '.txt', 'language': hdr['lang'], 'layout': hdr['layout'], 'title': hdr['title'],
           'interviewer': interviewer,
           'interviewees': [x.strip() for x in hdr.get('interviewees', '').split('|') if x.strip()],
           'paragraphs': paras}
    if 'notes' in hdr:
        key['notes'] = ' '.join(hdr['notes'])
    with open(os.path.join(OUT, name + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
        f.write('\n')
    words = len(text.split())
    if hdr['title'] not in text:
        print('WARN title not verbatim in text:', name)
    return name, hdr['lang'], hdr['layout'], words, len(paras), interviewer, key['interviewees']


def main():
    srcs = sorted(f for f in os.listdir(HERE) if f.endswith('.src'))
    rows = [build(os.path.join(HERE, s)) for s in srcs]
    for r in rows:
        flag = '' if 400 <= r[3] <= 700 else '  <-- WORDS OUT OF RANGE'
        print('%-50s %s %4d words %3d blocks%s' % (r[0], r[1], r[3], r[4], flag))
    if '--table' in sys.argv:
        for r in rows:
            print('| %s.txt | %s | %s | %d | %d | %s | %s |' % (r[0], r[1], r[2], r[3], r[4], r[5] or '—',
                                                              ', '.join(r[6])))
    ws = [r[3] for r in rows]
    if ws:
        print('files %d, words min %d max %d mean %.1f' % (len(ws), min(ws), max(ws), sum(ws) / len(ws)))


if __name__ == '__main__':
    main()
