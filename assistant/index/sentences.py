"""Sentence vectors for the answerer, embedded once at indexing time and kept beside the
index, keyed by the hash of each sentence's text (as Simon Willison's `llm` keys its
embeddings): an update embeds only sentences it has not seen.

The answerer compares the question with every sentence of the passages it is given. With
e5, the encoder that picks the sentence best (README, "Answers"), that costs about 30 ms a
sentence, far more than a search, so the index embeds them ahead. The store is a cache, not
a part of the index: the index is complete and correct without it, a sentence it lacks is
embedded when asked for, and a store that is missing, damaged, of another encoder or being
written is read as empty (then rebuilt by the next update). So it lives outside the
manifest, in one SQLite file per encoder, `sentences-<key>.sqlite`, read-only for readers.

Example:
    >>> store = SentenceStore.for_index(Path("index"), e5)
    >>> store.fill(["Eine Art Moonshot-Programm."], corpus_digest(manifest.articles))
    1
    >>> sorted(store.lookup(["Eine Art Moonshot-Programm.", "Unbekannt."]))
    ['Eine Art Moonshot-Programm.']
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import threading
from collections.abc import Iterable, Mapping, Sequence
from contextlib import closing
from pathlib import Path
from urllib.parse import quote

import numpy as np

from assistant.index.encoders import Encoder
from assistant.index.encoders.groups import in_groups

log = logging.getLogger(__name__)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS vectors (hash BLOB PRIMARY KEY, vector BLOB NOT NULL);
"""
# A reader waits this long for a writer's commit, then embeds what it needs itself.
_READ_TIMEOUT_S = 0.2
# Keys per lookup query (SQLite's limit on parameters is 32766).
_LOOKUP_BATCH = 900


def sentence_hash(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


def corpus_digest(articles: Mapping[str, str]) -> str:
    """One digest of an index's articles (id -> content hash, which includes the parser
    version), to tell whether a store holds what the index holds without reading it.

    Example:
        >>> corpus_digest({"a": "1"}) == corpus_digest({"a": "1"}) != corpus_digest({"a": "2"})
        True
    """
    lines = "\n".join(f"{key}\t{value}" for key, value in sorted(articles.items()))
    return hashlib.sha256(lines.encode()).hexdigest()


class SentenceStore:
    """The sentence vectors of one encoder for one index folder (see the module docstring).
    Lookups are safe from several threads and never raise; `fill` is for the one writer
    that holds the index's lock."""

    def __init__(self, path: Path, encoder: Encoder) -> None:
        self.path = path
        self.encoder = encoder
        self.fingerprint = json.dumps(
            [encoder.name, encoder.dimension, encoder.passage_prefix], ensure_ascii=False
        )
        self._reader: sqlite3.Connection | None = None
        self._lock = threading.Lock()

    @classmethod
    def for_index(cls, directory: Path, encoder: Encoder) -> SentenceStore:
        return cls(directory / f"sentences-{encoder.key}.sqlite", encoder)

    def lookup(self, texts: Sequence[str]) -> dict[str, np.ndarray]:
        """The stored vector of each of `texts` that has one."""
        wanted = {sentence_hash(text): text for text in texts}
        found: dict[str, np.ndarray] = {}
        with self._lock:
            try:
                reader = self._open_reader()
                if reader is None:
                    return found
                keys = list(wanted)
                for start in range(0, len(keys), _LOOKUP_BATCH):
                    batch = keys[start : start + _LOOKUP_BATCH]
                    rows = reader.execute(
                        "SELECT hash, vector FROM vectors WHERE hash IN "
                        f"({','.join('?' * len(batch))})",
                        batch,
                    ).fetchall()
                    found.update(self._vectors(rows, wanted))
            except sqlite3.Error as error:
                # Being written, or damaged: what is missing gets embedded by the caller.
                log.debug("sentence store %s not read: %s", self.path, error)
                self._close_reader()
        return found

    def reopen(self) -> None:
        """Read the file afresh from the next lookup on (after an update wrote it)."""
        with self._lock:
            self._close_reader()

    def covers(self, digest: str) -> bool:
        """Whether the store holds the sentences of the corpus with `corpus_digest` `digest`."""
        try:
            with closing(_connect_read_only(self.path)) as connection:
                return _meta(connection) == {"fingerprint": self.fingerprint, "corpus": digest}
        except sqlite3.Error:
            return False

    def fill(self, texts: Iterable[str], digest: str, *, progress: bool = False) -> int:
        """Make the store hold exactly the vectors of `texts` (the sentences of the corpus
        with `corpus_digest` `digest`): embed those it lacks, drop the others. Returns how
        many were embedded. One transaction: a writer killed midway leaves the store as it
        was. sqlite3.Error or OSError when the file cannot be written."""
        wanted = {sentence_hash(text): text for text in texts}
        connection = self._open_writer()
        try:
            with connection:
                connection.execute("CREATE TEMP TABLE wanted (hash BLOB PRIMARY KEY)")
                connection.executemany("INSERT INTO wanted VALUES (?)", ((h,) for h in wanted))
                have = {
                    row[0]
                    for row in connection.execute(
                        "SELECT hash FROM vectors WHERE hash IN (SELECT hash FROM wanted)"
                    )
                }
                missing = [wanted[key] for key in wanted if key not in have]
                for rows in self._embedded(missing, progress=progress):
                    connection.executemany("INSERT INTO vectors VALUES (?, ?)", rows)
                connection.execute(
                    "DELETE FROM vectors WHERE hash NOT IN (SELECT hash FROM wanted)"
                )
                connection.executemany(
                    "INSERT OR REPLACE INTO meta VALUES (?, ?)",
                    [("fingerprint", self.fingerprint), ("corpus", digest)],
                )
            return len(missing)
        finally:
            connection.close()

    def _embedded(
        self, texts: Sequence[str], *, progress: bool
    ) -> Iterable[list[tuple[bytes, bytes]]]:
        """(hash, vector bytes) rows for `texts`, one group at a time."""
        label = f"Embedding sentences ({self.encoder.key})"
        for positions, vectors in in_groups(
            self.encoder, texts, label=label, unit="sentence", progress=progress
        ):
            yield [
                (sentence_hash(texts[i]), vector.astype(np.float32).tobytes())
                for i, vector in zip(positions, vectors, strict=True)
            ]

    def _open_writer(self) -> sqlite3.Connection:
        """A connection to write with; a file that is not a store of this encoder (damaged,
        another model's) is started afresh."""
        try:
            return self._writer_connection()
        except (sqlite3.DatabaseError, _OtherStore):
            log.warning("Rebuilding the sentence vectors in %s.", self.path)
            self.path.unlink(missing_ok=True)
            return self._writer_connection()

    def _writer_connection(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path, timeout=30)
        try:
            connection.executescript(_SCHEMA)
            if _meta(connection).get("fingerprint", self.fingerprint) != self.fingerprint:
                raise _OtherStore(self.path)
        except BaseException:
            connection.close()
            raise
        return connection

    def _open_reader(self) -> sqlite3.Connection | None:
        if self._reader is None and self.path.is_file():
            reader = _connect_read_only(self.path)
            if _meta(reader).get("fingerprint") != self.fingerprint:
                reader.close()
                return None
            self._reader = reader
        return self._reader

    def _close_reader(self) -> None:
        if self._reader is not None:
            self._reader.close()
            self._reader = None

    def _vectors(
        self, rows: Iterable[tuple[bytes, bytes]], wanted: Mapping[bytes, str]
    ) -> dict[str, np.ndarray]:
        size = self.encoder.dimension * 4
        return {
            wanted[key]: np.frombuffer(data, dtype=np.float32)
            for key, data in rows
            if len(data) == size
        }


class _OtherStore(Exception):
    """The file holds the vectors of another encoder."""


def _connect_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(
        f"file:{quote(str(path.resolve()))}?mode=ro",
        uri=True,
        timeout=_READ_TIMEOUT_S,
        check_same_thread=False,
    )


def _meta(connection: sqlite3.Connection) -> dict[str, str]:
    return dict(connection.execute("SELECT key, value FROM meta").fetchall())
