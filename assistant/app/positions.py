"""A speaker's positions: their answers grouped by the question they answer, optionally
narrowed to a topic, and exported as Markdown or CSV.

Example:
    >>> from assistant.app.positions import PositionsExplorer
    >>> explorer = PositionsExplorer(bot)              # bot: a loaded assistant.api.Assistant
    >>> groups = explorer.run("Jörg Bienert", topic="Finanzierung")
    >>> print(positions_markdown("Jörg Bienert", "Finanzierung", groups))
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from assistant.errors import InputError
from assistant.models import SAID_KINDS, Article, SearchFilter, Turn

if TYPE_CHECKING:
    from assistant.api import Assistant

CSV_COLUMNS = (
    "speaker",
    "article_id",
    "article_title",
    "source",
    "date",
    "question_id",
    "question",
    "turn_id",
    "turn_number",
    "text",
)


@dataclass(frozen=True)
class PositionGroup:
    """The answers a speaker gave to one question in one article (`question` is None for
    statements that answer no question)."""

    article: Article
    question_id: str | None
    question: str | None
    answers: tuple[Turn, ...]

    @property
    def asker(self) -> str | None:
        asked = self.article.turn(self.question_id) if self.question_id else None
        return asked.speaker if asked else None


class PositionsExplorer:
    """Finds what one speaker said across the corpus, grouped by question.

    Without a topic it lists all their answers in reading order; with a topic it asks the
    index for their `k` passages closest to it, best first.

    Example:
        >>> groups = PositionsExplorer(bot).run("Bienert")   # a name or any alias
    """

    def __init__(self, assistant: Assistant, *, k: int = 10) -> None:
        self.assistant = assistant
        self.k = k

    def run(self, speaker: str, topic: str | None = None) -> list[PositionGroup]:
        speaker = (speaker or "").strip()
        if not speaker:
            raise InputError("Choose a speaker first.")
        topic = (topic or "").strip()
        if topic:
            search_filter = SearchFilter(speaker=speaker, kinds=SAID_KINDS)
            hits = self.assistant.search(topic, k=self.k, search_filter=search_filter)
            pairs = [(hit.article, hit.turn) for hit in hits]
        else:
            pairs = [
                (article, turn)
                for article in self.assistant.articles()
                for turn in article.turns
                if turn.kind in SAID_KINDS and speaks(article, turn, speaker)
            ]
        return group_by_question(pairs)


def speaks(article: Article, turn: Turn, speaker: str) -> bool:
    """Whether `turn` is by `speaker`, given as a name or any alias (case-insensitive)."""
    if turn.speaker is None:
        return False
    wanted = speaker.casefold()
    participant = article.participant(turn.speaker)
    labels = (turn.speaker, *(participant.aliases if participant else ()))
    return any(label.casefold() == wanted for label in labels)


def group_by_question(pairs: Iterable[tuple[Article, Turn]]) -> list[PositionGroup]:
    """Groups turns by (article, question), keeping the order in which groups first appear."""
    groups: dict[tuple[str, str], list[Turn]] = {}
    articles: dict[str, Article] = {}
    for article, turn in pairs:
        articles[article.id] = article
        groups.setdefault((article.id, turn.question_id or turn.id), []).append(turn)
    return [
        PositionGroup(
            article=articles[article_id],
            question_id=turns[0].question_id,
            question=turns[0].question,
            answers=tuple(turns),
        )
        for (article_id, _), turns in groups.items()
    ]


def positions_markdown(speaker: str, topic: str | None, groups: Sequence[PositionGroup]) -> str:
    """A Markdown report; passages are quoted verbatim."""
    title = f"# Positions of {speaker}" + (f" on “{topic}”" if topic else "")
    lines = [title, ""]
    if not groups:
        lines.append("No passages found.")
    for group in groups:
        lines.append(f"## {group.question or '(no question: statement)'}")
        asked = f", asked by {group.asker}" if group.asker else ""
        source = ", ".join(x for x in (group.article.source, group.article.date) if x)
        lines.append(f"*{group.article.title}*{f' ({source})' if source else ''}{asked}")
        lines.append("")
        for turn in group.answers:
            lines.extend(f"> {line}" if line else ">" for line in turn.text.split("\n"))
            lines.append(
                f"\n— {turn.speaker}, {group.article.id}, turn {turn.number} (`{turn.id}`)"
            )
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def positions_csv(groups: Sequence[PositionGroup]) -> str:
    """One row per passage, the columns in CSV_COLUMNS."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for group in groups:
        for turn in group.answers:
            writer.writerow(
                (
                    turn.speaker,
                    group.article.id,
                    group.article.title,
                    group.article.source or "",
                    group.article.date or "",
                    group.question_id or "",
                    group.question or "",
                    turn.id,
                    turn.number,
                    turn.text,
                )
            )
    return buffer.getvalue()
