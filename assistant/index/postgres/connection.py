"""Connections to the PostgreSQL backend: one clear `DatabaseError` line for a bad URL, an
unreachable server or a missing pgvector, never a driver traceback; and the schema that
holds each index (`--index NAME` is schema NAME, so two indexes never mix).

Example:
    >>> connection = connect("postgresql://postgres@127.0.0.1:5433/postgres")
    >>> schema_name(Path("index"))
    'index'
"""

from __future__ import annotations

from pathlib import Path

import psycopg
from pgvector.psycopg import register_vector
from psycopg.conninfo import conninfo_to_dict

from assistant.errors import DatabaseError

SCHEMES = ("postgresql://", "postgres://")
# Long enough for a server across a network, short enough that a wrong port says so soon.
CONNECT_TIMEOUT_S = 5
# PostgreSQL's identifier limit, in bytes.
_MAX_NAME_BYTES = 63


def is_database_url(url: str | None) -> bool:
    return bool(url) and str(url).startswith(SCHEMES)


def describe(url: str) -> str:
    """The URL without its password, for messages."""
    try:
        parts = conninfo_to_dict(url)
    except psycopg.Error:
        return "the configured database"
    host = parts.get("host", "localhost")
    return f"postgresql://{parts.get('user', '')}@{host}:{parts.get('port', 5432)}/" + str(
        parts.get("dbname", "")
    )


def connect(url: str, *, vectors: bool = True) -> psycopg.Connection:
    """An autocommit connection to `url`, with pgvector's types when `vectors`."""
    if not is_database_url(url):
        raise DatabaseError(
            f"The database URL must start with postgresql:// (got {url[:20]!r}...); set "
            "ASSISTANT_DATABASE_URL or --database-url, or leave both unset for the embedded index."
        )
    try:
        connection = psycopg.connect(url, autocommit=True, connect_timeout=CONNECT_TIMEOUT_S)
    except psycopg.ProgrammingError as error:
        raise DatabaseError(f"The database URL cannot be used ({_first_line(error)}).") from None
    except psycopg.OperationalError as error:
        raise DatabaseError(
            f"Cannot connect to the database at {describe(url)} ({_first_line(error)}). "
            "Is the server running? `make db` starts a local one."
        ) from None
    if vectors:
        try:
            register_vector(connection)
        except psycopg.ProgrammingError:
            connection.close()
            raise DatabaseError(
                f"The database at {describe(url)} has no pgvector extension. Build an index "
                "there (`python -m assistant index`) as a user who may CREATE EXTENSION vector."
            ) from None
    return connection


def create_vector_extension(connection: psycopg.Connection, url: str) -> None:
    try:
        connection.execute("CREATE EXTENSION IF NOT EXISTS vector")
    except psycopg.Error as error:
        raise DatabaseError(
            f"The database at {describe(url)} cannot load pgvector ({_first_line(error)}); "
            "install pgvector on the server or use a managed PostgreSQL that offers it."
        ) from None


def schema_name(index_dir: Path) -> str:
    """The schema of the index named by `--index` (its last path component)."""
    name = index_dir.name or "index"
    if len(name.encode()) > _MAX_NAME_BYTES:
        raise DatabaseError(f"The index name {name!r} is longer than {_MAX_NAME_BYTES} bytes.")
    return name


def _first_line(error: Exception) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]
