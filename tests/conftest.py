"""Shared fixtures. The expensive ones (the real embedding model, a built index over the
shipped corpus) are session-scoped so the whole suite loads each once; the corpora they
index are shared by the test workers, and the encoders remember what they embedded."""

from __future__ import annotations

import os
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from filelock import FileLock

from assistant.settings import Settings

if TYPE_CHECKING:
    import numpy as np

    from assistant.index.encoders import Encoder

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "articles" / "bienert-ki-unabhaengigkeit-chemanager.txt"
SEED_ID = "bienert-ki-unabhaengigkeit-chemanager"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


def shared_copy(tmp_path_factory: pytest.TempPathFactory, source: Path, name: str) -> Path:
    """A copy of `source` made once for the whole run in the temporary folder that every
    test worker (pytest-xdist) shares, so that the corpora the session fixtures index are
    embedded once, not once per worker: the second worker to open one waits for the index
    the first is building (the index's own writer lock) and then finds it current.

    Example:
        >>> folder = shared_copy(tmp_path_factory, ROOT / "data", "corpus")  # doctest: +SKIP
        >>> (folder / "data" / "articles").is_dir()  # doctest: +SKIP
        True
    """
    root = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        root = root.parent  # pytest-xdist gives each worker a folder in one shared root
    target = root / f"shared-{name}"
    with FileLock(f"{target}.lock"):
        if not target.exists():
            shutil.copytree(source, target / "data")
    return target


@pytest.fixture(scope="session")
def corpus_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings over a copy of the shipped corpus, with an index folder of its own (shared
    by the test workers: no test writes to it)."""
    base = shared_copy(tmp_path_factory, ROOT / "data", "corpus")
    return Settings(data_dir=base / "data", index_dir=base / "index")


@pytest.fixture(scope="session")
def embedder():
    """The real default model, loaded once for the whole session."""
    from assistant.index.encoders.sentence_transformer import Embedder

    return Embedder.load(Settings())


class RememberingEncoder:
    """One of the real encoders, remembering the passages it has embedded: the suite builds
    many indexes of the same few articles (each test's own copy, each damaged index rebuilt),
    and embedding them once is enough. Everything else is the encoder's own; the indexer
    still counts every passage it hands over, so "N chunks embedded" reads as before.

    Example:
        >>> e5 = RememberingEncoder(E5Encoder.load())  # doctest: +SKIP
        >>> e5.encode_passages(["Eine Art Moonshot-Programm."]).shape  # doctest: +SKIP
        (1, 384)
    """

    def __init__(self, encoder: Encoder) -> None:
        from assistant.index.encoders.cache import CachedPassages

        self.encoder = encoder
        self._passages = CachedPassages(encoder, size=500_000)

    def encode_passages(self, texts: Sequence[str]) -> np.ndarray:
        return self._passages.encode_passages(texts)

    def __getattr__(self, name: str) -> object:
        return getattr(self.encoder, name)


def real_encoder(encoder: Encoder) -> Encoder:
    """The encoder behind a `RememberingEncoder`, for the tests of what an encoder computes
    (a remembered vector would only be compared with itself)."""
    return encoder.encoder if isinstance(encoder, RememberingEncoder) else encoder


@pytest.fixture(scope="session")
def encoders():
    """The default encoders (the dense legs of a default index), loaded once."""
    from assistant.index.encoders import load_encoders

    return [RememberingEncoder(encoder) for encoder in load_encoders(Settings())]


@pytest.fixture(scope="session")
def translator(corpus_settings: Settings):
    """The Ding dictionary, parsed once per session into the cache the Assistant uses;
    None where the dictionary is not installed (search then works without it)."""
    from assistant.errors import ConfigError
    from assistant.search.translation import QueryTranslator

    try:
        return QueryTranslator.load(corpus_settings.dictionary, cache_dir=corpus_settings.cache_dir)
    except ConfigError:
        return None


@pytest.fixture(scope="session")
def assistant(corpus_settings: Settings, encoders, translator):
    """An Assistant over the shipped corpus with the default encoders, index built once for
    the session."""
    from assistant.api import Assistant

    return Assistant.open(corpus_settings, encoders=encoders, translator=translator, busy="wait")


@pytest.fixture(scope="session")
def heldout_assistant(tmp_path_factory: pytest.TempPathFactory, encoders, translator):
    """An Assistant over a private copy of the held-out gold set's corpus (eval/heldout),
    index built once for the session: with the seed, the sets search was tuned on."""
    from assistant.api import Assistant

    base = shared_copy(tmp_path_factory, ROOT / "eval" / "heldout" / "articles", "heldout")
    settings = Settings(data_dir=base / "data", index_dir=base / "index")
    return Assistant.open(settings, encoders=encoders, translator=translator, busy="wait")


@pytest.fixture(scope="session")
def database_url():
    """A PostgreSQL server with pgvector for the whole session, started once
    (`assistant.index.postgres.server.scratch_server`)."""
    from assistant.index.postgres.server import scratch_server

    with scratch_server() as url:
        yield url
