#!/usr/bin/env python3
"""Cross-file checks: surnames unique per file, topic words vs topics-taken, word counts."""
import os, re, glob
HERE = os.path.dirname(os.path.abspath(__file__))
B = os.path.dirname(os.path.dirname(HERE))
taken = [l.strip().lower() for l in open(os.path.join(B, 'src', 'topics-taken.txt'), encoding='utf-8') if l.strip()]
texts, people = {}, {}
for sp in sorted(glob.glob(os.path.join(HERE, 'specs', '*.spec'))):
    head = dict(l[1:].rstrip('\n').split(' ', 1) for l in open(sp, encoding='utf-8') if l.startswith('#') and ' ' in l)
    f = head['file']
    texts[f] = open(os.path.join(B, f + '.txt'), encoding='utf-8').read()
    people[f] = [p.strip() for p in head.get('people', '').split(';') if p.strip()]
bad = 0
for f, ps in people.items():
    for p in ps:
        sur = p.split()[-1]
        for g, t in texts.items():
            if g != f and re.search(r'\b%s\b' % re.escape(sur), t):
                print('SURNAME', sur, 'of', f, 'also in', g); bad += 1
for f in texts:
    topic = f.split('-')[2]
    hits = [l for l in taken if topic in l]
    print('topic %-16s %s %s' % (topic, 'm-z' if 'm' <= topic[0] <= 'z' else 'BAD-LETTER', 'HIT %s' % hits[:2] if hits else 'no hit'))
    bad += bool(hits) or not ('m' <= topic[0] <= 'z')
print('problems:', bad)
