"""Round 27: layouts written for these tests (invented names, outlets and wording, not
taken from a fixture) for the forms the parser now reads."""

from __future__ import annotations

from parsing_support import parse


def test_an_answer_label_is_not_the_counsel_who_speaks_under_a_name() -> None:
    # A deposition's "A." answers are the witness's; the lawyer who objects once under a
    # name label of his own is no answerer of them, though he is the only person a label
    # names who does not ask.
    article = parse(
        "Transcript of Examination\n\n"
        "PRESENT: Ottilie Brannagh, counsel for the claimant; Jasper Quillfeather, counsel "
        "for the respondent.\n\n"
        "Q. Where were you working in May?\n\n"
        "A. At the bottling plant on the canal.\n\n"
        "Q. Who told you to stop the line?\n\n"
        "MR. QUILLFEATHER: Objection, leading. Go ahead.\n\n"
        "A. The shift lead, over the radio.\n\n"
        "Q. Did you write it down?\n\n"
        "A. No, there was no time.\n"
    )
    answers = [turn for turn in article.turns if turn.text.startswith(("At the", "The shift"))]
    assert len(answers) == 2
    assert all(turn.speaker is None for turn in answers)
    objection = next(turn for turn in article.turns if "Objection" in turn.text)
    assert objection.speaker == "Jasper Quillfeather"


def test_a_chat_handle_is_never_the_sponsor_the_page_credits() -> None:
    # A live chat "presented by" a company: a reader's handle that asks twice is the
    # reader's, not the credited sponsor's, though the page names no other asker.
    article = parse(
        "Live Q&A: Ask a beekeeper\n\n"
        "Apiarist Morwenna Tregothnan took readers' questions for an hour.\n\n"
        "Presented by Goldcomb Honey Supplies\n\n"
        "[15:00] Morwenna Tregothnan: Hello all, fire away.\n\n"
        "[15:02] hive_hopper_7: Do bees sleep at night?\n\n"
        "[15:04] Morwenna Tregothnan: They rest, in short spells, mostly after dark.\n\n"
        "[15:06] hive_hopper_7: And in winter, do they sleep all season?\n\n"
        "[15:07] Morwenna Tregothnan: No, they cluster and shiver to keep warm.\n"
    )
    asked = [turn for turn in article.turns if "sleep" in turn.text and "?" in turn.text]
    assert len(asked) == 2
    assert all(turn.speaker is None for turn in asked)


def test_a_columnist_s_replies_under_name_says_answer_readers_letters() -> None:
    # An advice column: each reader writes once under "NAME, Town:", the columnist replies
    # under "GIVEN says:" (named in full in the standfirst). The replies are the
    # columnist's answers, the letters questions, a "?" at their end or not; a reply's
    # second paragraph goes on with it.
    article = parse(
        "Ask the Mechanic: Squeaks, rattles and a flat that will not stay fixed\n\n"
        "Every fortnight our bicycle columnist Ingeborg Vantongeren answers your letters.\n\n"
        "Tobias Wrenshaw, Eastfold: My brakes squeal on every hill. New pads did not help.\n\n"
        "Ingeborg says: Clean the rims with alcohol. Oil from the chain gets everywhere.\n\n"
        "Marguerite Dunleavy, Harwick: Why does my rear tyre go flat every week?\n\n"
        "Ingeborg says: Look for a thorn still in the tyre. Run your fingers round inside.\n\n"
        "A rim strip that has slipped can cut the tube too.\n\n"
        "Cyril Abernathy-Vance, Oldport: The chain rattles over bumps. Help!\n\n"
        "Ingeborg says: A worn chain, most likely. Measure it before you buy parts.\n"
    )
    replies = [turn for turn in article.turns if turn.speaker == "Ingeborg Vantongeren"]
    assert len(replies) == 3 and all(turn.kind == "answer" for turn in replies)
    assert "rim strip" in replies[1].text
    for words in ("brakes squeal", "rear tyre", "chain rattles"):
        letter = next(turn for turn in article.turns if words in turn.text)
        assert letter.kind == "question"
        assert letter.speaker != "Ingeborg Vantongeren"


def test_passers_by_asked_in_turn_by_one_reporter_still_answer() -> None:
    # A vox pop: the reporter asks, each passer-by answers once. The recurring label asks,
    # so the others are no letters to it: they answer.
    article = parse(
        "Was halten Sie vom neuen Marktplatz?\n\n"
        "Unsere Reporterin Wiebke Haselhorst hat sich umgehört.\n\n"
        "Wiebke Haselhorst: Wie gefällt Ihnen der Platz?\n\n"
        "Eckart Mühlenbrock: Zu viel Stein, zu wenig Schatten.\n\n"
        "Wiebke Haselhorst: Und Ihnen?\n\n"
        "Raphaela Dinkelacker: Ich finde ihn schön, vor allem abends.\n\n"
        "Wiebke Haselhorst: Was fehlt noch?\n\n"
        "Gunnar Tschirschwitz: Bänke. Man kann nirgends sitzen.\n"
    )
    for name in ("Eckart Mühlenbrock", "Raphaela Dinkelacker", "Gunnar Tschirschwitz"):
        said = next(turn for turn in article.turns if turn.speaker == name)
        assert said.kind == "answer"


def test_minutes_name_a_doctor_a_party_member_and_the_chair_of_the_attendance_list() -> None:
    # Minutes in reported speech: an expert with an academic title who "führt aus" and
    # "bejaht", members with their group in brackets who ask, and the chair by office,
    # whom the list of those present names ("NAME (Vorsitzender)").
    article = parse(
        "Gemeinde Ebersmoor\nNiederschrift über die 7. Sitzung des Schulausschusses\n"
        "am Montag, 9. März 2026, 19:00 Uhr, Rathaus\n\n"
        "Anwesend: Konstantin Wehrenpfennig (Vorsitzender), Gesine Trautwein, Olaf Brinkhege; "
        "als Gast: Dr. Henrike Schallbruch, Landesamt für Schulbau\n\n"
        "TOP 2: Lüftung der Grundschule\n\n"
        "Dr. Schallbruch führt aus, dass in vier Klassenräumen die Werte zu hoch seien.\n\n"
        "Ratsfrau Gesine Trautwein (Bürgerliste) fragt, ob mobile Geräte genügen.\n\n"
        "Dr. Schallbruch bejaht dies für den Übergang. Auf Dauer brauche es eine Anlage.\n\n"
        "Der Vorsitzende fragt nach dem Zeitplan.\n\n"
        "Dr. Schallbruch verneint eine Lösung vor den Sommerferien.\n"
    )
    speakers = [(turn.kind, turn.speaker) for turn in article.turns if turn.speaker]
    assert speakers == [
        ("answer", "Dr. Henrike Schallbruch"),
        ("question", "Gesine Trautwein"),
        ("answer", "Dr. Henrike Schallbruch"),
        ("question", "Konstantin Wehrenpfennig"),
        ("answer", "Dr. Henrike Schallbruch"),
    ]


def test_a_hearing_s_record_labels_its_speakers_with_a_full_stop() -> None:
    # A legislature's hearing: "Chairman SURNAME." and "Ms. SURNAME." in capitals open
    # each turn, the full names given in the record's head only.
    article = parse(
        "OVERSIGHT OF THE HARBOUR DREDGING CONTRACT\n\n"
        "Present: Chairman Tobiah Wexcombe, presiding; Representatives Joost van der Hoek, "
        "Dorian Pellingham.\n\n"
        "Witness: Rosamund Achterberg-Lyle, Director, Port Works Office.\n\n"
        "Chairman WEXCOMBE. The committee will come to order. Director, you may begin.\n\n"
        "Ms. ACHTERBERG-LYLE. Thank you, Mr. Chairman. The channel is deeper than ever.\n\n"
        "Chairman WEXCOMBE. Why did the contract run a year late?\n\n"
        "Ms. ACHTERBERG-LYLE. Storms, mostly, and a dredger that sank in the winter.\n\n"
        "Mr. VAN DER HOEK. Was the dredger insured?\n\n"
        "Ms. ACHTERBERG-LYLE. It was, Representative, in full.\n\n"
        "Mr. VAN DER HOEK. I yield back.\n"
    )
    said = [(turn.kind, turn.speaker) for turn in article.turns if turn.speaker]
    assert ("question", "Tobiah Wexcombe") in said
    assert ("question", "Joost van der Hoek") in said
    answers = [turn for turn in article.turns if "dredger that sank" in turn.text]
    assert answers[0].speaker == "Rosamund Achterberg-Lyle"
    assert not answers[0].text.startswith("Ms.")


def test_a_hard_wrapped_page_keeps_its_margin_despite_running_heads_and_a_long_line() -> None:
    # A magazine page pasted from a PDF: lines wrapped at about 55 characters, a running
    # head whose parts a wide gap sets apart, and the standfirst left on one long line.
    # The wrapped lines still make one paragraph each.
    article = parse(
        "STADTGRÜN 3/2026                                     GESPRÄCH\n\n"
        "Bäume für die Hitze\n\n"
        "Die Stadtgärtnerin Oda Fenske-Brügmann über Stadtbäume, trockene Sommer und die "
        "Frage, warum Linden es schwer haben und Ginkgos nicht, und was Anwohner tun können, "
        "wenn es im August drei Wochen lang nicht regnet.\n\n"
        "SG: Frau Fenske-Brügmann, welche Bäume pflanzen Sie\n"
        "heute noch, wenn eine Straße neu gestaltet wird?\n\n"
        "FENSKE-BRÜGMANN: Vor allem Arten aus trockeneren\n"
        "Gegenden, Zerreichen etwa oder Hopfenbuchen. Die\n"
        "Linde ist schön, aber sie leidet in jedem Sommer.\n\n"
        "SG: Und was können Anwohner tun, wenn es nicht regnet?\n\n"
        "FENSKE-BRÜGMANN: Gießen, am besten abends und viel\n"
        "auf einmal, zwei Eimer pro Baum und Woche reichen\n"
        "in der Regel, wenn der Boden das Wasser aufnimmt.\n\n"
        "42                                     STADTGRÜN 3/2026\n"
    )
    answers = [turn for turn in article.turns if turn.kind == "answer"]
    assert len(answers) == 2
    assert "Hopfenbuchen. Die Linde ist schön" in answers[0].text
    assert "viel auf einmal, zwei Eimer" in answers[1].text
    assert all(turn.speaker == "Oda Fenske-Brügmann" for turn in answers)


def test_an_answer_goes_on_after_a_titled_biography_set_into_it() -> None:
    # A box titled "ZUR PERSON" stands between two paragraphs of one answer, as the page
    # set it: the paragraph after the box is the answer going on, not the box's.
    article = parse(
        "„Das Archiv vergisst nichts“\n\n"
        "Die Archivarin Henrike Ossenbrügge über Nachlässe, Schimmel und Geduld.\n\n"
        "ARCHIVBLATT: Frau Ossenbrügge, was kommt am häufigsten zu Ihnen?\n\n"
        "OSSENBRÜGGE: Nachlässe von Vereinen, meist in Umzugskartons, oft feucht.\n\n"
        "ARCHIVBLATT: Und was tun Sie damit zuerst?\n\n"
        "OSSENBRÜGGE: Trocknen, sortieren, dann erst lesen. Das dauert Monate.\n\n"
        "ZUR PERSON\n\n"
        "Henrike Ossenbrügge, 51, leitet seit 2015 das Kreisarchiv in Wendelstedt.\n\n"
        "Manche Kartons öffnen wir erst nach einem Jahr, wenn wir Zeit dafür haben.\n"
    )
    going_on = next(turn for turn in article.turns if "nach einem Jahr" in turn.text)
    assert going_on.kind == "answer" and going_on.speaker == "Henrike Ossenbrügge"
    box = next(turn for turn in article.turns if "leitet seit 2015" in turn.text)
    assert box.kind == "sidebar" and "nach einem Jahr" not in box.text


def test_a_farewell_signed_by_the_answerer_closes_the_last_answer() -> None:
    # An interview by email whose last answer ends with a farewell signed by the
    # interviewee, after a comma or on the line under it: their words, not the outlet's.
    farewells = (
        "Herzliche Grüße vom Deich, Almut Rickerts",
        "Viele Grüße vom Deich,\nAlmut Rickerts",
    )
    for farewell in farewells:
        article = parse(
            "„Der Deich ist nie fertig“\n\n"
            "Almut Rickerts ist Deichvögtin an der Unterelbe. Die Fragen stellte Jonte "
            "Brammer per E-Mail.\n\n"
            "F: Frau Rickerts, wie oft gehen Sie den Deich ab?\n\n"
            "A: Jede Woche einmal, nach Sturmfluten jeden Tag.\n\n"
            "F: Was finden Sie dabei?\n\n"
            "A: Maulwurfshügel, Treibgut, einmal ein Boot.\n\n"
            f"{farewell}\n\n"
            "Die Deichverbände an der Unterelbe pflegen zusammen 180 Kilometer Deich.\n"
        )
        last = next(turn for turn in article.turns if "Treibgut" in turn.text)
        assert last.speaker == "Almut Rickerts" and "Grüße vom Deich" in last.text


def test_a_podcast_s_running_time_without_a_label_is_the_speaker_going_on() -> None:
    # A podcast transcript stamps its turns to the second; a stamp with no label over
    # words that are neither first person nor a question is the guest going on after a
    # cut, while a stamp over a cue in brackets is an insert.
    article = parse(
        "Werkbank – Folge 31: Geigenbau\n\n"
        "[00:00:05] Ruben Schattauer: Willkommen bei Werkbank. Wie kamst du zum Geigenbau?\n\n"
        "[00:00:12] Hedda Voßkuhler: Über meinen Onkel. Er hatte eine Werkstatt im Keller.\n\n"
        "[00:00:40] Das Holz dafür lagert zehn Jahre. Fichte für die Decke, Ahorn für den "
        "Boden.\n\n"
        "[00:00:55] (Einspieler: Hobelgeräusche)\n\n"
        "[00:01:02] Ruben Schattauer: Und wie lange baust du an einer Geige?\n\n"
        "[00:01:06] Hedda Voßkuhler: Drei Monate, wenn nichts dazwischenkommt.\n"
    )
    answer = next(turn for turn in article.turns if "Onkel" in turn.text)
    assert "Das Holz dafür lagert" in answer.text
    assert answer.speaker == "Hedda Voßkuhler"


def test_furniture_set_into_an_answer_ends_the_turn_the_same_speaker_goes_on() -> None:
    # A page number and running head between two paragraphs of one answer: the answer's
    # second part is a turn of its own, still the interviewee's answer.
    article = parse(
        "„Ein Ofen braucht Geduld“\n\n"
        "Die Töpferin Ragna Feldhusen brennt seit 30 Jahren Steinzeug im Holzofen.\n\n"
        "WERKSTATT: Frau Feldhusen, wie lange dauert ein Brand?\n\n"
        "FELDHUSEN: Drei Tage, und zwei Nächte davon bin ich wach.\n\n"
        "WERKSTATT: Was passiert in dieser Zeit?\n\n"
        "FELDHUSEN: Die Asche fliegt durch den Ofen und schmilzt auf den Gefäßen.\n\n"
        "12 | WERKSTATT 4/2026\n\n"
        "Deshalb sieht kein Stück aus wie das andere.\n"
    )
    parts = [turn for turn in article.turns if "Asche" in turn.text or "Deshalb" in turn.text]
    assert len(parts) == 2
    assert all(turn.kind == "answer" and turn.speaker == "Ragna Feldhusen" for turn in parts)
    assert all("WERKSTATT 4/2026" not in turn.text for turn in article.turns)


def test_a_titled_biography_that_goes_on_about_its_person_stays_the_box_s() -> None:
    # The box's biography broken over two paragraphs: the second speaks of its person as
    # "er", so it is still the box's, not the answer going on.
    article = parse(
        "„Kein Stück ist wie das andere“\n\n"
        "Der Drechsler Wendelin Aufderheide über Holz, Späne und Geduld.\n\n"
        "DRECHSLERBLATT: Herr Aufderheide, welches Holz mögen Sie am liebsten?\n\n"
        "AUFDERHEIDE: Kirsche. Sie dunkelt nach und riecht beim Drehen nach Marzipan.\n\n"
        "ZUR PERSON\n\n"
        "Wendelin Aufderheide, 63, lernte das Handwerk in Annaberg.\n\n"
        "Seit 1994 führt er seine eigene Werkstatt in Lindhorst.\n"
    )
    box = next(turn for turn in article.turns if "Annaberg" in turn.text)
    assert box.kind == "sidebar" and "Seit 1994 führt er" in box.text


def test_a_consent_notice_in_the_site_s_own_voice_is_no_headline() -> None:
    # "We use cookies …" over the page, pasted with the article: furniture, so the
    # headline under it is the title.
    article = parse(
        "We use cookies to count our readers. Read on if that suits you. [Fine]\n\n"
        "The Last Bell Foundry on the Coast\n\n"
        "Casting master Oswin Trevethan has poured bells for forty years.\n\n"
        "How long does a bell take?\n\n"
        "Three months from the first drawing to the first ring.\n"
    )
    assert article.title == "The Last Bell Foundry on the Coast"
    assert all("cookies" not in turn.text for turn in article.turns)


def test_a_deposition_s_answers_are_the_witness_its_record_line_names() -> None:
    # "DEPOSITION OF NAME" names the witness; the "A." answers are theirs, not the
    # objecting counsel's, who speaks under a name label of his own.
    article = parse(
        "IN THE CIRCUIT COURT OF HOLLOWAY COUNTY\n\n"
        "DEPOSITION OF HELENA FENWICK-ABARA\nTaken on March 2, 2026\n\n"
        "APPEARANCES: Ambrose Tillinghast for Plaintiff. Jasper Quillfeather for Defendant.\n\n"
        "Q. Where were you working in May?\n\n"
        "A. At the bottling plant on the canal.\n\n"
        "Q. Who told you to stop the line?\n\n"
        "MR. QUILLFEATHER: Objection, leading. Go ahead.\n\n"
        "A. The shift lead, over the radio.\n\n"
        "Q. Did you write it down?\n\n"
        "MR. QUILLFEATHER: Objection.\n\n"
        "A. No, there was no time.\n"
    )
    answers = [
        turn for turn in article.turns if turn.text.startswith(("At the", "The shift", "No,"))
    ]
    assert len(answers) == 3
    assert all(turn.speaker == "Helena Fenwick-Abara" for turn in answers)


def test_a_headline_broken_after_a_preposition_is_one_line() -> None:
    # A hard-wrapped page whose headline the layout breaks after "unter": one headline.
    article = parse(
        "Glühwürmchen unter\n"
        "Straßenlaternen\n\n"
        "Die Biologin Marit Osterholz zählt seit zehn Jahren Leuchtkäfer in der Stadt,\n"
        "und sie findet jedes Jahr weniger davon. Ein Gespräch über Licht und Nacht.\n\n"
        "Frau Osterholz, wie zählt man Glühwürmchen, die ja nur kurz leuchten?\n\n"
        "Mit Geduld und einer Karte, auf der wir jede Wiese im Stadtgebiet eingetragen\n"
        "haben. Wir gehen im Juni jede Nacht dieselbe Runde ab und zählen die Lichter,\n"
        "die wir sehen, und schreiben sie auf, Wiese für Wiese, bis zum Morgengrauen.\n\n"
        "Und was macht ihnen das Licht der Laternen?\n\n"
        "Es lockt die Männchen weg von den Weibchen, die im Gras leuchten und warten,\n"
        "und so finden sie einander nicht mehr, jedenfalls nicht unter einer Laterne.\n"
    )
    assert article.title == "Glühwürmchen unter Straßenlaternen"
