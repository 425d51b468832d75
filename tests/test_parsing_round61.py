"""Round 60 (session 28, on batch68): chat exports, party questionnaires, letters, heads.

A messenger's export stamps each message with its date and time ("[03.05.24, 18:02:11]
NAME:"), and a display name may add the boat or firm its owner writes from after the given
name ("NAME MS Kormoran"). An election questionnaire declares each party's letters with
the person answering for it ("für die Hafenliste (HL) NAME"): the letters label that
person, not the party's name; the askers' note after the answers ("hat unsere Fragen nicht
beantwortet") and two labels signing together ("Ada & Tom") are nobody's answer. A
reprint's source line ("Adapted from an interview in …") is a lead. Headlines: a running
head with its page number set apart by spaces, a legislature's paper head, a gazette's
notice heading, a schoolbook's task heading and material mark, a Markdown "#" copied into
plain text and a subtitle's cue number are none. A translator's credit names no
answerer; a "Meet …: NAME" heading over the questions does; a family's word for the
relative the writer names ("my grandmother, NAME") labels her answers; a letter's closing
signature answers its role-labelled responses; and the writer's own paragraph after a
"Me:" dialogue is not the relative's answer.
"""

from __future__ import annotations

from parsing_support import parse, speakers

CHAT = (
    "Chat-Protokoll: Ein Tag auf dem Kutter\n\n"
    "Unsere Reporterin Wiebke Ostermann-Lüth hat Kapitän Hauke Brodersen-Teich einen Tag "
    "lang per Messenger befragt.\n\n"
    "[03.05.24, 05:02:11] Wiebke (Hafenblatt): Moin Hauke, schon draußen?\n\n"
    "[03.05.24, 05:09:40] Hauke MS Kormoran: Moin! Gerade raus aus dem Hafen.\n\n"
    "[03.05.24, 05:10:03] Wiebke (Hafenblatt): Wie viele Gäste sind an Bord?\n\n"
    "[03.05.24, 05:16:55] Hauke MS Kormoran: Zwanzig. Die meisten kennen das schon.\n\n"
    "[03.05.24, 07:41:00] Wiebke (Hafenblatt): Wird das kontrolliert?\n\n"
    "[03.05.24, 07:41:12] Wiebke (Hafenblatt): Also auf See, meine ich.\n\n"
    "[03.05.24, 07:55:37] Hauke MS Kormoran: Ja, zweimal im Jahr kommt die Aufsicht.\n"
)


def test_a_messenger_exports_stamps_with_dates_are_labels() -> None:
    questions = speakers(parse(CHAT), "question")
    assert questions and set(questions) == {"Wiebke Ostermann-Lüth"}
    follow_up = next(t for t in parse(CHAT).turns if "auf See" in t.text)
    assert follow_up.kind == "question"


def test_a_chat_name_with_its_boat_is_the_given_names_person() -> None:
    text = CHAT.replace("[03.05.24, ", "[")
    assert set(speakers(parse(text), "answer")) == {"Hauke Brodersen-Teich"}


PARTIES = (
    "Wahlprüfsteine: Was wird aus der Fähre?\n\n"
    "Wir haben allen Listen drei Fragen geschickt. Geantwortet haben für die Hafenliste "
    "Nordby (HLN) Tjark Oltmanns-Rieve, für die Freie Wählergruppe (FWG) Imke "
    "Sönnichsen und für das Bündnis Grünes Nordby (BGN) Arvid Claußen-Metz.\n\n"
    "Frage 1: Soll die Fähre im Winter fahren?\n\n"
    "FWG: Ja, an jedem Werktag.\n\n"
    "BGN: Ja, und am Wochenende auch.\n\n"
    "HLN: Nur wenn das Land zahlt.\n\n"
    "Frage 2: Wer bezahlt den neuen Anleger?\n\n"
    "FWG: Der Kreis, wie bisher.\n\n"
    "HLN: Das ist offen.\n\n"
    "BGN: Das Land, über den Hafenfonds.\n\n"
    "Die Liste „Mitte Nordby“ hat unsere Fragen nicht beantwortet.\n"
)


def test_party_letters_stand_for_the_people_answering_for_them() -> None:
    assert speakers(parse(PARTIES), "answer") == [
        "Imke Sönnichsen",
        "Arvid Claußen-Metz",
        "Tjark Oltmanns-Rieve",
        "Imke Sönnichsen",
        "Tjark Oltmanns-Rieve",
        "Arvid Claußen-Metz",
    ]


def test_the_askers_note_after_the_answers_is_nobodys() -> None:
    note = next(t for t in parse(PARTIES).turns if "unsere Fragen" in t.text)
    assert note.text.startswith("Die Liste") and note.speaker is None


CAMPAIGN = (
    "Update #4: What you asked us\n\n"
    "Posted by Greta Lindqvist-Hale and Oyelaran Pike, founders of the Kettle Barge "
    "Company\n\n"
    "@riverrat asked: Why a barge?\n\n"
    "Greta: Because it floats where trucks cannot go.\n\n"
    "@quaywatcher asked: When do you launch?\n\n"
    "Oyelaran: In May, if the paint dries.\n\n"
    "@mudlark asked: Can backers ride along?\n\n"
    "Greta: Yes, on the first trip.\n\n"
    "Thanks, every one of you. See you on the water! Greta & Oyelaran\n"
)


def test_two_labels_signing_together_close_no_answer() -> None:
    closing = next(t for t in parse(CAMPAIGN).turns if "Thanks, every one" in t.text)
    assert closing.speaker is None


TEXTBOOK = (
    "48   UNIT 4  Life on the river\n\n"
    "Before you read\n"
    "Talk to a partner. Would you like to live on a boat? Why? / Why not?\n\n"
    "Reading  A night on the lock\n\n"
    "Ottoline Brassington-Ede is a lock keeper on the river Wendle. Reporter Caspar "
    "Fairweather-Lund asked her about her work.\n\n"
    "CF: When does your day start?\n\n"
    "OB: At five. I check the gates first.\n\n"
    "CF: Is it lonely?\n\n"
    "OB: Never. The boats always have news.\n\n"
    "Adapted from an interview in Inland Waters Weekly.\n\n"
    "Comprehension\n"
    "1 Read the interview. When does Ottoline start work?\n"
)


def test_a_reprints_source_line_is_nobodys_answer() -> None:
    note = next(t for t in parse(TEXTBOOK).turns if t.text.startswith("Adapted from"))
    assert note.kind == "lead" and note.speaker is None


def test_a_schoolbooks_running_head_and_task_are_no_headline() -> None:
    assert parse(TEXTBOOK).title == "A night on the lock"


def test_a_worksheets_material_mark_is_no_part_of_the_headline() -> None:
    text = (
        "23  Kapitel 2 · Wasser im Dorf\n\n"
        "M3  Ein Brunnen für alle\n\n"
        "Die Klasse 6a hat den Brunnenbauer Gerwin Pohlschmidt befragt.\n\n"
        "Klasse 6a: Wie tief ist der Brunnen?\n\n"
        "Pohlschmidt: Vierzig Meter.\n\n"
        "Klasse 6a: Wie lange hat das gedauert?\n\n"
        "Pohlschmidt: Drei Wochen.\n"
    )
    assert parse(text).title == "Ein Brunnen für alle"


def test_a_running_head_with_its_page_number_apart_is_no_headline() -> None:
    text = (
        "75 Jahre Posaunenchor Birkwalde e.V.                    12\n\n"
        "Drei Stimmen, ein Choral\n\n"
        "Zum Jubiläum sprachen drei Bläserinnen über ihren Chor.\n\n"
        "Chronik: Wie fing es an?\n\n"
        "Irmgard: Mit zwei Trompeten.\n\n"
        "Chronik: Und heute?\n\n"
        "Irmgard: Mit zwanzig.\n"
    )
    assert parse(text).title == "Drei Stimmen, ein Choral"


def test_a_legislatures_paper_head_is_no_headline() -> None:
    text = (
        "LANDTAG VON OSTMARSCHEN\n9. Wahlperiode\n\n"
        "Drucksache 9/812\n02.06.2025\n\n"
        "Kleine Anfrage\nder Abgeordneten Rike Anselm-Borg (Bürgerbund)\n\n"
        "und\nAntwort\ndes Ministeriums für Umwelt\n\n"
        "Schlick im Hafen von Deichsiel\n\n"
        "Ich frage die Landesregierung:\n1. Wie viel Schlick wurde 2024 gebaggert?\n\n"
        "Zu 1.:\nRund 40.000 Kubikmeter.\n"
    )
    assert parse(text).title == "Schlick im Hafen von Deichsiel"


def test_a_gazettes_notice_heading_is_no_headline() -> None:
    text = (
        "Amtliche Bekanntmachung\n"
        "Die nächste Sitzung des Gemeinderats findet am 4. Juni 2025 im Rathaus statt.\n\n"
        "Aus dem Rathaus\n\n"
        "Vier Fragen zur neuen Kita\n\n"
        "Nach einem Jahr Bauzeit ist die neue Kita im Ortsteil Wiesenau fast fertig. Die "
        "Fragen stellte die Gemeindeverwaltung an Bürgermeisterin Ragna Tiedemann-Voß, die "
        "das Projekt von Anfang an begleitet hat.\n\n"
        "Mitteilungsblatt: Wann öffnet die Kita?\n\n"
        "Bürgermeisterin Ragna Tiedemann-Voß: Im August.\n\n"
        "Mitteilungsblatt: Wie viele Plätze gibt es?\n\n"
        "Bürgermeisterin Ragna Tiedemann-Voß: Sechzig.\n\n"
        "Mitteilungsblatt: Was kostet ein Platz?\n\n"
        "Tiedemann-Voß: So viel wie bisher.\n\n"
        "Mitteilungsblatt: Wer leitet die Kita?\n\n"
        "Tiedemann-Voß: Das geben wir im Juli bekannt.\n"
    )
    assert parse(text).title == "Vier Fragen zur neuen Kita"


def test_a_markdown_hash_copied_into_plain_text_is_no_part_of_the_title() -> None:
    text = (
        "Careers › Logistics › Night Dispatcher\n\n"
        "# Night Dispatcher (Harbour Depot)\n\n"
        "We asked the person you would work for what the job is like.\n\n"
        "**What does a night look like?**\n\n"
        "Quiet until two, then the ferries come in.\n"
    )
    assert parse(text).title == "Night Dispatcher (Harbour Depot)"


def test_a_subtitles_cue_number_is_no_headline() -> None:
    text = (
        "1\n00:00:01,200 --> 00:00:03,360\n[Musik]\n\n"
        "2\n00:00:03,600 --> 00:00:08,510\nHafenkanal: Wer rettet die Schleuse?\n\n"
        "3\n00:00:08,750 --> 00:00:13,935\nGuten Abend. Ich bin Marit Hollensen.\n"
    )
    assert parse(text).title != "1"


TRANSLATED = (
    "Der Wald kennt keine Eile\n\n"
    "Eero Saarikoski-Lahti sammelt seit vierzig Jahren Harz in den Wäldern um Ilomvaara.\n\n"
    "Das Interview führte Ritva Kallioniemi. Es erschien zuerst in einer finnischen "
    "Wochenzeitung. Übersetzung aus dem Finnischen: Dagmar Holtkötter.\n\n"
    "Frage: Herr Saarikoski-Lahti, wie haben Sie angefangen?\n\n"
    "Antwort: Mit meinem Vater, als ich zehn war.\n\n"
    "Frage: Was ist das Schwierigste?\n\n"
    "Antwort: Die Geduld. Harz kommt, wann es will.\n"
)


def test_a_translator_credited_under_the_lead_is_not_the_answerer() -> None:
    assert set(speakers(parse(TRANSLATED), "answer")) == {"Eero Saarikoski-Lahti"}


def test_a_meet_heading_over_the_questions_names_their_answerer() -> None:
    text = (
        "Careers › Operations › Lock Technician\n\n"
        "# Lock Technician\n\n"
        "Our canal company runs twelve locks. We asked your future manager about the job.\n\n"
        "## Meet your future manager: Philippa Osei-Brandauer\n\n"
        "**What does a normal day look like?**\n\n"
        "We open the first lock at seven and check the gates.\n\n"
        "**Who does well here?**\n\n"
        "Someone calm, who likes being outdoors.\n"
    )
    assert set(speakers(parse(text), "answer")) == {"Philippa Osei-Brandauer"}


FAMILY = (
    "Grandpa's Rye Bread (and How He Learned It)\n\n"
    "Every Sunday my grandfather bakes four loaves. My grandfather, Stefan Wrzesniewski, "
    "is ninety-one, and I finally asked him how he does it.\n\n"
    "Me: Grandpa, who taught you?\n\n"
    "Dziadek: My uncle, in the bakery by the river.\n\n"
    "Me: What is the secret?\n\n"
    "Dziadek: Time. The dough tells you when.\n\n"
    "I did write it all down in the end, by watching his hands and guessing.\n\n"
    "RECIPE: Rye Bread\nMakes 2 loaves\n"
)


def test_a_familys_word_for_the_named_relative_labels_his_answers() -> None:
    assert set(speakers(parse(FAMILY), "answer")) == {"Stefan Wrzesniewski"}


def test_the_writers_paragraph_after_a_me_dialogue_is_not_the_relatives() -> None:
    after = next(t for t in parse(FAMILY).turns if t.text.startswith("I did write"))
    assert after.speaker is None


LETTER = (
    "Harlow Vale Borough Council › Freedom of information › Disclosure log\n\n"
    "Our ref: FOI-2025-0912\n"
    "Requester: Anselm Treadgold-Ivey\n\n"
    "Freedom of Information request FOI-2025-0912: Park benches\n\n"
    "Dear Mr Treadgold-Ivey,\n"
    "Thank you for your request, which has been handled under the Act.\n\n"
    "Request 1: How many park benches does the council maintain?\n\n"
    "Response: The council maintains 412 benches in 19 parks.\n\n"
    "Request 2: Please list the repairs made in 2024.\n\n"
    "Response: 37 benches were repaired in 2024. A list by park is attached.\n\n"
    "Yours sincerely,\n"
    "Margaret Odunsi-Clarke\n"
    "Information Rights Officer\n"
)


def test_a_letters_signatory_answers_its_responses_not_its_requests() -> None:
    assert set(speakers(parse(LETTER), "answer")) == {"Margaret Odunsi-Clarke"}
    # "Please list ...": a request without a question mark is asked all the same.
    request = next(t for t in parse(LETTER).turns if "list the repairs" in t.text)
    assert request.kind == "question"


def test_a_chat_handle_named_in_brackets_at_first_is_that_person() -> None:
    text = (
        "Is cider cool again? A team chat with the founders of Orchard Row\n\n"
        "This chat has been lightly edited.\n\n"
        "pia (Pia Haverstock, drinks editor): Welcome, both! How did it start?\n\n"
        "ysolde (Ysolde Varnham, co-founder): With a borrowed press.\n\n"
        "pia: And now?\n\n"
        "ysolde: Six thousand bottles a year.\n\n"
        "pia: What is hard?\n\n"
        "ysolde: Late frosts. One night can take the whole crop.\n"
    )
    assert set(speakers(parse(text), "answer")) == {"Ysolde Varnham"}
