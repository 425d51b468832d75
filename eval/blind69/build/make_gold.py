#!/usr/bin/env python3
"""Build gold.yaml from questions_part1.py / questions_part2.py (blind69)."""
import json, random, pathlib, sys
HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import questions_part1 as p1, questions_part2 as p2

# questions written but left out to keep the set near 200 and the languages balanced
DROP = {
 "According to the managing director, how has the board game market developed since 2020?",
 "Is the Sprölbach viaduct at risk of collapse, according to the project manager?",
 "Does Kiliansky see the generous contract terms for farmers as an act of charity?",
 "How did villagers react the morning after the storm, according to the association chair?",
 "How much did the municipality put towards the repair?",
 "Where is the best spot for visitors to see the birds?",
 "How many artificial nesting platforms have been put up around the reservoir?",
 "How does Ruddock-Amis expect the fleet to look in a decade?",
 "When does the hybrid trawler run on its batteries instead of diesel?",
 "How long does one bus take to assemble by hand?",
 "How many workers did the factory employ at its height?",
 "How many pasta varieties does the company sell now compared with ten years ago?",
 "Wie lange brauchen die Ehrenamtlichen für eine Zählung der Kolonie?",
 "Wo befand sich der Müller, als der Sturm die Flügel zerstörte?",
}
items = []
for art, qs in list(p1.Q.items()) + list(p2.Q.items()):
    for (lang, typ, q, spk, kts, facts) in qs:
        if q in DROP: continue
        items.append(dict(lang=lang, type=typ, question=q, speaker=spk, article=art, kts=kts, facts=facts, comment=None))
for (kind, lang, q, why) in p2.U:
    items.append(dict(lang=lang, type="unanswerable", question=q, speaker=None, article=None, kts=[], facts=[],
                      comment=f"unanswerable ({kind}): {why}"))
random.Random(69).shuffle(items)

def s(x):
    return "null" if x is None else json.dumps(x, ensure_ascii=False)

out = ["# blind69 gold file: interview-article QA evaluation set (written blind, session 41)", "version: 1", "questions:"]
for i, it in enumerate(items, 1):
    out.append(f"- id: c{i:03d}" + (f"  # {it['comment']}" if it["comment"] else ""))
    out.append(f"  lang: {it['lang']}")
    out.append(f"  type: {it['type']}")
    out.append(f"  question: {s(it['question'])}")
    out.append(f"  speaker: {s(it['speaker'])}")
    out.append(f"  article: {s(it['article'])}")
    if it["kts"]:
        out.append("  gold:")
        for kt in it["kts"]:
            out.append(f"  - key_text: {s(kt)}")
    else:
        out.append("  gold: []")
    out.append(f"  key_facts: [{', '.join(s(f) for f in it['facts'])}]")
(HERE.parent / "gold.yaml").write_text("\n".join(out) + "\n", encoding="utf-8")
used = {it["question"] for it in items}
missing = DROP - {q for _, qs in list(p1.Q.items()) + list(p2.Q.items()) for (_, _, q, *_r) in qs}
assert not missing, missing
print(len(items), "questions written")
