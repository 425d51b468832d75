"""Round 37 (tests numbered after round 36's `test_parsing_round37.py`): layouts written for
these tests (invented names, outlets and wording, not taken from a fixture) for the forms
the parser now reads."""

from __future__ import annotations

from parsing_support import parse, speakers

from assistant.ingest.blocks import role_names
from assistant.ingest.furniture import is_boilerplate
from assistant.ingest.paragraphs import Paragraph


def test_a_sponsors_presented_by_line_with_a_slogan_is_furniture() -> None:
    # "Presented by FIRM – slogan" is a sponsor's, not a host's credit.
    assert is_boilerplate("Presented by Corvin Valve Works – pumps and fittings for farms")
    assert is_boilerplate("*Presented by Corvin Valve Works – pumps and fittings for farms*")
    assert not is_boilerplate("Presented by Maya Lindqvist.")


def test_a_sponsor_is_not_the_interviewer_of_the_questions() -> None:
    article = parse(
        "Keeping bees through a wet spring\n\n"
        "*Presented by Hollowmere Hive Supply – frames and smokers for every yard*\n\n"
        "A beekeeper on losses, feeding and the long rains.\n\n"
        "**Q.** How many colonies did you lose?\n\n"
        "**Ashdown:** Four of thirty. Most were queenless by April.\n\n"
        "**Q.** And what did you change?\n\n"
        "**Ashdown:** We fed earlier, and we fed more.\n\n"
        "*Tamsin Ashdown keeps bees near the coast.*\n",
        markdown=True,
    )
    assert all("Hollowmere" not in (s or "") for s in speakers(article, "question"))


def test_es_moderierte_names_the_moderator_role() -> None:
    # The German verb credit ties "Moderation:" to the name, as "Moderation: NAME" would.
    paragraphs = [
        Paragraph("Die Ärztin Eva Brandauer beantwortete die Fragen. Es moderierte Jonas Pelk."),
        Paragraph("Moderation: Willkommen! Frau Brandauer, wie geht es los?"),
    ]
    assert role_names(paragraphs) == {"moderator": "Jonas Pelk"}
    assert role_names([Paragraph("Es moderierte der Zufall.")]) == {}
