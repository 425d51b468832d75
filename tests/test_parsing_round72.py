"""Round 71 (session 34, on batch79): a minute's objection before a question, a podcast
export's numbered voices over their words, a questionnaire's prompts set apart, a bare
byline over a date line with the page's furniture, a school board's offices in its minutes,
a release's "Q&A: NAME on …" section, a programme's slot line and a board's path that ends
in the thread's title.

"Stadträtin NAME moniert, dass … Sie fragt, ob …" is that member's question, not the
speaker before going on. "[00:00:03] Speaker 1" over the words in one paragraph is the
voice of those words, and a host whose given name is on no list is still named where the
guest calls them by it. A questionnaire's prompt over the answer that runs on from it is
the page's question, and the answers are the interviewee's. "NAME" over "May 4, 2026 · 6
min read" is a byline. "Trustee NAME asked …" and "Superintendent NAME replied …" are the
record's turns. "Q&A: NAME on …" says who answers the section's questions. "Item 3, 18:05"
is a rundown's slot, and "Board › Section › TITLE" over TITLE is the board's path: neither
is the headline.
"""

from __future__ import annotations

from parsing_support import parse, speakers

OBJECTION = (
    "Protokoll der Sitzung des Kulturausschusses am 5. Mai 2026\n\n"
    "Teilnehmende: Renate Oltmanns-Kirch (Vorsitz), Jobst Harmening, Wiltrud Esdar; Gast: "
    "Museumsleiter Detlev Quarzbach\n\n"
    "Herr Quarzbach berichtet, dass das Museum im Sommer drei Wochen schließe.\n\n"
    "Stadtrat Harmening fragt, ob die Schulklassen dann woanders hin könnten.\n\n"
    "Herr Quarzbach antwortet, dass die Stadtbücherei Räume angeboten habe.\n\n"
    "Frau Oltmanns-Kirch ergänzt, dass die Räume kostenlos seien.\n\n"
    "Stadträtin Esdar moniert, dass die Schließung spät angekündigt worden sei. "
    "Sie fragt, ob man die Arbeiten nicht in den Herbst legen könne.\n\n"
    "Herr Quarzbach entgegnet, der Herbst sei schon mit der Ausstellung belegt.\n"
)


def test_a_members_objection_before_asking_is_their_question() -> None:
    asked = next(t for t in parse(OBJECTION).turns if "moniert" in t.text)
    assert (asked.kind, asked.speaker) == ("question", "Wiltrud Esdar")


EXPORT = (
    "Flusspost – der Paddelpodcast\n"
    "Folge 12: Kanu im Nebel\n\n"
    "[00:00:03] Speaker 1\n"
    "Hallo und willkommen, ich bin Tjorven Aßmuth, und neben mir sitzt Heidrun Wollenberg, "
    "die seit zwanzig Jahren Kanus baut.\n\n"
    "[00:00:12] Speaker 2\n"
    "Hallo, Tjorven. Schön, hier zu sein.\n\n"
    "[00:00:16] Speaker 1\n"
    "Wie lange dauert ein Kanu?\n\n"
    "[00:00:20] Speaker 2\n"
    "Drei Monate, wenn das Holz trocken ist.\n"
)


def test_numbered_voices_over_their_words_are_the_host_and_the_guest() -> None:
    article = parse(EXPORT)
    assert speakers(article, "answer") == ["Heidrun Wollenberg"] * 2
    assert set(speakers(article, "question")) == {"Tjorven Aßmuth"}


QUESTIONNAIRE = (
    "DIE SATZPROBE\n\n"
    "„Ich mag Räder mit Geschichte“\n\n"
    "Gunhild Pernstorfer repariert seit zwanzig Jahren alte Fahrräder.\n\n"
    "Aufgezeichnet von Lorenz Habicht\n\n"
    "Mit zehn Jahren …\n\n"
    "… bekam ich mein erstes Rennrad.\n\n"
    "Ich werde wütend, wenn …\n\n"
    "… jemand eine Kette mit Speiseöl schmiert.\n\n"
    "Mein liebstes Werkzeug:\n\n"
    "Der Speichenschlüssel meines Großvaters.\n\n"
    "Am Sonntag …\n\n"
    "… fahre ich mit dem ältesten Rad zum Bäcker.\n\n"
    "Ohne Werkstatt wäre ich …\n\n"
    "… sehr viel ordentlicher, aber langweiliger.\n"
)


def test_a_questionnaires_prompts_apart_ask_and_the_interviewee_answers() -> None:
    article = parse(QUESTIONNAIRE)
    assert len(speakers(article, "question")) == 5
    assert speakers(article, "answer") == ["Gunhild Pernstorfer"] * 5


BYLINE = (
    "SMALL BUSINESS | Friday Questions\n\n"
    "The cobbler who will not sell online\n\n"
    "Harriet Oakhanger has resoled boots in the same arcade since 1998.\n\n"
    "Stellan Brightwater\n\n"
    "May 4, 2026 · Listen · Share\n\n"
    "Why no web shop?\n\n"
    "Because a boot has to be tried on. I want to see the heel.\n\n"
    "What would make you change your mind?\n\n"
    "Nothing yet. Ask me again in ten years.\n"
)


def test_a_bare_byline_over_a_date_line_with_furniture_makes_an_interview() -> None:
    assert speakers(parse(BYLINE), "answer") == ["Harriet Oakhanger"] * 2


BOARD = (
    "Elmbrook School District\n\nBoard of Trustees, record of proceedings, March 9, 2026\n\n"
    "In attendance: President Ottoline Grayburn; Trustee Benedikt Rookwood; Superintendent "
    "Dr. Marisol Fenwright.\n\n"
    "Agenda 4: Library hours\n\n"
    "Trustee Rookwood asked whether the library could open on Saturdays.\n\n"
    "Superintendent Fenwright replied that staffing would allow it from the autumn.\n\n"
    "President Grayburn asked what it would cost.\n\n"
    "Superintendent Fenwright stated that the cost would be about $9,000 a year.\n"
)


def test_a_school_boards_minutes_give_the_trustees_and_the_superintendents_turns() -> None:
    article = parse(BOARD)
    answered = speakers(article, "answer")
    assert [name.removeprefix("Dr. ") for name in answered if name] == ["Marisol Fenwright"] * 2
    asked = speakers(article, "question")
    assert [name.split()[-1] for name in asked if name] == ["Rookwood", "Grayburn"]


RELEASE = (
    "Harbour museum opens its boat shed to visitors\n\n"
    "PELLWICK, 3 March 2026 – The harbour museum will open its restoration shed on "
    'Saturdays from April. "We want people to smell the tar," said Eluned Marrowby-Price, '
    "its curator.\n\n"
    "Q&A: Eluned Marrowby-Price on what visitors will see\n\n"
    "Q: What is in the shed now?\n\n"
    "A: A pilot cutter from 1904, half planked.\n\n"
    "Q: Can visitors help?\n\n"
    "A: Yes, on the last Saturday of each month.\n"
)


def test_a_releases_q_and_a_section_names_who_answers() -> None:
    assert speakers(parse(RELEASE), "answer") == ["Eluned Marrowby-Price"] * 2


SLOT = (
    "VALLEY MORNING – WEEKDAYS\n"
    "Item 3, 08:15\n\n"
    "Beekeeper hands out swarms to new keepers\n\n"
    "PRESENTER: Good morning. Spring means swarms.\n"
)


def test_a_rundowns_slot_line_is_no_headline() -> None:
    assert parse(SLOT).title == "Beekeeper hands out swarms to new keepers"


THREAD = (
    "Board › Garden › Ponds › Newt keeper of thirty years here, your questions please\n\n"
    "Newt keeper of thirty years here, your questions please\n\n"
    "newt_warden · 2 March 2026, 18:02\n"
    "Hello all, I'm happy to answer questions about newts tonight.\n\n"
    "pondlife_tam · 2 March 2026, 18:10\n"
    "Do newts need a ramp out of the pond?\n"
)


def test_a_boards_path_ending_in_the_threads_title_is_not_the_headline() -> None:
    assert parse(THREAD).title == "Newt keeper of thirty years here, your questions please"
