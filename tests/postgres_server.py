"""A PostgreSQL server with pgvector for the test session: a fresh data folder, a free
port on 127.0.0.1, started once and stopped at the end (`assistant.index.postgres.server`,
which runs it as an unprivileged user when the suite runs as root, as in CI).

Example:
    >>> with running_server() as url:
    ...     PostgresIndexer(encoders, url=url).run(articles, Path("contract"))
"""

from __future__ import annotations

import shutil
import socket
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from assistant.index.postgres import server


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def running_server() -> Iterator[str]:
    # Under /tmp, not pytest's tmp_path: the server's user must reach the folder, and
    # pytest's base folder is private to the user running the tests.
    pgdata = Path(tempfile.mkdtemp(prefix="assistant-pg-")) / "data"
    try:
        yield server.start(pgdata, free_port())
    finally:
        server.stop(pgdata)
        shutil.rmtree(pgdata.parent, ignore_errors=True)
