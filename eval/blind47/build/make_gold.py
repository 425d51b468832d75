#!/usr/bin/env python3
"""Build ../gold.yaml from questions.py (stdlib + PyYAML). Run from anywhere: python3 build/make_gold.py"""
import json, random, re, pathlib, sys, yaml
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import questions as Qs

ROOT = pathlib.Path(__file__).resolve().parent.parent
ART = {p.stem: p.read_text(encoding="utf-8") for p in (ROOT / "articles").glob("*.txt")}
KIND = {"a": "off-topic general knowledge", "b": "near topic, not covered", "c": "number/year never stated",
        "d": "corpus person, topic never mentioned", "e": "why/how not given in text"}

def paras(t):
    return [p.strip() for p in re.split(r"\n\s*\n", t) if p.strip()]

items, problems = [], []
for art, typ, lang, q, spk, keys, facts in Qs.Q:
    stem = Qs.A[art]; text = ART[stem]
    for k in keys:
        n = sum(1 for p in paras(text) if k in p)
        if n != 1: problems.append(f"{stem}: key_text in {n} paragraphs: {k[:60]}")
    items.append(dict(lang=lang, type=typ, question=q, speaker=spk, article=stem,
                      gold=[{"key_text": k} for k in keys], key_facts=facts, _kind=None))
for kind, lang, q in Qs.U:
    items.append(dict(lang=lang, type="unanswerable", question=q, speaker=None, article=None,
                      gold=[], key_facts=[], _kind=kind))
if problems:
    print("\n".join(problems)); sys.exit(1)

random.Random(47).shuffle(items)
s = lambda v: "null" if v is None else json.dumps(v, ensure_ascii=False)
out = ["# blind47 gold set: 144 answerable + 26 unanswerable questions (written blind)", "version: 1", "questions:"]
for n, it in enumerate(items, 1):
    it["id"] = f"c{n:03d}"
    comment = f"  # unanswerable ({it['_kind']}): {KIND[it['_kind']]}" if it["_kind"] else ""
    out.append(f"- id: {it['id']}{comment}")
    for f in ("lang", "type", "question", "speaker", "article"):
        out.append(f"  {f}: {s(it[f])}")
    if it["gold"]:
        out.append("  gold:")
        for g in it["gold"]:
            out.append(f"  - key_text: {s(g['key_text'])}")
    else:
        out.append("  gold: []")
    out.append("  key_facts: " + (s(it["key_facts"]) if it["key_facts"] else "[]"))
txt = "\n".join(out) + "\n"
data = yaml.safe_load(txt)  # round-trip check
assert len(data["questions"]) == 170 and data["version"] == 1
(ROOT / "gold.yaml").write_text(txt, encoding="utf-8")
print("wrote gold.yaml with", len(items), "questions")
for it in items:
    if it["_kind"]: print(it["id"], it["_kind"], it["lang"], it["question"])
