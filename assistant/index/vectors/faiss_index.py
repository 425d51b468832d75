"""FAISS: exact inner product up to `approximate_above` rows, HNSW above.

Above the threshold the vectors are stored as 8-bit scalar-quantised codes (FAISS's SQ8,
one byte per dimension instead of four) in an HNSW graph: a million 512-dimension rows take
0.78 GB resident instead of about 2.3 GB, and at a million rows of vectors drawn to match
real embeddings a query takes p95 38 ms on one core, at a recall@10 against exact search
estimated at 0.97 (`eval/bench_retrieval.py --scale 1000000`, docs/scaling.md). New rows
are added to the graph (`add`), never rebuilt into it.

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

from pathlib import Path

import faiss
import numpy as np

INDEX_FILE = "faiss.index"
# Chosen by measurement on vectors drawn from a Gaussian fitted to the real embeddings of
# the repository's interview sentences (isotropic random vectors, which the old comment
# relied on, say nothing about real embeddings); docs/scaling.md has the tables.
HNSW_NEIGHBOURS = 32
HNSW_EF_CONSTRUCTION = 100
# 8 bits per dimension, range per dimension learnt from the rows of the first build.
QUANTISER = faiss.ScalarQuantizer.QT_8bit
# A filter that keeps this few rows is searched exactly, by scanning the codes the bitmap
# keeps: the graph walk finds too few of them (recall@10 0.82-0.90 for a filter keeping
# 1 % of a million rows at efSearch 2048), and the scan costs 2 ms for 30 rows and 8.5 ms
# for 20,000 rows of a million (docs/scaling.md).
EXACT_BELOW = 20_000


def search_breadth(rows: int) -> int:
    """HNSW's efSearch for a graph of `rows` rows, per query (so it follows the graph as it
    grows). Measured on one core: 512 gives recall@10 0.976 at 100,000 rows (p95 2.9 ms);
    at a million, 2048 gives 0.944 (USE) / 0.948 (e5), p95 17 / 13 ms, and 4096 finds
    0.986 of the true neighbours among the stored codes (0.958 at 2048), p95 38 ms (USE).

    Example:
        >>> search_breadth(50_001), search_breadth(1_000_000)
        (512, 4096)
    """
    return 512 if rows <= 200_000 else 4096


class FaissVectors:
    """One FAISS index over all chunk rows."""

    def __init__(self, index: faiss.Index, *, mapped: bool = False) -> None:
        self.index = index
        self.kind = "hnsw" if isinstance(index, faiss.IndexHNSW) else "flat"
        # Whether the rows are the file's pages (`load`), which FAISS cannot grow.
        self.mapped = mapped

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
    def load(cls, path: Path) -> FaissVectors:
        """The index saved in `path`, memory-mapped: opening a million rows takes a tenth
        of a second instead of seconds of copying, and the pages are read as searches
        touch them. The file must not change while it is open (index files never do: a
        new state is written under a new name).

        Example:
            >>> FaissVectors.load(Path("index/vectors-e5-0123456789abcdef.faiss")).mapped
            True
        """
        return cls(faiss.read_index(str(path), faiss.IO_FLAG_MMAP_IFC), mapped=True)

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
        if not len(vectors):
            return
        if self.mapped:
            # FAISS aborts the process when asked to grow mapped rows: copy them first.
            self.index = faiss.deserialize_index(faiss.serialize_index(self.index))
            self.mapped = False
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
        selector, kept = None, self.index.ntotal
        if rows is not None:
            if not rows.any():
                return []
            # The packed mask must outlive the search: FAISS keeps only a pointer to it.
            bitmap = np.packbits(rows, bitorder="little")
            selector = faiss.IDSelectorBitmap(len(bitmap), faiss.swig_ptr(bitmap))
            kept = int(rows.sum())
        index, params = self._plan(selector, kept, k)
        scores, found = index.search(query, min(k, self.index.ntotal), params=params)
        return [
            (int(row), float(score))
            for score, row in zip(scores[0], found[0], strict=True)
            if row >= 0
        ]

    def _plan(
        self, selector: faiss.IDSelector | None, kept: int, k: int
    ) -> tuple[faiss.Index, faiss.SearchParameters | None]:
        """Where and how to search the `kept` rows `selector` keeps (None: all): the graph,
        at the breadth its size needs, or its stored codes scanned exactly when few rows
        are kept."""
        if self.kind == "hnsw" and (selector is None or kept > EXACT_BELOW):
            breadth = max(search_breadth(self.index.ntotal), k)
            return self.index, faiss.SearchParametersHNSW(sel=selector, efSearch=breadth)
        if selector is None:
            return self.index, None
        index = faiss.downcast_index(self.index.storage) if self.kind == "hnsw" else self.index
        return index, faiss.SearchParameters(sel=selector)
