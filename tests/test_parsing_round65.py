"""Round 64 (session 31, on batch72): readers who ask in a mail, a live chat or a thread,
photographers' credits, possessive given names, inset interviews, single questions by role,
minutes' officers, and headlines under status lines, record words, rundown numbers,
datelines, class-year rubrics and standing agenda items.

A reader's question relayed by mail ("NAME schreibt per Mail:" on a line over it) asks,
whether or not it ends on a question mark, and is no answer going on. A live chat's readers
post under the chat's clock time and their handle ("14:05 HANDLE:"), as the host and the
guest do: their posts are theirs, not the host's. In an ask-me-anything thread, a post
under a header without the starter's "OP" mark is a user's question. A caption that credits
its photographer "(NAME for OUTLET)" is furniture. A writer's note that calls the guest by
the given name in the possessive ("NAME's columns") says the lead's full name is theirs; a
report's inset questions that address "Herr SURNAME" are put to the one person the report
names twice with that surname; a heading that puts one question to a role ("One question
for the lock keeper") is put to the one person the report gives that role. Minutes' "The
Director replied …" is the officer whom the attendance list names "(Director of …)", and a
councillor who "further asked" asks. A live chat's status line, a record word with a note
in brackets, a rundown's topic number, a newswire's dateline with its time zone, a class
year over a headline broken at a comma, and a minute's standing item are no headlines.
"""

from __future__ import annotations

from parsing_support import parse, speakers

READER_MAIL = (
    "Leser fragen: Was wird aus dem Hallenbad?\n\n"
    "Wir haben Ihre Fragen an den Bäderchef Konrad Westerholt weitergegeben.\n\n"
    "Marlene K. aus Ostheim fragt:\n"
    "Wann öffnet das Bad wieder? Wir schwimmen jeden Morgen.\n\n"
    "Konrad Westerholt:\n"
    "Im Oktober, wenn die Lüftung eingebaut ist.\n\n"
    "Bernd S. schreibt per Mail:\n"
    "Warum dauert das so lange? Die Sauna ging doch schneller.\n\n"
    "Konrad Westerholt:\n"
    "Die Sauna hatte keine alten Leitungen. Das Becken schon.\n"
)


def test_a_readers_question_relayed_by_mail_asks_and_is_nobodys_answer() -> None:
    turns = parse(READER_MAIL).turns
    asked = [t for t in turns if "Die Sauna ging doch schneller" in t.text]
    assert [(t.kind, t.speaker) for t in asked] == [("question", None)]
    assert all("schreibt per Mail" not in t.text for t in turns if t.speaker)
    assert speakers(parse(READER_MAIL), "answer") == ["Konrad Westerholt"] * 2


LIVE_CHAT = (
    "Chat mit der Glockengießerin\n\n"
    "Am Dienstag hat Irmgard Feldhusen eine Stunde lang Ihre Fragen beantwortet. "
    "Moderation: Jonas Brakel.\n\n"
    "16:00 Jonas Brakel (Moderation):\n"
    "Willkommen! Frau Feldhusen, wie wird man Glockengießerin?\n\n"
    "16:02 Irmgard Feldhusen:\n"
    "Durch meinen Großvater. Er hatte die Gießerei, ich bin hineingewachsen.\n\n"
    "16:06 Kirchturmkater:\n"
    "Wie lange hält eine Glocke? Unsere ist von 1850.\n\n"
    "16:08 Irmgard Feldhusen:\n"
    "Bei guter Pflege mehrere Jahrhunderte. Lassen Sie den Klöppel prüfen.\n\n"
    "16:20 Jonas Brakel (Moderation):\n"
    "Was kostet eine neue Glocke?\n\n"
    "16:22 Irmgard Feldhusen:\n"
    "Je nach Gewicht ab etwa zwanzigtausend Euro.\n\n"
    "16:31 Gerda_vom_Berg:\n"
    "Kann man beim Guss zusehen?\n\n"
    "16:33 Irmgard Feldhusen:\n"
    "Ja, zweimal im Jahr öffnen wir die Halle für Besucher.\n\n"
    "16:50 Jonas Brakel (Moderation):\n"
    "Eine letzte Frage: Welche Glocke mögen Sie am liebsten?\n\n"
    "16:52 Irmgard Feldhusen:\n"
    "Die kleinste, die wir je gegossen haben. Sie hängt in einer Kapelle am Deich.\n"
)


def test_a_live_chats_readers_posts_are_not_the_hosts() -> None:
    turns = parse(LIVE_CHAT).turns
    # A post that asks before it says why is nobody's named turn, though not yet a question.
    readers = [t for t in turns if "Unsere ist von 1850" in t.text or "beim Guss" in t.text]
    assert [t.speaker for t in readers] == [None, None]
    assert readers[1].kind == "question"
    assert speakers(parse(LIVE_CHAT), "question").count("Jonas Brakel") == 3


THREAD = (
    "r/AskAnything  •  Posted by u/kiln_keeper  •  5h\n\n"
    "I have fired a wood kiln for 25 years. AMA!\n\n"
    "Hi all, I'm Ludmila Varga-Pryce and I run a wood-fired pottery in the hills. Ask me "
    "anything!\n\n"
    "u/glaze_nerd  •  620 points\n"
    "How long does one firing take?\n\n"
    "u/kiln_keeper  OP  •  540 points\n"
    "Four days of stoking, then a week of cooling before we open the door.\n\n"
    "u/ash_and_ember  •  410 points\n"
    "What wood do you burn?\n\n"
    "u/kiln_keeper  OP  •  380 points\n"
    "Mostly pine offcuts from the sawmill down the road.\n\n"
    "u/glaze_nerd  •  150 points\n"
    "Follow-up: day or night shifts? My partner says nights are the worst.\n\n"
    "u/kiln_keeper  OP  •  140 points\n"
    "Nights, always. The kiln climbs fastest when everyone is asleep.\n"
)


def test_a_thread_users_follow_up_is_a_question_not_the_starters_answer() -> None:
    turns = parse(THREAD).turns
    follow_up = [t for t in turns if "day or night shifts" in t.text]
    assert [(t.kind, t.speaker) for t in follow_up] == [("question", None)]


EDITED_QA = (
    "The ferry captain who still steers by the stars\n\n"
    "Dr. Morwenna Treharne-Okoye has crossed the sound twice a day for nineteen years. Now "
    "she is training the last crew before the bridge opens.\n\n"
    "By Callum Ashdown\n\n"
    "Dr. Morwenna Treharne-Okoye on the bridge of the ferry. (Idris Pengelly for The "
    "Coastal Gazette)\n\n"
    "This interview has been edited for length and clarity.\n\n"
    "**What does a crossing look like on a bad day?**\n\n"
    "I watch the swell more than the radar. The radar tells me where the rocks are.\n\n"
    "**And on a good day?**\n\n"
    "I drink my tea while it is still hot.\n\n"
    "**Will you miss it?**\n\n"
    "I will miss the dolphins more than the passengers.\n"
)


def test_a_photographers_credit_in_a_caption_does_not_hide_the_leads_subject() -> None:
    article = parse(EDITED_QA)
    assert speakers(article, "answer") == ["Dr. Morwenna Treharne-Okoye"] * 3
    assert all("Idris Pengelly" not in t.text for t in article.turns)


NEWSLETTER = (
    "View this post on the web at harbourletters.example/p/the-net-mender\n\n"
    "Harbour Letters\n\n"
    "Mending nets in a town that forgot its boats\n\n"
    "Osric Pendleford has mended fishing nets on the quay for fifty years. I asked him why "
    "he never stopped.\n\n"
    "Hello friends. This week is a conversation. For years I've watched Osric's hands on "
    "the quay on my way to work. When he agreed to talk, I brought the coffee.\n\n"
    "*How did you start?*\n\n"
    "My uncle needed someone small enough to crawl under the boats. I was nine.\n\n"
    "*What is the hardest knot?*\n\n"
    "The first one of a cold morning. After that they all come easy.\n\n"
    "*Who will mend them after you?*\n\n"
    "I have two apprentices, and I think one of them will stay.\n"
)


def test_a_newsletters_web_link_is_no_headline_and_its_note_names_the_guest() -> None:
    article = parse(NEWSLETTER)
    assert article.title == "Mending nets in a town that forgot its boats"
    assert speakers(article, "answer") == ["Osric Pendleford"] * 3


REPORTAGE = (
    "Ein Nachmittag in der Sternwarte\n\n"
    "Seit 30 Jahren führt Gunfried Halbwachs Besucher durch die kleine Sternwarte am "
    "Waldrand. Ein Besuch – und ein Gespräch über Kometen und Kinder.\n\n"
    "Von Merle Ostendorp\n\n"
    "Um acht Uhr abends ist die Kuppel schon offen. Zwölf Kinder drängen sich um das "
    "Fernrohr.\n\n"
    "„Der Saturn zieht immer“, sagt Gunfried Halbwachs. „Die Ringe glaubt mir keiner, bis "
    "er sie selbst sieht.“\n\n"
    "Nachgefragt\n\n"
    "_Herr Halbwachs, schauen Kinder heute noch in den Himmel?_\n\n"
    "Mehr als früher. Die Bilder aus dem Internet machen neugierig.\n\n"
    "_Und was sehen Sie am liebsten?_\n\n"
    "Den Mond, wenn er halb ist. Dann werfen die Krater Schatten.\n"
)


def test_an_inset_interview_is_put_to_the_surname_its_first_question_addresses() -> None:
    assert speakers(parse(REPORTAGE), "answer") == ["Gunfried Halbwachs"] * 2


SINGLE_EXCHANGE = (
    "Canal towpath to close for repairs over winter\n\n"
    "By Nadia Farrelly\n\n"
    "The towpath between the two locks will close from November, the canal trust said on "
    "Monday, after a section of the bank slipped into the water in September.\n\n"
    '"We lost two metres of bank in one night," said lock keeper Elspeth Moorcroft. "The '
    'path was simply hanging in the air."\n\n'
    "Walkers will be diverted along the road for about four months.\n\n"
    "One question for the lock keeper\n\n"
    "Why not keep half of the path open while you work?\n\n"
    "Because the machines need the whole width. A digger on a narrow bank is the last "
    "thing anyone wants to see slide into a canal.\n\n"
    "The trust will publish the diversion map next week.\n"
)


def test_a_single_question_put_by_role_is_answered_by_the_one_the_report_gives_it() -> None:
    assert speakers(parse(SINGLE_EXCHANGE), "answer") == ["Elspeth Moorcroft"]


MINUTES = (
    "HARROWBY TOWN COUNCIL\n\n"
    "Minutes of the meeting held on Tuesday 3 March 2026 at 7 pm in the Council Chamber\n\n"
    "Present: Councillor Orrin Blackwood (Chair), Councillors Helen Marsh and Peter Quayle\n"
    "Officers: Susan Greaves (Director of Parks)\n\n"
    "12. MINUTES OF THE PREVIOUS MEETING\n\n"
    "RESOLVED – That the minutes be signed by the Chair.\n\n"
    "13. NEW PLAYGROUND IN THE EAST PARK\n\n"
    "Councillor Marsh asked when the playground would open.\n\n"
    "The Director replied that the equipment would be installed in May.\n\n"
    "Councillor Marsh further asked whether the old swings would be kept.\n\n"
    "The Director said that two of them would be restored.\n\n"
    "The Chair asked who would inspect the equipment.\n\n"
    "The Director confirmed that the council's own inspector would do so every month.\n"
)


def test_minutes_officers_and_chair_are_named_by_the_attendance_list() -> None:
    article = parse(MINUTES)
    assert article.title.casefold() == "new playground in the east park"
    assert speakers(article, "answer") == ["Susan Greaves"] * 3
    assert speakers(article, "question") == ["Helen Marsh", "Helen Marsh", "Orrin Blackwood"]


TRANSCRIPT = (
    "Radio Kreisel – „Mittagsgast“\n"
    "Sendung vom 12.05.2026, 12:10 Uhr\n"
    "Transkript (redaktionell bearbeitet)\n\n"
    "Warum der Wochenmarkt wieder wächst\n\n"
    "ANNA VOGT, MODERATORIN: Zu Gast ist heute Karl Brenner, Sprecher der Markthändler. "
    "Hallo, Herr Brenner!\n\n"
    "BRENNER: Hallo, danke für die Einladung.\n\n"
    "VOGT: Was hat sich geändert?\n\n"
    "BRENNER: Die Jungen kaufen wieder frisch. Das sehen wir jeden Samstag.\n"
)
RUNDOWN = (
    "Kreis TV | Kreis am Abend | 19:00 Uhr\n\n"
    "Thema 2: Wer rettet die Dorfmühle?\n\n"
    "ANMODERATION: Seit 200 Jahren mahlt die Mühle in Ostdorf. Jetzt fehlt das Geld.\n"
)
STATUS_LINE = (
    "LIVE-CHAT – beendet\n\n"
    "Leserchat mit der Hebamme Karin Lohse\n\n"
    "14:00 Karin Lohse:\nHallo zusammen!\n"
)
WIRE = (
    "NEWS PROVIDED BY\nRivermouth Foods\n4 May, 2026, 09:15 ET\n\n"
    "Rivermouth Foods Opens Its Third Bakery\n\n"
    "MILLTOWN, May 4, 2026 /Wire/ -- Rivermouth Foods today opened its third bakery.\n"
)
ALUMNI = (
    "CLASS OF '98\n\n"
    "Mending the nets,\none knot at a time\n\n"
    "Ada Kessel ('98) runs the last net loft on the coast.\n"
)


def test_headlines_under_a_pages_status_record_number_and_date_lines() -> None:
    assert parse(TRANSCRIPT).title == "Warum der Wochenmarkt wieder wächst"
    assert parse(RUNDOWN).title == "Wer rettet die Dorfmühle?"
    assert parse(STATUS_LINE).title == "Leserchat mit der Hebamme Karin Lohse"
    assert parse(WIRE).title == "Rivermouth Foods Opens Its Third Bakery"
    assert parse(ALUMNI).title == "Mending the nets, one knot at a time"
