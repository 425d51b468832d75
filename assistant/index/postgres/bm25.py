"""BM25 over the postings table without reading every posting of common terms.

The score is bm25s's (Lucene: idf = ln(1 + (N - df + 0.5) / (df + 0.5)), k1 1.5, b 0.75),
each term's score kept as float32 as bm25s keeps it, combined by the shared
`assistant.index.lexical.bm25.query_scores`, so both backends rank alike. What is new is
how little is read (MaxScore, Turtle and Flood 1995): the terms table bounds each term's
score from its largest tf and smallest length / tf; the rarest terms' postings are read
whole ("essential" terms), which gives candidate turns and a lower bound on the score a
turn needs to be among the best `depth`. A turn with none of the essential terms scores
at most what the other terms' bounds allow; once that is below the lower bound, the other
(common, long) posting lists are read only for the candidates that can still make it.
The result is the same ranking as reading everything, ties in reading order included.

Example:
    >>> LexicalQuery(connection, "index", vocabulary).search("Moonshot", (), 5, where, {})
    [('bienert-ki-unabhaengigkeit-chemanager#t09', 4.1)]
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

import numpy as np
import psycopg
from psycopg import sql

from assistant.index.lexical.bm25 import query_scores, query_terms
from assistant.index.postgres.schema import table
from assistant.text.analysis import CompoundVocabulary

K1, B = 1.5, 0.75
# Postings read whole before the first check of the bound; grows fourfold a round.
ESSENTIAL_POSTINGS = 4000
# A bound a hair above the largest score, so float rounding never prunes a turn that ties.
_SLACK = 1 + 1e-6


class LexicalQuery:
    """One schema's BM25 search (a connection's, for one question at a time)."""

    def __init__(
        self, connection: psycopg.Connection, schema: str, vocabulary: CompoundVocabulary
    ) -> None:
        self.connection = connection
        self.schema = schema
        self.vocabulary = vocabulary
        # Postings read by the last search (what the pruning saves, for the benchmark).
        self.postings_read = 0

    def search(
        self,
        question: str,
        alternatives: Sequence[Sequence[str]],
        depth: int,
        where: sql.Composable,
        params: dict[str, object],
        *,
        budget: int | None = ESSENTIAL_POSTINGS,
    ) -> list[tuple[str, float]]:
        """The `depth` best turns passing `where` (over postings `p`), best first, ties in
        reading order; `budget` None reads every posting of the query terms at once (for a
        filter that keeps few turns, whose postings an index finds directly)."""
        terms = sorted(query_terms(question, alternatives, self.vocabulary))
        if not terms:
            return []
        self._statistics(terms)
        if not self.bound:
            return []
        # Turns met so far get a position; each read term keeps (positions, scores).
        self.ids: dict[str, int] = {}
        self.scores: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        order = sorted(self.bound, key=lambda term: (self.df[term], term))
        limit = budget
        while True:
            self._read(self._next_terms(order, limit), where, params)
            candidates = np.arange(len(self.ids))
            rest = [term for term in order if term not in self.scores]
            floor = _kth(self._combined(question, alternatives, candidates, {}), depth)
            if not rest or self._outside(question, alternatives, rest) < floor:
                break
            limit = None if limit is None else limit * 4
        if rest:
            upper = self._combined(question, alternatives, candidates, self.bound)
            candidates = candidates[(upper >= floor) & (upper > 0)]
            names = list(self.ids)
            self._read(rest, where, {**params, "turns": [names[i] for i in candidates]})
        scores = self._combined(question, alternatives, candidates, {})
        return self._ranked(candidates, scores, depth)

    def _statistics(self, terms: list[str]) -> None:
        """idf and score bound of each query term the index has."""
        n, total = self.connection.execute(
            sql.SQL("SELECT turn_count, total_length FROM {}").format(self._t("meta"))
        ).fetchone()
        self.avgdl = max(total / max(n, 1), 1e-9)
        rows = self.connection.execute(
            sql.SQL("SELECT term, df, max_tf, min_ratio FROM {} WHERE term = ANY(%s)").format(
                self._t("terms")
            ),
            (terms,),
        ).fetchall()
        self.df = {term: df for term, df, _, _ in rows}
        self.idf = {term: math.log(1 + (n - df + 0.5) / (df + 0.5)) for term, df, _, _ in rows}
        # The score grows with tf and falls with length / tf: both extremes bound it.
        self.bound = {
            term: self.idf[term]
            / (1 + K1 * (1 - B) / max_tf + K1 * B * min_ratio / self.avgdl)
            * _SLACK
            for term, _, max_tf, min_ratio in rows
        }

    def _next_terms(self, order: list[str], limit: int | None) -> list[str]:
        """The unread terms, rarest first, whose postings fit in `limit` (at least one)."""
        unread = [term for term in order if term not in self.scores]
        if limit is None:
            return unread
        taken, read = [], sum(self.df[term] for term in self.scores)
        for term in unread:
            if taken and read + self.df[term] > limit:
                break
            taken.append(term)
            read += self.df[term]
        return taken

    def _read(self, terms: list[str], where: sql.Composable, params: dict[str, object]) -> None:
        """Score the postings of `terms` that pass `where` (and, with params["turns"], of
        those turns only)."""
        if not terms:
            return
        # Candidates as a joined list, not `turn_id = ANY(...)`: that made PostgreSQL
        # search the index once per (term, turn), 32 ms for 3,562 turns against 4.5 ms
        # for reading the term's postings from the index and joining.
        only = (
            sql.SQL(" JOIN unnest(%(turns)s::text[]) AS u(turn_id) USING (turn_id)")
            if "turns" in params
            else sql.SQL("")
        )
        rows = self.connection.execute(
            sql.SQL(
                "SELECT p.term, p.turn_id, p.tf, p.length FROM {} p{}"
                " WHERE p.term = ANY(%(terms)s) AND {}"
            ).format(self._t("postings"), only, where),
            {**params, "terms": terms},
        ).fetchall()
        empty = (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32))
        if not rows:
            self.scores.update({term: empty for term in terms})
            return
        names = np.array([row[0] for row in rows])
        ids = self.ids
        where_turn = np.fromiter(
            (ids.setdefault(row[1], len(ids)) for row in rows), dtype=np.int64, count=len(rows)
        )
        tf = np.array([row[2] for row in rows], dtype=np.float64)
        length = np.array([row[3] for row in rows], dtype=np.float64)
        idf = np.array([self.idf[term] for term in names])
        # float32, as bm25s keeps its scores.
        score = (idf * tf / (tf + K1 * (1 - B + B * length / self.avgdl))).astype(np.float32)
        self.postings_read += len(rows)
        for term in terms:
            mine = names == term
            self.scores[term] = (where_turn[mine], score[mine]) if mine.any() else empty

    def _combined(
        self,
        question: str,
        alternatives: Sequence[Sequence[str]],
        candidates: np.ndarray,
        unread: dict[str, float],
    ) -> np.ndarray:
        """Each candidate's (positions') score from the postings read so far; a term not
        read counts as `unread[term]` (its bound, for an upper bound) or 0."""

        def term_scores(wanted: Iterable[str]) -> np.ndarray:
            best = np.zeros(len(candidates), dtype=np.float64)
            for term in wanted:
                if term in self.scores:
                    column = np.zeros(len(self.ids), dtype=np.float64)
                    where_turn, score = self.scores[term]
                    column[where_turn] = score
                    np.maximum(best, column[candidates], out=best)
                elif term in unread:
                    np.maximum(best, unread[term], out=best)
            return best

        return query_scores(question, alternatives, len(candidates), term_scores, self.vocabulary)

    def _outside(
        self, question: str, alternatives: Sequence[Sequence[str]], rest: list[str]
    ) -> float:
        """The most a turn with none of the terms read so far can score."""
        bounds = {term: self.bound[term] for term in rest}

        def term_scores(wanted: Iterable[str]) -> np.ndarray:
            return np.array([max((bounds.get(term, 0.0) for term in wanted), default=0.0)])

        return float(query_scores(question, alternatives, 1, term_scores, self.vocabulary)[0])

    def _ranked(
        self, candidates: np.ndarray, scores: np.ndarray, depth: int
    ) -> list[tuple[str, float]]:
        """The `depth` best of `candidates` (positions), ties in reading order (read for
        those that can be among them only)."""
        floor = _kth(scores, depth)
        names = list(self.ids)
        kept = [
            (names[c], s) for c, s in zip(candidates, scores, strict=True) if s > 0 and s >= floor
        ]
        if not kept:
            return []
        order = dict(
            (turn, (a, t))
            for turn, a, t in self.connection.execute(
                sql.SQL(
                    "SELECT t.id, a.ordinal, t.ordinal FROM {} t JOIN {} a ON a.id = t.article_id"
                    " WHERE t.id = ANY(%s)"
                ).format(self._t("turns"), self._t("articles")),
                ([turn for turn, _ in kept],),
            ).fetchall()
        )
        kept.sort(key=lambda pair: (-pair[1], order.get(pair[0], (0, 0))))
        return [(turn, float(score)) for turn, score in kept[:depth]]

    def _t(self, name: str) -> sql.Identifier:
        return table(self.schema, name)


def _kth(scores: np.ndarray, k: int) -> float:
    """The k-th largest of `scores` (0 when there are fewer than k)."""
    if len(scores) < k:
        return 0.0
    return float(np.partition(scores, len(scores) - k)[len(scores) - k])
