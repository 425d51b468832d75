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

import hashlib
import time
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.errors import AssistantError
from assistant.ingest.formats import READERS
from assistant.ingest.version import PARSER_VERSION
from assistant.models import Article, IngestProblem, IngestResult, KnownSource, SourceFile
from assistant.settings import Settings

if TYPE_CHECKING:  # imported where a file is parsed (see load_corpus)
    from assistant.ingest.parsing import InterviewParser

# Derived from the format registry, so a new format is accepted (and named in the messages
# for unsupported files) without touching this module.
SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(READERS)
# The coarsest modification-time granularity of common file systems (FAT: 2 s).
_CLOCK_TICK_NS = 2_000_000_000


def article_id_for(path: Path) -> str:
    """The id of the article in `path`: the file name without suffix, as an ASCII slug
    ('Bienert über KI.txt' -> 'bienert-ueber-ki')."""
    from assistant.ingest.parsing import slug  # the parser loads only when a file is read

    return slug(path.stem)


def load_corpus(
    paths: Sequence[Path], settings: Settings, known: Mapping[str, KnownSource] | None = None
) -> IngestResult:
    """Read and parse every interview file in `paths` (files or folders, folders recursively,
    hidden files skipped), in sorted order so article ids and turn ids are reproducible.

    `known` holds the files an index was built from (by path): one whose size and
    modification time are unchanged gives its known article without being read, so that
    opening a large corpus costs a `stat` per file, not a parse."""
    readers = {suffix: make(settings) for suffix, make in READERS.items()}
    # Imported here: when no file changed, nothing is parsed, and a cold `search` need not
    # load the parser's patterns (a third of a second).
    from assistant.ingest.parsing import InterviewParser

    parser = InterviewParser()
    articles: list[Article] = []
    problems: list[IngestProblem] = []
    sources: list[SourceFile] = []
    taken: dict[str, str] = {}
    for path, problem, name in _files(paths):
        if problem:
            problems.append(IngestProblem(str(path), problem))
            continue
        try:
            article, source = _read(path, readers, parser, (known or {}).get(str(path)))
        except (AssistantError, OSError) as error:
            message = error.strerror if isinstance(error, OSError) else None
            problems.append(IngestProblem(str(path), message or str(error)))
            continue
        unique, clash = _claim(article.id, path, name, taken)
        if unique != article.id:
            article = _renamed(article, unique)
        articles.append(article)
        sources.append(source)
        warnings = (*source.warnings, *clash)
        problems.extend(IngestProblem(str(path), w, fatal=False) for w in warnings)
    return IngestResult(articles=tuple(articles), problems=tuple(problems), sources=tuple(sources))


def unchanged_corpus(
    paths: Sequence[Path], known: Mapping[str, SourceFile]
) -> tuple[IngestProblem, ...] | None:
    """The problems `load_corpus` would report when the interview files in `paths` are
    exactly the `known` ones, each unchanged since it was parsed (`_unchanged`), and no
    two of them give the same id; None when anything differs. So an index built from
    `known` is told current with a `stat` per file and no article read.

    Example:
        >>> unchanged_corpus([Path("data")], search_index.manifest.sources)  # doctest: +SKIP
        ()
    """
    problems: list[IngestProblem] = []
    taken: dict[str, str] = {}
    for path, problem, name in _files(paths):
        file = known.get(str(path))
        try:
            status = path.stat()
        except OSError:
            return None
        if problem or file is None or not _unchanged(file, status.st_size, status.st_mtime_ns):
            return None
        _, clash = _claim(file.parsed_id, path, name, taken)
        warnings = (*file.warnings, *clash)
        problems.extend(IngestProblem(str(path), w, fatal=False) for w in warnings)
    return tuple(problems) if len(taken) == len(known) else None


def _read(
    path: Path, readers: dict, parser: InterviewParser, known: KnownSource | None
) -> tuple[Article, SourceFile]:
    """The article in `path` as parsed (its id before any clash), and the file's record:
    the known article when the file is unchanged since it was parsed, else a new parse."""
    status = path.stat()
    now = time.time_ns()
    if known is not None and _unchanged(known.file, status.st_size, status.st_mtime_ns):
        article = known.article
        if article.id != known.file.parsed_id:  # renamed after a clash that may be gone
            article = _renamed(article, known.file.parsed_id)
        return article, known.file
    # _files only yields paths with a registered suffix.
    text = readers[path.suffix.lower()].run(path)
    result = parser.run(
        text.text, article_id=article_id_for(path), path=str(path), markdown=text.markdown
    )
    warnings = list(result.warnings)
    if text.encoding != "utf-8":
        warnings.insert(0, f"not UTF-8; read as {text.encoding}")
    source = SourceFile(
        path=str(path),
        size=status.st_size,
        mtime_ns=status.st_mtime_ns,
        read_ns=now,
        parser_version=PARSER_VERSION,
        parsed_id=result.article.id,
        warnings=tuple(warnings),
    )
    return result.article, source


def _unchanged(file: SourceFile, size: int, mtime_ns: int) -> bool:
    """Whether a file with this size and modification time is the one `file` records.

    Like git's "racy clean" rule: a stamp is trusted only when the file was older than
    the coarsest file-system clock granularity when it was read, since a write within the
    same clock tick would keep size and time alike."""
    return (
        file.parser_version == PARSER_VERSION
        and file.size == size
        and file.mtime_ns == mtime_ns
        and mtime_ns < file.read_ns - _CLOCK_TICK_NS
    )


def corpus_files(paths: Sequence[Path]) -> list[Path]:
    """The interview files `load_corpus` would read in `paths` (files or folders), in its
    order: for a caller that reads only some of them.

    Example:
        >>> [path.name for path in corpus_files([Path("data")])]
        ['bienert-ki-unabhaengigkeit-chemanager.txt']
    """
    return [path for path, problem, _ in _files(paths) if problem is None]


def _files(paths: Sequence[Path]) -> Iterator[tuple[Path, str | None, str]]:
    """Each candidate file with None, or a path with the reason it cannot be used; and the
    file's name within what was given (its path inside a folder, else its file name).

    Inside a folder only regular files are read: hidden files and folders are skipped, and
    a link that leads outside the folder is reported and skipped, so that a stray link
    (`x.txt -> /etc/passwd`) never puts another file into the index."""
    supported = ", ".join(SUPPORTED_SUFFIXES)
    for path in paths:
        if path.is_dir():
            found = False
            root = path.resolve()
            for file in sorted(path.rglob("*")):
                relative = file.relative_to(path)
                if any(part.startswith(".") for part in relative.parts):
                    continue
                problem = _boundary_problem(file, root)
                if problem is None and not file.is_file():
                    continue  # folders, sockets, pipes, devices, links to folders or nowhere
                found = True
                if problem is None and file.suffix.lower() not in SUPPORTED_SUFFIXES:
                    problem = f"skipped: {file.suffix or 'no'} files are not read (use {supported})"
                yield file, problem, relative.as_posix()
            if not found:
                yield (
                    path,
                    f"the folder is empty (put interviews there as {supported} files)",
                    path.name,
                )
        elif path.is_file():
            if path.suffix.lower() in SUPPORTED_SUFFIXES:
                yield path, None, path.name
            else:
                yield (
                    path,
                    (
                        f"cannot read {path.suffix or 'files without a suffix'}: "
                        f"interviews must be {supported} files"
                    ),
                    path.name,
                )
        else:
            yield path, "no such file or folder", path.name


def _boundary_problem(file: Path, root: Path) -> str | None:
    """Why a link in the corpus folder `root` is not read: it leads outside the folder."""
    if not file.is_symlink():
        return None
    try:
        target = file.resolve()
    except (OSError, RuntimeError):  # a loop of links
        return "a link that cannot be followed (a loop of links) is not read"
    if target.is_relative_to(root):
        return None
    return (
        "a link that leads outside the corpus folder is not read: only files inside it are "
        "(copy the file into the folder instead)"
    )


def _claim(
    article_id: str, path: Path, name: str, taken: dict[str, str]
) -> tuple[str, tuple[str, ...]]:
    """The id the article of `path` gets (`article_id`, or a unique one when an earlier
    file took it), recorded in `taken`, and the warning a clash gives."""
    if article_id not in taken:
        taken[article_id] = str(path)
        return article_id, ()
    unique = _unique_id(article_id, name, taken)
    taken[unique] = str(path)
    return unique, (
        f"article id '{article_id}' is already used by {taken[article_id]}; "
        f"using '{unique}' (rename the file or set 'id:' in its front matter)",
    )


def _unique_id(article_id: str, name: str, taken: dict[str, str]) -> str:
    """A free id for a second article that would be `article_id`: the id plus a short hash
    of the file's name, so that it depends on that name alone, never on which other files
    exist or came first ('gespräch.txt' beside 'gespraech.md' -> 'gespraech-1c2d3e')."""
    digest = hashlib.sha256(unicodedata.normalize("NFC", name).encode("utf-8")).hexdigest()
    unique = f"{article_id}-{digest[:6]}"
    number = 2
    while unique in taken:  # the same name twice (explicit paths), or a hash collision
        unique = f"{article_id}-{digest[:6]}-{number}"
        number += 1
    return unique


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
