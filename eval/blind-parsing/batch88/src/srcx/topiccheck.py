#!/usr/bin/env python3
"""Check candidate topic words against topics-taken.txt (case-insensitive substring of any line)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
taken = [l.strip().lower() for l in open(os.path.join(HERE, '..', 'topics-taken.txt'), encoding='utf-8') if l.strip()]
CANDIDATES = sys.argv[1:] or open(os.path.join(HERE, 'candidates.txt')).read().split()
ok = []
for c in CANDIDATES:
    hits = [l for l in taken if c.lower() in l]
    if hits:
        print('TAKEN  %-18s e.g. %s' % (c, hits[0]))
    else:
        print('FREE   %s' % c)
        ok.append(c)
print('%d candidates, %d free' % (len(CANDIDATES), len(ok)))
