"""Round 59 (session 28, on batch67): court records, a live blog's Q&A, readings.

A court report quotes a cross-examination ("Q."/"A."): the counsel the report names as
examining asks, not the reporter of its byline, and "THE JUDGE:" is the bench, nobody's
answer. A live blog's entry that quotes an official by office ("NAME, chair of ..., told
the meeting: …") is no label's note that makes her ask, and the outlet's own reporter the
lead names ("Our reporter NAME") asks its Q&A. A reading played into an audio transcript
under a direction in capitals ("READING FROM THE DIARY OF …:") is nobody's answer.
A student-radio show labels its speakers by nicknames on lines of their own, introduced
once in words ("NAME, who everyone calls Ace", "who goes by Mo", "everyone calls me
Benny"): the labels stand for those people, the headline is the line above the first
label, and a headline in title case with a menu's word in it ("Sport") is no menu.
Where every paragraph of a labelled dialogue opens with its label, a paragraph after the
last answer that speaks of its speaker as "his"/"her" in the first person ("I took his
advice") is the writer's closing, not the answer going on. A reader-question column whose
lead says in English who answers ("Each month NAME, who …, answers your letters") names
its answerer, also where the lists lack the answerer's given name.
"""

from __future__ import annotations

from parsing_support import parse, speakers

COURT = (
    "Baker tells court the oven was sound\n\n"
    "By Hugo Fenwright, Courts Correspondent\n\n"
    "A dispute over a bakery oven reached its second day at Marlow Vale Crown Court.\n\n"
    "Tobias Quayle, who owns the bakery, denies the claim. Under cross-examination by "
    "Imelda Stroud, for the supplier, he was asked about the repairs.\n\n"
    "Q. Mr Quayle, who repaired the oven?\n\n"
    "A. My nephew did.\n\n"
    "Q. Is he qualified?\n\n"
    "A. He has done it for years.\n\n"
    "THE JUDGE: Mr Quayle, please answer the question.\n\n"
    "A. No, he is not qualified.\n\n"
    "Q. Did you tell the supplier?\n\n"
    "A. I did not think I had to.\n\n"
    "The hearing continues.\n"
)


def test_the_examining_counsel_asks_a_court_record() -> None:
    assert set(speakers(parse(COURT), "question")) == {"Imelda Stroud"}


def test_the_bench_interjects_without_a_name() -> None:
    turns = parse(COURT).turns
    judge = next(turn for turn in turns if turn.text.startswith("Mr Quayle, please"))
    assert judge.speaker is None
    after = next(turn for turn in turns if turn.text.startswith("No, he is not"))
    assert after.speaker == "Tobias Quayle"


LIVE = (
    "Live: Harbour board debates the new ferry timetable\n\n"
    "The harbour board meets tonight on the winter timetable. Our reporter Esme Tarrant "
    "is at the town hall.\n\n"
    "21:05 – The board has deferred its decision.\n\n"
    '20:40 – Rowena Blackley, chair of the harbour board, told the meeting: "We will '
    'listen to everyone before we decide."\n\n'
    "20:10 – Earlier I sat down with Jory Penberthy, who skippers the evening ferry.\n\n"
    "Q: Why does the late crossing matter?\n\n"
    "A: Because the night shift at the cannery depends on it.\n\n"
    "Q: What would you accept?\n\n"
    "A: One late crossing on weekdays would do.\n\n"
    "19:30 – The hall is filling up.\n"
)


def test_an_official_quoted_by_office_does_not_ask_a_live_blogs_q_and_a() -> None:
    article = parse(LIVE)
    assert set(speakers(article, "question")) == {"Esme Tarrant"}
    assert set(speakers(article, "answer")) == {"Jory Penberthy"}


GUIDE = (
    "Harbour Museum · Audio Guide\n\n"
    "The Rope Walk\n\n"
    "Stop 3 – The Rope Walk\n\n"
    "NARRATOR: This long room is where the town's ropes were made.\n\n"
    "NARRATOR: Wenna, who worked here?\n\n"
    "TREGEAR: Whole families. Children turned the wheels from the age of eight.\n\n"
    "READING FROM THE LEDGER OF THE ROPE WORKS, 1873: Paid to the boy Hicks, four pence "
    "for the week.\n\n"
    "NARRATOR: How long was the walk?\n\n"
    "TREGEAR: Three hundred yards, in all weathers.\n\n"
    "Narrated by Piran Hosken. With Wenna Tregear.\n"
)


def test_a_reading_under_a_direction_in_capitals_is_nobodys_answer() -> None:
    turns = parse(GUIDE).turns
    reading = next(turn for turn in turns if "four pence" in turn.text)
    assert reading.speaker is None
    assert reading.kind == "quote"


SHOW = (
    "UNI FM 101.2 · Touchline · Episode 3\n\n"
    "The Sport You Play Without A Ball\n\n"
    "BENNY\n\n"
    "Evening all, I'm Benedict Haywood, but everyone calls me Benny. With me tonight: "
    "Priya Lomax, the club captain, who everyone calls Ace, and Mohammed Tarrant, their "
    "coach, who goes by Mo.\n\n"
    "ACE\n\n"
    "Thanks for having us.\n\n"
    "BENNY\n\n"
    "Ace, what is it?\n\n"
    "ACE\n\n"
    "It is a bit like hockey, without the stick.\n\n"
    "BENNY\n\n"
    "Mo, how did the club start?\n\n"
    "MO\n\n"
    "With a poster and eleven people.\n\n"
    "BENNY\n\n"
    "Where do you train?\n\n"
    "MO\n\n"
    "Field four, Sundays at two.\n"
)


def test_nicknames_given_in_words_name_the_labels() -> None:
    article = parse(SHOW)
    assert set(speakers(article, "answer")) == {"Priya Lomax", "Mohammed Tarrant"}
    assert "Benedict Haywood" in speakers(article, "question")


def test_the_headline_stands_above_the_first_label_line() -> None:
    assert parse(SHOW).title == "The Sport You Play Without A Ball"


BLOG = (
    "I Finally Learnt What Korfball Is\n\n"
    "Posted on 4 May by Wren\n\n"
    "For years I walked past the hall on Tuesdays. This week I went in and asked Oskar "
    "Lindqvist, who coaches the club, to explain.\n\n"
    "Wren: So, what is korfball?\n\n"
    "Oskar: A team game with a basket on a tall post, played by mixed teams.\n\n"
    "Wren: Mixed how?\n\n"
    "Oskar: Two women and two men in each half of the court, always.\n\n"
    "Wren: Is it hard?\n\n"
    "Oskar: The shooting is. Everything else you learn in an evening.\n\n"
    "Wren: Why do you coach?\n\n"
    "Oskar: Because everybody plays, nobody sits on the bench.\n\n"
    "I took his advice and went back on Tuesday. I have bought new trainers.\n"
)


def test_a_paragraph_after_the_last_labelled_answer_is_the_writers() -> None:
    closing = parse(BLOG).turns[-1]
    assert closing.text.startswith("I took his advice")
    assert closing.speaker is None


def test_an_answer_going_on_after_the_last_label_stays_the_answerers() -> None:
    article = parse(BLOG.replace("I took his advice and went back", "We play on"))
    assert article.turns[-1].speaker == "Oskar Lindqvist"


COLUMN = (
    "GARDEN POST · YOUR QUESTIONS\n\n"
    "Your Questions: Why Won't My Quince Fruit?\n\n"
    "Each month orchard keeper Peregrine Ashcombe, who has grafted fruit trees in his nursery at "
    "Coldharbour for forty years, answers your letters. Column edited by Sarah Lindholm.\n\n"
    "My quince flowers every spring but never sets fruit. What am I doing wrong?\n"
    "Alan, Fernleigh\n\n"
    "Quinces fruit on the tips of this year's shoots, so a hard winter prune cuts the "
    "flowers off before they form. Prune lightly, and only to thin the crown.\n"
)


def test_a_columns_english_lead_names_who_answers_the_letters() -> None:
    assert speakers(parse(COLUMN), "answer") == ["Peregrine Ashcombe"]


def test_a_rubric_repeated_as_a_running_head_is_no_label_line() -> None:
    # A trade magazine's copy repeats its section line between the answers; alone, it is
    # no speaker's label, so the quoted headline under it stays the title.
    article = parse(
        "KLANG & KABEL\n\n"
        "„Wir stimmen jede Orgel zweimal“\n\n"
        "Ein Gespräch mit Harald Quent, Orgelbauer in Wendstedt.\n\n"
        "Frage: Wie oft stimmen Sie?\n\n"
        "Quent: Zweimal im Jahr.\n\n"
        "KLANG & KABEL\n\n"
        "Frage: Und im Winter?\n\n"
        "Quent: Dann öfter.\n\n"
        "KLANG & KABEL\n"
    )
    assert article.title == "„Wir stimmen jede Orgel zweimal“"
