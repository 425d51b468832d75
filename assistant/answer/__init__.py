"""Answerers: an analysed question and the passages retrieval found, in; an `Answer` made
of cited passages (or an abstention), out.

Every answerer satisfies the small `Answerer` protocol. `make_answerer` builds one from a
spec ("ollama:MODEL", "openai:MODEL"; None for the default extractive answerer), once per
`Assistant`. A new answerer is one new module in this folder plus one line in `ANSWERERS`.

Example:
    >>> answerer = make_answerer(None, settings, encoder, store=None)
    >>> answerer.run(query, hits).backend
    'extractive'
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from assistant.index.encoders import Encoder
from assistant.index.encoders.cache import StoredVectors
from assistant.models import Answer, Hit
from assistant.search.query import Query
from assistant.settings import Settings

if TYPE_CHECKING:
    from assistant.answer.extractive import ExtractiveAnswerer


class Answerer(Protocol):
    def run(self, query: Query, hits: Sequence[Hit]) -> Answer:
        """A cited answer from `hits` only, or an abstention that says so."""
        ...


def _llm(spec: str, settings: Settings, extractive: ExtractiveAnswerer) -> Answerer:
    from assistant.answer.llm import LLMAnswerer

    return LLMAnswerer.from_spec(spec, settings, fallback=extractive)


# Answerers by the part of the spec before the colon; each is given the spec, the settings
# and the extractive answerer (to fall back on, or to build on).
ANSWERERS: dict[str, Callable[[str, Settings, ExtractiveAnswerer], Answerer]] = {
    "ollama": _llm,
    "openai": _llm,
}


def make_answerer(
    spec: str | None, settings: Settings, encoder: Encoder, *, store: StoredVectors | None
) -> Answerer:
    """The answerer `spec` names; the extractive one when it names none, scoring sentences
    with `encoder` (the index's sentence vectors in `store`, where it has them). ConfigError
    (from the answerer) for a spec it cannot use."""
    from assistant.answer.extractive import ExtractiveAnswerer

    extractive = ExtractiveAnswerer(encoder, store=store)
    if not spec:
        return extractive
    backend = spec.split(":", 1)[0].strip().lower()
    return ANSWERERS.get(backend, _llm)(spec, settings, extractive)
