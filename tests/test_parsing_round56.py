"""Round 55 (session 27, on batch64): who answers, where the text says so in other words.

An advice column's expert replies under "NAME antwortet:" / "NAME answers:", as under "NAME
says:"; a lead's "NAME asked her about ..." and "NAME visited him; ..." say the pronoun's
person answers (and the visitor asks); two siblings written "GIVEN and GIVEN SURNAME" and
labelled by their given names both take the surname; a child named after "übergibt NAME an
seine Tochter GIVEN" is found where the sentence opens with words shaped like a name ("Im
Herbst"); a hard-wrapped headline that stops on a word in lower case goes on on the line
under it.
"""

from __future__ import annotations

from parsing_support import parse, speakers


def test_an_advice_columns_answers_label_names_the_expert() -> None:
    article = parse(
        "Fragen aus dem Garten\n\n"
        "Warum welken meine Tomaten schon im Juli? Sie stehen in der vollen Sonne.\n"
        "Gunda Reimers, Oberwiek\n\n"
        "Malte Sieverding antwortet: Liebe Frau Reimers, meist fehlt ihnen Wasser am Morgen.\n\n"
        "Soll ich den Rasen im Herbst noch düngen? Er ist sehr licht geworden.\n"
        "Jobst Hanke, Niederau\n\n"
        "Malte Sieverding antwortet: Lieber Herr Hanke, ja, mit einem Kalidünger im Oktober.\n"
    )
    assert speakers(article, "answer") == ["Malte Sieverding", "Malte Sieverding"]
    assert all(not turn.text.startswith("Malte") for turn in article.turns)


def test_a_leads_asked_her_about_names_the_one_asked() -> None:
    article = parse(
        "What the reed beds remember\n\n"
        "Dr Wilhelmina Oakes runs the wetland survey at the county museum. Radio writer "
        "Kobina Prestwick asked her about the oldest reeds.\n\n"
        "Q. How old can a reed bed be?\n\n"
        "A. Some of ours are older than the village church, and far better kept.\n\n"
        "Q. What threatens them?\n\n"
        "A. Drainage, mostly, and a dry spring after a dry winter.\n"
    )
    answers = speakers(article, "answer")
    # The title may stay with the name ("Dr NAME"), as the scorer allows.
    assert len(answers) == 2
    assert all(speaker and speaker.endswith("Wilhelmina Oakes") for speaker in answers)


def test_asked_her_mother_names_no_one_asked() -> None:
    article = parse(
        "What the reed beds remember\n\n"
        "Dr Wilhelmina Oakes runs the wetland survey. Kobina Prestwick asked her mother.\n\n"
        "Q. How old can a reed bed be?\n\n"
        "A. Some of ours are older than the village church.\n\n"
        "Q. What threatens them?\n\n"
        "A. Drainage, mostly.\n"
    )
    assert set(speakers(article, "answer")) == {None}


def test_a_visitor_asks_and_the_visited_answers() -> None:
    article = parse(
        "The loom that never stops\n\n"
        "In a shed by the river, Harold Penrose, 71, has woven tweed for half a century. "
        "Margaret Ellwood visited him; the conversation was interpreted by Laura Finch.\n\n"
        "*How did you start?*\n\n"
        "My uncle gave me his loom when his hands got too stiff for it.\n\n"
        "*Do you still sell to the mills?*\n\n"
        "Only to one, and only the heavy cloth they cannot make themselves.\n"
    )
    assert set(speakers(article, "answer")) == {"Harold Penrose"}
    assert set(speakers(article, "question")) == {"Margaret Ellwood"}


def test_siblings_labelled_by_given_names_share_the_surname() -> None:
    article = parse(
        "Two cousins, one bakery\n\n"
        "Ysolde and Peregrin Quarrie on flour, ovens and working with family.\n\n"
        "By Tom Hardy\n\n"
        "TP: How did it start?\n\n"
        "Ysolde: With our grandmother's oven and a loan we paid back in two years.\n\n"
        "Peregrin: She counted every penny of it.\n\n"
        "TP: Who does what?\n\n"
        "Ysolde: I bake, he sells.\n\n"
        "Peregrin: And I eat what is left.\n"
    )
    assert set(speakers(article, "answer")) == {"Ysolde Quarrie", "Peregrin Quarrie"}


def test_a_child_named_after_a_sentence_opening_like_a_name() -> None:
    article = parse(
        "„Eine Mühle ist kein Museum“\n\n"
        "Im Frühjahr übergibt Lambert Ohnesorg an seine Tochter Ylva. Jan Peters hat mit "
        "beiden gesprochen.\n\n"
        "WZ: Wer hat die Übergabe angestoßen?\n\n"
        "L. Ohnesorg: Sie, ganz klar.\n\n"
        "Y. Ohnesorg: Das stimmt nicht ganz.\n\n"
        "WZ: Und wer mahlt?\n\n"
        "Y. Ohnesorg: Ich, seit drei Jahren.\n"
    )
    assert set(speakers(article, "answer")) == {"Lambert Ohnesorg", "Ylva Ohnesorg"}


def test_a_wrapped_headline_stopping_on_a_lower_case_word_goes_on() -> None:
    filler = "The survey has counted the reeds along the estuary every summer since the war"
    article = parse(
        "ANNUAL REVIEW\n\n"
        "Older than it looks: what reed beds\n"
        "tell us about rivers\n\n"
        + "\n".join([filler + ",", filler + ",", filler + ",", filler + "."])
        + "\n\nQ. How old can a reed bed be?\n\n"
        "A. Some of ours are older than the village church, and far better kept than it is\n"
        "by the parish, which has other worries, and other roofs to mend before the winter.\n"
    )
    assert article.title == "Older than it looks: what reed beds tell us about rivers"
