"""Round 38 (tests numbered after round 37's `test_parsing_round38.py`): layouts written for
these tests (invented names, outlets and wording, not taken from a fixture) for the forms
the parser now reads."""

from __future__ import annotations

from parsing_support import parse, speakers

from assistant.ingest.blocks import signed_question
from assistant.ingest.labels import label_of
from assistant.ingest.names import person_names
from assistant.ingest.paragraphs import Paragraph
from assistant.ingest.speakers import lead_mentions


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
    assert set(speakers(article, "answer")) == {"Morwenna Pendarves"}


def test_a_word_after_a_hyphen_does_not_open_a_name() -> None:
    # "O-Ton NAME": a clip's cue, whose "Ton" is no given name; a name after a compound
    # still counts.
    assert list(person_names("O-Ton Brandauer: Das Eis hält.")) == []
    assert list(person_names("Sagt THW-Chef Hans-Jörg Brandauer.")) == ["Hans-Jörg Brandauer"]


def test_a_feature_scripts_narration_is_nobodys_answer() -> None:
    article = parse(
        "Die letzte Fähre am Altarm\n\n"
        "Ein Feature von Marit Oltmanns\n\n"
        "Atmo: Wasser gluckert, ein Motor springt an.\n\n"
        "Autorin: Am Altarm legt die Fähre um sechs Uhr ab, wie seit hundert Jahren.\n\n"
        "O-Ton Brandauer: Ich fahre sie seit 1994. Bei Hochwasser bleibt sie liegen.\n\n"
        "Autorin: Herr Brandauer, was wird aus der Fähre?\n\n"
        "O-Ton Brandauer: Das entscheidet der Kreis. Ich hoffe, sie bleibt.\n\n"
        "Autorin: Im Frühjahr entscheidet der Kreistag über die Zuschüsse.\n"
    )
    narrated = [t for t in article.turns if t.text.startswith(("Am Altarm", "Im Frühjahr"))]
    assert narrated and all(t.speaker is None for t in narrated)
    assert all("Ton" not in (t.speaker or "") for t in article.turns)


def test_a_stamped_reader_after_a_bar_is_not_the_experts_answer() -> None:
    article = parse(
        "Leserchat: Wann lohnt sich eine Wärmepumpe?\n\n"
        "Heute antwortet Energieberater Torsten Wendehals auf Ihre Fragen.\n\n"
        "18:00 | Torsten Wendehals: Guten Abend, ich freue mich auf Ihre Fragen.\n\n"
        "18:02 | Altbau_Fan: Geht das auch ohne Fußbodenheizung?\n\n"
        "18:04 | Torsten Wendehals: Oft ja, mit größeren Heizkörpern.\n\n"
        "18:06 | Sabine Q.: Und im Reihenhaus von 1965?\n\n"
        "18:07 | Ostwind: Gleiche Frage, nur mit Ölheizung.\n\n"
        "18:09 | Torsten Wendehals: Beides geht, wenn die Dämmung stimmt.\n"
    )
    strangers = [t for t in article.turns if "Ostwind" in t.text or "Sabine Q." in t.text]
    assert strangers and all(t.speaker != "Torsten Wendehals" for t in strangers)


def test_an_office_label_is_the_one_person_the_lead_gives_that_office() -> None:
    article = parse(
        "Neue Brücke über die Lauter\n\n"
        "Der Ortsrat hat im Mai den Neubau beschlossen, auf Antrag von Jens Obermaier. "
        "Dazu gab es viele Fragen. Wir haben sie Ortsvorsteherin Helga Brenninkmeyer-Voss "
        "gestellt.\n\n"
        "Redaktion: Wann rollen die Bagger an?\n\n"
        "Ortsvorsteherin: Im September, wenn die Förderung bewilligt ist.\n\n"
        "Redaktion: Und die Umleitung?\n\n"
        "Ortsvorsteherin: Läuft über die Mühlstraße, für etwa vier Monate.\n"
    )
    assert set(speakers(article, "answer")) == {"Helga Brenninkmeyer-Voss"}
