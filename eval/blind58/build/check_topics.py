#!/usr/bin/env python3
"""Check that each chosen topic word is not a case-insensitive substring of any line in ../topics-taken.txt."""
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
taken = [l.strip() for l in (ROOT / "topics-taken.txt").read_text(encoding="utf-8").splitlines() if l.strip()]
low = [l.lower() for l in taken]

CHOSEN = ["modistin", "kuefer", "heilquelle", "schaubergwerk", "speiseeis", "billard",
          "drachenbau", "indigo", "observatory", "marina"]
# candidates considered first and dropped because they hit the taken list
DROPPED = ["reetdach", "sauerteig", "leuchtturm", "bernstein", "kompost", "orgelbau", "seilerei",
           "kegelbahn", "lighthouse", "falconry", "taxidermy", "cheesemonger", "hutmacher",
           "eisdiele", "drachen", "quarry", "canoe"]

def hits(word):
    return [t for t, l in zip(taken, low) if word.lower() in l]

print(f"taken list: {len(taken)} lines")
print("chosen topics:")
bad = 0
for w in CHOSEN:
    h = hits(w)
    bad += bool(h)
    print(f"  {w:15s} hits={len(h)} {h[:5]}")
print("dropped candidates:")
for w in DROPPED:
    h = hits(w)
    print(f"  {w:15s} hits={len(h)} e.g. {h[:3]}")
print("RESULT: all chosen topics free" if bad == 0 else f"RESULT: {bad} chosen topics taken")
