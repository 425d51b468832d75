"""The catalog: every article, turn and chunk of an index, and the search filters over them.

The vectors and the lexical index know rows and positions only; the catalog knows what
they stand for. Chunk `row` i is row i of every vector index; turn position j is position
j of the lexical index. Filters (`SearchFilter`) are checked here against the corpus
(naming what exists when they name nothing) and turned into boolean masks over rows or
turns, built with vectorised comparisons over per-row codes, never into sets of ids.

On disk it is `docstore.json` (articles with their turns, then the chunks, row by row).

Example:
    >>> catalog = Catalog(articles, chunks)
    >>> article, turn = catalog.turn("bienert-ki-unabhaengigkeit-chemanager#t08")
    >>> mask = catalog.turn_mask(SearchFilter(kinds=("answer",)))
    >>> int(mask.sum())
    3
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict

import numpy as np

from assistant.errors import InputError
from assistant.models import TURN_KINDS, Article, Chunk, Participant, SearchFilter, Turn

DOCSTORE_FILE = "docstore.json"
# Filters whose masks are kept (a chat session uses a handful).
_KEPT_MASKS = 256


class Catalog:
    """Articles, turns (in reading order) and chunks (row by row) of one index."""

    def __init__(self, articles: Sequence[Article], chunks: Sequence[Chunk]) -> None:
        self.articles: dict[str, Article] = {a.id: a for a in articles}
        self.chunks: list[Chunk] = list(chunks)
        self.turns: dict[str, tuple[Article, Turn]] = {
            t.id: (a, t) for a in articles for t in a.turns
        }
        self.turn_ids: tuple[str, ...] = tuple(self.turns)
        position = {turn_id: i for i, turn_id in enumerate(self.turn_ids)}
        # Per-turn and per-chunk codes, so that a filter is a few numpy comparisons.
        pairs = list(self.turns.values())
        self._article_code = {article_id: i for i, article_id in enumerate(self.articles)}
        self._turn_article = np.array([self._article_code[a.id] for a, _ in pairs], dtype=np.int32)
        self._turn_kind = np.array([TURN_KINDS.index(t.kind) for _, t in pairs], dtype=np.int8)
        speakers = sorted({t.speaker for _, t in pairs if t.speaker})
        self._speaker_code = {name: i for i, name in enumerate(speakers)}
        self._turn_speaker = np.array(
            [self._speaker_code.get(t.speaker, -1) if t.speaker else -1 for _, t in pairs],
            dtype=np.int32,
        )
        self._chunk_turn = np.array([position[c.turn_id] for c in self.chunks], dtype=np.int64)
        # Every label a speaker filter may use (name or alias, any case) -> the full names it
        # stands for, read once here instead of scanning every article per question.
        self._labels: dict[str, set[str]] = {}
        for article in articles:
            for participant in article.participants:
                for label in (participant.name, *participant.aliases):
                    self._labels.setdefault(label.casefold(), set()).add(participant.name)
            for turn in article.turns:
                if turn.speaker:
                    self._labels.setdefault(turn.speaker.casefold(), set()).add(turn.speaker)
        # One question's filter is resolved by every leg (dense legs and BM25): once is enough.
        self._masks: dict[SearchFilter, np.ndarray] = {}

    def turn(self, turn_id: str) -> tuple[Article, Turn]:
        return self.turns[turn_id]

    def turn_mask(self, search_filter: SearchFilter | None) -> np.ndarray | None:
        """Which turns (by position) `search_filter` keeps; None when it keeps all.
        InputError when it names no article, kind or speaker of the corpus."""
        if search_filter is None or search_filter == SearchFilter():
            return None
        if (known := self._masks.get(search_filter)) is not None:
            return known
        mask = self._resolve(search_filter)
        mask.flags.writeable = False  # shared between callers
        if len(self._masks) >= _KEPT_MASKS:
            self._masks.clear()
        self._masks[search_filter] = mask
        return mask

    def _resolve(self, search_filter: SearchFilter) -> np.ndarray:
        mask = np.ones(len(self.turn_ids), dtype=bool)
        if search_filter.article is not None:
            wanted = search_filter.article.strip()
            if wanted not in self.articles:
                raise unknown_article(search_filter.article, self.articles)
            mask &= self._turn_article == self._article_code[wanted]
        if search_filter.kinds is not None:
            check_kinds(search_filter.kinds)
            codes = [TURN_KINDS.index(kind) for kind in search_filter.kinds]
            mask &= np.isin(self._turn_kind, codes)
        if search_filter.speaker is not None:
            names = self.speaker_names(search_filter.speaker)
            codes = [self._speaker_code[n] for n in names if n in self._speaker_code]
            mask &= np.isin(self._turn_speaker, codes)
        return mask

    def row_mask(self, search_filter: SearchFilter | None) -> np.ndarray | None:
        """Which chunk rows `search_filter` keeps; None when it keeps all."""
        turns = self.turn_mask(search_filter)
        return None if turns is None else turns[self._chunk_turn]

    def speaker_names(self, speaker: str) -> set[str]:
        """Full names of the participants `speaker` names (name or alias, any case);
        InputError listing the known speakers when it names nobody."""
        names = set(self._labels.get(speaker.strip().casefold(), ()))
        if not names:
            raise unknown_speaker(
                speaker, {p.name for a in self.articles.values() for p in a.participants}
            )
        return names

    def to_bytes(self) -> bytes:
        return json.dumps(
            {
                "articles": [asdict(a) for a in self.articles.values()],
                "chunks": [asdict(c) for c in self.chunks],
            },
            ensure_ascii=False,
        ).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> Catalog:
        docstore = json.loads(data)
        articles = [article_from_json(a) for a in docstore["articles"]]
        return cls(articles, [Chunk(**c) for c in docstore["chunks"]])


def best_per_turn(scored: Iterable[tuple[str, float]], depth: int) -> list[tuple[str, float]]:
    """The first `depth` turns of `scored` (turn id, score) pairs, best first, each at its
    first (best) score: a long turn has several chunks, and every backend's dense leg ranks
    chunks.

    Example:
        >>> best_per_turn([("a#t02", 0.9), ("a#t02", 0.8), ("a#t05", 0.7)], 5)
        [('a#t02', 0.9), ('a#t05', 0.7)]
    """
    best: dict[str, float] = {}
    for turn_id, score in scored:
        best.setdefault(turn_id, float(score))
    return list(best.items())[:depth]


def unknown_article(article: str, known: Iterable[str]) -> InputError:
    """The error for a filter naming an article the index lacks (every backend's)."""
    return InputError(
        f"No article {article!r} in the index. Known: {', '.join(sorted(known)[:20])}."
    )


def unknown_speaker(speaker: str, known: Iterable[str]) -> InputError:
    """The error for a filter naming nobody in the corpus (every backend's)."""
    names = ", ".join(sorted(known)[:20]) or "none"
    return InputError(f"No speaker {speaker!r} in the corpus. Known speakers: {names}.")


def check_kinds(kinds: Iterable[str]) -> None:
    """InputError naming the kinds of turns that do not exist."""
    if unknown := set(kinds) - set(TURN_KINDS):
        raise InputError(
            f"Unknown turn kind(s) {', '.join(sorted(unknown))}; use {', '.join(TURN_KINDS)}."
        )


def article_from_json(data: dict) -> Article:
    turns = tuple(Turn(**t) for t in data.pop("turns"))
    participants = tuple(
        Participant(**{**p, "aliases": tuple(p["aliases"])}) for p in data.pop("participants")
    )
    return Article(**data, turns=turns, participants=participants)
