#!/usr/bin/env python3
"""Build ../gold.yaml from questions.py (python3 build/make_gold.py)."""
import pathlib, sys, collections, yaml
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from questions import A, Q, U

ROOT = pathlib.Path(__file__).resolve().parent.parent
arts = {k: (ROOT / "articles" / f"{v}.txt").read_text(encoding="utf-8") for k, v in A.items()}

items = []
for lang, typ, code, spk, q, keys, facts in Q:
    for k in keys:
        assert k in arts[code], (code, k[:60])
    items.append(dict(lang=lang, type=typ, question=q, speaker=spk, article=A[code],
                      gold=[{"key_text": k} for k in keys], key_facts=facts))
for lang, kind, q in U:
    items.append(dict(lang=lang, type="unanswerable", question=q, speaker=None, article=None,
                      gold=[], key_facts=[], unanswerable_kind=kind))

# interleave unanswerables evenly among answerable questions (deterministic)
ans = [i for i in items if i["type"] != "unanswerable"]
una = [i for i in items if i["type"] == "unanswerable"]
step = len(ans) / len(una)
out, ui = [], 0
for n, it in enumerate(ans):
    out.append(it)
    if ui < len(una) and n + 1 >= round((ui + 1) * step):
        out.append(una[ui]); ui += 1
out += una[ui:]

qs = []
for n, it in enumerate(out, 1):
    d = {"id": f"c{n:03d}"}
    d.update(it)
    qs.append(d)

doc = {"version": 1, "set": "blind38", "questions": qs}
(ROOT / "gold.yaml").write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")
c = collections.Counter((q["lang"], q["type"]) for q in qs)
print(len(qs), "questions;", dict(c))
