"""The catalog: every article, turn and chunk of an index, and the search filters over them.

The vectors and the lexical index know rows and positions only; the catalog knows what
they stand for. Chunk `row` i is row i of every vector index; turn position j is position
j of the lexical index. Filters (`SearchFilter`) are checked here against the corpus
(naming what exists when they name nothing) and turned into boolean masks over rows or
turns, built with vectorised comparisons over per-row codes, never into sets of ids.

It is one SQLite database: built in memory, saved as a file (`to_bytes`), and opened
read-only from that file in constant time (`open`). Rows are read when asked for: the
turns a search returns and their articles, the labels a speaker filter names, and the
per-turn and per-chunk codes (a few bytes a row) at their first use. So a question costs
the same on a corpus of ten articles as on one of a hundred thousand; only an update
(`articles()`, `chunks()`) reads everything.

Example:
    >>> catalog = Catalog.build(articles, chunks)
    >>> article, turn = catalog.turns(["bienert-ki-unabhaengigkeit-chemanager#t09"]).popitem()[1]
    >>> mask = catalog.turn_mask(SearchFilter(kinds=("answer",)))
    >>> int(mask.sum())
    3
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from functools import lru_cache
from pathlib import Path
from urllib.parse import quote

import numpy as np

from assistant.errors import InputError
from assistant.models import TURN_KINDS, Article, Chunk, Participant, SearchFilter, Turn

# 1: articles, turns, chunks, labels and the filters' code columns.
CATALOG_FORMAT = "1"
_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles (code INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, data TEXT NOT NULL);
CREATE TABLE turns (position INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,
                    article INTEGER NOT NULL);
CREATE TABLE chunks (row INTEGER PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE speakers (code INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
-- Every label a speaker filter may use (a name or alias, any case) and whom it names;
-- `role` is the participant's role, NULL for a turn's speaker not among the participants.
CREATE TABLE labels (key TEXT NOT NULL, label TEXT NOT NULL, name TEXT NOT NULL, role TEXT);
CREATE INDEX labels_by_key ON labels (key);
-- Per-turn and per-chunk codes as numpy arrays, so that a filter is a few comparisons.
CREATE TABLE codes (name TEXT PRIMARY KEY, data BLOB NOT NULL);
"""
_CODE_TYPES = {
    "turn_article": np.int32,
    "turn_kind": np.int8,
    "turn_speaker": np.int32,
    "chunk_turn": np.int32,
}
# Filters whose masks are kept (a chat session uses a handful).
_KEPT_MASKS = 256
# Articles kept parsed: those of the turns recent searches returned.
_KEPT_ARTICLES = 1024


class Catalog:
    """Articles, turns (in reading order) and chunks (row by row) of one index, in SQLite.
    Safe to share between threads (one connection, used under a lock)."""

    def __init__(self, database: sqlite3.Connection) -> None:
        self._db = database
        self._lock = threading.Lock()
        meta = dict(self._rows("SELECT key, value FROM meta"))
        if meta.get("format") != CATALOG_FORMAT:
            raise ValueError(f"catalog format {meta.get('format')!r}, not {CATALOG_FORMAT}")
        self.turn_count = int(meta["turns"])
        self.chunk_count = int(meta["chunks"])
        # Of the turn ids in reading order: what the lexical part must hold.
        self.turn_ids_digest = meta["turn_ids"]
        self._codes: dict[str, np.ndarray] = {}
        # One question's filter is resolved by every leg (dense legs and BM25): once is enough.
        self._masks: dict[SearchFilter, np.ndarray] = {}
        self._article = lru_cache(maxsize=_KEPT_ARTICLES)(self._read_article)

    @classmethod
    def build(cls, articles: Sequence[Article], chunks: Sequence[Chunk]) -> Catalog:
        """A catalog of `articles` and `chunks`, in memory until saved (`to_bytes`).

        Example:
            >>> Catalog.build(articles, chunks).turn_count == sum(len(a.turns) for a in articles)
            True
        """
        database = sqlite3.connect(":memory:", check_same_thread=False)
        database.executescript(_SCHEMA)
        with database:
            _insert(database, articles, chunks)
        return cls(database)

    @classmethod
    def open(cls, path: Path) -> Catalog:
        """The catalog saved in `path`, read-only; ValueError or sqlite3.Error when it is
        not one. The file is never changed once written (its name is its content hash)."""
        uri = f"file:{quote(str(path.resolve()))}?mode=ro&immutable=1"
        return cls(sqlite3.connect(uri, uri=True, check_same_thread=False))

    @classmethod
    def from_docstore(cls, data: bytes) -> Catalog:
        """The catalog of an index written before the SQLite catalog (`docstore-*.json`:
        articles with their turns, then the chunks), so that it is converted, not rebuilt."""
        docstore = json.loads(data)
        articles = [article_from_json(a) for a in docstore["articles"]]
        return cls.build(articles, [Chunk(**c) for c in docstore["chunks"]])

    def to_bytes(self) -> bytes:
        with self._lock:
            return self._db.serialize()

    def _rows(self, query: str, parameters: Sequence[object] = ()) -> list[tuple]:
        with self._lock:
            return self._db.execute(query, parameters).fetchall()

    # --- rows on demand ---------------------------------------------------------------

    def turns(self, ids: Iterable[str]) -> dict[str, tuple[Article, Turn]]:
        """The article and turn of each id that is in the catalog."""
        wanted = list(dict.fromkeys(ids))
        found: dict[str, tuple[Article, Turn]] = {}
        for turn_id, code in self._in("SELECT id, article FROM turns WHERE id IN ({})", wanted):
            article = self._article(code)
            found[turn_id] = (article, next(t for t in article.turns if t.id == turn_id))
        return {turn_id: found[turn_id] for turn_id in wanted if turn_id in found}

    def turn_ids_of_rows(self, rows: Sequence[int]) -> list[str]:
        """The turn id of each chunk row, in the order given."""
        positions = self.codes("chunk_turn")[np.asarray(rows, dtype=np.int64)].tolist()
        by_position = dict(
            self._in("SELECT position, id FROM turns WHERE position IN ({})", positions)
        )
        return [by_position[position] for position in positions]

    def _read_article(self, code: int) -> Article:
        (data,) = self._rows("SELECT data FROM articles WHERE code = ?", (code,))[0]
        return article_from_json(json.loads(data))

    def _in(self, query: str, values: Sequence[object]) -> list[tuple]:
        """`query` with its `IN ({})` filled with `values` (in slices SQLite accepts)."""
        rows: list[tuple] = []
        for start in range(0, len(values), 500):
            part = values[start : start + 500]
            rows += self._rows(query.format(", ".join("?" * len(part))), part)
        return rows

    def interviewer_labels(self) -> list[str]:
        """The names and aliases of every interviewer in the catalog."""
        query = "SELECT DISTINCT label FROM labels WHERE role = 'interviewer' ORDER BY label"
        return [label for (label,) in self._rows(query)]

    def interviewee_names(self) -> list[str]:
        """The full name of every interviewee in the catalog."""
        query = "SELECT DISTINCT name FROM labels WHERE role = 'interviewee' ORDER BY name"
        return [name for (name,) in self._rows(query)]

    # --- everything (updates, the UI's lists) -------------------------------------------

    def articles(self) -> list[Article]:
        """Every article, in corpus order (reads them all)."""
        rows = self._rows("SELECT data FROM articles ORDER BY code")
        return [article_from_json(json.loads(data)) for (data,) in rows]

    def chunks(self) -> list[Chunk]:
        """Every chunk, row by row (reads them all)."""
        return [
            Chunk(**json.loads(data))
            for (data,) in self._rows("SELECT data FROM chunks ORDER BY row")
        ]

    # --- filters ------------------------------------------------------------------------

    def codes(self, name: str) -> np.ndarray:
        """One of the code columns (`_CODE_TYPES`), read at its first use."""
        if (known := self._codes.get(name)) is None:
            (data,) = self._rows("SELECT data FROM codes WHERE name = ?", (name,))[0]
            known = self._codes[name] = np.frombuffer(data, dtype=_CODE_TYPES[name])
        return known

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
        mask = np.ones(self.turn_count, dtype=bool)
        if search_filter.article is not None:
            wanted = search_filter.article.strip()
            found = self._rows("SELECT code FROM articles WHERE id = ?", (wanted,))
            if not found:
                known = self._rows("SELECT id FROM articles ORDER BY id LIMIT 20")
                raise unknown_article(search_filter.article, [i for (i,) in known])
            mask &= self.codes("turn_article") == found[0][0]
        if search_filter.kinds is not None:
            check_kinds(search_filter.kinds)
            codes = [TURN_KINDS.index(kind) for kind in search_filter.kinds]
            mask &= np.isin(self.codes("turn_kind"), codes)
        if search_filter.speaker is not None:
            names = sorted(self.speaker_names(search_filter.speaker))
            found = self._in("SELECT code FROM speakers WHERE name IN ({})", names)
            mask &= np.isin(self.codes("turn_speaker"), [code for (code,) in found])
        return mask

    def row_mask(self, search_filter: SearchFilter | None) -> np.ndarray | None:
        """Which chunk rows `search_filter` keeps; None when it keeps all."""
        turns = self.turn_mask(search_filter)
        return None if turns is None else turns[self.codes("chunk_turn")]

    def speaker_names(self, speaker: str) -> set[str]:
        """Full names of the participants `speaker` names (name or alias, any case);
        InputError listing the known speakers when it names nobody."""
        key = speaker.strip().casefold()
        names = {name for (name,) in self._rows("SELECT name FROM labels WHERE key = ?", (key,))}
        if not names:
            query = "SELECT DISTINCT name FROM labels WHERE role IS NOT NULL ORDER BY name LIMIT 20"
            raise unknown_speaker(speaker, [name for (name,) in self._rows(query)])
        return names


def _insert(
    database: sqlite3.Connection, articles: Sequence[Article], chunks: Sequence[Chunk]
) -> None:
    """Fill a new catalog's tables."""
    pairs = [
        (code, article, turn) for code, article in enumerate(articles) for turn in article.turns
    ]
    position = {turn.id: i for i, (_, _, turn) in enumerate(pairs)}
    speakers = sorted({turn.speaker for _, _, turn in pairs if turn.speaker})
    speaker_code = {name: i for i, name in enumerate(speakers)}
    columns = {
        "turn_article": [code for code, _, _ in pairs],
        "turn_kind": [TURN_KINDS.index(turn.kind) for _, _, turn in pairs],
        "turn_speaker": [speaker_code.get(turn.speaker or "", -1) for _, _, turn in pairs],
        "chunk_turn": [position[chunk.turn_id] for chunk in chunks],
    }
    meta = {
        "format": CATALOG_FORMAT,
        "turns": len(pairs),
        "chunks": len(chunks),
        "turn_ids": ids_digest(turn.id for _, _, turn in pairs),
    }
    database.executemany("INSERT INTO meta VALUES (?, ?)", [(k, str(v)) for k, v in meta.items()])
    database.executemany(
        "INSERT INTO articles VALUES (?, ?, ?)",
        [
            (code, a.id, json.dumps(asdict(a), ensure_ascii=False))
            for code, a in enumerate(articles)
        ],
    )
    database.executemany(
        "INSERT INTO turns VALUES (?, ?, ?)",
        [(i, turn.id, code) for i, (code, _, turn) in enumerate(pairs)],
    )
    database.executemany(
        "INSERT INTO chunks VALUES (?, ?)",
        [(row, json.dumps(asdict(chunk), ensure_ascii=False)) for row, chunk in enumerate(chunks)],
    )
    database.executemany("INSERT INTO speakers VALUES (?, ?)", list(enumerate(speakers)))
    database.executemany("INSERT INTO labels VALUES (?, ?, ?, ?)", sorted(_labels(articles)))
    database.executemany(
        "INSERT INTO codes VALUES (?, ?)",
        [(name, np.asarray(v, dtype=_CODE_TYPES[name]).tobytes()) for name, v in columns.items()],
    )


def _labels(articles: Iterable[Article]) -> set[tuple[str, str, str, str | None]]:
    """(key, label, full name, role) of every participant's name and alias, and of every
    turn's speaker."""
    labels: set[tuple[str, str, str, str | None]] = set()
    for article in articles:
        roles = {p.name: p.role for p in article.participants}
        for participant in article.participants:
            for label in (participant.name, *participant.aliases):
                labels.add((label.casefold(), label, participant.name, participant.role))
        for turn in article.turns:
            if turn.speaker and turn.speaker not in roles:
                labels.add((turn.speaker.casefold(), turn.speaker, turn.speaker, None))
    return labels


def ids_digest(ids: Iterable[str]) -> str:
    """A digest of turn ids in order: whether two parts describe the same turns.

    Example:
        >>> ids_digest(["a#t01", "a#t02"]) == ids_digest(("a#t01", "a#t02"))
        True
    """
    digest = hashlib.sha256()
    for turn_id in ids:
        digest.update(turn_id.encode("utf-8") + b"\n")
    return digest.hexdigest()


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
