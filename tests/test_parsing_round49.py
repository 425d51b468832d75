"""Round 48 (tests numbered after round 47's `test_parsing_round48.py`): layouts written for
these tests (invented names, outlets and wording, not taken from a fixture) for the wrong
names the parser no longer gives, the answerers it now names and the credits it keeps."""

from __future__ import annotations

from parsing_support import parse, speakers


def test_father_and_son_of_one_surname_are_not_a_person_called_son() -> None:
    # The lead introduces "Vater und Sohn SURNAME"; their labels tell them apart by
    # "sen."/"jun.": neither is a person whose given name is "Sohn".
    article = parse(
        "Die Mühle läuft wieder\n\n"
        "Das Blatt sprach mit Vater und Sohn von der Wehlau, die die Mühle führen.\n\n"
        "BLT: Herr von der Wehlau, wie lange mahlen Sie schon?\n\n"
        "von der Wehlau sen.: Seit vierzig Jahren, mit Unterbrechungen.\n\n"
        "BLT: Und Sie?\n\n"
        "von der Wehlau jun.: Seit zwei Jahren, seit dem Studium.\n\n"
        "BLT: Was kostet ein Sack Mehl?\n\n"
        "von der Wehlau jun.: Zwölf Euro, je nach Korn.\n\n"
        "Das Gespräch führte Hedwig Ormansky.\n"
    )
    assert not any(name and "Sohn" in name for name in speakers(article, "answer"))
    assert set(speakers(article, "question")) == {"Hedwig Ormansky"}


def test_a_recording_in_brackets_is_played_in_not_the_experts_answer() -> None:
    # "[Recording] "..."" between an expert's labelled paragraphs: the voice on the tape,
    # a quote of nobody in the room, not the expert going on.
    article = parse(
        "The last millers of the valley\n\n"
        "Historians Dr. Perpetua Vantongeren and Prof. Ambrose Kilwinning record old "
        "millers' speech.\n\n"
        "WR: What have you found?\n\n"
        "Vantongeren: Words nobody else uses. Listen to this.\n\n"
        '[Recording] "We ground the oats when the stream ran high, never else."\n\n'
        "Vantongeren: That miller was ninety when we met him.\n\n"
        "WR: And what comes next?\n\n"
        "Kilwinning: An archive, open to everyone.\n"
    )
    played = [t for t in article.turns if "[Recording]" in t.text]
    assert [(t.kind, t.speaker) for t in played] == [("quote", None)]
