#!/usr/bin/env python3
"""Topic check for batch p87 (stdlib only).

A topic word is free when it does not occur as a case-insensitive substring of any line of
../topics-taken.txt and it begins with a letter from a to l.
Part 1 checks every candidate tried (candidates.txt); part 2 checks the 30 topic words actually used,
taken from the spec file names (p87-NN-TOPIC-layout).
"""
import glob, os, re
HERE = os.path.dirname(os.path.abspath(__file__))
taken = [l.strip().lower() for l in open(os.path.join(HERE, '..', 'topics-taken.txt'), encoding='utf-8') if l.strip()]


def status(word):
    w = word.lower()
    hits = [l for l in taken if w in l]
    if not ('a' <= w[0] <= 'l'):
        return 'BADLETTER', hits
    return ('TAKEN' if hits else 'FREE'), hits


print('== Part 1: all candidates tried (%d lines in topics-taken.txt) ==' % len(taken))
cands = open(os.path.join(HERE, 'candidates.txt')).read().split()
nfree = 0
for c in cands:
    st, hits = status(c)
    nfree += st == 'FREE'
    print('%-20s %-9s %s' % (c, st, '; '.join(hits[:3])))
print('candidates: %d, free: %d, dropped: %d' % (len(cands), nfree, len(cands) - nfree))

print('\n== Part 2: topic words used in the batch ==')
bad = 0
for spec in sorted(glob.glob(os.path.join(HERE, 'specs', '*.spec'))):
    fname = re.search(r'^file:\s*(\S+)', open(spec, encoding='utf-8').read(), re.M).group(1)
    topic = fname.split('-')[2]
    st, hits = status(topic)
    bad += st != 'FREE'
    print('%-62s topic=%-18s %s' % (fname, topic, st))
print('used topics: %d, not free: %d' % (len(glob.glob(os.path.join(HERE, 'specs', '*.spec'))), bad))
