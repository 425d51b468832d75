#!/usr/bin/env python3
"""Check candidate topic words against topics-taken.txt (case-insensitive substring of any line)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
lines = [l.strip().lower() for l in open(os.path.join(HERE, '..', 'topics-taken.txt'), encoding='utf-8') if l.strip()]
CANDIDATES = sys.argv[1:] or [l.split()[0] for l in open(os.path.join(HERE, 'topics.txt'), encoding='utf-8') if l.strip()]
for c in CANDIDATES:
    hits = [l for l in lines if c.lower() in l]
    print('%-22s %s' % (c, 'TAKEN (%s)' % hits[0] if hits else 'free'))
