#!/usr/bin/env python3
"""Build ../gold.yaml from questions.py; checks key_texts, key_facts, multi spans, 5-gram overlap."""
import re, random, pathlib, sys, collections, yaml
HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from questions import A, Q, U

def paragraphs(text):
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]

arts = {p.stem: p.read_text(encoding="utf-8") for p in sorted((ROOT / "articles").glob("*.txt"))}
problems = []
items = []
for (ak, lang, typ, spk, question, kts, kfs) in Q:
    art = A[ak]; text = arts[art]; paras = paragraphs(text)
    where = f"[{art} | {question[:50]}]"
    gp = []
    for kt in kts:
        if len(kt) > 300: problems.append(f"{where} key_text > 300")
        hits = [i for i, p in enumerate(paras) if kt in p]
        if len(hits) != 1: problems.append(f"{where} key_text in {len(hits)} paragraphs: {kt[:60]}")
        gp += hits
        if re.search(r"[.!?]\s+[A-ZÄÖÜ]", kt.rstrip(".!?\"'")): problems.append(f"{where} key_text may be >1 sentence")
    if typ == "multi" and len(set(gp)) < 2: problems.append(f"{where} multi in one paragraph")
    joined = " ".join(kts).lower()
    for f in kfs:
        if f.lower() not in joined: problems.append(f"{where} key_fact {f!r} missing")
    if spk and spk.split()[-1] not in text: problems.append(f"{where} speaker not in text")
    words = re.findall(r"\w+", question.lower())
    atext = " ".join(re.findall(r"\w+", text.lower()))
    for i in range(len(words) - 4):
        seq = " ".join(words[i:i+5])
        if seq in atext: problems.append(f"{where} 5-gram: {seq}"); break
    items.append(dict(lang=lang, type=typ, question=question, speaker=spk, article=art,
                      gold=[{"key_text": kt} for kt in kts], key_facts=list(kfs)))
for (lang, kind, question) in U:
    items.append(dict(lang=lang, type="unanswerable", question=question, speaker=None, article=None,
                      gold=[], key_facts=[], _kind=kind))
if problems:
    print("\n".join(problems)); sys.exit(1)

random.Random(44).shuffle(items)
out = ["version: 1", "questions:"]
kinds = []
for n, it in enumerate(items, 1):
    qid = f"c{n:03d}"
    kind = it.pop("_kind", None)
    q = {"id": qid, **it}
    if kind:
        out.append(f"# unanswerable kind ({kind})")
        kinds.append((qid, kind, it["lang"], it["question"]))
    out.append(yaml.safe_dump([q], allow_unicode=True, sort_keys=False, width=4096).rstrip("\n"))
(ROOT / "gold.yaml").write_text("\n".join(out) + "\n", encoding="utf-8")
c = collections.Counter((i["type"]) for i in items)
print("written", len(items), dict(c))
for k in kinds: print(" ", *k, sep=" | ")
