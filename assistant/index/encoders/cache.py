"""Passage vectors remembered by their text, for callers that embed the same passages again
and again (the answerer embeds every sentence of the passages a question retrieves, and
questions about one corpus keep retrieving the same passages).

Keyed by the exact text, bounded (least recently used first out), safe to share between the
threads that answer questions at once. A `store` (the index's sentence vectors,
`assistant.index.sentences`) is read before anything is embedded.

Example:
    >>> cached = CachedPassages(encoder, size=10_000)
    >>> first = cached.encode_passages(["Eine Art Moonshot-Programm."])   # computed
    >>> again = cached.encode_passages(["Eine Art Moonshot-Programm."])   # remembered
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import Protocol

import numpy as np

from assistant.index.encoders import Encoder


class StoredVectors(Protocol):
    def lookup(self, texts: Sequence[str]) -> dict[str, np.ndarray]:
        """The stored vector of each of `texts` that has one."""
        ...


class CachedPassages:
    """`encoder.encode_passages`, remembering the last `size` passages' vectors, and reading
    those `store` holds instead of embedding them."""

    def __init__(self, encoder: Encoder, *, size: int, store: StoredVectors | None = None) -> None:
        self.encoder = encoder
        self.size = size
        self.store = store
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray:
        with self._lock:
            known = {text: self._vectors.get(text) for text in texts}
            for text, vector in known.items():
                if vector is not None:
                    self._vectors.move_to_end(text)
        missing = list(dict.fromkeys(text for text, vector in known.items() if vector is None))
        if missing and self.store is not None:
            stored = self.store.lookup(missing)
            known.update(stored)
            missing = [text for text in missing if text not in stored]
        if missing:
            fresh = self.encoder.encode_passages(missing)
            with self._lock:
                for text, vector in zip(missing, fresh, strict=True):
                    known[text] = self._vectors[text] = vector
                while len(self._vectors) > self.size:
                    self._vectors.popitem(last=False)
        if not texts:
            return np.zeros((0, self.encoder.dimension), dtype=np.float32)
        return np.stack([known[text] for text in texts])
