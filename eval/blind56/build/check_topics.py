#!/usr/bin/env python3
"""Check candidate topic words against topics-taken.txt (case-insensitive substring of any line)."""
import pathlib, sys
ROOT = pathlib.Path(__file__).resolve().parent.parent
LINES = [l.strip().lower() for l in (ROOT / "topics-taken.txt").read_text(encoding="utf-8").splitlines() if l.strip()]
CHOSEN = ["kinderzirkus", "eselwanderung", "schleifstein", "kefir", "streichelzoo",
          "rudern", "heuballen", "lutherie", "cartoonist", "mapmaking"]
# candidates checked first and dropped because they occur in topics-taken.txt
DROPPED = ["orgelbau", "klavierstimmer", "hufschmied", "flohmarkt", "eisstock", "lebkuchen", "kuerbis",
           "hopfen", "fahrradkurier", "dachdecker", "rollschuh", "minigolf", "kegelbahn", "karpfen",
           "glasblaeser", "reetdach", "lacquer", "quilting", "falconry", "kombucha", "hovercraft", "origami",
           "marionette", "pinball", "sauna", "kaminofen", "pfandflaschen", "eisdiele", "tischler", "rodel",
           "mosaik", "harfe", "dudelsack", "hochseil", "planetarium", "kartoffel", "fischtreppe",
           "nistkasten", "fernwaerme", "hebamme", "kloeppeln", "drechsler", "fassbinder", "moorbad", "kneipp",
           "gletscher", "rettungshund", "sauerkraut", "fahrschule", "hoerspiel", "synchronsprecher",
           "mundharmonika", "posaune", "glockenspiel", "kletterwald", "fechten", "judo", "puppetry",
           "perfumery", "fencing", "rowing", "hedgelaying", "dowsing", "kitesurfing", "paragliding",
           "foraging", "glassblowing"]
def hits(word):
    w = word.lower()
    return [l for l in LINES if w in l]
if __name__ == "__main__":
    words = sys.argv[1:] or CHOSEN
    bad = 0
    for w in words:
        h = hits(w)
        bad += bool(h) and w in CHOSEN
        print(f"{w:20s} {len(h):3d} {'FREE' if not h else 'TAKEN: ' + ', '.join(h[:4])}")
    if not sys.argv[1:]:
        dropped_taken = sum(1 for w in DROPPED if hits(w))
        print(f"chosen: {len(CHOSEN)} words, {bad} with hits; dropped candidates: {len(DROPPED)} ({dropped_taken} with hits)")
        sys.exit(1 if bad else 0)
