"""Round 24: layouts written for these tests (invented names, outlets and wording, not
taken from a fixture) for the forms the parser now reads."""

from __future__ import annotations

from parsing_support import load_scorer, parse

from assistant.ingest.furniture import is_boilerplate
from assistant.ingest.names import name_in_label


def test_a_minute_s_label_names_the_person_not_the_turn_or_the_office() -> None:
    # Council minutes print "Antwort Ortsvorsteherin NAME:" and "Frage von Frau NAME:" on a
    # line of their own: "Antwort", "Frage von" and the office are no part of the name.
    article = parse(
        "Protokoll der Bürgerfragestunde im Ortsbeirat Feldheim\n\n"
        "Anwesend: Ortsvorsteherin Ute Brandl, acht Mitglieder des Ortsbeirats.\n\n"
        "Frage von Frau Meier:\n\n"
        "Wann wird der Radweg an der Kreisstraße endlich saniert?\n\n"
        "Antwort Ortsvorsteherin Brandl:\n\n"
        "Die Mittel sind im Haushalt für das kommende Jahr eingeplant.\n\n"
        "Frage Herr Okonkwo:\n\n"
        "Warum ist der Spielplatz seit Wochen gesperrt?\n\n"
        "Antwort Bürgermeisterin Ute Brandl:\n\n"
        "Ein Gutachten hat Mängel an der Rutsche festgestellt.\n"
    )
    speakers = {turn.speaker for turn in article.turns if turn.speaker}
    assert speakers <= {"Ute Brandl", "Meier", "Frau Meier", "Okonkwo", "Herr Okonkwo"}
    answers = [turn.speaker for turn in article.turns if turn.kind == "answer"]
    assert answers == ["Ute Brandl", "Ute Brandl"]


def test_label_core_drops_turn_words_offices_and_keeps_courtesy_titles() -> None:
    assert name_in_label("Antwort Bürgermeisterin Hella Quast") == "Hella Quast"
    assert name_in_label("Answer from Councillor Pym") == "Pym"
    assert name_in_label("CHAIR OYELARAN") == "Oyelaran"
    assert name_in_label("MS. VANTERPOOL") == "Ms. Vanterpool"
    assert name_in_label("THE LEDGER") == "THE LEDGER"


def test_a_hearing_s_office_and_courtesy_labels_are_the_people_the_list_names() -> None:
    # A committee's record labels members by office and surname and witnesses by courtesy
    # title and surname, in capitals; the attendance list gives the full names.
    article = parse(
        "TOWN OF MARLOWE\nCOMMITTEE ON PARKS\nHearing on the dog park fees\n\n"
        "PRESENT: Councilmember Odile Farquhar, Chair; Councilmember Ben Sayle\n"
        "WITNESSES: Priya Castellan, Marlowe Dog Owners\n\n"
        "CHAIR FARQUHAR: We will come to order. Ms. Castellan, go ahead.\n\n"
        "MS. CASTELLAN: Thank you. The fee doubles next year and nobody asked us.\n\n"
        "COUNCILMEMBER SAYLE: Would a seasonal pass help your members?\n\n"
        "MS. CASTELLAN: It would help the families most.\n\n"
        "CHAIR FARQUHAR: Would your group pay for the fencing?\n\n"
        "MS. CASTELLAN: Part of it, if the town matches it.\n"
    )
    said = [(turn.kind, turn.speaker) for turn in article.turns if turn.kind != "lead"]
    assert ("answer", "Priya Castellan") in said
    assert ("question", "Ben Sayle") in said
    assert ("question", "Odile Farquhar") in said
    assert all(speaker is None or "Chair" not in speaker for _, speaker in said)


def test_press_conference_questions_from_the_floor_are_not_the_moderator_s() -> None:
    # The moderator speaks under a label of their own; "Q." is a reporter, named only
    # where they say who they are before asking.
    article = parse(
        "Press conference after the final\n\n"
        "THE MODERATOR (Greta Lindqvist): Welcome. Anneke, a word on the match?\n\n"
        "ANNEKE VOSS: We never gave up.\n\n"
        "Q. How did the wind change your plan?\n\n"
        "ANNEKE VOSS: We played lower and shorter.\n\n"
        "Q. Oren Blatt, Harbour Radio. Will you defend the title next year?\n\n"
        "ANNEKE VOSS: If my knee allows it.\n\n"
        "THE MODERATOR: Thank you, Anneke.\n"
    )
    asked = {turn.text: turn.speaker for turn in article.turns if turn.kind == "question"}
    assert asked["How did the wind change your plan?"] is None
    floor = next(text for text in asked if text.startswith("Oren Blatt"))
    assert asked[floor] == "Oren Blatt"
    assert "Greta Lindqvist" not in {asked[t] for t in asked if not t.startswith(("Wel", "Tha"))}


def test_a_breadcrumb_ending_on_the_page_s_quoted_name_is_no_headline() -> None:
    # "Startseite › Lokales › … › Eishalle „Polarstern“": a path through the site whose last
    # part is the page's name in quotation marks; the headline is the line under it.
    article = parse(
        "Startseite › Lokales › Freizeit › Eishalle „Polarstern“\n\n"
        "„Auf dem Eis ist jeder gleich schnell“\n\n"
        "Die Eishalle am Stadtpark wird dreißig. Ein Gespräch mit Hallenwart Ruben Aschke.\n\n"
        "Herr Aschke, wie fing es an?\n\n"
        "Mit einer gefluteten Wiese und viel Frost.\n"
    )
    assert article.title == "„Auf dem Eis ist jeder gleich schnell“"
    article = parse(
        "Home > News > Local\n\nThe last ferryman of Dunmoor\n\n"
        "Q: How many crossings a day?\n\nA: Twelve in summer.\n"
    )
    assert article.title == "The last ferryman of Dunmoor"


def test_an_issue_number_or_a_series_part_over_the_headline_is_no_headline() -> None:
    # A parish letter's head "NAME Ausgabe 2/2026" (no separator before the issue) and a
    # rubric "Ort | Serie „…“ Teil 2" say where the page stands, not what it is about.
    article = parse(
        "Pfarrbrief St. Ansgar Ausgabe 2/2026\n\n"
        "Die Glocken schweigen nicht\n\n"
        "Der Turm wird saniert. Ein Gespräch mit dem Küster Eberhard Winkel.\n\n"
        "Herr Winkel, wie lange dauert es?\n\nBis Ostern, so Gott will.\n"
    )
    assert article.title == "Die Glocken schweigen nicht"
    article = parse(
        "Umland | Serie „Wer hält die Stellung?“ Teil 2\n\n"
        "Der letzte Schmied im Tal\n\n"
        "Seit vierzig Jahren schlägt Arno Ziegert das Eisen. Ein Besuch.\n\n"
        "Herr Ziegert, wer kommt noch zu Ihnen?\n\nReiter, Gärtner und Künstler.\n"
    )
    assert article.title == "Der letzte Schmied im Tal"


def test_a_column_s_expert_answers_readers_signed_without_a_dash() -> None:
    # "Jeden Samstag beantwortet ROLE NAME Fragen unserer Leser": a time put first is no
    # subject, and "Fragen" is no part of the name; "„…?“ Given X., Town" is a reader's
    # signed question, though no dash comes before the signature.
    article = parse(
        "Ratgeber Garten\n\n"
        "Leser fragen, unser Gärtner antwortet: Rosen und Rasen\n\n"
        "Jeden Samstag beantwortet Gärtnermeister Ansgar Pohlmeier aus Lindhorst Fragen "
        "unserer Leserinnen und Leser.\n\n"
        "„Meine Rosen haben schwarze Flecken. Was kann ich tun?“ Helga T., Bückeberg\n\n"
        "Schneiden Sie befallene Blätter ab und gießen Sie nur von unten.\n\n"
        "„Wann soll ich den Rasen zum ersten Mal mähen?“ Jörn P., Obernkirchen\n\n"
        "Sobald er acht Zentimeter hoch ist, meist im April.\n"
    )
    said = [(turn.kind, turn.speaker) for turn in article.turns if turn.kind != "lead"]
    assert said.count(("answer", "Ansgar Pohlmeier")) == 2
    assert [kind for kind, _ in said] == ["question", "answer", "question", "answer"]
    assert all(speaker != "Ansgar Pohlmeier Fragen" for _, speaker in said)


_MINUTES = (
    "Gemeinde Auenrode\n"
    "Niederschrift über die öffentliche Sitzung des Gemeinderates\n\n"
    "Anwesend: Bürgermeister Falk Iversen (Vorsitz), zwölf Ratsmitglieder; von der "
    "Verwaltung: Kämmerin Greta Oltmanns\n\n"
    "TOP 1 Einwohnerfragestunde\n\n"
    "Frau Wiebke Strunk, Kirchweg, fragt, wann der Schulbus wieder hält. Seit den Ferien "
    "fahre er vorbei.\n\n"
    "Bürgermeister Iversen antwortet, der Fahrplan werde zum Monatsende geändert.\n\n"
    "Herr Malte Quandt, Am Deich, fragt, ob die Grundsteuer steigt.\n\n"
    "Kämmerin Oltmanns erklärt, darüber entscheide der Rat im Dezember.\n\n"
    "Der Bürgermeister sagt zu, Herrn Quandt schriftlich zu informieren.\n\n"
    "TOP 2 Haushalt 2027\n\n"
    "Der Gemeinderat nimmt den Entwurf zur Kenntnis.\n"
)


def test_minutes_in_reported_speech_are_turns_of_the_people_they_name() -> None:
    # "Frau NAME, Straße, fragt, …" / "Bürgermeister SURNAME antwortet, …" / "Der
    # Bürgermeister sagt zu, …": the record says who asked and who answered.
    said = [(turn.kind, turn.speaker) for turn in parse(_MINUTES).turns]
    assert ("question", "Wiebke Strunk") in said
    assert ("question", "Malte Quandt") in said
    answers = [speaker for kind, speaker in said if kind == "answer"]
    assert answers == ["Falk Iversen", "Greta Oltmanns", "Falk Iversen"]


def test_an_agenda_item_after_the_questions_opens_no_box() -> None:
    turns = parse(_MINUTES).turns
    item = next(turn for turn in turns if turn.text.startswith("TOP 2"))
    assert item.kind == "lead"
    assert "Kenntnis" not in item.text


def test_a_report_s_reported_speech_alone_stays_the_reporter_s() -> None:
    # Nobody asks on the record: "NAME erklärt, …" in a report is no turn of a minute.
    article = parse(
        "Neue Brücke für Auenrode\n\n"
        "Die Gemeinde baut eine neue Brücke über die Aue.\n\n"
        "Bürgermeister Falk Iversen erklärt, der Bau beginne im Frühjahr.\n\n"
        "Kämmerin Greta Oltmanns sagt, das Geld sei im Haushalt eingeplant.\n"
    )
    assert all(turn.kind in ("lead", "statement") for turn in article.turns)


def test_the_scorer_counts_a_lone_role_label_with_the_turn_it_labels() -> None:
    # "FRAGE" alone on its line over the question: the key counts it as the question's
    # paragraph; a right parse keeps it as neither text nor speaker.
    scorer = load_scorer()
    article = parse(
        "Das Dach hält\n\nEin Gespräch mit der Dachdeckerin Ilka Fenske.\n\n"
        "FRAGE\n\nFrau Fenske, wie lange hält ein Schieferdach?\n\n"
        "ILKA FENSKE\n\nHundert Jahre, wenn man es pflegt.\n\n"
        "FRAGE\n\nUnd ein Ziegeldach?\n\n"
        "ILKA FENSKE\n\nDie Hälfte davon.\n"
    )
    paragraphs = ["FRAGE", "Frau Fenske, wie lange hält ein Schieferdach?"]
    located = scorer.locate(paragraphs, article)
    assert located[0] is not None and located[0] is located[1]


def test_a_child_named_after_the_parent_is_called_by_the_family_s_initials() -> None:
    # "übergibt NAME an seine Tochter GIVEN": the initials label "W.B." is the daughter,
    # whose surname is the family's; "O.B." stays the father.
    article = parse(
        "Der Hof bleibt in der Familie\n\n"
        "Seit 1901 bewirtschaften die Brühls den Hof. Jetzt übergibt Ottmar Brühl an seine "
        "Tochter Wiebke.\n\n"
        "LZ: Herr Brühl, warum jetzt?\n\n"
        "O.B.: Weil mein Rücken nicht mehr will.\n\n"
        "LZ: Frau Brühl, was ändern Sie zuerst?\n\n"
        "W.B.: Den Melkstand. Der ist älter als ich.\n\n"
        "O.B.: Das stimmt leider.\n\n"
        "W.B.: Und die Kühe bekommen Namen.\n"
    )
    answers = [turn.speaker for turn in article.turns if turn.kind == "answer"]
    assert answers == ["Ottmar Brühl", "Wiebke Brühl", "Ottmar Brühl", "Wiebke Brühl"]


def test_an_e_mail_newsletter_s_questions_item_is_the_headline() -> None:
    # The page is an e-mail ("From:", "Subject:" at its head) with several items: the item
    # announcing "Three questions for NAME" is the page's interview, whoever greets.
    article = parse(
        "From: The Mill Lane Letter <news@milllane.example>\n"
        "Subject: Ducks, drains and a new bench\n\n"
        "THE MILL LANE LETTER – Issue 12\n\n"
        "IN BRIEF: The drains on Mill Lane are cleared on Friday.\n\n"
        "Three questions for Ines Harrowby, cobbler\n\n"
        "Ines Harrowby has mended shoes on Mill Lane since 2011.\n\n"
        "Q: Who still mends shoes?\n\nA: More people every year.\n\n"
        "Q: What is hardest?\n\nA: Glued soles. They never come off cleanly.\n"
    )
    assert article.title == "Three questions for Ines Harrowby, cobbler"
    answers = [turn.speaker for turn in article.turns if turn.kind == "answer"]
    assert answers == ["Ines Harrowby", "Ines Harrowby"]


def test_a_one_question_column_s_headline_on_two_lines_and_its_credit() -> None:
    # "Eine Frage an …" / "… ROLE NAME": one headline; "Gefragt hat NAME." credits the
    # asker, as "Die Fragen stellte NAME." does.
    article = parse(
        "Eine Frage an …\n\n"
        "… Schornsteinfegerin Lotte Rabenhorst\n\n"
        "Lotte Rabenhorst kehrt seit zwölf Jahren die Kamine im Oberdorf. Im Herbst rufen "
        "sie vor allem Neubürger an.\n\n"
        "Frau Rabenhorst, wie oft muss mein Kamin gefegt werden?\n\n"
        "„Einmal im Jahr, wenn Sie regelmäßig heizen. Wer nur an Weihnachten heizt, kommt "
        "mit weniger aus.\n\n"
        "Und bitte nie Zeitungen verbrennen. Der Ruß setzt sich fest.“\n\n"
        "Gefragt hat Till Ohlendorf.\n"
    )
    assert article.title == "Eine Frage an … Schornsteinfegerin Lotte Rabenhorst"
    asked = [turn.speaker for turn in article.turns if turn.kind == "question"]
    assert asked == ["Till Ohlendorf"]


def test_a_transcript_service_s_credit_and_terms_are_furniture() -> None:
    assert is_boilerplate("Transcript by Rinkside Text. Provided for media use only.")
    assert is_boilerplate("FastWords transcript by Rinkside Text Services")
    assert not is_boilerplate("The transcript by the clerk shows that he lied.")


def test_a_show_s_notes_credit_both_hosts_who_ask() -> None:
    # "Hosts NAME and NAME talk to GUEST": the co-host's lines, a greeting among them,
    # are the asking side under her own name, not a second guest's answers.
    article = parse(
        "Tabletop Tonight, Episode 40: The Lighthouse Game\n\n"
        "Show notes: Hosts Ruben Okoro and Maeve Tallis talk to designer Sunniva Brekke "
        "about her game of lighthouse keepers.\n\n"
        "RUBEN OKORO: Welcome back. Our guest is Sunniva Brekke. Sunniva, why lighthouses?\n\n"
        "MAEVE TALLIS: Hi Sunniva.\n\n"
        "SUNNIVA BREKKE: Because my grandfather kept one on the coast.\n\n"
        "MAEVE TALLIS: Is it a game you play together or against each other?\n\n"
        "SUNNIVA BREKKE: Together. The storm is the enemy.\n\n"
        "RUBEN OKORO: How long did it take to make?\n\n"
        "SUNNIVA BREKKE: Four years.\n"
    )
    kinds = {turn.kind for turn in article.turns if turn.speaker == "Maeve Tallis"}
    assert kinds == {"question"}


def test_a_q_and_a_headline_names_whom_the_questions_were_put_to() -> None:
    # "Q&A: ROLE NAME on TOPIC": the unlabelled "A:" answers are NAME's.
    article = parse(
        "Q&A: Beekeeper Torvald Imrie on swarms, stings and honey prices\n\n"
        "Torvald Imrie keeps forty hives on the hill above Kelso Bay.\n\n"
        "Q: How many stings a week?\n\nA: Two or three. You stop noticing.\n\n"
        "Q: What sets the price of honey?\n\nA: The weather in June, mostly.\n"
    )
    answers = [turn.speaker for turn in article.turns if turn.kind == "answer"]
    assert answers == ["Torvald Imrie", "Torvald Imrie"]
