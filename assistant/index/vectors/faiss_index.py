"""FAISS: exact inner product up to `approximate_above` rows, HNSW above.

Nothing is unpickled: FAISS reads its own binary format. A filter arrives as a boolean
row mask and becomes a FAISS bitmap selector, so it costs one bit per row.

Example:
    >>> vectors = FaissVectors.build(matrix, approximate_above=50_000)
    >>> [row for row, _ in vectors.search(matrix[2], k=1)]
    [2]
"""

from __future__ import annotations

import faiss
import numpy as np

INDEX_FILE = "faiss.index"
# HNSW graph degree and search breadth: recall@10 above 0.95 on 100k random vectors (see
# eval/bench_retrieval.py) at a fraction of the exact search time.
HNSW_NEIGHBOURS = 32
HNSW_EF_SEARCH = 128


class FaissVectors:
    """One FAISS index over all chunk rows."""

    def __init__(self, index: faiss.Index) -> None:
        self.index = index
        self.kind = "hnsw" if isinstance(index, faiss.IndexHNSW) else "flat"

    @classmethod
    def build(cls, vectors: np.ndarray, *, approximate_above: int) -> FaissVectors:
        dimension = vectors.shape[1]
        if len(vectors) > approximate_above:
            index = faiss.IndexHNSWFlat(dimension, HNSW_NEIGHBOURS, faiss.METRIC_INNER_PRODUCT)
            index.hnsw.efSearch = HNSW_EF_SEARCH
        else:
            index = faiss.IndexFlatIP(dimension)
        if len(vectors):
            index.add(np.ascontiguousarray(vectors, dtype=np.float32))
        return cls(index)

    @classmethod
    def from_bytes(cls, data: bytes) -> FaissVectors:
        return cls(faiss.deserialize_index(np.frombuffer(data, dtype=np.uint8)))

    def to_bytes(self) -> bytes:
        return faiss.serialize_index(self.index).tobytes()

    def __len__(self) -> int:
        return int(self.index.ntotal)

    def vectors(self) -> np.ndarray:
        """All rows (both index types keep the raw vectors)."""
        if self.index.ntotal == 0:
            return np.zeros((0, self.index.d), dtype=np.float32)
        return self.index.reconstruct_n(0, self.index.ntotal)

    def search(
        self, vector: np.ndarray, k: int, *, rows: np.ndarray | None = None
    ) -> list[tuple[int, float]]:
        if k <= 0 or self.index.ntotal == 0:
            return []
        query = np.ascontiguousarray(vector.reshape(1, -1), dtype=np.float32)
        params = None
        if rows is not None:
            if not rows.any():
                return []
            # The packed mask must outlive the search: FAISS keeps only a pointer to it.
            bitmap = np.packbits(rows, bitorder="little")
            selector = faiss.IDSelectorBitmap(len(bitmap), faiss.swig_ptr(bitmap))
            params = (
                faiss.SearchParametersHNSW(sel=selector, efSearch=max(HNSW_EF_SEARCH, k))
                if self.kind == "hnsw"
                else faiss.SearchParameters(sel=selector)
            )
        scores, found = self.index.search(query, min(k, self.index.ntotal), params=params)
        return [
            (int(row), float(score))
            for score, row in zip(scores[0], found[0], strict=True)
            if row >= 0
        ]
