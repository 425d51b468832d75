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
import shutil
import threading
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.answer import Answerer, make_answerer
from assistant.answer.extractive import PASSAGES
from assistant.errors import ConfigError, IndexMissingError, InputError
from assistant.index.encoders import Encoder, load_encoder
from assistant.index.indexing import Indexer, IndexReport
from assistant.index.manifest import INDEX_COMMAND, read_manifest
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
    from assistant.evaluation.runner import EvalRun

log = logging.getLogger(__name__)

# Where uploaded interviews are copied inside the corpus folder.
ARTICLES_SUBDIR = "articles"


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
        embedder: Encoder,
        search_index: SearchIndex,
        *,
        translator: QueryTranslator | None,
        report: IndexReport | None = None,
        problems: Sequence[IngestProblem] = (),
    ) -> None:
        self.settings = settings
        self.embedder = embedder
        self.translator = translator
        self._use(search_index)
        # Made once: an LLM client per question would reconnect every time.
        self.answerer: Answerer = make_answerer(settings.llm, settings, embedder)
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
        embedder: Encoder | None = None,
        translator: QueryTranslator | None = None,
        refresh: bool = True,
        progress: bool = False,
    ) -> Assistant:
        """Load the embedding model and the dictionary (or reuse `embedder`, `translator`)
        and the index in `settings.index_dir`. With `refresh`, build it from the corpus when
        missing, or bring it up to date when stale; without, a missing/stale index raises
        IndexMissingError/IndexStaleError whose message names the command that fixes it.

        The corpus is `settings.data_dir` when set explicitly (argument or environment),
        else the folder the index was built from, so `--index DIR` alone finds its corpus."""
        settings = _with_corpus_of_index(settings)
        embedder = embedder or load_encoder(settings)
        translator = translator or _load_translator(settings)
        if not refresh:
            read_manifest(settings.index_dir)  # a missing index is reported before the corpus
            articles = _read_corpus(settings).articles if settings.data_dir.is_dir() else None
            indexer = Indexer(embedder, approximate_above=settings.approximate_above)
            search_index = indexer.check(articles, settings.index_dir)
            return cls(settings, embedder, search_index, translator=translator)
        search_index, report, problems = _update_index(settings, embedder, progress=progress)
        return cls(
            settings,
            embedder,
            search_index,
            translator=translator,
            report=report,
            problems=problems,
        )

    def refresh(self, *, progress: bool = False) -> IndexReport:
        """Re-read the corpus folder and update the index incrementally; searches running
        meanwhile use the old index until the new one is ready."""
        with self._lock:
            search_index, report, problems = _update_index(
                self.settings, self.embedder, progress=progress
            )
            self._use(search_index)
            self.report = report
            self.problems = problems
            return report

    def articles(self) -> list[Article]:
        return list(self.retriever.index.catalog.articles.values())

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
        it (it is that article's new version). Returns the parse of the given files."""
        result = load_corpus([Path(p) for p in paths], self.settings)
        target = self.settings.data_dir / ARTICLES_SUBDIR
        target.mkdir(parents=True, exist_ok=True)
        for article in result.articles:
            if article.path is None:
                continue
            source = Path(article.path)
            destination = target / source.name
            if not destination.exists() or not destination.samefile(source):
                shutil.copyfile(source, destination)
        if result.articles:
            self.refresh()
        return result

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
            self._answerers[spec] = make_answerer(spec, self.settings, self.embedder)
        return self._answerers[spec]

    def _use(self, search_index: SearchIndex) -> None:
        """Search `search_index` from now on; the interviewer names are read once per index."""
        self.retriever = HybridRetriever(search_index)
        self.analyzer = QueryAnalyzer(
            self.embedder,
            translator=self.translator,
            interviewers=interviewer_words(search_index.catalog.articles.values()),
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
        from assistant.evaluation.baseline import LangChainBaseline
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
        baseline = LangChainBaseline.build(articles, self.embedder, data_dir=self.settings.data_dir)
        report = Evaluator(self, baseline=baseline).run(gold)
        # A gold set's gate is the thresholds.toml beside it; other gold sets are just measured.
        beside = gold_path.parent / "thresholds.toml"
        thresholds = beside if beside.is_file() else None
        failures = None
        if thresholds is not None:
            failures = tuple(check_thresholds(report.to_json(), load_thresholds(thresholds)))
        paths = write_report(report, report_dir, failures)
        return EvalRun(report=report, paths=tuple(paths), thresholds=thresholds, failures=failures)


def _with_corpus_of_index(settings: Settings) -> Settings:
    if "data_dir" in settings.model_fields_set:
        return settings
    try:
        recorded = read_manifest(settings.index_dir).corpus_dir
    except IndexMissingError:
        return settings
    if recorded is None or not Path(recorded).is_dir():
        return settings
    return settings.model_copy(update={"data_dir": Path(recorded)})


def _update_index(
    settings: Settings, embedder: Encoder, *, progress: bool
) -> tuple[SearchIndex, IndexReport, tuple[IngestProblem, ...]]:
    """Read the corpus and bring the index up to date with it; also the corpus's problems."""
    corpus = _read_corpus(settings)
    indexer = Indexer(embedder, approximate_above=settings.approximate_above, progress=progress)
    search_index, report = indexer.run(
        corpus.articles, settings.index_dir, corpus_dir=settings.data_dir
    )
    return search_index, report, tuple(corpus.problems)


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
