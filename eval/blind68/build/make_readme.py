#!/usr/bin/env python3
"""Write ../README.md from the articles, gold.yaml and verify_out.txt."""
import pathlib, re, yaml, collections
R = pathlib.Path(__file__).resolve().parent.parent
arts = {p.stem: p.read_text(encoding="utf-8") for p in sorted((R/"articles").glob("*.txt"))}
qs = yaml.safe_load((R/"gold.yaml").read_text(encoding="utf-8"))["questions"]
lang = {n: ("de" if len(re.findall(r"\b(und|der|die|das|nicht|wir)\b", t)) > 30 else "en") for n, t in arts.items()}
layout = {
 "b68-01-kartbahn": ("Regional paper, `Frage:`/`Antwort:` labels", "Zur Person"),
 "b68-02-eishockey": ("Sports section, outlet abbreviation + surname (`NWR:` / `Dobberschütz:`)", "Steckbrief"),
 "b68-03-lehmputz": ("Trade magazine, initials labels (`OB:` / `HT:`)", "Steckbrief Betrieb"),
 "b68-04-gemeinschaftsgarten": ("City magazine, unlabelled alternating question/answer paragraphs", "ZUR PERSON + garden box"),
 "b68-05-fernbus": ("Business paper, bold-lost questions (some run into the answer paragraph)", "name box (Alter, Position …)"),
 "b68-06-imbisswagen": ("City portal, e-mail interview with numbered questions and signature", "Über die Rollküche"),
 "b68-07-baumpflege": ("Sunday paper feature, narration between exchanges, answers labelled `Kornblum:`", "Zur Person"),
 "b68-08-flax": ("Farming review, `Q:`/`A:` labels", "ABOUT"),
 "b68-09-dinosaur": ("Podcast transcript with timestamps and first-name labels, sponsor line", "Guest factfile"),
 "b68-10-carnival": ("Local paper round table, several guests, full-name labels, reader question", "Factfile"),
}
bt = collections.Counter(q["type"] for q in qs)
bl = collections.Counter(q["lang"] for q in qs)
blt = collections.Counter((q["lang"], q["type"]) for q in qs)
def cnt(f): return sum(1 for q in qs if q["article"] and f(q))
en_de = cnt(lambda q: q["lang"]=="en" and lang[q["article"]]=="de")
de_de = cnt(lambda q: q["lang"]=="de" and lang[q["article"]]=="de")
en_en = cnt(lambda q: q["lang"]=="en" and lang[q["article"]]=="en")
de_en = cnt(lambda q: q["lang"]=="de" and lang[q["article"]]=="en")
src = (R/"gold.yaml").read_text(encoding="utf-8")
una = re.findall(r"- id: (c\d+)  # unanswerable \((\w)\)", src)
byq = {q["id"]: q for q in qs}
L = []
L += ["# blind68 – interview-article QA evaluation set (written blind)", "",
      "**Status:** written blind during session 41.", "",
      "Written only inside `/tmp/helper-b68`, without looking at any repository, code or earlier evaluation set. "
      "Everything (people, outlets, firms, places, web addresses ending in `.example`) is invented.", "",
      "## What the set holds", "",
      f"- `articles/`: {len(arts)} invented interview articles as UTF-8 text, {sum(1 for v in lang.values() if v=='de')} German and {sum(1 for v in lang.values() if v=='en')} English, each a web copy with rubric/kicker, headline, teaser, byline with date, photo credit, an info box of `Key: value` lines, related links, a newsletter line and a cookie line.",
      f"- `gold.yaml`: {len(qs)} questions (c001–c{len(qs):03d}), {bl['en']} English and {bl['de']} German.", "",
      "| type | en | de | total |", "|---|---|---|---|"]
for t in ["speaker", "multi", "infobox", "lead", "unanswerable"]:
    L.append(f"| {t} | {blt[('en',t)]} | {blt[('de',t)]} | {bt[t]} |")
L += [f"| **all** | {bl['en']} | {bl['de']} | {len(qs)} |", "",
      f"Answerable questions by question language × article language: English over German articles **{en_de}**, "
      f"German over German {de_de}, English over English {en_en}, German over English {de_en}.", "",
      "Unanswerable questions: exactly 25, five of each kind, each marked with a trailing comment on its id line "
      "(`# unanswerable (a|b|c|d|e): …`): (a) off-topic general knowledge, (b) near an article's topic but never addressed, "
      "(c) a number/year/amount the text never states, (d) a person from the corpus asked about a topic they never mention, "
      "(e) a why-question about a bare statement that the article makes without any reason. "
      f"Languages: {blt[('en','unanswerable')]} English, {blt[('de','unanswerable')]} German.", ""]
L += ["| kind | ids |", "|---|---|"]
for k in "abcde":
    L.append(f"| ({k}) | " + ", ".join(f"{i} ({byq[i]['lang']})" for i, kk in una if kk == k) + " |")
L += ["", "## How it was written", "",
      "1. Read `verify.py` and `topics-taken.txt` in full.",
      "2. Chose ten topics (main word a–l) and checked each word case-insensitively as a substring of every line of `topics-taken.txt` (see below).",
      "3. Wrote the ten articles by hand (heredocs), one layout per article; replaced any real place names with invented ones afterwards.",
      "4. Wrote the questions by hand in `build/spec.py` (tuples of language, type, article, speaker, question, key_texts, key_facts). "
      "`build/build_gold.py` checks that every key_text occurs verbatim in exactly one paragraph, that every key fact is inside its key_text(s) "
      "and that no question shares a 5-word sequence with its article; it then shuffles questions and unanswerables with a fixed seed (68), "
      "numbers them c001… and writes `gold.yaml` (with the unanswerable comments).",
      "5. Trimmed 15 English questions to reach a 101/101 language balance, ran `python3 verify.py` (output in `verify_out.txt`), "
      "and generated this README with `build/make_readme.py`.", "",
      "Key texts are single sentences or single info-box lines copied verbatim. Multi questions take sentences from at least two "
      "different paragraphs; two multi questions in the round table combine statements of two speakers (speaker field lists both, "
      "e.g. `Bea Castellow, Rufus Tallentire`).", "",
      "## Topic check", "",
      "Each candidate main word was tested with `grep -ic WORD topics-taken.txt` (case-insensitive substring of every line). All ten had **0 hits**:", "",
      "| main word | letter | hits | used for |", "|---|---|---|---|"]
for w, f in [("kartbahn","b68-01"),("eishockey","b68-02"),("lehmputz","b68-03"),("gemeinschaftsgarten","b68-04"),("fernbus","b68-05"),
             ("imbisswagen","b68-06"),("baumpflege","b68-07"),("flax","b68-08"),("dinosaur","b68-09"),("carnival","b68-10")]:
    hits = sum(1 for l in (R/"topics-taken.txt").read_text(encoding="utf-8").splitlines() if w in l.lower())
    L.append(f"| {w} | {w[0]} | {hits} | {f} |")
L += ["", "(Also checked and free, but not used: hackathon, bienenweide, dorfarzt, funfair, herbalist, crochet.)", "",
      "## Articles", "", "| file | lang | words | layout | info box |", "|---|---|---|---|---|"]
for n, t in arts.items():
    L.append(f"| `{n}.txt` | {lang[n]} | {len(t.split())} | {layout[n][0]} | {layout[n][1]} |")
L += ["", "## Planted bare statements (no reason anywhere in the article)", "",
      "| article | statement | used for kind (e) |", "|---|---|---|"]
bare = [("b68-01-kartbahn","Im Jahr 2019 haben wir die Nachtrennen eingestellt.",True),
        ("b68-02-eishockey","2021 hat der Verein das Frauenteam vom Spielbetrieb abgemeldet.",False),
        ("b68-03-lehmputz","Seit 2020 verkaufen wir keine Fertigmischungen mehr an Baumärkte.",False),
        ("b68-04-gemeinschaftsgarten","Im Herbst 2022 haben wir die Hühner abgegeben.",True),
        ("b68-05-fernbus","2018 haben wir die Linie nach Kestrinden gestrichen.",False),
        ("b68-06-imbisswagen","Den Stellplatz am Bahnhof habe ich 2023 aufgegeben.",True),
        ("b68-07-baumpflege","2016 wechselte sie vom Grünflächenamt in die Selbstständigkeit.",False),
        ("b68-08-flax","In 2019 we stopped selling seed to other growers.",True),
        ("b68-09-dinosaur","In 2020 the trust closed the north quarry trail.",False),
        ("b68-10-carnival","In 2018 the committee dropped the fireworks finale.",True)]
for a, s, used in bare:
    assert s in arts[a], s
    e = [i for i, k in una if k == "e" and byq[i]["question"]]
    L.append(f"| `{a}` | {s} | {'**yes**' if used else 'no'} |")
L += ["", "The five kind-(e) questions: " + "; ".join(f"{i}: “{byq[i]['question']}”" for i, k in una if k == "e") + ".", "",
      "## Invented names", "",
      "| article | people (interviewee first) | outlet / web address | places, firms, other |", "|---|---|---|---|",
      "| 01 kartbahn | Jolanda Prieswitz; interviewer Tobias Wendeler; photo Marit Ohlensiek; daughter Ronja | Kolbenhainer Anzeiger, kolbenhainer-anzeiger.example | Kolbenhain, Grubenfurt, Feldmarschen, Heckenweg; Kartbahn Ringwerk |",
      "| 02 eishockey | Kasimir Dobberschütz; interviewer Svenja Rottmeister; photo Henning Pahlsdorf; player Levin Aschauer | Nordwest-Rundschau (NWR), nwr-rundschau.example | Grubenfurt Falken, Harmsbrück, Trennbach, Velsbrünn, Olmenau, Skarhamn, Eisstadion Mühlenkamp; HC Olmenau, Skarhamn IK |",
      "| 03 lehmputz | Henrike Tammweg; interviewer Olaf Brüninghaus; photo Jasper Quindt | Bauwerk & Stoff, bauwerk-und-stoff.example | Haselbrink, Elsenbrucher Land, Ottersmoor; Tammweg Lehmbau GmbH |",
      "| 04 gemeinschaftsgarten | Almut Scheffelbeck; text Nuri Kaltwasser; photos Edda Brömmelkamp | QUARTIER (Lindwerda), quartier-lindwerda.example, ruebenacker.example | Lindwerda, Molkereiviertel, Kastanienstraße, Gärtnerstraße; Gemeinschaftsgarten Rübenacker |",
      "| 05 fernbus | Gernot Vielhauer; author Carla Sennewald; niece Fenja | Mittelstandskurier, mittelstandskurier.example | Ormsingen, Aldersiel, Kestrinden, Trennbach; Vielhauer Linienreisen GmbH & Co. KG |",
      "| 06 imbisswagen | Dilek Trautvetter; editor Jannik Moosbrugger; niece Elif | Stadtportal Ormsingen, stadtportal-ormsingen.example, rollkueche.example | Ormsingen, Velsbrünn, Trennbach; Rollküche, Bauernhof Ellerbrock |",
      "| 07 baumpflege | Wiebke Kornblum; Ute Marquardsen (Grünflächenamt); author/photo Falk Rehwinkel | Sonntagsblatt Ottersmoor, sonntagsblatt-ottersmoor.example | Ottersmoor, Kurpark; Kronenwerk Baumpflege |",
      "| 08 flax | Orla Brannagh; interviewer Dev Mallinson; photo Corin Halvey; partner Fergal | The Field & Fibre Review, fieldandfibre.example, brannaghlinen.example | Skelbury Cross, Vellemont, Harlingmoor; Brannagh Linen |",
      "| 09 dinosaur | Ewan Strathcarrow; host Tamsin Quarrier; finder Maeve Tillotson; artwork Suki Pennefather | Deep Time Dispatch, deeptimedispatch.example, ottermiretrust.example | Ottermire Quarry, Aldersiel, Mossgrave Bay; Ottermire Heritage Trust, Northfold Outdoor Gear |",
      "| 10 carnival | Bea Castellow, Rufus Tallentire, Nell Ashgrove; chair Hollis Penderby; photo Marnie Pellegrew; reader Carys Whitlow | The Wrenhallow Chronicle, wrenhallowchronicle.example | Wrenhallow, Quayside Row, Hobb's Lane, Gallowfield Road; Wrenhallow Steel Orchestra |", "",
      "No surname is shared between articles. A few invented place names recur across German articles on purpose (Trennbach, Ottersmoor, Ormsingen, Velsbrünn, Grubenfurt; Aldersiel in one German and one English article), as neighbouring towns of one fictional region.", "",
      "## verify.py output", "", "Saved to `verify_out.txt`:", "", "```"]
L += (R/"verify_out.txt").read_text(encoding="utf-8").rstrip("\n").split("\n")
L += ["```", ""]
(R/"README.md").write_text("\n".join(L), encoding="utf-8")
