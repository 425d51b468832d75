#!/usr/bin/env python3
"""Check that each candidate topic word is not a case-insensitive substring of any line in topics-taken.txt."""
import pathlib
ROOT = pathlib.Path(__file__).resolve().parent.parent
lines = [l.strip().lower() for l in (ROOT / "topics-taken.txt").read_text(encoding="utf-8").splitlines() if l.strip()]
CANDIDATES = [
    # dropped candidates (hits in topics-taken.txt)
    "reetdach", "quittenbrot", "seilerei", "schlittenhunde", "paternoster", "mundharmonika", "sauerteig",
    "rhubarb", "scrimshaw", "orgelbau", "pilzzucht", "schornsteinfeger", "narrowboat", "puffin", "ropewalk",
    "moorbad", "perlmutt", "rollschuh", "skatepark",
    # chosen
    "sesselbahn", "mostbirne", "wasserstoffzug", "riesenrad", "schachuhr", "radweg", "sternschnuppe",
    "mudlarking", "whittling", "parchment"]
CHOSEN = ["sesselbahn", "mostbirne", "wasserstoffzug", "riesenrad", "schachuhr", "radweg", "sternschnuppe",
          "mudlarking", "whittling", "parchment"]
bad = []
for w in CANDIDATES:
    hits = [l for l in lines if w.lower() in l]
    ok_letter = "m" <= w[0].lower() <= "z"
    status = "FREE" if not hits and ok_letter else ("TAKEN" if hits else "BAD-LETTER")
    print(f"{w:16s} {'chosen' if w in CHOSEN else 'candidate':9s} hits={len(hits):2d} {status} {hits[:3]}")
    if w in CHOSEN and status != "FREE":
        bad.append(w)
print("RESULT: all chosen topics free" if not bad else f"RESULT: not free: {bad}")
