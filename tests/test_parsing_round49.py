"""Round 48 (tests numbered after round 47's `test_parsing_round48.py`): layouts written for
these tests (invented names, outlets and wording, not taken from a fixture) for the wrong
names the parser no longer gives, the answerers it now names and the credits it keeps."""

from __future__ import annotations

from parsing_support import parse, speakers


def test_father_and_son_of_one_surname_are_not_a_person_called_son() -> None:
    # The lead introduces "Vater und Sohn SURNAME"; their labels tell them apart by
    # "sen."/"jun.": neither is a person whose given name is "Sohn".
    article = parse(
        "Die Mühle läuft wieder\n\n"
        "Das Blatt sprach mit Vater und Sohn von der Wehlau, die die Mühle führen.\n\n"
        "BLT: Herr von der Wehlau, wie lange mahlen Sie schon?\n\n"
        "von der Wehlau sen.: Seit vierzig Jahren, mit Unterbrechungen.\n\n"
        "BLT: Und Sie?\n\n"
        "von der Wehlau jun.: Seit zwei Jahren, seit dem Studium.\n\n"
        "BLT: Was kostet ein Sack Mehl?\n\n"
        "von der Wehlau jun.: Zwölf Euro, je nach Korn.\n\n"
        "Das Gespräch führte Hedwig Ormansky.\n"
    )
    assert not any(name and "Sohn" in name for name in speakers(article, "answer"))
    assert set(speakers(article, "question")) == {"Hedwig Ormansky"}


def test_a_recording_in_brackets_is_played_in_not_the_experts_answer() -> None:
    # "[Recording] "..."" between an expert's labelled paragraphs: the voice on the tape,
    # a quote of nobody in the room, not the expert going on.
    article = parse(
        "The last millers of the valley\n\n"
        "Historians Dr. Perpetua Vantongeren and Prof. Ambrose Kilwinning record old "
        "millers' speech.\n\n"
        "WR: What have you found?\n\n"
        "Vantongeren: Words nobody else uses. Listen to this.\n\n"
        '[Recording] "We ground the oats when the stream ran high, never else."\n\n'
        "Vantongeren: That miller was ninety when we met him.\n\n"
        "WR: And what comes next?\n\n"
        "Kilwinning: An archive, open to everyone.\n"
    )
    played = [t for t in article.turns if "[Recording]" in t.text]
    assert [(t.kind, t.speaker) for t in played] == [("quote", None)]


def test_bold_reader_letters_signed_after_the_question_are_questions() -> None:
    # A plain-text copy keeps the stars of bold letters, each signed after its question
    # mark with initials or a name and a town: the readers ask, the column answers.
    article = parse(
        "Ask the Farrier: your horse questions answered\n\n"
        "Farrier Quillon Brackenridge-Moss has shod horses in the dale for thirty years. "
        "Each month he answers readers' questions.\n\n"
        "**My pony's hooves crack in summer. Should I oil them? – T.W., Upper Nethercombe**\n\n"
        "Oil does little. Keep the ground around the water trough damp instead.\n\n"
        "**How often should shoes be reset? – Anonymous, by email**\n\n"
        "Every six weeks for most horses, sooner for a young one.\n\n"
        "**Is barefoot better? – Rosalind F., Kelderby**\n\n"
        "For some horses, yes; ask your farrier to look at the walls first.\n"
    )
    assert speakers(article, "question") == [None, None, None]
    assert speakers(article, "answer") == ["Quillon Brackenridge-Moss"] * 3


def test_a_column_expert_opening_the_lead_after_a_trade_answers() -> None:
    # "Trade NAME has ... Each month he answers readers' questions": the given name is on
    # no list, but the lead opens on the expert and names nobody else.
    article = parse(
        "Ask the Thatcher\n\n"
        "Master thatcher Ebbert Quarrington-Lisle has roofed cottages for decades. "
        "Each month he answers readers' questions.\n\n"
        "**Why does my thatch go green on the north side?**\n\n"
        "Moss likes the shade. Brush it off in dry weather, never scrape it.\n\n"
        "**How long should a new roof last?**\n\n"
        "Forty years for water reed, half that for straw.\n"
    )
    assert speakers(article, "answer") == ["Ebbert Quarrington-Lisle"] * 2


def test_a_picture_credit_under_the_headline_is_no_headline() -> None:
    # "Fotos: NAME" under the headline has a colon as "Rubric: Headline" has; a credit is
    # never the headline, and the line over it is.
    article = parse(
        "Die Glocken vom Tarrberg\n\n"
        "Fotos: Idris Pellowe-Fane\n\n"
        "Ottoline Brearwood gießt Glocken. Wir haben sie gefragt, wie.\n\n"
        "Frage: Wie fing es an?\n\n"
        "Antwort: Durch Zufall, in der Werkstatt einer Freundin.\n\n"
        "Frage: Und jetzt?\n\n"
        "Antwort: Jetzt gieße ich vierzig Glocken im Jahr.\n"
    )
    assert article.title == "Die Glocken vom Tarrberg"
    assert [t.kind for t in article.turns if t.text.startswith("Fotos:")] == ["lead"]


def test_a_running_head_in_capitals_with_a_page_number_is_no_headline() -> None:
    # A yearbook's PDF text keeps its running head over the article: the book's name in
    # capitals, a dash and the page's number. The quoted line under it is the headline.
    article = parse(
        "JAHRBUCH FÜR DAS OBERE WIESTAL 2024 – 112\n\n"
        "„Die Mühle hat nie stillgestanden“\n\n"
        "Die Wiesmühle in Kleinrott mahlt seit 1790. Edeltraud Schwarzlocher sprach mit "
        "Hubertus Ammerleitner, dem Müller.\n\n"
        "*Herr Ammerleitner, seit wann mahlen Sie hier?*\n\n"
        "Seit 1981, vorher hat mein Vater gemahlen.\n\n"
        "*Und wer kommt nach Ihnen?*\n\n"
        "Das weiß ich noch nicht.\n"
    )
    assert article.title == "„Die Mühle hat nie stillgestanden“"


def test_a_son_given_by_a_rare_given_name_that_labels_turns_takes_the_family_name() -> None:
    # "NAME, her son GIVEN": the son's given name is on no list, but it labels his turns
    # on its own, so it is his, and the family's surname with it.
    article = parse(
        "Two generations at the kiln\n\n"
        "By Orrin Maybrick\n\n"
        "The pottery is run by one family: Philippa Cardellow and her son Tavish.\n\n"
        "**How did it start?**\n\n"
        "Philippa: My mother threw pots in the shed behind the house.\n\n"
        "**Tavish, did you always want to join?**\n\n"
        "Tavish: Not at all. I drove a bus for ten years first.\n\n"
        "**What do you make now?**\n\n"
        "Tavish: Mugs, mostly, and tiles for the church roof.\n"
    )
    assert speakers(article, "answer") == [
        "Philippa Cardellow",
        "Tavish Cardellow",
        "Tavish Cardellow",
    ]


def test_a_capitals_label_whose_given_name_the_reporter_calls_out_is_a_person() -> None:
    # "OLUCHI BRANNAGH:" answers; her given name is on no list and the text never writes
    # her name in mixed case, but the reporter calls her by it ("Oluchi, ..."): a person.
    article = parse(
        "HILLSIDE TV – Segment 3 – Transcript\n\n"
        "ANCHOR: Finally tonight, a darts league that will not quit. Our reporter went.\n\n"
        "REPORTER: Monday night at the Old Forge. Ten boards, forty players.\n\n"
        "REPORTER: Oluchi, you're the youngest captain. How did you start?\n\n"
        "OLUCHI BRANNAGH: My grandad taught me in his garage when I was eight.\n\n"
        "REPORTER: Is it hard?\n\n"
        "OLUCHI BRANNAGH: Easy to learn, hard to master. The maths is the worst.\n\n"
        "ANCHOR: That's all from us tonight.\n"
    )
    assert speakers(article, "answer") == ["Oluchi Brannagh", "Oluchi Brannagh"]
