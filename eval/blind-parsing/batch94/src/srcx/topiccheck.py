#!/usr/bin/env python3
"""Check candidate topic words against topics-taken.txt (case-insensitive substring of any line)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
lines = [l.strip().lower() for l in open(os.path.join(HERE, '..', 'topics-taken.txt'), encoding='utf-8') if l.strip()]
CANDIDATES = sys.argv[1:] or open(os.path.join(HERE, 'candidates.txt')).read().split()
free, taken = [], []
for c in CANDIDATES:
    hits = [l for l in lines if c.lower() in l]
    (taken if hits else free).append((c, hits[:2]))
for c, _ in free:
    print('FREE ', c)
for c, h in taken:
    print('TAKEN', c, '(e.g. %s)' % ', '.join(h))
print('%d free, %d taken' % (len(free), len(taken)))
