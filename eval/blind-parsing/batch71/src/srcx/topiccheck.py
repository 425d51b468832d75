#!/usr/bin/env python3
"""Check candidate topic words against src/topics-taken.txt (case-insensitive substring test)."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
taken = open(os.path.join(HERE, '..', 'topics-taken.txt'), encoding='utf-8').read().lower()
def ok(w):
    return w.lower() not in taken
if __name__ == '__main__':
    words = sys.argv[1:]
    for w in words:
        print(('OK   ' if ok(w) else 'TAKEN'), w)
