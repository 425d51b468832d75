#!/usr/bin/env python3
"""Build ../gold.yaml from spec.py; checks verbatim key_texts, paragraphs, 5-grams."""
import json, random, re, pathlib, sys, collections
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from spec import A, Q, U
ROOT = pathlib.Path(__file__).resolve().parent.parent
arts = {p.stem: p.read_text(encoding="utf-8") for p in (ROOT / "articles").glob("*.txt")}
def paras(t): return [p.strip() for p in re.split(r"\n\s*\n", t) if p.strip()]
problems = []
items = []
for lang, typ, short, spk, q, kts, kfs in Q:
    art = A[short]; text = arts[art]
    for kt in kts:
        n = sum(kt in p for p in paras(text))
        if n != 1: problems.append(f"{q[:50]}: key_text in {n} paras: {kt[:50]}")
    for f in kfs:
        if f.lower() not in " ".join(kts).lower(): problems.append(f"{q[:50]}: fact {f}")
    w = re.findall(r"\w+", q.lower()); at = " ".join(re.findall(r"\w+", text.lower()))
    for i in range(len(w) - 4):
        if " ".join(w[i:i+5]) in at: problems.append(f"5gram {' '.join(w[i:i+5])!r} in: {q}")
    items.append(dict(lang=lang, type=typ, question=q, speaker=spk, article=art,
                      gold=[{"key_text": k} for k in kts], key_facts=kfs, comment=None))
for lang, kind, com, q in U:
    items.append(dict(lang=lang, type="unanswerable", question=q, speaker=None, article=None,
                      gold=[], key_facts=[], comment=f"unanswerable ({kind}): {com}"))
random.Random(68).shuffle(items)
def s(x): return "null" if x is None else json.dumps(x, ensure_ascii=False)
out = ["version: 1", "questions:"]
for i, it in enumerate(items, 1):
    it["id"] = f"c{i:03d}"
    out.append(f"- id: {it['id']}" + (f"  # {it['comment']}" if it["comment"] else ""))
    out.append(f"  lang: {it['lang']}")
    out.append(f"  type: {it['type']}")
    out.append(f"  question: {s(it['question'])}")
    out.append(f"  speaker: {s(it['speaker'])}")
    out.append(f"  article: {s(it['article'])}")
    if it["gold"]:
        out.append("  gold:")
        for g in it["gold"]: out.append(f"  - key_text: {s(g['key_text'])}")
    else: out.append("  gold: []")
    out.append("  key_facts: " + ("[]" if not it["key_facts"] else "[" + ", ".join(s(f) for f in it["key_facts"]) + "]"))
(ROOT / "gold.yaml").write_text("\n".join(out) + "\n", encoding="utf-8")
for p in problems: print("PROBLEM:", p)
c = collections.Counter((i["lang"], i["type"]) for i in items)
print(len(items), dict(c))
print("per article:", collections.Counter(i["article"] for i in items))
