#!/usr/bin/env python3
"""Generate the p84 interview fixtures and their answer keys from the specs in specs/ (stdlib only).

Spec format (UTF-8):
    key: value header lines (file, language, layout, title, interviewer, interviewees, notes)
    a line '==='
    then blocks, each opened by a tag line '@KIND [SPEAKER]' where KIND is one of
    lead, drop, sidebar, quote, question, answer, statement; SPEAKER '-' or absent means null.
    A '!' after KIND forces a new turn, a '+' forces the same turn as the block before.
Text between tag lines is one blank-line block of the fixture (leading/trailing blank lines removed).

Turn rule (conventions.md): lead/drop/sidebar/quote blocks always open a new turn; question/answer/statement
blocks continue the previous turn when kind and speaker equal the previous block's, otherwise open a new turn.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SPECS = os.path.join(HERE, 'specs')
OUT = os.path.dirname(os.path.dirname(HERE))  # batch/
ALWAYS_NEW = {'lead', 'drop', 'sidebar', 'quote'}
KINDS = ALWAYS_NEW | {'question', 'answer', 'statement'}


def parse(path):
    with open(path, encoding='utf-8') as f:
        raw = f.read()
    head, body = raw.split('\n===\n', 1)
    meta = {}
    for line in head.splitlines():
        if line.strip() and not line.startswith('#'):
            k, v = line.split(':', 1)
            meta[k.strip()] = v.strip()
    blocks = []
    cur = None
    for line in body.split('\n'):
        m = re.match(r'^@(lead|drop|sidebar|quote|question|answer|statement)([!+]?)(?: (.*))?$', line)
        if m:
            cur = {'kind': m.group(1), 'mod': m.group(2), 'speaker': (m.group(3) or '-').strip(), 'lines': []}
            blocks.append(cur)
        elif cur is None:
            if line.strip():
                sys.exit('%s: text before first tag: %r' % (path, line))
        else:
            cur['lines'].append(line)
    return meta, blocks


def build(meta, blocks, path):
    texts, paras = [], []
    turn, prev = 0, None
    for b in blocks:
        text = '\n'.join(b['lines']).strip('\n')
        if not text.strip():
            sys.exit('%s: empty block' % path)
        if re.search(r'\n[ \t]*\n', text):
            sys.exit('%s: block contains a blank line: %r' % (path, text[:60]))
        sp = None if b['speaker'] == '-' else b['speaker']
        kind = b['kind']
        if b['mod'] == '+':
            new = False
        elif b['mod'] == '!' or kind in ALWAYS_NEW or prev is None:
            new = True
        else:
            new = not (prev['kind'] == kind and prev['speaker'] == sp)
        if new:
            turn += 1
        texts.append(text)
        paras.append({'start': text.strip()[:50], 'turn': turn, 'kind': kind, 'speaker': sp})
        prev = {'kind': kind, 'speaker': sp}
    full = '\n\n'.join(texts) + '\n'
    iv = meta.get('interviewer', 'null')
    key = {
        'file': meta['file'] + '.txt',
        'language': meta['language'],
        'layout': meta['layout'],
        'title': meta['title'],
        'interviewer': None if iv in ('null', '', '-') else iv,
        'interviewees': [n.strip() for n in meta.get('interviewees', '').split(';') if n.strip()],
        'paragraphs': paras,
    }
    if meta.get('notes'):
        key['notes'] = meta['notes']
    names = set(key['interviewees']) | ({key['interviewer']} if key['interviewer'] else set())
    for p in paras:
        if p['speaker'] and p['speaker'] not in names and p['speaker'] not in full:
            sys.exit('%s: speaker %r neither listed nor in text' % (path, p['speaker']))
    for n in names:
        if n not in full:
            print('WARNING %s: name %r does not occur verbatim in the text' % (meta['file'], n))
    return full, key


def main():
    specs = sorted(f for f in os.listdir(SPECS) if f.endswith('.spec'))
    counts = []
    for s in specs:
        meta, blocks = parse(os.path.join(SPECS, s))
        full, key = build(meta, blocks, s)
        if os.path.splitext(s)[0] != meta['file']:
            sys.exit('%s: spec name differs from file %s' % (s, meta['file']))
        with open(os.path.join(OUT, meta['file'] + '.txt'), 'w', encoding='utf-8', newline='\n') as f:
            f.write(full)
        with open(os.path.join(OUT, meta['file'] + '.key.json'), 'w', encoding='utf-8') as f:
            json.dump(key, f, ensure_ascii=False, indent=1)
            f.write('\n')
        counts.append((meta['file'] + '.txt', len(full.split())))
    with open(os.path.join(HERE, 'wordcounts.txt'), 'w', encoding='utf-8') as f:
        for name, n in counts:
            f.write('%-55s %4d\n' % (name, n))
        if counts:
            ns = [n for _, n in counts]
            f.write('files %d  min %d  max %d  mean %.1f  (words = whitespace-separated tokens of the whole file)\n'
                    % (len(ns), min(ns), max(ns), sum(ns) / len(ns)))
    for name, n in counts:
        flag = '' if 400 <= n <= 550 else '   <-- OUT OF RANGE'
        print('%-55s %4d%s' % (name, n, flag))


if __name__ == '__main__':
    main()
