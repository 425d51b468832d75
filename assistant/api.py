"""The one Python API: the CLI, the Gradio UI and the evaluation are thin layers over it.

Example:
    >>> from assistant.api import Assistant
    >>> from assistant.settings import Settings
    >>> bot = Assistant.open(Settings())  # loads the model once, opens/refreshes the index
    >>> hits = bot.search("why does Bienert call for a moonshot programme?", k=3)
    >>> answer = bot.ask("why does Bienert call for a moonshot programme?")
    >>> print(answer.text)
"""

from __future__ import annotations

import logging
import os
import shutil
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from filelock import FileLock, Timeout

from assistant.answer import Answerer, make_answerer
from assistant.answer.extractive import PASSAGES
from assistant.errors import (
    AssistantError,
    ConfigError,
    IndexBusyError,
    IndexMissingError,
    IndexWriteError,
    InputError,
)
from assistant.index.backends import make_indexer, read_index_manifest, uses_database
from assistant.index.encoders import Encoder, load_encoders
from assistant.index.indexing import Indexer, IndexReport
from assistant.index.manifest import (
    INDEX_COMMAND,
    MANIFEST_FILE,
    DamagedIndexError,
    index_command,
)
from assistant.index.reader import IndexReader
from assistant.index.search_index import SearchIndex
from assistant.ingest.corpus import load_corpus
from assistant.models import (
    Answer,
    Article,
    ChatTurn,
    Hit,
    IngestProblem,
    IngestResult,
    SearchFilter,
)
from assistant.search.conversation import FollowUpResolver
from assistant.search.query import Query, QueryAnalyzer, checked_question, interviewer_words
from assistant.search.retrieval import HybridRetriever, Mode, check_k
from assistant.search.translation import QueryTranslator
from assistant.settings import Settings
from assistant.text.language import language_note

if TYPE_CHECKING:  # the evaluation is imported only when it runs
    from assistant.evaluation.baseline import LangChainBaseline
    from assistant.evaluation.runner import EvalRun

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


class Assistant:
    """Holds the expensive things (model, index) loaded once; every call reuses them.

    Example:
        >>> bot = Assistant.open(Settings(), progress=True)
        >>> [h.turn.id for h in bot.search("Warum fordert Bienert ein Moonshot-Programm?", k=1)]
        ['bienert-ki-unabhaengigkeit-chemanager#t08']
    """

    def __init__(
        self,
        settings: Settings,
        encoders: Sequence[Encoder],
        search_index: IndexReader,
        *,
        translator: QueryTranslator | None,
        report: IndexReport | None = None,
        problems: Sequence[IngestProblem] = (),
    ) -> None:
        self.settings = settings
        # The dense legs; the first also scores sentences for the answerer.
        self.encoders = tuple(encoders)
        self.translator = translator
        self._use(search_index)
        # Made once: an LLM client per question would reconnect every time.
        self.answerer: Answerer = make_answerer(settings.llm, settings, self.encoders[0])
        self._answerers: dict[str, Answerer] = {}
        # What the last index update did (None when opened without refresh), and the files
        # of the corpus that could not be read then.
        self.report = report
        self.problems: tuple[IngestProblem, ...] = tuple(problems)
        self._lock = threading.Lock()

    @classmethod
    def open(
        cls,
        settings: Settings,
        *,
        encoders: Sequence[Encoder] | None = None,
        translator: QueryTranslator | None = None,
        refresh: bool = True,
        progress: bool = False,
        busy: Busy = "read",
    ) -> Assistant:
        """Load the embedding model and the dictionary (or reuse `encoders`, `translator`)
        and the index in `settings.index_dir`. With `refresh`, build it from the corpus when
        missing, or bring it up to date when stale; without, a missing/stale index raises
        IndexMissingError/IndexStaleError whose message names the command that fixes it.

        The corpus is `settings.data_dir` when set explicitly (argument or environment),
        else the folder the index was built from, so `--index DIR` alone finds its corpus.

        One process at a time updates an index folder (a lock file in it). `busy` says what
        the caller is there for. "read" (search, ask, serve): when another process is
        updating the index, or its folder cannot be written (read-only, full disk), the
        index is used as it is and `update_warning` says why it was not brought up to date.
        "wait" and "fail" (the `index` command, whose job is the update): wait for another
        process, or raise IndexBusyError; a folder that cannot be written raises
        IndexWriteError."""
        settings = _with_corpus_of_index(settings)
        if refresh and busy == "fail" and not uses_database(settings):
            _fail_if_busy(settings.index_dir)  # before the model loads: a refusal is immediate
        encoders = tuple(encoders or load_encoders(settings))
        translator = translator or _load_translator(settings)
        if not refresh:
            read_index_manifest(settings)  # a missing index is reported before the corpus
            articles = _read_corpus(settings).articles if settings.data_dir.is_dir() else None
            search_index = make_indexer(settings, encoders).check(articles, settings.index_dir)
            return cls(settings, encoders, search_index, translator=translator)
        update = _update_index(
            settings, encoders, progress=progress, busy=busy, fallback=busy == "read"
        )
        bot = cls(
            settings,
            encoders,
            update.search_index,
            translator=translator,
            report=update.report,
            problems=update.problems,
        )
        bot.update_warning = update.warning
        return bot

    # Why the index that `open` loaded was not brought up to date with the corpus (another
    # process was updating it, or its folder could not be written); None when it was.
    update_warning: str | None = None

    def refresh(self, *, progress: bool = False) -> IndexReport:
        """Re-read the corpus folder and update the index incrementally; searches running
        meanwhile use the old index until the new one is ready. Waits while another process
        updates the index; IndexWriteError (and the old index stays in use) when the index
        folder cannot be written."""
        with self._lock:
            update = _update_index(
                self.settings, self.encoders, progress=progress, busy="wait", fallback=False
            )
            assert update.report is not None  # without fallback an update either runs or raises
            self._use(update.search_index)
            self.report = update.report
            self.problems = update.problems
            self.update_warning = None
            return update.report

    def articles(self) -> list[Article]:
        return self.retriever.index.articles()

    def analyze(self, question: str, search_filter: SearchFilter | None = None) -> Query:
        """The question analysed once (`assistant.search.query.Query`) for every stage."""
        return self.analyzer.run(question, search_filter)

    def search(
        self,
        question: str,
        *,
        k: int = 5,
        search_filter: SearchFilter | None = None,
        mode: Mode = "hybrid",
    ) -> list[Hit]:
        """The `k` best turns; InputError for an empty or over-long question, a bad `k` or a
        filter that names nothing in the corpus."""
        check_k(k)
        return self.retriever.run(self.analyze(question, search_filter), k=k, mode=mode)

    def add_files(self, paths: Sequence[Path]) -> IngestResult:
        """Parse files, copy the readable ones into the corpus and update the index
        incrementally (no restart). A file named like one already in the corpus replaces
        it (it is that article's new version); the version it replaces is kept in the
        hidden folder `articles/.previous/` (hidden files are not read as articles), and a
        warning says so. Returns the parse of the given files, with those warnings."""
        result = load_corpus([Path(p) for p in paths], self.settings)
        target = self.settings.data_dir / ARTICLES_SUBDIR
        notes: list[IngestProblem] = []
        try:
            target.mkdir(parents=True, exist_ok=True)
            for article in result.articles:
                if article.path is None:
                    continue
                source = Path(article.path)
                kept = _copy_keeping_previous(source, target / source.name)
                if kept is not None:
                    shown = kept.relative_to(self.settings.data_dir).as_posix()
                    notes.append(
                        IngestProblem(
                            article.path,
                            f"replaces the file of the same name in the corpus; the previous "
                            f"version is kept as {shown} (files in hidden folders are not read "
                            "as articles)",
                            fatal=False,
                        )
                    )
        except OSError as error:
            raise IndexWriteError(
                f"Cannot copy the upload into the corpus folder {target}/ "
                f"({error.strerror or error}); nothing was added."
            ) from None
        if result.articles:
            self.refresh()
        return replace(result, problems=(*result.problems, *notes))

    def ask(
        self,
        question: str,
        *,
        history: Sequence[ChatTurn] = (),
        search_filter: SearchFilter | None = None,
        llm: str | None = None,
    ) -> Answer:
        """Answer `question` with cited passages (`assistant.answer.extractive`), or say that the
        corpus does not answer it. `history` (oldest first) resolves follow-ups such as
        "und was sagt er zur Finanzierung?"; `llm` ("ollama:MODEL", "openai:MODEL"; default
        `settings.llm`) writes the answer instead, checked, with the extractive answer as
        the fallback. InputError for an empty or over-long question, ConfigError for a
        bad LLM spec."""
        question = checked_question(question, self.settings.max_question_chars)
        answerer = self._answerer(llm)
        follow_up = FollowUpResolver().run(question, history, search_filter)
        query = self.analyze(question, follow_up.search_filter)
        hits = self.retriever.run(query, k=PASSAGES)
        answer = answerer.run(query, hits)
        notes = (language_note(question), follow_up.note(), answer.note)
        return replace(answer, note=" ".join(n for n in notes if n) or None)

    def _answerer(self, spec: str | None) -> Answerer:
        """The answerer for a per-question `llm` spec, made once per spec."""
        if not spec or spec == self.settings.llm:
            return self.answerer
        if spec not in self._answerers:
            self._answerers[spec] = make_answerer(spec, self.settings, self.encoders[0])
        return self._answerers[spec]

    def _use(self, search_index: IndexReader) -> None:
        """Search `search_index` from now on; the interviewer names are read once per index."""
        self.retriever = HybridRetriever(search_index)
        self.analyzer = QueryAnalyzer(
            self.encoders,
            translator=self.translator,
            interviewers=interviewer_words(search_index.articles()),
            max_chars=self.settings.max_question_chars,
        )

    def evaluate(self, gold_path: Path, report_dir: Path) -> EvalRun:
        """Score every retrieval configuration, the LangChain baseline and the answers on
        the gold set in `gold_path`, gate them with the thresholds.toml beside it (if any)
        and write report.md and report.png to `report_dir`. GoldSetError for a bad gold set.

        Example:
            >>> run = bot.evaluate(Path("eval/gold.yaml"), Path("eval/reports"))
            >>> [str(path) for path in run.paths], run.failures
            (['eval/reports/report.md', 'eval/reports/report.png'], ())
        """
        # Imported here so that LangChain loads only for an evaluation, and because the
        # evaluation refers back to this class.
        from assistant.evaluation.gold import load_gold
        from assistant.evaluation.report import write_report
        from assistant.evaluation.runner import (
            EvalRun,
            Evaluator,
            check_thresholds,
            load_thresholds,
        )

        articles = self.articles()
        gold = load_gold(gold_path, articles)
        report = Evaluator(self, baselines=self._peers(articles)).run(gold)
        # A gold set's gate is the thresholds.toml beside it; other gold sets are just measured.
        beside = gold_path.parent / "thresholds.toml"
        thresholds = beside if beside.is_file() else None
        failures = None
        if thresholds is not None:
            failures = tuple(check_thresholds(report.to_json(), load_thresholds(thresholds)))
        paths = write_report(report, report_dir, failures)
        return EvalRun(report=report, paths=tuple(paths), thresholds=thresholds, failures=failures)

    def _peers(self, articles: Sequence[Article]) -> dict[str, LangChainBaseline]:
        """The LangChain recipes the evaluation compares with: the textbook one (MiniLM) and
        the careful one (e5, alone and with BM25), reusing loaded encoders where they are."""
        from assistant.evaluation.baseline import LangChainBaseline
        from assistant.evaluation.runner import BASELINE, PEER, PEER_BM25
        from assistant.index.encoders import load_encoders

        loaded = {encoder.key: encoder for encoder in self.encoders}
        for key in {"st", "e5"} - set(loaded):
            loaded[key] = load_encoders(self.settings.model_copy(update={"encoders": key}))[0]
        data_dir = self.settings.data_dir
        return {
            BASELINE: LangChainBaseline.build(articles, loaded["st"], data_dir=data_dir),
            PEER: LangChainBaseline.build(articles, loaded["e5"], data_dir=data_dir),
            PEER_BM25: LangChainBaseline.build(
                articles, loaded["e5"], data_dir=data_dir, bm25=True
            ),
        }


def _with_corpus_of_index(settings: Settings) -> Settings:
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
class _Update:
    """What `_update_index` gives: the index to search, what the update did (None when
    the index was used as it was, and `warning` says why), and the corpus's problems."""

    search_index: IndexReader
    report: IndexReport | None
    problems: tuple[IngestProblem, ...]
    warning: str | None = None


def _update_index(
    settings: Settings, encoders: Sequence[Encoder], *, progress: bool, busy: Busy, fallback: bool
) -> _Update:
    """Read the corpus and bring the index up to date with it, one process at a time (the
    lock in the index folder). With `fallback`, an index folder that cannot be written
    (read-only, full disk) leaves the index as it is, used with a warning; without,
    IndexWriteError."""
    corpus = _read_corpus(settings)
    problems = tuple(corpus.problems)
    directory = settings.index_dir
    indexer = make_indexer(settings, encoders, progress=progress)
    if uses_database(settings):
        return _update_database(indexer, corpus, settings, busy=busy, problems=problems)
    try:
        with _writer_lock(directory, busy=busy) as locked:
            if not locked:  # busy == "read" and another process holds the lock
                current = _current_index(indexer, directory)
                if current is not None:
                    warning = (
                        f"Another process is updating the index in {directory}/; searching "
                        "the index as it was before that update."
                    )
                    log.info("%s", warning)
                    return _Update(current, None, problems, warning)
                _wait_for(locked)
            search_index, report = indexer.run(
                corpus.articles, directory, corpus_dir=settings.data_dir
            )
    except OSError as error:
        reason = error.strerror or str(error)
        if not fallback:
            raise IndexWriteError(
                f"Cannot update the index in {directory}/ ({reason}); it is left as it was. "
                f"Make the folder writable or free some disk space, then run: "
                f"{index_command(directory)}"
            ) from None
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
        return _Update(current, None, problems, warning)
    return _Update(search_index, report, problems)


def _update_database(
    indexer: Indexer,
    corpus: IngestResult,
    settings: Settings,
    *,
    busy: Busy,
    problems: tuple[IngestProblem, ...],
) -> _Update:
    """`_update_index` for the database backend, whose writers take a lock in the database
    instead of the index folder's lock file."""
    run = partial(indexer.run, corpus.articles, settings.index_dir, corpus_dir=settings.data_dir)
    try:
        search_index, report = run(wait=busy == "wait")
    except IndexBusyError:
        if busy == "fail":
            raise
        try:
            current = indexer.check(None, settings.index_dir)
        except IndexMissingError:  # nothing to read yet: wait for the other writer
            search_index, report = run(wait=True)
            return _Update(search_index, report, problems)
        warning = (
            f"Another process is updating the index {settings.index_dir.name!r} in the "
            "database; searching the index as it was before that update."
        )
        log.info("%s", warning)
        return _Update(current, None, problems, warning)
    return _Update(search_index, report, problems)


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


def _fail_if_busy(directory: Path) -> None:
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


def _current_index(indexer: Indexer, directory: Path) -> SearchIndex | None:
    """The index in `directory` as it is, read without changing it; None when it cannot be
    used as it is (missing, damaged, built with another model)."""
    try:
        return indexer.check(None, directory)
    except (AssistantError, OSError):
        return None


def _copy_keeping_previous(source: Path, destination: Path) -> Path | None:
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


def _read_corpus(settings: Settings) -> IngestResult:
    """The parsed corpus; InputError when there is nothing to index."""
    folder = settings.data_dir
    if not folder.is_dir():
        raise InputError(
            f"The corpus folder {folder}/ does not exist. Put interviews (.txt or .md) in "
            f"{folder / ARTICLES_SUBDIR}/ and run: {INDEX_COMMAND} --data {folder}"
        )
    corpus = load_corpus([folder], settings)
    for problem in corpus.problems:
        log.warning(
            "%s %s: %s", "skipped" if problem.fatal else "note:", problem.path, problem.message
        )
    if not corpus.articles:
        raise InputError(
            f"No readable interviews in {folder}/. Add .txt or .md files to "
            f"{folder / ARTICLES_SUBDIR}/ and run: {INDEX_COMMAND} --data {folder}"
        )
    return corpus


def _load_translator(settings: Settings) -> QueryTranslator | None:
    """The dictionary, or None with a warning: search still works without it, English
    questions just match German passages less well."""
    try:
        return QueryTranslator.load(settings.dictionary, cache_dir=settings.cache_dir)
    except ConfigError as error:
        log.warning("%s", error)
        return None
