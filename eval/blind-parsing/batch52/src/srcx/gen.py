#!/usr/bin/env python3
"""Generate b52 fixtures (.txt + .key.json) from tagged sources *.src (stdlib only).

Source format: header lines "key: value" up to a line "===". Then blocks separated by blank
lines; each block starts with a tag line "#kind[!] [Speaker Name]" followed by the block text.
kinds: lead drop side q a st quote. q defaults to the interviewer, a to the sole interviewee.
A q/a/st block continues the previous turn if kind and speaker are equal, unless "!" is given.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(os.path.dirname(HERE))
KMAP = {'lead': 'lead', 'drop': 'drop', 'side': 'sidebar', 'q': 'question', 'a': 'answer',
        'st': 'statement', 'quote': 'quote'}
TAKEN = open(os.path.join(os.path.dirname(HERE), 'topics-taken.txt'), encoding='utf-8').read().lower()


def build(src):
    raw = open(src, encoding='utf-8').read()
    head, body = raw.split('\n===\n', 1)
    h = {}
    for line in head.strip().split('\n'):
        k, v = line.split(':', 1)
        h[k.strip()] = v.strip()
    interviewer = None if h['interviewer'] in ('-', '') else h['interviewer']
    ees = [x.strip() for x in h['interviewees'].split(';') if x.strip()]
    topic = h['topic']
    if topic.lower() in TAKEN:
        raise SystemExit('topic slug taken: %s' % topic)
    blocks_out, paras = [], []
    turn, prev = 0, None
    for chunk in re.split(r'\n[ \t]*\n', body.strip('\n')):
        lines = chunk.split('\n')
        tag = lines[0]
        m = re.match(r'#(\w+)(!?)(?:\s+(.*))?$', tag)
        if not m:
            raise SystemExit('%s: bad tag %r' % (src, tag))
        k, force, sp = m.group(1), m.group(2), (m.group(3) or '').strip() or None
        kind = KMAP[k]
        if sp is None:
            if k == 'q':
                sp = interviewer
            elif k == 'a':
                if len(ees) != 1:
                    raise SystemExit('%s: answer without speaker: %r' % (src, lines[1][:40]))
                sp = ees[0]
        if sp == 'null':
            sp = None
        text = '\n'.join(lines[1:]).strip('\n')
        if not text.strip():
            raise SystemExit('%s: empty block after %r' % (src, tag))
        if kind in ('question', 'answer', 'statement') and not force and prev == (kind, sp):
            pass
        else:
            turn += 1
        prev = (kind, sp) if kind in ('question', 'answer', 'statement') else None
        blocks_out.append(text)
        stripped = text.strip()
        paras.append({'start': stripped[:50], 'turn': turn, 'kind': kind, 'speaker': sp})
    name = 'b52-%s-%s-%s' % (h['nn'], topic, h['outlet'])
    txt = '\n\n'.join(blocks_out) + '\n'
    words = len(txt.split())
    with open(os.path.join(OUT, name + '.txt'), 'w', encoding='utf-8') as f:
        f.write(txt)
    key = {'file': name + '.txt', 'language': h['lang'], 'layout': h['layout'], 'title': h['title'],
           'interviewer': interviewer, 'interviewees': ees, 'paragraphs': paras}
    if h.get('notes'):
        key['notes'] = h['notes']
    with open(os.path.join(OUT, name + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
        f.write('\n')
    return name, words, h['lang'], h['layout']


if __name__ == '__main__':
    srcs = sorted(f for f in os.listdir(HERE) if f.endswith('.src'))
    for s in srcs:
        name, words, lang, layout = build(os.path.join(HERE, s))
        flag = '' if 400 <= words <= 900 else '  <-- WORDS OUT OF RANGE'
        print('%-55s %s %4d%s' % (name, lang, words, flag))
