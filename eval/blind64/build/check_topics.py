#!/usr/bin/env python3
"""Check topic words against ../topics-taken.txt (case-insensitive substring of any line).
Chosen words must be free and begin with a letter a-l. Output goes to build/topics_out.txt."""
import pathlib, sys
ROOT = pathlib.Path(__file__).resolve().parent.parent
lines = [l.strip().lower() for l in (ROOT / "topics-taken.txt").read_text(encoding="utf-8").splitlines() if l.strip()]

CHOSEN = ["hackschnitzel", "kletterpark", "elektroboot", "hausarzt", "baumschule",
          "apfelmost", "eislaufen", "goldsmith", "fiddle", "jam"]
# candidates looked at earlier and not used (taken, or free but not picked)
CANDIDATES = """hufbeschlag kaminkehrer eisstock drechsler feuerwerk kompost harfe dudelsack geocaching flohmarkt
imkerei glasblaeser kartoffel eisbahn fahrradkurier hebamme gletscher lavendel heuballen hedgehog kiln lute
dachdecker fischtreppe gewuerz hopfen knopf ferret friedhofsgaertner dorfladen jugendherberge faehrmann
glockengiesser heizkraftwerk kuerbis laubblaeser fahrschule hoerbuch gebaerdensprache kinderchor cider allotment
lifeboat ferry ice-cream darts lido kayak hurling croquet jigsaw glasfaser fahrradstrasse lastenrad holzkohle
hundeschule lokfuehrer eisdiele kaffeeroesterei greenhouse knitting chess harpsichord glassblowing ferris decoy
dry-stone hedgelaying ahornsirup alpenrose eiszeitpark heritage-bus""".split()

def hits(w):
    return [l for l in lines if w.lower() in l]

print(f"{len(lines)} lines read from topics-taken.txt")
print("\nChosen topic words:")
bad = 0
for w in CHOSEN:
    h = hits(w)
    ok = not h and w[0] in "abcdefghijkl"
    bad += not ok
    print(f"  {w:16s} hits={len(h)}  {'free' if ok else 'PROBLEM: ' + ', '.join(h[:3])}")
print("\nCandidates not used:")
for w in CANDIDATES:
    h = hits(w)
    print(f"  {w:16s} hits={len(h):2d}  {'taken: ' + ', '.join(h[:2]) if h else 'free, not picked'}")
print()
print("RESULT: all chosen topics free" if not bad else f"RESULT: {bad} chosen topics NOT free")
