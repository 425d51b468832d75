"""What retrieval and the Assistant need from an index, whatever holds it: the embedded
folder (`assistant.index.search_index.SearchIndex`: FAISS, bm25s and files) or a PostgreSQL
schema (`assistant.index.postgres.store.PostgresIndex`). Fusion, answers and the UI see
only this protocol, so both backends share one code path above it.

Example:
    >>> index: IndexReader = SearchIndex.load(Path("index"))
    >>> index.encoder_keys
    ('use', 'e5')
    >>> index.dense("e5", vector, 10, SearchFilter(speaker="Bienert"))[0]
    ('bienert-ki-unabhaengigkeit-chemanager#t09', 0.87)
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from typing import Protocol

import numpy as np

from assistant.index.manifest import Manifest
from assistant.models import Article, SearchFilter, Turn


class IndexReader(Protocol):
    """A searchable index: rankings of turn ids, and the turns and articles behind them."""

    # What the index was built from and with (its commit record).
    manifest: Manifest

    @property
    def encoder_keys(self) -> tuple[str, ...]:
        """The dense legs, one per encoder."""
        ...

    def dense(
        self, key: str, vector: np.ndarray, depth: int, search_filter: SearchFilter | None
    ) -> list[tuple[str, float]]:
        """Turns by their best chunk's inner product with `vector` in encoder `key`'s leg,
        best first; InputError when the filter names nothing in the corpus."""
        ...

    def lexical_search(
        self,
        question: str,
        depth: int,
        search_filter: SearchFilter | None,
        alternatives: Sequence[Sequence[str]] = (),
    ) -> list[tuple[str, float]]:
        """Turns by BM25 score (positive only), best first, ties in reading order."""
        ...

    def held_terms(self, terms: Collection[str]) -> set[str]:
        """Those of `terms` (stems, as the lexical index keeps them) that some passage
        holds: a question's translations are the senses the corpus speaks of."""
        ...

    def turns(self, ids: Iterable[str]) -> dict[str, tuple[Article, Turn]]:
        """The article and turn of each id that is in the index."""
        ...

    def articles(self) -> list[Article]:
        """Every article, in corpus order (all read: for updates and the UI's lists)."""
        ...

    def interviewer_labels(self) -> list[str]:
        """The names and aliases of every interviewer, without reading every article."""
        ...

    def interviewee_names(self) -> list[str]:
        """The full name of every interviewee, without reading every article."""
        ...
