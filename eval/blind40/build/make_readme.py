#!/usr/bin/env python3
"""Write ../README.md from gold.yaml and the articles (counts are computed, not typed)."""
import re, pathlib, collections, yaml
ROOT = pathlib.Path(__file__).resolve().parent.parent
qs = yaml.safe_load((ROOT / "gold.yaml").read_text(encoding="utf-8"))["questions"]
arts = {p.stem: p.read_text(encoding="utf-8") for p in sorted((ROOT / "articles").glob("*.txt"))}
def alang(t): return "de" if len(re.findall(r"\b(und|der|die|das|nicht|wir)\b", t)) > 30 else "en"

META = {
 "b40-01-koehlerei-holzkohlemeiler": ("charcoal burning revived by a forester and village heritage club (Köhlerei)", "full-name labels (interviewer and interviewee), Zur Person + info box, related links, newsletter/cookie lines"),
 "b40-02-harzgewinnung-pecherin": ("resin tapping in black-pine forest, Austria (Pecherei)", "Frage:/Antwort: labels, Zur Person, comments/share footer"),
 "b40-03-nachtfalter-lichtfang": ("amateur moth recording with a light tower", "radio transcript with timestamps, jingles, show notes"),
 "b40-04-blitzortung-empfaenger": ("amateur lightning-detection receiver in a volunteer network", "initials labels (C.M./H.F.), Zur Person, ad marker, newsletter line"),
 "b40-05-verkaufswagen-landtour": ("rural mobile grocery van touring villages", "two interviewees with surname labels, outlet-name label for the interviewer, INFO box, cookie banner"),
 "b40-06-strandhafer-duenenpflege": ("island dune warden planting marram grass, Christmas-tree sand traps", "outlet-abbreviation label (KP:) vs surname, facts box, subscription teaser"),
 "b40-07-bauhof-stadtbetrieb": ("small-town municipal works depot (Bauhof)", "unlabelled questions (question paragraphs without labels), KURZ NOTIERT box, imprint line"),
 "b40-08-sunspot-counting-observer": ("amateur sunspot counting since 1983", "Q:/A: labels, ABOUT box, editing note, related links, cookie line"),
 "b40-09-mailboat-skipper-islands": ("island mailboat skipper (post, freight, passengers)", "surname labels, editor's note on condensing/editing, 'About' facts box"),
 "b40-10-coppice-hazel-woodsman": ("hazel coppicing and hurdle making", "podcast transcript with timestamps, show notes, sponsor line"),
}
TOPIC_WORDS = "koehlerei holzkohle meiler harzgewinnung pecherin nachtfalter lichtfang blitzortung empfaenger verkaufswagen landtour strandhafer duenenpflege bauhof stadtbetrieb sunspot mailboat coppice hazel woodsman"

L = []
L.append("# blind40 – interview-article QA evaluation set (written blind)")
L.append("")
L.append("**Status: written blind; not yet run.**")
L.append("")
L.append("## How it was written")
L.append("")
L.append("- Inputs read: only `verify.py` (schema and count rules) and `topics-taken.txt` (slugs of topics already used). Nothing else in the project, its data or other evaluation sets was read.")
L.append("- Topic areas were restricted to: water and coastal work, mountain and forest jobs, old trades revived, amateur astronomy/weather/nature recording, rural transport and delivery, small-town public services (no libraries, no fire brigades).")
L.append(f"- Topic check: each main topic word was grepped case-insensitively (substring) in `topics-taken.txt`; all have 0 hits: `{TOPIC_WORDS}`.")
L.append("- Articles: 10 invented interviews (7 German, 3 English). People, outlets, clubs, firms and small places are invented; real large cities (Stuttgart, Wien, London, Brussels, Sheffield) appear only as background. Each imitates copied web/print text: headline, kicker, lead, byline/date, photo credit, info boxes, related links, cookie/newsletter lines, and a different interview layout.")
L.append("- Questions: written in `build/questions.py` (answerable: language, type, article, speaker, question, verbatim key_texts, key_facts; unanswerable: language, kind, question). `build/make_gold.py` checks that every key_text is verbatim and lies in exactly one paragraph, that every key fact occurs in a key_text, and writes `gold.yaml` (unanswerable questions spread evenly through the id sequence). `build/make_readme.py` writes this README from `gold.yaml`.")
L.append("- Key facts give English/German alternatives for word facts and both number notations (e.g. `14.812` / `14,812`). Questions paraphrase the articles; `verify.py` reports no shared 5-grams and no multi-sentence key_texts.")
L.append("- Each unanswerable question was checked by reading and grepping all ten articles.")
L.append("- Result: `python3 verify.py > verify_out.txt` ends with `RESULT: PASS`.")
L.append("")
L.append("## Files")
L.append("")
L.append("| file | lang | words | topic | layout |")
L.append("|---|---|---|---|---|")
for name, text in arts.items():
    t, lay = META[name]
    L.append(f"| articles/{name}.txt | {alang(text)} | {len(text.split())} | {t} | {lay} |")
L.append("| gold.yaml | – | – | 170 questions c001–c170 | generated |")
L.append("| build/questions.py, build/make_gold.py, build/make_readme.py | – | – | build scripts | – |")
L.append("| verify_out.txt | – | – | output of verify.py | – |")
L.append("")
L.append("## Counts by type and language")
L.append("")
types = ["speaker", "multi", "infobox", "lead", "unanswerable"]
c = collections.Counter((q["type"], q["lang"]) for q in qs)
L.append("| type | en | de | total |")
L.append("|---|---|---|---|")
for t in types:
    L.append(f"| {t} | {c[(t,'en')]} | {c[(t,'de')]} | {c[(t,'en')]+c[(t,'de')]} |")
en = sum(1 for q in qs if q["lang"] == "en"); de = len(qs) - en
L.append(f"| **total** | {en} | {de} | {len(qs)} |")
L.append("")
L.append("## Cross-language table (answerable questions)")
L.append("")
cl = collections.Counter((q["lang"], alang(arts[q["article"]])) for q in qs if q["article"])
L.append("| question lang \\ article lang | DE article | EN article |")
L.append("|---|---|---|")
L.append(f"| en | {cl[('en','de')]} | {cl[('en','en')]} |")
L.append(f"| de | {cl[('de','de')]} | {cl[('de','en')]} |")
L.append("")
L.append("Per article:")
L.append("")
L.append("| article | en q | de q |")
L.append("|---|---|---|")
for name in arts:
    L.append(f"| {name} | {sum(1 for q in qs if q['article']==name and q['lang']=='en')} | {sum(1 for q in qs if q['article']==name and q['lang']=='de')} |")
L.append("")
L.append("## Unanswerable questions by kind")
L.append("")
KIND = {"a": "(a) person from the corpus asked about a topic they never mention",
        "b": "(b) off-topic general-knowledge question",
        "c": "(c) number or date the text does not give, about something the article does discuss",
        "d": "(d) plausible detail of the right topic that the text does not state"}
L.append("| kind | en ids | de ids | total |")
L.append("|---|---|---|---|")
for k, label in KIND.items():
    e = [q["id"] for q in qs if q.get("unanswerable_kind") == k and q["lang"] == "en"]
    d = [q["id"] for q in qs if q.get("unanswerable_kind") == k and q["lang"] == "de"]
    L.append(f"| {label} | {', '.join(e)} | {', '.join(d)} | {len(e)+len(d)} |")
(ROOT / "README.md").write_text("\n".join(L) + "\n", encoding="utf-8")
print("README written")
