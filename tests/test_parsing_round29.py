"""Round 28 (tests numbered after session 16's round-28 file): layouts written for these
tests (invented names, outlets and wording, not taken from a fixture) for the forms the
parser now reads."""

from __future__ import annotations

from parsing_support import parse


def test_minutes_name_the_chair_by_the_record_s_signature() -> None:
    # Minutes in reported speech where the chair speaks by office only ("Der Vorsitzende
    # erklärt, …") and only the signature under the record names the office's holder.
    article = parse(
        "Niederschrift über die Bürgerfragestunde des Ortsrates Quellbrunn\n\n"
        "TOP 1 – Fragen der Einwohner\n\n"
        "Frau Wiltrud Ossenkamp, Mühlgasse, fragt, wann die Buslinie wieder fährt.\n\n"
        "Der Vorsitzende erklärt, dass die Umleitung bis Oktober bestehe.\n\n"
        "gez. Konrad Eschenlohr, Vorsitzender\n"
        "gez. Ilka Wendtland, Schriftführerin\n"
    )
    chair = next(turn for turn in article.turns if "Umleitung" in turn.text)
    assert chair.speaker == "Konrad Eschenlohr"
