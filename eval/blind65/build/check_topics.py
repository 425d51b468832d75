#!/usr/bin/env python3
"""Check chosen topic words against ../topics-taken.txt (case-insensitive substring of any line)."""
import pathlib, sys
ROOT = pathlib.Path(__file__).resolve().parent.parent
lines = [l.strip().lower() for l in (ROOT / "topics-taken.txt").read_text(encoding="utf-8").splitlines() if l.strip()]
CHOSEN = sys.argv[1:] or ["pfandautomat", "quittenbrot", "tuerklinke", "wollfilz", "notenwender", "trampelpfad", "ofenkachel", "windsock", "toffee", "pumptrack"]
bad = 0
print(f"taken lines: {len(lines)}")
for w in CHOSEN:
    hits = [l for l in lines if w.lower() in l]
    ok = w[0].lower() >= "m" and w[0].lower() <= "z"
    if hits or not ok: bad += 1
    print(f"{w:20s} first-letter-ok={ok} hits={len(hits)} {hits[:5]}")
print("RESULT: all chosen topics free" if bad == 0 else f"RESULT: {bad} topics taken")
