"""Plain data passed between the stages: files -> articles/turns -> chunks -> hits -> answers.

Every stage takes and returns these frozen dataclasses, never dicts, so a reader can see
at a glance what flows where. JSON shapes for the CLI contracts live beside each class
(`to_json`) so that the contract has exactly one definition.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Role = Literal["interviewee", "interviewer", "other"]
TurnKind = Literal["question", "answer", "statement", "sidebar", "quote", "lead"]
TURN_KINDS: tuple[TurnKind, ...] = ("question", "answer", "statement", "sidebar", "quote", "lead")
# What someone said (their position), as opposed to what they asked or what was written
# about them.
SAID_KINDS: tuple[TurnKind, ...] = ("answer", "statement")


@dataclass(frozen=True)
class Participant:
    """Someone who speaks in an article, with every label the article uses for them."""

    name: str
    role: Role
    aliases: tuple[str, ...] = ()
    # Organisation or title shown next to the name in citations, e.g. "KI Bundesverband".
    affiliation: str | None = None

    def to_json(self) -> dict:
        return {
            "name": self.name,
            "role": self.role,
            "aliases": list(self.aliases),
            "affiliation": self.affiliation,
        }


@dataclass(frozen=True)
class Turn:
    """One citable unit of an article: a question, an answer, a box, a pull quote, ...

    `id` is `<article-id>#tNN`, numbered in reading order, so it stays stable as long as
    the article text does. For an answer, `question_id`/`question` name the question it
    answers.
    """

    id: str
    article_id: str
    number: int
    kind: TurnKind
    speaker: str | None
    text: str
    question_id: str | None = None
    question: str | None = None

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "kind": self.kind,
            "speaker": self.speaker,
            "text": self.text,
            "question": self.question,
            "question_id": self.question_id,
            "number": self.number,
        }


@dataclass(frozen=True)
class Article:
    """A parsed interview. `content_hash` is the sha256 of the decoded source text and keys
    all incremental work (re-embedding, re-indexing)."""

    id: str
    title: str
    turns: tuple[Turn, ...]
    participants: tuple[Participant, ...] = ()
    teaser: str | None = None
    source: str | None = None
    date: str | None = None
    url: str | None = None
    path: str | None = None
    content_hash: str = ""

    def participant(self, name: str | None) -> Participant | None:
        if name is None:
            return None
        return next((p for p in self.participants if p.name == name), None)

    def turn(self, turn_id: str) -> Turn | None:
        return next((t for t in self.turns if t.id == turn_id), None)

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "source": self.source,
            "date": self.date,
            "url": self.url,
            "teaser": self.teaser,
            "speakers": [p.to_json() for p in self.participants],
            "turns": [t.to_json() for t in self.turns],
        }


@dataclass(frozen=True)
class Chunk:
    """What gets embedded: a whole turn, or one sentence-aligned piece of a long turn.

    `text` is the piece of the turn itself; `embed_text` adds the context the model should
    see (speaker, the question answered). Several chunks may cite the same `turn_id`.
    """

    id: str
    turn_id: str
    article_id: str
    part: int
    text: str
    embed_text: str


@dataclass(frozen=True)
class Hit:
    """A retrieved turn with its article, best first (`rank` starts at 1)."""

    turn: Turn
    article: Article
    score: float
    rank: int

    def to_json(self) -> dict:
        return {
            "rank": self.rank,
            "id": self.turn.id,
            "article_id": self.article.id,
            "article_title": self.article.title,
            "speaker": self.turn.speaker,
            "kind": self.turn.kind,
            "text": self.turn.text,
            "score": round(float(self.score), 6),
            "question": self.turn.question,
        }


@dataclass(frozen=True)
class SearchFilter:
    """Restricts retrieval. `speaker` matches a participant's name or any alias
    (case-insensitive); `article` matches an article id; `kinds` keeps only those kinds."""

    speaker: str | None = None
    article: str | None = None
    kinds: tuple[TurnKind, ...] | None = None

    @classmethod
    def of(
        cls, *, speaker: str | None = None, article: str | None = None, answers_only: bool = False
    ) -> SearchFilter | None:
        """The filter the CLI options and the UI controls describe; None when they set
        nothing. An empty string counts as unset (a cleared UI field).

        Example:
            >>> SearchFilter.of(speaker="Bienert", article="", answers_only=True)
            SearchFilter(speaker='Bienert', article=None, kinds=('answer',))
            >>> SearchFilter.of(speaker="") is None
            True
        """
        if not (speaker or article or answers_only):
            return None
        return cls(
            speaker=speaker or None,
            article=article or None,
            kinds=("answer",) if answers_only else None,
        )


@dataclass(frozen=True)
class Citation:
    """A verbatim `quote` from the turn it cites; `n` is the `[n]` marker in the answer."""

    n: int
    turn: Turn
    article: Article
    quote: str

    def to_json(self) -> dict:
        return {
            "n": self.n,
            "id": self.turn.id,
            "article_id": self.article.id,
            "article_title": self.article.title,
            "speaker": self.turn.speaker,
            "quote": self.quote,
            "text": self.turn.text,
            "question": self.turn.question,
        }


@dataclass(frozen=True)
class Answer:
    """An answer made of cited passages. When `abstained`, `citations` is empty and
    `closest` lists the nearest passages, shown as such and never as an answer.
    `note` explains a fallback (e.g. why an LLM reply was rejected)."""

    question: str
    text: str
    abstained: bool
    backend: str
    citations: tuple[Citation, ...] = ()
    closest: tuple[Hit, ...] = ()
    note: str | None = None
    speaker: str | None = None
    article_id: str | None = None

    @classmethod
    def unanswered(cls, question: str) -> Answer:
        """The `to_json` row for a question that could not be run (e.g. one bad line of a
        batch): no answer, no abstention, backend "none".

        Example:
            >>> Answer.unanswered("?").to_json()["backend"]
            'none'
        """
        return cls(question=question, text="", abstained=False, backend="none")

    def to_json(self) -> dict:
        return {
            "question": self.question,
            "answer": self.text,
            "abstained": self.abstained,
            "backend": self.backend,
            "citations": [c.to_json() for c in self.citations],
            "closest": [h.to_json() for h in self.closest],
            "note": self.note,
        }


@dataclass(frozen=True)
class ChatTurn:
    """One message of a conversation, as the UI or `--history` passes it."""

    role: Literal["user", "assistant"]
    content: str
    # What the assistant's answer was about, so follow-ups ("und was sagt er ...") resolve.
    speaker: str | None = None
    article_id: str | None = None


@dataclass(frozen=True)
class IngestProblem:
    """A file that could not be read or parsed cleanly; reported, never fatal for a folder."""

    path: str
    message: str
    fatal: bool = True


@dataclass(frozen=True)
class SourceFile:
    """A corpus file as it was last parsed: size and modification time then (so that an
    unchanged file is not read again), the parser version, the id the parse gave (before a
    clash with another file's id renamed it) and the parse's warnings."""

    path: str
    size: int
    mtime_ns: int
    # When the file was looked at: a stamp is trusted only when the file was already older
    # than the file system's clock granularity then (see `assistant.ingest.corpus`).
    read_ns: int
    parser_version: str
    parsed_id: str
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class KnownSource:
    """A corpus file an index was built from, with the article it gave: what
    `load_corpus` reuses instead of reading the file again when its stamp is unchanged."""

    file: SourceFile
    article: Article


@dataclass(frozen=True)
class IngestResult:
    articles: tuple[Article, ...] = ()
    problems: tuple[IngestProblem, ...] = field(default_factory=tuple)
    # One per article, in the same order: the file it was read from.
    sources: tuple[SourceFile, ...] = ()
