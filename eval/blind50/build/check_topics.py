#!/usr/bin/env python3
"""Check topic words against topics-taken.txt (case-insensitive substring of any line)."""
import sys, pathlib
ROOT = pathlib.Path(__file__).resolve().parent.parent
lines = [l.strip().lower() for l in (ROOT / "topics-taken.txt").read_text(encoding="utf-8").splitlines() if l.strip()]
words = sys.argv[1:] or sorted({p.stem.split("-", 2)[2] for p in (ROOT / "articles").glob("b50-*.txt")})
for w in words:
    hits = [l for l in lines if w.lower() in l]
    print(f"{w}\t{len(hits)}\t{'; '.join(hits[:3])}")
