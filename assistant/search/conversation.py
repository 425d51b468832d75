"""Follow-up questions in a conversation: "und was sagt er zur Finanzierung?" means the
speaker (and the interview) the previous answer was about.

The assistant's answers record whom they quoted (`ChatTurn.speaker`, `.article_id`), so
resolving a follow-up needs no language model: a question that refers back to a person
("er", "he", "seine", ...) or that only continues the previous one ("und zur
Finanzierung?", "what about funding?") is searched with the previous speaker and article
as a filter. A filter the user gave explicitly always wins.

Example:
    >>> history = [
    ...     ChatTurn("user", "Warum fordert Bienert ein Moonshot-Programm?"),
    ...     ChatTurn("assistant", "...", speaker="Jörg Bienert", article_id="bienert"),
    ... ]
    >>> FollowUpResolver().run("und was sagt er zur Finanzierung?", history).search_filter
    SearchFilter(speaker='Jörg Bienert', article='bienert', kinds=None)
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from assistant.errors import InputError
from assistant.models import ChatTurn, SearchFilter

# Pronouns that stand for a person. German "sie"/"ihr" are left out: they are also
# "they"/"you" (formal "Sie") far more often than "she" in questions about interviews;
# so is bare "sein", which is mostly the verb "to be".
_PERSON_PRONOUN = re.compile(
    r"\b(?:er|ihm|ihn|seine[mnrs]?|he|him|his|she|her|hers)\b", re.IGNORECASE
)
# Openings that continue the previous question rather than ask a new one.
_CONTINUATION = re.compile(
    r"^\s*(?:und|and|also|auch|what about|how about|und was ist mit|was ist mit|und wie)\b",
    re.IGNORECASE,
)
# A continuation is short; a long question starting with "und" stands on its own.
_MAX_CONTINUATION_WORDS = 8


@dataclass(frozen=True)
class FollowUp:
    """How a question is to be searched: `search_filter` includes what was carried over;
    `carried_speaker`/`carried_article` say what came from the conversation (None if
    nothing did), so the answer can say so."""

    search_filter: SearchFilter | None
    carried_speaker: str | None = None
    carried_article: str | None = None

    def note(self) -> str | None:
        """What was carried over, for `Answer.note`."""
        carried = [
            f"speaker {self.carried_speaker}" if self.carried_speaker else "",
            f"article {self.carried_article}" if self.carried_article else "",
        ]
        if not any(carried):
            return None
        what = " and ".join(c for c in carried if c)
        return f"Follow-up: searched with the {what} of the previous answer."


class FollowUpResolver:
    """Carries the speaker and article of the previous answer over to a follow-up.

    Example:
        >>> FollowUpResolver().run("Was sagt Bienert zu Autobahnen?", []).search_filter is None
        True
    """

    def run(
        self,
        question: str,
        history: Sequence[ChatTurn],
        search_filter: SearchFilter | None = None,
    ) -> FollowUp:
        previous = next((t for t in reversed(history) if t.role == "assistant" and t.speaker), None)
        if previous is None or not self._refers_back(question):
            return FollowUp(search_filter)
        given = search_filter or SearchFilter()
        speaker = None if given.speaker else previous.speaker
        article = None if given.article or not previous.article_id else previous.article_id
        if speaker is None and article is None:
            return FollowUp(search_filter)
        carried = replace(given, speaker=given.speaker or speaker, article=given.article or article)
        return FollowUp(carried, carried_speaker=speaker, carried_article=article)

    @staticmethod
    def _refers_back(question: str) -> bool:
        if _PERSON_PRONOUN.search(question):
            return True
        return bool(_CONTINUATION.match(question)) and (
            len(question.split()) <= _MAX_CONTINUATION_WORDS
        )


def load_history(path: Path) -> tuple[ChatTurn, ...]:
    """Read a `--history` file: a JSON list of {"role": "user"|"assistant", "content": str,
    "speaker"?: str, "article_id"?: str}, oldest first."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"History file not found: {path}") from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"Cannot read the history file {path}: {error}") from None
    except json.JSONDecodeError as error:
        raise InputError(
            f"The history file {path} is not valid JSON ({error.msg}, line {error.lineno})."
        ) from None
    return history_from_json(data, source=str(path))


def history_from_json(data: object, *, source: str = "history") -> tuple[ChatTurn, ...]:
    """Validate the JSON form of a conversation (see `load_history`)."""
    if not isinstance(data, list):
        raise InputError(f"{source}: expected a JSON list of messages, got {type(data).__name__}.")
    turns = []
    for i, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            raise InputError(f"{source}: message {i} is not an object.")
        role, content = item.get("role"), item.get("content")
        if role not in ("user", "assistant"):
            raise InputError(f"{source}: message {i} has role {role!r}; use 'user' or 'assistant'.")
        if not isinstance(content, str):
            raise InputError(f"{source}: message {i} needs a text 'content'.")
        optional = {key: item.get(key) for key in ("speaker", "article_id")}
        for key, value in optional.items():
            if value is not None and not isinstance(value, str):
                raise InputError(f"{source}: message {i} has a non-text {key!r}.")
        turns.append(ChatTurn(role, content, **optional))
    return tuple(turns)
