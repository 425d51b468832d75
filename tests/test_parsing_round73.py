"""Round 72 (session 34, on batch80): a chat tool's comment headers, a chat reader known by
given name and place, a minute's announcement, a report's possessive after its inset
interview, a guest's name broken under a headline, a record's agenda item under its list of
those present, a radio page's programme line and a newsletter's tagline.

"[Comment From Visitor]" over a post is a reader's question, nobody's the text names, not
the expert's answer. "18:03 NAME aus ORT:" is a reader's post, a question the page names no
one for. "Herr NAME kündigt … an" is the official's answer in the record. "SURNAME's story
was …" after the last labelled answer is the report's narration. "… with GIVEN" over
"SURNAME" is one headline where the text writes the name whole. "Members present: …"
under a letterhead without a dateline heads a record whose item is its headline.
"Heard on PROGRAMME" and "…, every other Friday" under a masthead are no headline.
"""

from __future__ import annotations

from parsing_support import parse, speakers

COMMENTS = (
    "Live chat: Ask a beekeeper about swarms\n\n"
    "Apiarist Rosalind Quenby answered readers' questions; host Tobias Marwick.\n\n"
    "11:00 Tobias Marwick: Welcome, everyone. Rosalind, thanks for coming.\n\n"
    "11:01 Quenby: Happy to help.\n\n"
    "[Comment From Visitor]\n"
    "A swarm landed on my shed. Should I call someone?\n\n"
    "11:04 Quenby: Yes, call a local beekeeping club; they collect swarms for free.\n\n"
    "[Comment From Wilf in Harrowgate]\n"
    "The bees come back every spring. Why?\n\n"
    "11:07 Quenby: The old comb smells like home to them. Seal the gap.\n\n"
    "11:30 Tobias Marwick: That is all for today. Thank you, Rosalind.\n"
)


def test_a_chat_tools_comment_headers_are_readers_questions() -> None:
    article = parse(COMMENTS)
    posts = [t for t in article.turns if "shed" in t.text or "every spring" in t.text]
    assert [(t.kind, t.speaker) for t in posts] == [("question", None)] * 2
    assert set(speakers(article, "answer")) == {"Rosalind Quenby"}


READER = (
    "Leserchat: Ihre Fragen zum neuen Hallenbad\n\n"
    "Bademeisterin Wiebke Randolf hat im Chat geantwortet.\n\n"
    "18:00 Till Brauckmann (Redaktion): Willkommen! Frau Randolf, schön, dass Sie da sind.\n\n"
    "18:01 Wiebke Randolf: Danke, ich freue mich auf die Fragen.\n\n"
    "18:03 Ottilie aus Brenzfeld: Wann öffnet das Bad wieder? Wir schwimmen sonst im See.\n\n"
    "18:05 Wiebke Randolf: Im September, wenn die Fliesen liegen.\n\n"
    "18:07 Till Brauckmann (Redaktion): Was kostet der Eintritt dann?\n\n"
    "18:09 Wiebke Randolf: Drei Euro, wie bisher.\n\n"
    "18:20 Till Brauckmann (Redaktion): Danke, das war unser Chat.\n"
)


def test_a_chat_reader_by_given_name_and_place_asks_unnamed() -> None:
    post = next(t for t in parse(READER).turns if "See." in t.text)
    assert (post.kind, post.speaker) == ("question", None)


ANNOUNCED = (
    "Niederschrift über die 7. Sitzung des Sportausschusses am Montag, 4. Mai 2026\n\n"
    "Anwesend: Gerlinde Tammsen (Vorsitzende), Udo Plenske, Hiltrud Kossack\n\n"
    "TOP 2: Sanierung der Dreifachturnhalle am Lindenweg\n\n"
    "Herr Wendeborn erläutert, dass das Dach undicht sei.\n\n"
    "Frau Tammsen fragt, wann die Halle wieder benutzbar sei.\n\n"
    "Herr Wendeborn teilt mit, dass die Arbeiten im Juli begännen.\n\n"
    "Herr Plenske fragt, wie die Vereine informiert würden.\n\n"
    "Herr Wendeborn kündigt ein Treffen mit den Vereinen an, voraussichtlich im Juni.\n\n"
    "Frau Kossack fragt, ob der Schulsport ausweichen könne.\n\n"
    "Herr Wendeborn bestätigt, dass die Nachbarschule Zeiten angeboten habe.\n"
)


def test_a_minutes_announcement_is_the_officials_answer() -> None:
    article = parse(ANNOUNCED)
    told = next(t for t in article.turns if "kündigt" in t.text)
    assert told.kind == "answer" and (told.speaker or "").endswith("Wendeborn")


INSET = (
    "4.1 Work on the river barges\n\n"
    "Barge crews shrank by a third between 2015 and 2025. We reproduce one conversation.\n\n"
    "Interviewer: What changed first?\n\n"
    "Edwina Scallop: The radios. Then the locks went automatic.\n\n"
    "Interviewer: Do you miss the old locks?\n\n"
    "Edwina Scallop: I miss the keepers. You talked to someone twice a day.\n\n"
    "Scallop's story of quiet locks was told by most crews we met.\n"
)


def test_a_reports_possessive_after_the_last_answer_is_narration() -> None:
    closing = parse(INSET).turns[-1]
    assert closing.text.startswith("Scallop's story")
    assert closing.speaker is None


BROKEN = (
    "BULLETIN OF THE BOOKBINDERS' CIRCLE · NO. 12\n\n"
    '"Glue Is a Promise": A Talk with Wanda\n'
    "Grell\n\n"
    "Bertram Oakes\n\n"
    "Wanda Grell (b. 1950) bound books in Saltmere for forty years.\n\n"
    "Q. How did you begin?\n\n"
    "A. My aunt needed help with a ledger order.\n\n"
    "Q. And the hardest job?\n\n"
    "A. A hymnal with nine hundred pages.\n"
)


def test_a_guests_surname_broken_under_the_headline_is_the_headlines() -> None:
    assert parse(BROKEN).title == '"Glue Is a Promise": A Talk with Wanda Grell'


PRESENT = (
    "TOWN OF WESTERBROOK\n"
    "PARKS COMMITTEE\n"
    "MEETING MINUTES\n\n"
    "Members present: Councillor Hattie Prowse (Chair), Councillor Amos Dunkerly\n\n"
    "1. WELCOME. The chair opened the meeting at 6 p.m.\n\n"
    "2. STAFF REPORT AND QUESTIONS: NEW PLAYGROUND AT RIVERSIDE PARK\n\n"
    "Director Wetherall presented the plans.\n\n"
    "Chair Prowse asked when the work would start.\n\n"
    "Director Wetherall replied that it would start in April.\n"
)


def test_a_records_agenda_item_under_those_present_is_its_headline() -> None:
    assert parse(PRESENT).title == "STAFF REPORT AND QUESTIONS: NEW PLAYGROUND AT RIVERSIDE PARK"


RADIO = (
    "Heard on Coastal Evening Hour\n\n"
    "Why Lighthouses Still Need Keepers\n\n"
    "May 4, 20266:10 PM ET\n\n"
    "Listen · 4:02\n\n"
    "NELL ARKWRIGHT, HOST:\n\n"
    "Tamsin Verey keeps the light on Grey Point. Tamsin, why is a keeper still needed?\n\n"
    "VEREY: The lamp is automatic, the weather is not.\n\n"
    "ARKWRIGHT: And at night?\n\n"
    "VEREY: I check the lens twice.\n"
)

TAGLINE = (
    "Moss & Fern\n"
    "Letters on shady gardens, every other Friday\n\n"
    "Four questions for a woman who grows ferns on walls\n\n"
    "Greta Hollins has covered her town's walls with ferns.\n\n"
    "Ivo Pardoe\n"
    "Mar 3, 2026\n\n"
    "Which fern is the easiest?\n\n"
    "The hart's tongue, without a doubt.\n\n"
    "How often do you water?\n\n"
    "Never, the walls sweat.\n"
)


def test_a_radio_pages_programme_line_is_no_headline() -> None:
    assert parse(RADIO).title == "Why Lighthouses Still Need Keepers"


def test_a_newsletters_tagline_is_no_headline() -> None:
    assert parse(TAGLINE).title == "Four questions for a woman who grows ferns on walls"
