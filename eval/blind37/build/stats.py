#!/usr/bin/env python3
"""Print the count tables used in README.md from ../gold.yaml."""
import collections, pathlib, re, yaml
ROOT = pathlib.Path(__file__).resolve().parent.parent
qs = yaml.safe_load((ROOT / "gold.yaml").read_text(encoding="utf-8"))["questions"]
alang = {}
for p in (ROOT / "articles").glob("*.txt"):
    t = p.read_text(encoding="utf-8")
    alang[p.stem] = "de" if len(re.findall(r"\b(und|der|die|das|nicht|wir)\b", t)) > 30 else "en"
types = ["speaker", "multi", "infobox", "lead", "unanswerable"]
c = collections.Counter((q["lang"], q["type"]) for q in qs)
print("| type | en | de | total |\n|---|---|---|---|")
for t in types:
    print(f"| {t} | {c[('en',t)]} | {c[('de',t)]} | {c[('en',t)]+c[('de',t)]} |")
print(f"| **total** | {sum(v for (l,_),v in c.items() if l=='en')} | {sum(v for (l,_),v in c.items() if l=='de')} | {len(qs)} |\n")
x = collections.Counter((q["lang"], alang[q["article"]]) for q in qs if q["article"])
print("| question lang \\ article lang | DE article | EN article |\n|---|---|---|")
for l in ("en", "de"):
    print(f"| {l} | {x[(l,'de')]} | {x[(l,'en')]} |")
print()
pa = collections.Counter((q["article"], q["lang"]) for q in qs if q["article"])
print("| article | lang | en q | de q |\n|---|---|---|---|")
for a in sorted(alang):
    print(f"| {a} | {alang[a]} | {pa[(a,'en')]} | {pa[(a,'de')]} |")
print()
u = collections.Counter((q["unanswerable_kind"], q["lang"]) for q in qs if q["type"] == "unanswerable")
print("| unanswerable kind | en | de |\n|---|---|---|")
for k in ("person-offtopic", "general-knowledge", "number-not-given", "detail-not-stated"):
    print(f"| {k} | {u[(k,'en')]} | {u[(k,'de')]} |")
