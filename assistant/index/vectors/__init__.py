"""Vector indexes: rows of normalised vectors searched by inner product.

A vector index knows rows only (row i is chunk row i of the catalog); what a row stands
for, and which rows a filter keeps, is the catalog's business. A new backend is one new
module in this folder plus one line in `VECTOR_INDEXES`.

Example:
    >>> vectors = VECTOR_INDEXES["faiss"].build(matrix, approximate_above=50_000)
    >>> vectors.search(matrix[0], k=3, rows=None)[0][0]
    0
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

import numpy as np

from assistant.index.vectors.faiss_index import FaissVectors


class VectorIndex(Protocol):
    """Nearest rows by inner product, and its own serialised form."""

    # "flat" (exact) or "hnsw"; recorded in the manifest, and an append keeps it.
    kind: str

    def __len__(self) -> int: ...

    def search(
        self, vector: np.ndarray, k: int, *, rows: np.ndarray | None = None
    ) -> list[tuple[int, float]]:
        """The `k` nearest rows as (row, score), best first; `rows` is a boolean mask of
        the rows that may be returned (None: all)."""
        ...

    def vectors(self) -> np.ndarray:
        """All rows, in order (for reuse when only some articles change)."""
        ...

    def add(self, vectors: np.ndarray) -> None:
        """Append rows after the last one, in place (an update that only adds chunks)."""
        ...

    def to_bytes(self) -> bytes: ...


class VectorIndexType(Protocol):
    def build(self, vectors: np.ndarray, *, approximate_above: int) -> VectorIndex: ...

    def load(self, path: Path) -> VectorIndex:
        """The index saved in `path` (`to_bytes` written to a file)."""
        ...


VECTOR_INDEXES: dict[str, VectorIndexType] = {"faiss": FaissVectors}
