"""Pure rendering of answers, sources, previews and positions: no model, no server.

The objects are built by hand in the shape the parser gives the seed (plan: seed.md), plus
an article whose every field tries to inject HTML or script into the page.
"""

from __future__ import annotations

import csv
import io
import itertools
import re

import pytest

from assistant.app.positions import group_by_question, positions_csv, positions_markdown, speaks
from assistant.app.ui_render import (
    added_html,
    answer_markdown,
    escape_html,
    escape_markdown,
    highlight,
    positions_html,
    preview_html,
    refusal_html,
    sources_html,
    streamed_markdown,
)
from assistant.models import Answer, Article, Citation, Hit, IngestProblem, Participant, Turn
from assistant.text.shorten import shorten

ARTICLE_ID = "bienert-ki-unabhaengigkeit-chemanager"
QUESTION = (
    "Wie kann es Deutschland und Europa gelingen, im globalen KI-Wettbewerb eine stärkere "
    "Rolle zu spielen?"
)
MOONSHOT = (
    "Auf diese Weise hätten wir gute Chancen, eine Art Moonshot-Programm für eine "
    "konkurrenzfähige europäische KI zu initiieren."
)
ANSWER_TEXT = (
    "Eine zentrale Steuerung und die Bündelung der Kräfte sind unverzichtbar.\n\n"
    "Gleichzeitig benötigen wir in Europa eine klare Strategie. " + MOONSHOT
)
ATTACKS = (
    "<script>window.__pwned = 1</script>",
    '<img src=x onerror="window.__pwned = 1">',
    "${alert(1)} {{constructor}}",
    "[click](javascript:alert(1))",
)


def make_article(
    article_id: str = ARTICLE_ID,
    *,
    title: str,
    speaker: str,
    question: str,
    answer: str,
    interviewer: str = "Volker Oestreich",
) -> Article:
    question_id = f"{article_id}#t07"
    turns = (
        Turn(f"{article_id}#t06", article_id, 6, "answer", speaker, "Prinzipiell verfügen wir ..."),
        Turn(question_id, article_id, 7, "question", interviewer, question),
        Turn(f"{article_id}#t08", article_id, 8, "answer", speaker, answer, question_id, question),
        Turn(
            f"{article_id}#t09", article_id, 9, "quote", None, "„Automation ohne Medienbrüche ...“"
        ),
    )
    participants = (
        Participant(speaker, "interviewee", ("J. Bienert", "Bienert"), "KI Bundesverband"),
        Participant(interviewer, "interviewer", ("CHEManager",), "CHEManager"),
    )
    return Article(article_id, title, turns, participants, source="CHEManager")


SEED = make_article(
    title="Wettbewerbsfähigkeit sichern – Unabhängigkeit schaffen",
    speaker="Jörg Bienert",
    question=QUESTION,
    answer=ANSWER_TEXT,
)
EVIL = make_article(
    "evil",
    title="Title " + ATTACKS[0],
    speaker="Mallory " + ATTACKS[1],
    question="Question? " + " ".join(ATTACKS),
    answer="Answer. " + " ".join(ATTACKS) + " The end.",
    interviewer="Eve " + ATTACKS[0],
)


def cited(article: Article, quote: str, n: int = 1) -> Answer:
    turn = article.turns[2]
    return Answer(
        question="why does Bienert call for a moonshot programme?",
        text=f"Bienert: „{quote}“ [{n}]",
        abstained=False,
        backend="extractive",
        citations=(Citation(n, turn, article, quote),),
    )


def assert_inert(markup: str) -> None:
    """No element the browser would run and no template syntax Gradio might expand."""
    assert not re.search(r"<\s*(script|img|iframe|svg)", markup, re.IGNORECASE)
    assert "${" not in markup and "{{" not in markup


def test_escape_html_leaves_no_markup_or_template_syntax() -> None:
    for attack in ATTACKS:
        assert_inert(escape_html(attack))
    assert escape_html('<a href="x">') == "&lt;a href=&quot;x&quot;&gt;"


def test_escape_markdown_keeps_markers_literal() -> None:
    escaped = escape_markdown("*stern* [1] <b>x</b> $x$ # h")
    assert "<" not in escaped and "*stern*" not in escaped
    assert r"\[1\]" in escaped and r"\$x\$" in escaped


def test_highlight_marks_the_quoted_sentence_once() -> None:
    marked = highlight(ANSWER_TEXT, MOONSHOT)
    assert marked.count("<mark>") == 1
    assert re.search(r"<mark>(.*?)</mark>", marked).group(1) == escape_html(MOONSHOT)
    assert marked.startswith("Eine zentrale Steuerung")


def test_highlight_without_a_match_shows_the_text_unmarked() -> None:
    assert "<mark>" not in highlight("Ein Text.", "nicht darin")
    assert highlight("a < b", None) == "a &lt; b"


def test_sources_panel_shows_who_where_when_which_question() -> None:
    panel = sources_html(cited(SEED, MOONSHOT))
    for expected in (
        ">Sources<",
        "Jörg Bienert",
        "interviewee",
        "KI Bundesverband",
        "Wettbewerbsfähigkeit sichern – Unabhängigkeit schaffen",
        "CHEManager",
        "no date",
        "turn 8",
        f"{ARTICLE_ID}#t08",
        QUESTION,
        "Volker Oestreich",  # who asked
        f"<mark>{MOONSHOT}</mark>",
        'id="source-1"',
    ):
        assert expected in panel, expected
    assert "Closest matches" not in panel


def test_context_shows_the_neighbouring_turns() -> None:
    panel = sources_html(cited(SEED, MOONSHOT))
    context = panel.split('<details class="context">', 1)[1]
    assert "turn 7" in context and "turn 9" in context and "turn 6" not in context


def test_abstention_shows_closest_matches_labelled_as_such() -> None:
    answer = Answer(
        question="Was hält Bienert vom AI Act?",
        text="Dazu habe ich in den Interviews nichts gefunden.",
        abstained=True,
        backend="extractive",
        closest=(Hit(SEED.turns[2], SEED, 0.12, 1), Hit(SEED.turns[0], SEED, 0.1, 2)),
    )
    panel = sources_html(answer)
    assert ">Closest matches<" in panel and "not an answer" in panel
    assert ">Sources<" not in panel and "<mark>" not in panel
    assert panel.count('class="passage-card"') == 2
    assert "Closest matches" in answer_markdown(answer)


def test_injected_markup_in_articles_and_questions_is_escaped() -> None:
    quote = "Answer. " + ATTACKS[0]
    answer = cited(EVIL, quote)
    outputs = [
        sources_html(answer),
        preview_html([EVIL], [IngestProblem("x/<script>.txt", ATTACKS[1])]),
        added_html([EVIL], []),
        refusal_html(" ".join(ATTACKS)),
        positions_html(
            EVIL.participants[0].name, ATTACKS[0], group_by_question([(EVIL, EVIL.turns[2])])
        ),
    ]
    for markup in outputs:
        assert_inert(markup)
        assert "&lt;script&gt;" in markup
    panel = outputs[0]
    assert "&lt;img src=x onerror=&quot;window.__pwned = 1&quot;&gt;" in panel
    for message in (answer_markdown(answer), *streamed_markdown(answer)):
        assert "<" not in message and "${" not in message
    assert escape_markdown(ATTACKS[3]) in answer_markdown(
        Answer("q", ATTACKS[3], abstained=True, backend="extractive")
    )


def test_answer_message_keeps_markers_and_lists_sources() -> None:
    answer = cited(SEED, MOONSHOT)
    message = answer_markdown(answer)
    assert message.startswith(escape_markdown(answer.text))
    assert (
        r"**\[1\]** Jörg Bienert, „Wettbewerbsfähigkeit sichern – Unabhängigkeit schaffen“, turn 8"
        in message
    )


def test_note_is_shown() -> None:
    answer = Answer(
        "q", "Text [1]", False, "extractive", note="LLM reply rejected: quote not verbatim"
    )
    assert "LLM reply rejected" in answer_markdown(answer)


def test_stream_grows_and_ends_with_the_whole_message() -> None:
    answer = cited(SEED, MOONSHOT)
    steps = list(streamed_markdown(answer))
    assert len(steps) > 2
    assert all(len(a) < len(b) for a, b in itertools.pairwise(steps))
    assert steps[-1] == answer_markdown(answer)


def test_preview_lists_speakers_turns_and_refusals() -> None:
    markup = preview_html([SEED], [IngestProblem("/tmp/uploads/bild.png", "not a text file")])
    assert "Jörg Bienert" in markup and "Volker Oestreich" in markup
    assert markup.count("<tr><td>") == len(SEED.turns)
    assert "bild.png</strong> refused: not a text file" in markup
    assert "/tmp/uploads" not in markup


def test_preview_shortens_long_turns_at_a_word_boundary() -> None:
    long_turn = max(SEED.turns, key=lambda t: len(t.text))
    shown = shorten(long_turn.text, 160)
    assert len(shown) <= 160 and shown.endswith(" …")
    assert " ".join(long_turn.text.split()).startswith(shown.removesuffix(" …") + " ")
    assert escape_html(shown) in preview_html([SEED], [])
    assert shorten("  a\n b ", 160) == "a b"


@pytest.mark.parametrize("label", ["Jörg Bienert", "j. bienert", "BIENERT"])
def test_speaker_matches_name_or_alias(label: str) -> None:
    assert speaks(SEED, SEED.turns[2], label)
    assert not speaks(SEED, SEED.turns[1], label)
    assert not speaks(SEED, SEED.turns[3], label)


def test_positions_group_by_question_and_export_verbatim() -> None:
    answers = [(SEED, t) for t in SEED.turns if t.kind == "answer"]
    groups = group_by_question(answers)
    assert [g.question for g in groups] == [None, QUESTION]
    assert groups[1].asker == "Volker Oestreich"

    markdown = positions_markdown("Jörg Bienert", None, groups)
    assert f"## {QUESTION}" in markdown
    quoted = "\n".join(line[2:] for line in markdown.splitlines() if line.startswith("> "))
    assert MOONSHOT in quoted
    assert f"{ARTICLE_ID}#t08" in markdown

    rows = list(csv.DictReader(io.StringIO(positions_csv(groups))))
    assert [r["turn_id"] for r in rows] == [f"{ARTICLE_ID}#t06", f"{ARTICLE_ID}#t08"]
    assert rows[1]["text"] == ANSWER_TEXT and rows[1]["question"] == QUESTION

    html_view = positions_html("Jörg Bienert", None, groups)
    assert html_view.count('class="position-group"') == 2 and f"{ARTICLE_ID}#t08" in html_view
