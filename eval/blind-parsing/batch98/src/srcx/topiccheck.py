#!/usr/bin/env python3
"""Check candidate topic words against topics-taken.txt (case-insensitive substring of any line)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
TAKEN = os.path.join(os.path.dirname(HERE), 'topics-taken.txt')
CANDIDATES = sys.argv[1:] or open(os.path.join(HERE, 'candidates.txt')).read().split()
lines = [l.strip().lower() for l in open(TAKEN, encoding='utf-8') if l.strip()]
free, taken = [], []
for c in CANDIDATES:
    hits = [l for l in lines if c.lower() in l]
    (taken if hits else free).append((c, hits[:3]))
for c, h in free:
    print('FREE ', c)
for c, h in taken:
    print('TAKEN', c, '<-', ', '.join(h))
print('%d free, %d taken' % (len(free), len(taken)))
