#!/usr/bin/env python3
"""Check that each fixture's topic word (3rd field of the file name) is unused in topics-taken.txt and unique."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(os.path.dirname(HERE))
taken = open(os.path.join(OUT, 'src', 'topics-taken.txt'), encoding='utf-8').read().lower()
files = sorted(f for f in os.listdir(OUT) if f.startswith('p68-') and f.endswith('.txt'))
words = [f.split('-')[2] for f in files]
bad = 0
for f, w in zip(files, words):
    hit = w.lower() in taken
    dup = words.count(w) > 1
    if hit or dup:
        bad += 1
    print('%-16s %s%s' % (w, 'TAKEN ' if hit else 'ok', ' DUPLICATE' if dup else ''))
print('%d topic words, %d problems' % (len(words), bad))
sys.exit(1 if bad else 0)
