"""Scores retrieval and answers on a gold set: the runner and its results. The metrics
themselves (pure functions) are in `assistant.evaluation.metrics`.

Example:
    >>> bot = Assistant.open(Settings())
    >>> evaluator = Evaluator(bot, baseline=LangChainBaseline.build(bot.articles(), bot.embedder))
    >>> report = evaluator.run(load_gold(Path("eval/gold.yaml"), bot.articles()))
    >>> report.configs["hybrid"].overall.recall_at_5
"""

from __future__ import annotations

import time
import tomllib
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from statistics import fmean
from typing import TYPE_CHECKING

from assistant.answer.citations import is_verbatim
from assistant.errors import ConfigError
from assistant.evaluation.gold import GoldQuestion, GoldSet
from assistant.evaluation.metrics import (
    DEPTH,
    RETRIEVAL_METRICS,
    chunk_ranking,
    fact_covered,
    mean,
    percentile_ms,
    ratio,
    unique,
)
from assistant.ingest.names import strip_titles
from assistant.models import Answer, Article, Hit
from assistant.search.query import QueryAnalyzer

if TYPE_CHECKING:  # scoring a finished run needs neither the model nor LangChain
    from assistant.api import Assistant
    from assistant.evaluation.baseline import LangChainBaseline

# Configuration name -> (retrieval mode, translate English questions for BM25). The
# `-no-translation` variant shows what the cross-lingual query translation adds.
TURN_CONFIGS: dict[str, tuple[str, bool]] = {
    "bm25": ("bm25", True),
    "dense": ("dense", True),
    "hybrid": ("hybrid", True),
    # The same legs without the learned reranker: what the reranker adds.
    "hybrid-fused": ("fused", True),
    "hybrid-no-translation": ("hybrid", False),
}
# The textbook LangChain recipe (English MiniLM), and the careful user's: the best
# multilingual encoder (e5, the strongest single leg on the seed and held-out sets), alone
# and fused with BM25.
BASELINE = "langchain-baseline"
PEER = "langchain-e5"
PEER_BM25 = "langchain-e5-bm25"


# --- results ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RetrievalScores:
    """Mean retrieval metrics over `questions` answerable questions: one field per entry of
    `RETRIEVAL_METRICS` (named by its `attribute`), filled and reported from that tuple.

    Example:
        >>> RetrievalScores.of([["a", "b"], ["x", "y", "c"]], [{"a"}, {"c"}]).recall_at_3
        1.0
    """

    questions: int
    recall_at_1: float
    recall_at_3: float
    recall_at_5: float
    mrr_at_10: float
    ndcg_at_10: float

    @classmethod
    def of(
        cls, rankings: Sequence[Sequence[str]], golds: Sequence[Collection[str]]
    ) -> RetrievalScores:
        pairs = list(zip(rankings, golds, strict=True))
        means = {m.attribute: fmean(m.score(r, g) for r, g in pairs) for m in RETRIEVAL_METRICS}
        return cls(questions=len(pairs), **means)

    def to_json(self) -> dict:
        return {"questions": self.questions} | {
            m.name: round(getattr(self, m.attribute), 4) for m in RETRIEVAL_METRICS
        }


@dataclass(frozen=True)
class ConfigResult:
    """One retrieval configuration on the answerable questions of a gold set."""

    name: str
    overall: RetrievalScores
    by_language: dict[str, RetrievalScores]
    by_type: dict[str, RetrievalScores]
    # question id -> ranked turn ids (top DEPTH), for the report and the trec_eval cross-check.
    rankings: dict[str, tuple[str, ...]]
    latency_p50_ms: float | None
    latency_p95_ms: float | None

    def to_json(self) -> dict:
        return {
            **self.overall.to_json(),
            "by_language": {k: v.to_json() for k, v in self.by_language.items()},
            "by_type": {k: v.to_json() for k, v in self.by_type.items()},
            "latency_ms": {"p50": self.latency_p50_ms, "p95": self.latency_p95_ms},
        }


@dataclass(frozen=True)
class AnswerOutcome:
    """What `ask` did with one gold question."""

    question_id: str
    abstained: bool
    cited: tuple[str, ...]
    quotes: int
    valid_quotes: int
    facts: int
    facts_covered: int
    first_speaker: str | None
    seconds: float


@dataclass(frozen=True)
class AnswerScores:
    citation_precision: float | None
    citation_recall: float | None
    key_fact_coverage: float | None
    quote_validity: float | None
    abstention_precision: float | None
    abstention_recall: float | None
    speaker_accuracy: float | None
    latency_p50_ms: float | None
    latency_p95_ms: float | None

    @classmethod
    def of(
        cls, outcomes: Sequence[AnswerOutcome], questions: Sequence[GoldQuestion]
    ) -> AnswerScores:
        pairs = list(zip(questions, outcomes, strict=True))
        answered = [(q, o) for q, o in pairs if q.answerable and not o.abstained]
        abstained_on_unanswerable = sum(o.abstained for q, o in pairs if not q.answerable)
        return cls(
            citation_precision=mean(
                ratio(len(set(o.cited) & set(q.gold_ids)), len(set(o.cited))) for q, o in answered
            ),
            citation_recall=mean(
                len(set(o.cited) & set(q.gold_ids)) / len(set(q.gold_ids))
                for q, o in pairs
                if q.answerable
            ),
            key_fact_coverage=mean(
                ratio(o.facts_covered, o.facts) for q, o in pairs if q.answerable
            ),
            quote_validity=ratio(
                sum(o.valid_quotes for o in outcomes), sum(o.quotes for o in outcomes)
            ),
            abstention_precision=ratio(
                abstained_on_unanswerable, sum(o.abstained for o in outcomes)
            ),
            abstention_recall=ratio(
                abstained_on_unanswerable, sum(not q.answerable for q in questions)
            ),
            speaker_accuracy=mean(
                float(same_speaker(o.first_speaker, q.speaker)) for q, o in answered
            ),
            latency_p50_ms=percentile_ms([o.seconds for o in outcomes], 50),
            latency_p95_ms=percentile_ms([o.seconds for o in outcomes], 95),
        )

    def to_json(self) -> dict:
        def r(value: float | None) -> float | None:
            return None if value is None else round(value, 4)

        return {
            "citation_precision": r(self.citation_precision),
            "citation_recall": r(self.citation_recall),
            "key_fact_coverage": r(self.key_fact_coverage),
            "quote_validity": r(self.quote_validity),
            "abstention_precision": r(self.abstention_precision),
            "abstention_recall": r(self.abstention_recall),
            "speaker_accuracy": r(self.speaker_accuracy),
            "latency_ms": {"p50": self.latency_p50_ms, "p95": self.latency_p95_ms},
        }


@dataclass(frozen=True)
class EvalReport:
    gold: GoldSet
    configs: dict[str, ConfigResult]
    answers: AnswerScores | None
    outcomes: tuple[AnswerOutcome, ...]
    # Gold key texts that no baseline chunk contains whole: the baseline cannot hit them.
    unreachable_key_texts: tuple[str, ...] = ()

    def to_json(self) -> dict:
        by_question = {o.question_id: o for o in self.outcomes}
        return {
            "gold": str(self.gold.path),
            "questions": len(self.gold.questions),
            "unanswerable": len(self.gold.unanswerable),
            "configs": {name: result.to_json() for name, result in self.configs.items()},
            "answers": self.answers.to_json() if self.answers else None,
            "unreachable_key_texts": list(self.unreachable_key_texts),
            "lost_key_texts": [
                {"question": question_id, "key_text": text} for question_id, text in self.gold.lost
            ],
            "per_question": [
                _question_json(q, self.configs, by_question.get(q.id)) for q in self.gold.questions
            ],
        }


@dataclass(frozen=True)
class EvalRun:
    """One `python -m assistant eval`: the report, the files written for it and the gate.

    `thresholds` is the thresholds.toml applied, `failures` the minimums missed; both are
    None when the gold set has no thresholds (then it is measured, not gated).

    Example:
        >>> run = bot.evaluate(Path("eval/gold.yaml"), Path("eval/reports"))
        >>> run.to_json()["gate"]
        {'thresholds': 'eval/thresholds.toml', 'failures': []}
    """

    report: EvalReport
    paths: tuple[Path, ...]
    thresholds: Path | None
    failures: tuple[str, ...] | None

    def to_json(self) -> dict:
        return self.report.to_json() | {
            "report": [str(path) for path in self.paths],
            "gate": {
                "thresholds": None if self.thresholds is None else str(self.thresholds),
                "failures": list(self.failures or ()),
            },
        }


def _question_json(
    question: GoldQuestion, configs: dict[str, ConfigResult], outcome: AnswerOutcome | None
) -> dict:
    entry = {
        "id": question.id,
        "lang": question.lang,
        "type": question.type,
        "question": question.question,
        "gold": list(question.gold_ids),
        "rankings": {
            name: list(result.rankings[question.id][:5])
            for name, result in configs.items()
            if question.id in result.rankings
        },
    }
    if outcome:
        entry |= {
            "abstained": outcome.abstained,
            "cited": list(outcome.cited),
            "quotes": outcome.quotes,
            "valid_quotes": outcome.valid_quotes,
            "key_facts": outcome.facts,
            "key_facts_covered": outcome.facts_covered,
        }
    return entry


# --- the runner ---------------------------------------------------------------------------------


class Evaluator:
    """Runs every configuration and the answers over one gold set, reusing one Assistant
    (one loaded model, one index) for all of them.

    Example:
        >>> evaluator = Evaluator(bot, configs=("hybrid",), baselines={})   # the quick gate
        >>> report = evaluator.run(gold)
        >>> report.answers.quote_validity
        1.0
    """

    def __init__(
        self,
        assistant: Assistant,
        *,
        configs: Sequence[str] = tuple(TURN_CONFIGS),
        baselines: Mapping[str, LangChainBaseline] | None = None,
        answers: bool = True,
    ) -> None:
        unknown = set(configs) - set(TURN_CONFIGS)
        if unknown:
            raise ValueError(f"unknown configurations {sorted(unknown)}; known: {[*TURN_CONFIGS]}")
        self.assistant = assistant
        untranslated = assistant.translator is None
        # Without a translator the -no-translation variants would repeat their originals.
        chosen = [c for c in configs if TURN_CONFIGS[c][1] or not untranslated]
        # With several dense legs, each is scored alone too ("dense" is their fusion).
        legs = list(assistant.retriever.index.encoder_keys)
        if "dense" in chosen and len(legs) > 1:
            chosen[chosen.index("dense") + 1 : chosen.index("dense") + 1] = [
                f"dense:{key}" for key in legs
            ]
        self.configs = tuple(chosen)
        self.baselines = dict(baselines or {})
        self.answers = answers

    def run(self, gold: GoldSet) -> EvalReport:
        questions = gold.answerable
        configs = {
            name: self._score(name, questions, self._turn_search(name)) for name in self.configs
        }
        unreachable: tuple[str, ...] = ()
        for name, baseline in self.baselines.items():
            configs[name] = self._score(name, questions, self._baseline_search(baseline))
            # The peers share their chunks, so they cannot hit the same key texts.
            unreachable = baseline.unreachable([p for q in questions for p in q.gold])
        corpus = turn_texts(self.assistant.articles())
        outcomes = tuple(self._answer(q, corpus) for q in gold.questions) if self.answers else ()
        return EvalReport(
            gold=gold,
            configs=configs,
            answers=AnswerScores.of(outcomes, gold.questions) if self.answers else None,
            outcomes=outcomes,
            unreachable_key_texts=unreachable,
        )

    def _turn_search(self, name: str) -> Callable[[GoldQuestion], list[str]]:
        mode, translate = TURN_CONFIGS.get(name, (name, True))
        retriever, analyzer = self.assistant.retriever, self.assistant.analyzer
        if not translate:
            # Same index, same model: only the query translator is left out.
            analyzer = QueryAnalyzer(
                analyzer.encoders,
                translator=None,
                interviewers=analyzer.interviewers,
                max_chars=analyzer.max_chars,
                sentence_encoder=analyzer.sentence_encoder,
                interviewees=analyzer.interviewees,
                held_terms=analyzer.held_terms,
            )

        def search(question: GoldQuestion) -> list[str]:
            query = analyzer.run(question.question, question.search_filter)
            hits: list[Hit] = retriever.run(query, k=DEPTH, mode=mode)
            return unique(hit.turn.id for hit in hits)

        return search

    @staticmethod
    def _baseline_search(baseline: LangChainBaseline) -> Callable[[GoldQuestion], list[str]]:
        def search(question: GoldQuestion) -> list[str]:
            # LangChain's chunks have no speaker metadata, so the peers ignore gold filters.
            return chunk_ranking(baseline.run(question.question, k=DEPTH), question.gold)

        return search

    def _score(
        self,
        name: str,
        questions: Sequence[GoldQuestion],
        search: Callable[[GoldQuestion], list[str]],
    ) -> ConfigResult:
        rankings: dict[str, tuple[str, ...]] = {}
        seconds: list[float] = []
        for question in questions:
            start = time.perf_counter()
            rankings[question.id] = tuple(search(question)[:DEPTH])
            seconds.append(time.perf_counter() - start)

        def scores(subset: Sequence[GoldQuestion]) -> RetrievalScores:
            return RetrievalScores.of(
                [rankings[q.id] for q in subset], [q.gold_ids for q in subset]
            )

        return ConfigResult(
            name=name,
            overall=scores(questions),
            by_language=_grouped(questions, lambda q: q.lang, scores),
            by_type=_grouped(questions, lambda q: q.type, scores),
            rankings=rankings,
            latency_p50_ms=percentile_ms(seconds, 50),
            latency_p95_ms=percentile_ms(seconds, 95),
        )

    def _answer(self, question: GoldQuestion, corpus: dict[str, str]) -> AnswerOutcome:
        start = time.perf_counter()
        answer = self.assistant.ask(question.question, search_filter=question.search_filter)
        return outcome_of(question, answer, corpus, time.perf_counter() - start)


def same_speaker(named: str | None, expected: str | None) -> bool:
    """Whether the speaker an answer names is the one the gold set expects; academic
    titles do not count, as the gold sets leave them out where the text prints them, and
    a gold set may name a speaker by surname alone, as the article's labels often do.

    Example:
        >>> same_speaker("Dr Felix Okonjo", "Felix Okonjo"), same_speaker(None, "Felix Okonjo")
        (True, False)
        >>> same_speaker("Felix Okonjo", "Okonjo"), same_speaker("Felix Okonjo", "Felix")
        (True, False)
    """
    if named is None or expected is None:
        return named is expected
    named, expected = strip_titles(named), strip_titles(expected)
    shorter, longer = sorted((named.split(), expected.split()), key=len)
    return named == expected or (len(shorter) == 1 and shorter == longer[-1:])


def turn_texts(articles: Sequence[Article]) -> dict[str, str]:
    return {turn.id: turn.text for article in articles for turn in article.turns}


def outcome_of(
    question: GoldQuestion, answer: Answer, corpus: dict[str, str], seconds: float
) -> AnswerOutcome:
    """Judge one answer; quotes are checked against the corpus, not the turn the answer carries."""
    quotes = [c.quote for c in answer.citations]
    valid = sum(is_verbatim(c.quote, corpus.get(c.turn.id, "")) for c in answer.citations)
    texts = [answer.text, *quotes]
    return AnswerOutcome(
        question_id=question.id,
        abstained=answer.abstained,
        cited=tuple(unique(c.turn.id for c in answer.citations)),
        quotes=len(quotes),
        valid_quotes=valid,
        facts=len(question.key_facts),
        facts_covered=sum(fact_covered(fact, texts) for fact in question.key_facts),
        first_speaker=answer.citations[0].turn.speaker if answer.citations else None,
        seconds=seconds,
    )


def _grouped(
    questions: Sequence[GoldQuestion],
    key: Callable[[GoldQuestion], str],
    scores: Callable[[Sequence[GoldQuestion]], RetrievalScores],
) -> dict[str, RetrievalScores]:
    groups: dict[str, list[GoldQuestion]] = {}
    for question in questions:
        groups.setdefault(key(question), []).append(question)
    return {name: scores(group) for name, group in sorted(groups.items())}


def check_thresholds(summary: dict, thresholds: dict, path: str = "") -> list[str]:
    """Every minimum in `thresholds` (nested like the JSON summary) that `summary` misses,
    as readable lines; an empty list means the gate passes."""
    failures: list[str] = []
    for key, minimum in thresholds.items():
        where = f"{path}.{key}" if path else key
        value = summary.get(key) if isinstance(summary, dict) else None
        if isinstance(minimum, dict):
            failures += check_thresholds(value or {}, minimum, where)
        elif value is None:
            failures.append(f"{where}: not measured (minimum {minimum})")
        elif value < minimum:
            failures.append(f"{where} = {value:.4f} is below the minimum {minimum}")
    return failures


def load_thresholds(path: Path) -> dict:
    """The minimums in a TOML file, nested like the JSON summary (see eval/thresholds.toml)."""
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"cannot read the thresholds in {path}: {error}") from error
