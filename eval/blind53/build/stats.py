#!/usr/bin/env python3
"""Print the README statistics for gold.yaml (uses build/tags.json written by make_gold.py)."""
import collections, json, pathlib, re, yaml
ROOT = pathlib.Path(__file__).resolve().parent.parent
qs = yaml.safe_load((ROOT / "gold.yaml").read_text(encoding="utf-8"))["questions"]
tags = json.loads((ROOT / "build" / "tags.json").read_text(encoding="utf-8"))
alang = {p.stem: ("en" if p.stem.split("-", 2)[2] in ("sextant", "cheesemaker", "gritting") else "de")
         for p in (ROOT / "articles").glob("*.txt")}
ans = [q for q in qs if q["type"] != "unanswerable"]
print("total", len(qs), "answerable", len(ans))
print("by type", dict(collections.Counter(q["type"] for q in qs)))
print("by lang", dict(collections.Counter(q["lang"] for q in qs)))
print("lang x type", dict(sorted(collections.Counter((q["lang"], q["type"]) for q in qs).items())))
print("direction", dict(collections.Counter(f"{q['lang']}->{alang[q['article']].upper()}" for q in ans)))
print("by article")
for a in sorted(alang):
    sub = [q for q in ans if q["article"] == a]
    c = collections.Counter(q["type"] for q in sub); l = collections.Counter(q["lang"] for q in sub)
    print(f"  {a} {len(sub)} en={l['en']} de={l['de']} speaker={c['speaker']} multi={c['multi']} infobox={c['infobox']} lead={c['lead']}")
t = collections.Counter(tags[q["id"]] for q in ans)
print("own tags (answerable)", dict(t), "why share %.2f num share %.2f" % (t["why"] / len(ans), t["num"] / len(ans)))
print("unanswerable by kind")
for k in "abcde":
    ids = [q["id"] for q in qs if q["type"] == "unanswerable" and tags[q["id"]] == k]
    print(f"  {k} {len(ids)} {' '.join(sorted(ids))} langs={dict(collections.Counter(q['lang'] for q in qs if q['id'] in ids))}")
