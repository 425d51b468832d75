#!/usr/bin/env python3
"""Topic check: a chosen topic word must not occur as a case-insensitive substring of any
line of topics-taken.txt. Run from the set's root: python3 build/check_topics.py
Prints a table of chosen words (must all have 0 hits) and of candidates dropped earlier."""
import pathlib, sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
lines = [l.strip().lower() for l in (ROOT / "topics-taken.txt").read_text(encoding="utf-8").splitlines() if l.strip()]
CHOSEN = ["kartoffelchips", "reisebuero", "apfelsaft", "altkleider", "kunstrasen",
          "penpal", "barbier", "mooring", "kinderchor", "cobblestone"]
DROPPED = ["kaminofen", "hufschmied", "floesserei", "hopfen", "lebkuchen", "minigolf", "hausboot",
           "pilzzucht", "kompost", "friseur", "lastenrad", "quilting", "marmalade", "crossword",
           "pinball", "dovecote", "pottery", "hairdresser", "tanzkurs"]
used = {p.stem.split("-", 2)[2] for p in (ROOT / "articles").glob("b57-*.txt")}

def hits(w):
    return [l for l in lines if w.lower() in l]

bad = 0
print(f"{len(lines)} lines in topics-taken.txt\n")
print("| topic word | hits | used in |")
print("|---|---|---|")
for w in CHOSEN:
    h = hits(w)
    bad += bool(h)
    files = [p.name for p in (ROOT / "articles").glob(f"b57-*-{w}.txt")]
    print(f"| {w} | {len(h)} | {', '.join(files) or '-'} |")
print("\nCandidates considered and dropped:")
print("| word | hits | example line | reason |")
print("|---|---|---|---|")
for w in DROPPED:
    h = hits(w)
    reason = "taken" if h else "free, not needed"
    print(f"| {w} | {len(h)} | {h[0] if h else '-'} | {reason} |")
if used != set(CHOSEN):
    print("\nMISMATCH between CHOSEN and article file names:", sorted(used ^ set(CHOSEN))); bad += 1
print("\nRESULT:", "all chosen topics free" if not bad else f"{bad} problem(s)")
sys.exit(1 if bad else 0)
