"""Round 77 (session 37, on batch85): a panel's closing note on who chaired it, a
record's reply whose speaker follows the chair's leave and the office, an archive
record's "Interviewee:" field, answers by e-mail signed off by the lead's subject, a
podcast page's "Shownotes:" field before the lead, a broadcast script's sound cues, a
quoted headline over its subheading on a hard-wrapped page, and furniture a page keeps (a
platform's subscription pitch, a button for more comments, a record's terms of use).

"This panel was chaired by NAME and was shortened." credits NAME with the outlet's
questions and is a lead, not the last answer going on. "By leave of the Chair, the Town
Clerk, Ms NAME, replied." is NAME's answer. "Interviewee: NAME (b. 1938)" names who answers
under "RESPONDENT:". "Viele Grüße …!" over the name of the one the lead is about closes
her answers by e-mail; "Shownotes: NAME spricht mit NAME2" names host and guest of an
export's numbered voices. "JINGLE: …" is no headline, and "MUSIC: …" in a script's
capitals is nobody's turn. A quoted line over a subheading is the headline alone.
"""

from __future__ import annotations

from parsing_support import parse

from assistant.ingest.furniture import is_boilerplate
from assistant.models import Turn


def _turn(text: str, words: str) -> Turn:
    """The first turn of `text`, parsed, that holds `words`."""
    return next(turn for turn in parse(text).turns if words in turn.text)


PIER_PANEL = (
    "Coast Courier > Opinion\n\n"
    "Should the town rebuild its pier?\n\n"
    "Storms took half of it in January. We brought together three people with a stake.\n\n"
    "Courier: Tobias, what did the pier mean for your kiosk?\n\n"
    "Tobias Wendling-Rye: Most of my summer trade. People walked out, bought a cone, went "
    "back.\n\n"
    "Courier: Dr Achterberg, is rebuilding sensible?\n\n"
    "Leonie Achterberg: Only with deeper piles. The old ones were driven for calmer seas.\n\n"
    "Wendling-Rye: And who pays for deeper piles?\n\n"
    "The panel\n"
    "Tobias Wendling-Rye sells ice cream on the promenade. Dr Leonie Achterberg teaches "
    "coastal engineering.\n\n"
    "This panel was chaired by Marisol Penhallow-Quint and was lightly shortened.\n"
)


def test_a_panels_closing_note_on_its_chair_is_no_panellists_answer() -> None:
    turn = _turn(PIER_PANEL, "was chaired by")
    assert (turn.kind, turn.speaker) == ("lead", None)


def test_a_panels_closing_note_on_its_chair_names_the_asker() -> None:
    assert _turn(PIER_PANEL, "is rebuilding sensible").speaker == "Marisol Penhallow-Quint"


BENCH_MINUTE = (
    "Minutes of the Town Council, 2 April 2025\n\n"
    "Present: Cllr Edwina Stroud-Marley (Chair); Cllr Basil Okonjo-Reed. Officer: Ms Petra "
    "Lindqvist-Hale (Town Clerk).\n\n"
    "14. QUESTIONS FROM THE PUBLIC\n\n"
    "Mr Anselm Gorringe asked when the benches on the green would be repaired.\n\n"
    "Cllr Okonjo-Reed replied that new slats had been ordered in March.\n\n"
    "Mrs Hilda Quarrie asked who would pay for the bins by the pond.\n\n"
    "By leave of the Chair, the Town Clerk, Ms Petra Lindqvist-Hale, replied. The bins were "
    "covered by the parks budget for this year.\n"
)


def test_a_reply_whose_speaker_follows_the_chairs_leave_and_the_office_is_theirs() -> None:
    turn = _turn(BENCH_MINUTE, "By leave of the Chair")
    assert (turn.kind, turn.speaker) == ("answer", "Petra Lindqvist-Hale")


KILN_RECORD = (
    "Fenmoor Pottery Archive, Spoken Memories\n"
    "Reference: FPA/SM/2021/007\n"
    "Interviewee: Winifred Ashcombe-Rudd (b. 1938)\n"
    "Recorded by: archive volunteer, 14 May 2021\n\n"
    "INTERVIEWER: When did you first work at the kilns?\n\n"
    "RESPONDENT: At fifteen. I swept the floor and carried saggars until my arms ached.\n\n"
    "INTERVIEWER: And later?\n\n"
    "RESPONDENT: Later I packed the kiln myself. That was a job for the careful ones.\n"
)


def test_an_archive_records_interviewee_field_names_the_respondent() -> None:
    assert _turn(KILN_RECORD, "At fifteen").speaker == "Winifred Ashcombe-Rudd"


HEDGE_SCRIPT = (
    "Radio Auenland · Feld und Flur · Sendung vom 3. Mai 2025, 9.05 Uhr\n"
    "Thema: Hecken im Winter\n"
    "Moderation: Kornelia Weidenbach-Ost\n\n"
    "JINGLE: Feld und Flur\n\n"
    "MODERATION: Guten Tag. Bei mir ist Gisbert Holtkamp-Renz, Landschaftspfleger. Herr "
    "Holtkamp-Renz, wann darf man schneiden?\n\n"
    "HOLTKAMP-RENZ: Von Oktober bis Februar. Im Sommer brüten die Vögel in der Hecke.\n\n"
    "MODERATION: Vielen Dank.\n\n"
    "MUSIK: Frühlingslied, Posaunenchor Auenland, 2'40\n"
)


def test_a_jingles_cue_is_no_headline() -> None:
    assert parse(HEDGE_SCRIPT).title == "Hecken im Winter"


def test_a_scripts_music_cue_is_nobodys_turn() -> None:
    assert not [turn for turn in parse(HEDGE_SCRIPT).turns if "Posaunenchor" in turn.text]


CLOCK_PAGE = (
    "Heimatkalender Moorkreis 2025\n\n"
    "„Eine Uhr, die steht, hat zweimal am Tag recht“\n"
    "Ein Uhrmacher aus Bredenhusen blickt zurück\n\n"
    "Vierzig Jahre lang reparierte Almut Siebold-Kranz Uhren aller Art in\n"
    "ihrer kleinen Werkstatt am Kirchplatz. Im Winter besuchte sie unser\n"
    "Mitarbeiter Reinhold Dammann-Vogt, um mit ihr über das Handwerk zu reden.\n\n"
    "F: Frau Siebold-Kranz, was war Ihre erste Uhr?\n\n"
    "A: Eine Taschenuhr meines Großvaters, die seit dem Krieg nicht mehr\n"
    "ging. Ich habe sie mit vierzehn auseinandergenommen und nicht wieder\n"
    "zusammenbekommen, jedenfalls nicht beim ersten Mal.\n"
)


def test_a_quoted_headline_over_its_subheading_on_a_hard_wrapped_page_stands_alone() -> None:
    assert parse(CLOCK_PAGE).title == "„Eine Uhr, die steht, hat zweimal am Tag recht“"


def test_a_platforms_pitch_a_button_for_more_and_a_pages_terms_are_furniture() -> None:
    lines = [
        "Liked this one? Subscribe for free and get the next interview by mail.",
        "Load more comments (42 replies)",
        "Kommentare (7) anzeigen",
        "The recording may not be reproduced without written permission from the archive.",
    ]
    assert [is_boilerplate(line) for line in lines] == [True] * len(lines)


LOOM_MAIL = (
    "Werkstattblog › Porträts\n\n"
    "Fünf Fragen an eine Bandweberin\n\n"
    "Hedwig Sommerkamp-Lüth webt in Ostergaarden Bänder auf einem alten Webstuhl. Für ein "
    "Treffen fehlte ihr die Zeit, darum gingen die Fragen schriftlich hin und her.\n\n"
    "1. Wie lang wird ein Band an einem Tag?\n\n"
    "Gut zwölf Meter, wenn das Garn nicht reißt.\n\n"
    "2. Wer kauft Ihre Bänder?\n\n"
    "Trachtenvereine, Buchbinder und ein paar Brautpaare jedes Jahr.\n\n"
    "Viele Grüße vom Webstuhl!\n"
    "Hedwig Sommerkamp-Lüth\n"
    "Bandweberei am Deich, Ostergaarden\n"
)


def test_answers_signed_off_by_the_leads_subject_are_hers() -> None:
    assert _turn(LOOM_MAIL, "zwölf Meter").speaker == "Hedwig Sommerkamp-Lüth"


KAYAK_EXPORT = (
    "Uferfunk – Gespräche am Wasser\n"
    "Episode 12: Paddeln im Winter\n\n"
    "Shownotes: Till Brakenhoff-Sey spricht mit Oda Wilkening, die seit Jahren auch bei "
    "Frost auf der Elbe unterwegs ist.\n\n"
    "Speaker 1  00:00:04\n"
    "Willkommen bei Uferfunk. Heute geht es ums Paddeln, wenn alle anderen drinnen bleiben.\n\n"
    "Speaker 2  00:00:12\n"
    "Danke für die Einladung.\n\n"
    "Speaker 1  00:00:15\n"
    "Was ziehst du bei minus fünf Grad an?\n\n"
    "Speaker 2  00:00:19\n"
    "Einen Trockenanzug und darunter Wolle, immer Wolle.\n"
)


def test_a_podcasts_shownotes_field_opens_the_lead_that_names_host_and_guest() -> None:
    assert _turn(KAYAK_EXPORT, "immer Wolle").speaker == "Oda Wilkening"
