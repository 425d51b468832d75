"""Round 26: layouts written for these tests (invented names, outlets and wording, not
taken from a fixture) for the forms the parser now reads."""

from __future__ import annotations

from parsing_support import parse


def test_a_reader_s_chat_handle_after_the_clock_time_is_a_label() -> None:
    # A live chat whose turns are "TIME NAME: text": a reader's handle in lower case with
    # underscores or figures labels the reader's question, which is no part of the
    # moderator's welcome before it.
    article = parse(
        "Sprechstunde live: Ihre Fragen zum Balkonkraftwerk\n\n"
        "Energieberater Mattis Oberhollenzer beantwortete eine Stunde lang Fragen unserer "
        "Leserinnen und Leser. Moderation: Runa Falkenhagen.\n\n"
        "18:00 Runa Falkenhagen: Guten Abend und willkommen! Die ersten Fragen sind da.\n\n"
        "18:02 sonnenkind_83: Wir wohnen zur Miete. Darf ich ein Modul ans Geländer hängen?\n\n"
        "18:04 Mattis Oberhollenzer: In der Regel ja, aber fragen Sie vorher die Vermieterin.\n\n"
        "18:06 Runa Falkenhagen: Eine Frage kam oft. Was kostet so eine Anlage?\n\n"
        "18:07 Mattis Oberhollenzer: Zwischen 300 und 600 Euro, je nach Wechselrichter.\n\n"
        "18:09 kai.w: Und wenn der Strom nicht gebraucht wird, wo geht er hin?\n\n"
        "18:10 Mattis Oberhollenzer: Ins Netz, ohne dass Sie dafür etwas bekommen.\n"
    )
    welcome = next(turn for turn in article.turns if "willkommen" in turn.text)
    assert "Geländer" not in welcome.text
    for words in ("Geländer", "gebraucht"):
        asked = next(turn for turn in article.turns if words in turn.text)
        assert asked.kind == "question" and asked.speaker != "Mattis Oberhollenzer"
        assert asked.speaker != "Runa Falkenhagen"
    answers = [turn.speaker for turn in article.turns if turn.kind == "answer"]
    assert answers == ["Mattis Oberhollenzer"] * 3


def test_a_lower_case_word_before_a_colon_is_no_handle_without_a_clock_time() -> None:
    # In prose, "übrigens:" or "tipp_1:" without the chat's clock time opens no turn.
    article = parse(
        "Drei Fragen an Tamsin Kroll\n\n"
        "Frau Kroll, wie oft gießen Sie?\n\n"
        "Tamsin Kroll: Jeden zweiten Tag.\n\n"
        "Und im Urlaub?\n\n"
        "Tamsin Kroll: Die Nachbarin hilft.\n\n"
        "nebenbei_gesagt: Die Nachbarin heißt wie ich.\n"
    )
    last = article.turns[-1]
    assert "Nachbarin hilft" in last.text and "heißt wie ich" in last.text
    assert all(turn.speaker != "nebenbei_gesagt" for turn in article.turns)


def test_a_surname_label_that_opens_with_its_particle_is_a_speaker_s() -> None:
    # A round table labelled by surnames: "el-Amrani:" is as much a name as "van Doorn:",
    # though it answers a question only once and takes turns with nobody twice; its
    # answers are not the speaker's before it going on.
    article = parse(
        "Three Bakers, One Oven\n\n"
        "Three friends run a bakery on the harbour front. We met them at dawn.\n\n"
        "How did you meet?\n\n"
        "el-Amrani: At a night class for pastry. I was the worst in the room.\n\n"
        "van Doorn: She was not. I was.\n\n"
        "Pruitt-Oduya: I was the teacher.\n\n"
        "van Doorn: And a strict one.\n\n"
        "Who gets up first?\n\n"
        "Pruitt-Oduya: Me, at four. The dough will not wait.\n\n"
        "What is next?\n\n"
        "van Doorn: A second oven, if the bank agrees.\n\n"
        "el-Amrani: True. And I do the books for it in the evening.\n\n"
        "What do you fear most?\n\n"
        "Pruitt-Oduya: A power cut.\n\n"
        "el-Amrani: And a wet summer, when nobody wants warm bread.\n"
    )
    for words in ("night class", "books for it", "wet summer"):
        turn = next(turn for turn in article.turns if words in turn.text)
        assert turn.speaker == "el-Amrani" and "van Doorn" not in turn.text


def test_a_reported_surname_names_the_family_member_whose_surname_it_is() -> None:
    # A report names the father in full, then quotes him by surname; the daughter, who is
    # interviewed below, has a double surname holding it. The quote is the father's.
    article = parse(
        "Der letzte Fährmann am Altrhein\n\n"
        "Konrad Hallgarten setzt seit vierzig Jahren Menschen über den Altrhein über.\n\n"
        "Von Ilka Morgenroth\n\n"
        "Um sieben legt die Fähre ab. Konrad Hallgarten prüft das Seil.\n\n"
        "„Man sieht das Wasser jeden Tag anders“, sagt Hallgarten. „Das wird nie langweilig.“\n\n"
        "Drei Fragen an Wiebke Hallgarten-Rost, Tochter und Nachfolgerin\n\n"
        "Warum übernehmen Sie die Fähre?\n\n"
        "Weil ich hier aufgewachsen bin und das Ufer kenne wie meine Küche.\n\n"
        "Was ändern Sie?\n\n"
        "Eine Fahrt am Abend, für Radfahrer.\n"
    )
    quote = next(turn for turn in article.turns if "Wasser jeden Tag" in turn.text)
    assert quote.speaker in (None, "Konrad Hallgarten")
    answers = {turn.speaker for turn in article.turns if turn.kind == "answer"}
    assert answers == {"Wiebke Hallgarten-Rost"}


def test_a_letterhead_over_the_minutes_title_line_is_not_the_headline() -> None:
    # "Markt Eibenau – Die Bürgermeisterin" is the issuer's letterhead; the minutes' own
    # line, closing with the session's date, is the headline.
    article = parse(
        "Markt Eibenau – Die Bürgermeisterin\n\n"
        "Niederschrift über die öffentliche Sitzung des Marktgemeinderats am 4. Mai 2026\n\n"
        "Beginn 18:30 Uhr. Anwesend: Bürgermeisterin Gesa Brandtner (Vorsitz), zwölf "
        "Mitglieder des Marktgemeinderats, Schriftführung: Ole Wenninger, Kämmerei.\n\n"
        "Herr Timo Rasch, Bachgasse, fragt, wann der Spielplatz am Weiher saniert werde.\n\n"
        "Bürgermeisterin Brandtner antwortet, die Arbeiten begännen im August.\n"
    )
    assert article.title.startswith("Niederschrift über die öffentliche Sitzung")
    assert article.title.endswith("am 4. Mai 2026")


def test_a_witness_s_examination_under_the_record_line_is_no_headline() -> None:
    # Under a committee's verbatim record, "Vernehmung des Zeugen NAME" is a step of the
    # session, not what the record is about.
    article = parse(
        "Wortprotokoll der 9. Sitzung des Untersuchungsausschusses (Hafenbrücke Ostmole)\n\n"
        "Vernehmung des Zeugen Arvid Lönneberg\n\n"
        "Vorsitzende Renate Quandt-Solms: Herr Lönneberg, wann erfuhren Sie von den Rissen?\n\n"
        "Zeuge Arvid Lönneberg: Im Frühjahr 2024, aus einem Gutachten.\n\n"
        "Vorsitzende Renate Quandt-Solms: Und wem haben Sie es weitergegeben?\n\n"
        "Zeuge Arvid Lönneberg: Dem Bauamt, noch am selben Tag.\n"
    )
    assert article.title.startswith("Wortprotokoll der 9. Sitzung")


def test_a_court_caption_over_a_deposition_line_is_not_the_headline() -> None:
    # The court and the parties head the page; the deposition's line is the title, its
    # dateline after the comma no part of it; the parties' line stays in the text.
    article = parse(
        "Page 12\n\n"
        "SUPERIOR COURT OF THE STATE OF NORTHMARK\n"
        "Kettle & Pine, LLC v. Harlow Brothers Bakery, Inc.\n\n"
        "Deposition of Odalys Fenwick-Mbeki, taken on March 9, 2026\n\n"
        "Q. Ms. Fenwick-Mbeki, when did you open the bakery?\n\n"
        "A. In 2019, on Mill Street.\n\n"
        "Q. Who designed the logo?\n\n"
        "A. My brother did, on a napkin.\n"
    )
    assert article.title == "Deposition of Odalys Fenwick-Mbeki"
    assert any("Harlow Brothers" in turn.text for turn in article.turns)


def test_a_note_on_the_transcript_under_an_episode_s_title_leaves_the_title() -> None:
    # A note made of sentences ("Transkript der Folge vom …. Es wurde gekürzt.") is no
    # record title line: the episode's line over it stays the headline.
    article = parse(
        "Funkloch – Der Podcast über Netze\n\n"
        "Funkloch #12 – Glasfaser auf dem Dorf\n\n"
        "Transkript der Folge vom 2. April. Das Transkript wurde von der Redaktion gekürzt.\n\n"
        "Pia Ostendorf: Willkommen! Mein Gast ist Henrik Salewski, Netzplaner.\n\n"
        "Henrik Salewski: Hallo Pia.\n\n"
        "Pia Ostendorf: Wann kommt die Glasfaser?\n\n"
        "Henrik Salewski: In drei Jahren, wenn die Förderung steht.\n"
    )
    assert article.title == "Funkloch #12 – Glasfaser auf dem Dorf"


def test_a_name_with_its_initials_in_brackets_is_a_person_s_whatever_its_given_name() -> None:
    # "NAME (INITIALS) talks to NAME (INITIALS)": the initials label the dialogue; a given
    # name that is also a word ("Anders") does not hide the person.
    article = parse(
        "What the River Leaves\n\n"
        "Tove Brannigan (TB) talks to Anders Moravec-Lund (AML), who has mapped the "
        "delta's sandbanks for a decade.\n\n"
        "TB: Anders, the banks moved a lot this year. Why?\n\n"
        "AML: Two floods in one spring. The main channel shifted by forty metres.\n\n"
        "TB: What does that mean for the ferries?\n\n"
        "AML: New buoys, and a pilot on board until the charts are redrawn.\n"
    )
    answers = {turn.speaker for turn in article.turns if turn.kind == "answer"}
    assert answers == {"Anders Moravec-Lund"}


def test_a_courtesy_title_in_capitals_before_a_particle_surname_finds_the_full_name() -> None:
    # A hearing labels a witness "MR. VAN DER HOLT:"; the witness gives the full name in
    # the first answer, which the label then stands for.
    article = parse(
        "Hearing on Night Flights Over the Harbour District\n\n"
        "Members present: Senators Odile Brancato (Chair), Kwesi Hartmann.\n\n"
        "CHAIR BRANCATO: The committee will come to order. Mr. van der Holt, go ahead.\n\n"
        "MR. VAN DER HOLT: Thank you. I'm Joost van der Holt, and I speak for the harbour "
        "residents. We cannot sleep.\n\n"
        "CHAIR BRANCATO: How many flights are there after midnight?\n\n"
        "MR. VAN DER HOLT: Eleven, on an ordinary night.\n"
    )
    answers = {turn.speaker for turn in article.turns if turn.kind == "answer"}
    assert answers == {"Joost van der Holt"}


def test_a_record_s_appearances_line_is_nobody_s_turn() -> None:
    # "APPEARANCES: NAME, for the plaintiff …" lists who attends; in a transcript labelled
    # in capitals it is no speaker's answer.
    article = parse(
        "Deposition of Ines Calloway-Ruiz\n\n"
        "APPEARANCES: Vernon Oakes, Oakes Legal, for Plaintiff. Dana Whitlow, for the Witness.\n\n"
        "BY MR. OAKES:\n\n"
        "Q. When did you start the company?\n\n"
        "A. In 2017, in my garage.\n\n"
        "MS. WHITLOW: Objection, form.\n\n"
        "A. It was 2017.\n\n"
        "MR. OAKES: Let's mark this as Exhibit 2.\n\n"
        "Q. Who chose the name?\n\n"
        "A. My sister did.\n"
    )
    listed = next(turn for turn in article.turns if "Oakes Legal" in turn.text)
    assert listed.kind not in ("answer", "question") and listed.speaker is None


def test_a_headline_putting_one_question_to_a_named_person_names_the_answerer() -> None:
    # "Eine Frage an NAME" over "Wir haben eine Gärtnerin gefragt, …": the lead's unnamed
    # role is the person the headline names, who answers.
    article = parse(
        "Eine Frage an Katharina Wachtelbeck\n\n"
        "Der erste Frost kommt früh in diesem Jahr. Wir haben eine Gärtnerin gefragt, was "
        "jetzt zu tun ist.\n\n"
        "Frau Wachtelbeck, was muss vor dem Frost noch aus dem Beet?\n\n"
        "Alles, was Wasser speichert: Dahlienknollen, Gladiolen, die letzten Zucchini. "
        "Rosen dagegen häufeln Sie nur an.\n\n"
        "Katharina Wachtelbeck leitet die Gärtnerei am Schlossberg.\n"
    )
    answers = {turn.speaker for turn in article.turns if turn.kind == "answer"}
    assert answers == {"Katharina Wachtelbeck"}


def test_a_reader_s_letter_signed_after_a_dash_with_a_given_name_is_a_question() -> None:
    # An advice column prints each letter with "— GIVEN, Place" (or "by email") on the line
    # under it: letter and signature are the reader's question, the reply after it answers.
    article = parse(
        "Ask the Beekeeper\n\n"
        "My hive went quiet in March and the bees are gone. Did I do something wrong?\n"
        "— Tobiah, Marsh End\n\n"
        "Probably not, Tobiah. A colony that dwindles in early spring has usually lost its "
        "queen over winter.\n\n"
        "Can I keep bees on a flat roof in town?\n"
        "— Wrenna, by email\n\n"
        "Yes, if the roof takes the weight and you give them water close by.\n"
    )
    kinds = [(turn.kind, turn.text.split()[0]) for turn in article.turns]
    assert kinds == [
        ("question", "My"),
        ("answer", "Probably"),
        ("question", "Can"),
        ("answer", "Yes,"),
    ]
    assert "— Wrenna, by email" in article.turns[2].text


def test_minutes_that_refer_or_explain_in_reported_speech_are_answers() -> None:
    # A council's minutes: the mayor refers the resident on, an official explains; both
    # are turns of their own, answering the resident's question.
    article = parse(
        "Niederschrift über die Sitzung des Ortschaftsrats Kieselbach\n\n"
        "Herr Lutz Weidemann, Lindenweg, fragt, wann die Straßenlaternen ersetzt werden.\n\n"
        "Ortsvorsteherin Brigitte Hollerbach verweist auf das Bauamt.\n\n"
        "Herr Jonas Ebersbach, Bauamt, erläutert, dass die Lampen im Herbst getauscht werden.\n"
    )
    speakers = [(turn.kind, turn.speaker) for turn in article.turns]
    assert speakers == [
        ("question", "Lutz Weidemann"),
        ("answer", "Brigitte Hollerbach"),
        ("answer", "Jonas Ebersbach"),
    ]
