"""The PostgreSQL index, read side: the same rankings as the embedded `SearchIndex`, with
filters as WHERE clauses, vectors searched by pgvector's HNSW and BM25 computed in SQL.

BM25 is bm25s's default (Lucene: idf = ln(1 + (N - df + 0.5) / (df + 0.5)), k1 1.5, b 0.75)
over the stems stored as postings; the statistics (N, average length, df) are the meta
row's and the terms table's, which every update keeps in step; `bm25.py` reads the rare
terms' postings whole and the common ones only for turns that can still rank (MaxScore).
A filter by speaker or article reads that speaker's or article's postings through their
own indexes; the dense legs search exactly over the chunks such a filter keeps when they
are few (`EXACT_BELOW`), otherwise through HNSW. The query's words, compounds and
dictionary alternatives are combined by `assistant.index.lexical.bm25.query_scores`, the
code bm25s's backend uses, so both backends rank alike (the contract tests check it).

Every search reads one snapshot (BM25's several statements share one REPEATABLE READ
transaction): an update commits whole or not at all, so a reader never sees half of one.
Each thread has its own connection (the UI answers several questions at once).

Example:
    >>> index = PostgresIndex.open("postgresql://postgres@127.0.0.1:5433/postgres", "index")
    >>> index.lexical_search("Moonshot", 3, SearchFilter(kinds=("answer",)))[0]
    ('bienert-ki-unabhaengigkeit-chemanager#t09', 4.1)
"""

from __future__ import annotations

import json
import threading
from collections.abc import Collection, Iterable, Sequence

import numpy as np
import psycopg
from psycopg import sql

from assistant.errors import IndexMissingError, IndexStaleError
from assistant.index.catalog import (
    article_from_json,
    best_per_turn,
    check_kinds,
    unknown_article,
    unknown_speaker,
)
from assistant.index.lexical.bm25 import check_search
from assistant.index.manifest import INDEX_COMMAND, Manifest
from assistant.index.postgres.bm25 import ESSENTIAL_POSTINGS, LexicalQuery
from assistant.index.postgres.connection import connect, describe
from assistant.index.postgres.schema import SCHEMA_VERSION, table, vector_column
from assistant.models import Article, SearchFilter, Turn
from assistant.text.analysis import CompoundVocabulary

# pgvector's search breadth has this ceiling; deeper asks get what it finds.
MAX_EF_SEARCH = 1000
# The HNSW search breadth at the least (a leg asks for 3 x its depth, 150, by default).
# At 100,000 rows, unfiltered recall@10 USE / e5: 0.70 / 0.89 at 150, 0.77 / 0.92 at 200,
# 0.89 / 0.97 at 400, 0.96 / 0.99 at 800, p95 per leg 32, 36, 67, 110 ms (a busy 2-core
# machine; docs/scaling.md). 400 is the breadth whose cost still fits a query.
EF_SEARCH = 400
# A filter keeping at most this many chunks is searched exactly: scanning them costs
# less than walking the graph past the rows that fail it, and misses nothing.
EXACT_BELOW = 20_000


class PostgresIndex:
    """One index schema of a PostgreSQL database (`IndexReader`)."""

    def __init__(self, url: str, schema: str, manifest: Manifest, german: Iterable[str]):
        self.url = url
        self.schema = schema
        self.manifest = manifest
        self._german = CompoundVocabulary(german)
        self._local = threading.local()
        # Articles by (id, content hash): a hit's article is read once, and never an old
        # version after an update changed it.
        self._articles: dict[tuple[str, str], Article] = {}

    @classmethod
    def open(cls, url: str, schema: str) -> PostgresIndex:
        """The index in `schema`; IndexMissingError naming the fix when there is none."""
        with connect(url) as connection:
            manifest = read_manifest(connection, url, schema)
            check_layout(connection, url, schema)
            german = connection.execute(
                sql.SQL("SELECT term FROM {} WHERE german").format(table(schema, "terms"))
            ).fetchall()
        return cls(url, schema, manifest, (term for (term,) in german))

    @property
    def encoder_keys(self) -> tuple[str, ...]:
        return tuple(self.manifest.encoders)

    def _connection(self) -> psycopg.Connection:
        connection = getattr(self._local, "connection", None)
        if connection is None or connection.closed:
            connection = self._local.connection = connect(self.url)
        return connection

    def _t(self, name: str) -> sql.Identifier:
        return table(self.schema, name)

    def dense(
        self, key: str, vector: np.ndarray, depth: int, search_filter: SearchFilter | None
    ) -> list[tuple[str, float]]:
        """Turns by their best chunk's inner product with `vector`, best first: exact over
        the rows a selective filter keeps, else pgvector's HNSW."""
        where, params = self._where(search_filter, "c")
        column = vector_column(key)
        # Long turns have several chunks; ask for enough chunks to fill `depth` turns.
        limit = depth * 3
        exact = search_filter is not None and self._fewer_than(where, params, EXACT_BELOW)
        # "+ 0" keeps the planner off the HNSW index: the rows come from the btree
        # indexes of the filter columns and are ranked exactly.
        distance = sql.SQL("(c.{} <#> %(v)s)" + (" + 0" if exact else "")).format(column)
        query = sql.SQL(
            "SELECT c.turn_id, -(c.{col} <#> %(v)s) FROM {chunks} c WHERE {where}"
            " ORDER BY {distance} LIMIT %(limit)s"
        ).format(col=column, chunks=self._t("chunks"), where=where, distance=distance)
        connection = self._connection()
        with connection.transaction():
            # HNSW returns at most ef_search rows; a filter keeps scanning the graph until
            # enough rows pass it (pgvector 0.8's iterative scan).
            connection.execute(
                sql.SQL("SET LOCAL hnsw.ef_search = {}").format(
                    sql.Literal(min(MAX_EF_SEARCH, max(EF_SEARCH, limit)))
                )
            )
            connection.execute("SET LOCAL hnsw.iterative_scan = relaxed_order")
            rows = connection.execute(
                query, {**params, "v": np.asarray(vector, dtype=np.float32), "limit": limit}
            ).fetchall()
        # relaxed_order may return rows slightly out of order: sort them (stable).
        return best_per_turn(sorted(rows, key=lambda row: -row[1]), depth)

    def _fewer_than(self, where: sql.Composable, params: dict[str, object], count: int) -> bool:
        """Whether at most `count` chunks pass `where` (counted through the btree indexes,
        stopping at `count` + 1)."""
        query = sql.SQL("SELECT count(*) FROM (SELECT 1 FROM {} c WHERE {} LIMIT {}) s").format(
            self._t("chunks"), where, sql.Literal(count + 1)
        )
        (found,) = self._connection().execute(query, params).fetchone()
        return found <= count

    def lexical_search(
        self,
        question: str,
        depth: int,
        search_filter: SearchFilter | None,
        alternatives: Sequence[Sequence[str]] = (),
    ) -> list[tuple[str, float]]:
        """Turns by BM25 score (positive only), best first, ties in reading order."""
        check_search(depth, alternatives)
        where, params = self._where(search_filter, "p")
        # A speaker's or an article's postings are few and found through their own
        # indexes: read them at once. Otherwise read the rare terms first (bm25.py).
        selective = search_filter is not None and (
            search_filter.speaker is not None or search_filter.article is not None
        )
        connection = self._connection()
        search = LexicalQuery(connection, self.schema, self._german)
        with connection.transaction():
            connection.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            return search.search(
                question,
                alternatives,
                depth,
                where,
                params,
                budget=None if selective else ESSENTIAL_POSTINGS,
            )

    def turns(self, ids: Iterable[str]) -> dict[str, tuple[Article, Turn]]:
        wanted = list(ids)
        if not wanted:
            return {}
        rows = (
            self._connection()
            .execute(
                sql.SQL(
                    "SELECT a.id, a.content_hash FROM {} a"
                    " WHERE a.id IN (SELECT article_id FROM {} WHERE id = ANY(%s))"
                ).format(self._t("articles"), self._t("turns")),
                (wanted,),
            )
            .fetchall()
        )
        articles = self._load_articles([(article_id, digest) for article_id, digest in rows])
        found: dict[str, tuple[Article, Turn]] = {}
        for article in articles:
            for turn in article.turns:
                found[turn.id] = (article, turn)
        return {turn_id: found[turn_id] for turn_id in wanted if turn_id in found}

    def _load_articles(self, keys: list[tuple[str, str]]) -> list[Article]:
        missing = [
            article_id for article_id, digest in keys if (article_id, digest) not in self._articles
        ]
        if missing:
            rows = self._connection().execute(
                sql.SQL("SELECT content_hash, data FROM {} WHERE id = ANY(%s)").format(
                    self._t("articles")
                ),
                (missing,),
            )
            for digest, data in rows.fetchall():
                article = article_from_json(data)
                self._articles[(article.id, digest)] = article
        return [self._articles[key] for key in keys if key in self._articles]

    def articles(self) -> list[Article]:
        rows = self._connection().execute(
            sql.SQL("SELECT data FROM {} ORDER BY ordinal").format(self._t("articles"))
        )
        return [article_from_json(data) for (data,) in rows.fetchall()]

    def interviewer_labels(self) -> list[str]:
        query = sql.SQL(
            "SELECT DISTINCT label FROM {}, jsonb_array_elements(data->'participants') p,"
            " LATERAL (SELECT p->>'name' UNION ALL"
            " SELECT jsonb_array_elements_text(p->'aliases')) AS labels(label)"
            " WHERE p->>'role' = 'interviewer' ORDER BY label"
        ).format(self._t("articles"))
        return [label for (label,) in self._connection().execute(query).fetchall()]

    def held_terms(self, terms: Collection[str]) -> set[str]:
        query = sql.SQL("SELECT term FROM {} WHERE term = ANY(%s)").format(self._t("terms"))
        rows = self._connection().execute(query, (list(terms),)).fetchall()
        return {term for (term,) in rows}

    def interviewee_names(self) -> list[str]:
        query = sql.SQL(
            "SELECT DISTINCT p->>'name' AS name"
            " FROM {}, jsonb_array_elements(data->'participants') p"
            " WHERE p->>'role' = 'interviewee' ORDER BY name"
        ).format(self._t("articles"))
        return [name for (name,) in self._connection().execute(query).fetchall()]

    def _where(
        self, search_filter: SearchFilter | None, alias: str
    ) -> tuple[sql.Composable, dict[str, object]]:
        """The WHERE clause for `search_filter` over a table with article_id, kind and
        speaker columns; InputError (the embedded backend's) when it names nothing."""
        clauses: list[sql.Composable] = [sql.SQL("true")]
        params: dict[str, object] = {}
        column = sql.Identifier(alias, "article_id")
        if search_filter is not None and search_filter.article is not None:
            wanted = search_filter.article.strip()
            if not self._exists("articles", "id = %s", wanted):
                known = self._column("SELECT id FROM {} ORDER BY id LIMIT 20", "articles")
                raise unknown_article(search_filter.article, known)
            clauses.append(sql.SQL("{} = %(article)s").format(column))
            params["article"] = wanted
        if search_filter is not None and search_filter.kinds is not None:
            check_kinds(search_filter.kinds)
            clauses.append(sql.SQL("{} = ANY(%(kinds)s)").format(sql.Identifier(alias, "kind")))
            params["kinds"] = list(search_filter.kinds)
        if search_filter is not None and search_filter.speaker is not None:
            params["speakers"] = self._speaker_names(search_filter.speaker)
            clauses.append(
                sql.SQL("{} = ANY(%(speakers)s)").format(sql.Identifier(alias, "speaker"))
            )
        return sql.SQL(" AND ").join(clauses), params

    def _speaker_names(self, speaker: str) -> list[str]:
        """Full names of the participants `speaker` names (name or alias, any case)."""
        rows = (
            self._connection()
            .execute(
                sql.SQL("SELECT DISTINCT name FROM {} WHERE label = %s").format(
                    self._t("speakers")
                ),
                (speaker.strip().casefold(),),
            )
            .fetchall()
        )
        if not rows:
            known = self._column(
                "SELECT DISTINCT name FROM {} WHERE participant ORDER BY 1 LIMIT 20", "speakers"
            )
            raise unknown_speaker(speaker, known)
        return [name for (name,) in rows]

    def _exists(self, name: str, condition: str, value: object) -> bool:
        query = sql.SQL("SELECT 1 FROM {} WHERE " + condition + " LIMIT 1").format(self._t(name))
        return self._connection().execute(query, (value,)).fetchone() is not None

    def _column(self, query: str, name: str) -> list[str]:
        rows = self._connection().execute(sql.SQL(query).format(self._t(name))).fetchall()
        return [value for (value,) in rows]


def check_layout(connection: psycopg.Connection, url: str, schema: str) -> None:
    """IndexStaleError, with the command that rebuilds it, for an index whose tables are
    of another layout than `SCHEMA_VERSION` (an older version of this package built it)."""
    # to_jsonb of the row reads the version where there is one, and null (the first
    # layout, which had no version column) where there is none.
    (version,) = connection.execute(
        sql.SQL("SELECT (to_jsonb(m) ->> 'schema_version')::int FROM {} m").format(
            table(schema, "meta")
        )
    ).fetchone()
    if (version or 1) != SCHEMA_VERSION:
        raise IndexStaleError(
            f"The index {schema!r} in the database at {describe(url)} has the table layout of "
            f"version {version or 1}, and this version of the assistant reads version "
            f"{SCHEMA_VERSION}. Rebuild it with: {INDEX_COMMAND} --index {schema}"
        )


def read_manifest(connection: psycopg.Connection, url: str, schema: str) -> Manifest:
    """The manifest of the index in `schema`; IndexMissingError when there is none."""
    exists = connection.execute(
        "SELECT 1 FROM information_schema.tables WHERE table_schema = %s AND table_name = 'meta'",
        (schema,),
    ).fetchone()
    row = None
    if exists:
        row = connection.execute(sql.SQL("SELECT manifest FROM {}").format(table(schema, "meta")))
        row = row.fetchone()
    if row is None:
        raise IndexMissingError(
            f"No search index {schema!r} in the database at {describe(url)}. Build it with: "
            f"{INDEX_COMMAND} --index {schema}"
        )
    hashes = connection.execute(
        sql.SQL("SELECT id, content_hash FROM {}").format(table(schema, "articles"))
    ).fetchall()
    data = dict(row[0]) if not isinstance(row[0], str) else json.loads(row[0])
    data["articles"] = dict(hashes)
    return Manifest.from_json(data)
