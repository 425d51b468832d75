"""Front matter (YAML between `---` lines): what the heuristics cannot know, stated.

Example:
    >>> front, body = split_front_matter("---\\ntitle: Gespräch\\n---\\nText", name="x.md")
    >>> front.title, body.strip()
    ('Gespräch', 'Text')
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass

import frontmatter
import yaml

from assistant.errors import ReadError
from assistant.ingest.speakers import Mention
from assistant.models import Role

_ROLES: tuple[Role, ...] = ("interviewee", "interviewer", "other")


@dataclass(frozen=True)
class FrontMatter:
    title: str | None = None
    source: str | None = None
    date: str | None = None
    url: str | None = None
    id: str | None = None
    speakers: tuple[Mention, ...] = ()


def split_front_matter(text: str, *, name: str) -> tuple[FrontMatter, str]:
    """Front matter and the body after it; text without front matter comes back whole."""
    handler = frontmatter.YAMLHandler()
    if not handler.detect(text):
        return FrontMatter(), text
    try:
        raw, body = handler.split(text)
        meta = handler.load(raw)
    except (ValueError, yaml.YAMLError) as error:
        problem = str(error).splitlines()[0]
        raise ReadError(f"{name}: the front matter is not valid YAML ({problem})") from None
    if not isinstance(meta, Mapping):
        return FrontMatter(), text  # a '---' rule, not front matter
    return front_matter_from(meta, name=name), body


def front_matter_from(meta: Mapping, *, name: str) -> FrontMatter:
    def text_field(key: str) -> str | None:
        value = meta.get(key)
        if value is None:
            return None
        if isinstance(value, datetime.date):
            return value.isoformat()
        if isinstance(value, (dict, list)):
            raise ReadError(f"{name}: front matter field '{key}' must be text")
        return str(value).strip() or None

    speakers = meta.get("speakers") or []
    if not isinstance(speakers, list):
        raise ReadError(f"{name}: front matter 'speakers' must be a list of name/role entries")
    mentions = [_speaker(entry, n, name) for n, entry in enumerate(speakers, 1)]
    return FrontMatter(
        title=text_field("title"),
        source=text_field("source"),
        date=text_field("date"),
        url=text_field("url"),
        id=text_field("id"),
        speakers=tuple(mentions + _author(meta.get("author"), mentions, meta.get("source"))),
    )


def _author(author: object, speakers: list[Mention], source: object = None) -> list[Mention]:
    """A post's `author` (one name, as Hugo and Jekyll write it) asked the questions, unless
    `speakers` names an interviewer or gives the author another role. Not where a `source`
    is named: a publication's page credits whoever it credits (a desk, an editor who put it
    online, an agency), and there the text must say who asked; nor for several authors
    ("A; B"), who do not say which of them asked.

    Example:
        >>> [(m.name, m.role) for m in _author("Jonas Becker", [])]
        [('Jonas Becker', 'interviewer')]
        >>> _author("Jonas Becker", [Mention("Jonas Becker", "interviewee")])
        []
        >>> _author("Jonas Becker", [], source="Chemie Technik"), _author("A B; C D", [])
        ([], [])
    """
    if isinstance(author, Mapping):
        author = author.get("name")
    if source or not isinstance(author, str) or not author.strip() or ";" in author:
        return []
    listed = any(m.role == "interviewer" or m.name == author.strip() for m in speakers)
    return [] if listed else [Mention(author.strip(), "interviewer", byline=True)]


def _speaker(entry: object, number: int, name: str) -> Mention:
    where = f"{name}: front matter speaker {number}"
    if isinstance(entry, str):
        entry = {"name": entry}
    if not isinstance(entry, Mapping) or not str(entry.get("name") or "").strip():
        raise ReadError(f"{where} needs a name (name: ..., role: interviewee|interviewer)")
    role = entry.get("role")
    if role is not None and role not in _ROLES:
        raise ReadError(f"{where}: role must be one of {', '.join(_ROLES)}, not {role!r}")
    aliases = entry.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [aliases]
    affiliation = entry.get("affiliation")
    return Mention(
        name=str(entry["name"]).strip(),
        role=role,
        affiliation=str(affiliation).strip() if affiliation else None,
        byline=True,
        aliases=tuple(str(alias).strip() for alias in aliases if str(alias).strip()),
    )
