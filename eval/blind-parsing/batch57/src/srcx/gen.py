#!/usr/bin/env python3
"""Build fixture text + key from one source file (stdlib only).

Source format: header lines `field: value` up to a line `---`, then blocks.
Each block starts with a directive line `@kind[+] [alias]`; `+` = same turn as
previous block. Aliases come from the `alias:` header (X=Full Name; ...),
`I` is the interviewer, `-` means null. `@q` without alias -> interviewer.
`@a+` / `@st+` without alias inherit the previous speaker.
"""
import json, os, re, sys, glob

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(os.path.dirname(HERE))
KINDS = {'lead', 'question', 'answer', 'statement', 'sidebar', 'quote', 'drop'}
SHORT = {'q': 'question', 'a': 'answer', 'st': 'statement', 'side': 'sidebar'}


def build(src):
    with open(src, encoding='utf-8') as f:
        raw = f.read()
    head, body = raw.split('\n---\n', 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(':', 1)
            meta[k.strip()] = v.strip()
    interviewer = None if meta.get('interviewer', 'null') == 'null' else meta['interviewer']
    interviewees = [x.strip() for x in meta['interviewees'].split(';') if x.strip()]
    alias = {'I': interviewer, '-': None}
    for pair in meta.get('alias', '').split(';'):
        if '=' in pair:
            a, n = pair.split('=', 1)
            alias[a.strip()] = n.strip()
    blocks, paras = [], []
    turn, prev_speaker = 0, None
    cur = None
    for line in body.split('\n') + ['@end']:
        m = re.match(r'^@(lead|q|a|st|side|drop|quote|end)(\+?)(?:\s+(.*))?$', line)
        if m:
            if cur is not None:
                text = '\n'.join(cur['lines']).strip('\n')
                assert text.strip(), (src, 'empty block', cur)
                assert not re.search(r'\n[ \t]*\n', text), (src, 'blank line inside block', text[:60])
                blocks.append(text)
                paras.append(cur)
            if m.group(1) == 'end':
                break
            kind = SHORT.get(m.group(1), m.group(1))
            assert kind in KINDS, (src, kind)
            cont = bool(m.group(2))
            al = (m.group(3) or '').strip()
            if al:
                speaker = alias[al]
            elif kind == 'question' and not cont:
                speaker = interviewer
            elif cont:
                speaker = prev_speaker
            else:
                speaker = None
            if kind in ('lead', 'drop', 'sidebar', 'quote'):
                speaker = None
            if not cont or turn == 0:
                turn += 1
            prev_speaker = speaker
            cur = {'lines': [], 'kind': kind, 'speaker': speaker, 'turn': turn}
        else:
            assert cur is not None or not line.strip(), (src, line)
            if cur is not None:
                cur['lines'].append(line)
    text = '\n\n'.join(blocks) + '\n'
    fname = meta['file'] + '.txt'
    key = {
        'file': fname, 'language': meta['language'], 'layout': meta['layout'], 'title': meta['title'],
        'interviewer': interviewer, 'interviewees': interviewees,
        'paragraphs': [{'start': b.strip()[:50], 'turn': p['turn'], 'kind': p['kind'], 'speaker': p['speaker']}
                       for b, p in zip(blocks, paras)],
    }
    if meta.get('notes'):
        key['notes'] = meta['notes']
    for p in key['paragraphs']:
        sp = p['speaker']
        if sp and sp not in interviewees and sp != interviewer:
            assert sp in text, (src, 'speaker not in text', sp)
    with open(os.path.join(OUT, fname), 'w', encoding='utf-8') as f:
        f.write(text)
    with open(os.path.join(OUT, meta['file'] + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
        f.write('\n')
    return fname, len(text.split())


if __name__ == '__main__':
    srcs = sorted(glob.glob(os.path.join(HERE, 'p57-*.src')))
    for s in srcs:
        fn, wc = build(s)
        flag = '' if 400 <= wc <= 900 else '  <-- OUT OF RANGE'
        print('%-55s %4d words%s' % (fn, wc, flag))
