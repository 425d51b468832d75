#!/usr/bin/env python3
"""Check the answer keys of this batch against their interview files (stdlib only)."""
import json, os, re, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # adapted: fixtures live one level above src/
KINDS = {'lead', 'question', 'answer', 'statement', 'sidebar', 'quote', 'drop'}


def blocks(text):
    return [b.strip() for b in re.split(r'\n[ \t]*\n', text.replace('\r\n', '\n')) if b.strip()]


def check(key_path):
    errs = []
    try:
        with open(key_path, encoding='utf-8') as f:
            key = json.load(f)
    except Exception as e:  # noqa
        return ['does not parse: %s' % e]
    for field in ('file', 'language', 'layout', 'title', 'interviewer', 'interviewees', 'paragraphs'):
        if field not in key:
            errs.append('missing field %s' % field)
    if errs:
        return errs
    if key['language'] not in ('de', 'en'):
        errs.append('bad language %r' % key['language'])
    path = os.path.join(HERE, key['file'])
    if not os.path.exists(path):
        return errs + ['file %s missing' % key['file']]
    stem = os.path.basename(key_path)[:-len('.key.json')]
    if os.path.splitext(key['file'])[0] != stem:
        errs.append('key name does not match file name')
    with open(path, encoding='utf-8') as f:
        text = f.read()
    bl = blocks(text)
    paras = key['paragraphs']
    if len(bl) != len(paras):
        errs.append('%d blocks but %d paragraph entries' % (len(bl), len(paras)))
    names = set(key['interviewees']) | ({key['interviewer']} if key['interviewer'] else set())
    prev = 0
    for i, (b, p) in enumerate(zip(bl, paras)):
        if p.get('start') != b[:50]:
            errs.append('block %d: start %r != %r' % (i, p.get('start'), b[:50]))
        if p.get('kind') not in KINDS:
            errs.append('block %d: bad kind %r' % (i, p.get('kind')))
        t = p.get('turn')
        if not isinstance(t, int):
            errs.append('block %d: turn not int' % i)
            continue
        if i == 0 and t != 1:
            errs.append('first turn is %d, not 1' % t)
        if t < prev:
            errs.append('block %d: turn decreases %d -> %d' % (i, prev, t))
        if t > prev + 1:
            errs.append('block %d: turn jumps %d -> %d' % (i, prev, t))
        prev = t
        sp = p.get('speaker')
        if sp is not None and sp not in names and sp not in text:
            errs.append('block %d: speaker %r unknown' % (i, sp))
        if p.get('kind') in ('lead', 'sidebar', 'drop', 'quote') and sp is not None:
            errs.append('block %d: %s with speaker' % (i, p['kind']))
    return errs


def main():
    keys = sorted(f for f in os.listdir(HERE) if f.endswith('.key.json'))
    bad = 0
    for k in keys:
        errs = check(os.path.join(HERE, k))
        if errs:
            bad += 1
            print('FAIL', k)
            for e in errs:
                print('   ', e)
    texts = [f for f in os.listdir(HERE) if f.endswith(('.txt', '.md')) and not f.endswith('.key.json')
             and f != 'README.md']
    for t in texts:
        if not os.path.exists(os.path.join(HERE, os.path.splitext(t)[0] + '.key.json')):
            bad += 1
            print('FAIL no key for', t)
    print('%d keys, %d failing' % (len(keys), bad))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
