"""German search terms for an English question, from the Ding German-English dictionary.

The corpus is mostly German, so an English question shares few words with the passages
that answer it. `QueryTranslator.run` looks the question's words and phrases up in Ding
(Debian package trans-de-en, /usr/share/trans/de-en) and returns German words to add to
the lexical query; the lexical index stems and decompounds them like any query word.

Ding lines read `German ; synonyms | inflections, examples :: English ; synonyms | ...`,
where the n-th `|` section on one side translates the n-th on the other. Every English
synonym of up to four words becomes a key ("computing capacity", "motorways",
"scattershot"; "to depend on sth." gives "depend on" and "depend"), after stripping
annotations (`{f}`, `[pol.]`, `(...)`, `<...>`, `/.../`) and placeholders ("etw.", "sth.").
Keys keep their case when Ding capitalises them, so "China" (the country) and "china"
(porcelain) stay apart; abbreviations pair up ("artificial intelligence /AI/" ::
"künstliche Intelligenz /KI/" gives "AI" -> "KI", and "ai" -> "KI" behind other senses).
The German equivalents of a key are ranked, best first, by a cost in units of one synonym
position:
  - where the key stands: first English synonym of the first section = the entry's main
    sense; later synonyms (+0.5 each), inflection/example sections (+1, +2) and verbs
    (+0.5: questions mostly ask about things) cost more;
  - where the German phrase stands (Ding lists the usual word first, +0.5 each) and how
    long it is (+0.75 per extra word: one word beats a paraphrase);
  - specialist entries ([zool.], [med.], [mus.], ...: +3), since an interview that says
    "eel" rarely means the fish;
  - minus a bonus for common words: 0.5 * ln(1 + number of Ding words that end in the
    candidate), so that "Programm" (head of hundreds of compounds) beats "Programmheft"
    and "Kapazität" beats "Durchsatz".
`run` uses at most `max_per_phrase` German phrases per English phrase, so that a word with
twenty senses does not swamp the question.

Parsing the 25 MB file takes about 10 s of CPU, so the parsed table is kept as an SQLite
file in a folder the caller names, keyed by the dictionary file's SHA-256; opening it
takes milliseconds.

Example:
    >>> translator = QueryTranslator.load(Path("/usr/share/trans/de-en"))
    >>> "Autobahnen" in translator.run("What does he say about motorways?")
    True
    >>> translator.run("Was sagt er über Autobahnen?")
    []
"""

from __future__ import annotations

import bisect
import hashlib
import math
import re
import sqlite3
import threading
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

import Stemmer
from bm25s.stopwords import STOPWORDS_EN_PLUS, STOPWORDS_GERMAN

from assistant.errors import ConfigError
from assistant.language import Language, detect_language

_FORMAT = 5
# Longest English key, in words.
MAX_PHRASE_WORDS = 4
# German phrases kept per key in the table; `run` may use fewer.
_KEPT_PER_KEY = 6
_SPECIALIST_PENALTY = 3.0
_POPULARITY_WEIGHT = 0.5

# Abbreviations stand alone (" /KI/", " /Gov.; Govt./"); "jdm./etw." is no abbreviation.
_ANNOTATION = re.compile(r"\{[^}]*\}|\[[^\]]*\]|\([^)]*\)|<[^>]*>|(?<!\S)/[^/]*/(?=[\s;,]|$)")
_ABBREVIATION = re.compile(r"(?<!\S)/([^/\s;]+)/(?=[\s;,]|$)")
_ENGLISH_WORD = re.compile(r"[A-Za-z0-9]+(?:[-'][A-Za-z0-9]+)*")
_GERMAN_WORD = re.compile(r"[^\W\d_][\w-]*")


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Placeholders for objects in Ding phrases ("etw. finanzieren", "to fund sth.").
_PLACEHOLDERS = _word_set("etw jdn jdm jds jd sth sb sb's one's oneself sich")
_SPECIALIST = re.compile(
    r"\[(?:anat|astron|biochem|biol|bot|chem|cook|entom|geol|hist|ling|med|min|mus|myc|"
    r"ornith|pharm|phys|relig|sport|textil|zool|arch|agr|mil|naut|aviat|math|electr)\.?\]"
)
# Particles dropped from phrasal-verb keys: "depend on" also answers to "depend".
_PARTICLES = _word_set("on upon for with to about in into from of at")
# Besides the usual function words, the verbs and fillers of questions ("what does he
# say/think/want ..."), whose translations would only add noise.
_ENGLISH_STOPWORDS = frozenset(STOPWORDS_EN_PLUS) | _word_set(
    "according also could would might must may shall need needs want wants say says said "
    "think thinks tell told know ask asked mean means much many kind sort way view get "
    "gets got make makes made one thing things whose like"
)
_GERMAN_STOPWORDS = frozenset(STOPWORDS_GERMAN)


class QueryTranslator:
    """English question -> German terms for the lexical query (none for a German question).

    Example:
        >>> translator = QueryTranslator.load(
        ...     Path("/usr/share/trans/de-en"), cache_dir=Path("index")
        ... )
        >>> translator.run("Which computing capacity does Europe lack?")[:2]
        ['Rechenkapazität', 'Europa']
    """

    def __init__(self, table: DingTable, *, max_per_phrase: int = 3) -> None:
        if max_per_phrase < 1:
            raise ValueError(f"max_per_phrase must be at least 1, got {max_per_phrase}")
        self._table = table
        self._max_per_phrase = max_per_phrase

    @classmethod
    def load(
        cls, path: Path, *, cache_dir: Path | None = None, max_per_phrase: int = 3
    ) -> QueryTranslator:
        """Read the Ding dictionary at `path`, or its parsed copy in `cache_dir` when that
        was made from the same file. Raises ConfigError when the file is missing."""
        try:
            data = path.read_bytes()
        except OSError as error:
            raise ConfigError(
                f"The German-English dictionary {path} cannot be read ({error.strerror}), so "
                "English questions match German passages only through the embedding model. "
                "Install it with: sudo apt-get install trans-de-en"
            ) from error
        digest = hashlib.sha256(data).hexdigest()
        if cache_dir is None:
            table = DingTable.create(":memory:", _parse(data), digest)
        else:
            cache = cache_dir / f"ding-{digest[:16]}.sqlite3"
            table = DingTable.open(cache, digest) or DingTable.save(cache, _parse(data), digest)
        return cls(table, max_per_phrase=max_per_phrase)

    def run(self, question: str, *, language: Language | None = None) -> list[str]:
        """German words to add to the lexical query for `question`, best first, without
        repeats; [] when the question is German. Pass `language` when it is known: single
        words ("programme", "tariffs") are too short to detect reliably."""
        words = (word for group in self.alternatives(question, language=language) for word in group)
        return list(dict.fromkeys(words))

    def alternatives(
        self, question: str, *, language: Language | None = None
    ) -> list[tuple[str, ...]]:
        """Like `run`, grouped: one tuple of German words per English phrase of the
        question, for `LexicalIndex.search(..., alternatives=...)`.

        Example:
            >>> translator.alternatives("state-funded motorways", language="en")[-1]
            ('Autobahnen',)
        """
        if (language or detect_language(question)) == "de":
            return []
        groups = []
        for phrases in self._phrase_translations(question):
            words = (
                w for phrase in phrases[: self._max_per_phrase] for w in _content_words(phrase)
            )
            groups.append(tuple(dict.fromkeys(words)))
        return [group for group in groups if group]

    def _phrase_translations(self, question: str) -> Iterator[Sequence[str]]:
        """The German phrases for each English phrase of the question, longest match first."""
        words = _ENGLISH_WORD.findall(question)
        stemmer = Stemmer.Stemmer("english")
        i = 0
        while i < len(words):
            for n in range(min(MAX_PHRASE_WORDS, len(words) - i), 1, -1):
                window = words[i : i + n]
                phrases = self._lookup(" ".join(window))
                # "catch up" is a phrase, "the state" is not.
                if phrases and window[0].lower() not in _ENGLISH_STOPWORDS:
                    yield phrases
                    i += n
                    break
            else:
                yield from self._word_translations(words[i], stemmer)
                i += 1

    def _word_translations(self, word: str, stemmer: Stemmer.Stemmer) -> Iterator[Sequence[str]]:
        if word.lower() in _ENGLISH_STOPWORDS or len(word) < 2:
            return
        if phrases := self._lookup(word):
            yield phrases
        elif "-" in word:
            # "state-funded" is no key; its parts are ("state", "funded").
            for part in word.split("-"):
                yield from self._word_translations(part, stemmer)
        elif phrases := self._table.phrases_by_stem(stemmer.stemWord(word.lower())):
            # An inflected form Ding lacks ("tariffs"): the shortest key with its stem.
            yield phrases

    def _lookup(self, phrase: str) -> Sequence[str]:
        """Exact case first ("China", "AI"), then lower case ("Tariffs" opening a question)."""
        return self._table.phrases(phrase) or self._table.phrases(phrase.lower())


class DingTable:
    """The parsed dictionary in SQLite: English key -> German phrases (best first), and
    English stem -> key. Opening a saved table takes milliseconds and no memory, where
    parsing takes seconds and a dict of 390,000 keys some hundred megabytes.

    Example:
        >>> table = DingTable.create(":memory:", {"motorways": ["Autobahnen"]}, "0" * 64)
        >>> table.phrases("motorways")
        ('Autobahnen',)
    """

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        # One connection serves every thread (check_same_thread=False); the lock keeps
        # concurrent UI requests from using it at the same moment.
        self._lock = threading.Lock()

    @classmethod
    def create(cls, target: str, table: Mapping[str, Sequence[str]], digest: str) -> DingTable:
        """Write `table` to a new SQLite database at `target` (a path or ":memory:")."""
        stemmer = Stemmer.Stemmer("english")
        # Longest first, so that the shortest key with a stem is the one kept.
        words = sorted((k for k in table if " " not in k and k.islower()), key=len, reverse=True)
        connection = sqlite3.connect(target, check_same_thread=False)
        with connection:
            connection.executescript(_SCHEMA)
            connection.executemany(
                "INSERT INTO phrases VALUES (?, ?)",
                ((key, "\t".join(phrases)) for key, phrases in table.items()),
            )
            connection.executemany(
                "INSERT OR REPLACE INTO stems VALUES (?, ?)",
                zip(stemmer.stemWords(words), words, strict=True),
            )
            connection.executemany(
                "INSERT INTO meta VALUES (?, ?)", [("format", str(_FORMAT)), ("sha256", digest)]
            )
        return cls(connection)

    @classmethod
    def save(cls, path: Path, table: Mapping[str, Sequence[str]], digest: str) -> DingTable:
        """Create the table at `path` (written aside, then renamed, so that a concurrent
        reader never sees half a file); in memory if `path` cannot be written."""
        partial = path.with_name(path.name + ".partial")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            partial.unlink(missing_ok=True)
            cls.create(str(partial), table, digest)._connection.close()
            partial.replace(path)
        except (OSError, sqlite3.Error):
            return cls.create(":memory:", table, digest)
        return cls.open(path, digest) or cls.create(":memory:", table, digest)

    @classmethod
    def open(cls, path: Path, digest: str) -> DingTable | None:
        """The table saved at `path` from the dictionary with SHA-256 `digest`, or None if
        there is none, it is damaged or it was made from another file or format."""
        if not path.is_file():
            return None
        try:
            connection = sqlite3.connect(
                f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
            )
            meta = dict(connection.execute("SELECT name, value FROM meta"))
        except sqlite3.Error:
            return None
        if meta != {"format": str(_FORMAT), "sha256": digest}:
            connection.close()
            return None
        return cls(connection)

    def phrases(self, key: str) -> tuple[str, ...]:
        return self._query("SELECT german FROM phrases WHERE key = ?", key)

    def phrases_by_stem(self, stem: str) -> tuple[str, ...]:
        return self._query("SELECT german FROM stems JOIN phrases USING (key) WHERE stem = ?", stem)

    def _query(self, sql: str, value: str) -> tuple[str, ...]:
        with self._lock:
            row = self._connection.execute(sql, (value,)).fetchone()
        return tuple(row[0].split("\t")) if row else ()


_SCHEMA = """
CREATE TABLE phrases (key TEXT PRIMARY KEY, german TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE stems (stem TEXT PRIMARY KEY, key TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


def _parse(data: bytes) -> dict[str, list[str]]:
    return parse_ding(data.decode("utf-8", errors="replace").splitlines())


def parse_ding(lines: Sequence[str]) -> dict[str, list[str]]:
    """English key -> German phrases, best first (the cost is in the module docstring)."""
    costs: dict[str, dict[str, float]] = {}
    german_words: set[str] = set()

    def offer(key: str, phrase: str, cost: float) -> None:
        candidates = costs.setdefault(key, {})
        candidates[phrase] = min(cost, candidates.get(phrase, cost))

    for line in lines:
        if line.startswith("#") or " :: " not in line:
            continue
        german_side, english_side = line.split(" :: ", 1)
        penalty = _SPECIALIST_PENALTY if _SPECIALIST.search(line) else 0.0
        sections = zip(german_side.split(" | "), english_side.split(" | "), strict=False)
        for section, (german, english) in enumerate(sections):
            base = penalty + min(section, 2)
            germans = [_clean(g) for g in _ANNOTATION.sub(" ", german).split(";")]
            germans = [(rank, g, 0.75 * g.count(" ")) for rank, g in enumerate(germans) if g]
            german_words.update(_GERMAN_WORD.findall(" ".join(g for _, g, _ in germans).lower()))
            for position, raw in enumerate(_ANNOTATION.sub(" ", english).split(";")):
                for key, extra in _english_keys(raw):
                    for rank, phrase, length in germans:
                        if _usable(phrase):
                            offer(key, phrase, base + 0.5 * (position + rank) + length + extra)
            for abbreviation in _ABBREVIATION.findall(english):
                for german_abbreviation in _ABBREVIATION.findall(german):
                    offer(abbreviation, german_abbreviation, base + 0.5)
                    # For questions typed in lower case ("what about ai?").
                    offer(abbreviation.lower(), german_abbreviation, base + 1.5)

    popularity = _Popularity(german_words)
    table = {}
    for key, candidates in costs.items():
        if len(candidates) > 1:
            candidates = {p: cost - popularity.bonus(p) for p, cost in candidates.items()}
        ranked = sorted(candidates, key=lambda phrase: (candidates[phrase], phrase))
        table[key] = ranked[:_KEPT_PER_KEY]
    return table


class _Popularity:
    """How productive a German word is: the number of distinct Ding words (stemmed) that
    end in it. "Programm" heads hundreds of compounds, "Programmheft" none."""

    def __init__(self, words: set[str]) -> None:
        self._stemmer = Stemmer.Stemmer("german")
        self._reversed = sorted({stem[::-1] for stem in self._stemmer.stemWords(list(words))})
        self._bonus: dict[str, float] = {}

    def bonus(self, phrase: str) -> float:
        head = phrase.rsplit(maxsplit=1)[-1].lower()
        if head not in self._bonus:
            stem = self._stemmer.stemWord(head)[::-1]
            first = bisect.bisect_left(self._reversed, stem)
            last = bisect.bisect_left(self._reversed, stem + "\U0010ffff")
            self._bonus[head] = _POPULARITY_WEIGHT * math.log1p(last - first)
        return self._bonus[head]


def _clean(text: str) -> str:
    """A Ding phrase (annotations already removed) without object placeholders,
    single-spaced."""
    words = [w for w in text.split() if not _is_placeholder(w)]
    return " ".join(words).strip(" ,;:!?")


def _is_placeholder(word: str) -> bool:
    """ "etw.", "jdm./etw.", "sb./sth." stand for an object, not a word to search for."""
    return all(part.strip(".").lower() in _PLACEHOLDERS for part in word.split("/"))


def _english_keys(text: str) -> list[tuple[str, float]]:
    """Lookup keys for an English synonym with their extra cost: "to depend on sth." ->
    [("depend on", 0.5), ("depend", 1.0)]; [] for examples and sentences. A key keeps its
    case only if Ding capitalises it ("China", "US")."""
    words = _clean(text).split()
    verb = [w.lower() for w in words[:1]] == ["to"]
    words = words[1:] if verb else words
    if not 0 < len(words) <= MAX_PHRASE_WORDS:
        return []
    key = " ".join(words)
    if key[:1].islower() or key.islower():
        key = key.lower()
    keys = [(key, 0.5 * verb)]
    if verb and len(words) > 1 and words[-1] in _PARTICLES:
        keys.append((" ".join(words[:-1]), 1.0))
    return keys


def _usable(phrase: str) -> bool:
    """A German phrase worth adding to a query: a few words, no elided parts ("Staats…")."""
    return bool(phrase) and len(phrase.split()) <= 3 and "…" not in phrase


def _content_words(phrase: str) -> list[str]:
    return [
        w for w in _GERMAN_WORD.findall(phrase) if w.lower() not in _GERMAN_STOPWORDS and len(w) > 1
    ]
