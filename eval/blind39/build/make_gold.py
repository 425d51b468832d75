#!/usr/bin/env python3
"""Build gold.yaml from build/questions.py; checks key_texts verbatim (one paragraph) and 5-gram overlap."""
import re, sys, pathlib, collections, yaml
ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "build"))
from questions import Q, U, SPEAKERS

arts = {int(p.stem.split("-")[1]): p for p in sorted((ROOT / "articles").glob("b39-*.txt"))}
texts = {n: p.read_text(encoding="utf-8") for n, p in arts.items()}
def paras(t): return [p.strip() for p in re.split(r"\n\s*\n", t) if p.strip()]
problems = []
ans, una = [], []
for lang, typ, n, spk, question, kts, facts in Q:
    t = texts[n]
    tag = question[:40]
    for kt in kts:
        hits = [j for j, p in enumerate(paras(t)) if kt in p]
        if len(hits) != 1: problems.append(f"{tag}: key_text in {len(hits)} paragraphs: {kt[:60]}")
    kl = " ".join(kts).lower()
    for f in facts:
        alts = f if isinstance(f, list) else [f]
        if not any(a.lower() in kl for a in alts): problems.append(f"{tag}: fact {f} missing")
    words = re.findall(r"\w+", question.lower())
    at = " ".join(re.findall(r"\w+", t.lower()))
    for k in range(len(words) - 4):
        s5 = " ".join(words[k:k+5])
        if s5 in at: problems.append(f"{tag}: 5-gram '{s5}'"); break
    ans.append({"lang": lang, "type": typ, "question": question,
                "speaker": SPEAKERS[spk] if spk else None, "article": arts[n].stem,
                "gold": [{"key_text": kt} for kt in kts], "key_facts": facts})
for lang, kind, question in U:
    una.append({"lang": lang, "type": "unanswerable", "unanswerable_kind": kind,
                "question": question, "speaker": None, "article": None, "gold": [], "key_facts": []})
# interleave: spread unanswerables evenly through the answerable list (deterministic)
total = len(ans) + len(una)
slots = {round((k + 0.5) * total / len(una)) for k in range(len(una))}
assert len(slots) == len(una)
out, ai, ui = [], iter(ans), iter(una)
for pos in range(total):
    q = next(ui) if pos in slots else next(ai)
    out.append({"id": f"c{pos+1:03d}", **q})
# order: interleave unanswerables? keep ids sequential as generated
data = {"version": 1, "questions": out}
(ROOT / "gold.yaml").write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=200), encoding="utf-8")
print("questions:", len(out))
print(collections.Counter((q["lang"], q["type"]) for q in out))
print("per article:", collections.Counter((q["article"], q["lang"]) for q in out if q["article"]))
for p in problems: print("PROBLEM:", p)
