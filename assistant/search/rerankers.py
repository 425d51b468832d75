"""The kinds of reranker a model file may hold, and the reader of the shipped one.

A new kind is a module with a `from_json(data, path)` class method and one line here.

Example:
    >>> load_reranker().fits(["use", "e5", "bm25"])
    True
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from assistant.search.rerank import MODEL_PATH, LinearReranker, Reranker
from assistant.search.tree_rerank import TreeReranker

# A model file without "kind" is a linear one (what every file held before trees).
READERS: dict[str, Callable[[dict, Path], Reranker]] = {
    "linear": LinearReranker.from_json,
    "trees": TreeReranker.from_json,
}


def load_reranker(path: Path = MODEL_PATH) -> Reranker:
    """The model in `path` (ValueError when its kind or features are not the code's).

    Example:
        >>> load_reranker(Path("old-model.json"))
        Traceback (most recent call last):
        ValueError: old-model.json: its features are not the ones the code computes; retrain
    """
    data = json.loads(path.read_text(encoding="utf-8"))
    kind = data.get("kind", "linear")
    if kind not in READERS:
        raise ValueError(f"{path}: a reranker of kind {kind!r} is not one the code knows; retrain")
    return READERS[kind](data, path)
