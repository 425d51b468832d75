"""The evaluation's metrics: pure functions of one ranking or one answer at a time.

Retrieval metrics follow trec_eval and `ranx` (binary relevance): Recall@k = gold turns in
the top k / gold turns; MRR@k = 1 / rank of the first gold turn; nDCG@k with gains rel_i /
log2(i + 1).
Answer metrics follow ALCE (citation precision and recall), plus key-fact coverage, quote
validity, abstention precision/recall and latency. Definitions: eval/README.md.

A new retrieval metric is a function here plus an entry in `RETRIEVAL_METRICS`; the scores,
the JSON summary, the report and the chart pick it up from there (and `RetrievalScores` in
runner.py needs a field named after it, see `RankingMetric.attribute`).

Example:
    >>> recall_at_k(["d3", "d1", "d2"], {"d1", "d2"}, 2)
    0.5
    >>> [metric.name for metric in RETRIEVAL_METRICS]
    ['recall@1', 'recall@3', 'recall@5', 'mrr@10', 'ndcg@10']
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from statistics import fmean
from typing import TYPE_CHECKING

import numpy as np

from assistant.evaluation.gold import GoldPassage, normalise_space

if TYPE_CHECKING:  # the metrics need no LangChain
    from assistant.evaluation.baseline import BaselineChunk

# Rankings are cut here: the deepest metric is @10.
DEPTH = 10


def recall_at_k(ranking: Sequence[str], relevant: Collection[str], k: int) -> float:
    return len(set(ranking[:k]) & set(relevant)) / len(relevant)


def reciprocal_rank(ranking: Sequence[str], relevant: Collection[str], k: int = DEPTH) -> float:
    return next((1 / rank for rank, doc in enumerate(ranking[:k], 1) if doc in relevant), 0.0)


def ndcg_at_k(ranking: Sequence[str], relevant: Collection[str], k: int = DEPTH) -> float:
    dcg = sum(1 / math.log2(rank + 1) for rank, doc in enumerate(ranking[:k], 1) if doc in relevant)
    ideal = sum(1 / math.log2(rank + 1) for rank in range(1, min(len(relevant), k) + 1))
    return dcg / ideal


@dataclass(frozen=True)
class RankingMetric:
    """A retrieval metric of one ranking against its gold ids; `name` is its JSON key.

    Example:
        >>> RankingMetric("recall@5", partial(recall_at_k, k=5)).attribute
        'recall_at_5'
    """

    name: str
    score: Callable[[Sequence[str], Collection[str]], float]

    @property
    def attribute(self) -> str:
        """The `RetrievalScores` field holding the metric's mean."""
        return self.name.replace("@", "_at_")


# In the order of the JSON summary, the report's columns and the chart's groups.
RETRIEVAL_METRICS: tuple[RankingMetric, ...] = (
    RankingMetric("recall@1", partial(recall_at_k, k=1)),
    RankingMetric("recall@3", partial(recall_at_k, k=3)),
    RankingMetric("recall@5", partial(recall_at_k, k=5)),
    RankingMetric("mrr@10", partial(reciprocal_rank, k=10)),
    RankingMetric("ndcg@10", partial(ndcg_at_k, k=10)),
)


def ratio(part: int, whole: int) -> float | None:
    """part / whole, or None when there is nothing to measure.

    Example:
        >>> ratio(1, 4), ratio(0, 0)
        (0.25, None)
    """
    return part / whole if whole else None


def mean(values: Iterable[float | None]) -> float | None:
    """Mean of the measured values (None = not measured), None when there are none.

    Example:
        >>> mean([1.0, None, 0.0]), mean([None])
        (0.5, None)
    """
    measured = [v for v in values if v is not None]
    return fmean(measured) if measured else None


def fact_covered(alternatives: Sequence[str], texts: Sequence[str]) -> bool:
    """A key fact is covered when any of its alternatives occurs in any text (case-insensitive).

    Example:
        >>> fact_covered(["Munich", "München"], ["in MÜNCHEN erfunden"])
        True
    """
    haystack = normalise_space(" ".join(texts)).casefold()
    return any(normalise_space(alt).casefold() in haystack for alt in alternatives)


def unique(ids: Iterable[str]) -> list[str]:
    """First occurrence of each id, in order (a ranking lists each document once).

    Example:
        >>> unique(["a#t01", "a#t02", "a#t01"])
        ['a#t01', 'a#t02']
    """
    return list(dict.fromkeys(ids))


def chunk_ranking(chunks: Sequence[BaselineChunk], gold: Sequence[GoldPassage]) -> list[str]:
    """A ranking of chunks as a ranking of turn ids: a chunk stands for the gold turns whose
    key text it contains (in its article, not yet credited higher up), or else for itself.

    Example:
        >>> chunk_ranking([BaselineChunk("a#c01", "a", "Intro. Key.", 0.0, 1)],
        ...               [GoldPassage("a#t02", "Key.")])
        ['a#t02']
    """
    ranking: list[str] = []
    for chunk in chunks:
        text = normalise_space(chunk.text)
        credited = [
            p.turn_id
            for p in gold
            if p.turn_id.split("#")[0] == chunk.article_id
            and p.key_text in text
            and p.turn_id not in ranking
        ]
        ranking.extend(credited or [chunk.id])
    return ranking


def percentile_ms(seconds: Sequence[float], q: float) -> float | None:
    """The q-th percentile of durations in seconds, as milliseconds (None for no durations).

    Example:
        >>> percentile_ms([0.1, 0.2, 0.3], 50)
        200.0
    """
    return round(float(np.percentile(seconds, q)) * 1000, 1) if seconds else None
