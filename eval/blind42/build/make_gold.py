#!/usr/bin/env python3
"""Build ../gold.yaml from questions.py with strict checks (run from anywhere)."""
import re, sys, random, pathlib, yaml
HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from questions import Q, U, A

def paragraphs(t):
    return [p.strip() for p in re.split(r"\n\s*\n", t) if p.strip()]

arts = {p.stem: p.read_text(encoding="utf-8") for p in sorted((ROOT / "articles").glob("*.txt"))}
errs = []
items = []
for lang, typ, no, spk, question, kts, kfs in Q:
    name = A[no]; text = arts[name]; paras = paragraphs(text)
    tag = question[:50]
    seen = set()
    for kt in kts:
        if kt not in text:
            errs.append(f"NOT VERBATIM [{name}] {kt[:70]}"); continue
        hits = [i for i, p in enumerate(paras) if kt in p]
        if len(hits) != 1: errs.append(f"{len(hits)} paragraphs: {kt[:60]}")
        seen.update(hits)
        if len(kt) > 300: errs.append(f"too long: {kt[:60]}")
        if re.search(r"[.!?]\s+[A-ZÄÖÜ]", kt.rstrip(".!?\"'")): errs.append(f"multi-sentence?: {kt[:60]}")
    if typ == "multi" and len(seen) < 2: errs.append(f"multi not in 2 paragraphs: {tag}")
    low = " ".join(kts).lower()
    for f in kfs:
        alts = f if isinstance(f, list) else [f]
        if not any(str(a).lower() in low for a in alts): errs.append(f"fact {f!r} not in key_text: {tag}")
    if spk and spk.split()[-1] not in text: errs.append(f"speaker not in text: {tag}")
    words = re.findall(r"\w+", question.lower())
    atext = " ".join(re.findall(r"\w+", text.lower()))
    for i in range(len(words) - 4):
        s = " ".join(words[i:i+5])
        if s in atext: errs.append(f"5-gram '{s}': {tag}"); break
    items.append({"lang": lang, "type": typ, "question": question, "speaker": spk, "article": name,
                  "gold": [{"key_text": kt} for kt in kts], "key_facts": kfs})
# unanswerable: make sure no question shares a 5-gram with any article
alltext = {n: " ".join(re.findall(r"\w+", t.lower())) for n, t in arts.items()}
for lang, kind, question in U:
    words = re.findall(r"\w+", question.lower())
    for i in range(len(words) - 4):
        s = " ".join(words[i:i+5])
        for n, at in alltext.items():
            if s in at: errs.append(f"unanswerable 5-gram '{s}' in {n}: {question[:40]}")
    items.append({"lang": lang, "type": "unanswerable", "question": question, "speaker": None,
                  "article": None, "gold": [], "key_facts": [], "unanswerable_kind": kind})
if errs:
    print("\n".join(errs)); print(f"{len(errs)} problems"); sys.exit(1)
random.Random(42).shuffle(items)
out = []
for i, it in enumerate(items, 1):
    d = {"id": f"c{i:03d}"}; d.update(it); out.append(d)
(ROOT / "gold.yaml").write_text(yaml.safe_dump({"version": 1, "questions": out}, allow_unicode=True,
                                sort_keys=False, width=1000), encoding="utf-8")
print(f"wrote {len(out)} questions")
