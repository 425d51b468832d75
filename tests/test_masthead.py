"""The outlet of an article whose labels and bylines do not name one, from the masthead
over its headline (layouts invented for these tests)."""

from __future__ import annotations

from parsing_support import parse

from assistant.ingest.masthead import masthead_source


def test_a_masthead_names_the_outlet_a_section_or_a_breadcrumb_does_not() -> None:
    assert masthead_source(["KREISBOTE MARLINGEN · Samstag, 4. Mai 2026 · Seite 7"]) == (
        "Kreisbote Marlingen"
    )
    assert masthead_source(["THE ORWELL GAZETTE | Business | Monday 9 March 2026"]) == (
        "The Orwell Gazette"
    )
    assert masthead_source(["MAGAZIN DER HOLM-STIFTUNG · Ausgabe 2/2026"]) == (
        "Magazin der Holm-Stiftung"
    )
    assert masthead_source(["WIRTSCHAFT · 4. Mai 2026"]) is None  # a section
    assert masthead_source(["KREISBOTE MARLINGEN · Lokales"]) is None  # no issue beside it
    assert masthead_source(["Startseite › Lokales › Kultur"]) is None


def test_the_parsed_article_takes_its_outlet_from_the_masthead() -> None:
    article = parse(
        "KREISBOTE MARLINGEN · Samstag, 4. Mai 2026 · Seite 7\n\n"
        "„Wir flicken, was andere wegwerfen“\n\n"
        "Seit zehn Jahren repariert Ute Kammler Fahrräder für Geflüchtete.\n\n"
        "Frau Kammler, wie fing das an?\n\n"
        "Mit einem einzigen Rad und einem Keller voller Werkzeug.\n"
    )
    assert article.source == "Kreisbote Marlingen"
    assert article.title == "„Wir flicken, was andere wegwerfen“"


def test_a_masthead_whose_issue_is_dated_on_the_line_under_it_names_the_outlet() -> None:
    """Seen on blind30: a magazine sets its name and section over the issue's date, and a
    question asking "for the Courier" found no article naming the Courier."""
    lines = ["THE HOLLOWAY COURIER – Weekend Magazine", "Saturday 9 November 2024 | Makers"]
    assert masthead_source(lines) == "The Holloway Courier"
    # A headline in capitals over a byline with a date is no masthead.
    assert masthead_source(["WIND UND WETTER – EIN JAHR", "Von Eva Roth · 14.03.2026"]) is None
    # Nor a name in capitals alone over a date: headlines are set so too.
    assert masthead_source(["WIND UND WETTER", "Samstag, 4. Mai 2026"]) is None
