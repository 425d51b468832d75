#!/usr/bin/env python3
"""Generate p62 fixture text + key from one tagged source per file (stdlib only).

Source format (srcx/NN.src):
  header lines  '@file <stem>', '@language de|en', '@layout ...', '@title ...',
                '@interviewer <name>|null', '@interviewee <name>' (repeatable), '@notes ...' (repeatable)
  then blocks, each introduced by a tag line:
      @@ <kind> [| <speaker or ->] [| flags]
  flags: 'same' (force same turn as previous), 'new' (force new turn), 'label' (label alone in its
  own block: takes kind/speaker of the next block and opens its turn).
  Block text = the lines up to the next tag line, blank lines around it removed; it must not contain
  a blank line. Blocks are written separated by one blank line.
Turn rule: +1 per block, except question/answer/statement blocks that follow a block of the same kind
and speaker (continuation), unless 'new'.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(os.path.dirname(HERE))
KINDS = {'lead', 'question', 'answer', 'statement', 'sidebar', 'quote', 'drop'}
SPEAKING = {'question', 'answer', 'statement'}


def parse(path):
    head = {'interviewees': [], 'notes': []}
    blocks = []
    cur = None
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    for ln in lines:
        if ln.startswith('@@'):
            parts = [p.strip() for p in ln[2:].split('|')]
            kind = parts[0]
            sp = parts[1] if len(parts) > 1 and parts[1] not in ('', '-') else None
            flags = set(parts[2].split()) if len(parts) > 2 else set()
            if kind not in KINDS:
                sys.exit('%s: bad kind %r' % (path, kind))
            cur = {'kind': kind, 'speaker': sp, 'flags': flags, 'lines': []}
            blocks.append(cur)
        elif cur is None:
            if not ln.strip():
                continue
            m = re.match(r'@(\w+)\s+(.*)$', ln)
            if not m:
                sys.exit('%s: bad header line %r' % (path, ln))
            k, v = m.group(1), m.group(2).strip()
            if k == 'interviewee':
                head['interviewees'].append(v)
            elif k == 'notes':
                head['notes'].append(v)
            else:
                head[k] = v
        else:
            cur['lines'].append(ln)
    for b in blocks:
        ls = b['lines']
        while ls and not ls[0].strip():
            ls.pop(0)
        while ls and not ls[-1].strip():
            ls.pop()
        if not ls:
            sys.exit('%s: empty block' % path)
        if any(not l.strip() for l in ls):
            sys.exit('%s: blank line inside block starting %r' % (path, ls[0][:40]))
        b['text'] = '\n'.join(l.rstrip() for l in ls)
    return head, blocks


def build(path):
    head, blocks = parse(path)
    # resolve label blocks
    for i, b in enumerate(blocks):
        if 'label' in b['flags']:
            nxt = blocks[i + 1]
            b['kind'], b['speaker'] = nxt['kind'], nxt['speaker']
            nxt['flags'].add('same')
    paras, turn, prev = [], 0, None
    for b in blocks:
        if prev is None:
            turn = 1
        elif 'same' in b['flags']:
            pass
        elif 'new' in b['flags']:
            turn += 1
        elif b['kind'] in SPEAKING and prev['kind'] == b['kind'] and prev['speaker'] == b['speaker']:
            pass
        else:
            turn += 1
        if b['kind'] not in SPEAKING and b['speaker'] is not None:
            sys.exit('%s: %s block with speaker' % (path, b['kind']))
        paras.append({'start': b['text'].strip()[:50], 'turn': turn, 'kind': b['kind'],
                      'speaker': b['speaker']})
        prev = b
    text = '\n\n'.join(b['text'] for b in blocks) + '\n'
    stem = head['file']
    iv = head.get('interviewer', 'null')
    key = {'file': stem + '.txt', 'language': head['language'], 'layout': head['layout'],
           'title': head['title'], 'interviewer': None if iv == 'null' else iv,
           'interviewees': head['interviewees'], 'paragraphs': paras}
    if head['notes']:
        key['notes'] = ' '.join(head['notes'])
    names = set(key['interviewees']) | ({key['interviewer']} if key['interviewer'] else set())
    for p in paras:
        if p['speaker'] and p['speaker'] not in names and p['speaker'] not in text:
            sys.exit('%s: speaker %r not in names or text' % (path, p['speaker']))
    for n in names:
        if n not in text:
            print('  warn %s: name %r not verbatim in text' % (stem, n))
    with open(os.path.join(OUT, stem + '.txt'), 'w', encoding='utf-8') as f:
        f.write(text)
    with open(os.path.join(OUT, stem + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
        f.write('\n')
    return stem, key, len(text.split()), len(paras)


def main():
    srcs = sorted(f for f in os.listdir(HERE) if f.endswith('.src'))
    for s in srcs:
        stem, key, words, n = build(os.path.join(HERE, s))
        flag = '' if 400 <= words <= 900 else '  <-- WORDS OUT OF RANGE'
        print('%-50s %s %4d words %3d blocks%s' % (stem, key['language'], words, n, flag))


if __name__ == '__main__':
    main()
