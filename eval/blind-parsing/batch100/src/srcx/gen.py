#!/usr/bin/env python3
"""Build fixtures + answer keys from spec files (stdlib only).

Spec format: header lines '#field: value' until a line '---'; then blocks, each introduced by an
annotation line '%% kind [speaker]' (new turn) or '%%+ kind [speaker]' (continuation: same turn).
kind: lead drop sidebar q a st quote.  speaker: omitted -> default (q: interviewer, a: sole
interviewee, others: none); '-' -> none; '=text' -> verbatim; otherwise a full name or unique
surname / substring of a declared person.
"""
import json, os, re, sys, glob

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(os.path.dirname(HERE))
KMAP = {'lead': 'lead', 'drop': 'drop', 'sidebar': 'sidebar', 'q': 'question', 'a': 'answer',
        'st': 'statement', 'quote': 'quote'}
TAKEN = [l.strip().lower() for l in open(os.path.join(OUT, 'src', 'topics-taken.txt'), encoding='utf-8') if l.strip()]


def blocks(text):  # identical to verify.py
    return [b.strip() for b in re.split(r'\n[ \t]*\n', text.replace('\r\n', '\n')) if b.strip()]


def parse(path):
    raw = open(path, encoding='utf-8').read()
    head, body = raw.split('\n---\n', 1)
    hdr = {}
    for line in head.splitlines():
        if line.startswith('#'):
            k, v = line[1:].split(':', 1)
            hdr[k.strip()] = v.strip()
    entries = []
    cur = None
    for line in body.split('\n'):
        m = re.match(r'^%%(\+?) (\w+)(?: (.*))?$', line)
        if m:
            if cur:
                entries.append(cur)
            cur = {'cont': m.group(1) == '+', 'k': m.group(2), 'sp': (m.group(3) or '').strip(), 'lines': []}
        elif line.startswith('%%'):
            sys.exit('%s: bad annotation %r' % (path, line))
        else:
            if cur is None:
                if line.strip():
                    sys.exit('%s: text before first annotation' % path)
                continue
            cur['lines'].append(line)
    entries.append(cur)
    return hdr, entries


def build(path):
    hdr, entries = parse(path)
    stem = hdr['file']
    errs = []
    if not re.match(r'^p100-\d\d-[a-z0-9]+(-[a-z0-9]+)+$', stem):
        errs.append('bad file name')
    topic = stem.split('-')[2]
    if not ('m' <= topic[0] <= 'z'):
        errs.append('topic letter')
    if any(topic in l for l in TAKEN):
        errs.append('topic taken: ' + topic)
    iv = None if hdr['interviewer'] == 'null' else hdr['interviewer']
    ivs = [x.strip() for x in hdr['interviewees'].split(';') if x.strip()]
    people = [x.strip() for x in hdr.get('people', '').split(';') if x.strip()]
    everyone = ([iv] if iv else []) + ivs + people
    texts = []
    for e in entries:
        ls = e['lines']
        while ls and not ls[0].strip():
            ls.pop(0)
        while ls and not ls[-1].strip():
            ls.pop()
        if not ls:
            errs.append('empty block after %r' % e)
        if any(not l.strip() for l in ls):
            errs.append('blank line inside block: %r' % ls[0])
        texts.append('\n'.join(ls))
    text = '\n\n'.join(texts) + '\n'
    bl = blocks(text)
    if len(bl) != len(entries):
        errs.append('block count mismatch %d/%d' % (len(bl), len(entries)))

    def resolve(e):
        k, sp = KMAP[e['k']], e['sp']
        if sp == '-':
            return None
        if sp.startswith('='):
            return sp[1:]
        if not sp:
            if k == 'question':
                return iv
            if k == 'answer':
                if len(ivs) != 1:
                    errs.append('answer without speaker, several interviewees')
                return ivs[0] if ivs else None
            return None
        c = [p for p in everyone if p == sp]
        if not c:
            c = [p for p in everyone if p.split()[-1] == sp]
        if not c:
            c = [p for p in everyone if sp in p]
        if len(set(c)) != 1:
            errs.append('cannot resolve speaker %r' % sp)
            return sp
        return c[0]

    paras = []
    turn = 0
    prev = None
    for e, b in zip(entries, bl):
        k = KMAP.get(e['k'])
        if k is None:
            errs.append('bad kind ' + e['k'])
            continue
        sp = resolve(e)
        if k in ('lead', 'drop', 'sidebar', 'quote') and sp is not None:
            errs.append('%s with speaker' % k)
        if e['cont']:
            if prev is None or prev['kind'] != k or prev['speaker'] != sp or k not in ('question', 'answer', 'statement'):
                errs.append('bad continuation at %r' % b[:40])
        else:
            if prev and k in ('answer', 'statement') and prev['kind'] == k and prev['speaker'] == sp:
                errs.append('same speaker consecutive without + at %r' % b[:40])
            turn += 1
        if sp is not None and sp not in text and sp not in everyone:
            errs.append('speaker not in text: %r' % sp)
        if sp is not None and sp not in text:
            errs.append('speaker full name not literally in text: %r' % sp)
        p = {'start': b[:50], 'turn': turn, 'kind': k, 'speaker': sp}
        paras.append(p)
        prev = p
    key = {'file': stem + '.txt', 'language': hdr['lang'], 'layout': hdr['layout'], 'title': hdr['title'],
           'interviewer': iv, 'interviewees': ivs, 'paragraphs': paras}
    if hdr.get('notes'):
        key['notes'] = hdr['notes']
    wc = len(text.split())
    if not 350 <= wc <= 550:
        errs.append('word count %d' % wc)
    if hdr['title'] not in text:
        errs.append('title not in text')
    for p in everyone:
        if p not in text and p != iv:
            pass
    return stem, text, key, errs, wc, everyone, hdr


def main():
    specs = sorted(glob.glob(os.path.join(HERE, 'specs', '*.spec')))
    bad = 0
    surn = {}
    allt = {}
    for s in specs:
        stem, text, key, errs, wc, everyone, hdr = build(s)
        allt[stem] = text
        for p in everyone:
            surn.setdefault(p.split()[-1], set()).add(stem)
        with open(os.path.join(OUT, stem + '.txt'), 'w', encoding='utf-8') as f:
            f.write(text)
        with open(os.path.join(OUT, stem + '.key.json'), 'w', encoding='utf-8') as f:
            json.dump(key, f, ensure_ascii=False, indent=1)
            f.write('\n')
        print('%-55s %s %4d words %3d blocks %s' % (stem, hdr['lang'], wc, len(key['paragraphs']), 'OK' if not errs else 'ERR'))
        for e in errs:
            print('    ', e)
        bad += bool(errs)
    for s, stems in sorted(surn.items()):
        if len(stems) > 1:
            print('SURNAME REUSED', s, stems); bad += 1
        for st, t in allt.items():
            if st not in stems and re.search(r'\b%s\b' % re.escape(s), t):
                print('SURNAME %s of %s appears in %s' % (s, stems, st)); bad += 1
    print('%d specs, %d with errors' % (len(specs), bad))


if __name__ == '__main__':
    main()
