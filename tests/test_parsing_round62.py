"""Round 61 (session 28, on batch69): numbered voices, nicknames, rubrics, mail, slots.

A broadcast transcript numbers the voices it cannot name ("UNIDENTIFIED PERSON #1:"):
the number keeps the label a label, a bystander's quote, no part of the host's turn. A
record's header may give a narrator's nickname in brackets ("NAME (known as X)"): the
label "X:" and "X SURNAME" in the abstract are that person, named in full. A rubric set
over two lines at an ellipsis ("One question for …" / "… NAME, role") says whom the
questions are put to; a firm named after the person spoken with ("director of SURNAME
Ferry Works") is no second person; a page's number under its running head is the page's
foot, and the answer goes on after it. An e-mail printed with its header and no headline
is titled by its subject, and a programme's slot line with a note on the text after a
dash ("Sendung vom …, 18:05 Uhr – Manuskript/Transkript") is no headline.
"""

from __future__ import annotations

from parsing_support import parse, shape, speakers

TV = (
    "Valley Evening News\n\n"
    "Should the ferry run at night?\n\n"
    "GRETA HOLLIMAN, HOST: Good evening. The ferry board meets tomorrow. We asked people "
    "on the quay what they think.\n\n"
    "UNIDENTIFIED PERSON #1: I work late. Without the ferry I sleep at my sister's.\n\n"
    "UNIDENTIFIED PERSON #2: Nobody uses it after ten. It is a waste of money.\n\n"
    "HOLLIMAN: With me is Odell Brightwater, who chairs the ferry board. Mr. Brightwater, "
    "will it run?\n\n"
    "ODELL BRIGHTWATER: We hope so. The numbers are better than people think.\n\n"
    "HOLLIMAN: Thank you.\n"
)


def test_a_numbered_unnamed_voice_is_nobodys_quote() -> None:
    turns = parse(TV).turns
    voices = [t for t in turns if "sister's" in t.text or "waste of money" in t.text]
    assert len(voices) == 2
    assert all(t.kind == "quote" and t.speaker is None for t in voices)
    assert "sister's" not in turns[0].text


ORAL = (
    "Wendmoor Sound Archive\n\n"
    "Working the ferry: memories of the crossing\n\n"
    "Narrator: Robert Quillfeather (known as Robbie), born 1948\n"
    "Interviewer: Sian Moreby\n\n"
    "Abstract: Former ferryman Robbie Quillfeather describes the crossing in the 1960s and "
    "the night the cable broke.\n\n"
    "[00:00:10] INTERVIEWER: Robbie, when did you start on the ferry?\n\n"
    "[00:00:14] ROBBIE: I was fifteen. My uncle took me on as a deckhand.\n\n"
    "[00:01:02] INTERVIEWER: What was the work like?\n\n"
    "[00:01:05] ROBBIE: Cold. You never got warm from October to April.\n"
)


def test_a_nickname_in_brackets_labels_the_full_name() -> None:
    assert set(speakers(parse(ORAL), "answer")) == {"Robert Quillfeather"}


REPORT = (
    "Ferry fares to rise in spring\n\n"
    "By Tamsin Orrell\n\n"
    "Fares on the valley ferry will rise by a fifth from April, the board said on Monday. "
    "A single crossing will cost three pounds.\n\n"
    "The board blames the price of fuel and the new pontoon, which cost more than planned. "
    "Season tickets will rise by less.\n\n"
    "One question for …\n\n"
    "… Ada Penhallow, chair of the Ferry Users' Group\n\n"
    "What should passengers do now?\n\n"
    "Buy a season ticket before April. It is still the old price until then.\n"
)


def test_a_rubric_broken_at_an_ellipsis_names_the_answerer() -> None:
    assert speakers(parse(REPORT), "answer") == ["Ada Penhallow"]


EMBEDDED = (
    "Villagers object to ferry depot\n\n"
    "By Tamsin Orrell\n\n"
    "Residents of Lowcombe have objected to plans for a ferry depot on the quay. They fear "
    "noise at night and lorries in the lanes.\n\n"
    "The parish council will discuss the plans next week. Its chair said she had received "
    "forty letters.\n\n"
    "We put the residents' concerns to Bram Ostrey, managing director of Ostrey Ferry "
    "Works.\n\n"
    "— Why build the depot on the quay?\n\n"
    "Because the boats are there. Anywhere else means more lorries, not fewer.\n\n"
    "— What about the noise?\n\n"
    "The workshop will close at eight in the evening.\n"
)


def test_a_firm_named_after_the_person_spoken_with_is_no_second_person() -> None:
    assert set(speakers(parse(EMBEDDED), "answer")) == {"Bram Ostrey"}


PDF = (
    "HARBOUR TRADES REVIEW · MAY 2025\n\n"
    "Keeping the boats afloat\n\n"
    "Boatyards are short of welders. Ingrid Salcombe runs one of the last yards on the "
    "estuary. Interview by Piers Mallender.\n\n"
    "MALLENDER: How many welders do you need?\n\n"
    "SALCOMBE: Four more, at least. We turn work away every month because nobody\n"
    "can do it, and the customers go across the water to the big yard where the\n"
    "wait is shorter and the price is\n\n"
    "HARBOUR TRADES REVIEW · MAY 2025\n\n"
    "41\n\n"
    "higher. That hurts us.\n\n"
    "MALLENDER: Would an apprenticeship help?\n\n"
    "SALCOMBE: Yes, if the college ran one.\n"
)


def test_a_page_number_under_its_running_head_opens_no_box() -> None:
    resumed = next(t for t in parse(PDF).turns if t.text.startswith("higher."))
    assert (resumed.kind, resumed.speaker) == ("answer", "Ingrid Salcombe")


MAIL = (
    "Von: Wendelmuth, Kora <k.wendelmuth@fähramt.example>\n"
    "Gesendet: Dienstag, 4. März 2025 09:12\n"
    "An: Jost Pellmann <pellmann@kreisblatt.example>\n"
    "Betreff: AW: Ihre Fragen zur Fähre am Wehr\n\n"
    "Lieber Herr Pellmann,\n\n"
    "hier meine Antworten.\n\n"
    "> 1. Wann fährt die Fähre wieder?\n\n"
    "Ab dem 1. April, täglich von sieben bis neunzehn Uhr.\n\n"
    "> 2. Was kostet die Überfahrt?\n\n"
    "Zwei Euro, Kinder fahren frei.\n"
)


def test_an_e_mail_without_headline_is_titled_by_its_subject() -> None:
    assert parse(MAIL).title == "Ihre Fragen zur Fähre am Wehr"


RADIO = (
    "Radio Fennland | Abendmagazin „Am Wasser“\n"
    "Sendung vom 3. März, 18:05 Uhr – Manuskript/Transkript\n\n"
    "Die letzte Fähre am Wehr – wer zahlt den Betrieb?\n\n"
    "MODERATION: Guten Abend. Bei mir im Studio ist Fährmeisterin Kora Wendelmuth.\n\n"
    "WENDELMUTH: Guten Abend.\n\n"
    "MODERATION: Wer zahlt den Betrieb?\n\n"
    "WENDELMUTH: Bisher die Gemeinde, ab dem Sommer der Kreis.\n"
)


def test_a_slot_line_with_a_note_on_the_transcript_is_no_headline() -> None:
    article = parse(RADIO)
    assert article.title == "Die letzte Fähre am Wehr – wer zahlt den Betrieb?"
    assert ("answer", "Kora Wendelmuth") in shape(article)
