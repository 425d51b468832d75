"""FAISS: exact inner product up to `approximate_above` rows, HNSW above.

Above the threshold the vectors are stored as 8-bit scalar-quantised codes (FAISS's SQ8,
one byte per dimension instead of four) in an HNSW graph: a million 512-dimension rows take
about 0.8 GB instead of 2.3 GB, and recall@10 against exact search stays above 0.95 on
vectors drawn to match real embeddings (`eval/bench_retrieval.py --scale`, docs/scaling.md).
New rows are added to the graph (`add`), never rebuilt into it.

Nothing is unpickled: FAISS reads its own binary format. A filter arrives as a boolean
row mask and becomes a FAISS bitmap selector, so it costs one bit per row.

Example:
    >>> vectors = FaissVectors.build(matrix, approximate_above=50_000)
    >>> [row for row, _ in vectors.search(matrix[2], k=1)]
    [2]
    >>> vectors.add(more); len(vectors) == len(matrix) + len(more)
    True
"""

from __future__ import annotations

import faiss
import numpy as np

INDEX_FILE = "faiss.index"
# Chosen by measurement on vectors drawn from a Gaussian fitted to the corpus sentences'
# real embeddings (USE, 512 dimensions, the harder of the two legs): isotropic random
# vectors, which the old comment relied on, say nothing about real embeddings. See
# docs/scaling.md for the table; efSearch is the recall/latency knob and is applied again
# on load, so a changed value reaches indexes built before it.
HNSW_NEIGHBOURS = 32
HNSW_EF_CONSTRUCTION = 100
HNSW_EF_SEARCH = 512
# 8 bits per dimension, range per dimension learnt from the rows of the first build.
QUANTISER = faiss.ScalarQuantizer.QT_8bit
# A filter that keeps this few rows is searched exactly, by scanning the codes the bitmap
# keeps: the graph walk meets too few of them to fill k (an article's 30 chunks among a
# million), and the scan costs 2-4 ms at a million rows (docs/scaling.md).
EXACT_BELOW = 5_000


class FaissVectors:
    """One FAISS index over all chunk rows."""

    def __init__(self, index: faiss.Index) -> None:
        self.index = index
        self.kind = "hnsw" if isinstance(index, faiss.IndexHNSW) else "flat"
        if self.kind == "hnsw":
            index.hnsw.efSearch = HNSW_EF_SEARCH

    @classmethod
    def build(cls, vectors: np.ndarray, *, approximate_above: int) -> FaissVectors:
        """Exact (flat) up to `approximate_above` rows, HNSW over SQ8 codes above.

        Example:
            >>> FaissVectors.build(np.eye(4, dtype=np.float32), approximate_above=2).kind
            'hnsw'
        """
        dimension = vectors.shape[1]
        rows = np.ascontiguousarray(vectors, dtype=np.float32)
        if len(rows) > approximate_above:
            index = faiss.IndexHNSWSQ(
                dimension, QUANTISER, HNSW_NEIGHBOURS, faiss.METRIC_INNER_PRODUCT
            )
            index.hnsw.efConstruction = HNSW_EF_CONSTRUCTION
            index.train(rows)
        else:
            index = faiss.IndexFlatIP(dimension)
        if len(rows):
            index.add(rows)
        return cls(index)

    @classmethod
    def from_bytes(cls, data: bytes) -> FaissVectors:
        return cls(faiss.deserialize_index(np.frombuffer(data, dtype=np.uint8)))

    def to_bytes(self) -> bytes:
        return faiss.serialize_index(self.index).tobytes()

    def __len__(self) -> int:
        return int(self.index.ntotal)

    def add(self, vectors: np.ndarray) -> None:
        """Append rows after the last one; into the HNSW graph, with the quantiser's ranges
        as trained (a value outside them is clipped, which rows of the same model barely
        meet once tens of thousands have set the ranges).

        Example:
            >>> vectors = FaissVectors.build(matrix[:3], approximate_above=100)
            >>> vectors.add(matrix[3:5]); len(vectors)
            5
        """
        if len(vectors):
            self.index.add(np.ascontiguousarray(vectors, dtype=np.float32))

    def vectors(self) -> np.ndarray:
        """All rows: exact for a flat index, the 8-bit codes decoded for HNSW (within half
        a quantisation step per dimension of what was added)."""
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
            index, params = self._filtered(selector, int(rows.sum()), k)
        else:
            index = self.index
        scores, found = index.search(query, min(k, self.index.ntotal), params=params)
        return [
            (int(row), float(score))
            for score, row in zip(scores[0], found[0], strict=True)
            if row >= 0
        ]

    def _filtered(
        self, selector: faiss.IDSelector, kept: int, k: int
    ) -> tuple[faiss.Index, faiss.SearchParameters]:
        """Where and how to search the `kept` rows `selector` keeps: the graph, or its
        stored codes scanned exactly when few rows are kept."""
        if self.kind == "hnsw" and kept > EXACT_BELOW:
            return self.index, faiss.SearchParametersHNSW(
                sel=selector, efSearch=max(HNSW_EF_SEARCH, k)
            )
        index = faiss.downcast_index(self.index.storage) if self.kind == "hnsw" else self.index
        return index, faiss.SearchParameters(sel=selector)
