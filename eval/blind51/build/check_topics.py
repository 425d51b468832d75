#!/usr/bin/env python3
"""Topic check: each chosen topic word must not occur (case-insensitive substring) in any line of topics-taken.txt."""
import pathlib, sys
ROOT = pathlib.Path(__file__).resolve().parent.parent
lines = [l.strip().lower() for l in (ROOT / "topics-taken.txt").read_text(encoding="utf-8").splitlines() if l.strip()]
CHOSEN = sys.argv[1:] or ["kachelofen", "eisstockschiessen", "hutmacherei", "fahrradkurier", "kuerbis", "moorbad", "glasblaeserei",
                          "lamplighter", "kitesurfing", "marimba"]
def hits(word):
    return [l for l in lines if word.lower() in l]
for w in CHOSEN:
    h = hits(w)
    print(f"{w:20s} {len(h):3d} {'OK' if not h else 'TAKEN: ' + ', '.join(h[:5])}")
