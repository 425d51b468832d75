"""Lexical indexes: ranked passages for the words of a question.

A lexical index knows positions only (position j is turn j of the catalog); a filter
arrives as a boolean mask over them. A new backend is one new module in this folder plus
one line in `LEXICAL_INDEXES`.

Example:
    >>> lexical = LEXICAL_INDEXES["bm25"].build(["a#t01"], ["Eine Art Moonshot-Programm."])
    >>> lexical.search("Moonshot", k=1)
    [('a#t01', ...)]
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from assistant.index.lexical.bm25 import BM25Index
from assistant.text.language import Language


class LexicalIndex(Protocol):
    """Scores passages for a question's words, widened by groups of alternatives."""

    ids: tuple[str, ...]

    def search(
        self,
        query: str,
        k: int,
        mask: np.ndarray | None = None,
        *,
        alternatives: Sequence[Sequence[str]] = (),
    ) -> list[tuple[str, float]]: ...

    def held(self, terms: Collection[str]) -> set[str]:
        """Those of `terms` (stems, as the index keeps them) that some passage holds."""
        ...

    def save(self, directory: Path) -> None: ...


class LexicalIndexType(Protocol):
    def build(
        self, ids: Sequence[str], texts: Sequence[str], *, languages: Sequence[Language] | None
    ) -> LexicalIndex: ...

    def load(self, directory: Path) -> LexicalIndex: ...


LEXICAL_INDEXES: dict[str, LexicalIndexType] = {"bm25": BM25Index}
