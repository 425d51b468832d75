#!/usr/bin/env python3
"""Tagged sources (src/srcx/*.src) -> fixtures p67-NN-*.txt + .key.json, plus README.md. stdlib only.

Source format: header lines '#key value' (lang, layout, desc, title, interviewer, interviewees, alias, notes),
a line '===', then blocks separated by blank lines. Each block starts with a tag line:
  %lead %drop %sidebar %quote %q %a %st  optionally ':ALIAS' (speaker) and a trailing '+' (same turn as previous).
%q defaults to the interviewer; %a needs an alias; %st without alias has speaker null.
"""
import glob, json, os, re, sys

SRCX = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(os.path.dirname(SRCX))
KINDMAP = {'lead': 'lead', 'drop': 'drop', 'sidebar': 'sidebar', 'quote': 'quote',
           'q': 'question', 'a': 'answer', 'st': 'statement'}


def parse(path):
    raw = open(path, encoding='utf-8').read()
    head, body = raw.split('\n===\n', 1)
    meta, alias, notes = {}, {}, []
    for line in head.splitlines():
        if not line.startswith('#'):
            continue
        k, _, v = line[1:].partition(' ')
        v = v.strip()
        if k == 'alias':
            a, _, n = v.partition('=')
            alias[a.strip()] = n.strip()
        elif k == 'notes':
            notes.append(v)
        else:
            meta[k] = v
    chunks = [c for c in re.split(r'\n[ \t]*\n', body) if c.strip()]
    out_blocks, paras, turn = [], [], 0
    interviewer = None if meta['interviewer'] == 'null' else meta['interviewer']
    for c in chunks:
        lines = c.split('\n')
        while lines and not lines[0].strip():
            lines.pop(0)
        tag = lines[0].strip()
        m = re.fullmatch(r'%(lead|drop|sidebar|quote|q|a|st)(?::(\w+))?(\+)?', tag)
        if not m:
            sys.exit('%s: bad tag %r' % (path, tag))
        kind = KINDMAP[m.group(1)]
        if m.group(2):
            speaker = alias[m.group(2)]
        elif kind == 'question':
            speaker = interviewer
        elif kind == 'answer':
            sys.exit('%s: answer without speaker' % path)
        else:
            speaker = None
        auto = (kind == 'statement' and paras and paras[-1]['kind'] == 'statement'
                and paras[-1]['speaker'] == speaker)  # decision 4: same-speaker statements share a turn
        if m.group(3) or auto:
            if not paras or paras[-1]['kind'] != kind or paras[-1]['speaker'] != speaker:
                sys.exit('%s: continuation mismatch at %r' % (path, lines[1][:40]))
        else:
            turn += 1
            if paras and paras[-1]['kind'] in ('question', 'answer') and paras[-1]['kind'] == kind \
                    and paras[-1]['speaker'] == speaker:
                print('NOTE %s: new %s turn for same speaker at %r' % (os.path.basename(path), kind, lines[1][:40]))
        text = '\n'.join(lines[1:]).rstrip()
        out_blocks.append(text)
        paras.append({'start': text.strip()[:50], 'turn': turn, 'kind': kind, 'speaker': speaker})
    stem = os.path.basename(path)[:-4]
    txt = '\n\n'.join(out_blocks) + '\n'
    key = {'file': stem + '.txt', 'language': meta['lang'], 'layout': meta['layout'], 'title': meta['title'],
           'interviewer': interviewer,
           'interviewees': [x.strip() for x in meta['interviewees'].split(';') if x.strip()],
           'paragraphs': paras, 'notes': ' '.join(notes)}
    return stem, txt, key, meta


def main():
    taken = open(os.path.join(OUT, 'src', 'topics-taken.txt'), encoding='utf-8').read().lower()
    rows = []
    for path in sorted(glob.glob(os.path.join(SRCX, 'p67-*.src'))):
        stem, txt, key, meta = parse(path)
        topic = stem.split('-')[2]
        if topic.lower() in taken:
            sys.exit('topic taken: %s' % topic)
        if key['title'] not in txt:
            sys.exit('%s: title not in text' % stem)
        words = len(txt.split())
        if not 400 <= words <= 700:
            print('WARN %s: %d words' % (stem, words))
        with open(os.path.join(OUT, stem + '.txt'), 'w', encoding='utf-8') as f:
            f.write(txt)
        with open(os.path.join(OUT, stem + '.key.json'), 'w', encoding='utf-8') as f:
            json.dump(key, f, ensure_ascii=False, indent=1)
            f.write('\n')
        rows.append((stem, key, meta, words))
    tpl = open(os.path.join(SRCX, 'README.tpl'), encoding='utf-8').read() if os.path.exists(
        os.path.join(SRCX, 'README.tpl')) else '{TABLE}'
    ws = [r[3] for r in rows] or [0]
    layouts = '\n'.join('- `%s` (%s): %s' % (s, k['language'], m.get('desc', k['layout'])) for s, k, m, w in rows)
    table = ['| file | lang | layout | words | blocks | interviewer | interviewees |', '|---|---|---|---|---|---|---|']
    for s, k, m, w in rows:
        table.append('| %s.txt | %s | %s | %d | %d | %s | %s |' % (s, k['language'], k['layout'], w, len(k['paragraphs']),
                     k['interviewer'] or '(none)', '; '.join(k['interviewees'])))
    readme = tpl.replace('{WMIN}', str(min(ws))).replace('{WMAX}', str(max(ws))).replace(
        '{WMEAN}', '%.0f' % (sum(ws) / len(ws))).replace('{LAYOUTS}', layouts).replace('{TABLE}', '\n'.join(table))
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8') as f:
        f.write(readme)
    print('%d fixtures; words min %d max %d mean %.0f' % (len(rows), min(ws), max(ws), sum(ws) / len(ws)))


if __name__ == '__main__':
    main()
