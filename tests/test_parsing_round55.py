"""Round 54 (session 26's end, on batch64): a name starts a word.

A council record abbreviates a councillor's or a mayor's title before the surname ("BMin
NAME:", "GRin NAME:"); the letters after the capitals ("Min", "Rin") were read as a given
name, so the mayor's questions went to a "Min NAME" the text never names.
"""

from __future__ import annotations

from parsing_support import parse, speakers

from assistant.ingest.names import person_names


def test_a_given_name_is_never_read_from_inside_a_word() -> None:
    assert list(person_names("BMin Hollerbach eröffnet die Sitzung.")) == []
    assert list(person_names("GRin Wiebke Tammen fragt nach.")) == ["Wiebke Tammen"]
    assert list(person_names("XAnna Roth")) == []
    assert list(person_names("Sagt VBR-Chef Lars-Ove Petersen.")) == ["Lars-Ove Petersen"]


def test_a_council_records_abbreviated_title_names_no_one_else() -> None:
    article = parse(
        "Niederschrift über die Sitzung des Umweltausschusses\n\n"
        "Anwesend: Erste Bürgermeisterin Gesine Hollerbach (Vorsitz); GR Tammo Uhlig\n\n"
        "BMin Hollerbach: Ich rufe Punkt 3 auf. Herr Uhlig, wie viel Kies streuen wir?\n\n"
        "GR Uhlig: Rund 400 Tonnen im Winter, je nach Schnee.\n\n"
        "BMin Hollerbach: Lässt sich das halbieren?\n\n"
        "GR Uhlig: Mit Sole auf den Hauptstraßen, ja, in drei Jahren.\n"
    )
    assert set(speakers(article, "question")) <= {"Gesine Hollerbach", None}
    assert "Min Hollerbach" not in {turn.speaker for turn in article.turns}
