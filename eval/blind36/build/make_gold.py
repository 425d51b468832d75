#!/usr/bin/env python3
"""Write gold.yaml from build/questions.py (python3 build/make_gold.py)."""
import pathlib, sys, yaml
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from questions import ART, ANSWERABLE, UNANSWERABLE

ROOT = pathlib.Path(__file__).resolve().parent.parent

ans = []
for lang, typ, art, speaker, question, kts, kfs in ANSWERABLE:
    ans.append({"lang": lang, "type": typ, "question": question, "speaker": speaker,
                "article": ART[art], "gold": [{"key_text": k} for k in kts], "key_facts": kfs})
una = []
for lang, kind, question, note in UNANSWERABLE:
    una.append({"lang": lang, "type": "unanswerable", "question": question, "speaker": None,
                "article": None, "gold": [], "key_facts": [], "kind": kind, "note": note})

# interleave: one unanswerable after every k answerable questions, spread evenly
out, n_a, n_u = [], len(ans), len(una)
step = n_a / n_u
ui = 0
for i, q in enumerate(ans):
    out.append(q)
    while ui < n_u and (ui + 1) * step <= i + 1:
        out.append(una[ui]); ui += 1
out += una[ui:]
for i, q in enumerate(out, 1):
    q["id"] = f"c{i:03d}"
ordered = [{k: q[k] for k in ("id", "lang", "type", "question", "speaker", "article", "gold", "key_facts")} |
           ({"kind": q["kind"], "note": q["note"]} if q["type"] == "unanswerable" else {}) for q in out]
doc = {"version": 1, "name": "blind36", "questions": ordered}
(ROOT / "gold.yaml").write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=200), encoding="utf-8")
from collections import Counter
print("total", len(out), Counter(q["lang"] for q in out), Counter(q["type"] for q in out))
print(Counter((q["lang"], q["type"]) for q in out))
