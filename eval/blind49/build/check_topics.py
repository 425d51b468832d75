#!/usr/bin/env python3
"""Check candidate topic words against topics-taken.txt (case-insensitive substring of any line)."""
import pathlib, sys
ROOT = pathlib.Path(__file__).resolve().parent.parent
lines = [l.strip().lower() for l in (ROOT / "topics-taken.txt").read_text(encoding="utf-8").splitlines() if l.strip()]
# the ten topic words used in articles/b49-NN-TOPIC.txt
TOPICS = ["wattfuehrer", "huettenwirt", "brunnenbauer", "kalligraphie", "geigenbauer",
          "ropemaker", "schwebebahn", "signalman", "kantor", "beekeeper"]
# candidates considered first and dropped because they occur in topics-taken.txt
DROPPED = ["reetdach", "glockenguss", "kreide", "moorbad", "seilfaehre", "trinkwasser", "perlmutt", "orgel",
           "hopfen", "zither", "leuchtturm", "schmiede", "lighthouse", "sundial", "curling", "hufschmied",
           "farrier", "clockmaker", "bellringer", "thatcher", "lockkeeper", "canal", "stollen", "floesser"]
def hits(w):
    return [l for l in lines if w.lower() in l]
if __name__ == "__main__":
    words = sys.argv[1:]
    if words:
        for w in words:
            h = hits(w)
            print(f"{w:20s} {len(h):3d} {'; '.join(h[:3])}")
        sys.exit(0)
    bad = 0
    print("| topic | hits in topics-taken.txt |")
    print("|---|---|")
    for w in TOPICS:
        h = hits(w); bad += bool(h)
        print(f"| {w} | {len(h)} |")
    print()
    print("| dropped candidate | hits | example line |")
    print("|---|---|---|")
    for w in DROPPED:
        h = hits(w)
        print(f"| {w} | {len(h)} | {h[0] if h else ''} |")
    print()
    print("TOPIC CHECK:", "PASS" if not bad else f"FAIL ({bad} topics taken)")
    sys.exit(1 if bad else 0)
