#!/usr/bin/env python3
"""Check that each chosen topic word is not a case-insensitive substring of
any line in ../topics-taken.txt (python3 check_topics.py > topics_out.txt)."""
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
lines = [l.strip() for l in (ROOT / "topics-taken.txt").read_text(encoding="utf-8").splitlines() if l.strip()]

CHOSEN = {  # topic word -> article file
    "zander": "b59-01-zander.txt",
    "basalt": "b59-02-basalt.txt",
    "waid": "b59-03-waid.txt",
    "steinbock": "b59-04-steinbock.txt",
    "marder": "b59-05-marder.txt",
    "siebdruck": "b59-06-siebdruck.txt",
    "gelbbauchunke": "b59-07-gelbbauchunke.txt",
    "horology": "b59-08-horology.txt",
    "campanology": "b59-09-campanology.txt",
    "wasabi": "b59-10-wasabi.txt",
}
# candidates considered first and dropped because they hit a taken line
DROPPED = ["zinngiesser", "kachelofen", "reetdach", "trockenmauer", "fischtreppe",
           "radiosonde", "pilzzucht", "korbflecht", "salzsied", "lawinenhund",
           "hufschmied", "eisstock", "falconry", "kelp", "ropewalk", "curling",
           "sundial", "letterpress", "oyster", "taxiderm", "imker", "schleuse"]


def hits(word):
    w = word.lower()
    return [l for l in lines if w in l.lower()]


print(f"topics-taken.txt: {len(lines)} lines")
print("\nChosen topic words:")
bad = 0
for word, fname in CHOSEN.items():
    h = hits(word)
    ok_file = word in fname and (ROOT / "articles" / fname).exists()
    print(f"  {word:15s} hits={len(h)}  file={fname} {'ok' if ok_file else 'MISSING/MISMATCH'}")
    for l in h:
        print(f"      hit: {l}")
    if h or not ok_file:
        bad += 1
print("\nDropped candidates (taken):")
for word in DROPPED:
    h = hits(word)
    print(f"  {word:15s} hits={len(h)}  e.g. {h[0] if h else '-'}")
print()
print("RESULT: all chosen topics free" if bad == 0 else f"RESULT: {bad} chosen topics NOT free")
