"""Round 67 (session 32, on batch75): a closing credit with the asker's outlet, a business
letter's signature block, an unsigned reader's question, a live chat's stamped post heads,
a minute's officer under an abbreviated rank, a board's posts under a handle and a time
line, and headlines under a browser's page title and a script's use notice.

A closing credit names its asker with a role and the outlet after it, whose name may join
its words with "&" ("Questions by NAME, features editor, Stone & Mortar Monthly."): the
asker's credit, not the last answer going on. A line of capitalised words under a letter's
farewell and signature is the signer's office and firm, part of the close. A reader who
writes in as "Anonym:" asks, as a signed reader does, however the question goes on. A
live chat's record heads each post "10:05 a.m. | NAME" on a line of its own: a label. A
minute's officer under an abbreviated rank ("OAR SURNAME erläutert, …") is the one person
the record names in full with that surname, no member. A thread whose starter's headers
carry a starter's mark in words ("· Thread starter") and whose readers' headers are a bare
handle over a post time marks the readers' posts as questions. A browser's page title
"WHO: HEADLINE | Outlet" over the headline repeats it; a script's note on its use ("… nur
zum persönlichen Gebrauch") is no headline.
"""

from __future__ import annotations

from parsing_support import parse, speakers

LETTER = (
    "Lime kilns and long shifts: a quarry chief writes back\n\n"
    "Bertil Aschover heads the quarry at Dunmere Edge. He answered our questions by email.\n\n"
    "Editor's note: Answers are printed as received.\n\n"
    "1. Why burn lime at all these days?\n\n"
    "Farmers still ask for it, and so do restorers of old walls.\n\n"
    "2. What worries you most?\n\n"
    "Fuel prices. A kiln eats coal whether the orders come or not.\n\n"
    "Kind regards,\nBertil Aschover\nManaging Director, Dunmere Edge Lime Works Ltd.\n\n"
    "Questions by Hanne Solvik, features editor, Stone & Mortar Monthly.\n\n"
    "Bertil Aschover will speak at the Dunmere Building Fair, 3–5 May.\n"
)


def test_a_closing_credit_with_the_askers_outlet_is_nobodys_answer() -> None:
    credit = next(t for t in parse(LETTER).turns if "Hanne Solvik" in t.text)
    assert credit.speaker is None


def test_a_closing_credit_with_the_askers_outlet_names_the_asker() -> None:
    assert set(speakers(parse(LETTER), "question")) == {"Hanne Solvik"}


def test_a_signers_office_under_the_signature_closes_the_answer() -> None:
    office = next(t for t in parse(LETTER).turns if "Managing Director" in t.text)
    assert (office.kind, office.speaker) == ("answer", "Bertil Aschover")


CHAT = (
    "Fragen Sie den Glaser: alte Fenster, neue Zugluft\n\n"
    "Fensterbauer Pell Wythenhaus hat die Fragen unserer Leser beantwortet.\n\n"
    "Pell Wythenhaus: Guten Tag zusammen. Legen Sie los.\n\n"
    "Tarnbrück: Soll ich meine Schiebefenster ersetzen oder reparieren?\n\n"
    "Pell Wythenhaus: Reparieren, fast immer. Das alte Holz hält länger als das neue.\n\n"
    "Lohmoor: Wie bekomme ich das Klappern weg?\n\n"
    "Pell Wythenhaus: Eine Bürstendichtung in die Führung, dann ist Ruhe.\n\n"
    "Anonym: Lohnt sich Leinölkitt noch? Mein Nachbar schwört auf Silikon.\n\n"
    "Pell Wythenhaus: Leinölkitt, immer. Silikon hält das Wasser im Rahmen fest.\n\n"
    "Osttor: Und was hilft gegen beschlagene Scheiben?\n\n"
    "Pell Wythenhaus: Morgens lüften; das Glas ist nicht das Problem.\n"
)


def test_an_unsigned_readers_question_is_nobodys() -> None:
    turns = parse(CHAT).turns
    asked = next(t for t in turns if "Leinölkitt noch" in t.text)
    assert asked.kind == "question"
    assert asked.speaker is None


STAMPED = (
    "Live Q&A: Keeping Bees in the City\n\n"
    "Beekeeper Wendeline Oakhurst answers your questions today. Our reporter Jory Tamblyn "
    "hosts the chat.\n\n"
    "10:01 a.m. | Jory Tamblyn\nWelcome, everyone. Wendeline, are you ready?\n\n"
    "10:02 a.m. | Wendeline Oakhurst\nReady, with a smoker and a flask of tea.\n\n"
    "10:04 a.m. | Jory Tamblyn\nA reader asks: can I keep bees on a balcony?\n\n"
    "10:06 a.m. | Wendeline Oakhurst\nYes, if the neighbours agree and the hive faces away.\n\n"
    "10:09 a.m. | Jory Tamblyn\nSeveral readers want to know why their hives swarmed early.\n\n"
    "10:11 a.m. | Wendeline Oakhurst\nA warm March. The colonies grew faster than the boxes.\n\n"
    "10:15 a.m. | Jory Tamblyn\nThat is all for today. Thank you, Wendeline.\n\n"
    "10:16 a.m. | Wendeline Oakhurst\nThank you for having me.\n"
)


def test_a_chats_stamped_post_head_names_the_hosts_post() -> None:
    turns = parse(STAMPED).turns
    relayed = next(t for t in turns if "Several readers" in t.text)
    assert relayed.speaker == "Jory Tamblyn"


MINUTES = (
    "Gemeinde Fellbrunn\n\n"
    "Protokoll der 7. Sitzung des Straßen- und Wegeausschusses\n\n"
    "Teilnehmende:\nLeitung: Irmtraud Kessing\n"
    "Ausschussmitglieder: Volkmar Dreesen, Hiltrud Ambrosy, Eckart Wüllenweber\n"
    "Von der Stadt: Oberamtsrat Veit Harkenrode\n\n"
    "Punkt 3: Sanierung der Brückenstraße\n\n"
    "Frau Kessing eröffnet den Punkt.\n\n"
    "OAR Harkenrode berichtet, dass die Ausschreibung im Mai beginne.\n\n"
    "Herr Dreesen fragt, ob die Brücke während der Arbeiten gesperrt werde.\n\n"
    "OAR Harkenrode erläutert, dass eine Spur stets offen bleibe.\n\n"
    "Frau Ambrosy möchte wissen, wer die Umleitung beschildere.\n\n"
    "OAR Harkenrode antwortet, dies übernehme der Bauhof.\n\n"
    "Frau Kessing schließt die Aussprache.\n"
)


def test_an_officer_under_an_abbreviated_rank_is_the_records_full_name() -> None:
    turns = parse(MINUTES).turns
    answered = [t for t in turns if t.text.startswith("OAR Harkenrode")]
    assert answered and {t.speaker for t in answered} == {"Veit Harkenrode"}


THREAD = (
    "Allotment Talk > Pests > Slugs\n\n"
    "AMA: I have grown vegetables without slug pellets for twenty years, ask me anything\n\n"
    "leafmould_lars · Thread starter\n14.06.2026, 18:00\n"
    "Hello all, I am Lars Fennimore, allotment secretary and slug pessimist. Ask away.\n\n"
    "Radishqueen\n14.06.2026, 18:04\nDo copper rings work? Mine did nothing at all.\n\n"
    "leafmould_lars · Thread starter\n14.06.2026, 18:09\n"
    "Barely. Slugs cross copper on a damp night without a second thought.\n\n"
    "beanpole77\n14.06.2026, 18:12\nWhat about beer traps? I put out six last week.\n\n"
    "leafmould_lars · Thread starter\n14.06.2026, 18:15\n"
    "They catch a few, but they also invite the neighbours' slugs over.\n\n"
    "Radishqueen\n14.06.2026, 18:20\nHow do I tell slug damage from snail damage? "
    "My lettuces look shredded.\n\n"
    "leafmould_lars · Thread starter\n14.06.2026, 18:26\n"
    "You mostly cannot. Go out with a torch at ten and count them.\n"
)


def test_a_readers_post_under_a_handle_and_time_line_is_no_answer() -> None:
    turns = parse(THREAD).turns
    asked = next(t for t in turns if "slug damage from snail" in t.text)
    assert (asked.kind, asked.speaker) == ("question", None)
    assert set(speakers(parse(THREAD), "answer")) == {"Lars Fennimore"}


PAGE_TITLE = (
    "Ferryman Ode Brask: “The tide sets the timetable” | The Quayside Courier\n\n"
    "The Quayside Courier › Local › People\n\n"
    "PORTRAIT\n\n"
    "“The tide sets the timetable”\n\n"
    "Ode Brask has rowed the foot ferry across the Wend for thirty years. We asked him "
    "about weather, fares and the last crossing of the day.\n\n"
    "Interview: Tamsin Ledward\n\n"
    "Q: When did you first take the oars?\n\n"
    "A: At fifteen, when my uncle's back gave out.\n\n"
    "Q: What is the worst weather you have rowed in?\n\n"
    "A: A February gale. I would not do it again.\n"
)


def test_a_browser_page_title_with_whom_it_quotes_repeats_the_headline() -> None:
    assert parse(PAGE_TITLE).title == "“The tide sets the timetable”"


SCRIPT = (
    "Sendeskript – Nur zum persönlichen Gebrauch. Zitate bitte mit der Redaktion abstimmen.\n\n"
    "Wellenfunk Nord – „Hafenzeit“\n"
    "Sendung vom 3. März 2026, 19:05 Uhr\n\n"
    "Die Frau mit den tausend Schlüsseln\n\n"
    "Moderation: Gwenda Asmussen\n"
    "Zu Gast: Petronella Swahn, Schlosserin aus Hobbenfleth\n\n"
    "ASMUSSEN: Guten Abend und willkommen zur Hafenzeit. Mein Gast hat für fast jede Tür "
    "der Stadt einen Schlüssel.\n\n"
    "SWAHN: Fast. Der Kirchturm widersteht mir noch.\n\n"
    "ASMUSSEN: Wie fing das an?\n\n"
    "SWAHN: Mit der Schublade meines Großvaters voller alter Schlüssel.\n"
)


def test_a_scripts_use_notice_is_no_headline() -> None:
    assert parse(SCRIPT).title == "Die Frau mit den tausend Schlüsseln"


def test_the_guest_answers_under_the_stamped_post_heads() -> None:
    assert set(speakers(parse(STAMPED), "answer")) == {"Wendeline Oakhurst"}
