"""Round 68 (session 33, on batch76): a teaser's journalist who visited the interviewee's
place, readers of a live chat labelled by where they write from, a phone-in's caller
among role labels, a record's own account of a member by the title its labels use, a
newsletter's sign-off naming next week's topic, a programme's title after the record's
word, and a masthead's tagline under its name in capitals.

A teaser that says a journalist "visited his forge in PLACE to find out …" names the one
who asked, not the one who answers: the visitor came to talk. A live chat that labels its
readers by their town ("Reader from PLACE:", "Leserin aus ORT:") withholds their names:
each post is a question of nobody the text names, not the guest's answer going on. A
phone-in's "CALLER (NAME):" among "PRESENTER:"/"GUEST:" labels is a voice of its own, not
the presenter's turn going on. Minutes labelled by title and surname ("Stv. NAME:") that
report a member in the third person by such a title ("Stv. NAME2 beantragt …") are the
minute-taker's account, not the labelled speaker before going on. "Next week: TOPIC"
after the last answer is the writer's sign-off. A headline 'Transcript: "TITLE"' is the
programme's title after the record's word; a line in lower case under a name in capitals
is a masthead's tagline, no headline.
"""

from __future__ import annotations

from parsing_support import parse, speakers

WORKSHOP = (
    "FORGE & FURNACE QUARTERLY · Crafts · No. 88\n\n"
    "MAKER PROFILE\n\n"
    "Sparks, soot and a very old anvil\n\n"
    "Corwen Tillyard-Mott has made garden gates by hand for twenty years. Isobel Ranford "
    "visited his forge in Lower Aldwick to find out why iron still beats steel.\n\n"
    "Q: Why iron and not steel?\n\n"
    "A: I find wrought iron rusts slowly and forgives a hammer blow. Steel sulks.\n\n"
    "Q: Where do you find old iron?\n\n"
    "A: Scrapyards, mostly. I also buy the odd railway fence nobody wants.\n\n"
    "Q: Who buys your gates?\n\n"
    "A: Churches and people restoring cottages. I rarely meet anyone in a hurry.\n\n"
    "Q: Do you work alone?\n\n"
    "A: For the scrolls I call in a friend, Ambrose Quillfeather, who bends iron like wax. "
    "The rest I do myself, with the radio on.\n\n"
    "Q: What is the hardest part?\n\n"
    "A: Patience. I learnt that iron will not be rushed, and a cold piece cracks.\n\n"
    "Q: What comes next?\n\n"
    "A: A gate for a chapel in the hills. And I am teaching my niece the trade.\n"
)


def test_a_teasers_visitor_to_the_interviewees_place_answers_nothing() -> None:
    answers = speakers(parse(WORKSHOP), "answer")
    assert answers and "Isobel Ranford" not in answers


def test_a_teasers_visitor_to_the_interviewees_place_asks() -> None:
    assert set(speakers(parse(WORKSHOP), "question")) == {"Isobel Ranford"}


READERS = (
    "Ask the beekeeper: your hive questions answered\n\n"
    "Marguerite Solway has kept bees on her roof for a decade. She joined us to answer "
    "your questions.\n\n"
    "2:00 p.m.\nOwen Farthing, Garden editor: Welcome! Marguerite is here. Send your "
    "questions now.\n\n"
    "2:01 p.m.\nMarguerite Solway: Hello everyone, happy to help.\n\n"
    "2:04 p.m.\nReader from Eastholm: Why did my bees swarm in April?\n\n"
    "2:06 p.m.\nMarguerite Solway: The colony outgrew its box. Add a super earlier.\n\n"
    "2:09 p.m.\nReader from Pellbury: Can I keep a hive on a balcony?\n\n"
    "2:11 p.m.\nMarguerite Solway: Yes, if the entrance faces away from the door.\n\n"
    "2:15 p.m.\nOwen Farthing, Garden editor: Many of you ask about honey. When do you "
    "harvest?\n\n"
    "2:16 p.m.\nMarguerite Solway: Late summer, once the frames are capped.\n"
)


def test_a_reader_labelled_by_town_is_nobody_the_text_names() -> None:
    asked = [t for t in parse(READERS).turns if "balcony" in t.text]
    assert [(t.kind, t.speaker) for t in asked] == [("question", None)]


def test_a_reader_labelled_by_town_is_no_answer_going_on() -> None:
    answers = [t for t in parse(READERS).turns if t.speaker == "Marguerite Solway"]
    assert not any("swarm in April" in t.text for t in answers)


PHONE_IN = (
    "VALLEY SOUND RADIO\n\n"
    "The Orchard Hour\n\n"
    "Presented by Tegwen Marsh. Guest: Dr Alun Pryderi, pomologist.\n\n"
    "PRESENTER: Good morning. Apples are early this year. Why?\n\n"
    "GUEST: A warm spring. The blossom came three weeks ahead.\n\n"
    "PRESENTER: We have a listener on the line. Gareth, go ahead.\n\n"
    "CALLER (GARETH): Hello, Tegwen. I farm near the coast, and my old trees gave nothing "
    "this autumn. Should I give up on them?\n\n"
    "GUEST: Not yet. Prune them hard this winter and feed the roots.\n\n"
    "PRESENTER: Thank you both.\n"
)


def test_a_callers_line_among_role_labels_is_no_presenters_turn() -> None:
    called = next(t for t in parse(PHONE_IN).turns if "give up on them" in t.text)
    assert called.speaker != "Tegwen Marsh"
    assert not called.text.startswith("We have a listener")


RECORD = (
    "Kreistag Hollmark – Ausschuss für Umwelt\n\n"
    "Niederschrift über die 9. Sitzung\n\n"
    "Anwesend: Wiebke Tornquist (Vorsitzende), Hajo Lembeck, Svea Ohlendiek\n"
    "Gast: Bruno Kaltwasser, Revierförster\n\n"
    "Vorsitzende Tornquist: Herr Kaltwasser, wie geht es dem Kreisforst?\n\n"
    "Herr Kaltwasser: Schlecht. Die Fichten sterben, und wir pflanzen zu langsam nach.\n\n"
    "Stv. Lembeck: Was würde helfen?\n\n"
    "Herr Kaltwasser: Zwei Stellen mehr und eine eigene Baumschule.\n\n"
    "Stv. Ohlendiek beantragt, die Kosten einer Baumschule zu prüfen. Der Ausschuss stimmt "
    "zu.\n\n"
    "Vorsitzende Tornquist: Danke, Herr Kaltwasser.\n"
)


def test_a_records_account_of_a_member_is_not_the_answer_going_on() -> None:
    noted = next(t for t in parse(RECORD).turns if "Baumschule zu prüfen" in t.text)
    assert noted.speaker is None


TRANSCRIPT_TITLE = (
    "RIVERSIDE FM\n\n"
    'Transcript: "Ferns in the Shade"\n\n'
    "Presented by Idris Vaughan-Lee. Guest: Nerys Coldharbour, fern grower.\n\n"
    "PRESENTER: Why ferns?\n\n"
    "GUEST: They forgive neglect and love the rain.\n\n"
    "PRESENTER: Which one first?\n\n"
    "GUEST: A hart's-tongue, in a damp corner.\n"
)


def test_a_programmes_title_after_the_records_word_is_the_headline() -> None:
    assert parse(TRANSCRIPT_TITLE).title.strip('"') == "Ferns in the Shade"


NEWSLETTER = (
    "THE POTTING SHED\n"
    "notes from a north-facing plot on the edge of town\n\n"
    "Why the quinces failed: a chat with an orchard keeper\n\n"
    "Posted by Wilma Ashgrove on 4 May 2026\n\n"
    "Hello, diggers. This week I talked to Tobias Fennimore, who keeps an old orchard on "
    "the hill above the allotments. Our conversation, lightly trimmed.\n\n"
    "**How old are your trees?**\n\n"
    "The oldest quince was planted in 1920. I still prune it every February.\n\n"
    "**Why did the quinces fail last year?**\n\n"
    "A late frost in April. I lost nearly all the blossom in one night.\n\n"
    "Tobias sells his fruit at the Thursday market by the bridge. Next week: rhubarb, and "
    "why my own crowns keep rotting.\n\n"
    "Thanks for reading! Subscribe for free to get new posts.\n"
)


def test_a_newsletters_sign_off_naming_next_weeks_topic_is_no_answer() -> None:
    closing = next(t for t in parse(NEWSLETTER).turns if "Next week" in t.text)
    assert closing.speaker is None


def test_a_mastheads_tagline_under_its_name_in_capitals_is_no_headline() -> None:
    assert parse(NEWSLETTER).title == "Why the quinces failed: a chat with an orchard keeper"
