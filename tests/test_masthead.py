"""The outlet of an article whose labels and bylines do not name one, from the masthead
over its headline (layouts invented for these tests)."""

from __future__ import annotations

from parsing_support import parse

from assistant.ingest.masthead import masthead_source, outlet, page_source


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


def test_a_trail_of_sections_names_the_site_it_starts_with_when_the_page_credits_it() -> None:
    """Seen on blind36: copied web pages name their outlet only in the trail of sections
    over the headline and in the picture credits, and questions asking for the outlet by name
    found no article naming it (their answers abstained)."""
    page = [
        "Wochenblatt Ahlfeld | Lokales | Sicherheit",
        "„Wir flicken, was andere wegwerfen“",
        "[Bild: Ute Kammler in ihrer Werkstatt. Foto: Wochenblatt/mk]",
    ]
    assert page_source(page) == "Wochenblatt Ahlfeld"
    # The name over a trail that starts at "Home", a tagline after a dash left off.
    page = ["Tafelbrett – Magazin für Essen", "Startseite / Höfe / Gemüse", "© Tafelbrett 2025"]
    assert page_source(page) == "Tafelbrett"
    # Not credited anywhere below: the first step is a section as often as a site.
    assert page_source(["Local News | Ashbury | Allotments", "Headline", "Text"]) is None
    # Nor a line over a trail that names nothing, nor a first step of one word.
    assert page_source(["Skip to content", "NEWS / LOCAL / SCHOOLS", "Text"]) is None
    assert page_source(["Wirtschaft › Unternehmen › Mittelstand", "Foto: Wirtschaft"]) is None
    # A press release's subheads set with slashes are no trail: they hold figures.
    release = ["Investition von 40 Millionen Euro / 80 neue Stellen / Start im Mai", "Foto: Werk"]
    assert page_source(release) is None


def test_the_outlet_is_the_page_s_name_where_the_label_only_abbreviates_it() -> None:
    article = parse(
        "Kreisbote Ahlfeld › Region › Kultur\n\n"
        "„Wir flicken, was andere wegwerfen“\n\n"
        "Seit zehn Jahren repariert Ute Kammler Fahrräder. Mit ihr sprach Jonas Feld.\n\n"
        "Foto: Kreisbote Ahlfeld / Lea Vogt\n\n"
        "KA: Frau Kammler, wie fing das an?\n\n"
        "KAMMLER: Mit einem einzigen Rad und einem Keller voller Werkzeug.\n"
    )
    assert article.source == "Kreisbote Ahlfeld"
    # A label that is no abbreviation of the page's name stays the outlet.
    assert (
        outlet(["Kreisbote Ahlfeld | Region | Kultur", "Foto: Kreisbote Ahlfeld"], "ZEIT", None)
        == "ZEIT"
    )
    # A byline's desk gives way to the page's name.
    page = ["The Orwell Gazette", "Home > Local > Arts", "(Photo: Orwell Gazette / Eva Roth)"]
    assert outlet(page, None, "Arts Correspondent") == "The Orwell Gazette"
