"""Round 80 (session 38, on batch88): a magazine whose questions stand under the outlet's
name in capitals, with a picture's caption that credits the outlet's archive in brackets;
a firm's release whose Q&A asks under the firm's short name, which is also its founder's
surname; a data box's row under a heading in capitals between two answers; a read-aloud
offer over the headline; an automatic export's file line; a headline broken over three
lines at hyphens; a named body's minutes with the sitting's place and date on the same
line, under a letterhead; and two reports' single exchanges.

"Foto: … (Archiv Kompass)" is the picture's credit: its words are no given name and
surname, so the label "KOMPASS:" is the outlet asking, whose questions the byline's
interviewer carries. "Marrowby Glass Works" as the firm, "founded by Harold Marrowby"
as its history: "Marrowby:" asking is the firm's voice, not the founder's, and stays
unnamed. "FLEET FIGURES: Boats: 212 | Licences: 48 | …" is a box's row, said by nobody.
"Listen to this article: 4:15 min" is furniture, no headline; so is an export's head
line, the file's name with the tool's note ("….vtt (exported from …, auto-generated)").
"Die alte Glocken-" over "gießerei am Mühl-" over "bach" is one headline. "Minutes of
the Parks and Open Spaces Board held at … on …" under the council's name in capitals is
the title, without the sitting's place and date. "…? Die Frage an NAME." over a
quotation alone, and "Asked whether …, NAME, who …, paused." over one, put the report's
question to NAME, whose answer the quotation is.
"""

from __future__ import annotations

from parsing_support import parse, shape, turn_with

from assistant.ingest.furniture import is_boilerplate

BEEKEEPER_TALK = (
    "Startseite > Natur > Tiere\n\n"
    "IMKEREI\n\n"
    "»Bienen lesen das Wetter besser als wir«\n\n"
    "Ein Imker aus dem Hügelland über Winterverluste, Wanderkästen und den Honigpreis.\n\n"
    "Ein Interview von Jorinde Falkenhorst | 12.03.2026 | Lesezeit: 4 Minuten\n\n"
    "Foto: Der Imker öffnet einen Kasten am Waldrand. (Archiv Kompass)\n\n"
    "KOMPASS: Herr Brandauer-Lichtl, wie viele Völker haben den Winter überlebt?\n\n"
    "Brandauer-Lichtl: Gut achtzig Prozent. Das ist für diese Gegend ordentlich, andere "
    "haben die Hälfte verloren.\n\n"
    "KOMPASS: Woran liegt das?\n\n"
    "Brandauer-Lichtl: An der Milbe vor allem. Wer im Spätsommer zu spät behandelt, "
    "verliert im Februar die Völker.\n\n"
    "KOMPASS: Und der Honigpreis?\n\n"
    "Brandauer-Lichtl: Der reicht gerade so. Reich wird von uns niemand.\n"
)


def test_a_captions_bracketed_credit_gives_the_outlet_label_no_name() -> None:
    questions = [speaker for kind, speaker in shape(parse(BEEKEEPER_TALK)) if kind == "question"]
    assert questions and set(questions) == {"Jorinde Falkenhorst"}


GLASSWORKS_RELEASE = (
    "FOR IMMEDIATE RELEASE\n\n"
    "Marrowby Glass Works opens furnace fired by hydrogen\n\n"
    "SUNDERFORD, 4 May 2026 – Marrowby Glass Works today lit the region's first glass "
    "furnace to run on green hydrogen, replacing two gas-fired units.\n\n"
    'Master glassblower Priya Tennant-Vale said: "The glass behaves just the same. The '
    'only thing my team noticed was how quiet the shed has become."\n\n'
    "Q&A with Priya Tennant-Vale\n\n"
    "Marrowby: How long did the trials take?\n\n"
    "Tennant-Vale: Nine months. We blew test pieces every week and sent them off for "
    "stress tests before anything went on sale.\n\n"
    "Marrowby: Did the colours change?\n\n"
    "Tennant-Vale: The cobalt blue came out a shade lighter at first, so we adjusted "
    "the batch.\n\n"
    "ENDS\n\n"
    "Notes to editors: Marrowby Glass Works was founded in 1951 by Harold Marrowby and "
    "employs 54 people.\n"
)


def test_a_label_that_heads_the_firms_name_asks_for_the_firm_not_its_founder() -> None:
    turns = shape(parse(GLASSWORKS_RELEASE))
    assert ("question", "Harold Marrowby") not in turns
    assert turn_with(GLASSWORKS_RELEASE, "How long did the trials").speaker is None
    assert turn_with(GLASSWORKS_RELEASE, "Nine months").speaker == "Priya Tennant-Vale"


HARBOUR_ROUND_TABLE = (
    "Harbour Business Weekly | Ports | Fishing\n\n"
    "Can a small harbour still pay its way?\n\n"
    "Two skippers and a harbour master on fuel prices, quotas and the tourists who "
    "photograph the boats. Questions by Edwina Lockhart-Brey.\n\n"
    "HBW: What has changed most in ten years?\n\n"
    "Pendleford: Fuel. A full tank costs twice what it did, and the fish do not pay "
    "twice as much.\n\n"
    "Ostrowski-Hay: And the paperwork. I spend a day a week on logbooks now.\n\n"
    "FLEET FIGURES: Boats registered in 2025: 212  |  Licences issued: 48  |  "
    "Average age of a boat: 31 years\n\n"
    "HBW: Do the visitors help?\n\n"
    "Pendleford: They buy fish off the quay, which is more than the wholesalers do.\n"
)


def test_a_capitals_heading_over_a_row_of_figures_is_a_box_nobody_says() -> None:
    turn = turn_with(HARBOUR_ROUND_TABLE, "FLEET FIGURES")
    assert (turn.kind, turn.speaker) == ("sidebar", None)


def test_a_read_aloud_offer_with_its_length_is_furniture() -> None:
    assert is_boilerplate("Listen to this article: 4:15 min")
    assert is_boilerplate("Hören Sie den Beitrag: 3 Min.")
    assert not is_boilerplate("Listen to the river: four rules for a quiet garden")


READ_ALOUD_PAGE = (
    "Weekly Ledger | Companies | Family firms\n\n"
    "Listen to this article: 5:05 min\n\n"
    "From barn loft to bakery\n\n"
    "A miller's daughter turned her grandfather's loft into a bakery. Questions by "
    "Tobias Wrenfield.\n\n"
    "Where did the idea come from?\n\n"
    "From the flour sacks, really. They were still up there when I cleared it out.\n"
)


def test_a_read_aloud_offer_over_the_headline_is_not_the_title() -> None:
    assert parse(READ_ALOUD_PAGE).title == "From barn loft to bakery"


FOUNDRY_PDF = (
    "HANDWERK IM TAL · Ausgabe 2/2026 · Seite 8\n\n"
    "Die alte Glocken-\n"
    "gießerei am Mühl-\n"
    "bach\n\n"
    "Seit vierzig Jahren gießt ein Meister im Tal Glocken für Kapellen und Schulen.\n\n"
    "F: Wie lange dauert ein Guss?\n\n"
    "A: Vom Modell bis zum ersten Ton gut drei Monate.\n"
)


def test_a_headline_broken_at_two_hyphens_is_mended_whole() -> None:
    assert parse(FOUNDRY_PDF).title == "Die alte Glockengießerei am Mühlbach"


PARKS_MINUTES = (
    "LINNERSBY DISTRICT COUNCIL\n"
    "Minutes of the Parks and Open Spaces Board held at the Old Library on Tuesday "
    "3 March 2026 at 7.15 pm\n\n"
    "Present: Councillor Iris Mabbott-Heald (Chair); Councillors Dev Sandhu, Carys Penrhyn\n\n"
    "The Chair asked the parks officer to report on complaints about dogs on the green.\n"
)


def test_a_named_bodys_minutes_are_the_title_without_the_sitting() -> None:
    assert parse(PARKS_MINUTES).title == "Minutes of the Parks and Open Spaces Board"


QUAY_EXPORT = (
    "quay-walls-call_2026-02-11.vtt (exported from Scribbly, auto-generated)\n\n"
    "Quay walls after the storm: an evening call with the harbour engineers\n\n"
    "Speaker 1  0:02\n"
    "Right, we are recording. Thanks for dialling in, there are plenty of you tonight.\n\n"
    "Speaker 2  0:15\n"
    "Thank you. I will start with the east wall, which took the worst of it.\n"
)


def test_an_exports_file_name_line_is_furniture_not_the_title() -> None:
    assert is_boilerplate("harbour_call_0312.vtt – exported by Scribbly, auto-generated")
    title = "Quay walls after the storm: an evening call with the harbour engineers"
    assert parse(QUAY_EXPORT).title == title


PUMPKIN_NOTICE = (
    "Kürbisfest auf dem Lindenhof\n\n"
    "Am Wochenende öffnet der Lindenhof wieder sein Kürbisfeld für Besucher. Rund "
    "vierzig Sorten stehen zur Auswahl, vom Zierkürbis bis zum Riesen.\n\n"
    "Lohnt sich der Aufwand mit so vielen Sorten überhaupt? Die Frage an Henrike "
    "Sauerbeck-Wille.\n\n"
    "»Die seltenen Sorten holen die Leute aufs Feld. Verdient wird dann an den "
    "gewöhnlichen, die jeder für die Suppe kauft.«\n\n"
    "Geöffnet ist samstags und sonntags von zehn bis achtzehn Uhr.\n"
)

FERRY_WIRE = (
    "UK-FERRY/RIVER\n\n"
    "Chain ferry back in service after winter overhaul\n\n"
    "KINGSWEAR, England, March 9 (Harbour Wire) – A chain ferry that has crossed the "
    "river since 1896 returned to service on Monday after a four-month overhaul of its "
    "chains and deck.\n\n"
    "Asked whether the ferry would now run through every winter, Desmond Achterhof-Kane, "
    "who manages the crossing, paused for a moment.\n\n"
    "“Only if the river lets us. A flood moves the chains off their line, and then we "
    "wait, however many people are queueing on the slipway.”\n\n"
    "The overhaul cost about 410,000 pounds, paid by the county.\n"
)


def test_the_question_put_to_someone_by_name_in_a_short_report() -> None:
    turn = turn_with(PUMPKIN_NOTICE, "Die seltenen Sorten")
    assert (turn.kind, turn.speaker) == ("answer", "Henrike Sauerbeck-Wille")


def test_a_wire_reports_question_in_its_own_words_over_a_quotation_alone() -> None:
    turn = turn_with(FERRY_WIRE, "Only if the river")
    assert (turn.kind, turn.speaker) == ("answer", "Desmond Achterhof-Kane")
    assert turn_with(FERRY_WIRE, "Asked whether").kind == "question"
