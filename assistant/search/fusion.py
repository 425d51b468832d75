"""Reciprocal rank fusion: one ranking out of several (dense, lexical, ...).

RRF (Cormack, Clarke & Büttcher, 2009) scores an item by `sum(w / (k + rank))` over the
rankings that contain it. It uses ranks only, so scores on different scales (cosine
similarities, BM25) need no calibration, and an item found by several rankers rises.

Example:
    >>> fused = reciprocal_rank_fusion([["a", "b", "c"], ["b", "d"]], k=60)
    >>> [item for item, _ in fused]
    ['b', 'a', 'd', 'c']
    >>> round(fused[0][1], 5)  # 1/(60+2) + 1/(60+1)
    0.03252
"""

from __future__ import annotations

import math
from collections.abc import Sequence


def reciprocal_rank_fusion(
    rankings: Sequence[Sequence[str]],
    *,
    weights: Sequence[float] | None = None,
    k: int = 60,
) -> list[tuple[str, float]]:
    """Fuse `rankings` (each best first, ids unique within a ranking) into one list of
    `(id, score)`, best first. `weights` (one per ranking, default all 1.0) scale each
    ranking's contribution; `k` damps the advantage of the very top ranks (60 is the
    value of the original paper). Ties keep the order in which items were first seen."""
    if isinstance(rankings, str) or any(isinstance(ranking, str) for ranking in rankings):
        raise TypeError("rankings must be a sequence of sequences of ids, not a string")
    if isinstance(k, bool) or not isinstance(k, int) or k < 0:
        raise ValueError(f"k must be a non-negative integer, got {k!r}")
    if weights is None:
        weights = [1.0] * len(rankings)
    elif len(weights) != len(rankings):
        raise ValueError(f"got {len(weights)} weights for {len(rankings)} rankings")
    elif any(not math.isfinite(w) or w < 0 for w in weights):
        raise ValueError(f"weights must be finite and non-negative, got {list(weights)!r}")

    scores: dict[str, float] = {}
    for ranking, weight in zip(rankings, weights, strict=True):
        if len(set(ranking)) != len(ranking):
            raise ValueError("an id occurs twice in one ranking; deduplicate it first")
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + weight / (k + rank)
    # sorted() is stable, and dicts keep first-seen order, so ties stay deterministic.
    return sorted(scores.items(), key=lambda entry: entry[1], reverse=True)
