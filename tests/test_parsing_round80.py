"""Round 79 (session 37, on batch87): a trade magazine whose interviewer and interviewee
both speak under their surnames, the interviewer's given in full by the byline and the
interviewee's followed, in a fact box, by the word that makes it a firm's name; and an
automatic transcript's numbered voices, which its show notes' legend names, under the
tool's caveat on how it told the voices apart; and a live page's first entry stamp.

"Marlow:" beside "Quist:", where the byline names "Ines Marlow", labels by surname: the
answerer's "Quist:" is a surname too, so a fact box's "Quist Tannery, founded …" gives it
no full name ("Quist Tannery" is the workshop, not a person). The label stays unnamed: a
gap, where the firm's name would be a falsehood.

"Speaker 1 = Ada, Speaker 2 = Tom" in show notes that name "Ada Byrne" and "Tom Roe" says
who each numbered voice is: each voice's turns are that person's. "Speaker labels are
assigned automatically and may be wrong" is the tool's furniture, not the article's. A
live page whose headline stands over an update line with its date keeps that headline:
the time stamp over its newest entry ("16:45") is no item's headline.
"""

from __future__ import annotations

from parsing_support import parse, shape, speakers, turn_with

from assistant.ingest.furniture import is_boilerplate

SADDLER_TALK = (
    "LEATHER & TACK MONTHLY · Workshops · No. 88\n\n"
    "The Last Saddler on the Moor Road\n\n"
    "Handmade saddles take months, and riders are queueing for them again. We talked "
    "to a saddler who cuts every panel herself about hides, trees and waiting lists.\n\n"
    "Ellery-Marsh: What is the wait for a saddle from you?\n\n"
    "Quist-Varley: About six weeks if nothing goes wrong. The tree has to fit the horse "
    "before I cut any leather, so the first fitting decides everything.\n\n"
    "Ellery-Marsh: And the hides?\n\n"
    "Quist-Varley: Those come from one tannery up north. Good butts are scarce, and "
    "prices have doubled since the spring.\n\n"
    "Ellery-Marsh: Will synthetic saddles take over?\n\n"
    "Quist-Varley: For riding schools, perhaps. Private owners still want leather "
    "that moulds to the horse over the years.\n\n"
    "At a glance\n"
    "Quist-Varley Tannery, Brackenford · Set up 2001 · Around 60 hides a month\n\n"
    "Interview by Ines Ellery-Marsh, Deputy Editor, Leather & Tack Monthly\n"
)


def test_a_surname_label_beside_a_bylined_surname_takes_no_firm_name_after_it() -> None:
    turn = turn_with(SADDLER_TALK, "About six weeks")
    assert (turn.kind, "Tannery" in (turn.speaker or "")) == ("answer", False)


def test_every_answer_under_the_surname_label_stays_clear_of_the_firm() -> None:
    answerers = speakers(parse(SADDLER_TALK), "answer")
    assert not any("Tannery" in (speaker or "") for speaker in answerers)


BEEKEEPING_EXPORT = (
    "beekeeping_ep31_final.wav\n"
    "Machine transcript, unchecked\n\n"
    "Notes: The Hive Hour, a show about keeping bees in town. Hosted by Rosalind Trevithick-Lowe. "
    "With us: Bartholomew Achterberg-Quayle, who keeps forty colonies on office roofs. "
    "Speaker 1 = Rosalind, Speaker 2 = Bartholomew.\n\n"
    "Speaker 1  00:00:04\n"
    "Welcome back. Today we are up on a roof, and the bees are very busy.\n\n"
    "Speaker 2  00:00:12\n"
    "They are. It is the lime trees flowering down in the square.\n\n"
    "Speaker 1  00:00:20\n"
    "Do the neighbours ever complain about the hives?\n\n"
    "Speaker 2  00:00:26\n"
    "Hardly ever. Most of them only notice when I bring round the honey jars.\n"
)


def test_a_legend_of_numbered_voices_names_host_and_guest_in_full() -> None:
    turns = shape(parse(BEEKEEPING_EXPORT))
    assert ("answer", "Bartholomew Achterberg-Quayle") in turns
    assert ("question", "Rosalind Trevithick-Lowe") in turns


def test_a_tools_caveat_on_its_speaker_labels_is_furniture() -> None:
    assert is_boilerplate("Speaker labels are set by the app and may hold mistakes.")
    assert is_boilerplate("Die Sprechererkennung lief automatisch und ist ohne Gewähr.")


FERRY_HEADLINE = "Ferry strike ends early – port manager takes readers' questions"
FERRY_LIVE = (
    "Coastline Herald › Local › Live\n\n"
    "LIVE\n\n"
    f"{FERRY_HEADLINE}\n\n"
    "Posted by Linnea Okafor-Brandt · Updated 16:45 BST, 9 March 2026\n\n"
    "Summary: Crews accepted the new rota on Monday morning · Sailings resume tonight · "
    "Refunds for cancelled crossings open until the end of the month · Queues expected "
    "at the terminal car park through Wednesday\n\n"
    "16:45\n"
    "We are closing this page now. Many thanks to everyone who wrote in with questions "
    "about timetables and refunds today.\n\n"
    "15:10\n"
    "Port manager Dagny Holmqvist-Reyes has agreed to answer a few of your questions.\n"
)


def test_a_live_pages_entry_stamp_is_no_headline() -> None:
    assert parse(FERRY_LIVE).title == FERRY_HEADLINE
