#!/usr/bin/env python3
"""Builds ../gold.yaml from build/questions.py (the hand-written question lists)."""
import pathlib, yaml, sys
HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from questions import A, U
out, n = [], 0
for art, qs in A.items():
    for lang, typ, q, spk, kts, kfs in qs:
        n += 1
        out.append({"id": f"c{n:03d}", "lang": lang, "type": typ, "question": q, "speaker": spk,
                    "article": art, "gold": [{"key_text": k} for k in kts], "key_facts": kfs})
# interleave unanswerable questions at fixed positions so they are not all at the end
step = max(1, len(out) // len(U))
for i, (lang, q) in enumerate(U):
    out.insert(min(len(out), (i + 1) * step + i), {"id": None, "lang": lang, "type": "unanswerable", "question": q,
               "speaker": None, "article": None, "gold": [], "key_facts": []})
for i, q in enumerate(out, 1):
    q["id"] = f"c{i:03d}"
(HERE.parent / "gold.yaml").write_text(yaml.safe_dump({"version": 1, "questions": out}, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")
print(len(out), "questions")
