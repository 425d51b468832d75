#!/usr/bin/env python3
"""Check candidate topic words against topics-taken.txt (case-insensitive substring)."""
import sys, pathlib
ROOT = pathlib.Path(__file__).resolve().parent.parent
lines = [l.strip().lower() for l in (ROOT / "topics-taken.txt").read_text(encoding="utf-8").splitlines() if l.strip()]
FINAL = ["schaumwein","flussfischer","schokolade","kletterwald","leuchtreklame","zeitkapsel","bergbauer","lacquer","dominoes","glasshouse"]
_OLD_DEFAULT = ["kuerbisse","lebkuchen","hufbeschlag","orgelpfeifen","kompass","eisstockschiessen","reifenhandel","fahrradkurier","pilzzucht","kanufahrt","kaminofen","mosterei","drechsler","hopfenbau","moorbad","gondelbau","lavendel","quilting","lacquer","kayakbuilding","perfumery","marionetten","schokolade","schaumwein","glasblaeser","dudelsack","honigwein","wetterfahne","kutschenbau","flussfischer"]
words = sys.argv[1:] or FINAL
hits_total = {}
for w in words:
    hits = [l for l in lines if w.lower() in l]
    hits_total[w] = hits
    print(f"{w}\t{len(hits)}\t{'; '.join(hits[:3])}")

bad = [w for w in words if hits_total[w]]
print("RESULT:", "all clear" if not bad else "taken: " + ", ".join(bad))
