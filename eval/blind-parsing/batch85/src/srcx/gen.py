#!/usr/bin/env python3
"""Generate the p85 fixtures and their keys from specs/*.spec (stdlib only).

Spec format
-----------
Header lines "field: value" up to a line "---":
  file, language, layout, title, interviewer (or "null"), interviewees ("A | B"), notes (optional,
  may repeat; joined), blank (optional: number of blank lines between blocks, default 1).
Then blocks. Each block starts with a marker line
  @@KIND[+] [SPEAKER]
KIND is lead|drop|sidebar|question|answer|statement|quote (short forms l d s q a st qu).
"+" = same turn as the previous block (continuation paragraph, or text after a label-only block).
SPEAKER: full name, or nothing for null. The lines that follow, up to the next marker, are the block
text, written to the file as they are (hard line breaks kept).
"start" and "turn" are computed here, never typed.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SPECS = os.path.join(HERE, 'specs')
OUT = os.path.dirname(os.path.dirname(HERE))  # batch/
SHORT = {'l': 'lead', 'd': 'drop', 's': 'sidebar', 'q': 'question', 'a': 'answer', 'st': 'statement',
         'qu': 'quote'}
KINDS = set(SHORT.values())
MARK = re.compile(r'^@@(\w+)(\+?)(?:[ \t]+(.*))?$')


def parse(path):
    with open(path, encoding='utf-8') as f:
        raw = f.read().split('\n')
    head, i = {}, 0
    notes = []
    while raw[i].strip() != '---':
        line = raw[i]
        i += 1
        if not line.strip():
            continue
        k, v = line.split(':', 1)
        k, v = k.strip(), v.strip()
        if k == 'notes':
            notes.append(v)
        else:
            head[k] = v
    i += 1
    blocks = []
    cur = None
    for line in raw[i:]:
        m = MARK.match(line)
        if m:
            if cur:
                blocks.append(cur)
            kind = SHORT.get(m.group(1), m.group(1))
            if kind not in KINDS:
                sys.exit('%s: bad kind %s' % (path, kind))
            sp = (m.group(3) or '').strip() or None
            cur = {'kind': kind, 'cont': bool(m.group(2)), 'speaker': sp, 'lines': []}
        else:
            if cur is None:
                if line.strip():
                    sys.exit('%s: text before first marker: %r' % (path, line))
                continue
            cur['lines'].append(line)
    if cur:
        blocks.append(cur)
    for b in blocks:
        while b['lines'] and not b['lines'][-1].strip():
            b['lines'].pop()
        while b['lines'] and not b['lines'][0].strip():
            b['lines'].pop(0)
        if not b['lines']:
            sys.exit('%s: empty block' % path)
        for l in b['lines']:
            if not l.strip():
                sys.exit('%s: blank line inside block: %r' % (path, b['lines'][0]))
        b['text'] = '\n'.join(b['lines'])
    head['notes'] = ' '.join(notes)
    return head, blocks


def build(path):
    head, blocks = parse(path)
    sep = '\n' * (int(head.get('blank', '1')) + 1)
    text = sep.join(b['text'] for b in blocks) + '\n'
    paras, turn = [], 0
    for n, b in enumerate(blocks):
        if b['cont'] and n > 0:
            pass
        else:
            turn += 1
        if b['kind'] in ('lead', 'drop', 'sidebar', 'quote') and b['speaker']:
            sys.exit('%s: %s block with speaker %s' % (path, b['kind'], b['speaker']))
        paras.append({'start': b['text'].strip()[:50], 'turn': turn, 'kind': b['kind'],
                      'speaker': b['speaker']})
    iv = head['interviewer']
    key = {
        'file': head['file'],
        'language': head['language'],
        'layout': head['layout'],
        'title': head['title'],
        'interviewer': None if iv == 'null' else iv,
        'interviewees': [x.strip() for x in head['interviewees'].split('|') if x.strip()],
        'paragraphs': paras,
    }
    if head['notes']:
        key['notes'] = head['notes']
    names = set(key['interviewees']) | ({key['interviewer']} if key['interviewer'] else set())
    for p in paras:
        if p['speaker'] and p['speaker'] not in names and p['speaker'] not in text:
            sys.exit('%s: speaker %r neither key name nor in text' % (path, p['speaker']))
    for nm in names:
        if not any(p['speaker'] == nm for p in paras):
            print('warning: %s: %s never speaks' % (os.path.basename(path), nm))
    with open(os.path.join(OUT, head['file']), 'w', encoding='utf-8') as f:
        f.write(text)
    stem = os.path.splitext(head['file'])[0]
    with open(os.path.join(OUT, stem + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
        f.write('\n')
    return head['file'], len(text.split())


def main():
    specs = sorted(f for f in os.listdir(SPECS) if f.endswith('.spec'))
    rows = []
    for s in specs:
        rows.append(build(os.path.join(SPECS, s)))
    counts = [c for _, c in rows]
    lines = ['%-60s %4d' % r for r in rows]
    if counts:
        lines.append('')
        lines.append('files %d  min %d  max %d  mean %.1f' % (len(counts), min(counts), max(counts),
                                                         sum(counts) / len(counts)))
    out = '\n'.join(lines) + '\n'
    with open(os.path.join(HERE, 'wordcounts.txt'), 'w', encoding='utf-8') as f:
        f.write(out)
    print(out, end='')


if __name__ == '__main__':
    main()
