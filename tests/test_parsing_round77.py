"""Round 76 (session 36, on batch84): an outlet's label that stands for the name of the
page's copyright line, an interviewer's closing credit with a note on the guest after it,
a council member's shortened title with the female ending after an apostrophe, a member's
suggestion before her question, a committee's evidence session's record line, and a
journal's running head with its page, volume and year.

"KN:" over questions, where the foot of the page reads "© Kliffer Nachrichten" and a credit
"Fragen: NAME" names who asked, is that asker, not the paper. "Interview by NAME, features
desk. NAME2 grows ..." credits NAME, though a sentence about the guest follows. "StR'in
NAME fragt, …" and "StR'in NAME regt an, … Sie fragt, ob …" are that member's questions.
Under a committee's name, "Oral evidence: TOPIC, HC 77" is the headline; "64 ANNALS OF
... 12 (2025)" over a rubric is a running head, not the headline.
"""

from __future__ import annotations

from parsing_support import parse

from assistant.models import Turn


def _asked_by(text: str, words: str) -> str | None:
    """Who asks the first turn of `text`, parsed, that holds `words`, where it is a
    question."""
    turn: Turn = next(turn for turn in parse(text).turns if words in turn.text)
    return turn.speaker if turn.kind == "question" else None


DUNE_TALK = (
    "Küste › Inseln › Naturschutz\n\n"
    "Warum die Wanderdüne auf Sylvenoog wandern darf\n\n"
    "Der Sand rückt jedes Jahr acht Meter nach Osten. Die Rangerin Helke Oltmanns-Prieß "
    "erklärt, weshalb niemand ihn aufhält.\n\n"
    "KN: Frau Oltmanns-Prieß, wird die Düne eines Tages das Dorf erreichen?\n\n"
    "Oltmanns-Prieß: In etwa sechzig Jahren vielleicht den Rand der Weide. Bis dahin ist "
    "viel Zeit, um Wege zu verlegen.\n\n"
    "KN: Und die Wanderer, die trotzdem hinaufsteigen?\n\n"
    "Oltmanns-Prieß: Die sprechen wir freundlich an. Die meisten wissen gar nicht, dass "
    "die Pflanzen oben den Sand festhalten.\n\n"
    "Fragen: Ingmar Tjaden-Wulff\n\n"
    "Alle Rechte vorbehalten © Kliffer Nachrichten (KN), Inselverlag Husum\n"
)


def test_an_outlets_label_for_the_copyright_holder_is_the_credited_asker() -> None:
    assert _asked_by(DUNE_TALK, "trotzdem hinaufsteigen") == "Ingmar Tjaden-Wulff"


QUINCE_TALK = (
    "Orchard Notes > Growers > Interviews\n\n"
    "Quinces are back, says a grower who never gave up on them\n\n"
    "A small orchard in the Marches now sells every fruit it picks before October.\n\n"
    "NOTES: When did people stop buying quinces?\n\n"
    "DR PENHALIGON-OKORO: In the sixties, when nobody had time to cook them for hours.\n\n"
    "NOTES: And why are they back?\n\n"
    "DR PENHALIGON-OKORO: Bakers and cheese shops. Membrillo made people curious.\n\n"
    "Interview by Rosalind Achebe-Farrow, features desk. Dr Tamsin Penhaligon-Okoro grows "
    "forty old varieties near Kingsbrook.\n\n"
    "© Orchard Notes Quarterly · orchardnotes.example\n"
)


def test_a_closing_credit_with_a_note_on_the_guest_after_it_names_the_asker() -> None:
    assert _asked_by(QUINCE_TALK, "why are they back") == "Rosalind Achebe-Farrow"


FOUNTAIN_MINUTE = (
    "Niederschrift der 4. Sitzung des Ortschaftsrats Lindenhain\n\n"
    "Anwesend: Ortsvorsteher Bertram Quednau (Vorsitz), StR'in Wiebke Ohlendorf, "
    "StR'in Ilka Schwanitz, StR Tobias Reimold\n"
    "Verwaltung: Herr Gunnar Pfeifle, Grünflächenamt\n\n"
    "TOP 2: Brunnen am Kirchplatz\n\n"
    "Herr Pfeifle berichtet, die Pumpe des Brunnens sei im Winter ausgefallen. Eine neue "
    "koste etwa 9.000 Euro.\n\n"
    "StR'in Ohlendorf fragt, ob der Brunnen bis zum Marktfest wieder läuft.\n\n"
    "Herr Pfeifle antwortet, die Lieferung sei für Mai zugesagt.\n\n"
    "StR'in Schwanitz regt an, Kinder der Grundschule die Beckenränder bemalen zu lassen. "
    "Sie fragt, ob das Amt Farbe bereitstellen könne.\n\n"
    "Herr Pfeifle sagt zu, dies zu prüfen.\n"
)


def test_a_members_title_with_the_female_ending_after_an_apostrophe_is_hers() -> None:
    assert _asked_by(FOUNTAIN_MINUTE, "Marktfest") == "Wiebke Ohlendorf"


def test_a_members_suggestion_before_her_question_is_hers() -> None:
    assert _asked_by(FOUNTAIN_MINUTE, "Beckenränder") == "Ilka Schwanitz"


LIBRARY_HEARING = (
    "Rural Affairs and Transport Committee\n"
    "Oral evidence: Mobile libraries in rural areas, HC 77\n"
    "Wednesday 8 January 2025\n\n"
    "Members present: Oswin Threlfall (Chair); Priyanka Mallory; Dermot Ashworth-Kay.\n\n"
    "Witness: Agatha Fennimore-Lowe, Head of Library Services, Westmarch County Council.\n\n"
    "Q12 Chair: How many villages does the van still reach?\n\n"
    "Agatha Fennimore-Lowe: Forty-two, every three weeks.\n\n"
    "Q13 Priyanka Mallory: Is that enough?\n\n"
    "Agatha Fennimore-Lowe: No. Older readers tell us three weeks is too long.\n"
)


def test_an_evidence_sessions_record_line_under_the_committee_is_the_headline() -> None:
    assert parse(LIBRARY_HEARING).title == "Oral evidence: Mobile libraries in rural areas, HC 77"


NEWT_PAGE = (
    "64 ANNALS OF THE MARSHLAND NATURALISTS 12 (2025)\n\n"
    "PORTRAITS\n\n"
    "Half a century of counting newts\n\n"
    "Reuben Castellano-Hythe has counted newts in the same six ponds since 1975. Isolde "
    "Marchbank visited him in March.\n\n"
    "MARCHBANK\n"
    "Why newts?\n\n"
    "CASTELLANO-HYTHE\n"
    "Because nobody else was counting them, and the ponds were being filled in.\n\n"
    "MARCHBANK\n"
    "Are there more now?\n\n"
    "CASTELLANO-HYTHE\n"
    "Fewer ponds, but more newts in the ones that are left.\n"
)


def test_a_journals_running_head_with_page_volume_and_year_is_no_headline() -> None:
    assert parse(NEWT_PAGE).title == "Half a century of counting newts"
