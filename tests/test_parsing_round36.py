"""Round 35 (tests numbered after round 34's `test_parsing_round35.py`): layouts written for
these tests (invented names, outlets and wording, not taken from a fixture) for the forms
the parser now reads."""

from __future__ import annotations

from parsing_support import parse, speakers

from assistant.ingest.blocks import _initials_labels
from assistant.ingest.cast import Cast
from assistant.ingest.furniture import is_boilerplate
from assistant.ingest.names import is_initials
from assistant.ingest.paragraphs import Paragraph
from assistant.ingest.speakers import voice_label


def _turn_with(article, words: str):
    return next(turn for turn in article.turns if words in turn.text)


def test_four_initials_stand_for_a_saints_double_surname() -> None:
    # "MSCB:" is Mara St. Clair-Bode: four letters, the "St." of her surname counted.
    assert is_initials("MSCB")
    article = parse(
        "A garden on a roof\n\n"
        "Our reporter Owen Tregarth wrote to the gardener Mara St. Clair-Bode.\n\n"
        "OT: Why a roof?\n\n"
        "MSCB: Because the ground was taken. We had no other place.\n\n"
        "OT: What grows best?\n\n"
        "MSCB: Beans, oddly. They like the wind.\n"
    )
    assert speakers(article, "answer") == ["Mara St. Clair-Bode", "Mara St. Clair-Bode"]


def test_a_reports_single_exchange_under_initials_names_the_answerer() -> None:
    # Each set of initials is heard once; both stand for one name the report gives, so the
    # answering initials are read as that name.
    texts = [
        "The keeper of the bells",
        "Dev Rowan has rung the bells at the abbey for thirty years. He answered one "
        "question from our editor Kezia Northcott.",
        "KN: What do listeners never hear?",
        "DR: The counting. Every change is counted in my head.",
    ]
    paragraphs = [Paragraph(t) for t in texts]
    assert _initials_labels(paragraphs, texts, Cast()) == ["Dev Rowan"]
    # Without the asker's initials standing for a name, one use is not enough.
    texts[1] = "Dev Rowan has rung the bells at the abbey for thirty years."
    paragraphs = [Paragraph(t) for t in texts]
    assert _initials_labels(paragraphs, texts, Cast()) == []


def test_a_single_exchange_under_initials_no_name_fits_stays_unnamed() -> None:
    # "DM" fits no name of the text: the answer stays nobody's rather than someone's.
    article = parse(
        "The keeper of the bells\n\n"
        "The bells were recast in 1911 and hang in a frame of oak.\n\n"
        "PL: What do listeners never hear?\n\n"
        "DM: The counting. Every change is counted in my head.\n"
    )
    assert _turn_with(article, "The counting").speaker is None


def test_readers_signing_together_or_by_courtesy_title_ask() -> None:
    # Signatures under the letters: two readers ("Jonas und Mia T."), initials joined by
    # "&", a courtesy title with initial and surname: each letter is a reader's question,
    # and the expert the head names answers.
    article = parse(
        "Fragen Sie Dr. Ilse Wertacher\n\n"
        "Unsere Gartenexpertin Dr. Ilse Wertacher beantwortet Fragen der Leser.\n\n"
        "Unsere Tomaten werden nicht rot. Was machen wir falsch?\n"
        "Jonas und Mia T., Oberried\n\n"
        "Zu wenig Sonne, vermutlich. Stellen Sie die Kübel an die Südwand.\n\n"
        "Dürfen wir Regenwasser nehmen?\n"
        "Frau E. Bachmeier, Unterau\n\n"
        "Unbedingt, es ist weicher als Leitungswasser.\n\n"
        "Wann schneidet man Lavendel?\n"
        "K. & R. S., Lindach\n\n"
        "Nach der Blüte, und nie ins alte Holz.\n"
    )
    assert speakers(article, "question") == [None, None, None]
    assert speakers(article, "answer") == ["Dr. Ilse Wertacher"] * 3


def test_a_box_of_figures_after_the_last_answer_is_nobodys() -> None:
    article = parse(
        "Fragen Sie Dr. Ilse Wertacher\n\n"
        "Unsere Gartenexpertin Dr. Ilse Wertacher beantwortet Fragen der Leser.\n\n"
        "Unsere Tomaten werden nicht rot. Was machen wir falsch?\n"
        "Jonas T., Oberried\n\n"
        "Zu wenig Sonne, vermutlich. Stellen Sie die Kübel an die Südwand.\n\n"
        "Tomaten in Zahlen: Rund 3000 Sorten sind bekannt, die meisten aus Südamerika.\n"
    )
    box = _turn_with(article, "Tomaten in Zahlen")
    assert (box.kind, box.speaker) == ("sidebar", None)


def test_a_question_from_the_floor_is_nobodys() -> None:
    assert voice_label("Question from the floor")
    assert voice_label("Frage aus dem Saal")
    assert not voice_label("Floor")
    article = parse(
        "Can the village shop survive?\n\n"
        "Moderated by Hattie Pellow, with the grocer Idris Vane.\n\n"
        "Hattie Pellow: Idris, is the shop paying its way?\n\n"
        "Idris Vane: Just about, thanks to the post office counter.\n\n"
        "Question from the floor: Why not open on Sundays?\n\n"
        "Idris Vane: Because I need one day with my family.\n"
    )
    assert _turn_with(article, "Why not open on Sundays").speaker is None
    assert speakers(article, "answer") == ["Idris Vane", "Idris Vane"]


def test_a_podcasts_running_time_stamp_without_label_goes_on_with_the_answer() -> None:
    # The stamps count from the recording's start ("[00:00]"): an unlabelled stamp is the
    # guest going on after a cut, not an entry of its own.
    article = parse(
        "Folge 12: Der Imker\n\n"
        "[00:00] Intro\n\n"
        "[00:10] Lena: Willkommen! Heute bei mir: der Imker Bruno Achatz.\n\n"
        "[00:20] Bruno: Hallo Lena.\n\n"
        "[00:25] Lena: Wie viele Völker hast du?\n\n"
        "[00:29] Bruno: Vierzig, verteilt auf drei Täler.\n\n"
        "[00:50] Im Winter sitzen sie eng zusammen und wärmen die Königin.\n\n"
        "[01:10] Lena: Danke, Bruno.\n"
    )
    turn = _turn_with(article, "Im Winter sitzen sie")
    assert (turn.kind, turn.speaker) == ("answer", "Bruno Achatz")


def test_minutes_unnamed_residents_ask_and_the_officer_said_answers() -> None:
    # "Mr NAME said" answers where the record has someone asking; "A resident … asked" is
    # a question by nobody named; "The Chair" is the one the list of those present names so.
    article = parse(
        "Minutes of the meeting of Ashcombe Parish Council\n\n"
        "Present: Cllr Nora Penhallow (Chair), Cllr Tobias Wrenn, Mr Elvin Cardew "
        "(County Highways)\n\n"
        "Cllr Wrenn asked whether the bridge would close.\n\n"
        "Mr Cardew replied that it would close for two weeks.\n\n"
        "A resident of Mill Lane asked whether buses would be diverted.\n\n"
        "Mr Cardew said that a diversion via the bypass was planned.\n\n"
        "The Chair asked when the work would start.\n\n"
        "Mr Cardew said it would start in April.\n"
    )
    assert _turn_with(article, "buses would be diverted").kind == "question"
    assert _turn_with(article, "buses would be diverted").speaker is None
    assert _turn_with(article, "diversion via the bypass").speaker == "Elvin Cardew"
    assert _turn_with(article, "when the work would start").speaker == "Nora Penhallow"
    assert _turn_with(article, "start in April").speaker == "Elvin Cardew"


def test_an_advertisements_copy_after_its_marker_is_furniture() -> None:
    # "ADVERTISEMENT – copy" in the middle of an answer, plain or set in a blockquote, is
    # not the guest's words going on; nor is a paywall's note, a picture's description in
    # brackets or the lines a record leaves for signing.
    assert is_boilerplate("ANZEIGE – Drechselbänke für kleine Werkstätten. Jetzt bestellen.")
    assert is_boilerplate("Advertisement: Copperfield Shears – hand-ground since 1902.")
    assert is_boilerplate("Dieser Beitrag ist nur für Abonnenten vollständig lesbar.")
    assert is_boilerplate("[Foto: Die Werkstatt am Hafen, Blick auf die Drehbank.]")
    assert is_boilerplate("Signed ………………… (Chair)   Date …………")
    assert is_boilerplate("[00:12:40] [JINGLE] [MUSIC: Theme]")
    assert not is_boilerplate("Advertisement was never my job, I made the shears.")
    article = parse(
        "The last shear grinder\n\n"
        "Our reporter Wilma Stroud met the grinder Osric Penhale.\n\n"
        "Wilma Stroud: How long have you ground shears?\n\n"
        "Osric Penhale: Forty years.\n\n"
        "> **ADVERTISEMENT** – Copperfield Shears: hand-ground since 1902. Order online.\n\n"
        "Wilma Stroud: Will anyone follow you?\n\n"
        "Osric Penhale: My niece, I hope.\n"
    )
    assert all("Copperfield" not in turn.text for turn in article.turns)


def test_a_blockquoted_profile_is_a_box_not_a_quotation() -> None:
    # A blockquote of facts about someone in the third person is a box; one in the first
    # person stays a (pull) quotation.
    article = parse(
        "# The last shear grinder\n\n"
        "Our reporter Wilma Stroud met the grinder Osric Penhale.\n\n"
        "**Wilma Stroud:** How long have you ground shears?\n\n"
        "**Osric Penhale:** Forty years. I started at fourteen.\n\n"
        "> I never wanted any other trade. Not once.\n\n"
        "**Wilma Stroud:** Will anyone follow you?\n\n"
        "**Osric Penhale:** My niece, I hope.\n\n"
        "> **Osric Penhale** was born in 1968 in Porthkerris. He took over his father's "
        "workshop in 1990.\n",
        markdown=True,
    )
    assert _turn_with(article, "was born in 1968").kind == "sidebar"
    assert _turn_with(article, "never wanted any other trade").kind == "quote"


def test_a_stations_line_calling_itself_a_transcript_extract_is_no_headline() -> None:
    article = parse(
        "Radio Fennmoor – Mornings with Ada Byrne – transcript extract, Friday 4 June 2027\n\n"
        "The lock keeper who never takes a holiday\n\n"
        "ADA: My guest is the lock keeper Jory Pascoe. Jory, when did you last take a day off?\n\n"
        "JORY: In 2009, I think. The boats don't stop.\n"
    )
    assert article.title == "The lock keeper who never takes a holiday"
