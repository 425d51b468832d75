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
from collections.abc import Iterable, Sequence
from dataclasses import asdict, replace
from pathlib import Path

import numpy as np
import psycopg
from psycopg import sql
from psycopg.types.json import Jsonb

from assistant.errors import IndexBusyError, IndexMissingError, IndexStaleError
from assistant.index.catalog import article_from_json
from assistant.index.chunking import turn_document
from assistant.index.encoders import Encoder
from assistant.index.indexing import Indexer, IndexReport
from assistant.index.manifest import CorpusDiff, Manifest
from assistant.index.postgres.connection import connect, create_vector_extension, schema_name
from assistant.index.postgres.schema import (
    SCHEMA_VERSION,
    create_statements,
    refresh_terms,
    table,
    vector_column,
)
from assistant.index.postgres.store import PostgresIndex
from assistant.index.search_index import article_language
from assistant.models import Article, Chunk, SourceFile
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
        sources: Sequence[SourceFile] = (),
        wait: bool = True,
    ) -> tuple[PostgresIndex, IndexReport]:
        """Update (or build) the index named by `directory` for `articles` (read from
        `corpus_dir`, recorded with the `sources` they were read from); without `wait`,
        IndexBusyError when another process is updating it."""
        started = time.perf_counter()
        schema = schema_name(directory)
        corpus = None if corpus_dir is None else str(corpus_dir.resolve())
        manifest = replace(self._manifest(corpus), sources={s.path: s for s in sources})
        with connect(self.url, vectors=False) as connection:
            create_vector_extension(connection, self.url)
        with connect(self.url) as connection:
            _lock(connection, schema, wait=wait)
            old, rebuilt_because = self._reusable(directory)
            every = CorpusDiff(added=tuple(a.id for a in articles))
            diff = every if old is None else self._diff(old, articles)
            if old is not None and self._up_to_date(old, diff, corpus):
                if old.manifest.sources != manifest.sources:
                    _record_sources(connection, schema, manifest)  # newer stamps, same rows
                    old.manifest = replace(old.manifest, sources=manifest.sources)
                return old, self._report(diff, 0, old.manifest.chunk_count, started, None)
            changed = set(diff.added + diff.updated)
            todo = [a for a in articles if a.id in changed]
            chunks = [chunk for article in todo for chunk in self.chunker.run(article)]
            embedding_started = time.perf_counter()
            texts = [chunk.embed_text for chunk in chunks]
            embedded: set[str] = set()
            stored = {} if old is None else self._stored_vectors(connection, schema, diff.updated)
            vectors = {
                e.key: self._embed(e, texts, embedded=embedded, known=stored.get(e.key))
                for e in self.encoders
            }
            embedding_seconds = time.perf_counter() - embedding_started
            with connection.transaction():
                touched: set[str] | None = None
                if old is None:
                    _recreate(connection, schema, self.fingerprints)
                else:
                    touched = _delete(connection, schema, diff.removed + diff.updated)
                inserted = _insert(connection, schema, todo, chunks, vectors)
                refresh_terms(connection, schema, None if touched is None else touched | inserted)
                count = _finish(connection, schema, articles, manifest)
            _vacuum(connection, schema)
        report = self._report(diff, len(embedded), count, started, rebuilt_because)
        return self._open(directory), replace(report, embedding_seconds=embedding_seconds)

    def _reusable(self, directory: Path) -> tuple[PostgresIndex | None, str | None]:
        """The index as it is if its rows can be kept, else None and why not (None when
        there was none)."""
        try:
            index = self._open(directory)
        except IndexMissingError:
            return None, None
        except IndexStaleError as error:
            return None, str(error).split(". Rebuild", 1)[0]
        except (psycopg.Error, KeyError, ValueError) as error:
            return None, f"the index cannot be read ({error})"
        if reason := self._mismatch(index.manifest):
            return None, reason
        return index, None

    def _stored_vectors(
        self, connection: psycopg.Connection, schema: str, ids: Sequence[str]
    ) -> dict[str, dict[str, np.ndarray]]:
        """Per encoder, the vectors the index holds for the chunks of the articles `ids`
        (about to be replaced), by the text embedded: a changed article's unchanged turns,
        and after a newer parser most turns of every article, need no new embedding. Its
        chunks come from its parse as stored, chunked again (the same chunker: another
        rebuilds the index).

        Example:
            >>> stored = indexer._stored_vectors(connection, "index", ["qa-battery"])
            >>> sorted(stored), len(stored["e5"]) > 0
            (['e5', 'use'], True)
        """
        if not ids:
            return {}
        rows = connection.execute(
            sql.SQL("SELECT data FROM {} WHERE id = ANY(%s)").format(table(schema, "articles")),
            (list(ids),),
        ).fetchall()
        text_of = {
            chunk.id: chunk.embed_text
            for (data,) in rows
            for chunk in self.chunker.run(article_from_json(data))
        }
        keys = [encoder.key for encoder in self.encoders]
        columns = sql.SQL(", ").join(vector_column(key) for key in keys)
        found = connection.execute(
            sql.SQL("SELECT id, {} FROM {} WHERE id = ANY(%s)").format(
                columns, table(schema, "chunks")
            ),
            (list(text_of),),
        ).fetchall()
        return {
            key: {text_of[row[0]]: row[i].to_numpy().astype(np.float32) for row in found}
            for i, key in enumerate(keys, start=1)
        }

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


def _vacuum(connection: psycopg.Connection, schema: str) -> None:
    """Statistics for the planner (a rebuilt schema has none) and the visibility map that
    lets BM25 read postings from their index alone (`schema.py`), after the commit: VACUUM
    runs outside transactions and reads only the pages the update changed."""
    tables = sql.SQL(", ").join(
        table(schema, name) for name in ("turns", "speakers", "chunks", "postings", "terms")
    )
    connection.execute(sql.SQL("VACUUM (ANALYZE) {}").format(tables))


def _delete(connection: psycopg.Connection, schema: str, ids: Sequence[str]) -> set[str]:
    """Delete the articles `ids` (their turns, chunks, postings and speaker labels go with
    them); the terms whose postings changed."""
    if not ids:
        return set()
    rows = connection.execute(
        sql.SQL("SELECT DISTINCT term FROM {} WHERE article_id = ANY(%s)").format(
            table(schema, "postings")
        ),
        (list(ids),),
    ).fetchall()
    connection.execute(
        sql.SQL("DELETE FROM {} WHERE id = ANY(%s)").format(table(schema, "articles")),
        (list(ids),),
    )
    return {term for (term,) in rows}


# The columns each bulk load writes (the benchmark's synthetic load too).
COLUMNS = {
    "articles": "id, ordinal, content_hash, parse_hash, language, data",
    "turns": "id, article_id, ordinal, kind, speaker, length",
    "speakers": "article_id, label, name, participant",
    "postings": "term, turn_id, tf, german, length, kind, speaker, article_id",
}


def _insert(
    connection: psycopg.Connection,
    schema: str,
    articles: Sequence[Article],
    chunks: Sequence[Chunk],
    vectors: dict[str, np.ndarray],
) -> set[str]:
    """COPY `articles` with their turns, speaker labels and postings, and their `chunks`
    with vectors; the terms of the new postings."""
    rows = article_rows(articles)
    turns = {turn.id: turn for article in articles for turn in article.turns}
    rows["chunks"] = [
        (
            *(c.id, c.turn_id, c.article_id, c.part),
            *(turns[c.turn_id].kind, turns[c.turn_id].speaker),
            *(vectors[key][row] for key in vectors),
        )
        for row, c in enumerate(chunks)
    ]
    for name, names in {**COLUMNS, "chunks": chunk_columns(vectors)}.items():
        copy_rows(connection, schema, name, names, rows[name])
    return {row[0] for row in rows["postings"]}


def article_rows(articles: Sequence[Article]) -> dict[str, list[tuple]]:
    """The rows of `articles` for the articles, turns, speakers and postings tables."""
    by_language = stemmers()
    rows: dict[str, list[tuple]] = {name: [] for name in COLUMNS}
    for article in articles:
        language = article_language(article)
        data = Jsonb(asdict(article))
        rows["articles"].append(
            (article.id, 0, article.content_hash, parse_hash(article), language, data)
        )
        # The labels a speaker filter may use, casefolded as the embedded catalog does.
        labels = {
            (label.casefold(), p.name, True)
            for p in article.participants
            for label in (p.name, *p.aliases)
        }
        labels |= {(t.speaker.casefold(), t.speaker, False) for t in article.turns if t.speaker}
        rows["speakers"] += [(article.id, *label) for label in sorted(labels)]
        for ordinal, turn in enumerate(article.turns):
            terms = document_terms(turn_document(article, turn), language, by_language[language])
            rows["turns"].append(
                (turn.id, article.id, ordinal, turn.kind, turn.speaker, len(terms))
            )
            rows["postings"] += [
                (
                    term,
                    turn.id,
                    tf,
                    language == "de",
                    len(terms),
                    turn.kind,
                    turn.speaker,
                    article.id,
                )
                for term, tf in Counter(terms).items()
                if term
            ]
    return rows


def chunk_columns(vectors: Iterable[str]) -> str:
    """The chunks table's columns, with one vector column per encoder key."""
    columns = "id, turn_id, article_id, ordinal, kind, speaker"
    return columns + "".join(f", {vector_column(key).as_string()}" for key in vectors)


def copy_rows(
    connection: psycopg.Connection, schema: str, name: str, columns: str, rows: Iterable[tuple]
) -> None:
    """COPY `rows` into table `name` of `schema`."""
    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(table(schema, name), sql.SQL(columns))
    with connection.cursor() as cursor, cursor.copy(statement) as copy:
        for row in rows:
            copy.write_row(row)


def _record_sources(connection: psycopg.Connection, schema: str, manifest: Manifest) -> None:
    """The corpus files' stamps of `manifest`, for an index whose rows stay as they are (a
    touched file with the same words), so that the next run need not read them again."""
    connection.execute(
        sql.SQL("UPDATE {} SET manifest = jsonb_set(manifest, '{{sources}}', %s)").format(
            table(schema, "meta")
        ),
        (Jsonb(manifest.to_json()["sources"]),),
    )


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
        sql.SQL(
            "INSERT INTO {} (manifest, turn_count, total_length, schema_version)"
            " VALUES (%s, %s, %s, %s)"
        ).format(table(schema, "meta")),
        (Jsonb(data), turn_count, total_length, SCHEMA_VERSION),
    )
    return int(chunk_count)
