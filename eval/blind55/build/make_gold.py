#!/usr/bin/env python3
"""Build gold.yaml for blind55 from build/questions.py (standard library + PyYAML).

Checks every key_text (verbatim, exactly one paragraph, one sentence / one info-box line),
every key_fact (substring of its key_text), speakers, multi paragraphs and the 5-gram
paraphrase rule, then shuffles with a fixed seed, assigns ids c001.., writes gold.yaml
with the unanswerable kind as a comment on the id line, and round-trips it through
yaml.safe_load. Also writes build/stats.json for the README.
"""
import collections, json, pathlib, random, re, sys

import yaml

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from questions import ANSWERABLE, ARTICLES, UNANSWERABLE  # noqa: E402

SEED = 55
KIND_LABEL = {
    "a": "off-topic general knowledge",
    "b": "near an article's topic, not covered",
    "c": "number/year of the right kind, never stated",
    "d": "corpus person, topic never mentioned",
    "e": "why/how of a mentioned fact, no reason or way given",
}


def paragraphs(text):
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def fail(msg):
    print("BUILD ERROR:", msg)
    global errors
    errors += 1


errors = 0
texts = {stem: (ROOT / "articles" / f"{stem}.txt").read_text(encoding="utf-8") for stem in ARTICLES.values()}
lang_of = {stem: ("de" if len(re.findall(r"\b(und|der|die|das|nicht|wir)\b", t)) > 30 else "en")
           for stem, t in texts.items()}

records = []
for row in ANSWERABLE:
    lang, typ, no, speaker, question, keys, facts, tag = row
    art = ARTICLES[no]
    text = texts[art]
    paras = paragraphs(text)
    where = f"[{art}] {question[:50]}"
    if typ in ("infobox", "lead") and speaker is not None:
        fail(f"{where}: {typ} must have no speaker")
    if typ in ("speaker", "multi") and (not speaker or speaker.split()[-1] not in text):
        fail(f"{where}: speaker missing or surname not in article")
    hit_paras = []
    for kt in keys:
        hits = [i for i, p in enumerate(paras) if kt in p]
        if len(hits) != 1:
            fail(f"{where}: key_text in {len(hits)} paragraphs: {kt[:60]}")
            continue
        hit_paras.append(hits[0])
        if len(kt) > 300:
            fail(f"{where}: key_text longer than 300 chars")
        if re.search(r"[.!?]\s+[A-ZÄÖÜ]", kt.rstrip(".!?\"'")):
            fail(f"{where}: key_text may hold two sentences")
        if typ == "infobox":
            if "\n" in kt or not re.fullmatch(r"[^:\n]+: .+", kt) or kt not in paras[hits[0]].splitlines():
                fail(f"{where}: infobox key_text is not one whole 'Key: value' line")
        else:
            # a whole sentence: starts a line/sentence and ends with sentence punctuation
            p = paras[hits[0]]
            i = p.index(kt)
            before = p[:i]
            if not (before == "" or re.search(r"([.!?:“\"]\s|\]\s\w+:\s|^\w[\w. ]*:\s|^[A-Z]+:\s|^\d+\.\s)$", before)):
                fail(f"{where}: key_text does not start a sentence: …{before[-20:]!r}")
            if not re.search(r"[.!?“]$", kt):
                fail(f"{where}: key_text does not end a sentence")
    if typ == "lead":
        first_qa = min(i for i, p in enumerate(paras) if re.match(r"(Frage:|LT:|\[00|Landwoche:|K\.D\.:|1\.|Herr |Q:|\*\*|On the panel)", p))
        if hit_paras and hit_paras[0] >= first_qa:
            fail(f"{where}: lead key_text is not in the teaser")
    if typ == "multi" and (len(keys) < 2 or len(set(hit_paras)) < 2):
        fail(f"{where}: multi needs two key_texts in different paragraphs")
    ktext = " ".join(keys).lower()
    for f in facts:
        if f.lower() not in ktext:
            fail(f"{where}: key_fact {f!r} not in key_texts")
    words = re.findall(r"\w+", question.lower())
    atext = " ".join(re.findall(r"\w+", text.lower()))
    for i in range(len(words) - 4):
        seq = " ".join(words[i:i + 5])
        if seq in atext:
            fail(f"{where}: 5-gram copied from article: {seq!r}")
            break
    if tag not in ("why", "num", "-"):
        fail(f"{where}: bad tag {tag}")
    records.append({
        "lang": lang, "type": typ, "question": question, "speaker": speaker, "article": art,
        "gold": [{"key_text": k} for k in keys], "key_facts": list(facts), "_tag": tag, "_kind": None,
    })

for lang, kind, question in UNANSWERABLE:
    if kind not in KIND_LABEL:
        fail(f"bad kind {kind}")
    records.append({
        "lang": lang, "type": "unanswerable", "question": question, "speaker": None, "article": None,
        "gold": [], "key_facts": [], "_tag": "-", "_kind": kind,
    })

qs_text = [r["question"] for r in records]
for q, c in collections.Counter(qs_text).items():
    if c > 1:
        fail(f"duplicate question: {q}")

if errors:
    print(f"{errors} build errors; gold.yaml not written")
    sys.exit(1)

random.Random(SEED).shuffle(records)
for n, r in enumerate(records, 1):
    r["id"] = f"c{n:03d}"


def y(s):
    return "null" if s is None else json.dumps(s, ensure_ascii=False)


lines = [
    "# blind55 gold set - generated by build/make_gold.py from build/questions.py; do not edit by hand",
    f"# seed {SEED}; {len(records)} questions",
    "version: 1",
    "questions:",
]
for r in records:
    comment = f"  # unanswerable ({r['_kind']}): {KIND_LABEL[r['_kind']]}" if r["_kind"] else ""
    lines.append(f"- id: {r['id']}{comment}")
    lines.append(f"  lang: {r['lang']}")
    lines.append(f"  type: {r['type']}")
    lines.append(f"  question: {y(r['question'])}")
    lines.append(f"  speaker: {y(r['speaker'])}")
    lines.append(f"  article: {y(r['article'])}")
    if r["gold"]:
        lines.append("  gold:")
        for g in r["gold"]:
            lines.append(f"  - key_text: {y(g['key_text'])}")
    else:
        lines.append("  gold: []")
    lines.append("  key_facts: [" + ", ".join(y(f) for f in r["key_facts"]) + "]")
out = "\n".join(lines) + "\n"
(ROOT / "gold.yaml").write_text(out, encoding="utf-8")

# round trip
data = yaml.safe_load((ROOT / "gold.yaml").read_text(encoding="utf-8"))
assert data["version"] == 1
assert len(data["questions"]) == len(records)
for got, want in zip(data["questions"], records):
    for k in ("id", "lang", "type", "question", "speaker", "article", "gold", "key_facts"):
        assert got[k] == want[k], (want["id"], k, got[k], want[k])

# stats for the README
ans = [r for r in records if r["type"] != "unanswerable"]
stats = {
    "total": len(records),
    "by_type": dict(collections.Counter(r["type"] for r in records)),
    "by_lang": dict(collections.Counter(r["lang"] for r in records)),
    "by_lang_type": {f"{l}/{t}": c for (l, t), c in sorted(collections.Counter((r["lang"], r["type"]) for r in records).items())},
    "direction": dict(collections.Counter(f"{r['lang']}->{lang_of[r['article']].upper()}" for r in ans)),
    "by_article": {a: dict(collections.Counter(r["lang"] for r in ans if r["article"] == a)) for a in ARTICLES.values()},
    "answerable": len(ans),
    "why_how_tagged": sum(r["_tag"] == "why" for r in ans),
    "number_tagged": sum(r["_tag"] == "num" for r in ans),
    "unanswerable_ids": {k: [r["id"] for r in records if r["_kind"] == k] for k in KIND_LABEL},
    "unanswerable_lang": {k: dict(collections.Counter(r["lang"] for r in records if r["_kind"] == k)) for k in KIND_LABEL},
}
(HERE / "stats.json").write_text(json.dumps(stats, ensure_ascii=False, indent=1), encoding="utf-8")
print(f"wrote gold.yaml: {len(records)} questions ({len(ans)} answerable, {len(records) - len(ans)} unanswerable); round trip OK")
print(json.dumps({k: stats[k] for k in ("by_type", "by_lang", "direction", "why_how_tagged", "number_tagged")}, ensure_ascii=False))
