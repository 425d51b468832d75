#!/usr/bin/env python3
"""Verify gold.yaml against articles/*.txt beside it (python3 verify.py)."""
import re, sys, collections, pathlib, yaml

ROOT = pathlib.Path(__file__).resolve().parent
ART = ROOT / "articles"
data = yaml.safe_load((ROOT / "gold.yaml").read_text(encoding="utf-8"))
qs = data["questions"]
errors, warnings = [], []

def paragraphs(text):
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]

articles = {p.stem: p.read_text(encoding="utf-8") for p in sorted(ART.glob("*.txt"))}
ARTICLE_LANG = {}
for name, text in articles.items():
    if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", name):
        errors.append(f"bad file name {name}")
    n = len(text.split())
    if not 500 <= n <= 1100:
        errors.append(f"{name}: {n} words (want 500-1100)")
    de_hits = len(re.findall(r"\b(und|der|die|das|nicht|wir)\b", text))
    ARTICLE_LANG[name] = "de" if de_hits > 30 else "en"

ids = [q["id"] for q in qs]
for i, c in collections.Counter(ids).items():
    if c > 1: errors.append(f"duplicate id {i}")
for i in ids:
    if not re.fullmatch(r"c\d{2,3}", str(i)): errors.append(f"bad id {i!r} (want c01, c02, ...)")
if data.get("version") != 1: errors.append("version must be 1")

TYPES = {"speaker", "infobox", "lead", "multi", "unanswerable"}
for q in qs:
    qid = q["id"]
    for k in ("id", "lang", "type", "question", "speaker", "article", "gold", "key_facts"):
        if k not in q: errors.append(f"{qid}: missing field {k}")
    if q["lang"] not in ("en", "de"): errors.append(f"{qid}: bad lang")
    if q["type"] not in TYPES: errors.append(f"{qid}: bad type")
    if q["type"] == "unanswerable":
        if q["gold"] or q["speaker"] is not None or q["article"] is not None or q["key_facts"]:
            errors.append(f"{qid}: unanswerable must have empty gold/key_facts and null speaker/article")
        continue
    if q["type"] in ("infobox", "lead") and q["speaker"] is not None:
        errors.append(f"{qid}: {q['type']} should have speaker null")
    if q["type"] in ("speaker", "multi") and not q["speaker"]:
        errors.append(f"{qid}: needs speaker")
    art = q["article"]
    if art not in articles:
        errors.append(f"{qid}: unknown article {art}"); continue
    text = articles[art]
    paras = paragraphs(text)
    if q["speaker"] and q["speaker"].split()[-1] not in text:
        errors.append(f"{qid}: speaker surname not in article")
    gold_paras, key_texts = [], []
    if not q["gold"]: errors.append(f"{qid}: empty gold")
    for g in q["gold"]:
        kt = g["key_text"]
        if len(kt) > 300: errors.append(f"{qid}: key_text > 300 chars")
        key_texts.append(kt)
        if kt not in text: errors.append(f"{qid}: key_text not verbatim in {art}: {kt[:60]}"); continue
        hits = [i for i, p in enumerate(paras) if kt in p]
        if len(hits) != 1: errors.append(f"{qid}: key_text found in {len(hits)} paragraphs")
        gold_paras += hits
        # one-sentence heuristic: no sentence end followed by capital inside
        if re.search(r"[.!?]\s+[A-ZÄÖÜ]", kt.rstrip(".!?\"'")):
            warnings.append(f"{qid}: key_text may contain more than one sentence")
    if q["type"] == "multi":
        if len(q["gold"]) < 2 or len(set(gold_paras)) < 2:
            errors.append(f"{qid}: multi needs >=2 gold entries from different paragraphs")
    # stricter than eval/blind: every key fact must occur inside a key_text itself
    ktext = " ".join(key_texts).lower()
    if not q["key_facts"]: errors.append(f"{qid}: no key_facts")
    for f in q["key_facts"]:
        alts = f if isinstance(f, list) else [f]
        if not any(str(a).lower() in ktext for a in alts):
            errors.append(f"{qid}: key_fact {f!r} not in its key_text(s)")
    # paraphrase check: flag 5-word sequences copied from the article
    words = re.findall(r"\w+", q["question"].lower())
    atext = " ".join(re.findall(r"\w+", text.lower()))
    for i in range(len(words) - 4):
        seq = " ".join(words[i:i+5])
        if seq in atext:
            warnings.append(f"{qid}: question shares 5-gram with article: '{seq}'"); break

# ---- counts ----
by_lang = collections.Counter(q["lang"] for q in qs)
by_type = collections.Counter(q["type"] for q in qs)
by_lang_type = collections.Counter((q["lang"], q["type"]) for q in qs)
en_over_de = sum(1 for q in qs if q["lang"] == "en" and q["article"] and ARTICLE_LANG[q["article"]] == "de")
de_over_de = sum(1 for q in qs if q["lang"] == "de" and q["article"] and ARTICLE_LANG[q["article"]] == "de")
en_over_en = sum(1 for q in qs if q["lang"] == "en" and q["article"] and ARTICLE_LANG[q["article"]] == "en")
de_over_en = sum(1 for q in qs if q["lang"] == "de" and q["article"] and ARTICLE_LANG[q["article"]] == "en")
why = sum(1 for q in qs if q["type"] != "unanswerable" and re.match(r"(why|how|warum|wie|weshalb|wieso)\b", q["question"], re.I)
          and not re.match(r"(how (much|many|big)|wie (hoch|viel|viele|teuer))\b", q["question"], re.I))
num = sum(1 for q in qs if q["type"] != "unanswerable" and re.search(r"\b(how much|how many|how big|when|wie hoch|wie viel|wie viele|wie teuer|wann|was hat .* gekostet)\b", q["question"], re.I))
arts_lang = collections.Counter(ARTICLE_LANG.values())

checks = {
    "total >= 60": len(qs) >= 60,
    "unanswerable >= 12": by_type["unanswerable"] >= 12,
    "unanswerable in both languages >= 4 each": by_lang_type[("en", "unanswerable")] >= 4 and by_lang_type[("de", "unanswerable")] >= 4,
    "en/de roughly half (40-60%)": 0.4 <= by_lang["en"] / len(qs) <= 0.6,
    "en questions over DE articles >= 20": en_over_de >= 20,
    "some en questions over EN articles": en_over_en >= 2,
    "some de questions over EN articles": de_over_en >= 2,
    "why/how reason questions >= 8": why >= 8,
    "number/amount/year questions >= 6": num >= 6,
    "articles == 10": len(articles) == 10,
    "7 German articles": arts_lang["de"] == 7,
    "3 English articles": arts_lang["en"] == 3,
    "multi >= 3": by_type["multi"] >= 3,
    "infobox >= 3": by_type["infobox"] >= 3,
    "lead >= 2": by_type["lead"] >= 2,
    "every article has a question": all(any(q["article"] == a for q in qs) for a in articles),
}
for k, ok in checks.items():
    if not ok: errors.append(f"count rule failed: {k}")

print("articles:", len(articles), dict(arts_lang))
for n in articles: print(f"  {n:45s} {ARTICLE_LANG[n]} {len(articles[n].split())} words")
print("questions:", len(qs), "by lang:", dict(by_lang), "by type:", dict(by_type))
print("by lang x type:", {f"{l}/{t}": c for (l, t), c in sorted(by_lang_type.items())})
print(f"en->DE articles: {en_over_de}, de->DE: {de_over_de}, en->EN: {en_over_en}, de->EN: {de_over_en}")
print(f"why/how reason questions: {why}, number/amount/year questions: {num}")
for k, ok in checks.items(): print(("  OK   " if ok else "  FAIL ") + k)
for w in warnings: print("WARN:", w)
for e in errors: print("ERROR:", e)
print("RESULT:", "PASS" if not errors else f"FAIL ({len(errors)} errors)")
sys.exit(1 if errors else 0)
