#!/usr/bin/env python3
"""Build fixtures + keys from specs/*.spec (stdlib only).

Spec: header lines '%field: value' (language, layout, title, interviewer, interviewees ';'-separated,
alias 'X=Full Name' (repeatable), notes), then blocks. Each block starts with a tag line
'@KIND[+] [ALIAS|-]' ; '+' = same turn as the previous block. Kinds: l lead, d drop, s sidebar,
q question, a answer, st statement, qt quote. 'q' without alias -> interviewer.
"""
import json, os, re, glob
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(os.path.dirname(HERE))
KIND = {'l': 'lead', 'd': 'drop', 's': 'sidebar', 'q': 'question', 'a': 'answer', 'st': 'statement', 'qt': 'quote'}


def build(spec_path):
    stem = os.path.basename(spec_path)[:-5]
    meta, alias, blocks, cur = {}, {}, [], None
    for line in open(spec_path, encoding='utf-8').read().split('\n'):
        if cur is None and line.startswith('%'):
            k, v = line[1:].split(':', 1)
            v = v.strip()
            if k == 'alias':
                a, n = v.split('=', 1)
                alias[a.strip()] = n.strip()
            else:
                meta[k] = v
            continue
        m = re.match(r'^@(l|d|s|q|a|st|qt)(\+?)(?:\s+(\S+))?\s*$', line)
        if m:
            cur = {'kind': KIND[m.group(1)], 'cont': bool(m.group(2)), 'sp': m.group(3), 'lines': []}
            blocks.append(cur)
            continue
        if cur is None:
            if line.strip():
                raise SystemExit('%s: text before first tag: %r' % (stem, line))
            continue
        cur['lines'].append(line[1:] if line.startswith('\\@') else line)
    interviewer = None if meta.get('interviewer', 'null') in ('null', '') else meta['interviewer']
    texts, paras, turn = [], [], 0
    for b in blocks:
        body = '\n'.join(b['lines']).strip('\n')
        if not body.strip():
            raise SystemExit('%s: empty block' % stem)
        if re.search(r'\n[ \t]*\n', body):
            raise SystemExit('%s: blank line inside block %r' % (stem, body[:40]))
        sp = b['sp']
        if b['kind'] in ('lead', 'drop', 'sidebar', 'quote'):
            speaker = None
        elif sp is None:
            if b['kind'] != 'question':
                raise SystemExit('%s: %s without speaker: %r' % (stem, b['kind'], body[:40]))
            speaker = interviewer
        elif sp == '-':
            speaker = None
        else:
            speaker = alias.get(sp, sp)
        turn = turn if (b['cont'] and turn) else turn + 1
        texts.append(body)
        paras.append({'start': body.strip()[:50], 'turn': turn, 'kind': b['kind'], 'speaker': speaker})
    text = '\n\n'.join(texts) + '\n'
    fname = stem + '.txt'
    with open(os.path.join(OUT, fname), 'w', encoding='utf-8') as f:
        f.write(text)
    key = {'file': fname, 'language': meta['language'], 'layout': meta['layout'], 'title': meta['title'],
           'interviewer': interviewer,
           'interviewees': [x.strip() for x in meta.get('interviewees', '').split(';') if x.strip()],
           'paragraphs': paras}
    if meta.get('notes'):
        key['notes'] = meta['notes']
    with open(os.path.join(OUT, stem + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
    return fname, len(re.findall(r'\S+', text))


if __name__ == '__main__':
    rows = [build(p) for p in sorted(glob.glob(os.path.join(HERE, 'specs', '*.spec')))]
    with open(os.path.join(HERE, 'wordcounts.txt'), 'w') as f:
        for fn, n in rows:
            f.write('%s\t%d\n' % (fn, n))
        if rows:
            ns = [n for _, n in rows]
            f.write('min %d max %d mean %.1f\n' % (min(ns), max(ns), sum(ns) / len(ns)))
    print(open(os.path.join(HERE, 'wordcounts.txt')).read())
