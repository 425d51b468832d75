#!/usr/bin/env python3
"""Topic check: a topic word must not occur (case-insensitive substring) in any line of topics-taken.txt."""
import pathlib, sys
ROOT = pathlib.Path(__file__).resolve().parent.parent
lines = [l.strip().lower() for l in (ROOT / "topics-taken.txt").read_text(encoding="utf-8").splitlines() if l.strip()]
CHOSEN = [p.stem.split("-", 2)[2] for p in sorted((ROOT / "articles").glob("*.txt"))]
DROPPED = sys.argv[1:] or """orgelbau glockenguss salzsieder reetdach hufschmied zinngiesser schornsteinfeger bernstein
seilbahn fahrradkurier korbflechter hebamme praeparator kartograf bestatter sommelier pilzberater leuchtturm
fassbinder steinmetz uhrmacher muehle fischerei schaefer gletscher moor hopfen kletterhalle planetarium lighthouse
cartography taxidermy ferry locksmith glassblowing falconry puppetry sauna lawine bergwacht kegelbahn minigolf
zeppelin hoehlenforscher fermentation kompost saatgut streuobst weinberg trueffel harfe geigenbau kontrabass tuba
schlittenhund esel strauss karpfen austern senf lakritz marzipan sauerteig kachelofen lehmbau glasfaser stellwerk
schleuse deich wattfuehrer paketbote sternwarte seaweed cider ropemaker thatcher quarry saltmarsh oyster farrier
bookbinding letterpress pottery escalator icebreaker lifeboat tugboat dredger snowplough potholes streetlight""".split()
bad = 0
print(f"{len(lines)} taken lines\n")
print("| topic | hits | status |\n|---|---|---|")
for w in CHOSEN:
    hits = [l for l in lines if w.lower() in l]
    bad += bool(hits)
    print(f"| {w} | {len(hits)} | {'TAKEN' if hits else 'free'} |")
print("\nCandidates dropped (sample of hits):")
for w in DROPPED:
    hits = [l for l in lines if w.lower() in l]
    print(f"- {w}: {len(hits)} hit(s), e.g. {', '.join(hits[:2])}")
sys.exit(1 if bad else 0)
