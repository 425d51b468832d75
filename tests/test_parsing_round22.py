"""Round 22: layouts written for these tests (invented names, outlets and wording, not
taken from a fixture) for the forms the parser now reads."""

from __future__ import annotations

from parsing_support import load_scorer, parse, shape

from assistant.ingest.furniture import is_boilerplate


def test_scorer_compares_names_without_an_austrian_magister_title() -> None:
    # "Mag." is an academic title as "Dr." is: the key may leave it out of the name.
    scorer = load_scorer()
    assert scorer.normal_name("Mag. Ilona Kreuzpaintner") == "ilona kreuzpaintner"
    said, right = scorer.normal_name("Mag. Ilona Kreuzpaintner"), "ilona kreuzpaintner"
    assert scorer.same_person(said, right)


def test_a_long_bracketed_note_after_an_answer_is_nobody_s() -> None:
    # A court-watch protocol: the clerk's note in brackets between two labelled turns is
    # no part of the witness's answer.
    article = parse(
        "Der dritte Verhandlungstag\n\n"
        "Wir dokumentieren die Vernehmung des Zeugen Gerold Habermann. Vorsitzende "
        "Richterin ist Sieglinde Aumayr.\n\n"
        "Vorsitzende: Herr Habermann, wo standen Sie?\n\n"
        "Zeuge Habermann: Am Tor. Ich hatte die Taschenlampe dabei.\n\n"
        "(Dem Zeugen wird ein Foto des Tores vorgelegt. Er erkennt die Stelle wieder und "
        "zeigt auf den linken Pfosten.)\n\n"
        "Vorsitzende: Und dann?\n\n"
        "Zeuge Habermann: Dann bin ich zurück ins Häuschen.\n"
    )
    note = next(t for t in article.turns if t.text.startswith("(Dem Zeugen"))
    assert (note.kind, note.speaker) == ("lead", None)
    assert all("(Dem Zeugen" not in t.text for t in article.turns if t.speaker)


def test_a_dated_transcript_line_over_the_headline_is_not_the_title() -> None:
    # "Mitschrift der Diskussion …, Ort, Datum" says what the page is, not what it is about.
    article = parse(
        "Mitschrift des Stadtgesprächs „Brücken bauen“, Kulturhaus Lindenau, 4. Mai 2026\n\n"
        "Wer bezahlt die neue Rheinbrücke?\n\n"
        "Auf dem Podium: Ottokar Wimmelbach (Statiker). Moderation: Henrike Salzmann\n\n"
        "SALZMANN: Herr Wimmelbach, wer zahlt?\n\n"
        "WIMMELBACH: Am Ende die Stadt, wie immer.\n"
    )
    assert article.title == "Wer bezahlt die neue Rheinbrücke?"


def test_a_trial_s_day_line_over_the_headline_is_not_the_title() -> None:
    article = parse(
        "Prozessbericht Amtsgericht Kaltenbrunn, Tag 2\n\n"
        "Der Streit um die Scheune: Was der Nachbar gesehen hat\n\n"
        "Wir dokumentieren die Aussage des Zeugen Ferdinand Moosleitner.\n\n"
        "Vorsitzender: Herr Moosleitner, was haben Sie gesehen?\n\n"
        "Zeuge Moosleitner: Rauch, und dann das Auto.\n"
    )
    assert article.title == "Der Streit um die Scheune: Was der Nachbar gesehen hat"


def test_a_protocol_s_head_lines_stand_over_its_headline() -> None:
    # The chamber, the committee and the record's own line ("Wortprotokoll der 12.
    # Sitzung") head the page; the line under them says what the hearing is about.
    article = parse(
        "Kreistag Odenhain – Niederschrift\n"
        "Ausschuss für Schulen und Sport\n"
        "Wortprotokoll der 12. Sitzung\n\n"
        "Anhörung zum Neubau der Dreifeldhalle\n\n"
        "Anwesend: Vorsitzender Wendelin Marschall, Sachverständige Gundula Ehrenreich\n\n"
        "Vorsitzender Wendelin Marschall: Frau Ehrenreich, reicht das Geld?\n\n"
        "Gundula Ehrenreich: Für die Halle ja, für die Tribüne nicht.\n"
    )
    assert article.title == "Anhörung zum Neubau der Dreifeldhalle"


def test_a_wire_slug_glued_to_the_headline_is_no_part_of_the_title() -> None:
    article = parse(
        "INTERVIEW-Port operator expects a quiet winter\n\n"
        "HAMBURG, Jan 9 (Northline) - Ove Trelleborg, chief executive of Kaiport, spoke "
        "to Northline about volumes.\n\n"
        "Q: Will volumes fall?\n\n"
        "A: A little, yes.\n"
    )
    assert article.title == "Port operator expects a quiet winter"


def test_a_newsletter_s_questions_item_is_its_headline() -> None:
    # A club newsletter greets its members and brings several items; the one announcing
    # questions to someone is the interview, its heading the title. The browser line over
    # it and the mailing footer are furniture.
    article = parse(
        "Falls dieser Newsletter nicht richtig angezeigt wird, öffnen Sie ihn im Browser.\n\n"
        "Schachclub Wendelstein – Rundbrief Mai\n\n"
        "Liebe Mitglieder,\n\n"
        "Turnier am 3. Juni\n\n"
        "Anmeldung bis Ende Mai bei Lothar.\n\n"
        "Vier Fragen an unsere neue Jugendwartin\n\n"
        "→ Was hast du vor?\n\n"
        "Ich will mehr Kinder ans Brett holen.\n\n"
        "Sie erhalten diesen Newsletter, weil Sie Mitglied sind. Abmelden\n"
    )
    assert article.title == "Vier Fragen an unsere neue Jugendwartin"
    assert all("im Browser" not in t.text for t in article.turns)
    assert all("Abmelden" not in t.text for t in article.turns)


def test_who_sent_her_the_questions_asks_them() -> None:
    # A written interview: the lead names the interviewee, then "NAME hat ihr per E-Mail
    # Fragen geschickt": NAME asks, the one "ihr" stands for answers.
    article = parse(
        "Sechs Fragen an einen Glockengießer\n\n"
        "Theodor Ellerbrock gießt seit vierzig Jahren Glocken in Tannhausen. Waltraud "
        "Seifried hat ihm per E-Mail Fragen geschickt.\n\n"
        "1. Wie lange dauert ein Guss?\n\n"
        "Einen Vormittag. Das Abkühlen dauert Wochen.\n\n"
        "2. Und der Klang?\n\n"
        "Den hört man erst, wenn sie hängt.\n"
    )
    assert shape(article)[-4:] == [
        ("question", "Waltraud Seifried"),
        ("answer", "Theodor Ellerbrock"),
        ("question", "Waltraud Seifried"),
        ("answer", "Theodor Ellerbrock"),
    ]


def test_a_question_set_apart_by_an_arrow_addresses_by_given_name() -> None:
    # "→ Ines, ..." calls the one person of that given name the text names in full.
    article = parse(
        "Zwei Fragen an die neue Kassenwartin\n\n"
        "Seit Mai führt Ines Kolbinger die Kasse des Vereins.\n\n"
        "→ Ines, warum tust du dir das an?\n\n"
        "Weil ich Zahlen mag. Ehrlich.\n\n"
        "→ Und was ändert sich?\n\n"
        "Die Beiträge werden online eingezogen.\n"
    )
    answers = [t.speaker for t in article.turns if t.kind == "answer"]
    assert answers == ["Ines Kolbinger", "Ines Kolbinger"]


def test_answers_signed_after_a_dash_under_a_numbered_question() -> None:
    # A written round table: each reply ends with "— NAME, place"; the signature says who
    # answered, and each reply is a turn of its own. Who "sent the same questions" asks.
    article = parse(
        "Three bakers on the price of flour\n\n"
        "After a wet spring, Agnes Holloway sent the same two questions to three bakers. "
        "Their replies, lightly edited.\n\n"
        "**1. Has flour gone up?**\n\n"
        "By a third since spring. — Ottilie Marchbanks, Mill Street Bakery, Leeds\n\n"
        "Not for us; we buy a year ahead. — Martin Pettigrew, Harbour Loaf, Whitby\n\n"
        "**2. Will bread cost more?**\n\n"
        "Ten pence a loaf, I would guess. — Ottilie Marchbanks\n\n"
        "Honestly? Not this year. — Martin Pettigrew\n"
    )
    answers = [(t.kind, t.speaker) for t in article.turns if t.kind != "lead"]
    assert answers == [
        ("question", "Agnes Holloway"),
        ("answer", "Ottilie Marchbanks"),
        ("answer", "Martin Pettigrew"),
        ("question", "Agnes Holloway"),
        ("answer", "Ottilie Marchbanks"),
        ("answer", "Martin Pettigrew"),
    ]


def test_an_faq_page_is_headings_and_the_issuer_s_text() -> None:
    # "Häufige Fragen": the questions are the page's headings, the answers its own text;
    # nobody is interviewed.
    article = parse(
        "Häufige Fragen zur Hundesteuer\n\n"
        "Die Gemeinde Elsterwinkel beantwortet hier die häufigsten Fragen.\n\n"
        "Wann ist die Steuer fällig?\n\n"
        "Jeweils zum 1. Juli für das ganze Jahr.\n\n"
        "Gibt es eine Ermäßigung?\n\n"
        "Ja, für Blindenhunde entfällt die Steuer.\n"
    )
    assert [kind for kind, _ in shape(article)] == [
        "lead",
        "lead",
        "statement",
        "lead",
        "statement",
    ]


def test_a_quoted_note_callout_is_a_sidebar() -> None:
    article = parse(
        "# Winter gritting: your questions\n\n"
        "Why are side streets not gritted?\n\n"
        "We grit the bus routes first.\n\n"
        "> **Tip:** Grit bins are free to use on any public footpath.\n\n"
        "When do the lorries go out?\n\n"
        "When the road drops below one degree.\n",
        markdown=True,
    )
    tip = next(t for t in article.turns if "Grit bins" in t.text)
    assert tip.kind == "sidebar"


def test_a_panel_list_shaped_as_a_label_credits_its_moderator() -> None:
    # "Panel: ..." opens the cast list, no turn: the moderator it credits asks.
    article = parse(
        "Who pays for the new tram?\n\n"
        "Panel: Harold Whitcombe (City Transit), Margaret Olsen (Riverside Residents). "
        "Moderator: Caroline Fairbrother.\n\n"
        "CAROLINE FAIRBROTHER: Harold, who pays?\n\n"
        "HAROLD WHITCOMBE: The city, then the riders.\n\n"
        "CAROLINE FAIRBROTHER: Margaret?\n\n"
        "MARGARET OLSEN: The riders, mostly.\n"
    )
    assert shape(article)[-4:] == [
        ("question", "Caroline Fairbrother"),
        ("answer", "Harold Whitcombe"),
        ("question", "Caroline Fairbrother"),
        ("answer", "Margaret Olsen"),
    ]


def test_labels_that_always_ask_outweigh_an_ambiguous_credit() -> None:
    # "Ein Gespräch mit NAME" may name either side; NAME asks in every labelled turn, the
    # other person never does: NAME is the interviewer.
    article = parse(
        "„Ich male nur nachts“\n\n"
        "Die Malerin Hildegard Sommerfeld stellt in Kassel aus. Ein Gespräch mit Bernhard "
        "Kessler.\n\n"
        "Bernhard Kessler: Frau Sommerfeld, warum nachts?\n\n"
        "Hildegard Sommerfeld: Weil es dann still ist.\n\n"
        "Bernhard Kessler: Und das Licht?\n\n"
        "Hildegard Sommerfeld: Kommt aus einer Lampe.\n\n"
        "Bernhard Kessler: Wie lange dauert ein Bild?\n\n"
        "Hildegard Sommerfeld: Ein Jahr.\n"
    )
    assert [kind for kind, _ in shape(article)][1:4] == ["question", "answer", "question"]


def test_furniture_of_round_22() -> None:
    # A PDF's running head and foot, a jingle named without brackets, a subscription's
    # price, a court report's closing note.
    for line in (
        "GARTEN & HOF 3/2026                              INTERVIEW",
        "58                                     GARTEN & HOF 3/2026",
        "[07:30:04] JINGLE „Frühstück am Fluss“",
        "Subscribe to Hedgerow Weekly for £3 a month. Cancel anytime.",
        "Hinweis: Dieser Bericht ist gekürzt. Es gilt die Unschuldsvermutung.",
        "[08:29:50] Gleich nach den Nachrichten: das Wetter für das Wochenende.",
        "Coming up after the news: the weekend's football.",
    ):
        assert is_boilerplate(line), line
    for line in (
        "Ja.          Das haben wir so gemacht.",
        "Der Angeklagte schweigt. Für ihn gilt, wie für alle, die Unschuldsvermutung, sagte "
        "die Richterin, und dann vertagte sie die Verhandlung auf Donnerstag.",
    ):
        assert not is_boilerplate(line), line


def test_a_release_s_subhead_under_its_headline_is_lead() -> None:
    # A press release's second headline line (no sentence) is its lead, not its body;
    # so is one over a British dateline ("TOWN, 2 June 2026 - ...").
    article = parse(
        "FOR IMMEDIATE RELEASE\n\n"
        "Fenmouth opens a seed library\n"
        "Forty varieties of beans and squash to borrow from May\n\n"
        "FENMOUTH, 4 May 2026 - Fenmouth Town Council today opened a seed library at the "
        "market hall.\n\n"
        '"Seeds want to be shared," said Councillor Agatha Pemberton.\n'
    )
    assert shape(article)[:2] == [("lead", None), ("statement", None)]


def test_a_tv_package_s_voice_over_and_unidentified_voice() -> None:
    # The reporter's voice-over narrates (a statement under their name); the unnamed
    # resident is a quote, said by nobody the transcript names.
    article = parse(
        "TRANSCRIPT\n\n"
        "Ferry cancelled again\n\n"
        "NORA BELLINGHAM, ANCHOR: Good evening. Our reporter Dominic Ashworth is on the "
        "quay.\n\n"
        "DOMINIC ASHWORTH, REPORTER (voice-over): The last ferry left at noon.\n\n"
        "UNIDENTIFIED WOMAN: Nobody tells us anything.\n\n"
        "BELLINGHAM: Dominic, when will it sail again?\n\n"
        "ASHWORTH: Not before Friday, Nora.\n"
    )
    kinds = {t.text[:12]: (t.kind, t.speaker) for t in article.turns}
    assert kinds["The last fer"] == ("statement", "Dominic Ashworth")
    assert kinds["Nobody tells"] == ("quote", None)


def test_a_release_quotes_a_titled_name_after_a_colon() -> None:
    # "Dr. NAME, ROLE, betont: „…“": the quotation is that person's statement.
    article = parse(
        "PRESSEMITTEILUNG\n\n"
        "Stadtwerke Lindhagen bauen Wärmenetz aus\n\n"
        "Lindhagen, 2. März 2026 – Die Stadtwerke legen bis 2028 zwölf Kilometer Leitung.\n\n"
        "Dr. Reinhild Osterkamp, Geschäftsführerin der Stadtwerke, betont: „Wir fangen im "
        "Norden an, weil dort die meisten Ölheizungen stehen.“\n"
    )
    assert shape(article)[-1] == ("statement", "Dr. Reinhild Osterkamp")


def test_an_anonymous_voicemail_is_a_played_in_clip() -> None:
    # A caller who does not say who they are is a clip (quote); one who does asks.
    article = parse(
        "The Garden Hour\n\n"
        "[00:00:05] HOLLIS: Welcome back. We got two voicemails this week.\n\n"
        "[00:00:09] VOICEMAIL: Hi, my tomatoes split every August. Why?\n\n"
        "[00:00:15] PRUDENCE: Uneven watering, nearly always.\n\n"
        "[00:00:30] VOICEMAIL: Hello, this is Gregory Ashdown from Leeds. Can I prune "
        "roses in March?\n\n"
        "[00:00:40] PRUDENCE: Yes, once the frosts are over.\n"
    )
    kinds = [
        (t.kind, t.speaker) for t in article.turns if t.text.startswith("Hi") or "this is" in t.text
    ]
    assert kinds == [("quote", None), ("question", "Gregory Ashdown")]


def test_a_newsletter_s_farewell_keeps_its_signature() -> None:
    # "Herzliche Grüße" over "Euer Kassenteam": the signature belongs to the farewell.
    article = parse(
        "Zwei Fragen an unseren Platzwart\n\n"
        "Seit März pflegt Eberhard Lindqvist den Rasen.\n\n"
        "→ Eberhard, was ist dein Geheimnis?\n\n"
        "Geduld und Regen.\n\n"
        "Herzliche Grüße\n"
        "Euer Kassenteam\n"
    )
    assert "Euer Kassenteam" in article.turns[-1].text
