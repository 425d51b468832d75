"""Gold sets: hand-written questions with the turns that answer them (format: eval/README.md).

The loader checks a gold set against the corpus it is meant for, so that a typo in a turn
id or a key text is reported where it is, instead of silently scoring zero.

Example:
    >>> gold = load_gold(Path("eval/gold.yaml"), bot.articles())
    >>> gold.questions[0].gold_ids
    ('bienert-ki-unabhaengigkeit-chemanager#t05',)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import get_args

import yaml

from assistant.errors import InputError
from assistant.models import TURN_KINDS, Article, SearchFilter, Turn
from assistant.text.language import Language
from assistant.text.sentences import split_sentences

QUESTION_TYPES = ("speaker", "infobox", "quote", "lead", "multi", "other", "unanswerable")
# A 1000-character baseline chunk with 200 characters of overlap can only be relied on to
# hold a key text whole when the key text is short.
MAX_KEY_TEXT_CHARS = 400


class GoldSetError(InputError):
    """A gold set file that cannot be used as written."""


Fail = Callable[[str], GoldSetError]


@dataclass(frozen=True)
class GoldPassage:
    """A turn that answers a gold question, and the sentence of it that carries the answer
    (`key_text`, verbatim from the turn) by which chunk-based systems are scored."""

    turn_id: str
    key_text: str
    # The key text stands in the article's file but in none of its turns: the parser lost
    # it, and no search can find it (scored as missed; `turn_id` names no turn).
    lost: bool = False


@dataclass(frozen=True)
class GoldQuestion:
    id: str
    lang: Language
    type: str
    question: str
    speaker: str | None
    gold: tuple[GoldPassage, ...]
    # Each fact is a tuple of alternatives; any one of them counts.
    key_facts: tuple[tuple[str, ...], ...] = ()
    search_filter: SearchFilter | None = None

    @property
    def answerable(self) -> bool:
        return bool(self.gold)

    @property
    def gold_ids(self) -> tuple[str, ...]:
        return tuple(passage.turn_id for passage in self.gold)


@dataclass(frozen=True)
class GoldSet:
    path: Path
    questions: tuple[GoldQuestion, ...]

    @property
    def answerable(self) -> tuple[GoldQuestion, ...]:
        return tuple(q for q in self.questions if q.answerable)

    @property
    def unanswerable(self) -> tuple[GoldQuestion, ...]:
        return tuple(q for q in self.questions if not q.answerable)

    @property
    def lost(self) -> tuple[tuple[str, str], ...]:
        """(question id, key text) of each gold passage the parser lost (`GoldPassage.lost`)."""
        return tuple((q.id, p.key_text) for q in self.questions for p in q.gold if p.lost)


def normalise_space(text: str) -> str:
    """Collapse runs of white space, so line breaks never decide a text match."""
    return " ".join(text.split())


def default_key_text(turn: Turn) -> str:
    """The longest sentence of the turn: long sentences are the distinctive ones."""
    sentences = split_sentences(turn.text)
    return max((s.text for s in sentences), key=len, default=turn.text.strip())


def read_gold(path: Path) -> list[object]:
    """The raw question entries of a gold set file (cheap: no corpus, no model), so that a
    missing or malformed file is reported before anything expensive is loaded."""
    if not path.is_file():
        raise GoldSetError(f"gold set {path} not found (see eval/README.md for the format)")
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        raise GoldSetError(f"{path} is not valid UTF-8 YAML: {error}") from error
    if not isinstance(document, dict) or not isinstance(document.get("questions"), list):
        raise GoldSetError(f"{path}: expected a mapping with a 'questions' list")
    return document["questions"]


def load_gold(path: Path, articles: Sequence[Article]) -> GoldSet:
    """Read and check a gold set against the corpus; raises GoldSetError naming the problem."""
    entries = read_gold(path)
    turns = {turn.id: (turn, article) for article in articles for turn in article.turns}
    questions = tuple(
        _question(entry, index, turns, f"{path}") for index, entry in enumerate(entries)
    )
    ids = [q.id for q in questions]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        raise GoldSetError(f"{path}: duplicate question ids: {', '.join(duplicates)}")
    if not any(q.answerable for q in questions):
        raise GoldSetError(f"{path}: the gold set needs at least one answerable question")
    return GoldSet(path=path, questions=questions)


def _question(
    entry: object, index: int, turns: dict[str, tuple[Turn, Article]], where: str
) -> GoldQuestion:
    if not isinstance(entry, dict):
        raise GoldSetError(f"{where}: question #{index + 1} is not a mapping")
    qid = str(entry.get("id") or f"#{index + 1}")
    where = f"{where}: question {qid}"

    def fail(message: str) -> GoldSetError:
        return GoldSetError(f"{where}: {message}")

    question = entry.get("question")
    if not isinstance(question, str) or not question.strip():
        raise fail("'question' must be a non-empty string")
    lang = entry.get("lang")
    if lang not in get_args(Language):
        raise fail(f"'lang' must be one of {', '.join(get_args(Language))}, not {lang!r}")
    raw_gold = entry.get("gold")
    if not isinstance(raw_gold, list):
        raise fail("'gold' must be a list of {turn, key_text} ([] when unanswerable)")
    qtype = entry.get("type", "unanswerable" if not raw_gold else "other")
    if qtype not in QUESTION_TYPES:
        raise fail(f"'type' must be one of {', '.join(QUESTION_TYPES)}, not {qtype!r}")
    if (qtype == "unanswerable") != (not raw_gold):
        raise fail("type 'unanswerable' goes with an empty 'gold' list, and only with it")
    article = entry.get("article")
    gold = tuple(_passage(item, turns, fail, article=article) for item in raw_gold)

    speaker = entry.get("speaker")
    gold_speakers = {turns[p.turn_id][0].speaker for p in gold if not p.lost}
    # Gold found by its text (written without running the parser) may meet a parser that
    # names another speaker: that is for the evaluation to measure, not a gold-set error.
    by_text = all(isinstance(item, dict) and "turn" not in item for item in raw_gold)
    if gold and not by_text and speaker not in gold_speakers:
        known = ", ".join(sorted(str(s) for s in gold_speakers))
        raise fail(f"speaker {speaker!r} speaks in none of its gold turns (they have: {known})")

    key_facts = tuple(_fact(fact, fail) for fact in entry.get("key_facts") or ())
    gold_text = " ".join(p.key_text if p.lost else turns[p.turn_id][0].text for p in gold)
    gold_text = gold_text.casefold()
    for fact in key_facts:
        if not any(normalise_space(alt).casefold() in normalise_space(gold_text) for alt in fact):
            raise fail(f"key fact {' / '.join(fact)!r} occurs in none of its gold turns")
    return GoldQuestion(
        id=qid,
        lang=lang,
        type=qtype,
        question=question.strip(),
        speaker=speaker,
        gold=gold,
        key_facts=key_facts,
        search_filter=_filter(entry.get("filter"), fail),
    )


def _passage(
    item: object, turns: dict[str, tuple[Turn, Article]], fail: Fail, *, article: object = None
) -> GoldPassage:
    if isinstance(item, str):
        item = {"turn": item}
    if isinstance(item, dict) and "turn" not in item and isinstance(item.get("key_text"), str):
        within = item.get("article", article)
        found = _turn_with(item["key_text"], turns, within, fail)
        if found is None:
            return GoldPassage(f"{within}#lost", normalise_space(item["key_text"]), lost=True)
        item = {**item, "turn": found[0], "key_text": found[1]}
    if not isinstance(item, dict) or not isinstance(item.get("turn"), str):
        raise fail("each 'gold' entry needs a 'turn' id, or a 'key_text' to find it by")
    turn_id = item["turn"]
    if turn_id not in turns:
        raise fail(
            f"gold turn {turn_id!r} is not in the corpus "
            "(list turn ids with: python -m assistant ingest FILE --json)"
        )
    turn = turns[turn_id][0]
    key_text = item.get("key_text") or default_key_text(turn)
    if normalise_space(key_text) not in normalise_space(turn.text):
        raise fail(f"key_text is not verbatim from {turn_id}: {key_text[:80]!r}")
    if len(key_text) > MAX_KEY_TEXT_CHARS:
        raise fail(f"key_text for {turn_id} is longer than {MAX_KEY_TEXT_CHARS} characters")
    return GoldPassage(turn_id=turn_id, key_text=normalise_space(key_text))


_LABEL = re.compile(r"^(?P<label>[^\s:]{1,40}(?:\s[^\s:]{1,40}){0,3}):\s(?=\S+\s\S)")


def _labelled(
    key_text: str, turns: dict[str, tuple[Turn, Article]], article: object
) -> tuple[str, str] | None:
    """The turn and text of a key text copied with its speaker's label ("NAME: Bis gestern
    386."): the parser keeps the label as the turn's speaker, not as its text, so the rest
    is found in a turn of the speaker the label names."""
    label = _LABEL.match(key_text)
    if label is None:
        return None
    said = key_text[label.end() :]
    named = set(label["label"].casefold().split())
    for turn_id, (turn, source) in turns.items():
        speaker = set((turn.speaker or "").casefold().split())
        mine = (article is None or source.id == article) and named <= speaker
        if mine and said in normalise_space(turn.text):
            return turn_id, said
    return None


def _turn_with(
    key_text: str, turns: dict[str, tuple[Turn, Article]], article: object, fail: Fail
) -> tuple[str, str] | None:
    """The id of the turn whose text holds `key_text` (in the question's `article`, if it
    names one), and the text found: gold written from the articles, without turn ids.
    None when the article's file holds it and no turn does: the parser lost it, which the
    evaluation measures (a gold-set error would hide it)."""
    wanted = normalise_space(key_text)
    found = [
        turn_id
        for turn_id, (turn, source) in turns.items()
        if (article is None or source.id == article) and wanted in normalise_space(turn.text)
    ]
    if found:
        return found[0], wanted
    labelled = _labelled(wanted, turns, article)
    if labelled is not None:
        return labelled
    source = next((a for _, a in turns.values() if a.id == article), None)
    if source is not None and wanted in normalise_space(_file_text(source)):
        return None
    raise fail(f"no turn holds the key_text {key_text[:80]!r}")


def _file_text(article: Article) -> str:
    """The text of the file an article was parsed from ("" when it cannot be read)."""
    try:
        return Path(article.path or "").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _fact(fact: object, fail: Fail) -> tuple[str, ...]:
    alternatives = (
        (fact,) if isinstance(fact, str) else tuple(fact) if isinstance(fact, list) else ()
    )
    if not alternatives or not all(isinstance(a, str) and a.strip() for a in alternatives):
        raise fail(f"a key fact must be a string or a list of strings, not {fact!r}")
    return alternatives


def _filter(raw: object, fail: Fail) -> SearchFilter | None:
    if raw is None:
        return None
    if not isinstance(raw, dict) or not set(raw) <= {"speaker", "article", "kinds"}:
        raise fail("'filter' may only have the keys speaker, article, kinds")
    kinds = raw.get("kinds")
    if kinds is not None and (not isinstance(kinds, list) or not set(kinds) <= set(TURN_KINDS)):
        raise fail(f"'filter.kinds' must be a list of: {', '.join(TURN_KINDS)}")
    return SearchFilter(
        speaker=raw.get("speaker"),
        article=raw.get("article"),
        kinds=tuple(kinds) if kinds else None,
    )
