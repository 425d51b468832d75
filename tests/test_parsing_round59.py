"""Round 58 (by hand at session 27's end, on batch67): a contraction is no given name.

A radio show whose guests are labelled by nicknames in capitals on lines of their own
("ACE") closes with "That's Ace and Toby from …": the word before the label's word was
taken as a given name, and every answer under "ACE" went to "That's Ace".
"""

from __future__ import annotations

from parsing_support import parse

RADIO = (
    "Night Shift Radio · Pitchside · Episode 4\n\n"
    "The Game With The Long Stick\n\n"
    "BEN\n\n"
    "Good evening, I'm Benjamin Kerrow. Tonight: Priya Lomax, who everyone calls Ace.\n\n"
    "ACE\n\n"
    "Thanks for having us.\n\n"
    "BEN\n\n"
    "Okay, Ace. Explain.\n\n"
    "ACE\n\n"
    "It is a bit like hockey on ice, without the ice.\n\n"
    "BEN\n\n"
    "That's Ace from the Night Shift club. You're listening to Pitchside.\n"
)


def test_a_contraction_before_a_label_word_is_no_given_name() -> None:
    names = {turn.speaker for turn in parse(RADIO).turns}
    assert not any(name and name.startswith("That's") for name in names)


def test_a_name_with_an_apostrophe_inside_is_still_a_name() -> None:
    article = parse(
        "Die Fährfrau\n\n"
        "Interview mit Siobhan O'Carra über den Winterbetrieb.\n\n"
        "Frage: Wie viele Fahrten sind es im Winter?\n\n"
        "O'CARRA: Zwölf am Tag, bei Eis keine.\n"
    )
    assert "Siobhan O'Carra" in {turn.speaker for turn in article.turns}
