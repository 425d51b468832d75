#!/usr/bin/env python3
"""Check that no person name (key names and speakers) and no hyphenated surname occurs in more than one fixture."""
import collections, json, os, re

BATCH = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main():
    files = sorted(f for f in os.listdir(BATCH) if f.endswith('.txt'))
    texts = {f: open(os.path.join(BATCH, f), encoding='utf-8').read() for f in files}
    people = collections.defaultdict(set)
    for f in files:
        key = json.load(open(os.path.join(BATCH, f[:-4] + '.key.json'), encoding='utf-8'))
        for n in ([key['interviewer']] if key['interviewer'] else []) + key['interviewees']:
            people[n].add(f)
        for p in key['paragraphs']:
            if p['speaker']:
                people[p['speaker']].add(f)
    out, bad = [], 0
    for n, fs in sorted(people.items()):
        surname = n.split()[-1]
        hits = [f for f, t in texts.items() if re.search(r'\b' + re.escape(surname) + r'\b', t)]
        if len(fs) > 1 or len(hits) > 1:
            bad += 1
            out.append('REUSED %s: %s' % (n, ', '.join(sorted(set(hits) | fs))))
    hy = collections.defaultdict(set)
    for f, t in texts.items():
        for m in re.finditer(r"\b[A-ZÄÖÜ][a-zäöüß']+(?:-[A-ZÄÖÜ][a-zäöüß]+)+\b", t):
            hy[m.group(0)].add(f)
    for w, fs in sorted(hy.items()):
        if len(fs) > 1:
            bad += 1
            out.append('HYPHENATED NAME IN SEVERAL FILES %s: %s' % (w, ', '.join(sorted(fs))))
    out.append('%d speaker/key names, %d hyphenated capitalised names, %d reused' % (len(people), len(hy), bad))
    text = '\n'.join(out) + '\n'
    open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'namecheck-result.txt'), 'w',
         encoding='utf-8').write(text)
    print(text, end='')


if __name__ == '__main__':
    main()
