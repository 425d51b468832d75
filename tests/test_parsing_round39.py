"""Round 38 (tests numbered after round 37's `test_parsing_round38.py`): layouts written for
these tests (invented names, outlets and wording, not taken from a fixture) for the forms
the parser now reads."""

from __future__ import annotations

from parsing_support import parse

from assistant.ingest.blocks import signed_question
from assistant.ingest.labels import label_of
from assistant.ingest.paragraphs import Paragraph
from assistant.ingest.speakers import lead_mentions


def _speakers(article, kind: str) -> list[str | None]:
    return [turn.speaker for turn in article.turns if turn.kind == kind]


def test_a_letter_signed_with_an_initial_and_no_dash_is_a_readers_question() -> None:
    # "... Darf er das? Hanne T., Auel": the column prints the reader's signature after the
    # letter without a dash or quotation marks.
    assert signed_question("Der Zaun steht schief. Darf er ihn versetzen? Hanne T., Auel")
    assert signed_question("Muss ich das zahlen? Jonas und Elke B., Lindau")
    assert signed_question("Gilt die Frist auch für mich? Anonym, Treben")
    assert not signed_question("Das ist erledigt. Hanne T., Auel")


def test_a_signed_letter_after_an_answer_is_not_the_experts_turn() -> None:
    article = parse(
        "Recht im Alltag\n\n"
        "Diesmal antwortet Anwältin Dr. Wiebke Sarrazin aus Nordstadt auf Ihre Fragen.\n\n"
        "Mein Vermieter will die Miete erhöhen. Darf er das? Hanne T., Auel\n\n"
        "Sarrazin: Nur in Grenzen. Schauen Sie in den Vertrag.\n\n"
        "Meist hilft ein Brief an den Vermieter.\n\n"
        "Unser Nachbar parkt vor der Einfahrt. Was können wir tun? Familie K., Treben\n\n"
        "Sarrazin: Sprechen Sie ihn zuerst an, dann erst das Ordnungsamt.\n"
    )
    letters = [t for t in article.turns if t.text.startswith("Unser Nachbar")]
    assert letters and letters[0].speaker is None


def test_a_headline_with_a_title_cased_subtitle_after_a_dash_is_no_label() -> None:
    # "SUBJECT — Hearing Record": a headline's two parts, not a speaker and their words.
    assert label_of(Paragraph("Harbour Crane Renewal Programme — Public Hearing")) is None
    assert label_of(Paragraph("Ada Byrne — Welcome back to the show.")) == (
        "Ada Byrne",
        "Welcome back to the show.",
    )


def test_we_asked_her_names_the_one_the_lead_opens_with() -> None:
    mentions = lead_mentions("Ada Byrne bakes rye in a wood oven. We asked her about flour.")
    assert [(m.name, m.role) for m in mentions] == [("Ada Byrne", "interviewee")]
    assert lead_mentions("Ada Byrne bakes rye. We asked him about flour.") == []


def test_a_lead_subject_with_a_rare_given_name_is_borne_out_by_her_pronoun() -> None:
    article = parse(
        "Kites over the dunes\n\n"
        "Morwenna Pendarves builds kites from old sails in a shed near the harbour. "
        "We asked her about wind and stitching.\n\n"
        "How did you begin?\n\n"
        "With a torn jib my uncle threw away. I sewed it into a box kite.\n\n"
        "What is the hardest part?\n\n"
        "The bridle. Get it wrong and the kite spins into the sand.\n"
    )
    assert set(_speakers(article, "answer")) == {"Morwenna Pendarves"}
