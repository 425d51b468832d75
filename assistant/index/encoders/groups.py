"""Embedding many passages in groups, with a live progress bar: what indexing does for its
chunks and the sentence store for its sentences.

Example:
    >>> for positions, vectors in in_groups(encoder, texts, label="Embedding (e5)", unit="chunk"):
    ...     matrix[positions] = vectors
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence

import numpy as np
from tqdm import tqdm

from assistant.index.encoders import Encoder

# Texts per encode call: large enough that batching costs nothing measurable against one
# big call (eval/bench_retrieval.py), small enough for a live progress bar.
GROUP = 256


def in_groups(
    encoder: Encoder, texts: Sequence[str], *, label: str, unit: str, progress: bool = False
) -> Iterator[tuple[list[int], np.ndarray]]:
    """The passage vectors of `texts`, one group at a time, as (positions in `texts`, their
    vectors). Longest first, as sentence-transformers does within one call: groups of
    similar length waste the least padding."""
    order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
    with tqdm(
        total=len(texts),
        desc=label,
        unit=unit,
        file=sys.stderr,
        disable=not progress or not texts,
    ) as bar:
        for start in range(0, len(order), GROUP):
            positions = order[start : start + GROUP]
            yield positions, encoder.encode_passages([texts[i] for i in positions])
            bar.update(len(positions))
