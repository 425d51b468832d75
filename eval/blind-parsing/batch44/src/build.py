#!/usr/bin/env python3
"""Build interview texts and answer keys from the sources in src/interviews/*.src (stdlib only).

Source format:
  #key: value            header lines (file, language, layout, title, interviewer, interviewees (| separated),
                         notes (may repeat), alias (X = Full Name, may repeat), eol (lf|crlf), sep (blank lines
                         between blocks, default 1), sepN (per-block extra blank lines are not supported))
  @kind [ALIAS|Name]     starts a block; kind one of lead drop side quote q a s; a trailing '!' on the kind
                         (e.g. @q! X) forces a new turn even where the continuation rule would share it; a trailing
                         '+' forces continuation (shares the previous turn).
  text lines             the block text (no blank lines inside a block)
Turn rule: new turn for every lead/drop/sidebar/quote block; question/answer/statement blocks share the previous
turn only if the previous block has the same kind and the same speaker (continuation paragraph or label block).
"""
import glob, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
KMAP = {'lead': 'lead', 'drop': 'drop', 'side': 'sidebar', 'quote': 'quote', 'q': 'question', 'a': 'answer',
        's': 'statement'}


def parse(path):
    meta = {'notes': [], 'alias': {}, 'eol': 'lf', 'sep': '1'}
    blocks = []
    cur = None
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    for ln in lines:
        if cur is None and ln.startswith('#') and ':' in ln:
            k, v = ln[1:].split(':', 1)
            k, v = k.strip(), v.strip()
            if k == 'notes':
                meta['notes'].append(v)
            elif k == 'alias':
                a, n = v.split('=', 1)
                meta['alias'][a.strip()] = n.strip()
            else:
                meta[k] = v
            continue
        m = re.match(r'^@(lead|drop|side|quote|q|a|s)([!+]?)(?:\s+(.*))?$', ln)
        if m:
            cur = {'kind': KMAP[m.group(1)], 'force': m.group(2), 'who': (m.group(3) or '').strip(), 'lines': []}
            blocks.append(cur)
            continue
        if cur is None:
            if ln.strip():
                sys.exit('%s: text before first block: %r' % (path, ln))
            continue
        cur['lines'].append(ln)
    for b in blocks:
        while b['lines'] and not b['lines'][-1].strip():
            b['lines'].pop()
        if any(not l.strip() for l in b['lines']):
            sys.exit('%s: blank line inside block starting %r' % (path, b['lines'][:1]))
        if not b['lines']:
            sys.exit('%s: empty block' % path)
        who = b['who']
        b['speaker'] = meta['alias'].get(who, who) if who else None
    return meta, blocks


def build(path):
    meta, blocks = parse(path)
    sep = '\n' * (int(meta['sep']) + 1)
    text = sep.join('\n'.join(b['lines']) for b in blocks) + '\n'
    interviewer = meta.get('interviewer') or None
    if interviewer in ('null', 'None'):
        interviewer = None
    interviewees = [x.strip() for x in meta.get('interviewees', '').split('|') if x.strip()]
    paras = []
    turn = 0
    prev = None
    for b in blocks:
        k, sp = b['kind'], b['speaker']
        if k in ('lead', 'drop', 'sidebar', 'quote'):
            if sp:
                sys.exit('%s: %s block with speaker' % (path, k))
            new = True
        else:
            new = not (prev and prev['kind'] == k and prev['speaker'] == sp)
        if b['force'] == '!':
            new = True
        elif b['force'] == '+':
            new = False
        if new:
            turn += 1
        body = '\n'.join(b['lines']).strip()
        if sp and sp != interviewer and sp not in interviewees and sp not in text:
            sys.exit('%s: speaker %r neither listed nor in text' % (path, sp))
        paras.append({'start': body[:50], 'turn': turn, 'kind': k, 'speaker': sp})
        prev = b
    key = {'file': meta['file'], 'language': meta['language'], 'layout': meta['layout'], 'title': meta['title'],
           'interviewer': interviewer, 'interviewees': interviewees, 'paragraphs': paras}
    if meta['notes']:
        key['notes'] = ' '.join(meta['notes'])
    if interviewer and interviewer not in text:
        print('warning: interviewer %r not in text of %s' % (interviewer, meta['file']))
    for n in interviewees:
        if n not in text:
            print('warning: interviewee %r not verbatim in text of %s' % (n, meta['file']))
    if meta['title'] not in text:
        print('warning: title not verbatim in %s' % meta['file'])
    data = text.replace('\n', '\r\n') if meta['eol'] == 'crlf' else text
    with open(os.path.join(OUT, meta['file']), 'w', encoding='utf-8', newline='') as f:
        f.write(data)
    stem = os.path.splitext(meta['file'])[0]
    with open(os.path.join(OUT, stem + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
        f.write('\n')
    return meta['file'], len(paras), turn


if __name__ == '__main__':
    for p in sorted(glob.glob(os.path.join(HERE, 'interviews', '*.src'))):
        fn, n, t = build(p)
        print('%-50s %3d blocks %3d turns' % (fn, n, t))
