"""The tables of one index in PostgreSQL: one schema per `--index NAME`.

    meta       one row: the manifest (chunker, encoders, corpus folder) and the BM25
               statistics (number of turns, total terms), kept in step by every update
    articles   id, corpus order, content hash, parse hash, language, the article as JSON
    turns      id, article, reading order, kind, speaker, BM25 length (terms)
    chunks     id, turn, article, kind, speaker, one vector(dim) column per encoder
               (`v_<key>`), each with an HNSW index (inner product)
    postings   term, turn, term frequency: the stems `assistant.text.analysis` gives, so
               BM25 runs in SQL over the same terms as bm25s

Filters are WHERE clauses over kind/speaker/article, which chunks repeat from their turn
so that a filtered vector search reads one table.

Example:
    >>> for statement in create_statements("index", {"e5": 384}):
    ...     connection.execute(statement)
"""

from __future__ import annotations

import re

from psycopg import sql

_KEY = re.compile(r"^[a-z0-9_]+$")
# pgvector's HNSW defaults (m=16, ef_construction=64) are fine up to a million rows; the
# search breadth is set per query (`hnsw.ef_search`).
HNSW_OPS = "vector_ip_ops"


def table(schema: str, name: str) -> sql.Identifier:
    return sql.Identifier(schema, name)


def vector_column(key: str) -> sql.Identifier:
    if not _KEY.match(key):
        raise ValueError(f"encoder key {key!r} is not a plain lower-case name")
    return sql.Identifier(f"v_{key}")


def create_statements(schema: str, dimensions: dict[str, int]) -> list[sql.Composed]:
    """The statements that create the schema and its tables (none of them exist yet)."""
    s = sql.Identifier(schema)
    vectors = sql.SQL("").join(
        sql.SQL(", {} vector({})").format(vector_column(k), sql.Literal(d))
        for k, d in dimensions.items()
    )
    statements = [
        sql.SQL("CREATE SCHEMA {}").format(s),
        sql.SQL(
            "CREATE TABLE {}.meta (singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),"
            " manifest jsonb NOT NULL, turn_count bigint NOT NULL, total_length bigint NOT NULL)"
        ).format(s),
        sql.SQL(
            "CREATE TABLE {}.articles (id text PRIMARY KEY, ordinal integer NOT NULL,"
            " content_hash text NOT NULL, parse_hash text NOT NULL, language text NOT NULL,"
            " data jsonb NOT NULL)"
        ).format(s),
        sql.SQL(
            "CREATE TABLE {0}.turns (id text PRIMARY KEY, article_id text NOT NULL"
            " REFERENCES {0}.articles ON DELETE CASCADE, ordinal integer NOT NULL,"
            " kind text NOT NULL, speaker text, length integer NOT NULL)"
        ).format(s),
        sql.SQL("CREATE INDEX ON {}.turns (article_id)").format(s),
        sql.SQL(
            "CREATE TABLE {0}.chunks (id text PRIMARY KEY, turn_id text NOT NULL"
            " REFERENCES {0}.turns ON DELETE CASCADE, article_id text NOT NULL,"
            " ordinal integer NOT NULL, kind text NOT NULL, speaker text{1})"
        ).format(s, vectors),
        sql.SQL("CREATE INDEX ON {}.chunks (turn_id)").format(s),
        sql.SQL(
            "CREATE TABLE {0}.postings (term text NOT NULL, turn_id text NOT NULL"
            " REFERENCES {0}.turns ON DELETE CASCADE, tf integer NOT NULL, german boolean NOT NULL,"
            " PRIMARY KEY (term, turn_id))"
        ).format(s),
        sql.SQL("CREATE INDEX ON {}.postings (turn_id)").format(s),
    ]
    statements += [
        sql.SQL("CREATE INDEX ON {}.chunks USING hnsw ({} {})").format(
            s, vector_column(key), sql.SQL(HNSW_OPS)
        )
        for key in dimensions
    ]
    return statements
