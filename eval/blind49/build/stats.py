#!/usr/bin/env python3
"""Print README tables from gold.yaml and articles/ (uses verify.py's regexes for why/how and number)."""
import collections, pathlib, re, yaml
ROOT = pathlib.Path(__file__).resolve().parent.parent
raw = (ROOT / "gold.yaml").read_text(encoding="utf-8")
qs = yaml.safe_load(raw)["questions"]
arts = {p.stem: p.read_text(encoding="utf-8") for p in sorted((ROOT / "articles").glob("*.txt"))}
alang = {n: ("de" if len(re.findall(r"\b(und|der|die|das|nicht|wir)\b", t)) > 30 else "en") for n, t in arts.items()}
WHY = lambda q: re.match(r"(why|how|warum|wie|weshalb|wieso)\b", q, re.I) and not re.match(r"(how (much|many|big)|wie (hoch|viel|viele|teuer))\b", q, re.I)
NUM = lambda q: re.search(r"\b(how much|how many|how big|when|wie hoch|wie viel|wie viele|wie teuer|wann|was hat .* gekostet)\b", q, re.I)
ans = [q for q in qs if q["type"] != "unanswerable"]
print("answerable", len(ans), "why/how", sum(bool(WHY(q["question"])) for q in ans), "number", sum(bool(NUM(q["question"])) for q in ans))
print("by type", collections.Counter(q["type"] for q in qs))
print("by lang", collections.Counter(q["lang"] for q in qs))
print("by lang x type", sorted(collections.Counter((q["lang"], q["type"]) for q in qs).items()))
print("| article | lang | en Qs | de Qs | speaker | multi | infobox | lead | total |")
print("|---|---|---|---|---|---|---|---|---|")
for a in arts:
    aq = [q for q in qs if q["article"] == a]
    c = collections.Counter(q["type"] for q in aq); l = collections.Counter(q["lang"] for q in aq)
    print(f"| {a} | {alang[a]} | {l['en']} | {l['de']} | {c['speaker']} | {c['multi']} | {c['infobox']} | {c['lead']} | {len(aq)} |")
kinds = collections.defaultdict(list)
for m in re.finditer(r"- id: (c\d+)  # unanswerable kind \((\w)\)", raw):
    kinds[m.group(2)].append(m.group(1))
uq = {q["id"]: q for q in qs}
for k in sorted(kinds):
    print(k, len(kinds[k]), ", ".join(f"{i} ({uq[i]['lang']})" for i in kinds[k]))
for a, t in arts.items():
    print(a, alang[a], len(t.split()))
