#!/usr/bin/env python3
"""Check chosen topic words against ../topics-taken.txt (case-insensitive substring)."""
import pathlib
ROOT = pathlib.Path(__file__).resolve().parent.parent
lines = [l.strip().lower() for l in (ROOT / "topics-taken.txt").read_text(encoding="utf-8").splitlines() if l.strip()]
CHOSEN = ["papierschoepfer", "vogelwarte", "wollschwein", "seidenraupe", "sprungturm",
          "windrad", "ruderboot", "saxophone", "ziplining", "riverboat"]
DROPPED = ["pilzsammler", "taubenzucht", "seenotrettung", "walrus", "radiosender", "pottwal", "quarz",
           "orgelbau", "muehle", "zirkus", "turmuhr", "trueffel", "sundial", "typewriter", "quilt", "seilbahn", "marathon"]
def hits(w):
    return [l for l in lines if w.lower() in l]
print(f"topics-taken.txt: {len(lines)} lines")
ok = True
print("chosen:")
for w in CHOSEN:
    h = hits(w)
    first = w[0]
    rng = "m" <= first <= "z"
    print(f"  {w:18s} hits={len(h)} first-letter-m-z={rng} {h[:3]}")
    ok &= (not h) and rng
print("candidates considered and dropped:")
for w in DROPPED:
    h = hits(w)
    print(f"  {w:18s} hits={len(h)} {h[:3]}")
print("RESULT: all chosen topics free" if ok else "RESULT: CONFLICT")
