"""The PostgreSQL index, read side: the same rankings as the embedded `SearchIndex`, with
filters as WHERE clauses, vectors searched by pgvector's HNSW and BM25 computed in SQL.

BM25 is bm25s's default (Lucene: idf = ln(1 + (N - df + 0.5) / (df + 0.5)), k1 1.5, b 0.75)
over the stems stored as postings; the statistics (N, average length) are the meta row's,
which every update keeps in step. The query's words, compounds and dictionary alternatives
are combined by `assistant.index.lexical.bm25.query_scores`, the code bm25s's backend uses,
so both backends rank alike (the contract tests check it).

Every statement reads one snapshot: an update commits whole or not at all, so a reader never
sees half of one. Each thread has its own connection (the UI answers several questions at
once).

Example:
    >>> index = PostgresIndex.open("postgresql://postgres@127.0.0.1:5433/postgres", "index")
    >>> index.lexical_search("Moonshot", 3, SearchFilter(kinds=("answer",)))[0]
    ('bienert-ki-unabhaengigkeit-chemanager#t08', 4.1)
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Sequence

import numpy as np
import psycopg
from psycopg import sql

from assistant.errors import IndexMissingError
from assistant.index.catalog import (
    article_from_json,
    best_per_turn,
    check_kinds,
    unknown_article,
    unknown_speaker,
)
from assistant.index.lexical.bm25 import check_search, query_scores, query_terms
from assistant.index.manifest import INDEX_COMMAND, Manifest
from assistant.index.postgres.connection import connect, describe
from assistant.index.postgres.schema import table, vector_column
from assistant.models import Article, SearchFilter, Turn
from assistant.text.analysis import CompoundVocabulary

K1, B = 1.5, 0.75
# pgvector's search breadth has this ceiling; deeper asks get what it finds.
MAX_EF_SEARCH = 1000

_BM25 = """
WITH stats AS (SELECT turn_count::float8 AS n,
                      greatest(total_length::float8 / greatest(turn_count, 1), 1e-9) AS avgdl
               FROM {meta}),
     df AS (SELECT term, count(*)::float8 AS df FROM {postings}
            WHERE term = ANY(%(terms)s) GROUP BY term)
SELECT p.term, p.turn_id, a.ordinal, t.ordinal,
       ln(1 + (stats.n - df.df + 0.5) / (df.df + 0.5))
       * p.tf / (p.tf + %(k1)s * (1 - %(b)s + %(b)s * t.length / stats.avgdl))
FROM {postings} p JOIN df USING (term) JOIN {turns} t ON t.id = p.turn_id
     JOIN {articles} a ON a.id = t.article_id CROSS JOIN stats
WHERE p.term = ANY(%(terms)s) AND {where}
"""


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
            german = connection.execute(
                sql.SQL("SELECT DISTINCT term FROM {} WHERE german").format(
                    table(schema, "postings")
                )
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
        """Turns by their best chunk's inner product with `vector`, best first."""
        where, params = self._where(search_filter, "c")
        column = vector_column(key)
        # Long turns have several chunks; ask for enough chunks to fill `depth` turns.
        limit = depth * 3
        query = sql.SQL(
            "SELECT c.turn_id, -(c.{col} <#> %(v)s) FROM {chunks} c WHERE {where}"
            " ORDER BY c.{col} <#> %(v)s LIMIT %(limit)s"
        ).format(col=column, chunks=self._t("chunks"), where=where)
        connection = self._connection()
        with connection.transaction():
            # HNSW returns at most ef_search rows; a filter keeps scanning the graph until
            # enough rows pass it (pgvector 0.8's iterative scan).
            connection.execute(
                sql.SQL("SET LOCAL hnsw.ef_search = {}").format(
                    sql.Literal(min(MAX_EF_SEARCH, max(40, limit)))
                )
            )
            connection.execute("SET LOCAL hnsw.iterative_scan = relaxed_order")
            rows = connection.execute(
                query, {**params, "v": np.asarray(vector, dtype=np.float32), "limit": limit}
            ).fetchall()
        # relaxed_order may return rows slightly out of order: sort them (stable).
        return best_per_turn(sorted(rows, key=lambda row: -row[1]), depth)

    def lexical_search(
        self,
        question: str,
        depth: int,
        search_filter: SearchFilter | None,
        alternatives: Sequence[Sequence[str]] = (),
    ) -> list[tuple[str, float]]:
        """Turns by BM25 score (positive only), best first, ties in reading order."""
        check_search(depth, alternatives)
        where, params = self._where(search_filter, "t")
        terms = sorted(query_terms(question, alternatives, self._german))
        if not terms:
            return []
        query = sql.SQL(_BM25).format(
            meta=self._t("meta"),
            postings=self._t("postings"),
            turns=self._t("turns"),
            articles=self._t("articles"),
            where=where,
        )
        rows = (
            self._connection()
            .execute(query, {**params, "terms": terms, "k1": K1, "b": B})
            .fetchall()
        )
        # The turns any term matched, in reading order: positions for the shared scorer.
        order = sorted({(a, t, turn_id) for _, turn_id, a, t, _ in rows})
        position = {turn_id: i for i, (_, _, turn_id) in enumerate(order)}
        by_term: dict[str, np.ndarray] = {}
        for term, turn_id, _, _, score in rows:
            # bm25s keeps its term scores as float32; so do we, to rank alike.
            scores = by_term.setdefault(term, np.zeros(len(order), dtype=np.float64))
            scores[position[turn_id]] = np.float32(score)

        def term_scores(wanted: Iterable[str]) -> np.ndarray:
            best = np.zeros(len(order), dtype=np.float64)
            for term in wanted:
                if term in by_term:
                    np.maximum(best, by_term[term], out=best)
            return best

        scores = query_scores(question, alternatives, len(order), term_scores, self._german)
        ranked = np.argsort(-scores, kind="stable")[:depth]
        return [(order[i][2], float(scores[i])) for i in ranked if scores[i] > 0]

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
        query = sql.SQL(
            "SELECT p->>'name' FROM {articles}, jsonb_array_elements(data->'participants') p"
            " WHERE lower(p->>'name') = lower(%(s)s) OR EXISTS (SELECT 1 FROM"
            " jsonb_array_elements_text(p->'aliases') alias WHERE lower(alias) = lower(%(s)s))"
            " UNION SELECT speaker FROM {turns} WHERE lower(speaker) = lower(%(s)s)"
        ).format(articles=self._t("articles"), turns=self._t("turns"))
        rows = self._connection().execute(query, {"s": speaker.strip()}).fetchall()
        if not rows:
            known = self._column(
                "SELECT DISTINCT p->>'name' FROM {}, jsonb_array_elements(data->'participants') p"
                " ORDER BY 1 LIMIT 20",
                "articles",
            )
            raise unknown_speaker(speaker, known)
        return [name for (name,) in rows]

    def _exists(self, name: str, condition: str, value: object) -> bool:
        query = sql.SQL("SELECT 1 FROM {} WHERE " + condition + " LIMIT 1").format(self._t(name))
        return self._connection().execute(query, (value,)).fetchone() is not None

    def _column(self, query: str, name: str) -> list[str]:
        rows = self._connection().execute(sql.SQL(query).format(self._t(name))).fetchall()
        return [value for (value,) in rows]


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
