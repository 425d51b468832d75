"""The PostgreSQL index, write side: brings one schema in step with the corpus.

Incremental by content hash, like the embedded `Indexer` it extends: only new and changed
articles are chunked and embedded; removed and changed ones are deleted (their turns,
chunks and postings with them). A new index, a damaged one, or other encoders or chunks
rebuild the whole schema. Everything is embedded first, then written in ONE transaction
(DDL included): a reader sees the old index or the new one, and a writer killed at any
point leaves the last good state. One writer per index at a time (an advisory lock).

Example:
    >>> indexer = PostgresIndexer(encoders, url="postgresql://postgres@127.0.0.1:5433/postgres")
    >>> index, report = indexer.run(articles, Path("index"), corpus_dir=Path("data"))
    >>> report.summary()
    '2 added, 0 updated, 0 removed, 0 unchanged articles; 35 chunks embedded in 3.2 s ...'
"""

from __future__ import annotations

import hashlib
import json
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, replace
from pathlib import Path

import numpy as np
import psycopg
from psycopg import sql
from psycopg.types.json import Jsonb

from assistant.errors import IndexBusyError, IndexMissingError
from assistant.index.chunking import turn_document
from assistant.index.encoders import Encoder
from assistant.index.indexing import Indexer, IndexReport
from assistant.index.manifest import CorpusDiff, Manifest
from assistant.index.postgres.connection import connect, create_vector_extension, schema_name
from assistant.index.postgres.schema import create_statements, table, vector_column
from assistant.index.postgres.store import PostgresIndex
from assistant.index.search_index import article_language
from assistant.models import Article, Chunk
from assistant.text.analysis import document_terms, stemmers


class PostgresIndexer(Indexer):
    """An `Indexer` whose index is a schema of the database at `url`."""

    def __init__(
        self, encoders: Sequence[Encoder], *, url: str, approximate_above: int = 0, **options
    ) -> None:
        super().__init__(encoders, approximate_above=approximate_above, **options)
        self.url = url

    def _open(self, directory: Path) -> PostgresIndex:  # type: ignore[override]
        return PostgresIndex.open(self.url, schema_name(directory))

    def _diff(self, index: PostgresIndex, articles: Sequence[Article]) -> CorpusDiff:  # type: ignore[override]
        """By content hash, and an article that parses differently now counts as updated
        (compared by the hash of its parse, not by reading it back)."""
        diff = index.manifest.diff(articles)
        with connect(self.url, vectors=False) as connection:
            stored = dict(
                connection.execute(
                    sql.SQL("SELECT id, parse_hash FROM {}").format(table(index.schema, "articles"))
                ).fetchall()
            )
        return diff.with_updated(
            a.id for a in articles if a.id in diff.unchanged and stored.get(a.id) != parse_hash(a)
        )

    def run(  # type: ignore[override]
        self,
        articles: Sequence[Article],
        directory: Path,
        *,
        corpus_dir: Path | None = None,
        wait: bool = True,
    ) -> tuple[PostgresIndex, IndexReport]:
        """Update (or build) the index named by `directory` for `articles`; without `wait`,
        IndexBusyError when another process is updating it."""
        started = time.perf_counter()
        schema = schema_name(directory)
        corpus = None if corpus_dir is None else str(corpus_dir.resolve())
        with connect(self.url, vectors=False) as connection:
            create_vector_extension(connection, self.url)
        with connect(self.url) as connection:
            _lock(connection, schema, wait=wait)
            old, rebuilt_because = self._reusable(directory)
            every = CorpusDiff(added=tuple(a.id for a in articles))
            diff = every if old is None else self._diff(old, articles)
            if old is not None and self._up_to_date(old, diff, corpus):
                return old, self._report(diff, 0, old.manifest.chunk_count, started, None)
            changed = set(diff.added + diff.updated)
            todo = [a for a in articles if a.id in changed]
            chunks = [chunk for article in todo for chunk in self.chunker.run(article)]
            embedding_started = time.perf_counter()
            vectors = {encoder.key: self._embed(encoder, chunks) for encoder in self.encoders}
            embedding_seconds = time.perf_counter() - embedding_started
            with connection.transaction():
                if old is None:
                    _recreate(connection, schema, self.fingerprints)
                else:
                    _delete(connection, schema, diff.removed + diff.updated)
                _insert(connection, schema, todo, chunks, vectors)
                count = _finish(connection, schema, articles, self._manifest(corpus))
        report = self._report(diff, len(chunks), count, started, rebuilt_because)
        return self._open(directory), replace(report, embedding_seconds=embedding_seconds)

    def _reusable(self, directory: Path) -> tuple[PostgresIndex | None, str | None]:
        """The index as it is if its rows can be kept, else None and why not (None when
        there was none)."""
        try:
            index = self._open(directory)
        except IndexMissingError:
            return None, None
        except (psycopg.Error, KeyError, ValueError) as error:
            return None, f"the index cannot be read ({error})"
        if reason := self._mismatch(index.manifest):
            return None, reason
        return index, None

    def _manifest(self, corpus: str | None) -> Manifest:
        return Manifest(
            chunker_version=self.chunker_version,
            encoders=self.fingerprints,
            chunk_count=0,
            corpus_dir=corpus,
            index_types={key: "hnsw" for key in self.fingerprints},
        )


# PostgresIndex has nothing to repair (no part is rebuilt on load); the Indexer asks.
PostgresIndex.repaired = False


def parse_hash(article: Article) -> str:
    """What an article parsed into (its path aside: a moved corpus changes nothing)."""
    data = json.dumps(asdict(replace(article, path=None)), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def _lock(connection: psycopg.Connection, schema: str, *, wait: bool) -> None:
    """One writer per index: a session lock, released when the connection closes (also
    when the writer dies)."""
    key = f"assistant-index:{schema}"
    if wait:
        connection.execute("SELECT pg_advisory_lock(hashtextextended(%s, 0))", (key,))
        return
    got = connection.execute("SELECT pg_try_advisory_lock(hashtextextended(%s, 0))", (key,))
    if not got.fetchone()[0]:
        raise IndexBusyError(
            f"Another process is updating the index {schema!r} in the database. Try again "
            "when it has finished, or run without --no-wait to wait for it."
        )


def _recreate(connection: psycopg.Connection, schema: str, fingerprints: dict) -> None:
    connection.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(schema)))
    dimensions = {key: f.dimension for key, f in fingerprints.items()}
    for statement in create_statements(schema, dimensions):
        connection.execute(statement)


def _delete(connection: psycopg.Connection, schema: str, ids: Sequence[str]) -> None:
    if ids:
        connection.execute(
            sql.SQL("DELETE FROM {} WHERE id = ANY(%s)").format(table(schema, "articles")),
            (list(ids),),
        )


def _insert(
    connection: psycopg.Connection,
    schema: str,
    articles: Sequence[Article],
    chunks: Sequence[Chunk],
    vectors: dict[str, np.ndarray],
) -> None:
    """COPY `articles` with their turns and postings, and their `chunks` with vectors."""
    by_language = stemmers()
    article_rows, turn_rows, posting_rows = [], [], []
    for article in articles:
        language = article_language(article)
        data = Jsonb(asdict(article))
        article_rows.append(
            (article.id, 0, article.content_hash, parse_hash(article), language, data)
        )
        for ordinal, turn in enumerate(article.turns):
            text = turn_document(article, turn)
            terms = document_terms(text, language, by_language[language])
            turn_rows.append((turn.id, article.id, ordinal, turn.kind, turn.speaker, len(terms)))
            posting_rows += [
                (term, turn.id, tf, language == "de") for term, tf in Counter(terms).items() if term
            ]
    turns = {turn.id: turn for article in articles for turn in article.turns}
    chunk_rows = [
        (
            *(c.id, c.turn_id, c.article_id, c.part),
            *(turns[c.turn_id].kind, turns[c.turn_id].speaker),
            *(vectors[key][row] for key in vectors),
        )
        for row, c in enumerate(chunks)
    ]
    columns = "id, turn_id, article_id, ordinal, kind, speaker"
    columns += "".join(f", {vector_column(key).as_string()}" for key in vectors)
    with connection.cursor() as cursor:
        for name, names, rows in (
            ("articles", "id, ordinal, content_hash, parse_hash, language, data", article_rows),
            ("turns", "id, article_id, ordinal, kind, speaker, length", turn_rows),
            ("postings", "term, turn_id, tf, german", posting_rows),
            ("chunks", columns, chunk_rows),
        ):
            statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
                table(schema, name), sql.SQL(names)
            )
            with cursor.copy(statement) as copy:
                for row in rows:
                    copy.write_row(row)


def _finish(
    connection: psycopg.Connection, schema: str, articles: Sequence[Article], manifest: Manifest
) -> int:
    """Corpus order, BM25 statistics and the manifest, in the update's transaction; the
    number of chunks."""
    connection.execute(
        sql.SQL(
            "UPDATE {0} SET ordinal = o.ordinal"
            " FROM unnest(%s::text[], %s::int[]) AS o(id, ordinal)"
            " WHERE {0}.id = o.id AND {0}.ordinal <> o.ordinal"
        ).format(table(schema, "articles")),
        ([a.id for a in articles], list(range(len(articles)))),
    )
    turn_count, total_length = connection.execute(
        sql.SQL("SELECT count(*), coalesce(sum(length), 0) FROM {}").format(table(schema, "turns"))
    ).fetchone()
    (chunk_count,) = connection.execute(
        sql.SQL("SELECT count(*) FROM {}").format(table(schema, "chunks"))
    ).fetchone()
    data = replace(manifest, chunk_count=chunk_count).to_json()
    connection.execute(sql.SQL("DELETE FROM {}").format(table(schema, "meta")))
    connection.execute(
        sql.SQL("INSERT INTO {} (manifest, turn_count, total_length) VALUES (%s, %s, %s)").format(
            table(schema, "meta")
        ),
        (Jsonb(data), turn_count, total_length),
    )
    return int(chunk_count)
