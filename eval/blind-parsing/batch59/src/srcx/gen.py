#!/usr/bin/env python3
"""Generate p59-NN-<slug>.txt and .key.json from tagged sources srcx/NN.src (stdlib only).

Source format:
  header lines  '#field value'  (file, language, layout, title, interviewer, interviewees (';'-separated),
                 notes, alias X = Full Name)
  then blocks separated by blank lines; each block's first line is a tag:
     @lead | @drop | @sidebar | @quote            -> new turn, speaker null
     @q [who]     question; who defaults to #interviewer; '-' means null
     @a who       answer
     @s [who]     statement (narration if no who)
     @label       label alone on its line: takes kind/speaker of the next block and shares its turn
  suffix '+' on q/a/s forces continuation of the current turn, '!' forces a new turn.
  Default: q -> new turn; a/s -> new turn unless the previous block has same kind and speaker.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(os.path.dirname(HERE))


def parse(path):
    with open(path, encoding='utf-8') as f:
        raw = f.read()
    head, blocks, alias = {}, [], {}
    chunks = re.split(r'\n[ \t]*\n', raw.strip('\n'))
    for ch in chunks:
        lines = ch.split('\n')
        if lines[0].startswith('#') and not blocks:
            for ln in lines:
                m = re.match(r'#(\w+)\s*(.*)$', ln)
                if not m:
                    sys.exit('%s: bad header line %r' % (path, ln))
                k, v = m.group(1), m.group(2).strip()
                if k == 'alias':
                    a, b = v.split('=', 1)
                    alias[a.strip()] = b.strip()
                else:
                    head[k] = v
            continue
        tag = lines[0]
        m = re.match(r'@(lead|drop|sidebar|quote|q|a|s|label)([+!]?)(?:\s+(.*))?$', tag)
        if not m:
            sys.exit('%s: bad tag %r' % (path, tag))
        text = '\n'.join(lines[1:])
        if not text.strip():
            sys.exit('%s: empty block after %r' % (path, tag))
        blocks.append((m.group(1), m.group(2), (m.group(3) or '').strip(), text))
    return head, alias, blocks


def build(path):
    head, alias, blocks = parse(path)
    interviewer = head.get('interviewer') or None
    if interviewer in ('null', '-'):
        interviewer = None
    ees = [x.strip() for x in head['interviewees'].split(';') if x.strip()]
    kmap = {'q': 'question', 'a': 'answer', 's': 'statement'}
    resolved = []
    for kind, mod, who, text in blocks:
        if kind == 'label':
            resolved.append(['label', mod, None, text])
            continue
        if kind in kmap:
            if kind == 'q' and not who:
                sp = interviewer
            elif who in ('', '-'):
                sp = None
            else:
                sp = alias.get(who, who)
            resolved.append([kmap[kind], mod, sp, text])
        else:
            resolved.append([kind, mod, None, text])
    # labels take the next block's kind/speaker
    for i in range(len(resolved) - 1, -1, -1):
        if resolved[i][0] == 'label':
            nxt = resolved[i + 1]
            resolved[i] = [nxt[0], nxt[1], nxt[2], resolved[i][3], 'LABEL']
    paras, turn, prev = [], 0, None
    share_next = False
    for r in resolved:
        kind, mod, sp, text = r[:4]
        is_label = len(r) > 4
        if share_next:
            new = False
        elif mod == '+':
            new = False
        elif mod == '!':
            new = True
        elif kind in ('lead', 'drop', 'sidebar', 'quote', 'question'):
            new = True
        else:
            new = not (prev and prev[0] == kind and prev[1] == sp)
        if new or turn == 0:
            turn += 1
        share_next = is_label
        prev = (kind, sp)
        paras.append({'start': text.strip()[:50], 'turn': turn, 'kind': kind, 'speaker': sp})
    body = '\n\n'.join(b[3] for b in blocks) + '\n'
    key = {'file': head['file'], 'language': head['language'], 'layout': head['layout'],
           'title': head['title'], 'interviewer': interviewer, 'interviewees': ees, 'paragraphs': paras}
    if head.get('notes'):
        key['notes'] = head['notes']
    with open(os.path.join(OUT, head['file']), 'w', encoding='utf-8') as f:
        f.write(body)
    with open(os.path.join(OUT, os.path.splitext(head['file'])[0] + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
        f.write('\n')
    words = len(body.split())
    return head['file'], words, len(paras)


if __name__ == '__main__':
    for fn in sorted(os.listdir(HERE)):
        if fn.endswith('.src'):
            name, w, n = build(os.path.join(HERE, fn))
            flag = '' if 400 <= w <= 900 else '  <-- word count out of range'
            print('%-55s %4d words %3d blocks%s' % (name, w, n, flag))
