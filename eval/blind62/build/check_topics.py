#!/usr/bin/env python3
"""Check chosen topic words against topics-taken.txt (case-insensitive substring test)."""
import pathlib
ROOT = pathlib.Path(__file__).resolve().parent.parent
lines = [l.strip().lower() for l in (ROOT / "topics-taken.txt").read_text(encoding="utf-8").splitlines() if l.strip()]
CHOSEN = ["gondelbahn", "jodeln", "kutschfahrt", "gezeitenkraft", "dampfwalze",
          "einhandsegler", "flussperle", "clocktower", "bouldering", "gravestone"]
DROPPED = ["hufschmied", "harfenbau", "kompassbau", "fassbinder", "glockenguss", "kachelofen",
           "lebkuchen", "bergwacht", "hebamme", "drechsler", "holunder", "hopfen", "leuchtturm",
           "curling", "kelp", "lighthouse", "carillon", "dovecote", "falconry", "glassblowing",
           "hochseilgarten", "kirschkern", "geigenbau", "hundeschlitten", "foghorn", "jukebox"]
bad = 0
print(f"taken lines: {len(lines)}")
print("chosen:")
for w in CHOSEN:
    hits = [l for l in lines if w.lower() in l]
    ok_letter = "a" <= w[0].lower() <= "l"
    if hits or not ok_letter: bad += 1
    print(f"  {w:15s} hits={len(hits)} first_letter_ok={ok_letter} {hits[:3]}")
print("dropped candidates (already taken):")
for w in DROPPED:
    hits = [l for l in lines if w.lower() in l]
    print(f"  {w:15s} hits={len(hits)} e.g. {hits[:2]}")
print("RESULT: all chosen topics free" if bad == 0 else f"RESULT: {bad} chosen topics NOT free")
