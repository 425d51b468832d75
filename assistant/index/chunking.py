"""Speaker turns to chunks that fit the embedding model.

A chunk is a whole turn when it fits; a longer turn is cut at sentence boundaries (a
single over-long sentence at word boundaries) into pieces that each cite the same turn.
Nothing is truncated: the pieces of a turn cover all of its text, and each piece is an
exact slice of it. The text embedded for a piece carries its context, the speaker and,
for an answer, the question it answers, because an answer such as "Gleichzeitig
benötigen wir ..." means little without them.

Example:
    >>> chunker = TurnChunker(embedder)  # any Encoder (assistant.index.encoders)
    >>> [c.id for c in chunker.run(article)][:3]
    ['bienert-ki-unabhaengigkeit-chemanager#t01~0', '...#t02~0', '...#t03~0']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

from assistant.models import Article, Chunk, Turn
from assistant.text.sentences import split_sentences

# Bump when the chunks or their embed texts change: an index built by another version is
# stale and is rebuilt.
CHUNKER_VERSION = "turns-3"

# The context (question, speaker) may use at most this share of the model's window, so that
# every piece keeps room for turn text even under a very long question.
_CONTEXT_SHARE = 0.5
_WORD = re.compile(r"\S+")
# What a turn without a speaker is, in the words readers use for it in either language
# ("the box", "the pull quote"); leads go under the article's title.
_KIND_LABELS = {"sidebar": "Infokasten (box)", "quote": "Zitat (quote)"}


class TokenCounter(Protocol):
    max_tokens: int

    def count_tokens(self, text: str) -> int: ...

    def count_tokens_many(self, texts: Sequence[str]) -> list[int]: ...


@dataclass(frozen=True)
class _Span:
    start: int
    end: int


class TurnChunker:
    """Cuts each turn of an article into chunks of at most `max_tokens` word pieces (the
    counter's window, or less when asked: shorter passages can match a question better).

    Example:
        >>> chunks = TurnChunker(embedder).run(article)
        >>> {c.turn_id for c in chunks} == {t.id for t in article.turns}
        True
    """

    def __init__(self, counter: TokenCounter, max_tokens: int | None = None) -> None:
        self.counter = counter
        self.max_tokens = min(counter.max_tokens, max_tokens or counter.max_tokens)

    def run(self, article: Article) -> list[Chunk]:
        return [chunk for turn in article.turns for chunk in self._chunk_turn(article, turn)]

    def _chunk_turn(self, article: Article, turn: Turn) -> list[Chunk]:
        context = self._context(article, turn)
        spans = list(self._pieces(turn.text, context))
        return [
            Chunk(
                id=f"{turn.id}~{part}",
                turn_id=turn.id,
                article_id=article.id,
                part=part,
                text=turn.text[span.start : span.end],
                embed_text=_compose(context, turn.text[span.start : span.end]),
            )
            for part, span in enumerate(spans)
        ]

    def _context(self, article: Article, turn: Turn) -> str:
        question = self._fit_context(turn.question) if turn.question else None
        return _context(article, turn, question)

    def _fit_context(self, text: str) -> str:
        """`text`, shortened at a word boundary if it would take more than its share."""
        limit = int(self.max_tokens * _CONTEXT_SHARE)
        if self.counter.count_tokens(text) <= limit:
            return text
        words = [m.end() for m in _WORD.finditer(text)]
        fits = _longest_prefix(len(words), lambda n: self._count(text[: words[n - 1]]) <= limit)
        return text[: words[fits - 1]] + " …" if fits else ""

    def _count(self, text: str) -> int:
        return self.counter.count_tokens(text)

    def _fits(self, context: str, text: str) -> bool:
        return self._count(_compose(context, text)) <= self.max_tokens

    def _pieces(self, text: str, context: str) -> Iterator[_Span]:
        """Spans of `text` that each fit with `context`, covering all of its words."""
        if self._fits(context, text):
            yield _Span(0, len(text))
            return
        for units, sizes in self._unit_groups(text, context):
            yield from self._pack(text, context, units, sizes)

    def _unit_groups(self, text: str, context: str) -> Iterator[tuple[list[_Span], list[int]]]:
        """Runs of whole sentences that fit; an over-long sentence as a group of its own of
        words (an over-long word as character runs), so that no piece mixes a whole
        sentence with part of another. Each unit comes with its token count in context
        (counted in one batch: tokenizer calls, not the model, dominate chunking time)."""
        sentences = [_Span(s.start, s.end) for s in split_sentences(text)]
        counts = self._counts_in_context(text, context, sentences)
        run: tuple[list[_Span], list[int]] = ([], [])
        for sentence, count in zip(sentences, counts, strict=True):
            if count <= self.max_tokens:
                run[0].append(sentence)
                run[1].append(count)
                continue
            if run[0]:
                yield run
                run = ([], [])
            words = [
                _Span(m.start(), m.end())
                for m in _WORD.finditer(text, sentence.start, sentence.end)
            ]
            word_units: tuple[list[_Span], list[int]] = ([], [])
            for word, word_count in zip(
                words, self._counts_in_context(text, context, words), strict=True
            ):
                if word_count <= self.max_tokens:
                    word_units[0].append(word)
                    word_units[1].append(word_count)
                    continue
                for part in self._character_runs(text, word.start, word.end, context):
                    word_units[0].append(part)
                    word_units[1].append(self.max_tokens)
            yield word_units
        if run[0]:
            yield run

    def _counts_in_context(self, text: str, context: str, units: Sequence[_Span]) -> list[int]:
        return self.counter.count_tokens_many(
            [_compose(context, text[u.start : u.end]) for u in units]
        )

    def _pack(
        self, text: str, context: str, units: Sequence[_Span], counts: Sequence[int]
    ) -> Iterator[_Span]:
        """Greedy runs of units, sized by summing each unit's own tokens; each run is then
        measured for real and shortened if the sum was optimistic (word pieces at a join
        can differ), so every piece fits. A unit that fits alone always forms a piece."""
        base = self._count(_compose(context, ""))
        sizes = [count - base for count in counts]
        start = 0
        while start < len(units):
            end, total = start + 1, base + sizes[start]
            while end < len(units) and total + sizes[end] <= self.max_tokens:
                total += sizes[end]
                end += 1
            while end > start + 1 and not self._fits(
                context, text[units[start].start : units[end - 1].end]
            ):
                end -= 1
            yield _Span(units[start].start, units[end - 1].end)
            start = end

    def _character_runs(self, text: str, start: int, end: int, context: str) -> Iterator[_Span]:
        while start < end:
            size = _longest_prefix(
                end - start, lambda n, first=start: self._fits(context, text[first : first + n])
            )
            size = max(size, 1)
            yield _Span(start, start + size)
            start += size


def turn_document(article: Article, turn: Turn) -> str:
    """A whole turn with the context its chunks are embedded with (for lexical search)."""
    return _compose(_context(article, turn, turn.question), turn.text)


def _context(article: Article, turn: Turn, question: str | None) -> str:
    lines = [question] if turn.kind == "answer" and question else []
    label = turn.speaker or _KIND_LABELS.get(turn.kind) or article.title
    lines.append(f"{label}:")
    return "\n".join(lines)


def _compose(context: str, text: str) -> str:
    return f"{context} {text}" if context else text


def _longest_prefix(total: int, fits: Callable[[int], bool]) -> int:
    """Largest n in [0, total] with fits(n), for a `fits` that holds up to some n and then
    stops holding (token counts grow with the text). Galloping, then bisecting, so that the
    texts measured stay near the size of one piece even in a very long turn."""
    low, high = 0, 1
    while high <= total and fits(high):
        low, high = high, high * 2
    high = min(high - 1, total)
    while low < high:
        middle = (low + high + 1) // 2
        if fits(middle):
            low = middle
        else:
            high = middle - 1
    return low
