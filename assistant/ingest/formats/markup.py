"""Markdown for the readers that rebuild text from a layout (PDF, Word): bold runs stay bold
and headings stay headings, because that is where speaker labels and questions often show
("**SPIEGEL:** Herr ...", a bold question, "## Zur Person"), and the parser reads Markdown
structure as evidence. Everything else is escaped so that it is read as words.

Example:
    >>> markdown_paragraph([Run("Jörg Bienert:", bold=True), Run(" Sehr *abhängig*.")])
    '**Jörg Bienert:** Sehr \\\\*abhängig\\\\*.'
    >>> markdown_paragraph([Run("Geld allein reicht nicht")], heading=2)
    '## Geld allein reicht nicht'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# Characters Markdown would read as emphasis or escapes inside a line; the parser undoes
# these backslashes when it strips Markdown.
_INLINE = re.compile(r"([\\*_`])")
# What would make a paragraph a heading or a quotation where it starts ("#MeToo", "> 5 %").
_BLOCK_START = re.compile(r"^([#>])")


@dataclass(frozen=True)
class Run:
    """A stretch of text in one style."""

    text: str
    bold: bool = False


def markdown_paragraph(runs: Sequence[Run], *, heading: int = 0) -> str:
    """One paragraph as one line of Markdown: runs merged by style, bold runs as `**…**`
    (white space kept outside the markers, where Markdown needs it), or a `#` heading."""
    if heading:
        text = _escaped(" ".join("".join(run.text for run in runs).split()))
        return f"{'#' * min(heading, 6)} {text}" if text else ""
    parts: list[str] = []
    for bold, text in _merged(runs):
        if not bold or not text.strip():
            parts.append(_escaped(text))
            continue
        lead, core, trail = _split_space(text)
        parts.append(f"{lead}**{_escaped(core)}**{trail}")
    line = " ".join("".join(parts).split())
    return _BLOCK_START.sub(r"\\\1", line)


def _merged(runs: Sequence[Run]) -> list[tuple[bool, str]]:
    """Adjacent runs of the same style as one (Word splits runs at every edit)."""
    merged: list[tuple[bool, str]] = []
    for run in runs:
        # White space between two bold runs must not end the bold: "**a** **b**" is two
        # emphasised stretches where the document has one.
        bold = run.bold or (not run.text.strip() and bool(merged) and merged[-1][0])
        if merged and merged[-1][0] == bold:
            merged[-1] = (bold, merged[-1][1] + run.text)
        else:
            merged.append((bold, run.text))
    return merged


def _split_space(text: str) -> tuple[str, str, str]:
    core = text.strip()
    start = text.index(core)
    return text[:start], core, text[start + len(core) :]


def _escaped(text: str) -> str:
    return _INLINE.sub(r"\\\1", text)
