"""Text to Article: an interview becomes speaker turns (question, answer, lead, sidebar,
quote, statement) with the people who speak them.

The parser works in four small steps, each in a module of its own:

1. paragraphs (`paragraphs`): the text (plain, hard-wrapped or Markdown) becomes paragraphs,
   and the headline and page furniture around it are set apart (`furniture`);
2. blocks (`blocks`, `labels`, `wording`): each paragraph is classified (speaker label,
   prose, heading, pull quote, byline, boilerplate, ...), with labels believed only where
   the article bears them out;
3. cast (`speakers`, `names`): bylines, the lead and the labels say who is who;
4. turns (`turns`): blocks are assembled into turns; an unlabelled paragraph continues the
   turn before it unless it is an interviewer's question or the start of an info box.

Front matter (`front_matter`, YAML between `---` lines) overrides what the heuristics would find:
title, source, date, url, id, and speakers (name, role, aliases, affiliation).

Example:
    >>> parser = InterviewParser()
    >>> result = parser.run("Titel\\n\\nFrage: Wie geht es?\\nAntwort: Gut.", article_id="demo")
    >>> [(t.kind, t.text) for t in result.article.turns]
    [('question', 'Wie geht es?'), ('answer', 'Gut.')]
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace

from assistant.ingest.blocks import (
    Block,
    about_box_subject,
    asked_someone_unnamed,
    asker_addressed,
    cast_of,
    classify,
    closing_signatory,
    credit_subject,
    introduced_before_dialogue,
    named_by_address,
    sworn_witness,
)
from assistant.ingest.cast import Cast
from assistant.ingest.front_matter import split_front_matter
from assistant.ingest.furniture import parse_date
from assistant.ingest.masthead import outlet
from assistant.ingest.paragraphs import Paragraph, split_paragraphs
from assistant.ingest.titles import take_title
from assistant.ingest.turns import assemble, number_turns
from assistant.ingest.version import PARSER_VERSION
from assistant.models import Article, Turn


@dataclass(frozen=True)
class ParseResult:
    """A parsed article, with what a person should know about how it was parsed."""

    article: Article
    warnings: tuple[str, ...] = ()
    # What the parser read and kept out of the turns on purpose: the headline, page
    # furniture, boilerplate, bylines, date lines and speaker labels. With the turns it
    # accounts for every line of the input, which is how a test proves nothing was lost.
    set_aside: tuple[str, ...] = ()


class InterviewParser:
    """Parses the text of one interview into an Article.

    `markdown` says whether the text is Markdown; callers pass a Reader's
    `SourceText.markdown`, so the parser never needs to know which file the text came from.

    Example:
        >>> text = "Titel\\nWir haben Dr. Eva Roth befragt.\\nWas tun Sie?\\nIch forsche."
        >>> result = InterviewParser().run(text, article_id="roth", path="roth.txt")
        >>> [(t.id, t.kind, t.speaker) for t in result.article.turns[1:]]
        [('roth#t02', 'question', None), ('roth#t03', 'answer', 'Dr. Eva Roth')]
    """

    def run(
        self, text: str, *, article_id: str, path: str | None = None, markdown: bool = False
    ) -> ParseResult:
        if not article_id:
            raise ValueError("article_id must not be empty")
        name = path or article_id
        front, body = split_front_matter(text, name=name)
        article_id = slug(front.id) if front.id else article_id
        read = split_paragraphs(body, markdown=markdown)
        title, paragraphs = take_title(read, front.title, markdown=markdown)
        cast = cast_of(front.speakers, front.source, title, paragraphs)
        blocks = classify(paragraphs, cast)
        for name in named_by_address(blocks, cast):
            cast.consider(name)  # "Ada, why …?" over "Roe: …": the label's given name
        if asker_addressed(blocks, cast):
            cast.trade_sides()  # "Frau NAME, ...?" is put to NAME, not asked by her
        _answerer_outside_labels(blocks, cast, title)
        cast.settle(
            [(b.label, b.question) for b in blocks if b.kind == "label" and b.label],
            [b.text for b in blocks if b.question],
        )
        assembly = assemble(blocks, cast)
        turns = number_turns(assembly.drafts, article_id)
        if faq_page(title) and not any(t.speaker for t in turns):
            turns = _as_faq(turns)
        warnings = list(assembly.warnings)
        missing = _unattributed(turns, cast)
        if missing:
            warnings.append(missing)
        dates = [b.text for b in blocks if b.kind == "date"]
        article = Article(
            id=article_id,
            title=title or front.title or article_id,
            turns=turns,
            participants=cast.participants({t.speaker for t in turns if t.speaker}),
            teaser=assembly.teaser,
            source=front.source or outlet([p.text for p in read], cast.publication, cast.source()),
            date=front.date or (parse_date(dates[0]) if dates else None),
            url=front.url,
            path=path,
            content_hash=content_hash(text),
        )
        return ParseResult(
            article=article,
            warnings=tuple(warnings),
            set_aside=_set_aside(title, read, paragraphs, blocks, {t.text for t in turns}),
        )


def _answerer_outside_labels(blocks: Sequence[Block], cast: Cast, title: str | None) -> None:
    """Tell `cast` who answers where the page says it outside the labels: the one person
    introduced before the dialogue, a hearing's sworn witness, the signature under the
    replies, the one a closing credit or a box on the person ("About our ROLE") goes on to
    introduce; or that it asked someone it never names.

    Example:
        >>> from assistant.ingest.paragraphs import Paragraph
        >>> said = ["Eva Roth leads it. We spoke with her.", "Q: Why?", "A: So."]
        >>> paragraphs = [Paragraph(text) for text in said]
        >>> cast = cast_of((), None, None, paragraphs)
        >>> _answerer_outside_labels(classify(paragraphs, cast), cast, None)
        >>> cast.answerer().name
        'Eva Roth'
    """
    asking = [p.name for p in cast.people if p.role == "interviewer"]
    # A hearing's witness, named in the heading over the questions with the oath they took
    # ("NAME (sworn)"), answers the questions put by role ("Q."/"A.").
    named = introduced_before_dialogue(blocks, asking, title) or sworn_witness(blocks)
    if not named:
        # The signature under a reply answered by role ("Response:", "Zu 1.:") is whose
        # answers they are; not the asker's own greeting after the last answer. So is the
        # one a closing credit goes on to introduce ("Interview by NAME. NAME2 has kept
        # bees since 1990."), and the one a box introduces by the role the lead asked.
        signer = closing_signatory(blocks) or credit_subject(blocks) or about_box_subject(blocks)
        named = signer if signer and not cast.answerer() and signer not in asking else None
    if named:
        cast.consider(named)  # a name whose given name is not on the list, too
        cast.prefer_answerer(named)
    elif asked_someone_unnamed(blocks, title):
        cast.withhold_answerer()


# A page of frequently asked questions: "FAQ", "Häufige Fragen zu …", "frequently asked
# questions".
_FAQ = re.compile(
    r"\bFAQs?\b|\b(?i:häufig(?:e|sten)?\s+(?:gestellte(?:n)?\s+)?Fragen"
    r"|frequently\s+asked\s+questions)\b"
)


def faq_page(title: str | None) -> bool:
    """Whether the headline says the page answers frequently asked questions: not an
    interview, though it sets questions and answers in turn.

    Example:
        >>> faq_page("Häufige Fragen zum Anwohnerparken"), faq_page("Parking: FAQs")
        (True, True)
        >>> faq_page("Fünf Fragen an die neue Bürgermeisterin")
        False
    """
    return title is not None and _FAQ.search(title) is not None


def _as_faq(turns: Sequence[Turn]) -> tuple[Turn, ...]:
    """An FAQ page's turns: its questions are headings (lead), its answers the issuer's
    text (statement), where nobody is named as speaking them; no answer points to a
    question, as nobody asked it."""
    kinds = {"question": "lead", "answer": "statement"}
    return tuple(
        replace(t, kind=kinds[t.kind], question_id=None, question=None) if t.kind in kinds else t
        for t in turns
    )


def _set_aside(
    title: str | None,
    read: Sequence[Paragraph],
    kept: Sequence[Paragraph],
    blocks: Sequence[Block],
    turns: Collection[str],
) -> tuple[str, ...]:
    """What was kept out of the turns on purpose: the headline and the furniture around it,
    speaker labels (they became speakers), date lines, boilerplate, and bylines where no
    turn keeps them (`turns` are the turns' texts)."""
    remaining = {p.text for p in kept}
    aside = [title or "", *(p.text for p in read if p.text not in remaining)]
    aside += [b.label or "" for b in blocks if b.kind == "label"]
    aside += [b.text for b in blocks if b.kind in ("date", "boilerplate")]
    aside += [b.text for b in blocks if b.kind == "byline" and b.text not in turns]
    return tuple(text for text in aside if text)


def _unattributed(turns: Sequence[Turn], cast: Cast) -> str | None:
    """A warning for answers without a speaker, naming the labels that named nobody the
    article introduces (the usual reason): an unknown speaker is a gap to fill in."""
    count = sum(1 for t in turns if t.kind == "answer" and t.speaker is None)
    if not count:
        return None
    unnamed = ", ".join(f"'{label}'" for label in cast.unnamed if cast.side(label) == "answer")
    reason = f" (labels that name nobody the article introduces: {unnamed})" if unnamed else ""
    return (
        f"{count} answer(s) have no speaker: the text does not say who answers{reason}; "
        "name the interviewee in front matter (speakers:)"
    )


def content_hash(text: str) -> str:
    """Changes when the text or the parser does, which is what incremental indexing keys on."""
    return hashlib.sha256(f"{PARSER_VERSION}\n{text}".encode()).hexdigest()


def slug(text: str) -> str:
    """ASCII id: 'Bienert über KI-Unabhängigkeit' -> 'bienert-ueber-ki-unabhaengigkeit'."""
    folded = text.translate(
        str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})
    )
    ascii_text = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "article"
