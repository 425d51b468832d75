"""A learned reranker: the fused candidates put in a new order by a model of what the
question and each candidate turn show (its features, here; a linear model, here; trees of
gradient boosting, `tree_rerank.py`; the shipped one is read by `rerankers.load_reranker`).

Rank fusion weighs rankers, not passages. It cannot tell that the question asks for an
amount and the third candidate is the only one with a figure, that the first one is a lead
that names every topic, or that the second one mentions none of the question's words. On
interviews nobody tuned for, the fused first place was right for only about six questions
in ten, while the right turn was among the first five for nine. A linear model over a
few such signals, fitted to the gold sets' questions (`eval/train_reranker.py`, which
writes `reranker.json` beside this file), reorders the first `RERANK_DEPTH` candidates.

Every feature is computed from the question and the candidates alone (no gold data, no
corpus statistics), so the model carries over to any corpus. It is listwise: its scores
are a softmax over one question's candidates, and a candidate's score is its share.

Example:
    >>> reranker = load_reranker()  # search.rerankers: the shipped model, linear or trees
    >>> [c.turn.id for c, _ in reranker.run(query, candidates)][:1]
    ['bienert-ki-unabhaengigkeit-chemanager#t09']
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np

from assistant.models import Article, Turn
from assistant.search.query import CAUSE, Query, gives_what_is_asked
from assistant.text.analysis import Mentions

# The candidates a reranker reorders (the rest keep their fused order after them); the
# model is trained on the same number.
RERANK_DEPTH = 30
MODEL_PATH = Path(__file__).with_name("reranker.json")
KINDS = ("answer", "question", "lead", "sidebar", "statement", "quote")
# The features before the per-leg ones, in the order of the model's weights.
BASE_FEATURES = (
    "fused_log_rank",
    "fused_score",
    *(f"kind:{kind}" for kind in KINDS),
    "question_words_mentioned",
    "speaker_named_in_question",
    "gives_what_is_asked",
    "lacks_what_is_asked",
    "gives_a_reason",
    "log_words",
    "article_words_mentioned",
    "article_share",
    # The candidate is in the other language than the question: cross-language cosines
    # run lower, so in a mixed corpus a same-language turn of another article outranked
    # the answer (leave one set out, fifteen sets: first place gold 0.715 -> 0.741).
    "other_language",
)


@dataclass(frozen=True)
class Candidate:
    """A turn as fusion ranked it: its fused (kind-weighted) score and rank (from 1), and
    its rank in each leg that found it (by leg name: an encoder key or "bm25")."""

    turn: Turn
    article: Article
    score: float
    rank: int
    leg_ranks: tuple[tuple[str, int], ...]
    # Each leg's score of the turn (a cosine for a dense leg); a leg that did not find it
    # gives the lowest score it found.
    leg_scores: tuple[tuple[str, float], ...] = ()


class Reranker(Protocol):
    """Puts one question's candidates in a new order, each with its new score."""

    def fits(self, legs: Sequence[str]) -> bool: ...

    def run(
        self, query: Query, candidates: Sequence[Candidate]
    ) -> list[tuple[Candidate, float]]: ...


def feature_names(legs: Sequence[str]) -> tuple[str, ...]:
    """The model's features for an index with these legs: each leg's rank, and each dense
    leg's similarity.

    Example:
        >>> feature_names(["use", "bm25"])[-3:]
        ('leg:use', 'leg:bm25', 'similarity:use')
    """
    return (
        *BASE_FEATURES,
        *(f"leg:{leg}" for leg in legs),
        *(f"similarity:{leg}" for leg in _dense(legs)),
    )


def _dense(legs: Sequence[str]) -> list[str]:
    """The legs whose scores are cosines, the same on any corpus (BM25's are not)."""
    return [leg for leg in legs if leg != "bm25"]


def features(query: Query, candidates: Sequence[Candidate], legs: Sequence[str]) -> np.ndarray:
    """One row per candidate, one column per `feature_names(legs)`.

    Example:
        >>> features(query, candidates, ["use", "e5", "bm25"]).shape
        (30, 22)
    """
    texts = [candidate.turn.text for candidate in candidates]
    titles = list(dict.fromkeys(candidate.article.title for candidate in candidates))
    mentions = Mentions(texts + titles) if texts else None
    mentioned = (
        [mentions.of_concept(concept, query.language) for concept in query.concepts]
        if mentions
        else []
    )
    by_article = _article_features(candidates, mentioned, titles)
    dense, rows = _dense(legs), []
    for i, candidate in enumerate(candidates):
        text, turn = texts[i], candidate.turn
        gives = gives_what_is_asked(query.asks_for, text, turn.question)
        ranks, scores = dict(candidate.leg_ranks), dict(candidate.leg_scores)
        rows.append(
            [
                math.log(candidate.rank),
                candidate.score,
                *(float(turn.kind == kind) for kind in KINDS),
                sum(i in ids for ids in mentioned) / len(mentioned) if mentioned else 0.0,
                float(query.names_speaker(turn.speaker)),
                float(bool(query.asks_for) and gives),
                float(bool(query.asks_for) and not gives),
                float(query.asks_reason and bool(CAUSE.search(text))),
                math.log(1 + len(text.split())),
                *by_article[candidate.article.id],
                float(mentions.languages[i] != query.language) if mentions else 0.0,
                *(1 / ranks[leg] if leg in ranks else 0.0 for leg in legs),
                *(scores.get(leg, 0.0) for leg in dense),
            ]
        )
    return np.array(rows, dtype=np.float64).reshape(len(candidates), len(feature_names(legs)))


def _article_features(
    candidates: Sequence[Candidate], mentioned: Sequence[set[int]], titles: Sequence[str]
) -> dict[str, tuple[float, float]]:
    """Per article among the candidates: the share of the question's words that its title or
    any of its candidate turns mentions, and its share of the fused score.

    A question about "the ferryman" is about the article whose other turns speak of the
    ferry, even where the turn that answers does not repeat the word; and the article most
    of the fused score falls on is likelier the one asked about than a stray turn of
    another.

    Example:
        >>> by_article = _article_features(candidates, mentioned, titles)
        >>> by_article["bienert-ki-unabhaengigkeit-chemanager"]
        (1.0, 1.0)
    """
    total = sum(candidate.score for candidate in candidates) or 1.0
    found: dict[str, tuple[float, float]] = {}
    for article in {c.article.id: c.article for c in candidates}.values():
        own = {i for i, c in enumerate(candidates) if c.article.id == article.id}
        share = sum(candidates[i].score for i in own) / total
        texts = own | {len(candidates) + titles.index(article.title)}  # its turns and title
        covered = sum(bool(ids & texts) for ids in mentioned) / len(mentioned) if mentioned else 0.0
        found[article.id] = (covered, share)
    return found


def softmax(logits: np.ndarray) -> np.ndarray:
    """Shares that sum to 1, the largest logit's the largest.

    Example:
        >>> softmax(np.array([0.0, 0.0])).tolist()
        [0.5, 0.5]
    """
    shares = np.exp(logits - logits.max())
    return shares / shares.sum()


class FeatureModel:
    """What every kind of model over `features` does with its `logits`: it fits an index
    whose legs it was trained on, and puts candidates in the order of its softmax shares."""

    legs: tuple[str, ...]

    def logits(self, rows: np.ndarray) -> np.ndarray:
        """The model's score of each row of features (`features`), before the softmax."""
        raise NotImplementedError

    def fits(self, legs: Sequence[str]) -> bool:
        """Whether the model knows these legs (an index with other encoders keeps the
        fused order)."""
        return sorted(legs) == sorted(self.legs)

    def run(self, query: Query, candidates: Sequence[Candidate]) -> list[tuple[Candidate, float]]:
        """`candidates` in the order of the model's logits of their features, each with its
        share of the softmax over them (ties keep the fused order).

        Example:
            >>> [round(share, 2) for _, share in model.run(query, candidates)]
            [0.81, 0.12, 0.07]
        """
        if not candidates:
            return []
        shares = softmax(self.logits(features(query, candidates, self.legs)))
        order = sorted(range(len(candidates)), key=lambda i: (-shares[i], candidates[i].rank))
        return [(candidates[i], float(shares[i])) for i in order]


@dataclass(frozen=True, eq=False)
class LinearReranker(FeatureModel):
    """A linear model over standardised features (`(x - mean) / scale`), for an index whose
    legs are `legs`. `about` says what it was trained on (kept in the model file)."""

    legs: tuple[str, ...]
    mean: np.ndarray
    scale: np.ndarray
    weights: np.ndarray
    about: str = ""

    @classmethod
    def from_json(cls, data: dict, path: Path = MODEL_PATH) -> LinearReranker:
        """The model `to_json` wrote (ValueError when its features are not the code's)."""
        return cls(
            legs=checked_legs(data, path),
            mean=np.array(data["mean"]),
            scale=np.array(data["scale"]),
            weights=np.array(data["weights"]),
            about=data.get("about", ""),
        )

    def to_json(self) -> dict:
        return {
            "kind": "linear",
            "about": self.about,
            "legs": list(self.legs),
            "features": list(feature_names(self.legs)),
            "mean": [round(float(x), 6) for x in self.mean],
            "scale": [round(float(x), 6) for x in self.scale],
            "weights": [round(float(x), 6) for x in self.weights],
        }

    def logits(self, rows: np.ndarray) -> np.ndarray:
        return ((rows - self.mean) / self.scale) @ self.weights


def checked_legs(data: dict, path: Path) -> tuple[str, ...]:
    """A model file's legs, when the features it was trained on are the ones the code
    computes for them (ValueError otherwise: the model needs retraining).

    Example:
        >>> checked_legs({"legs": ["bm25"], "features": list(feature_names(["bm25"]))}, path)
        ('bm25',)
    """
    legs = tuple(data["legs"])
    if tuple(data["features"]) != feature_names(legs):
        raise ValueError(f"{path}: its features are not the ones the code computes; retrain")
    return legs
