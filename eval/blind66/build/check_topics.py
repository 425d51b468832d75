#!/usr/bin/env python3
"""Check chosen topic words against ../topics-taken.txt (case-insensitive substring test)."""
import pathlib
ROOT = pathlib.Path(__file__).resolve().parent.parent
lines = [l.strip().lower() for l in (ROOT / "topics-taken.txt").read_text(encoding="utf-8").splitlines() if l.strip()]
CHOSEN = ["eiswein", "gurken", "heilstollen", "kinderuni", "lichtverschmutzung",
          "hafermilch", "drachenflug", "heron", "iceroad", "bakelite"]
DROPPED = ["glockenspiel", "faehrmann", "heuballen", "kuerbisregatta", "lebkuchen", "eisbaden",
           "fischtreppe", "kompost", "imkerei", "gaslaterne", "dudelsack", "kegelbahn", "edelkrebs",
           "dovecote", "coracle", "hedgelaying", "lichen", "kelp", "cider", "kombucha", "lacemaking",
           "icefishing", "gletscher", "lavendel", "leuchtturm", "fledermaus", "hopfen", "chimney",
           "ferry", "darning", "crossword", "lighthouse", "falconry", "jigsaw", "gravel", "icehouse"]
ok = True
print("chosen topic words:")
for w in CHOSEN:
    hits = [l for l in lines if w in l]
    letter_ok = "a" <= w[0] <= "l"
    print(f"  {w:20s} hits={len(hits)} first-letter-a-l={'yes' if letter_ok else 'NO'}")
    if hits or not letter_ok:
        ok = False
        for h in hits[:5]: print("      hit:", h)
print("dropped candidates (already taken):")
for w in DROPPED:
    hits = [l for l in lines if w in l]
    print(f"  {w:20s} hits={len(hits)} e.g. {hits[0] if hits else '-'}")
print("RESULT: all chosen topics free" if ok else "RESULT: CONFLICT")
