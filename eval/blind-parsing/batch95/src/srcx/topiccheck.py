#!/usr/bin/env python3
"""Check candidate topic words against topics-taken.txt (case-insensitive substring of any line)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
lines = [l.strip().lower() for l in open(os.path.join(HERE, '..', 'topics-taken.txt'), encoding='utf-8') if l.strip()]
cands = sys.argv[1:] or [l.strip() for l in open(os.path.join(HERE, 'candidates.txt'), encoding='utf-8') if l.strip()]
for c in cands:
    hits = [l for l in lines if c.lower() in l]
    print('%-20s %s' % (c, 'TAKEN (%s)' % hits[0] if hits else 'free'))
