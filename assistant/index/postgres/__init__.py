"""The PostgreSQL + pgvector backend, beside the embedded default: selected by
`ASSISTANT_DATABASE_URL` / `--database-url` (`assistant.index.backends`).

    connection.py  connect, one-line errors, the schema of an index name
    schema.py      the tables of one index
    store.py       `PostgresIndex`: the `IndexReader` (dense, BM25, filters in SQL)
    bm25.py        BM25 over the postings that can still rank (MaxScore), as bm25s ranks
    writer.py      `PostgresIndexer`: incremental, transactional updates
    server.py      a local server for `make db` and the tests

Example:
    >>> from assistant.index.postgres.store import PostgresIndex
    >>> PostgresIndex.open("postgresql://postgres@127.0.0.1:5433/postgres", "index").encoder_keys
    ('use', 'e5')
"""
