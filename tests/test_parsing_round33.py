"""Round 32 (tests numbered after round 31's `test_parsing_round32.py`): layouts written for
these tests (invented names, outlets and wording, not taken from a fixture) for the forms
the parser now reads."""

from __future__ import annotations

from parsing_support import parse, speakers


def test_a_newsletter_writers_recurring_me_label_asks() -> None:
    # "Me:" before each question of a newsletter's interview is the writer, who asks, also
    # where a line under it only remarks (no question mark) after a list in an answer.
    article = parse(
        "BENCH NOTES, a letter about furniture\nNo. 12 · by Odalys Brennecke\n\n"
        "Dovetails and Doubts\n\n"
        "Hello friends! This time I asked a chair maker some questions. Tamsin Holloway-Reyes "
        "has built chairs in a barn in the hills for twenty years.\n\n"
        "Me: What do buyers never notice?\n\n"
        "Tamsin: The back legs. They carry everything.\n\n"
        "Me: How do you choose the wood?\n\n"
        "Tamsin: I check three things:\n- Is it dry?\n- Is it straight?\n"
        "If not, it goes back.\n\n"
        "Me: Ash and oak seem like very different woods.\n\n"
        "Tamsin: They are. Ash bends, oak sulks.\n"
    )
    assert speakers(article, "question") == ["Odalys Brennecke"] * 3
    assert [turn.text for turn in article.turns if turn.kind == "question"][2] == (
        "Ash and oak seem like very different woods."
    )


def test_a_single_me_line_quoted_in_an_answer_is_no_label() -> None:
    # One "Me:" inside a remembered exchange an answer quotes stays the answer's words.
    article = parse(
        "The Quiet Drummer\n\n"
        "Interview by Lorcan Featherby\n\n"
        "**Why the brushes?**\n\n"
        'My teacher said it once.\n\nTeacher: "Softer."\nMe: "Then nobody hears me."\n\n'
        "**And now?**\n\n"
        "Now they lean in.\n"
    )
    assert "Lorcan Featherby" not in speakers(article, "answer")
    assert all(
        "Then nobody hears me" not in turn.text for turn in article.turns if turn.kind == "question"
    )


def test_a_role_label_takes_no_given_name_from_a_lower_case_noun() -> None:
    # "Next caller is NAME": "caller" in lower case is a noun, so "CALLER:" is no person
    # "Next Caller"; a wrong name is worse than none.
    article = parse(
        "Garden Hour\n\n"
        "PRESENTER: Good morning. In the studio is tree surgeon Orla Kindersley.\n\n"
        "GUEST: Morning.\n\n"
        "PRESENTER: Next caller is Ferdy in Lowick. Hello, Ferdy.\n\n"
        "CALLER (Ferdy): Hi. Can I prune a plum tree in winter?\n\n"
        "GUEST: Better in summer, when it heals fast.\n\n"
        "CALLER (Ferdy): And a cherry?\n\n"
        "GUEST: The same.\n"
    )
    assert all(
        turn.speaker is None or "caller" not in turn.speaker.casefold() for turn in article.turns
    )


def test_the_guest_in_the_studio_answers_among_callers() -> None:
    # "In the studio is ROLE NAME" in the host's first turn names the guest, also where
    # callers ask under a label of their own ("CALLER (Given):"), which names no answerer.
    article = parse(
        "Garden Hour\n\n"
        "PRESENTER: Good morning. In the studio is tree surgeon Orla Kindersley. Morning, "
        "Orla.\n\n"
        "GUEST: Morning, and hello to everyone with a saw.\n\n"
        "PRESENTER: Let's go to Ferdy in Lowick.\n\n"
        "CALLER (Ferdy): Hi. Can I prune a plum tree in winter?\n\n"
        "GUEST: Better in summer, when it heals fast.\n\n"
        "PRESENTER: Orla Kindersley, thank you.\n"
    )
    assert set(speakers(article, "answer")) - {None} == {"Orla Kindersley"}
    said = {turn.text.split(",")[0]: turn.speaker for turn in article.turns}
    assert said["Better in summer"] == "Orla Kindersley"


def test_initial_and_surname_labels_tell_a_family_apart() -> None:
    # "G. Pfannholz:" and "W. Pfannholz:": father and daughter share the surname; each
    # label is the one given name with its initial the lead gives, a rare one too, or the
    # child's ("an seine Tochter Wiebke").
    article = parse(
        "„Holz muss ruhen“\n\n"
        "Die Drechslerei Pfannholz in Ulmenau gibt es seit 1902. Nun übergibt Gismund "
        "Pfannholz die Werkstatt an seine Tochter Wiebke. Mit beiden sprach Ansgar Roloff.\n\n"
        "**A. R.:** Herr Pfannholz, warum jetzt?\n\n"
        "**G. Pfannholz:** Weil die Hände nicht mehr wollen.\n\n"
        "**A. R.:** Frau Pfannholz, was ändern Sie?\n\n"
        "**W. Pfannholz:** Zuerst die Absauganlage.\n\n"
        "**G. Pfannholz:** Die war immer laut genug.\n"
    )
    assert speakers(article, "answer") == [
        "Gismund Pfannholz",
        "Wiebke Pfannholz",
        "Gismund Pfannholz",
    ]


def test_someone_described_with_an_indefinite_article_is_a_voice_of_their_own() -> None:
    # "Ein Mann am Fenster:" labels an unnamed voice from the floor, not the panellist
    # whose answer came before it.
    article = parse(
        "Brücke oder Fähre?\n\n"
        "Rund 150 Menschen kamen am Montag in die Stadthalle Wendelsau. Es diskutierten "
        "Baudezernent Dr. Henning Quarzbach und Gerlinde Ellerhorst von der Bürgerinitiative.\n\n"
        "Moderation: Herr Quarzbach, warum die Brücke?\n\n"
        "Quarzbach: Weil die Fähre nachts nicht fährt.\n\n"
        "Moderation: Frau Ellerhorst, und Sie?\n\n"
        "Ellerhorst: Die Fähre ist billiger.\n\n"
        "Ein Mann am Fenster: Und wer zahlt die Brücke?\n\n"
        "Quarzbach: Zum großen Teil das Land.\n"
    )
    said = {turn.text: turn.speaker for turn in article.turns}
    assert said["Die Fähre ist billiger."] == "Gerlinde Ellerhorst"
    assert said["Und wer zahlt die Brücke?"] is None


def test_a_guest_line_before_the_hosts_welcome_is_a_cold_open() -> None:
    # A guest's whole sentence under their label before the host's "Welcome to …" was
    # played in: a clip, nobody's answer.
    article = parse(
        "Pipes & Pumps, episode 31\n\n"
        "[00:00:00] ISOLDE: The day the main burst, the whole street came out in slippers.\n\n"
        "[00:00:07] [MUSIC]\n\n"
        "[00:00:15] RUFUS: Hello and welcome to Pipes & Pumps, I'm Rufus Abernethy. My guest "
        "today is Isolde Grünspan, who mends water mains.\n\n"
        "[00:00:30] ISOLDE: Hi, Rufus.\n\n"
        "[00:00:32] RUFUS: Isolde, how old are the pipes under us?\n\n"
        "[00:00:36] ISOLDE: Some are older than the houses.\n"
    )
    first = next(turn for turn in article.turns if "slippers" in turn.text)
    assert (first.kind, first.speaker) == ("quote", None)


def test_a_headings_questions_for_a_role_and_name_name_the_answerer() -> None:
    # "Three questions for … ROLE NAME" over a lead that calls them by the given name: the
    # column's subject answers, however rare the given name, under an unrelated item.
    article = parse(
        "WORKS NEWS – WINTER ISSUE\n\n"
        "In brief: Canteen reopens\n\n"
        "The canteen on the second floor reopened on Monday after six weeks of building work, "
        "with a new salad bar and longer opening hours.\n\n"
        "Three questions for … crane driver Ysolda Marchbank\n\n"
        "Ysolda has driven the yard's tower crane since 2017.\n\n"
        "**1. How do you get up there?**\n\n"
        "A ladder inside the mast, 48 metres of it.\n\n"
        "**2. And what do you see?**\n\n"
        "On a clear day, the sea.\n"
    )
    assert set(speakers(article, "answer")) == {"Ysolda Marchbank"}


def test_a_credit_set_in_stars_in_plain_text_is_a_byline() -> None:
    # Plain text keeps the stars of an italic credit ("*Questions: NAME, Dept*"): still
    # the byline, whose name asks, not a question of its own.
    article = parse(
        "Five Minutes in the Archive\n\n"
        "Ottilie Brandvold has catalogued the works' papers since 2009.\n\n"
        "**1. What is the oldest thing down there?**\n\n"
        "A wage book from 1871, in pencil.\n\n"
        "**2. And the strangest?**\n\n"
        "A letter from a horse dealer, with a hair sample.\n\n"
        "*Questions: Leopold Carrasco, Communications*\n"
    )
    assert set(speakers(article, "question")) == {"Leopold Carrasco"}
    assert not any("Questions:" in turn.text for turn in article.turns if turn.kind == "question")


def test_letters_signed_below_by_given_name_and_town_or_initials_are_questions() -> None:
    # "Given, Town" and "X.Y., by email" on the line under a reader's letter sign it: the
    # letters ask, and the columnist the lead names answers them.
    article = parse(
        "Ask the Vet: Why does my cat eat grass?\n\n"
        "Margaret Oyinlola, vet in Brackwater, answers your questions every week.\n\n"
        "My cat eats the grass on our lawn and then is sick on the carpet. Should I worry?\n"
        "Winifred, Ashcombe\n\n"
        "Not at all, Winifred. Many cats do it, and it seems to help them bring up fur.\n\n"
        "Is it true that lilies are poisonous to cats?\n"
        "D.M., by email\n\n"
        "Yes, every part of them, even the pollen. Keep them out of the house.\n"
    )
    assert speakers(article, "answer") == ["Margaret Oyinlola"] * 2
    assert len(speakers(article, "question")) == 2


def test_minutes_name_a_parish_minister_by_office_and_an_apology_answers() -> None:
    # "Pfarrerin NAME" is the minister the attendance list names in full; "entschuldigt
    # sich" opens her reply, not the resident's question going on.
    article = parse(
        "Niederschrift über die Sitzung des Ortschaftsrates Quellbach\n\n"
        "Anwesend: Ortsvorsteher Gerold Bauknecht (Vorsitz), Ortschaftsräte Anke Loibl, "
        "Timo Rasch; als Gast Pfarrerin Renate Obermühl\n\n"
        "TOP 1 – Einwohnerfragestunde: Beleuchtung des Kirchplatzes\n\n"
        "Herr Walter Fenske, Brunnenweg 2, fragt, warum die Laternen am Kirchplatz seit "
        "Oktober nicht brennen. Er habe zweimal beim Pfarramt nachgefragt, ohne Antwort.\n\n"
        "Pfarrerin Obermühl entschuldigt sich für die ausgebliebene Antwort. Die Leitung sei "
        "beim Umbau beschädigt worden.\n\n"
        "Frau Sabine Kroll, Mühlgasse 7, fragt, wann die Reparatur erfolgt.\n\n"
        "Pfarrerin Obermühl erklärt, die Firma komme im März.\n"
    )
    said = {turn.text.split(" ")[1]: (turn.kind, turn.speaker) for turn in article.turns}
    assert said["Obermühl"] == ("answer", "Renate Obermühl")
    answers = [t for t in article.turns if t.kind == "answer"]
    assert [t.speaker for t in answers] == ["Renate Obermühl", "Renate Obermühl"]


def test_minutes_read_an_apology_as_the_reply() -> None:
    # "NAME entschuldigt sich für …" opens an official's reply in a council's minutes, as
    # "NAME erklärt, …" does: a turn of its own under that person.
    from assistant.ingest.blocks import Block, _minuted

    blocks = _minuted(
        [
            Block("prose", "Frau Edda Wollny, Bachstraße 3, fragt, wann der Spielplatz öffnet."),
            Block("prose", "Bauamtsleiter Jochen Pirk entschuldigt sich für die Verzögerung."),
        ]
    )
    assert [(b.kind, b.label, b.question) for b in blocks][1] == (
        "label",
        "Bauamtsleiter Jochen Pirk",
        False,
    )


_COUNCIL_MINUTES = (
    "MARLOW HEATH PARISH COUNCIL\n"
    "Minutes of the Meeting held in the Village Hall on Monday 2 February 2026\n\n"
    "Present: Cllr Harold Pemberton (Chair), Cllr Janet Okafor-Lowe, Cllr Simon Drake\n\n"
    "14/02 PUBLIC PARTICIPATION\n\n"
    "Mr Desmond Farrow of Mill Lane asked why the footpath to the school had not been "
    "gritted during the frost.\n\n"
    "Cllr Okafor-Lowe replied that the county gritting route did not include the path and "
    "that the Council would buy a grit bin.\n\n"
    "Mrs Farrow asked whether the bin could be placed by the stile.\n\n"
    "Cllr Okafor-Lowe confirmed that it could.\n\n"
    "15/02 PLAY AREA\n\n"
    "Members noted the inspection report. The swings are to be repainted in spring.\n"
)


def test_english_minutes_in_reported_speech_are_turns() -> None:
    # "Mr NAME of Street asked why …" / "Cllr NAME replied that …": a resident's question
    # and a councillor's answer, as German minutes' "fragt" / "antwortet" are.
    article = parse(_COUNCIL_MINUTES)
    assert speakers(article, "question")[0] == "Desmond Farrow"
    assert speakers(article, "answer") == ["Janet Okafor-Lowe"] * 2


def test_a_numbered_minute_titles_the_record_not_a_box() -> None:
    # "15/02 PLAY AREA" heads the record's next minute: the text under it is the record's,
    # not a box the heading opens.
    article = parse(_COUNCIL_MINUTES)
    assert all(turn.kind != "sidebar" for turn in article.turns if "swings" in turn.text)


def test_a_german_perfect_talk_credit_names_who_asked() -> None:
    # "NAME hat mit NAME2 im Ort gesprochen." under the interview: NAME asked, a byline,
    # not a question of its own.
    article = parse(
        "„Ein Schuh braucht Geduld“\n\n"
        "Nach 38 Jahren schließt Schuhmachermeister Gottfried Ambrusch seine Werkstatt.\n\n"
        "– *Herr Ambrusch, wie viele Sohlen waren es?*\n\n"
        "– Gezählt hab ich sie nie. Tausende.\n\n"
        "– *Und was machen Sie jetzt?*\n\n"
        "– Ich geh wandern. In guten Schuhen.\n\n"
        "Friederike Osterloh hat mit Gottfried Ambrusch in seiner Werkstatt gesprochen.\n"
    )
    assert set(speakers(article, "question")) == {"Friederike Osterloh"}
    assert not any("gesprochen" in turn.text for turn in article.turns if turn.kind == "question")


def test_a_stage_note_opening_a_paragraph_keeps_a_dashed_answer_going() -> None:
    # In a dialogue where a dash opens every turn, "(Sie lacht.) …" with no dash is the
    # answer going on after a note on what the speaker does, not the reporter's prose.
    article = parse(
        "„Ein Hut ist eine Haltung“\n\n"
        "Nach 40 Jahren schließt Hutmacherin Apollonia Brandtner ihr Geschäft in Graz.\n\n"
        "– *Frau Brandtner, wer trägt heute noch Hut?*\n\n"
        "– Mehr Leute, als Sie glauben. Junge vor allem.\n\n"
        "(Sie lacht und setzt sich einen Filzhut auf.) Der Hut ist eine Haltung. Den setzt "
        "man nicht einfach so auf.\n\n"
        "– *Was wird aus dem Laden?*\n\n"
        "– Ein Café. Da gehen dann die Hutträger hin.\n"
    )
    noted = next(turn for turn in article.turns if "Filzhut" in turn.text)
    assert noted.kind == "answer"
    assert "Junge vor allem" in noted.text


def test_those_who_spoke_with_them_are_people_whatever_their_given_names() -> None:
    # "Mit beiden sprachen NAME und NAME": both asked, the first with a given name on no
    # list, so the initials "Q. T.:" are hers and the unlabelled first question is no one
    # else's by default.
    article = parse(
        "„Glas bricht nie ohne Grund“\n\n"
        "Die Glashütte Ambrosius in Kaltenbrunn gibt Gerolf Ambrosius an seinen Sohn Lukas "
        "ab. Mit beiden sprachen Quirina Tellkamp und Stefan Wiegand.\n\n"
        "**Herr Ambrosius, warum jetzt?**\n\n"
        "**G. Ambrosius:** Weil ich 70 bin.\n\n"
        "**S. W.:** Lukas, haben Sie gezögert?\n\n"
        "**L. Ambrosius:** Ein Jahr lang.\n\n"
        "**Q. T.:** Und dann?\n\n"
        "**L. Ambrosius:** Dann habe ich zugesagt.\n\n"
        "**Q. T.:** Was bleibt?\n\n"
        "**G. Ambrosius:** Der Ofen.\n"
    )
    asked = speakers(article, "question")
    assert asked[2:] == ["Quirina Tellkamp", "Quirina Tellkamp"]
    assert asked[0] != "Stefan Wiegand"


def test_a_programmes_item_line_under_the_show_line_is_the_headline() -> None:
    # "Segment 3: TITLE" / "Item: TITLE" under the show's line is the page's headline,
    # without the item's word and number; "(Transcript)" after it is a note, no title.
    article = parse(
        "RIVERSIDE FM – Weekend Kitchen, Sunday 10am\n"
        "Segment 3: Sourdough Without Tears (Transcript)\n\n"
        "PRESENTER: Good morning. In the studio is baker Henrietta Olufemi. Morning!\n\n"
        "GUEST: Morning.\n\n"
        "PRESENTER: Why does my starter smell of glue?\n\n"
        "GUEST: It is hungry. Feed it twice a day.\n"
    )
    assert article.title == "Sourdough Without Tears"
    boxed = parse(
        "DAYBREAK NEWS – 06:40 – TRANSCRIPT\n"
        "Item: Flood Gates Close on the Lower Quay\n"
        "Presenters: Odile Marchetti. Reporter: Barnaby Quist\n\n"
        "ODILE: The gates on the lower quay closed overnight. Barnaby is there. Barnaby?\n\n"
        "BARNABY: Yes, the water is at the top step now.\n"
    )
    assert boxed.title == "Flood Gates Close on the Lower Quay"


def test_more_page_furniture_is_boilerplate() -> None:
    # On-screen text, a column's disclaimer, a live page's button, a print note, calls to
    # subscribe, a link to more and an embedded player: the page's, nobody's words.
    from assistant.ingest.furniture import is_boilerplate

    for line in (
        "CAPTION: Mirela Voss, ferry captain",
        "EINBLENDUNG: Gunnar Lüth, Schäfer in Oberweiden",
        "This column is for general information only and is no substitute for your doctor.",
        "Load more updates",
        "Dieser Artikel erschien in der Printausgabe des „Talboten“ Nr. 4/2026.",
        "Jetzt das Talbote-Abo sichern: talbote.example/abo",
        "Lesen Sie weiter mit Talbote Plus – 4 Wochen gratis.",
        "▶ Listen: the whole bird call (1:12)",
    ):
        assert is_boilerplate(line), line
    assert not is_boilerplate("The caption was wrong, and we fixed it.")


def test_a_head_line_over_on_screen_text_stays_the_pages() -> None:
    # "STRAP: …" under the presenters' line is on-screen text: set aside, but the line
    # above it is no heading of a pitch and stays.
    article = parse(
        "MORNING TIDE – 06:50 – TRANSCRIPT\n"
        "Item: Ferry Runs Aground off Pell Point\n"
        "Presenters: Odile Marchetti, Rufus Crane. Reporter: Ingrid Solberg-Amos\n\n"
        "STRAP: BREAKING – FERRY AGROUND OFF PELL POINT\n\n"
        "ODILE: A ferry ran aground this morning. Rufus, what do we know?\n\n"
        "RUFUS: Everyone is safe, Odile.\n"
    )
    texts = [turn.text for turn in article.turns]
    assert any("Presenters:" in text for text in texts)
    assert not any("STRAP" in text for text in texts)


def test_a_callers_remark_under_a_voice_label_is_a_question() -> None:
    # "CALLER:" puts questions to the guest; a turn that only remarks ("Thirty years and
    # it never failed!") is still the caller's side, not an answer.
    article = parse(
        "Garden Hour\n\n"
        "PRESENTER: Good morning. In the studio is tree surgeon Orla Kindersley.\n\n"
        "GUEST: Morning.\n\n"
        "CALLER: Hello! I have always pruned my roses in October.\n\n"
        "GUEST: Late winter is better.\n\n"
        "CALLER: Thirty years and it never failed!\n\n"
        "GUEST: Then keep going.\n"
    )
    kinds = {turn.text: turn.kind for turn in article.turns}
    assert kinds["Thirty years and it never failed!"] == "question"
    assert kinds["Hello! I have always pruned my roses in October."] == "question"
