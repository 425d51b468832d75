"""Citation checks: [n] markers, quotations, verbatim matching (white space aside only)."""

from dataclasses import replace

from seed_turns import seed_article

from assistant.answer.citations import (
    check_answer,
    check_reply,
    find_quote,
    is_verbatim,
    marker_numbers,
    quoted_spans,
    renumber_markers,
)
from assistant.models import Answer, Citation

MOONSHOT = "Auf diese Weise hätten wir gute Chancen, eine Art Moonshot-Programm"


def test_quotes_match_verbatim_up_to_white_space_only() -> None:
    passage = "Daran hat es in der\nVergangenheit gemangelt."
    start = passage.index("in der")
    assert find_quote("in der Vergangenheit", passage) == (start, start + 20)
    assert passage[start : start + 20] == "in der\nVergangenheit"
    assert is_verbatim("Daran  hat es", passage)
    assert not is_verbatim("daran hat es", passage)  # case matters
    assert not is_verbatim("Daran hat es … gemangelt", passage)  # no ellipses
    assert not is_verbatim("", passage)


def test_markers_are_parsed_and_renumbered() -> None:
    text = "A [3]. B [1, 3]. C [1][2]."
    assert marker_numbers(text) == [3, 1, 3, 1, 2]
    assert renumber_markers(text, {3: 1, 1: 2, 2: 3}) == "A [1]. B [2, 1]. C [2][3]."


def test_quoted_spans_in_german_english_and_ascii_marks() -> None:
    text = 'Er sagt „eins“, she says “two” and "three"; Bienert\'s «vier».'
    assert [s.text for s in quoted_spans(text)] == ["eins", "two", "three", "vier"]
    assert all(text[s.start : s.end] == s.text for s in quoted_spans(text))


def test_a_good_reply_passes_and_locates_its_quotes() -> None:
    passages = {1: "Geld ist da. Es fehlt der Mut.", 2: f"{MOONSHOT} zu initiieren."}
    reply = (
        "Bienert sagt:\n„Es fehlt der Mut.“ [1]\n"
        f"Und: „{MOONSHOT}“ [2]. Beides gilt für Europa [1, 2]."
    )
    check = check_reply(reply, passages)
    assert check.problems == ()
    assert [(q.n, passages[q.n][q.start : q.end]) for q in check.quotes] == [
        (1, "Es fehlt der Mut."),
        (2, MOONSHOT),
    ]


def test_a_fabricated_quote_is_caught() -> None:
    check = check_reply("Er fordert „zehn Milliarden Euro“ [1].", {1: "Geld ist da."})
    assert [p.kind for p in check.problems] == ["quote not in passage", "passage not quoted"]


def test_a_quote_must_be_in_the_passage_its_sentence_cites() -> None:
    passages = {1: "Geld ist da.", 2: "Es fehlt der Mut."}
    check = check_reply("„Es fehlt der Mut.“ [1]", passages)
    assert "quote not in passage" in [p.kind for p in check.problems]


def test_a_dangling_marker_and_an_uncited_sentence_are_caught() -> None:
    passages = {1: "Geld ist da."}
    kinds = [
        p.kind for p in check_reply("„Geld ist da.“ [1] Mehr steht in [7].", passages).problems
    ]
    assert kinds == ["unknown citation"]
    kinds = [
        p.kind for p in check_reply("„Geld ist da.“ [1]. Das reicht nicht.", passages).problems
    ]
    assert kinds == ["uncited sentence"]


def test_check_answer_holds_an_answer_to_its_contract() -> None:
    article = seed_article()
    turn = article.turns[8]
    quote = turn.text[turn.text.index(MOONSHOT) :][: len(MOONSHOT)]
    good = Answer(
        question="q",
        text=f"„{quote}“ [1]",
        abstained=False,
        backend="extractive",
        citations=(Citation(n=1, turn=turn, article=article, quote=quote),),
    )
    assert check_answer(good) == []
    dangling = replace(good, text=good.text + " [2]")
    assert [p.kind for p in check_answer(dangling)] == ["unknown citation"]
    invented = replace(good, citations=(replace(good.citations[0], quote="Alles gut."),))
    assert [p.kind for p in check_answer(invented)] == ["quote not in passage"]
    assert [p.kind for p in check_answer(replace(good, citations=()))] == [
        "unknown citation",
        "no citation",
    ]
