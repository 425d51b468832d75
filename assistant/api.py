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
import threading
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.answer import Answerer, make_answerer
from assistant.answer.extractive import PASSAGES
from assistant.errors import (
    ConfigError,
    IndexWriteError,
)
from assistant.index.backends import make_indexer, read_index_manifest, uses_database
from assistant.index.encoders import Encoder, load_encoders, sentence_encoder
from assistant.index.indexing import IndexReport
from assistant.index.reader import IndexReader
from assistant.index.sentences import SentenceStore
from assistant.ingest.corpus import load_corpus, unchanged_corpus
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
from assistant.text.language import language_note, load_in_background

if TYPE_CHECKING:  # the evaluation is imported only when it runs
    from assistant.evaluation.baseline import LangChainBaseline
    from assistant.evaluation.runner import EvalRun

from assistant.updates import (
    ARTICLES_SUBDIR,
    Busy,
    copy_keeping_previous,
    fail_if_busy,
    known_sources,
    read_corpus,
    update_index,
    with_corpus_of_index,
)

log = logging.getLogger(__name__)


class Assistant:
    """Holds the expensive things (model, index) loaded once; every call reuses them.

    Example:
        >>> bot = Assistant.open(Settings(), progress=True)
        >>> [h.turn.id for h in bot.search("Warum fordert Bienert ein Moonshot-Programm?", k=1)]
        ['bienert-ki-unabhaengigkeit-chemanager#t09']
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
        # The dense legs; one of them also scores sentences for the answerer, whose vectors
        # of the corpus's sentences the index folder keeps (the database backend does not).
        self.encoders = tuple(encoders)
        self.sentence_encoder = sentence_encoder(self.encoders, settings)
        self.sentence_store = (
            None
            if uses_database(settings)
            else SentenceStore.for_index(settings.index_dir, self.sentence_encoder)
        )
        self.translator = translator
        self._use(search_index)
        # Made once: an LLM client per question would reconnect every time.
        self.answerer: Answerer = self._make_answerer(settings.llm)
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
        settings = with_corpus_of_index(settings)
        if refresh and busy == "fail" and not uses_database(settings):
            fail_if_busy(settings.index_dir)  # before the model loads: a refusal is immediate
        load_in_background()  # every question is identified; load beside the encoders
        encoders = tuple(encoders or load_encoders(settings))
        translator = translator or _load_translator(settings)
        if not refresh:
            read_index_manifest(settings)  # a missing index is reported before the corpus
            indexer = make_indexer(settings, encoders)
            search_index = indexer.check(None, settings.index_dir)
            data_dir = settings.data_dir
            sources = search_index.manifest.sources
            if data_dir.is_dir() and unchanged_corpus([data_dir], sources) is None:
                corpus = read_corpus(settings, known=known_sources(search_index))
                indexer.check_corpus(search_index, corpus.articles, settings.index_dir)
            return cls(settings, encoders, search_index, translator=translator)
        update = update_index(
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
            update = update_index(
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
                kept = copy_keeping_previous(source, target / source.name)
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
            self._answerers[spec] = self._make_answerer(spec)
        return self._answerers[spec]

    def _make_answerer(self, spec: str | None) -> Answerer:
        return make_answerer(spec, self.settings, self.sentence_encoder, store=self.sentence_store)

    def _use(self, search_index: IndexReader) -> None:
        """Search `search_index` from now on; the interviewers' and interviewees' names are
        read once per index."""
        self.retriever = HybridRetriever(search_index)
        self.analyzer = QueryAnalyzer(
            self.encoders,
            translator=self.translator,
            interviewers=interviewer_words(search_index.interviewer_labels()),
            max_chars=self.settings.max_question_chars,
            sentence_encoder=self.sentence_encoder,
            interviewees=frozenset(search_index.interviewee_names()),
            held_terms=search_index.held_terms,
        )
        if self.sentence_store is not None:
            self.sentence_store.reopen()  # an update may have rewritten it

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
        for question_id, key_text in gold.lost:
            log.warning(
                "%s: question %s: its key text is in the article's file but in no turn "
                "(the parser dropped it; scored as missed): %r",
                gold_path,
                question_id,
                key_text[:80],
            )
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


def _load_translator(settings: Settings) -> QueryTranslator | None:
    """The dictionary, or None with a warning: search still works without it, English
    questions just match German passages less well."""
    try:
        return QueryTranslator.load(settings.dictionary, cache_dir=settings.cache_dir)
    except ConfigError as error:
        log.warning("%s", error)
        return None
