#!/usr/bin/env python3
"""Generate fixtures + keys from specs/*.spec (stdlib only).
Spec: header lines 'field: value' until a line '===', then blocks. Each block starts with a tag line
'@KIND[=] [ALIAS|-]' (KIND: l=lead d=drop s=sidebar q=question a=answer st=statement qu=quote);
'=' keeps the previous turn (continuation / label-alone block). Block text must have no blank lines."""
import glob, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, '..', '..'))
KIND = {'l': 'lead', 'd': 'drop', 's': 'sidebar', 'q': 'question', 'a': 'answer', 'st': 'statement', 'qu': 'quote'}
allnames, wc = {}, []
for spec in sorted(glob.glob(os.path.join(HERE, 'specs', '*.spec'))):
    raw = open(spec, encoding='utf-8').read()
    head, body = raw.split('\n===\n', 1)
    meta = {}
    for line in head.splitlines():
        if line.strip():
            k, v = line.split(':', 1)
            meta[k.strip()] = v.strip()
    alias = {}
    for pair in meta.get('alias', '').split(';'):
        if '=' in pair:
            a, n = pair.split('=', 1)
            alias[a.strip()] = n.strip()
    blocks, cur = [], None
    for line in body.split('\n'):
        m = re.match(r'^@(l|d|s|q|a|st|qu)(=?)(?:\s+(.+?))?\s*$', line)
        if m:
            cur = [m.group(1), m.group(2) == '=', m.group(3), []]
            blocks.append(cur)
        else:
            assert cur is not None or not line.strip(), (spec, line)
            if cur is not None:
                cur[3].append(line)
    texts, paras, turn = [], [], 0
    for kind, cont, al, lines in blocks:
        txt = '\n'.join(lines).strip('\n')
        assert txt.strip(), (spec, 'empty block')
        assert not re.search(r'\n[ \t]*\n', txt), (spec, 'blank line inside block', txt[:60])
        if not cont or turn == 0:
            turn += 1
        sp = None if al in (None, '-') else alias.get(al, al)
        if KIND[kind] in ('lead', 'drop', 'sidebar', 'quote'):
            sp = None
        texts.append(txt)
        paras.append({'start': txt.strip()[:50], 'turn': turn, 'kind': KIND[kind], 'speaker': sp})
    text = '\n\n'.join(texts) + '\n'
    if meta.get('crlf') == 'yes':
        text = text.replace('\n', '\r\n')
    name = meta['file']
    iv = None if meta['interviewer'] in ('null', '') else meta['interviewer']
    ivs = [n.strip() for n in meta['interviewees'].split(';') if n.strip()]
    for n in ivs + ([iv] if iv else []):
        assert n not in allnames, ('name reused', n, allnames.get(n), name)
        allnames[n] = name
    for p in paras:
        assert p['speaker'] is None or p['speaker'] in ivs + [iv] or p['speaker'] in text, (name, p)
    key = {'file': name + '.txt', 'language': meta['language'], 'layout': meta['layout'], 'title': meta['title'],
           'interviewer': iv, 'interviewees': ivs, 'paragraphs': paras}
    if meta.get('notes'):
        key['notes'] = meta['notes']
    with open(os.path.join(OUT, name + '.txt'), 'w', encoding='utf-8', newline='') as f:
        f.write(text)
    with open(os.path.join(OUT, name + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
        f.write('\n')
    wc.append((name, len(text.split())))
with open(os.path.join(HERE, 'wordcounts.txt'), 'w') as f:
    for n, c in wc:
        f.write('%s\t%d%s\n' % (n, c, '' if 400 <= c <= 550 else '  OUT OF RANGE'))
    cs = [c for _, c in wc]
    if cs:
        f.write('files %d  min %d  max %d  mean %.1f\n' % (len(cs), min(cs), max(cs), sum(cs) / len(cs)))
print(open(os.path.join(HERE, 'wordcounts.txt')).read())
