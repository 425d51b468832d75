#!/usr/bin/env python3
"""Check topic words against ../topics-taken.txt.

A word is free if it is not a case-insensitive substring of any line and begins with a letter m-z.
Prints every candidate considered (with hits), then the ten chosen words and a RESULT line.
"""
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
lines = [l.strip().lower() for l in (ROOT / "topics-taken.txt").read_text(encoding="utf-8").splitlines() if l.strip()]

CANDIDATES = [
    # first round
    "mosaik", "murmel", "nistkasten", "orgelpfeife", "posaune", "quitte", "regenrinne", "sauna",
    "seilerei", "tropfstein", "wasserrad", "zaunkoenig", "marmalade", "origami", "pewter", "quilting",
    "saddler", "velocipede", "walrus", "umbrella", "nightjar", "obstwiese", "rollschuh", "schneeschuh",
    "moorbad", "mineralwasser", "pilzzucht",
    # second round
    "pfandflasche", "rauchmelder", "spielplatz", "trinkgeld", "unkraut", "vogelfutter", "weidezaun",
    "ziegelei", "mondfinsternis", "notrufsaeule", "pinselmacher", "tuerschloss", "strohballen",
    "marquee", "pinball", "rickshaw", "sundial", "metronome", "ropewalk", "scarecrow", "neon",
    "sextant", "mangle", "oarmaker", "shoehorn", "taxicab", "winch", "periscope",
]
CHOSEN = ["regenrinne", "weidezaun", "tropfstein", "wasserrad", "zaunkoenig",
          "pinselmacher", "trinkgeld", "velocipede", "oarmaker", "walrus"]

def hits(word):
    return [l for l in lines if word.lower() in l]

def free(word):
    return not hits(word) and "m" <= word[0].lower() <= "z"

print(f"topics-taken.txt: {len(lines)} lines")
print("\ncandidates:")
for w in CANDIDATES:
    h = hits(w)
    status = "free" if free(w) else ("starts before m" if not "m" <= w[0] <= "z" else "taken")
    print(f"  {w:16s} hits={len(h):2d}  {status}  {', '.join(h[:3])}")
print("\nchosen:")
ok = len(CHOSEN) == 10 and len(set(CHOSEN)) == 10
for w in CHOSEN:
    print(f"  {w:16s} hits={len(hits(w))}  {'free' if free(w) else 'NOT FREE'}")
    ok &= free(w)
print("RESULT: all chosen topics free" if ok else "RESULT: some chosen topics are not free")
