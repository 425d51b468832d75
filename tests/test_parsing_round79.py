"""Round 78 (session 37, on batch86): a live chat's readers posting under handles on a
line of their own, a person box whose title is run in by its colon after a Q&A, a report's
single exchange, a headline broken after a verb of being on a hard-wrapped page, and
furniture a page keeps (a live format's notices, a row of links under its rubric, a
transcript's caveats, which leave the committee's name over them).

"09:14 | Gartenfee_Nord" over a reader's post, where the moderator's and the guest's posts
are stamped the same way, is a reader's question: nobody's name, never the guest's or the
moderator's. "About: NAME is …" or "About Eva: NAME is …" after the questions names whom
they were put to. "Could it? The Post put this question to NAME." over a quotation alone
is a report's single exchange, the quotation NAME's answer. "Aus alten Segeln werden" over
"Taschen" is one headline. "The live chat is now closed"-style notices, "Read next: …"
rows and "A transcript may contain mistakes" are furniture.
"""

from __future__ import annotations

from parsing_support import parse

from assistant.ingest.furniture import is_boilerplate
from assistant.models import Turn


def _turn(text: str, words: str) -> Turn:
    """The first turn of `text`, parsed, that holds `words`."""
    return next(turn for turn in parse(text).turns if words in turn.text)


GARDEN_CHAT = (
    "Stadtbote online › Leben › Garten\n\n"
    "Sprechstunde: Was tun gegen Schnecken im Hochbeet?\n\n"
    "Die Gärtnermeisterin Irmgard Pohlenz-Varga hat am Dienstag eine Stunde lang Fragen zu "
    "Schädlingen beantwortet, moderiert von Jonas Wettstein-Keil.\n\n"
    "09:00 Uhr | Jonas Wettstein-Keil (Moderation)\n"
    "Guten Morgen! Frau Pohlenz-Varga, danke, dass Sie da sind.\n\n"
    "09:02 Uhr | Irmgard Pohlenz-Varga\n"
    "Sehr gern, ich bin gespannt auf die Fragen.\n\n"
    "09:06 Uhr | Gartenfee_Nord\n"
    "Bei mir fressen die Schnecken jede Nacht den Salat ab, was hilft wirklich?\n\n"
    "09:08 Uhr | Irmgard Pohlenz-Varga\n"
    "Ein Kupferband am Rand des Beets hält die meisten ab. Abends absammeln hilft auch.\n\n"
    "09:13 Uhr | Opa_Bernd\n"
    "Ich habe Bierfallen probiert und es wurden eher mehr Schnecken.\n\n"
    "09:15 Uhr | Irmgard Pohlenz-Varga\n"
    "Das kann passieren, die Fallen locken auch Tiere aus Nachbargärten an.\n\n"
    "09:20 Uhr | Jonas Wettstein-Keil (Moderation)\n"
    "Eine letzte Frage kam oft: Sind Laufenten eine gute Idee?\n\n"
    "09:22 Uhr | Irmgard Pohlenz-Varga\n"
    "Für große Gärten ja, sie brauchen aber Platz und einen Teich.\n"
)


def test_a_chat_readers_handle_under_the_time_names_no_one_it_knows() -> None:
    turn = _turn(GARDEN_CHAT, "jede Nacht den Salat")
    assert (turn.kind, turn.speaker) == ("question", None)


def test_a_chat_readers_remark_under_a_handle_is_no_answer_of_the_guest() -> None:
    turn = _turn(GARDEN_CHAT, "Bierfallen probiert")
    assert (turn.kind, turn.speaker) == ("question", None)
    assert "Bierfallen" not in _turn(GARDEN_CHAT, "Nachbargärten").text


def test_a_chats_notice_that_it_is_over_is_furniture() -> None:
    assert is_boilerplate("Der Live-Chat ist nun beendet. Danke fürs Mitlesen.")
    assert is_boilerplate("The live blog has ended for today. See our round-up tomorrow.")
    assert is_boilerplate("Auto-refresh is off. Reload to see the newest entries.")


LANTERN_QA = (
    "PAPER & LIGHT · No. 12\n\n"
    "Lanterns for a Dark Month\n\n"
    "She folds paper into lights for winter markets. A short talk about glue and patience.\n\n"
    "— How long does one lantern take you?\n\n"
    "About a day, if the glue behaves. I work on three at once so none of them rushes me.\n\n"
    "— Which paper do you use?\n\n"
    "Mulberry paper mostly. It lets the light through warmly and forgives my mistakes.\n\n"
    "— Have you ever had one catch fire?\n\n"
    "Once, at my first market. I only use battery candles since then, and I sleep better.\n\n"
    "About: Helena Okafor-Lindgren makes paper lanterns in a former bakery in Kendal. "
    "She teaches folding courses in January.\n"
)


def test_a_run_in_about_box_after_the_questions_names_who_answers() -> None:
    assert _turn(LANTERN_QA, "Mulberry paper").speaker == "Helena Okafor-Lindgren"


def test_a_run_in_about_box_titled_by_given_name_names_who_answers() -> None:
    text = LANTERN_QA.replace("About: Helena", "About Helena: Helena")
    assert _turn(text, "battery candles").speaker == "Helena Okafor-Lindgren"
    # A box titled with someone else's name is not about the one it opens with.
    text = LANTERN_QA.replace("About: Helena", "About Tilda: Helena")
    assert _turn(text, "Mulberry paper").speaker is None


COMMITTEE = (
    "Harbours and Coasts Committee\n\n"
    "Oral evidence: Dredging of small fishing ports, HC 97\n\n"
    "The following uncorrected transcript records what witnesses said at the hearing.\n\n"
    "Wednesday 3 June 2026\n\n"
    "Members present: Gwendolyn Marsh-Ayodele (Chair); Torvald Quennell.\n\n"
    "Q4 Chair: Why has dredging stopped at so many small ports?\n\n"
    "Ingrid Solvay-Beck: Because the licences cost more than the ports earn in a year.\n\n"
    "Q5 Torvald Quennell: Who should pay instead?\n\n"
    "Ingrid Solvay-Beck: The harbour authority, with help for the smallest ports.\n"
)


def test_a_records_caveats_on_its_transcript_are_furniture() -> None:
    turns = parse(COMMITTEE).turns
    assert not any("uncorrected transcript" in turn.text for turn in turns)
    # The committee's name over the caveat is no box's title: it stays a lead.
    assert _turn(COMMITTEE, "Harbours and Coasts Committee").kind == "lead"
    assert is_boilerplate("A transcript can contain mistakes, so check the recording first.")
    assert is_boilerplate("Transcribed by Quillworks Audio. Corrections welcome.")


SAIL_PAGE = (
    "14 NORDWERK · Heft 2/2026\n\n"
    "PORTRÄT\n\n"
    "Aus alten Segeln werden\n"
    "Taschen\n\n"
    "Wiebke Sandhagen-Ortmann näht in einer Halle am Deich aus ausgedienten Segeln\n"
    "Taschen, Kissen und Schürzen. Ein Besuch bei der Segelmacherin zwischen den\n"
    "Tuchbahnen, die noch nach Salz riechen, und den alten Maschinen.\n\n"
    "F: Frau Sandhagen-Ortmann, woher kommen Ihre Segel?\n\n"
    "A: Von Vereinen und Werften an der ganzen Küste. Wer ein neues Segel kauft, gibt\n"
    "mir das alte, und ich zahle nach Fläche, je nach Zustand des Tuchs und der Nähte.\n\n"
    "F: Was wird daraus am liebsten gekauft?\n\n"
    "A: Die großen Strandtaschen. Sie halten fast alles aus, auch nasse Handtücher und\n"
    "Sand, und sie sehen nach zehn Jahren noch besser aus als am ersten Tag.\n"
)


def test_a_headline_broken_after_its_verb_of_becoming_is_one_line() -> None:
    assert parse(SAIL_PAGE).title == "Aus alten Segeln werden Taschen"


def test_a_row_of_links_under_its_rubric_is_furniture() -> None:
    assert is_boilerplate(
        "Read next: The harbour master who refused to retire · Tide tables for the whole "
        "coming month"
    )
    assert is_boilerplate(
        "More in Science: What honeybees tell each other in the dark · The oldest oak in our county"
    )
    assert is_boilerplate(
        "Zum Thema: Wie aus Küchenabfällen in sechs Wochen guter Kompost entsteht | Kommentar: "
        "Mehr Mut im Beet"
    )
    assert not is_boilerplate("Zum Thema: Was raten Sie Anfängern?")
    assert not is_boilerplate("Next in line: the harbour master, who spoke for an hour.")


QUARRY_REPORT = (
    "Quarry blasting to resume after six-month pause\n\n"
    "By Petronella Achebe-Strand\n\n"
    "HOLMFIRTH (Dales Post) — Blasting at the old sandstone quarry above the village will "
    "start again in May, the operator confirmed on Friday, after a crack appeared in a "
    "farmhouse wall last autumn.\n\n"
    "Residents have asked for the charges to be made smaller and set off at fixed hours.\n\n"
    "Could a blast really crack a wall half a mile away? The Dales Post put this question "
    "to the county's mining engineer, Rufus Tremayne-Oduya.\n\n"
    '"It is possible but unusual. Ground vibration falls off quickly with distance, and most '
    "cracks we are shown turn out to be older than the blasting. We will put sensors in three "
    'gardens so that everybody can see the numbers."\n\n'
    "The operator said it would publish the readings online every week.\n"
)


def test_a_quotation_after_a_report_says_whom_it_asked_is_their_answer() -> None:
    turn = _turn(QUARRY_REPORT, "possible but unusual")
    assert (turn.kind, turn.speaker) == ("answer", "Rufus Tremayne-Oduya")
    assert _turn(QUARRY_REPORT, "really crack a wall").kind == "question"
