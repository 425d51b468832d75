"""Round 52 (tests numbered after round 51's `test_parsing_round52.py`): layouts written for
these tests (invented names, outlets and wording, not taken from a fixture) for the wrong
names the parser no longer gives and the boxes it no longer gives anyone: an outlet's
initials that are also the guest's, a role before a surname, a caller's surname guessed by
the guest, a courtesy label shared by namesakes, and a box on the firm or of dates; and the
headlines it now finds under a bulletin's season line and at a breadcrumb's end."""

from __future__ import annotations

from parsing_support import parse, speakers


def test_initials_that_ask_are_the_outlets_not_the_guests_of_those_initials() -> None:
    # "TW:" (the Talbrücker Wochenblatt) asks; the guest's own label is her surname, so
    # the initials she shares are not hers, and the questions go to the byline's reporter.
    article = parse(
        "Ein Leben am Webstuhl\n\n"
        "Von Malwine Ostertag\n\n"
        "Seit vierzig Jahren webt Tilde Wandersleb Teppiche aus Schafwolle.\n\n"
        "TW: Frau Wandersleb, wie lange dauert ein Teppich?\n\n"
        "Wandersleb: Ungefähr drei Wochen, wenn nichts reißt.\n\n"
        "TW: Und was reißt am häufigsten?\n\n"
        "Wandersleb: Die Kettfäden, vor allem im Winter.\n\n"
        "Foto: Talbrücker Wochenblatt/Ostertag\n"
    )
    assert "Tilde Wandersleb" not in speakers(article, "question")
    assert speakers(article, "answer") == ["Tilde Wandersleb"] * 2


def test_a_role_before_a_surname_is_no_given_name() -> None:
    # "Coach Pembury" and "the coach": the role is no given name, and the surname label
    # names the coach by the surname alone.
    article = parse(
        "The rowing eight that learned to win\n\n"
        "Coach Pembury, who took over the boat club in 2011, sat down with us. We asked "
        "the coach about early mornings.\n\n"
        "*How early is early?*\n\n"
        "PEMBURY: Half past five on the water, every weekday.\n\n"
        "*Do the students complain?*\n\n"
        "PEMBURY: Only until the first regatta.\n\n"
        "Interview by Odile Franks\n"
    )
    assert "Coach Pembury" not in {turn.speaker for turn in article.turns}
    assert speakers(article, "answer") == ["Pembury"] * 2


def test_a_callers_surname_guessed_by_the_guest_is_not_added() -> None:
    # The guest asks "NAME SURNAME?" of the caller: a guess, not an introduction.
    article = parse(
        "Evening Kitchen - call-in transcript\n\n"
        "HOST: Tonight my guest is the baker Lorcan Fitzhugh. First caller, Philippa.\n\n"
        "PHILIPPA (caller): Hello! Lorcan, you taught my brother to bake.\n\n"
        "LORCAN: Philippa Marchetti? From the market stall?\n\n"
        "PHILIPPA: The very same. Why does my bread sink?\n\n"
        "LORCAN: Too much water, or too little time.\n"
    )
    assert "Philippa Marchetti" not in {turn.speaker for turn in article.turns}


def test_a_courtesy_label_is_not_the_namesake_known_first() -> None:
    # The baker's mother is named first, in a sound bite's caption; "MS. ADEBAYO:" is the
    # baker in the studio. Two people share the surname, so the label is not the first.
    article = parse(
        "Evening news - a bakery for the whole street\n\n"
        "MR. QUILLER: Finally tonight, a bakery that feeds a whole street. Odette Rann reports.\n\n"
        "ODETTE RANN (voice-over): The bakery on Mill Lane opened ten years ago. Its baker, "
        "Ada Adebayo, gets up at three.\n\n"
        "SOUND BITE (Marguerite Adebayo, the baker's mother): She was always up before the "
        "birds.\n\n"
        "MR. QUILLER: And baker Ada Adebayo joins us now. Good evening, Ms. Adebayo.\n\n"
        "MS. ADEBAYO: Good evening. My mother exaggerates, it is half past three.\n\n"
        "MR. QUILLER: What sells first?\n\n"
        "MS. ADEBAYO: The rye loaves, always the rye.\n"
    )
    assert "Marguerite Adebayo" not in speakers(article, "answer")


def test_a_box_on_the_firm_is_a_sidebar_not_a_turn() -> None:
    # "Das Unternehmen: NAME GmbH, …" after the last answer: the firm bears the owner's
    # name, but the box is nobody's turn.
    article = parse(
        "Schrauben für die halbe Welt\n\n"
        "Seit drei Generationen stellt die Familie Hambrecht in Talheim Schrauben her. Ein "
        "Gespräch mit Gerold Hambrecht.\n\n"
        "Herr Hambrecht, wie viele Schrauben machen Sie am Tag?\n\n"
        "Hambrecht: Rund zwei Millionen, an guten Tagen mehr.\n\n"
        "Und wohin gehen die?\n\n"
        "Hambrecht: Zur Hälfte ins Ausland, vor allem nach Skandinavien.\n\n"
        "Das Unternehmen: Hambrecht Verbindungstechnik GmbH, Talheim. 210 Beschäftigte, "
        "Umsatz 2023: 38 Mio. Euro.\n\n"
        "Das Gespräch führte Ilka Vosseler.\n"
    )
    box = [turn for turn in article.turns if "Verbindungstechnik" in turn.text]
    assert [(turn.kind, turn.speaker) for turn in box] == [("sidebar", None)]


def test_a_box_of_dates_is_a_sidebar() -> None:
    # "Tour dates: …" lists where the guest plays next: a box, not a statement.
    article = parse(
        "The fiddler who never sits down\n\n"
        "Interview by Rowan Petherick\n\n"
        "PETHERICK: Why do you always play standing?\n\n"
        "CORMAC: Because the tunes want to dance, and so do I.\n\n"
        "PETHERICK: Where can people hear you this summer?\n\n"
        "CORMAC: All over the west, the dates are below.\n\n"
        "Tour dates: 3 June Ballyreen (Town Hall), 10 June Kilcarran (The Anchor), "
        "17 June Dromore West (Market Square).\n"
    )
    box = [turn for turn in article.turns if "Ballyreen" in turn.text]
    assert [(turn.kind, turn.speaker) for turn in box] == [("sidebar", None)]


def test_initials_that_follow_the_askers_full_name_stay_hers() -> None:
    # The reporter asks first under her full name, then under her initials: no label that
    # answers names her, so the initials are hers, not the outlet's.
    article = parse(
        "Der letzte Besenbinder\n\n"
        "Seit vierzig Jahren bindet Anselm Wietholt Besen aus Reisig.\n\n"
        "Henrike Pasdach: Herr Wietholt, wie viele Besen binden Sie im Jahr?\n\n"
        "Anselm Wietholt: Gut tausend, im Winter mehr als im Sommer.\n\n"
        "HP: Wer kauft die noch?\n\n"
        "Anselm Wietholt: Gärtner, Bauhöfe und ein paar Hexen zu Fasching.\n\n"
        "HP: Und wer macht weiter, wenn Sie aufhören?\n\n"
        "Anselm Wietholt: Mein Enkel will es lernen.\n"
    )
    assert speakers(article, "question") == ["Henrike Pasdach"] * 3


def test_a_bulletins_season_line_is_not_the_headline() -> None:
    # "GEMEINDEBRIEF NAME – Herbst" names the bulletin and its issue; the headline is below.
    article = parse(
        "GEMEINDEBRIEF St. Ottilien Haselbach – Herbst\n\n"
        "Wenn die Orgel hustet\n\n"
        "Seit dreißig Jahren spielt Irmtraud Scheuerl sonntags die Orgel.\n\n"
        "GEMEINDEBRIEF: Frau Scheuerl, was macht die Orgel im Winter?\n\n"
        "SCHEUERL: Sie hustet, weil die Kirche kalt ist.\n"
    )
    assert article.title == "Wenn die Orgel hustet"


def test_a_path_from_the_home_page_ends_in_the_headline_it_is_not() -> None:
    # "Home / Section / Section / HEADLINE" over the headline: a breadcrumb, however long
    # its last part.
    article = parse(
        "Home / Culture / Music / The piano tuner who tours the islands by ferry\n\n"
        "The piano tuner who tours the islands by ferry\n\n"
        "Every spring Aonghas Rintoul takes his tools to eleven islands.\n\n"
        "How many pianos are there on the islands?\n\n"
        "RINTOUL: Forty-one, and two of them are in pubs.\n"
    )
    assert article.title == "The piano tuner who tours the islands by ferry"
