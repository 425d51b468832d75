"""Round 62 (session 29, on batch70): voice-overs, event notices, forum edits, experts by
role, rubrics that name a role, issue heads, broken headlines, scripts, record titles.

A reporter's narration under a bare role label that never asks ("REPORTER (VOICE-OVER):")
is the package's, nobody the transcript names, not the studio host's. An event's notice
after the interview ("Open day: Saturday 3 May, 10 a.m., …") is a box, though it invites
its readers. A forum post's header with the author's later note on its line ("u/handle ·
OP · Edit: …") is the thread's note, no answer. An answer labelled by its expert's role
("Antwort der Expertin:", "Die Expertin:") is the one expert the lead names. A heading that
puts its questions to a role ("Five minutes with the lock keeper") names whom the report
gave that role. A page's head or foot in capitals with the issue's number ("34 HOF + GARTEN
3/2026") is furniture, and the answer goes on after it. A headline a hard-wrapped copy
broke in two is one headline; a script's "Manuskript – …" line is none; a record's header
says its title in its "Title:" field.
"""

from __future__ import annotations

from parsing_support import parse, shape, speakers

TV = (
    "MORNING VALE – TRANSCRIPT\n\n"
    "Why did the weir fail?\n\n"
    "HELEN TARRANT-HOLM (PRESENTER): Good morning. The old weir at Ebbsmere gave way in "
    "the night. Our reporter went down to the river.\n\n"
    "REPORTER (VOICE-OVER): The water is brown and fast. Two boats broke their moorings, "
    "and the towpath is under a metre of river.\n\n"
    "TARRANT-HOLM: With me is the engineer Priya Ledgerwood-Baines. Why did it fail?\n\n"
    "PRIYA LEDGERWOOD-BAINES: The timber was a hundred years old.\n\n"
    "TARRANT-HOLM: Can it be mended?\n\n"
    "LEDGERWOOD-BAINES: Not this year, I am afraid.\n"
)


def test_a_role_that_only_narrates_a_voice_over_names_nobody() -> None:
    narration = next(t for t in parse(TV).turns if "brown and fast" in t.text)
    assert narration.speaker is None


CLUB = (
    "Forty years of the choir\n\n"
    "The Wyndle Singers turn forty this spring. Our editor met their conductor, Ottilie "
    "Brannagh-Fenn.\n\n"
    "**Jory Pendleton:** Ottilie, how did it start?\n\n"
    "**Ottilie Brannagh-Fenn:** Six of us in a kitchen, and one of us could read music.\n\n"
    "**Jory:** And now?\n\n"
    "**Ottilie:** Fifty-two voices and a waiting list for the tenors.\n\n"
    "Anniversary concert: Saturday 12 April, 7 pm, St Aldred's Hall. Bring your friends; "
    "tickets at the door.\n"
)


def test_an_event_notice_after_the_last_answer_is_a_box() -> None:
    notice = next(t for t in parse(CLUB).turns if t.text.startswith("Anniversary concert"))
    assert (notice.kind, notice.speaker) == ("sidebar", None)


FORUM = (
    "I repair church organs. Ask me anything!\n\n"
    "Hi, I'm Tamsin Quarrendon-Lyle and I have tuned organs for thirty years. AMA!\n\n"
    "u/pipe_dreamer · 88 points · 3h\n"
    "What is the hardest part?\n\n"
    "u/OrganTamsin · OP · 91 points · 3h\n"
    "Cold churches. The pipes go out of tune as the heating comes on.\n\n"
    "u/bellows_fan · 40 points · 2h\n"
    "How many organs are left in the county?\n\n"
    "u/OrganTamsin · OP · 52 points · 2h\n"
    "About sixty that still play, and a dozen that wheeze.\n\n"
    "u/OrganTamsin · OP · Edit: Off to bed now, thank you all for the questions!\n"
)


def test_a_forum_authors_edit_note_is_no_answer() -> None:
    turns = parse(FORUM).turns
    assert not any(t.speaker and "Off to bed" in t.text for t in turns)
    assert "Tamsin Quarrendon-Lyle" in speakers(parse(FORUM), "answer")


READERS = (
    "Leser fragen: Was tun gegen Wühlmäuse?\n\n"
    "Nach dem milden Winter schreiben uns viele Leser. Försterin Henrike Wallbaum-Ost hat "
    "die Fragen beantwortet.\n\n"
    "Karl M. aus Dornfeld fragt: Helfen Duftpflanzen gegen Wühlmäuse?\n\n"
    "Antwort der Expertin: Kaum. Die Tiere gewöhnen sich schnell an den Geruch.\n\n"
    "Ilse T. aus Brakenau fragt: Und ein Drahtkorb um die Wurzeln?\n\n"
    "Antwort der Expertin: Das ist der sicherste Schutz für junge Obstbäume.\n"
)


def test_an_answer_labelled_by_the_experts_role_is_the_expert_the_lead_names() -> None:
    assert speakers(parse(READERS), "answer") == ["Henrike Wallbaum-Ost"] * 2


FEATURE = (
    "Lock gates to close for repairs\n\n"
    "By Marnie Coldharbour\n\n"
    "The lock at Fennick Wharf will close for six weeks from Monday, the canal trust said.\n\n"
    '"The gates are older than anyone on the boats," said lock keeper Idris Vanstone-Pugh, '
    "who has worked the wharf for twelve years.\n\n"
    "Boat owners were told last week, and most have moved their boats upstream.\n\n"
    "Five minutes with the lock keeper\n\n"
    "— What will change for the boats?\n\n"
    "They wait upstream, and the trust runs a shuttle for the crews.\n\n"
    "— Will the new gates last?\n\n"
    "Oak and steel, so fifty years if we grease them.\n"
)


def test_a_heading_that_puts_questions_to_a_role_names_whom_the_report_gave_it() -> None:
    assert speakers(parse(FEATURE), "answer") == ["Idris Vanstone-Pugh"] * 2


PDF = (
    "WASSER + BODEN 2/2025 GESPRÄCH\n\n"
    "Wenn die Quellen\nversiegen\n\n"
    "Redaktion: Frau Osterkamp, wie steht es um die Quellen?\n\n"
    "Osterkamp: Schlecht. Von vierzig Quellen im Kreis führen nur noch zwölf\n"
    "das ganze Jahr Wasser. Das liegt an den trockenen Som-\n\n"
    "22 WASSER + BODEN 2/2025\n\n"
    "GESPRÄCH WASSER + BODEN 2/2025\n\n"
    "mern der letzten Jahre.\n\n"
    "Redaktion: Was hilft?\n\n"
    "Osterkamp: Wälder, die das Wasser halten.\n\n"
    "Die Fragen stellte Gerolf Lindqvist. Dr. Almut Osterkamp leitet das Wasserlabor in "
    "Felsbruck.\n"
)


def test_a_page_head_with_the_issue_is_furniture_and_the_answer_goes_on() -> None:
    resumed = next(t for t in parse(PDF).turns if t.text.startswith("mern der"))
    assert (resumed.kind, resumed.speaker) == ("answer", "Dr. Almut Osterkamp")


def test_a_headline_broken_over_two_lines_is_one_headline() -> None:
    assert parse(PDF).title == "Wenn die Quellen versiegen"


SCRIPT = (
    "RADIO LINDENAU – „Mittagsrunde“\n"
    "Sendung vom 4. März 2025, 12:05 Uhr\n"
    "Manuskript – Sperrfrist bis Sendebeginn\n\n"
    "Warum die Fähre am Wehr stillsteht\n\n"
    "MODERATORIN: Guten Tag. Bei mir ist Fährmann Lorenz Abendroth-Kühl. Herr "
    "Abendroth-Kühl, was ist los?\n\n"
    "ABENDROTH-KÜHL: Das Seil ist gerissen, und Ersatz kommt erst im April.\n"
)


def test_a_scripts_note_line_is_no_headline() -> None:
    article = parse(SCRIPT)
    assert article.title == "Warum die Fähre am Wehr stillsteht"
    assert ("answer", "Lorenz Abendroth-Kühl") in shape(article)


RECORD = (
    "FENNICK TOWN ARCHIVE – SPOKEN MEMORIES\n"
    "Reference: SM/2022/41\n"
    "Title: Agnes Tolliver-Marsh on the wharf in wartime\n"
    "Interviewee: Agnes Tolliver-Marsh (b. 1931)\n"
    "Interviewer: Colm Ardagh\n\n"
    "INT: What do you remember of the wharf?\n\n"
    "AGNES TOLLIVER-MARSH: The barges, and the smell of tar all summer.\n"
)


def test_a_records_title_field_is_its_title() -> None:
    assert parse(RECORD).title == "Agnes Tolliver-Marsh on the wharf in wartime"
