"""Round 66 (session 32, on batch74): a hearing's members and officers, a thread's
readers, a messenger's export, a report's deck, and headlines under a minute's dateline, a
series' line, a forum's community, a classification banner and over a hearing's house.

A hearing's record labels an officer by rank and surname ("Admiral SURNAME."): the rank is
an office, so the label is the one person the caption names with that surname; a member who
speaks once under the record's "Mr. SURNAME." form is a label like the members who speak
often. A thread whose starter's headers carry "· OP ·" between dots marks the other posts
as readers' questions, and a reader's post right after another's, under a header of its
own, asks too. A messenger's export heads each message with "NAME, [date time]" on a line
of its own: a label, the messages under it the words. A headline that announces a
conversation over a deck "NAME on …" names whom the questions are put to. Minutes whose
dateline gives the sitting's kind in a few words ("die öffentliche Sitzung des Rates am
Montag, …") and a German agenda item ("TOP 2: …") give the headline; a line naming a
series after a dash, a forum's "r/community", a classification banner and a house's name
in capitals over a headline in capitals are no headlines.
"""

from __future__ import annotations

from parsing_support import parse, speakers

HEARING = (
    "HOME HEATING AID AND WINTER FUEL ON THE ISLANDS\n\n"
    "HEARING\nBEFORE THE\nCOMMITTEE ON PORTS\nSTATE ASSEMBLY OF WEST MARROW\n\n"
    "Present: Representatives Ottilie Wanamaker (chair), Corwin Ashdale, Piers Lindqvist.\n"
    "Witness: Vice Admiral Rosalind Trevanion, Commander, Lakes District.\n\n"
    "Ms. WANAMAKER. The committee will come to order. Admiral, you may begin.\n\n"
    "Admiral TREVANION. Thank you, Madam Chair. Our pilots worked through every storm.\n\n"
    "Ms. WANAMAKER. How many pilots do you have?\n\n"
    "Admiral TREVANION. Thirty-one, and four more in training.\n\n"
    "Mr. ASHDALE. Admiral, why were the ice reports late in March?\n\n"
    "Admiral TREVANION. A satellite link failed for two days.\n\n"
    "Mr. ASHDALE. Has it been fixed?\n\n"
    "Admiral TREVANION. Yes, and we added a second link.\n\n"
    "Mr. LINDQVIST. Admiral, what would a third icebreaker cost?\n\n"
    "Admiral TREVANION. About nine million a year with crew.\n\n"
    "Ms. WANAMAKER. The committee stands adjourned.\n"
)


def test_an_officers_rank_label_is_the_captions_full_name() -> None:
    assert set(speakers(parse(HEARING), "answer")) - {"Ottilie Wanamaker"} == {"Rosalind Trevanion"}


def test_a_member_heard_once_in_the_records_form_is_that_member() -> None:
    turns = parse(HEARING).turns
    asked = next(t for t in turns if "third icebreaker" in t.text)
    assert asked.speaker == "Piers Lindqvist"


def test_a_headline_in_capitals_is_not_a_menu() -> None:
    assert parse(HEARING).title == "HOME HEATING AID AND WINTER FUEL ON THE ISLANDS"


THREAD = (
    "r/AskABeekeeper\n\n"
    "I keep forty hives on a hill farm. Ask me anything about bees and honey.\n\n"
    "Hello all, I'm Ewart Pennywhistle, I have kept bees for thirty years.\n\n"
    "u/clover_fan · 88 points\n"
    "Do bees sleep at night?\n\n"
    "u/HillHives · OP · 70 points\n"
    "They do, in short naps, mostly in the middle of the hive.\n\n"
    "u/wax_moth · 41 points\n"
    "Ha, the tiniest nap schedule ever.\n\n"
    "u/wax_moth · 39 points\n"
    "Serious one: why does some honey set hard in the jar?\n\n"
    "u/HillHives · OP · 35 points\n"
    "It depends on the flowers. Rapeseed honey sets within weeks.\n\n"
    "u/pollen_count · 20 points\n"
    "What should a beginner buy first?\n\n"
    "u/HillHives · OP · 18 points\n"
    "A good veil. Everything else can wait.\n"
)


def test_readers_posts_under_a_thread_with_dotted_op_marks_are_no_answers() -> None:
    turns = parse(THREAD).turns
    posts = [t for t in turns if "nap schedule" in t.text or "set hard in the jar" in t.text]
    assert [(t.kind, t.speaker) for t in posts] == [("question", None)] * 2


def test_a_forums_community_is_no_headline() -> None:
    assert parse(THREAD).title == (
        "I keep forty hives on a hill farm. Ask me anything about bees and honey."
    )


CHAT_EXPORT = (
    "Chat history · Messenger\n"
    "Ansgar Vellacott\n"
    "Saved 05.05.2026 08:00\n\n"
    "Hana Kowalczyk, [04.05.26 09:12]\n"
    "Hi Ansgar, thanks for doing this by chat. So, how did you start?\n\n"
    "Ansgar Vellacott, [04.05.26 10:40]\n"
    "My grandfather kept a forge. I took it over at twenty.\n\n"
    "Hana Kowalczyk, [04.05.26 10:42]\n"
    "What do you make most?\n\n"
    "Ansgar Vellacott, [04.05.26 11:05]\n"
    "Gates and railings, and a few knives for friends.\n\n"
    "Hana Kowalczyk, [04.05.26 11:06]\n"
    "Is it a living?\n\n"
    "Ansgar Vellacott, [04.05.26 12:30]\n"
    "Just about, if I do the school courses too.\n"
)


def test_a_messenger_exports_header_names_whose_message_it_is() -> None:
    assert speakers(parse(CHAT_EXPORT), "answer") == ["Ansgar Vellacott"] * 3


ANNUAL_REPORT = (
    "A conversation with our Chair\n\n"
    "Philippa Oyelaran-Marsh on a hard winter for the ferries and why the fleet is "
    "getting smaller.\n\n"
    "How did the winter go?\n\n"
    "Worse than any since the fleet was built. We lost eleven sailing days in January.\n\n"
    "Why sell two ships?\n\n"
    "Because the new ones carry twice as many cars and burn half the fuel.\n"
)


def test_a_deck_under_a_conversations_headline_names_who_answers() -> None:
    assert speakers(parse(ANNUAL_REPORT), "answer") == ["Philippa Oyelaran-Marsh"] * 2


MINUTES = (
    "Gemeinde Lindwerder\n\n"
    "Niederschrift über die öffentliche Sitzung des Ortsrates am Montag, 4. Mai 2026\n\n"
    "Anwesend: Ortsvorsteherin Gundula Pfannkuche (Vorsitz), acht Ratsmitglieder\n\n"
    "TOP 2: Neubau der Fußgängerbrücke am Mühlbach\n\n"
    "Die Vorsitzende begrüßt die Gäste.\n"
)


def test_a_minutes_item_under_a_long_dateline_is_the_headline() -> None:
    assert parse(MINUTES).title == "Neubau der Fußgängerbrücke am Mühlbach"


WEBINAR = (
    "Society of Rural Vets – Spring Webinar Series\n"
    "Lameness in Sheep: What Works\n"
    "Recorded 3 March 2026\n\n"
    "[Tamsin Holloway] 18:00:05\n"
    "Good evening. Our speaker is Dr. Idris Penhallow-Grant.\n\n"
    "[Tamsin Holloway] 18:01:10\n"
    "Idris, what is the first thing to check?\n\n"
    "[Dr. Idris Penhallow-Grant] 18:01:20\n"
    "The feet, every one of them, before anything else.\n"
)


def test_a_series_line_over_the_episode_is_no_headline() -> None:
    assert parse(WEBINAR).title == "Lameness in Sheep: What Works"


INTRANET = (
    "Classification: INTERNAL – not for distribution\n\n"
    "Meet the crew who keep the night shift running\n\n"
    "We asked shift lead Oona Faircloth about her work.\n\n"
    "Editor: Oona, what does a night look like?\n\n"
    "Oona: Quiet, mostly, until a pump trips.\n"
)


def test_a_classification_banner_is_no_headline() -> None:
    assert parse(INTRANET).title == "Meet the crew who keep the night shift running"
