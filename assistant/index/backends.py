"""Which index backend the settings select: the embedded folder (default) or PostgreSQL
with pgvector when `database_url` (ASSISTANT_DATABASE_URL, --database-url) is set. Both
are kept by an `Indexer` and read through `IndexReader`; nothing above this module asks
which one it has.

Example:
    >>> settings = Settings(database_url="postgresql://postgres@127.0.0.1:5433/postgres")
    >>> make_indexer(settings, encoders)
    <assistant.index.postgres.writer.PostgresIndexer object at ...>
    >>> read_index_manifest(settings).corpus_dir
    '/work/main/data'
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.index.encoders import Encoder, sentence_encoder
from assistant.index.indexing import Indexer
from assistant.index.manifest import Manifest, read_manifest
from assistant.settings import Settings


def uses_database(settings: Settings) -> bool:
    return bool(settings.database_url)


def make_indexer(
    settings: Settings, encoders: Sequence[Encoder], *, progress: bool = False
) -> Indexer:
    if uses_database(settings):
        # Imported here: the embedded default never loads the database driver.
        from assistant.index.postgres.writer import PostgresIndexer

        assert settings.database_url is not None
        return PostgresIndexer(
            encoders,
            url=settings.database_url,
            progress=progress,
            chunk_tokens=settings.chunk_tokens,
        )
    return Indexer(
        encoders,
        approximate_above=settings.approximate_above,
        progress=progress,
        chunk_tokens=settings.chunk_tokens,
        sentence_encoder=sentence_encoder(encoders, settings),
    )


def read_index_manifest(settings: Settings) -> Manifest:
    """The manifest of the selected index; IndexMissingError when there is none."""
    if uses_database(settings):
        from assistant.index.postgres.connection import connect, schema_name
        from assistant.index.postgres.store import read_manifest as read_database_manifest

        assert settings.database_url is not None
        with connect(settings.database_url, vectors=False) as connection:
            return read_database_manifest(
                connection, settings.database_url, schema_name(settings.index_dir)
            )
    return read_manifest(settings.index_dir)
