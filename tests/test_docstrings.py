"""The examples in the docstrings run as written, where they need nothing but the module:
the parser's stages and the plain helpers. (Elsewhere they show calls on a loaded model or
index, `hits` or `query`, and are read, not run.) A rule changed without its example
leaves the example telling something false, as three had been found doing."""

from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = [
    *(f"assistant.ingest.{name}" for name in ("blocks", "cast", "corpus", "front_matter")),
    *(f"assistant.ingest.{name}" for name in ("furniture", "labels", "masthead", "names")),
    *(f"assistant.ingest.{name}" for name in ("paragraphs", "parsing", "speakers", "titles")),
    *(f"assistant.ingest.{name}" for name in ("turns", "version", "wording")),
    *(f"assistant.ingest.formats.{name}" for name in ("base", "docx", "html", "markdown")),
    *(f"assistant.ingest.formats.{name}" for name in ("markup", "pdf", "text")),
    "assistant.models",
    "assistant.settings",
    *(f"assistant.search.{name}" for name in ("conversation", "credits", "fusion")),
    *(f"assistant.text.{name}" for name in ("bm25s_numpy", "language", "sentences", "shorten")),
]


@pytest.mark.parametrize("name", MODULES)
def test_a_modules_docstring_examples_give_what_they_show(name: str) -> None:
    """Each failing example is printed (captured) with what it gave instead."""
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples in {name}"
