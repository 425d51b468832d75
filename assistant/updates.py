"""Keeping an index in step with its corpus folder, safely: one writer at a time (a lock
file in the index folder), answering from the index as it is when it cannot be written
(read-only folder, full disk) or another process is writing it, never indexing another
corpus after a damaged manifest, and uploads that keep the version they replace.

The Assistant (`assistant.api`) calls these; they are apart so that the API reads as what
it offers and this module as how an update stays safe.

Example:
    >>> update = update_index(settings, encoders, progress=True, busy="wait", fallback=False)
    >>> update.report.summary()
    '1 added, 0 updated, 0 removed, 0 unchanged articles; 13 chunks embedded in 2.1 s ...'
"""

from __future__ import annotations

import logging
import os
import shutil
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Literal

from filelock import FileLock, Timeout

from assistant.errors import (
    AssistantError,
    IndexBusyError,
    IndexMissingError,
    IndexWriteError,
    InputError,
)
from assistant.index.backends import make_indexer, read_index_manifest, uses_database
from assistant.index.encoders import Encoder
from assistant.index.indexing import Indexer, IndexReport
from assistant.index.manifest import (
    INDEX_COMMAND,
    MANIFEST_FILE,
    DamagedIndexError,
    index_command,
)
from assistant.index.reader import IndexReader
from assistant.index.search_index import SearchIndex
from assistant.ingest.corpus import load_corpus, unchanged_corpus
from assistant.models import IngestProblem, IngestResult, KnownSource
from assistant.settings import Settings

log = logging.getLogger(__name__)

# Where uploaded interviews are copied inside the corpus folder.
ARTICLES_SUBDIR = "articles"
# Where an upload that replaces an article keeps the version it replaces, inside
# ARTICLES_SUBDIR; hidden, so never read as an article.
PREVIOUS_SUBDIR = ".previous"
# The lock file in an index folder that lets one process at a time update the index. Hidden
# and never a part of the index; it stays after release (the lock is on the open file, so a
# writer that dies releases it with its process).
LOCK_FILE = ".update.lock"
# What an update does when another process is updating the same index: "read" answers from
# the index as it is (and waits only when there is none to read), "wait" waits for it,
# "fail" raises IndexBusyError.
Busy = Literal["read", "wait", "fail"]


def with_corpus_of_index(settings: Settings) -> Settings:
    """`settings` with the corpus folder the index was built from, unless one was given.

    A manifest that cannot be read has lost that folder: then this raises instead of
    falling back to the default corpus, which would rebuild the index from another corpus
    (a `data/` that happens to be in the working directory)."""
    if "data_dir" in settings.model_fields_set:
        return settings
    try:
        recorded = read_index_manifest(settings).corpus_dir
    except DamagedIndexError as error:
        manifest = settings.index_dir / MANIFEST_FILE
        raise IndexMissingError(
            f"The index manifest {manifest} cannot be used ({error.reason}), so the corpus "
            f"folder the index in {settings.index_dir}/ was built from is unknown. Rebuild "
            f"it from its corpus with: {INDEX_COMMAND} --data DIR --index {settings.index_dir}"
        ) from None
    except IndexMissingError:
        return settings
    if recorded is None or not Path(recorded).is_dir():
        return settings
    return settings.model_copy(update={"data_dir": Path(recorded)})


@dataclass(frozen=True)
class Update:
    """What `_update_index` gives: the index to search, what the update did (None when
    the index was used as it was, and `warning` says why), and the corpus's problems."""

    search_index: IndexReader
    report: IndexReport | None
    problems: tuple[IngestProblem, ...]
    warning: str | None = None


def update_index(
    settings: Settings, encoders: Sequence[Encoder], *, progress: bool, busy: Busy, fallback: bool
) -> Update:
    """Read the corpus and bring the index up to date with it, one process at a time (the
    lock in the index folder). With `fallback`, an index folder that cannot be written
    (read-only, full disk) leaves the index as it is, used with a warning; without,
    IndexWriteError."""
    directory = settings.index_dir
    indexer = make_indexer(settings, encoders, progress=progress)
    if uses_database(settings):
        return _update_database(indexer, settings, busy=busy)
    try:
        reusable = indexer.load_reusable(directory)
    except OSError:  # unreadable: the update below says so, or rebuilds
        reusable = None
    if reusable and reusable[0] and (current := _as_recorded(indexer, reusable[0], settings)):
        return current
    # Only the files that changed since the index was built are read and parsed.
    corpus = read_corpus(settings, known=known_sources(reusable and reusable[0]))
    problems = tuple(corpus.problems)
    try:
        with _writer_lock(directory, busy=busy) as locked:
            if not locked:  # busy == "read" and another process holds the lock
                current = current_index(indexer, directory)
                if current is not None:
                    warning = (
                        f"Another process is updating the index in {directory}/; searching "
                        "the index as it was before that update."
                    )
                    log.info("%s", warning)
                    return Update(current, None, problems, warning)
                _wait_for(locked)
            search_index, report = indexer.run(
                corpus.articles,
                directory,
                corpus_dir=settings.data_dir,
                sources=corpus.sources,
                current=reusable,
            )
    except OSError as error:
        if not fallback:
            raise IndexWriteError(
                f"Cannot update the index in {directory}/ ({error.strerror or error}); it is "
                f"left as it was. Make the folder writable or free some disk space, then run: "
                f"{index_command(directory)}"
            ) from None
        return _as_it_is(indexer, settings, error, problems)
    return Update(search_index, report, problems)


def _as_recorded(indexer: Indexer, search_index: IndexReader, settings: Settings) -> Update | None:
    """`search_index` as it is, when every corpus file is one it was built from, unchanged
    (told by file size and time, without reading an article), and it serves `indexer`'s
    encoders; else None."""
    if not settings.data_dir.is_dir() or not indexer.serves(
        search_index, settings.data_dir, settings.index_dir
    ):
        return None
    problems = unchanged_corpus([settings.data_dir], search_index.manifest.sources)
    if problems is None:
        return None
    log_problems(problems)
    return Update(search_index, indexer.unchanged_report(search_index), problems)


def _as_it_is(
    indexer: Indexer, settings: Settings, error: OSError, problems: tuple[IngestProblem, ...]
) -> Update:
    """The index as it is, with a warning, when `error` kept it from being written
    (read-only folder, full disk); IndexWriteError when there is none to answer from."""
    directory, reason = settings.index_dir, error.strerror or str(error)
    try:
        current = indexer.check(None, directory)
    except (AssistantError, OSError) as unusable:
        raise IndexWriteError(
            f"Cannot write the index in {directory}/ ({reason}), and there is no usable "
            f"index there to answer from ({unusable}). Make the folder writable or free "
            f"some disk space, then run: {index_command(directory)}"
        ) from None
    warning = (
        f"Could not update the index in {directory}/ ({reason}): answering from the "
        f"index as it is, which may not match the corpus in {settings.data_dir}/. Make "
        f"the folder writable or free some disk space, then run: "
        f"{index_command(directory)}"
    )
    log.info("%s", warning)
    return Update(current, None, problems, warning)


def _update_database(indexer: Indexer, settings: Settings, *, busy: Busy) -> Update:
    """`_update_index` for the database backend, whose writers take a lock in the database
    instead of the index folder's lock file."""
    try:
        recorded = indexer.check(None, settings.index_dir)
    except AssistantError:  # none yet, or built otherwise: the update below says so
        recorded = None
    if recorded is not None and (current := _as_recorded(indexer, recorded, settings)):
        return current
    corpus = read_corpus(settings)
    problems = tuple(corpus.problems)
    run = partial(
        indexer.run,
        corpus.articles,
        settings.index_dir,
        corpus_dir=settings.data_dir,
        sources=corpus.sources,
    )
    try:
        search_index, report = run(wait=busy == "wait")
    except IndexBusyError:
        if busy == "fail":
            raise
        try:
            current = indexer.check(None, settings.index_dir)
        except IndexMissingError:  # nothing to read yet: wait for the other writer
            search_index, report = run(wait=True)
            return Update(search_index, report, problems)
        warning = (
            f"Another process is updating the index {settings.index_dir.name!r} in the "
            "database; searching the index as it was before that update."
        )
        log.info("%s", warning)
        return Update(current, None, problems, warning)
    return Update(search_index, report, problems)


class _LockState:
    """The lock `_writer_lock` yields: truthy once held; `_wait_for` takes it then."""

    def __init__(self, lock: FileLock, directory: Path) -> None:
        self.lock = lock
        self.directory = directory
        self.held = False

    def __bool__(self) -> bool:
        return self.held


@contextmanager
def _writer_lock(directory: Path, *, busy: Busy) -> Iterator[_LockState]:
    """Hold the index folder's lock file for an update. When another process holds it:
    "wait" waits (saying so on stderr/log), "fail" raises IndexBusyError, "read" yields an
    unheld lock (the caller may read the index as it is, or `_wait_for` it). OSError when
    the folder cannot be written (read-only, full disk, not a folder)."""
    directory.mkdir(parents=True, exist_ok=True)
    state = _LockState(FileLock(str(directory / LOCK_FILE)), directory)
    try:
        state.lock.acquire(timeout=0)
        state.held = True
    except Timeout:
        if busy == "fail":
            raise IndexBusyError(
                f"Another process is updating the index in {directory}/ (it holds "
                f"{directory / LOCK_FILE}). Try again when it has finished, or run without "
                "--no-wait to wait for it."
            ) from None
        if busy == "wait":
            _wait_for(state)
    try:
        yield state
    finally:
        if state.held:
            state.lock.release()


def fail_if_busy(directory: Path) -> None:
    """IndexBusyError when another process holds the index folder's lock now (a quick
    look; the update takes the lock later). A folder that cannot be written is left for
    the update to report."""
    try:
        with _writer_lock(directory, busy="fail"):
            pass
    except OSError:
        pass


def _wait_for(state: _LockState) -> None:
    """Block until the lock is ours, saying once that (and why) we wait."""
    if state.held:
        return
    log.warning(
        "Another process is updating the index in %s/; waiting for it to finish ...",
        state.directory,
    )
    started = time.monotonic()
    state.lock.acquire()
    state.held = True
    log.warning("... done waiting (%.1f s); updating the index.", time.monotonic() - started)


def current_index(indexer: Indexer, directory: Path) -> SearchIndex | None:
    """The index in `directory` as it is, read without changing it; None when it cannot be
    used as it is (missing, damaged, built with another model)."""
    try:
        return indexer.check(None, directory)
    except (AssistantError, OSError):
        return None


def copy_keeping_previous(source: Path, destination: Path) -> Path | None:
    """Copy `source` to `destination` (atomically: a reader sees the old file or the new
    one). A different file already there is kept in PREVIOUS_SUBDIR beside it first; its
    new path is returned (None when nothing was replaced). A link there is replaced, never
    written through."""
    if destination.exists() and destination.samefile(source):
        return None
    exists = os.path.lexists(destination)
    if exists and not destination.is_symlink() and _same_bytes(source, destination):
        return None
    temporary = destination.with_name(f".{destination.name}.upload")
    temporary.write_bytes(source.read_bytes())
    kept = None
    if exists:
        folder = destination.parent / PREVIOUS_SUBDIR
        folder.mkdir(exist_ok=True)
        stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime())
        kept = folder / f"{destination.stem}.{stamp}{destination.suffix}"
        number = 2
        while os.path.lexists(kept):
            kept = folder / f"{destination.stem}.{stamp}-{number}{destination.suffix}"
            number += 1
        if destination.is_symlink():
            os.symlink(os.readlink(destination), kept)
        else:
            try:
                os.link(destination, kept)
            except OSError:  # a file system without hard links
                shutil.copy2(destination, kept)
    os.replace(temporary, destination)
    return kept


def _same_bytes(first: Path, second: Path) -> bool:
    try:
        return first.read_bytes() == second.read_bytes()
    except OSError:
        return False


def log_problems(problems: Sequence[IngestProblem]) -> None:
    """Say, on the log, which corpus files were skipped and what was noted about others."""
    for problem in problems:
        log.warning(
            "%s %s: %s", "skipped" if problem.fatal else "note:", problem.path, problem.message
        )


def known_sources(search_index: IndexReader | None) -> dict[str, KnownSource]:
    """The corpus files `search_index` was built from, which `read_corpus` need not read
    again while they are unchanged (none for an index that does not record them)."""
    return search_index.known_sources() if isinstance(search_index, SearchIndex) else {}


def read_corpus(settings: Settings, known: Mapping[str, KnownSource] | None = None) -> IngestResult:
    """The parsed corpus (files in `known` unchanged since then are not read again);
    InputError when there is nothing to index."""
    folder = settings.data_dir
    if not folder.is_dir():
        raise InputError(
            f"The corpus folder {folder}/ does not exist. Put interviews (.txt or .md) in "
            f"{folder / ARTICLES_SUBDIR}/ and run: {INDEX_COMMAND} --data {folder}"
        )
    corpus = load_corpus([folder], settings, known)
    log_problems(corpus.problems)
    if not corpus.articles:
        raise InputError(
            f"No readable interviews in {folder}/. Add .txt or .md files to "
            f"{folder / ARTICLES_SUBDIR}/ and run: {INDEX_COMMAND} --data {folder}"
        )
    return corpus
