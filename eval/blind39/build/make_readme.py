#!/usr/bin/env python3
"""Write README.md from gold.yaml and the articles (tables computed, prose fixed)."""
import pathlib, collections, yaml
ROOT = pathlib.Path(__file__).resolve().parent.parent
qs = yaml.safe_load((ROOT / "gold.yaml").read_text(encoding="utf-8"))["questions"]
arts = sorted((ROOT / "articles").glob("*.txt"))
META = {
 "b39-01-kunstradfahren": ("de", "artistic cycling (Kunstradfahren) in a village sports club", "surname labels (Kessler:/Brettschneider:)"),
 "b39-02-regenwurm-zaehlung": ("de", "citizen-science earthworm count (soil biology)", "outlet-abbreviation labels (ANZEIGER:/HOLLWEG:)"),
 "b39-03-sehschule-orthoptik": ("de", "hospital vision clinic for children (orthoptics, amblyopia)", "Frage:/Antwort:"),
 "b39-04-flusskrebse-radio": ("de", "invasive signal crayfish vs. native noble crayfish", "radio transcript with timestamps"),
 "b39-05-kakteenfreunde": ("de", "cactus growers' club", "initials (TM:/HW:)"),
 "b39-06-prellball-zwei-generationen": ("de", "prellball section of a gymnastics club", "two interviewees; bold unlabelled questions, upper-case surname answers"),
 "b39-07-rangierer-anschlussbahn": ("de", "shunter on a paper mill's private rail siding", "full-name labels"),
 "b39-08-mosquito-abatement": ("en", "county mosquito abatement district", "unlabelled bold questions"),
 "b39-09-radon-testing": ("en", "county radon test-kit and mitigation programme", "Q:/A:"),
 "b39-10-pickleball-courts": ("en", "community pickleball association and new courts", "English Q&A, 'edited for length and clarity', outlet/surname labels"),
}
L = []
L.append("# blind39 – interview-article QA evaluation set (written blind)")
L.append("")
L.append("**Status: written blind; not yet run.**")
L.append("")
L.append("## How it was written")
L.append("")
L.append("- Inputs read: only `verify.py` (schema and count rules) and `topics-taken.txt` (slugs of topics already used). "
         "Nothing else under /work or /tmp was opened; no project code, data or other evaluation sets were consulted.")
L.append("- Topic check: for each candidate topic the main topic words (German and English, ASCII transliterations included) were grepped "
         "case-insensitively as substrings in `topics-taken.txt`. Only topics with 0 hits were kept: "
         "kunstrad / radball, regenwurm / earthworm / wurm, sehschule / orthopt / schiel / strabism, flusskrebs / signalkrebs / krebs / crayfish, "
         "kakte / kaktus / cactus / sukkul, prellball, rangier / anschlussbahn / werksbahn / shunt, mosquito / stechm / mueck, radon, pickle. "
         "Many first ideas (farrier, chimney sweep, beekeeping, ferry, lichen, table tennis, model railway, etc.) were rejected because they had hits.")
L.append("- Articles: 10 invented interview articles (7 German, 3 English), everything fictional (people, outlets, clubs, companies, small places); "
         "real large cities (Göttingen, Hannover, Hamburg, Erfurt, Chemnitz, Bremen, Kiel) appear only as background. Each imitates text copied from a web page "
         "or print: headline, kicker, lead naming the interviewee, byline/date, photo credits, info boxes, related links, cookie/newsletter lines; layouts vary per article.")
L.append("- Questions: written in `build/questions.py`; `build/make_gold.py` checks that every key_text occurs verbatim in exactly one paragraph of its article, "
         "that every key_fact is a substring of the key_texts (with English/German alternatives and both number notations where relevant), and that no question "
         "shares a 5-word sequence with its article; it then interleaves the unanswerable questions and writes `gold.yaml`. `build/make_readme.py` writes this file.")
L.append("- Unanswerable questions were checked by hand and with grep against all ten articles.")
L.append("- `python3 verify.py > verify_out.txt` ends with `RESULT: PASS`. Two remaining warnings (c033, c086) are false positives of the one-sentence heuristic "
         "caused by German dates written with a period (\"15. September\", \"18. Mai\").")
L.append("")
L.append("## Files")
L.append("")
L.append("| file | lang | words | topic | layout |")
L.append("|---|---|---|---|---|")
for p in arts:
    lang, topic, layout = META[p.stem]
    L.append(f"| articles/{p.name} | {lang} | {len(p.read_text(encoding='utf-8').split())} | {topic} | {layout} |")
L.append("| gold.yaml | – | – | 170 questions c001–c170 | schema per verify.py, plus `unanswerable_kind` on unanswerable entries |")
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
L.append("## Cross-language table")
L.append("")
alang = {p.stem: META[p.stem][0] for p in arts}
x = collections.Counter((q["lang"], alang[q["article"]]) for q in qs if q["article"])
L.append("| question lang \\ article lang | DE articles | EN articles |")
L.append("|---|---|---|")
L.append(f"| en | {x[('en','de')]} | {x[('en','en')]} |")
L.append(f"| de | {x[('de','de')]} | {x[('de','en')]} |")
L.append("")
L.append("Per article (answerable questions, en/de):")
L.append("")
L.append("| article | en | de |")
L.append("|---|---|---|")
pa = collections.Counter((q["article"], q["lang"]) for q in qs if q["article"])
for p in arts:
    L.append(f"| {p.stem} | {pa[(p.stem,'en')]} | {pa[(p.stem,'de')]} |")
L.append("")
L.append("## Unanswerable questions by kind")
L.append("")
KIND = {"a": "a person in the corpus asked about a topic they never mention",
        "b": "off-topic general-knowledge question",
        "c": "a number or date the text does not give (about something the article discusses)",
        "d": "a plausible detail of the right topic that the text does not state"}
L.append("| kind | description | en ids | de ids | total |")
L.append("|---|---|---|---|---|")
for k, d in KIND.items():
    e = [q["id"] for q in qs if q.get("unanswerable_kind") == k and q["lang"] == "en"]
    g = [q["id"] for q in qs if q.get("unanswerable_kind") == k and q["lang"] == "de"]
    L.append(f"| {k} | {d} | {', '.join(e)} | {', '.join(g)} | {len(e)+len(g)} |")
L.append("")
(ROOT / "README.md").write_text("\n".join(L), encoding="utf-8")
print("README written")
