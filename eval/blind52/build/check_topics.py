#!/usr/bin/env python3
"""Topic check: a topic word must not occur as a case-insensitive substring of any line of topics-taken.txt."""
import pathlib, sys
ROOT = pathlib.Path(__file__).resolve().parent.parent
lines = [l.strip().lower() for l in (ROOT / "topics-taken.txt").read_text(encoding="utf-8").splitlines() if l.strip()]
CHOSEN = ["sanddorn", "schwebefaehre", "linsenanbau", "leierkasten", "turmspringen",
          "perfumery", "edelkrebs", "rickshaw", "quittenbrand", "almshouse"]
DROPPED = ["reetdach", "hufschmied", "kalkofen", "lebkuchen", "pilzzucht", "funkamateur", "nachtzug", "orienteering", "marimba", "lacemaking", "kuerbis", "hopfen", "dudelsack", "glasblaeser", "kombucha", "hovercraft", "glassblowing", "eisstock", "murmel", "kartoffel", "seaweed", "heatwave", "floodplain", "hedgerow"]
def hits(word):
    return [l for l in lines if word.lower() in l]
if __name__ == "__main__":
    words = sys.argv[1:] or CHOSEN
    bad = 0
    for w in words:
        h = hits(w)
        print(f"{w:15s} hits={len(h)} {h[:5]}")
        bad += bool(h)
    sys.exit(1 if bad else 0)
