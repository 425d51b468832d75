"""The tables of one index in PostgreSQL: one schema per `--index NAME`.

    meta       one row: the manifest (chunker, encoders, corpus folder), the BM25
               statistics (number of turns, total terms) and the layout's version, kept in
               step by every update
    articles   id, corpus order, content hash, parse hash, language, the article as JSON
    turns      id, article, reading order, kind, speaker, BM25 length (terms)
    speakers   every label a speaker filter may use (name, alias, turn speaker; casefolded)
               -> the full name it stands for, per article
    chunks     id, turn, article, kind, speaker, one vector(dim) column per encoder
               (`v_<key>`), each with an HNSW index (inner product)
    postings   term, turn, term frequency, and the turn's length, kind, speaker and article:
               the stems `assistant.text.analysis` gives, so BM25 runs in SQL over the same
               terms as bm25s
    terms      per term: document frequency, German or not, and what bounds its BM25 score
               (largest tf, smallest length / tf), kept in step by every update

Filters are plain WHERE clauses over kind/speaker/article: chunks and postings repeat them
from their turn (with btree indexes), so neither leg joins another table to filter.

`SCHEMA_VERSION` names this layout; an index of another layout is rebuilt by the next
`index` run (`writer.py`) and refused with that advice by readers (`store.py`).

Example:
    >>> for statement in create_statements("index", {"e5": 384}):
    ...     connection.execute(statement)
"""

from __future__ import annotations

import re

import psycopg
from psycopg import sql

# 1: the first layout (filters joined turns; df counted per query). 2: filters
# denormalised onto chunks and postings, the speakers and terms tables.
SCHEMA_VERSION = 2
_KEY = re.compile(r"^[a-z0-9_]+$")
HNSW_OPS = "vector_ip_ops"
# pgvector's defaults, written out. At 100,000 synthetic rows shaped like the real
# embeddings, ef_construction 128 instead of 64 doubled the build (95 -> 202 s for USE)
# and moved recall@10 at the same search breadth (150) from 0.69 to 0.70 only; the search
# breadth is what lifts recall (`store.EF_SEARCH`, docs/scaling.md).
HNSW_M = 16
HNSW_EF_CONSTRUCTION = 64


def table(schema: str, name: str) -> sql.Identifier:
    return sql.Identifier(schema, name)


def vector_column(key: str) -> sql.Identifier:
    if not _KEY.match(key):
        raise ValueError(f"encoder key {key!r} is not a plain lower-case name")
    return sql.Identifier(f"v_{key}")


def create_statements(schema: str, dimensions: dict[str, int]) -> list[sql.Composed]:
    """The statements that create the schema and its tables (none of them exist yet); the
    HNSW indexes last, one per encoder (a bulk load runs the rest, loads, then those)."""
    s = sql.Identifier(schema)
    statements = [
        sql.SQL("CREATE SCHEMA {}").format(s),
        sql.SQL(
            "CREATE TABLE {}.meta (singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),"
            " manifest jsonb NOT NULL, turn_count bigint NOT NULL, total_length bigint NOT NULL,"
            " schema_version integer NOT NULL)"
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
            "CREATE TABLE {0}.speakers (article_id text NOT NULL REFERENCES {0}.articles"
            " ON DELETE CASCADE, label text NOT NULL, name text NOT NULL,"
            " participant boolean NOT NULL)"
        ).format(s),
        sql.SQL("CREATE INDEX ON {}.speakers (label)").format(s),
        sql.SQL("CREATE INDEX ON {}.speakers (article_id)").format(s),
        *_chunk_statements(s, dimensions),
        *_posting_statements(s),
    ]
    statements += [
        sql.SQL(
            "CREATE INDEX ON {}.chunks USING hnsw ({} {}) WITH (m = {}, ef_construction = {})"
        ).format(
            s,
            vector_column(key),
            sql.SQL(HNSW_OPS),
            sql.Literal(HNSW_M),
            sql.Literal(HNSW_EF_CONSTRUCTION),
        )
        for key in dimensions
    ]
    return statements


def _chunk_statements(s: sql.Identifier, dimensions: dict[str, int]) -> list[sql.Composed]:
    vectors = sql.SQL("").join(
        sql.SQL(", {} vector({})").format(vector_column(k), sql.Literal(d))
        for k, d in dimensions.items()
    )
    statements = [
        sql.SQL(
            "CREATE TABLE {0}.chunks (id text PRIMARY KEY, turn_id text NOT NULL"
            " REFERENCES {0}.turns ON DELETE CASCADE, article_id text NOT NULL,"
            " ordinal integer NOT NULL, kind text NOT NULL, speaker text{1})"
        ).format(s, vectors),
        sql.SQL("CREATE INDEX ON {}.chunks (turn_id)").format(s),
        # A filtered leg finds its rows through these, and counts them to choose exact
        # search over HNSW.
        sql.SQL("CREATE INDEX ON {}.chunks (speaker, kind)").format(s),
        sql.SQL("CREATE INDEX ON {}.chunks (article_id, kind)").format(s),
    ]
    # Two vectors of a row together pass the 2 kB at which PostgreSQL moves a value out of
    # line (TOAST); kept in the row, an exact scan reads one page per row, not three.
    statements += [
        sql.SQL("ALTER TABLE {}.chunks ALTER COLUMN {} SET STORAGE MAIN").format(
            s, vector_column(key)
        )
        for key in dimensions
    ]
    return statements


# What BM25 reads of a posting, carried in the indexes that find postings (INCLUDE) so
# that they are read by index-only scans: a term's postings lie scattered over the table,
# and fetching each from its heap page was most of a query's time (34 ms for 3,314
# postings against 0.6 ms from the index, measured at 100,000 turns).
_SCORED = sql.SQL("turn_id, tf, length, kind")


def _posting_statements(s: sql.Identifier) -> list[sql.Composed]:
    return [
        sql.SQL(
            "CREATE TABLE {0}.postings (term text NOT NULL, turn_id text NOT NULL"
            " REFERENCES {0}.turns ON DELETE CASCADE, tf integer NOT NULL, german boolean NOT NULL,"
            " length integer NOT NULL, kind text NOT NULL, speaker text, article_id text NOT NULL,"
            " PRIMARY KEY (term, turn_id) INCLUDE (tf, length, kind))"
        ).format(s),
        sql.SQL("CREATE INDEX ON {}.postings (turn_id)").format(s),
        # A speaker's or an article's postings of the query terms, without reading the
        # other turns' postings.
        sql.SQL("CREATE INDEX ON {}.postings (speaker, term) INCLUDE ({})").format(s, _SCORED),
        sql.SQL("CREATE INDEX ON {}.postings (article_id, term) INCLUDE ({})").format(s, _SCORED),
        sql.SQL(
            "CREATE TABLE {}.terms (term text PRIMARY KEY, df integer NOT NULL,"
            " german boolean NOT NULL, max_tf integer NOT NULL, min_ratio float8 NOT NULL)"
        ).format(s),
    ]


def refresh_terms(connection: psycopg.Connection, schema: str, terms: set[str] | None) -> None:
    """Bring the terms table in step with the postings for `terms` (every term when None):
    their document frequency, and the largest tf and smallest length / tf, which bound
    a term's BM25 score (`store.py`)."""
    select = sql.SQL(
        "INSERT INTO {terms} SELECT term, count(*), bool_or(german), max(tf),"
        " min(length::float8 / tf) FROM {postings} {where} GROUP BY term"
    )
    where = sql.SQL("") if terms is None else sql.SQL("WHERE term = ANY(%(terms)s)")
    if terms is None:
        connection.execute(sql.SQL("TRUNCATE {}").format(table(schema, "terms")))
    else:
        connection.execute(
            sql.SQL("DELETE FROM {} WHERE term = ANY(%(terms)s)").format(table(schema, "terms")),
            {"terms": sorted(terms)},
        )
    connection.execute(
        select.format(
            terms=table(schema, "terms"), postings=table(schema, "postings"), where=where
        ),
        {} if terms is None else {"terms": sorted(terms)},
    )
