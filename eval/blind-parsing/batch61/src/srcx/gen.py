#!/usr/bin/env python3
"""Generate p61 fixture texts and keys from tagged sources (stdlib only).

Source format (src/srcx/NN.src):
  header lines  "field: value" up to a line "---"
    wrap (optional: hard-wrap non-drop blocks to N columns, imitating PDF text), file, language, layout, title, interviewer (name or null), interviewees (names joined by " | "),
    alias (repeatable, "K = Full Name"), notes (repeatable; joined with spaces)
  body: each block starts with a tag line "@@ KIND[+] [SPEAKER]"
    KIND: lead drop side q a st quote ; "+" = same turn as previous block
    SPEAKER: alias key, a literal name, or "-" / nothing for null
  block text = the following lines up to the next tag (no blank lines inside a block).
"""
import json, os, re, sys, textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(os.path.dirname(HERE))
KINDS = {'lead': 'lead', 'drop': 'drop', 'side': 'sidebar', 'q': 'question', 'a': 'answer',
         'st': 'statement', 'quote': 'quote'}


def parse(path):
    with open(path, encoding='utf-8') as f:
        raw = f.read()
    head, body = raw.split('\n---\n', 1)
    meta, alias, notes = {}, {}, []
    for line in head.splitlines():
        if not line.strip():
            continue
        k, v = line.split(':', 1)
        k, v = k.strip(), v.strip()
        if k == 'alias':
            a, n = v.split('=', 1)
            alias[a.strip()] = n.strip()
        elif k == 'notes':
            notes.append(v)
        else:
            meta[k] = v
    blocks, cur = [], None
    for line in body.split('\n'):
        m = re.match(r'^@@ (\w+)(\+?)(?: (.*))?$', line)
        if m:
            cur = {'kind': m.group(1), 'cont': bool(m.group(2)), 'spk': (m.group(3) or '').strip(), 'lines': []}
            blocks.append(cur)
        else:
            if cur is None:
                if line.strip():
                    raise SystemExit('%s: text before first tag: %r' % (path, line))
                continue
            cur['lines'].append(line)
    return meta, alias, notes, blocks


def build(path):
    meta, alias, notes, blocks = parse(path)
    texts, paras, turn = [], [], 0
    for b in blocks:
        lines = b['lines']
        while lines and not lines[-1].strip():
            lines.pop()
        while lines and not lines[0].strip():
            lines.pop(0)
        if not lines:
            raise SystemExit('%s: empty block' % path)
        if any(not l.strip() for l in lines):
            raise SystemExit('%s: blank line inside block %r' % (path, lines[0]))
        kind = KINDS[b['kind']]
        spk = b['spk']
        speaker = None if spk in ('', '-') else alias.get(spk, spk)
        if kind in ('lead', 'drop', 'sidebar', 'quote'):
            if speaker is not None:
                raise SystemExit('%s: %s with speaker' % (path, kind))
        if b['cont'] and turn:
            pass
        else:
            turn += 1
        text = '\n'.join(lines)
        if meta.get('wrap') and b['kind'] not in ('drop',):
            text = textwrap.fill(' '.join(l.strip() for l in lines), int(meta['wrap']), break_on_hyphens=False)
        texts.append(text)
        paras.append({'start': text.strip()[:50], 'turn': turn, 'kind': kind, 'speaker': speaker})
    full = '\n\n'.join(texts) + '\n'
    fname = meta['file'] + '.txt'
    iv = meta['interviewer']
    key = {'file': fname, 'language': meta['language'], 'layout': meta['layout'], 'title': meta['title'],
           'interviewer': None if iv == 'null' else iv,
           'interviewees': [x.strip() for x in meta['interviewees'].split('|') if x.strip()],
           'paragraphs': paras}
    if notes:
        key['notes'] = ' '.join(notes)
    names = set(key['interviewees']) | ({key['interviewer']} if key['interviewer'] else set())
    for p in paras:
        if p['speaker'] and p['speaker'] not in names and p['speaker'] not in full:
            raise SystemExit('%s: speaker %r not in text' % (path, p['speaker']))
    with open(os.path.join(OUT, fname), 'w', encoding='utf-8') as f:
        f.write(full)
    with open(os.path.join(OUT, meta['file'] + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
        f.write('\n')
    return fname, meta['language'], meta['layout'], len(full.split()), len(paras)


def main():
    srcs = sorted(f for f in os.listdir(HERE) if f.endswith('.src'))
    for s in srcs:
        fname, lang, layout, words, n = build(os.path.join(HERE, s))
        flag = '' if 400 <= words <= 900 else '  <-- WORDS OUT OF RANGE'
        print('%-45s %s %-28s %4d words %3d blocks%s' % (fname, lang, layout, words, n, flag))


if __name__ == '__main__':
    main()
