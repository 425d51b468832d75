#!/usr/bin/env python3
"""Build gold.yaml from build/questions.py; checks every key_text is verbatim in exactly one paragraph."""
import re, sys, random, pathlib, collections, yaml
ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "build"))
from questions import Q

def paragraphs(text):
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]

arts = {p.stem: p.read_text(encoding="utf-8") for p in sorted((ROOT / "articles").glob("*.txt"))}
errs = []
for i, q in enumerate(Q):
    if q["type"] == "unanswerable":
        if q.get("kind") not in list("abcde"): errs.append(f"#{i}: bad kind")
        continue
    text = arts[q["article"]]; paras = paragraphs(text)
    for kt in q["key_texts"]:
        if kt not in text:
            errs.append(f"#{i} {q['article']}: NOT VERBATIM: {kt[:70]}"); continue
        n = sum(kt in p for p in paras)
        if n != 1: errs.append(f"#{i}: key_text in {n} paragraphs: {kt[:60]}")
        if re.search(r"[.!?]\s+[A-ZÄÖÜ]", kt.rstrip(".!?\"'")): errs.append(f"#{i}: maybe >1 sentence: {kt[:60]}")
    kl = " ".join(q["key_texts"]).lower()
    for f in q["key_facts"]:
        alts = f if isinstance(f, list) else [f]
        if not any(a.lower() in kl for a in alts): errs.append(f"#{i}: fact {f} not in key_text")
    if q["speaker"] and q["speaker"].split()[-1] not in text: errs.append(f"#{i}: speaker not in article")
    words = re.findall(r"\w+", q["question"].lower())
    atext = " ".join(re.findall(r"\w+", text.lower()))
    for j in range(len(words) - 4):
        s = " ".join(words[j:j+5])
        if s in atext: errs.append(f"#{i}: 5-gram '{s}'"); break
if errs:
    print("\n".join(errs)); sys.exit(1)

order = list(range(len(Q)))
random.Random(41).shuffle(order)
out = []
for n, i in enumerate(order, 1):
    q = Q[i]
    e = {"id": f"c{n:03d}", "lang": q["lang"], "type": q["type"], "question": q["question"],
         "speaker": q["speaker"], "article": q["article"],
         "gold": [{"key_text": kt} for kt in q["key_texts"]], "key_facts": q["key_facts"]}
    if q["type"] == "unanswerable":
        e["unanswerable_kind"] = q["kind"]
    out.append(e)
doc = {"version": 1, "name": "blind41",
       "note": "Written blind; unanswerable_kind: a=person asked about unmentioned topic, b=off-topic general knowledge, "
               "c=number/date not given, d=plausible detail not stated, e=why/how not answered.",
       "questions": out}
(ROOT / "gold.yaml").write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")
print("wrote", len(out), "questions;", collections.Counter(q["type"] for q in Q))
