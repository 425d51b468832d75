"""Encoders: text to L2-normalised vectors, so that inner product is cosine similarity.

Every encoder satisfies the small `Encoder` protocol; `load_encoder` picks one by the
settings. A new encoder is one new module in this folder plus one line in `_LOADERS`.

Example:
    >>> from assistant.settings import Settings
    >>> encoder = load_encoder(Settings())
    >>> encoder.encode_queries(["why does Bienert call for a moonshot programme?"]).shape
    (1, 384)
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

import numpy as np

from assistant.settings import Settings


class Encoder(Protocol):
    """What indexing, chunking and search need of an embedding model."""

    # Recorded in the index manifest: vectors of another model cannot be mixed in.
    name: str
    dimension: int
    # Longest passage, in the model's word pieces, that it reads without truncation.
    max_tokens: int
    query_prefix: str
    passage_prefix: str

    def encode_queries(self, questions: Sequence[str]) -> np.ndarray:
        """One normalised float32 row per question."""
        ...

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray:
        """One normalised float32 row per passage."""
        ...

    def count_tokens_many(self, texts: Sequence[str]) -> list[int]:
        """Word pieces the model sees for each passage, prefix and special tokens included."""
        ...


def _sentence_transformer(settings: Settings) -> Encoder:
    from assistant.index.encoders.sentence_transformer import Embedder

    return Embedder.load(settings)


# Every encoder the settings can name; today one library serves every model.
_LOADERS: dict[str, Callable[[Settings], Encoder]] = {
    "sentence-transformers": _sentence_transformer,
}


def load_encoder(settings: Settings) -> Encoder:
    """The encoder `settings` names, loaded once by the caller and passed down."""
    return _LOADERS["sentence-transformers"](settings)
