"""Sentence boundaries with character offsets, so that a sentence is always an exact
slice of the text it came from (quotes stay verbatim by construction).

syntok knows German and English abbreviations ("u.a.", "z. B.", "Dr.", "e.g."). German
ordinals ("am 2. Kongresstag", "1. und 2. Juli") look like sentence ends to any
rule-based splitter, because German nouns are capitalised; a sentence that ends in a
one- or two-digit ordinal is therefore joined with the next.

Example:
    >>> [s.text for s in split_sentences("Am 2. Juli sagt er: Nein. Dr. Meier widerspricht.")]
    ['Am 2. Juli sagt er: Nein.', 'Dr. Meier widerspricht.']
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import syntok.segmenter as segmenter

_ORDINAL_END = re.compile(r"(?:^|\s)\d{1,2}\.$")


@dataclass(frozen=True)
class Sentence:
    """`text == source[start:end]`, trimmed of surrounding white space."""

    text: str
    start: int
    end: int


def _raw_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for paragraph in segmenter.analyze(text):
        for sentence in paragraph:
            tokens = list(sentence)
            if tokens:
                spans.append((tokens[0].offset, tokens[-1].offset + len(tokens[-1].value)))
    return spans


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text` in order; a line break always ends a sentence."""
    return list(_sentences(text))


# Texts whose sentences are kept: every question splits the turns of the articles it
# retrieves (for word rarity), and those recur; splitting them again was a third of `ask`.
_KEPT_TEXTS = 20_000


@lru_cache(maxsize=_KEPT_TEXTS)
def _sentences(text: str) -> tuple[Sentence, ...]:
    sentences: list[Sentence] = []
    offset = 0
    for line in text.split("\n"):
        merged: list[tuple[int, int]] = []
        for start, end in _raw_spans(line):
            if merged and _ORDINAL_END.search(line[merged[-1][0] : merged[-1][1]]):
                merged[-1] = (merged[-1][0], end)
            else:
                merged.append((start, end))
        sentences.extend(Sentence(line[s:e], offset + s, offset + e) for s, e in merged)
        offset += len(line) + 1
    return tuple(sentences)
