"""Round 18 of issue 11: layouts written for these tests (invented names and wording, not
taken from a fixture) for the forms the parser now reads: speaker labels on a line of
their own with a note in brackets after the name, right under a guest list, and name
labels in capitals whose surname has particles."""

from __future__ import annotations

from assistant.ingest.parsing import InterviewParser
from assistant.models import Article


def parse(text: str, *, markdown: bool = False) -> Article:
    return InterviewParser().run(text, article_id="test", markdown=markdown).article


def shape(article: Article) -> list[tuple[str, str | None]]:
    return [(turn.kind, turn.speaker) for turn in article.turns]


def test_labels_with_a_note_on_a_line_of_their_own_under_a_guest_list() -> None:
    # A talk show's record: "NAME (Role)" over each turn, the first right after the list.
    article = parse(
        "Nordkanal · „Am Tisch“\n\nWer zahlt für den Deich?\n\n"
        "Im Studio:\nMarten Uhlig, Deichgraf\nKerstin Abenroth, Landwirtin\n"
        "Moderation: Jonas Pellwitz\n\n"
        "Jonas Pellwitz (Moderation)\n\nGuten Abend. Der Deich muss erhöht werden.\n\n"
        "Jonas Pellwitz (Moderation)\n\nHerr Uhlig, wer soll das bezahlen?\n\n"
        "Marten Uhlig (Deichverband)\n\nDas Land, wie bei jedem Deich an der Küste.\n\n"
        "Jonas Pellwitz (Moderation)\n\nFrau Abenroth, Sie verlieren Weideland. Zu Recht?\n\n"
        "Kerstin Abenroth (Landwirtin)\n\nNein. Ich will Ersatzflächen, kein Geld.\n\n"
        "Marten Uhlig (Deichverband)\n\nDie Flächen gibt es nicht.\n\n"
        "Jonas Pellwitz (Moderation)\n\nHerr Uhlig, und wenn das Land nicht zahlt?\n\n"
        "Marten Uhlig (Deichverband)\n\nDann bauen wir später und teurer.\n"
    )
    # The moderator's two labelled paragraphs in a row are one turn; the guest heard once
    # is a voice too, since names on lines of their own take turns here.
    assert shape(article)[-7:] == [
        ("question", "Jonas Pellwitz"),
        ("answer", "Marten Uhlig"),
        ("question", "Jonas Pellwitz"),
        ("answer", "Kerstin Abenroth"),
        ("answer", "Marten Uhlig"),
        ("question", "Jonas Pellwitz"),
        ("answer", "Marten Uhlig"),
    ]
    assert not any("(Moderation)" in turn.text for turn in article.turns)


def test_a_label_line_in_capitals_may_hold_a_surname_with_particles() -> None:
    # "DE LA" are a surname's particles, not words that make the label too long.
    article = parse(
        "Why night trains are back\n\nA conversation recorded at the Lakeside Rail Forum.\n\n"
        "HANNA BLOMQVIST\nWelcome, Tomás. Why night trains, and why now?\n\n"
        "TOMÁS RUIZ DE LA TORRE\nBecause people want to sleep through the journey.\n\n"
        "HANNA BLOMQVIST\nAre they profitable?\n\n"
        "TOMÁS RUIZ DE LA TORRE\nOn long routes, yes. On short ones, never.\n"
    )
    assert (
        shape(article)[-4:]
        == [
            ("question", "Hanna Blomqvist"),
            ("answer", "Tomás Ruiz de la Torre"),
        ]
        * 2
    )
