#!/usr/bin/env python3
"""Check candidate topic words against topics-taken.txt (case-insensitive substring of any line)."""
import pathlib, sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
LINES = [l.strip().lower() for l in (ROOT / "topics-taken.txt").read_text(encoding="utf-8").splitlines() if l.strip()]

def hits(word):
    w = word.lower()
    return [l for l in LINES if w in l]

if __name__ == "__main__":
    words = sys.argv[1:] or [p.stem.split("-", 2)[2] for p in sorted((ROOT / "articles").glob("b55-*.txt"))]
    bad = 0
    for w in words:
        h = hits(w)
        print(f"{w:20s} {len(h):3d} {'OK' if not h else 'TAKEN: ' + ', '.join(h[:5])}")
        bad += bool(h)
    sys.exit(1 if bad else 0)
