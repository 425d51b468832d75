"""Round 89 (session 40, on batch97): a forum thread whose numbered post headers
("#4 · HANDLE · DATE, TIME") carry no starter's mark; a sports profile whose results line
names the interviewee; a hearing's record that names its witness "(sworn)" over "Q."/"A.";
an e-mail interview whose lead says the questions were sent to the person it names; a
German e-mail interview whose answerer only the signature under the answers names; a
museum page whose answerer only a box "About our ROLE" names; and a report whose one
question is answered in a quotation that says whose it is.

A reader's post under a numbered header by another handle than the first post's is a
question, even with a first-person sentence after it, not the host's answer. "NAME (CLUB)
bt. NAME (CLUB) 21-15" is a results line, nobody's answer. "MS NAME (sworn)" over the
questions makes NAME who answers "A.". "We e-mailed him our questions" makes the one the
lead names the answerer. "Mit herzlichen Grüßen" over a full name under the answers, after
"haben wir ihm unsere Fragen geschickt", names him. "About our ROLE" over "NAME has ..."
names NAME where the lead asked "the ROLE". "„…“, sagt NAME." under a report's question is
NAME's answer.
"""

from __future__ import annotations

from parsing_support import parse


def answerers(text: str) -> set[str | None]:
    """Who the answers of `text` are by; an empty set fails any test of a name."""
    return {turn.speaker for turn in parse(text).turns if turn.kind == "answer"}


THREAD = (
    "Paddlers Board › Rivers › Ask me\n\n"
    "I repair wooden canoes for a living, ask me anything\n\n"
    "#1 · oarsmith_quill · 03.05.2026, 18:02\n"
    "Evening all, my name is Ansgar Brookhollow and I have restored canoes in my barn for twenty "
    "years. Fire away.\n\n"
    "#2 · ripple_jo · 03.05.2026, 18:10\n"
    "Which wood lasts longest under varnish?\n\n"
    "#3 · oarsmith_quill · 03.05.2026, 18:14\n"
    "@ripple_jo Cedar, if it is kept dry over the winter.\n\n"
    "#4 · eddyhunter_9 · 03.05.2026, 18:20\n"
    "Is a cracked rib worth fixing? I found an old hull in a hedge last spring.\n\n"
    "#5 · oarsmith_quill · 03.05.2026, 18:26\n"
    "@eddyhunter_9 Nearly always. A new rib costs an afternoon and some steam.\n"
)


def test_a_readers_numbered_post_is_no_answer_of_the_host() -> None:
    turns = parse(THREAD).turns
    post = next(turn for turn in turns if "cracked rib" in turn.text)
    assert post.kind == "question"
    assert post.speaker is None
    replies = [turn for turn in turns if turn.text.startswith("@")]
    assert {turn.speaker for turn in replies} == {"Ansgar Brookhollow"}


SKITTLES = (
    "THE ALLEY GAZETTE\n\n"
    "Ten minutes with the skittles champion\n\n"
    "Perpetua Wendlebury took the county skittles title again in April. Osric Thornquill "
    "(OT) met her (PW) at the clubhouse.\n\n"
    "OT: How does a second win feel?\n\n"
    "PW: Tiring. The last frame went on for ever and my arm was shaking.\n\n"
    "OT: Any advice for new players?\n\n"
    "PW: Aim low and let the cheese roll. Throwing hard never helps.\n\n"
    "County skittles final 2026: P. Wendlebury (Fox and Hound) bt. H. Ardle "
    "(Heron Tavern) 21-15.\n\n"
    "NOTICES: The league needs a scorer on Friday nights. Ring the clubhouse.\n\n"
    "The Alley Gazette is written by club members.\n"
)


def test_a_results_line_is_nobodys_answer() -> None:
    turns = parse(SKITTLES).turns
    assert not any("bt." in turn.text and turn.speaker for turn in turns)
    named = [turn for turn in turns if turn.kind == "answer" and turn.speaker]
    assert len(named) == 2
    assert {turn.speaker for turn in named} == {"Perpetua Wendlebury"}


HEARING = (
    "HARBOUR CRANE COLLAPSE INQUIRY\n\n"
    "Record of the hearing, second day, morning session\n\n"
    "MS ISOLDE QUAYFIELD-ORME (sworn)\n"
    "Questioned by MR DESMOND HALLIWICK, counsel for the board\n\n"
    "Q. You inspected the crane in March. What did you find?\n\n"
    "A. Rust at two of the bolts on the slewing ring. I marked them for replacement.\n\n"
    "Q. Were they replaced?\n\n"
    "A. Not that I saw. My next visit was cancelled.\n"
)


def test_a_sworn_witness_over_the_questions_answers_them() -> None:
    turns = parse(HEARING).turns
    answers = [turn for turn in turns if turn.kind == "answer"]
    assert len(answers) == 2
    assert {turn.speaker for turn in answers} == {"Isolde Quayfield-Orme"}


EMAILED = (
    "Field Notes · the lab's bulletin\n\n"
    "Five questions on lichens\n\n"
    "Dr Leopold Farrowdale is counting lichens on the northern moors all month, so we "
    "e-mailed him our questions. He replied from a tent.\n\n"
    "1. Why count lichens at all?\n\n"
    "They tell us how clean the air is. I can read a wall like a gauge.\n\n"
    "2. Which one surprised you?\n\n"
    "A bright orange kind I had only seen on the coast before.\n\n"
    "Asked by Winola Brashby.\n"
)


def test_questions_e_mailed_to_the_one_the_lead_names_make_him_the_answerer() -> None:
    assert answerers(EMAILED) == {"Dr Leopold Farrowdale"}


SIGNED = (
    "Dorfblatt Unterkirnach · Juni\n\n"
    "Drei Fragen an die Imkerei\n\n"
    "Weil der Imker im Frühsommer kaum Zeit hat, haben wir ihm unsere Fragen schriftlich "
    "geschickt. Er hat sie zwischen zwei Schleuderterminen beantwortet.\n\n"
    "1. Wie viele Völker betreuen Sie?\n\n"
    "Derzeit vierzig, verteilt auf drei Standorte am Waldrand.\n\n"
    "2. Wie war das Frühjahr?\n\n"
    "Kalt und nass, die Bienen sind spät ausgeflogen. Ich habe zweimal zufüttern müssen.\n\n"
    "Mit herzlichen Grüßen vom Bienenstand\n"
    "Dietmar Wetterau-Stiegl\n"
    "Imkermeister\n\n"
    "Die Fragen stellte Adalberta Fink.\n"
)


def test_a_signature_under_e_mailed_answers_names_who_answered() -> None:
    assert answerers(SIGNED) == {"Dietmar Wetterau-Stiegl"}


BOXED = (
    "Crafts / Willow\n\n"
    "Weaving baskets from willow\n\n"
    "Willow grows fast along the brook behind the farm museum. We asked the basketmaker who "
    "shows visitors the craft how it is done.\n\n"
    "WHEN IS THE WILLOW CUT?\n\n"
    "In winter, once the leaves are gone. It is bundled by length and dried for months.\n\n"
    "HOW LONG DOES A BASKET TAKE?\n\n"
    "A small one takes me a morning. A log basket with a lid, two days.\n\n"
    "About our basketmaker\n"
    "Gwendolen Pemberthy has worked at the farm museum since 2012 and teaches a course each "
    "autumn.\n"
)


def test_a_box_about_the_role_the_lead_asked_names_the_answerer() -> None:
    assert answerers(BOXED) == {"Gwendolen Pemberthy"}


REPORT = (
    "Lokales › Umland\n\n"
    "Alte Mühle am Bach bekommt ein neues Wasserrad\n\n"
    "Talbrunn. Seit Dienstag hängt am Mühlenhaus wieder ein hölzernes Rad. Zimmerer Ludwig "
    "Eichelsberg hat es in seiner Werkstatt aus Lärchenholz gebaut.\n\n"
    "Kurz gefragt\n\n"
    "Wird das Rad auch Strom erzeugen?\n\n"
    "„Nein, es dreht sich nur für die Besucher“, sagt Ludwig Eichelsberg. „Für einen "
    "Generator fehlt am Bach das Gefälle.“\n\n"
    "Der Förderverein plant im Herbst einen Mühlentag. (mkl)\n"
)


def test_a_reports_one_question_answered_in_an_attributed_quotation() -> None:
    turns = parse(REPORT).turns
    answer = next(turn for turn in turns if "Generator" in turn.text)
    assert answer.kind == "answer"
    assert answer.speaker == "Ludwig Eichelsberg"
