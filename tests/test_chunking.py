"""Turns to chunks with the real tokenizer: every chunk fits the model, the pieces of a turn
cover all of its text verbatim, long turns are cut at sentence boundaries, and even a
sentence or a word longer than the window is cut rather than truncated."""

from __future__ import annotations

import re

import pytest

from assistant.index.chunking import TurnChunker, turn_document
from assistant.index.encoders.sentence_transformer import Embedder
from assistant.ingest.corpus import load_corpus
from assistant.models import Article, Chunk, Turn
from assistant.settings import Settings
from conftest import SEED, SEED_ID

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def seed() -> Article:
    return load_corpus([SEED], Settings()).articles[0]


def squashed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def assert_covers(turn: Turn, chunks: list[Chunk], embedder: Embedder) -> None:
    """Each chunk fits, is a verbatim slice, and together they hold the whole turn."""
    assert chunks, turn.id
    assert [c.part for c in chunks] == list(range(len(chunks)))
    for chunk in chunks:
        assert chunk.turn_id == turn.id
        assert chunk.text and chunk.text in turn.text
        assert chunk.text in chunk.embed_text
        assert embedder.count_tokens(chunk.embed_text) <= embedder.max_tokens
    assert squashed("".join(c.text for c in chunks)) == squashed(turn.text)


def test_seed_turns_fit_and_are_covered(embedder: Embedder, seed: Article) -> None:
    chunks = TurnChunker(embedder).run(seed)
    assert {c.turn_id for c in chunks} == {t.id for t in seed.turns}
    assert len({c.id for c in chunks}) == len(chunks)
    for turn in seed.turns:
        assert_covers(turn, [c for c in chunks if c.turn_id == turn.id], embedder)


def test_the_long_first_answer_is_cut_at_sentence_boundaries(
    embedder: Embedder, seed: Article
) -> None:
    answer = seed.turn(f"{SEED_ID}#t05")
    assert answer is not None
    assert embedder.count_tokens(answer.text) > embedder.max_tokens  # 272 with its label
    pieces = [c for c in TurnChunker(embedder).run(seed) if c.turn_id == answer.id]
    assert len(pieces) >= 2
    for piece in pieces:
        assert piece.text.endswith((".", "!", "?")), piece.text[-40:]


def test_answer_chunks_carry_speaker_and_question(embedder: Embedder, seed: Article) -> None:
    answer = seed.turn(f"{SEED_ID}#t09")
    assert answer is not None and answer.question
    for chunk in (c for c in TurnChunker(embedder).run(seed) if c.turn_id == answer.id):
        assert chunk.embed_text.startswith(answer.question)
        assert "Jörg Bienert:" in chunk.embed_text
    assert turn_document(seed, answer).endswith(answer.text)


def one_turn_article(text: str, question: str | None = None) -> Article:
    turn = Turn(
        id="x#t01",
        article_id="x",
        number=1,
        kind="answer" if question else "statement",
        speaker="Jörg Bienert",
        text=text,
        question_id="x#t00" if question else None,
        question=question,
    )
    return Article(id="x", title="Test", turns=(turn,))


def test_an_over_long_sentence_and_word_are_cut_not_truncated(embedder: Embedder) -> None:
    text = (
        "Kurz vorab. "
        + " ".join(f"Wort{n}" for n in range(1500))
        + " "
        + "x" * 4000
        + " Ende gut, alles gut."
    )
    article = one_turn_article(text)
    chunks = TurnChunker(embedder).run(article)
    assert len(chunks) > 5
    assert_covers(article.turns[0], chunks, embedder)
    assert chunks[0].text == "Kurz vorab."


def test_a_huge_question_leaves_room_for_the_answer(embedder: Embedder) -> None:
    question = "Warum? " * 400
    article = one_turn_article("Weil es wichtig ist. " * 40, question=question)
    chunks = TurnChunker(embedder).run(article)
    assert_covers(article.turns[0], chunks, embedder)
    assert all(c.embed_text.count("Warum?") < 400 for c in chunks)
