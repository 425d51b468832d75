"""Round 43 (tests numbered after round 42's `test_parsing_round43.py`): layouts written for
these tests (invented names, outlets and wording, not taken from a fixture) for the forms
the parser now reads."""

from __future__ import annotations

from parsing_support import parse, speakers


def test_a_nickname_with_the_surname_is_the_full_name_the_text_ties_it_to() -> None:
    # 'Theodore "Teddy" Marchetti' in the lead: the headline's "Teddy Marchetti" and the
    # label under the surname are Theodore Marchetti, not a second person.
    article = parse(
        "Forty years at the mill: Teddy Marchetti says goodbye\n\n"
        'When Theodore "Teddy" Marchetti joined the sawmill in 1984, everything was done by '
        "hand. Priya Odum from the staff magazine talked to him.\n\n"
        "By Priya Odum\n\n"
        "Mill Notes: Teddy, what was your first job?\n\n"
        "Marchetti: Sweeping sawdust. For a whole year.\n\n"
        "Mill Notes: And now?\n\n"
        "Marchetti: Now I go fishing.\n"
    )
    assert speakers(article, "answer") == ["Theodore Marchetti", "Theodore Marchetti"]


def test_a_label_of_nickname_and_surname_is_the_full_name() -> None:
    article = parse(
        "Four decades of bread\n\n"
        'We talked to founder Wilhelmina "Mina" Okafor, 81, and her grandson Dario Okafor.\n\n'
        "By Lena Stroud\n\n"
        "GAZETTE: Mina, how did it start?\n\n"
        "Mina Okafor: With one oven and a loan.\n\n"
        "GAZETTE: Dario, why did you join?\n\n"
        "Dario Okafor: Because nobody else would get up at four.\n\n"
        "GAZETTE: What changed?\n\n"
        "Mina: The flour.\n"
    )
    assert speakers(article, "answer") == [
        "Wilhelmina Okafor",
        "Dario Okafor",
        "Wilhelmina Okafor",
    ]


def test_class_years_after_names_leave_the_roles_readable() -> None:
    # An alumni magazine: "NAME ’09 ... NAME ’21 asked the ..." gives who answers and who
    # asks, the class years between a name and its verb notwithstanding.
    article = parse(
        "Making Glass Sing\n\n"
        "Lucinda Ferreira-Kahn ’09 has blown glass in four countries. Tobias Achterberg ’21 "
        "asked the glassblower what heat sounds like.\n\n"
        "Q. How did you start?\n\n"
        "A. With a summer job at a lamp workshop. I stayed twelve years.\n\n"
        "Q. What is the hardest piece?\n\n"
        "A. A thin bowl. It forgives nothing.\n"
    )
    assert speakers(article, "question") == ["Tobias Achterberg", "Tobias Achterberg"]
    assert speakers(article, "answer") == ["Lucinda Ferreira-Kahn", "Lucinda Ferreira-Kahn"]


def test_a_questionnaire_rubric_names_its_person_whatever_the_given_name() -> None:
    # "Der Fragebogen: NAME": the rubric says questions follow, so the two words after it
    # are a person, though the given name is on no list; the answers speak as "ich".
    article = parse(
        "Der Fragebogen: Ysolde Brennecke\n\n"
        "Jede Woche beantwortet jemand aus dem Viertel unsere Fragen. Diesmal: die "
        "Leiterin der Stadtteilbibliothek.\n\n"
        "**Was lesen Sie gerade?**\n\n"
        "Ich lese einen Roman über Leuchttürme.\n\n"
        "**Was wollten Sie als Kind werden?**\n\n"
        "Ich wollte Pilotin werden.\n\n"
        "**Was ärgert Sie?**\n\n"
        "Ich ärgere mich über Eselsohren.\n"
    )
    assert speakers(article, "answer") == ["Ysolde Brennecke"] * 3


def test_a_masthead_framed_by_rules_is_no_headline() -> None:
    # A plain-text bulletin frames its name, what it is and its issue with rule lines;
    # the headline is under the box.
    article = parse(
        "==============================\n"
        "THE KITE POST\n"
        "Quarterly letter of the Dunmore Kite Flyers\n"
        "Issue 14 — Spring 2026\n"
        "==============================\n\n"
        "Flyer of the Season: Oonagh Pressly\n\n"
        "We asked Oonagh Pressly about her record box kite.\n\n"
        "— How big was it?\n\n"
        "Three metres, and it flew for six hours.\n"
    )
    assert article.title == "Flyer of the Season: Oonagh Pressly"
    assert all("Quarterly letter" not in turn.text for turn in article.turns)


def test_a_series_line_with_its_part_in_brackets_is_no_headline() -> None:
    article = parse(
        "Alte Handwerke am Fluss (Teil 3)\n\n"
        "Der letzte Seiler von Kranzbach\n\n"
        "Bertolt Veigel dreht seit 1979 Seile. Mit ihm sprach Anke Wiesmann.\n\n"
        "Frage: Wie lang ist Ihr längstes Seil?\n\n"
        "Antwort: Hundertzwanzig Meter, für eine Fähre.\n"
    )
    assert article.title == "Der letzte Seiler von Kranzbach"


def test_an_information_systems_path_with_a_file_number_is_no_headline() -> None:
    # "Stadt X – Portal – Sitzung AB/2026/02 – Protokoll (Auszug)": a path whose parts are
    # names, a file number and a note in brackets, over the record's own heading.
    article = parse(
        "Stadt Ahlfeld – Bürgerportal – Vorlage BA/2026/02 – Ergebnisbericht (Entwurf)\n\n"
        "Bericht aus dem Bauausschuss Ahlfeld\n\n"
        "Vorsitz: Ausschussvorsitzender Gernot Paulsen\n\n"
        "Anwohnerin Margit Sollner: Wann wird die Brücke gesperrt?\n\n"
        "Ausschussvorsitzender Paulsen: Ab dem ersten März, für sechs Wochen.\n"
    )
    assert article.title == "Bericht aus dem Bauausschuss Ahlfeld"


def test_a_compilers_credit_is_not_the_subject_and_a_headline_in_capitals_names_them() -> None:
    # "Compiled by NAME" in a club bulletin's lead credits whoever wrote it down, not
    # whom it is about (nor, for certain, who asked: a reader column is compiled too); the
    # rubric's name in capitals ("SPOTLIGHT: NAME") is the member who answers.
    article = parse(
        "MEMBER SPOTLIGHT: ROSALIND VANDERMEER\n\n"
        "Every issue we get to know one member better. This time our treasurer caught "
        "Rosalind Vandermeer at the spring regatta. Compiled by Lionel Ashgrove.\n\n"
        "— How long have you been sailing?\n\n"
        "Since I was eight. My father built the first dinghy I sailed.\n\n"
        "— What keeps you in the club?\n\n"
        "The people, and the races I still lose. I keep a log of every one.\n\n"
        "— Any advice for new members?\n\n"
        "Crew for others first. I learnt more as crew than as skipper.\n"
    )
    assert speakers(article, "question") == [None] * 3
    assert speakers(article, "answer") == ["Rosalind Vandermeer"] * 3


def test_a_council_records_residents_and_members_by_office_and_name() -> None:
    # Minutes of a council's question time: "Einwohnerin NAME (street):", later
    # "Einwohnerin SURNAME:", and a member as "GR SURNAME:" are those people, whatever the
    # given name, not the turn before going on.
    article = parse(
        "Niederschrift über die Einwohnerfragestunde in Haselfurt\n\n"
        "Vorsitz: Bürgermeister Anselm Triebel. Für die Verwaltung: Kämmerin Britta Lohse.\n\n"
        "Bürgermeister Triebel: Ich eröffne die Fragestunde. Frau Quandt-Obi, bitte.\n\n"
        "Einwohnerin Ysolde Quandt-Obi (Lindenweg): Wann wird der Spielplatz saniert?\n\n"
        "Kämmerin Lohse: Die Mittel stehen im Haushalt des kommenden Jahres.\n\n"
        "Einwohnerin Quandt-Obi: Und wer zahlt die neuen Geräte?\n\n"
        "Kämmerin Lohse: Zur Hälfte der Förderverein.\n\n"
        "GR Matthias Kowarsch (Bürgerliste): Gibt es dafür einen Beschluss?\n\n"
        "Bürgermeister Triebel: Ja, vom März.\n\n"
        "GR Kowarsch: Danke.\n"
    )
    named = {turn.text[:12]: turn.speaker for turn in article.turns}
    assert named["Wann wird de"] == "Ysolde Quandt-Obi"
    assert named["Und wer zahl"] == "Ysolde Quandt-Obi"
    assert named["Danke."] == "Matthias Kowarsch"


def test_a_voice_message_played_in_under_a_stamp_is_nobodys_turn() -> None:
    # "[00:03:10] (Voice message) Hi, ...": a listener's recording the host plays, not the
    # host's turn going on.
    article = parse(
        "Garden Hour, episode 12: Slugs\n\n"
        "Host: Marcus Ellery. Guest: Dr. Fiona Tarrant, soil ecologist.\n\n"
        "[00:00:05] Marcus Ellery: Welcome back. Fiona, why are there so many slugs?\n\n"
        "[00:00:12] Fiona Tarrant: Mild winters. They survive in far greater numbers.\n\n"
        "[00:01:02] Marcus Ellery: A listener sent us a message, let's play it.\n\n"
        "[00:01:08] (Voice message) Hi, I live by the canal and my lettuces vanish overnight. "
        "Does beer really work?\n\n"
        "[00:01:20] Fiona Tarrant: It does, a little, but it also draws slugs in.\n"
    )
    played = [turn for turn in article.turns if "lettuces" in turn.text]
    assert [(turn.kind, turn.speaker) for turn in played] == [("quote", None)]


def test_a_note_after_the_last_answer_naming_its_speaker_in_full_is_not_theirs() -> None:
    # A parish letter's interview labelled by initials: the paragraph after the last
    # answer that names the answerer in full ("We say goodbye to NAME ...") is the
    # editors' note, though it says "wir", not the answer going on.
    article = parse(
        "Abschied vom Pfarrgarten\n\n"
        "Nach 25 Jahren hört Gärtner Wendelin Ostkamp auf. Mit ihm sprach Helga Marsch.\n\n"
        "H. M.: Was war Ihre liebste Arbeit?\n\n"
        "W. O.: Das Veredeln der alten Apfelbäume.\n\n"
        "H. M.: Und was kommt jetzt?\n\n"
        "W. O.: Mein eigener Garten, endlich.\n\n"
        "Den Abschied von Wendelin Ostkamp feiern wir am Sonntag nach dem Gottesdienst. "
        "Wir bitten um Blumen aus Ihren Gärten.\n"
    )
    note = [turn for turn in article.turns if "Abschied von" in turn.text]
    assert [turn.speaker for turn in note] == [None]
    assert speakers(article, "answer") == ["Wendelin Ostkamp"] * 2


def test_a_nickname_is_tied_to_a_given_name_on_no_list_where_the_labels_use_it() -> None:
    # 'Marzell "Zell" Obermaier': the word before the quoted nickname is on no list of
    # given names, but the labels write "Zell Obermaier:", which only a person goes by.
    article = parse(
        "Sixty years of sausages\n\n"
        'We met founder Marzell "Zell" Obermaier, 90, and his grandson Jonas Obermaier.\n\n'
        "By Ruth Calloway\n\n"
        "HERALD: Zell, how did it start?\n\n"
        "Zell Obermaier: With a smokehouse my father built.\n\n"
        "HERALD: Jonas, will you keep the recipes?\n\n"
        "Jonas Obermaier: Every one of them.\n\n"
        "HERALD: What has changed?\n\n"
        "Zell: The pigs are bigger.\n"
    )
    assert speakers(article, "answer") == [
        "Marzell Obermaier",
        "Jonas Obermaier",
        "Marzell Obermaier",
    ]
