"""Answerers: an analysed question and the passages retrieval found, in; an `Answer` made
of cited passages (or an abstention), out.

Every answerer satisfies the small `Answerer` protocol. `make_answerer` builds one from a
spec ("ollama:MODEL", "openai:MODEL"; None for the default extractive answerer), once per
`Assistant`. A new answerer is one new module in this folder plus one line in `ANSWERERS`.

Example:
    >>> answerer = make_answerer(None, settings, encoder)
    >>> answerer.run(query, hits).backend
    'extractive'
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from assistant.index.encoders import Encoder
from assistant.models import Answer, Hit
from assistant.search.query import Query
from assistant.settings import Settings


class Answerer(Protocol):
    def run(self, query: Query, hits: Sequence[Hit]) -> Answer:
        """A cited answer from `hits` only, or an abstention that says so."""
        ...


def _llm(spec: str, settings: Settings, encoder: Encoder) -> Answerer:
    from assistant.answer.extractive import ExtractiveAnswerer
    from assistant.answer.llm import LLMAnswerer

    return LLMAnswerer.from_spec(spec, settings, fallback=ExtractiveAnswerer(encoder))


# Answerers by the part of the spec before the colon.
ANSWERERS: dict[str, Callable[[str, Settings, Encoder], Answerer]] = {
    "ollama": _llm,
    "openai": _llm,
}


def make_answerer(spec: str | None, settings: Settings, encoder: Encoder) -> Answerer:
    """The answerer `spec` names; the extractive one when it names none. ConfigError (from
    the answerer) for a spec it cannot use."""
    from assistant.answer.extractive import ExtractiveAnswerer

    if not spec:
        return ExtractiveAnswerer(encoder)
    backend = spec.split(":", 1)[0].strip().lower()
    return ANSWERERS.get(backend, _llm)(spec, settings, encoder)
