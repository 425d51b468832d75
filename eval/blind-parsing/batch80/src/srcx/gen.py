#!/usr/bin/env python3
"""Tiny generator: specs/NN.txt -> fixture text + key.json (stdlib only).
Spec: header lines 'field: value' until '---'; then blocks separated by blank lines.
Each block starts with a tag: [K], [K speaker], [K+] (same turn as previous block).
K: L lead, D drop, S sidebar, Q question, A answer, T statement, U quote.
[Q] -> header interviewer; [A] -> sole interviewee; speaker '-' -> null."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(os.path.dirname(HERE))
KIND = dict(L='lead', D='drop', S='sidebar', Q='question', A='answer', T='statement', U='quote')

def blocks(text):
    return [b.strip() for b in re.split(r'\n[ \t]*\n', text.replace('\r\n', '\n')) if b.strip()]

def build(path):
    raw = open(path, encoding='utf-8').read()
    head, body = raw.split('\n---\n', 1)
    h = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(':', 1); h[k.strip()] = v.strip()
    interviewer = None if h['interviewer'] in ('', 'null') else h['interviewer']
    interviewees = [x.strip() for x in h['interviewees'].split(';') if x.strip()]
    texts, paras = [], []
    turn, last = 0, None
    for b in re.split(r'\n[ \t]*\n', body.strip('\n')):
        if not b.strip():
            continue
        m = re.match(r'\[([LDSQATU])(\+?)(?: ([^\]]*))?\] ?', b)
        if not m:
            sys.exit('%s: untagged block: %r' % (path, b[:60]))
        k, plus, sp = m.group(1), m.group(2), m.group(3)
        txt = b[m.end():]
        if plus:
            kind = KIND[k]
            if last is None or last['kind'] != kind:
                sys.exit('%s: continuation of a different kind: %r' % (path, b[:60]))
            speaker = last['speaker'] if sp is None else (None if sp == '-' else sp)
        else:
            turn += 1
            kind = KIND[k]
            if sp is None:
                if k == 'Q': speaker = interviewer
                elif k == 'A': speaker = interviewees[0] if len(interviewees) == 1 else sys.exit('%s: ambiguous [A]' % path)
                else: speaker = None
            else:
                speaker = None if sp == '-' else sp
        if kind in ('lead', 'drop', 'sidebar', 'quote'):
            speaker = None
        texts.append(txt)
        p = dict(start=txt.strip()[:50], turn=turn, kind=kind, speaker=speaker)
        paras.append(p); last = p
    text = '\n\n'.join(t.rstrip() for t in texts) + '\n'
    bl = blocks(text)
    assert len(bl) == len(paras), (path, len(bl), len(paras))
    for b, p in zip(bl, paras):
        assert b[:50] == p['start'], (path, b[:50], p['start'])
    fn = h['file'] + '.txt'
    key = dict(file=fn, language=h['lang'], layout=h['layout'], title=h['title'], interviewer=interviewer,
               interviewees=interviewees, paragraphs=paras)
    if h.get('notes'): key['notes'] = h['notes']
    with open(os.path.join(OUT, fn), 'w', encoding='utf-8') as f: f.write(text)
    with open(os.path.join(OUT, h['file'] + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1); f.write('\n')
    nw = len(text.split())
    flag = '' if 400 <= nw <= 550 else '  <-- WORDS OUT OF RANGE'
    print('%-50s %4d words %3d blocks%s' % (fn, nw, len(bl), flag))
    # sanity: every speaker should occur in the text (except full interviewer/interviewee)
    for p in paras:
        if p['speaker'] and p['speaker'] not in text and p['speaker'] not in interviewees + [interviewer]:
            print('   WARN speaker not in text:', p['speaker'])
    return nw

if __name__ == '__main__':
    files = sorted(f for f in os.listdir(os.path.join(HERE, 'specs')) if f.endswith('.txt'))
    if len(sys.argv) > 1:
        files = [f for f in files if any(f.startswith(a) for a in sys.argv[1:])]
    ws = [build(os.path.join(HERE, 'specs', f)) for f in files]
    if ws: print('n=%d min=%d max=%d mean=%.1f' % (len(ws), min(ws), max(ws), sum(ws)/len(ws)))
