"""Files and folders to parsed articles. One bad file never stops a folder: it becomes an
IngestProblem (with the reason) and the rest is read.

Example:
    >>> from pathlib import Path
    >>> from assistant.settings import Settings
    >>> result = load_corpus([Path("data")], Settings())
    >>> [a.id for a in result.articles]
    ['bienert-ki-unabhaengigkeit-chemanager']
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from assistant.errors import AssistantError
from assistant.ingest.formats import READERS
from assistant.ingest.parsing import InterviewParser, slug
from assistant.models import Article, IngestProblem, IngestResult
from assistant.settings import Settings

# Derived from the format registry, so a new format is accepted (and named in the messages
# for unsupported files) without touching this module.
SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(READERS)


def article_id_for(path: Path) -> str:
    """The id of the article in `path`: the file name without suffix, as an ASCII slug
    ('Bienert über KI.txt' -> 'bienert-ueber-ki')."""
    return slug(path.stem)


def load_corpus(paths: Sequence[Path], settings: Settings) -> IngestResult:
    """Read and parse every interview file in `paths` (files or folders, folders recursively,
    hidden files skipped), in sorted order so article ids and turn ids are reproducible."""
    readers = {suffix: make(settings) for suffix, make in READERS.items()}
    parser = InterviewParser()
    articles: list[Article] = []
    problems: list[IngestProblem] = []
    taken: dict[str, str] = {}
    for path, problem in _files(paths):
        if problem:
            problems.append(IngestProblem(str(path), problem))
            continue
        try:
            # _files only yields paths with a registered suffix.
            source = readers[path.suffix.lower()].run(path)
            result = parser.run(
                source.text,
                article_id=article_id_for(path),
                path=str(path),
                markdown=source.markdown,
            )
        except AssistantError as error:
            problems.append(IngestProblem(str(path), str(error)))
            continue
        article = result.article
        warnings = list(result.warnings)
        if source.encoding != "utf-8":
            warnings.insert(0, f"not UTF-8; read as {source.encoding}")
        if article.id in taken:
            unique = _unique_id(article.id, taken)
            warnings.append(
                f"article id '{article.id}' is already used by {taken[article.id]}; "
                f"using '{unique}' (rename the file or set 'id:' in its front matter)"
            )
            article = _renamed(article, unique)
        taken[article.id] = str(path)
        articles.append(article)
        problems.extend(IngestProblem(str(path), w, fatal=False) for w in warnings)
    return IngestResult(articles=tuple(articles), problems=tuple(problems))


def _files(paths: Sequence[Path]) -> Iterator[tuple[Path, str | None]]:
    """Each candidate file with None, or a path with the reason it cannot be used."""
    supported = ", ".join(SUPPORTED_SUFFIXES)
    for path in paths:
        if path.is_dir():
            found = False
            for file in sorted(path.rglob("*")):
                relative = file.relative_to(path).parts
                if any(part.startswith(".") for part in relative) or not file.is_file():
                    continue
                found = True
                if file.suffix.lower() in SUPPORTED_SUFFIXES:
                    yield file, None
                else:
                    yield (
                        file,
                        f"skipped: {file.suffix or 'no'} files are not read (use {supported})",
                    )
            if not found:
                yield path, f"the folder is empty (put interviews there as {supported} files)"
        elif path.is_file():
            if path.suffix.lower() in SUPPORTED_SUFFIXES:
                yield path, None
            else:
                yield (
                    path,
                    (
                        f"cannot read {path.suffix or 'files without a suffix'}: "
                        f"interviews must be {supported} files"
                    ),
                )
        else:
            yield path, "no such file or folder"


def _unique_id(article_id: str, taken: dict[str, str]) -> str:
    number = 2
    while f"{article_id}-{number}" in taken:
        number += 1
    return f"{article_id}-{number}"


def _renamed(article: Article, article_id: str) -> Article:
    turns = tuple(
        replace(
            turn,
            id=f"{article_id}#t{turn.number:02d}",
            article_id=article_id,
            question_id=turn.question_id and f"{article_id}#{turn.question_id.split('#')[-1]}",
        )
        for turn in article.turns
    )
    return replace(article, id=article_id, turns=turns)
