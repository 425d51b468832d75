#!/usr/bin/env python3
"""Check chosen topic words against topics-taken.txt (case-insensitive substring of any line)."""
import pathlib
ROOT = pathlib.Path(__file__).resolve().parent.parent
lines = [l.strip().lower() for l in (ROOT / "topics-taken.txt").read_text(encoding="utf-8").splitlines() if l.strip()]
CANDIDATES = ["quitten", "posaune", "nachtwaechter", "seifensieder", "vogelscheuche", "muehlstein",
              "rodelbahn", "ofensetzer", "pfandleihe", "tuchmacher", "zwetschge", "reetdach", "rhabarber",
              "obstpresse", "marmalade", "pinball", "orrery", "rickshaw", "periscope", "yurt", "vellum",
              "quill", "origami", "pontoon",
              "nistkasten", "schafschur", "wurstkueche", "moorbad", "mosaik", "rollschuh", "pilzzucht",
              "schlittenhund", "ziegelei", "muehlrad", "ponyhof", "reisigbesen", "sauerteig", "schiefer",
              "trompete", "rollmops", "sauerkraut", "weinessig", "regenwurm", "maulwurf", "schneckenzaun",
              "sanddorn", "tuba", "obstbrand", "pfeifenmacher", "orgelpfeife", "tabakpfeife", "murmel",
              "wolkenkratzer", "seilfaehre", "planwagen", "rasenmaeher", "muellabfuhr", "poststelle",
              "schrebergarten", "mistel"]
CHOSEN = ["vogelscheuche", "tuchmacher", "zwetschge", "wurstkueche", "ponyhof",
          "yurt", "trompete", "vellum", "planwagen", "pontoon"]
def hits(w):
    return [l for l in lines if w.lower() in l]
print(f"{len(lines)} taken lines read")
print("candidates:")
for w in CANDIDATES:
    h = hits(w)
    ok = w[0] >= "m" and not h
    print(f"  {w:15s} letter_ok={w[0] >= 'm'} hits={len(h)} {'FREE' if ok else 'TAKEN: ' + ', '.join(h[:3])}")
if CHOSEN:
    print("chosen:")
    bad = 0
    for w in CHOSEN:
        h = hits(w)
        ok = "m" <= w[0] <= "z" and not h
        bad += not ok
        print(f"  {w:15s} hits={len(h)} {'free' if ok else 'NOT FREE'}")
    print("RESULT: all chosen topics free" if not bad else f"RESULT: {bad} chosen topics not free")
