"""Citation checks, the one implementation of them: `[n]` markers, quoted spans in an
answer, and whether a quote is verbatim in its passage. The LLM answerer checks its reply
with `check_reply`, the evaluation its quotes with `is_verbatim`, the tests every answer
with `check_answer`; the extractive answerer needs no check, as it quotes exact slices.

"Verbatim" means the same characters in the same order; only white space may differ
(a line break in the passage may be a space in the quote). Nothing else is forgiven: no
case folding, no ellipses, no translated quotes, because an analyst will paste the quote
into a report as something a person said.

Example:
    >>> find_quote("eine Art  Moonshot-Programm", "Wir hätten eine Art\\nMoonshot-Programm.")
    (11, 37)
    >>> marker_numbers("Er fordert „eine Strategie“ [2] und mehr [1, 3].")
    [2, 1, 3]
    >>> check = check_reply("„Geld ist da“ [1]. Das ist gut.", {1: "Geld ist da."})
    >>> [problem.kind for problem in check.problems]
    ['uncited sentence']
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

from assistant.models import Answer
from assistant.text.sentences import Sentence, split_sentences

# "[3]" and "[1, 3]" (and "[1][3]" as two markers).
_MARKER = re.compile(r"\[(\d{1,3}(?:\s*,\s*\d{1,3})*)\]")
# Double quotation marks as German, English and French typography and ASCII write them.
# Single quotes are left alone: "Bienert's" is not a quotation.
_QUOTED = re.compile(r"„([^“”\"]+)[“”\"]|“([^”“]+)[”“]|\"([^\"]+)\"|«([^»]+)»|»([^«]+)«")
_WORD = re.compile(r"\w")
_MARKER_THEN_CAPITAL = re.compile(_MARKER.pattern + r"(?=\s+[A-ZÄÖÜ])")

ProblemKind = Literal[
    "unknown citation",
    "quote not in passage",
    "uncited sentence",
    "passage not quoted",
    "no citation",
]


@dataclass(frozen=True)
class Problem:
    """One failed check; `kind` is short enough for a backend label, `detail` is for a person."""

    kind: ProblemKind
    detail: str


@dataclass(frozen=True)
class QuotedSpan:
    """A quotation in an answer: `text` between the marks, at `start:end` of the answer."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class PassageQuote:
    """A quote found in passage `n` at `start:end` of that passage's text."""

    n: int
    start: int
    end: int


@dataclass(frozen=True)
class ReplyCheck:
    """What `check_reply` found: the problems (none when the reply passes) and where each
    quotation of the reply occurs in the passages."""

    problems: tuple[Problem, ...]
    quotes: tuple[PassageQuote, ...]


def _whitespace_pattern(quote: str) -> re.Pattern[str] | None:
    words = quote.split()
    if not words:
        return None
    return re.compile(r"\s+".join(re.escape(word) for word in words))


def find_quote(quote: str, passage: str) -> tuple[int, int] | None:
    """Where `quote` occurs in `passage` (white space aside), as (start, end); else None."""
    pattern = _whitespace_pattern(quote)
    if pattern is None:
        return None
    match = pattern.search(passage)
    return (match.start(), match.end()) if match else None


def is_verbatim(quote: str, passage: str) -> bool:
    return find_quote(quote, passage) is not None


def marker_numbers(text: str) -> list[int]:
    """Every citation number in `text`, in order of appearance (repeats kept)."""
    return [int(n) for match in _MARKER.finditer(text) for n in match.group(1).split(",")]


def renumber_markers(text: str, mapping: Mapping[int, int]) -> str:
    """Rewrite every `[n]` as `[mapping[n]]` (numbers missing from `mapping` stay)."""

    def replace(match: re.Match[str]) -> str:
        numbers = [int(n) for n in match.group(1).split(",")]
        return "[" + ", ".join(str(mapping.get(n, n)) for n in numbers) + "]"

    return _MARKER.sub(replace, text)


def strip_markers(text: str) -> str:
    return re.sub(r"\s*" + _MARKER.pattern, "", text)


def quoted_spans(text: str) -> list[QuotedSpan]:
    """The quotations in `text`, in order."""
    spans = []
    for match in _QUOTED.finditer(text):
        group = next(i for i in range(1, 6) if match.group(i) is not None)
        spans.append(QuotedSpan(match.group(group), match.start(group), match.end(group)))
    return spans


def _claims(text: str, spans: list[QuotedSpan]) -> list[tuple[int, int]]:
    """Sentence-like stretches of `text` that must each carry a citation.

    Quotations are masked before splitting so that a quoted passage of three sentences
    stays inside one claim; that hides the full stop of a quote that ends its sentence
    („...initiieren.“ [1] Außerdem ...), so a marker followed by a capital also ends a
    claim. A lead-in ending in ":" belongs to what follows it, and a stretch that is only
    markers belongs to the claim before it.
    """
    masked = list(text)
    for span in spans:
        for i in range(span.start, span.end):
            if not masked[i].isspace():
                masked[i] = "x"
    pieces = [
        (sentence.start + a, sentence.start + b)
        for sentence in split_sentences("".join(masked))
        for a, b in _cut_after_markers(sentence.text)
    ]
    claims: list[tuple[int, int]] = []
    pending_start: int | None = None
    for piece_start, piece_end in pieces:
        sentence = Sentence(text[piece_start:piece_end], piece_start, piece_end)
        start = sentence.start if pending_start is None else pending_start
        body = text[sentence.start : sentence.end]
        if not _WORD.search(strip_markers(body)):
            if claims and marker_numbers(body):
                claims[-1] = (claims[-1][0], sentence.end)
            continue
        if body.rstrip().endswith(":"):
            pending_start = start
            continue
        pending_start = None
        claims.append((start, sentence.end))
    if pending_start is not None:
        claims.append((pending_start, len(text)))
    return claims


def _cut_after_markers(sentence: str) -> list[tuple[int, int]]:
    cuts = [m.end() for m in _MARKER_THEN_CAPITAL.finditer(sentence)]
    bounds = [0, *cuts, len(sentence)]
    pieces = []
    for a, b in pairwise(bounds):
        a += len(sentence[a:b]) - len(sentence[a:b].lstrip())
        if a < b:
            pieces.append((a, b))
    return pieces


def check_reply(text: str, passages: Mapping[int, str]) -> ReplyCheck:
    """Check a generated answer against the numbered passages it was given.

    Every claim (sentence) must cite at least one `[n]`; every `[n]` must be a passage
    given; every quotation must occur verbatim in a passage its claim cites; every passage
    cited must be quoted somewhere.
    """
    problems: list[Problem] = []
    found: list[PassageQuote] = []
    spans = quoted_spans(text)
    for start, end in _claims(text, spans):
        claim = text[start:end]
        cited = marker_numbers(claim)
        unknown = sorted({n for n in cited if n not in passages})
        if unknown:
            listed = ", ".join(f"[{n}]" for n in unknown)
            problems.append(Problem("unknown citation", f"{listed} cites no passage given"))
        known = [n for n in dict.fromkeys(cited) if n in passages]
        if not cited:
            problems.append(Problem("uncited sentence", f"no citation for: {claim.strip()!r}"))
        for span in (s for s in spans if start <= s.start < end):
            located = _locate(span.text, known, passages)
            if located is None:
                problems.append(
                    Problem(
                        "quote not in passage",
                        f"„{span.text}“ is not verbatim in "
                        + (", ".join(f"[{n}]" for n in known) or "any cited passage"),
                    )
                )
            else:
                found.append(located)
    quoted = {q.n for q in found}
    for n in dict.fromkeys(marker_numbers(text)):
        if n in passages and n not in quoted:
            problems.append(Problem("passage not quoted", f"[{n}] is cited but never quoted"))
    return ReplyCheck(tuple(problems), tuple(found))


def _locate(quote: str, cited: list[int], passages: Mapping[int, str]) -> PassageQuote | None:
    for n in cited:
        span = find_quote(quote, passages[n])
        if span is not None:
            return PassageQuote(n, *span)
    return None


def check_answer(answer: Answer) -> list[Problem]:
    """The contract of a finished Answer: every `[n]` in its text has a citation, every
    citation's quote is verbatim in the turn it cites, and an answer that did not
    abstain cites something."""
    problems: list[Problem] = []
    numbers = {c.n for c in answer.citations}
    dangling = sorted({n for n in marker_numbers(answer.text) if n not in numbers})
    if dangling:
        listed = ", ".join(f"[{n}]" for n in dangling)
        problems.append(Problem("unknown citation", f"{listed} has no citation"))
    for citation in answer.citations:
        if not is_verbatim(citation.quote, citation.turn.text):
            problems.append(
                Problem(
                    "quote not in passage",
                    f"[{citation.n}] „{citation.quote}“ is not verbatim in {citation.turn.id}",
                )
            )
    if not answer.abstained and not answer.citations:
        problems.append(Problem("no citation", "the answer cites no passage"))
    return problems
