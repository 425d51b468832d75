#!/usr/bin/env python3
"""Build fixture text + answer key from one tagged source per fixture (stdlib only).

Source format (src/srcx/*.src):
    header lines "field: value" (file, lang, layout, title, interviewer, interviewees, notes, crlf)
    a line "---"
    then blocks, each introduced by a tag line:
        %% KIND[+] [SPEAKER]
    KIND: lead drop side q a st quote  (side=sidebar, q=question, a=answer, st=statement)
    '+'  : same turn as the previous block (continuation / label alone in its own block)
    SPEAKER: omitted -> q: interviewer, a: sole interviewee, others: null; '-' -> null; else a full name.
    The lines after the tag (up to the next tag) are the block text, written verbatim.
Output: ../../FILE.txt and ../../FILE.key.json. Keys' "start" values are computed from the written text
with the same block splitter as verify.py, so text and key cannot drift apart.
"""
import glob, json, os, re, sys

SRC = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(os.path.dirname(SRC))
KINDS = {'lead': 'lead', 'drop': 'drop', 'side': 'sidebar', 'q': 'question', 'a': 'answer',
         'st': 'statement', 'quote': 'quote'}
SPEAKERLESS = {'lead', 'drop', 'sidebar', 'quote'}


def blocks(text):  # identical to verify.py
    return [b.strip() for b in re.split(r'\n[ \t]*\n', text.replace('\r\n', '\n')) if b.strip()]


def build(path):
    raw = open(path, encoding='utf-8').read()
    head, body = raw.split('\n---\n', 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(':', 1)
            meta[k.strip()] = v.strip()
    interviewer = None if meta['interviewer'] in ('', 'null') else meta['interviewer']
    interviewees = [n.strip() for n in meta['interviewees'].split(';') if n.strip()]
    chunks = re.split(r'^%% ', body, flags=re.M)
    assert chunks[0].strip() == '', (path, 'text before first tag')
    tags, texts = [], []
    for ch in chunks[1:]:
        tagline, _, txt = ch.partition('\n')
        txt = txt.rstrip('\n')
        assert txt.strip(), (path, 'empty block', tagline)
        assert not re.search(r'\n[ \t]*\n', txt.strip('\n')), (path, 'blank line inside block', tagline)
        parts = tagline.split(None, 1)
        k = parts[0]
        cont = k.endswith('+')
        k = k.rstrip('+')
        kind = KINDS[k]
        spec = parts[1].strip() if len(parts) > 1 else None
        if spec == '-':
            sp = None
        elif spec:
            sp = spec
        elif kind == 'question':
            sp = interviewer
        elif kind == 'answer':
            assert len(interviewees) == 1, (path, 'answer needs speaker', txt[:40])
            sp = interviewees[0]
        else:
            sp = None
        if kind in SPEAKERLESS:
            assert sp is None, (path, 'speaker on', kind)
        tags.append((kind, cont, sp))
        texts.append(txt)
    nl = '\r\n' if meta.get('crlf') == 'yes' else '\n'
    text = '\n\n'.join(texts) + '\n'
    if nl == '\r\n':
        text = text.replace('\n', '\r\n')
    bl = blocks(text)
    assert len(bl) == len(tags), (path, len(bl), len(tags))
    paras, turn = [], 0
    for b, (kind, cont, sp) in zip(bl, tags):
        if not cont or turn == 0:
            turn += 1
        if sp is not None and sp not in interviewees and sp != interviewer:
            assert sp in text, (path, 'speaker not in text', sp)
        paras.append({'start': b[:50], 'turn': turn, 'kind': kind, 'speaker': sp})
    for n in interviewees + ([interviewer] if interviewer else []):
        assert any(p['speaker'] == n for p in paras), (path, 'name never speaks', n)
    name = meta['file']
    key = {'file': name + '.txt', 'language': meta['lang'], 'layout': meta['layout'], 'title': meta['title'],
           'interviewer': interviewer, 'interviewees': interviewees, 'paragraphs': paras}
    if meta.get('notes'):
        key['notes'] = meta['notes']
    with open(os.path.join(OUT, name + '.txt'), 'w', encoding='utf-8', newline='') as f:
        f.write(text)
    with open(os.path.join(OUT, name + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
        f.write('\n')
    words = len(text.split())
    return name, words, len(bl)


def main():
    srcs = sorted(glob.glob(os.path.join(SRC, '*.src')))
    if len(sys.argv) > 1:
        srcs = [s for s in srcs if any(a in s for a in sys.argv[1:])]
    bad = 0
    for s in srcs:
        name, words, nb = build(s)
        flag = '' if 400 <= words <= 550 else '  <-- WORD COUNT OUT OF RANGE'
        bad += bool(flag)
        print('%-50s %4d words %3d blocks%s' % (name, words, nb, flag))
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
