#!/usr/bin/env python3
"""Build fixture .txt files and .key.json answer keys from specs/*.txt (stdlib only).

Spec format: header lines "field: value" (file, lang, layout, title, interviewer, interviewees (| separated),
alias (A = Full Name ; B = Full Name), notes), then blocks introduced by "=== KIND [ALIAS] [+]".
"+" means the block continues the previous turn; otherwise every block starts a new turn.
"""
import glob, json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(os.path.dirname(HERE))  # batch/
KINDS = {'lead', 'question', 'answer', 'statement', 'sidebar', 'quote', 'drop'}


def parse(path):
    head, blocks, cur = {}, [], None
    for line in open(path, encoding='utf-8').read().split('\n'):
        if line.startswith('=== '):
            parts = line[4:].split()
            kind = parts[0]
            cont = '+' in parts[1:]
            wrap = 'wrap' in parts[1:]
            alias = [p for p in parts[1:] if p not in ('+', 'wrap')]
            cur = {'kind': kind, 'alias': alias[0] if alias else None, 'cont': cont, 'wrap': wrap, 'lines': []}
            blocks.append(cur)
        elif cur is None:
            if line.strip():
                k, _, v = line.partition(':')
                head[k.strip()] = v.strip()
        else:
            cur['lines'].append(line)
    return head, blocks


def hyphen_wrap(text, width=52):
    """Hard-wrap a paragraph like a PDF copy, splitting long words with a hyphen."""
    lines, cur = [], ''
    for w in text.split():
        if not cur:
            cur = w
        elif len(cur) + 1 + len(w) <= width:
            cur += ' ' + w
        else:
            room = width - len(cur) - 2
            cut = 0
            if len(w) >= 8 and room >= 3:
                vow = 'aeiouäöüyAEIOUÄÖÜ'
                for k in range(min(room, len(w) - 4), 3, -1):
                    if not w[:k + 2].isalpha():
                        continue
                    vc_cv = (w[k - 2] in vow and w[k - 1] not in vow and w[k] not in vow and w[k + 1] in vow
                             and w[k - 1:k + 1].lower() not in ('ch', 'ck', 'sc', 'ph', 'th', 'sh'))
                    v_cv = (w[k - 1] in vow and w[k - 2] not in vow and w[k] not in vow and w[k + 1] in vow
                            and w[k] != 'h')
                    if vc_cv or v_cv:
                        cut = k
                        break
            if cut:
                lines.append(cur + ' ' + w[:cut] + '-')
                cur = w[cut:]
            else:
                lines.append(cur)
                cur = w
    if cur:
        lines.append(cur)
    return '\n'.join(lines)


def build(path):
    head, blocks = parse(path)
    aliases = {}
    for pair in head.get('alias', '').split(';'):
        if '=' in pair:
            a, _, n = pair.partition('=')
            aliases[a.strip()] = n.strip()
    texts, paras, turn = [], [], 0
    for i, b in enumerate(blocks):
        text = '\n'.join(b['lines']).strip('\n')
        text = '\n'.join(l.rstrip() for l in text.split('\n'))
        if b['wrap']:
            text = hyphen_wrap(' '.join(text.split()))
        assert text.strip(), (path, i)
        assert not re.search(r'\n[ \t]*\n', text), (path, i, text[:60])
        assert b['kind'] in KINDS, (path, b['kind'])
        if not (b['cont'] and turn):
            turn += 1
        sp = None
        if b['alias'] and b['alias'] != '-':
            sp = aliases.get(b['alias'], b['alias'])
        texts.append(text)
        paras.append({'start': text.strip()[:50], 'turn': turn, 'kind': b['kind'], 'speaker': sp})
    body = '\n\n'.join(texts) + '\n'
    iv = head.get('interviewer', 'null')
    key = {
        'file': head['file'] + '.txt',
        'language': head['lang'],
        'layout': head['layout'],
        'title': head['title'],
        'interviewer': None if iv in ('null', '') else iv,
        'interviewees': [n.strip() for n in head.get('interviewees', '').split('|') if n.strip()],
        'paragraphs': paras,
    }
    if head.get('notes'):
        key['notes'] = head['notes']
    for p in paras:
        if p['speaker'] and p['speaker'] not in body:
            names = set(key['interviewees']) | {key['interviewer']}
            assert p['speaker'] in names, (path, p)
    with open(os.path.join(OUT, head['file'] + '.txt'), 'w', encoding='utf-8') as f:
        f.write(body)
    with open(os.path.join(OUT, head['file'] + '.key.json'), 'w', encoding='utf-8') as f:
        json.dump(key, f, ensure_ascii=False, indent=1)
        f.write('\n')
    return head['file'], len(body.split()), head['lang']


def main():
    rows = [build(p) for p in sorted(glob.glob(os.path.join(HERE, 'specs', '*.txt')))]
    lines = ['%s.txt\t%s\t%d' % (f, lang, n) for f, n, lang in rows]
    counts = [n for _, n, _ in rows]
    if counts:
        lines.append('files %d, min %d, max %d, mean %.1f' % (len(counts), min(counts), max(counts),
                                                              sum(counts) / len(counts)))
    open(os.path.join(HERE, 'wordcounts.txt'), 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
    print('\n'.join(lines))


if __name__ == '__main__':
    main()
