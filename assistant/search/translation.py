"""Search terms in the other language for a question, from the Ding German-English dictionary.

The corpus holds German and English interviews, so a question shares few words with the
passages of an article in the other language. `QueryTranslator.run` looks the question's
words and phrases up in Ding (Debian package trans-de-en, /usr/share/trans/de-en) and
returns German words for an English question and English words for a German one, to add
to the lexical query; the lexical index stems and decompounds them like any query word.

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
    "eel" rarely means the fish, and a synonym in a register a question hardly means
    ([slang], [vulg.], [pej.], [rare], [obs.], ...: +6, even a specialist sense beats it);
  - minus a bonus for common words: 0.5 * ln(1 + number of Ding words that end in the
    candidate), so that "Programm" (head of hundreds of compounds) beats "Programmheft"
    and "Kapazität" beats "Durchsatz".
`run` uses at most `max_per_phrase` German phrases per English phrase, so that a word with
twenty senses does not swamp the question. Given the corpus's terms (`held`), the phrases
whose every word some passage holds go first, in that order, and the others after them: of
"blast"'s senses "Tuten", "Blasen", "Wind" … "sprengen", a quarry's interview that says
"sprengen" gets that one (the classic target-corpus disambiguation of cross-language
search).

German -> English works the same way with the sides swapped: every German synonym of up to
four words is a key ("Hitze", "Batteriespeicher", "gefördert"), case kept (nouns are
capitalised), and the English phrases are ranked by the same cost, the common-word bonus
counting English Ding words that end in the candidate ("heat": "preheat", "overheat").
A German compound Ding lacks ("Sammellizenz") is looked up by its parts, when both are
Ding words: its head, then its modifier ("licence", then "gathering").

Parsing the 25 MB file takes about 10 s of CPU, so the parsed table is kept as an SQLite
file in a folder the caller names, keyed by the dictionary file's SHA-256; opening it
takes milliseconds.

Example:
    >>> translator = QueryTranslator.load(Path("/usr/share/trans/de-en"))
    >>> "Autobahnen" in translator.run("What does he say about motorways?")
    True
    >>> "motorways" in translator.run("Was sagt er über Autobahnen?")
    True
"""

from __future__ import annotations

import bisect
import hashlib
import math
import os
import re
import sqlite3
import threading
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from pathlib import Path

import Stemmer
from filelock import FileLock

from assistant.errors import ConfigError
from assistant.text.analysis import (
    LINKS,
    LOOKUP_STOPWORDS,
    MIN_PART,
    STEMMER_NAMES,
    document_terms,
)
from assistant.text.language import Language, detect_language

_FORMAT = 11
# Longest key, in words.
MAX_PHRASE_WORDS = 4
# German phrases kept per key in the table; `run` may use fewer.
_KEPT_PER_KEY = 6
_SPECIALIST_PENALTY = 3.0
_REGISTER_PENALTY = 6.0
_POPULARITY_WEIGHT = 0.5

# Abbreviations stand alone (" /KI/", " /Gov.; Govt./"); "jdm./etw." is no abbreviation.
_ANNOTATION = re.compile(r"\{[^}]*\}|\[[^\]]*\]|\([^)]*\)|<[^>]*>|(?<!\S)/[^/]*/(?=[\s;,]|$)")
_ABBREVIATION = re.compile(r"(?<!\S)/([^/\s;]+)/(?=[\s;,]|$)")
_ENGLISH_WORD = re.compile(r"[A-Za-z0-9]+(?:[-'][A-Za-z0-9]+)*")
_GERMAN_WORD = re.compile(r"[^\W\d_][\w-]*")

# Of some terms (stems, as the lexical index keeps them), those some passage holds.
HeldTerms = Callable[[Collection[str]], set[str]]


def remembering(held: HeldTerms) -> HeldTerms:
    """`held` asked once per term: a question looks its phrases up, then each of its words
    again (`QueryAnalyzer._concepts`), and on PostgreSQL each lookup is a query.

    Example:
        >>> asked = []
        >>> lookup = remembering(lambda terms: asked.append(sorted(terms)) or {"wind"})
        >>> lookup({"wind", "tut"}), lookup({"wind"}), asked
        ({'wind'}, {'wind'}, [['tut', 'wind']])
    """
    known: dict[str, bool] = {}

    def lookup(terms: Collection[str]) -> set[str]:
        if new := set(terms) - known.keys():
            found = held(new)
            known.update((term, term in found) for term in new)
        return {term for term in terms if known[term]}

    return lookup


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Placeholders for objects in Ding phrases ("etw. finanzieren", "to fund sth.").
_PLACEHOLDERS = _word_set("etw jdn jdm jds jd sth sb sb's one's oneself sich")
_SPECIALIST = re.compile(
    r"\[(?:anat|astron|biochem|biol|bot|chem|cook|entom|geol|hist|ling|med|min|mus|myc|"
    r"ornith|pharm|phys|relig|sport|textil|zool|arch|agr|mil|naut|aviat|math|electr)\.?\]"
)
# Senses marked slang, vulgar, pejorative, jocular, poetic, rare or obsolete: a question
# means them even more rarely than a specialist sense ("beaver" is "Biber" [zool.] before
# it is "Bär" [slang]).
_REGISTER = re.compile(
    r"\[(?:slang|vulg|pej|humor|poet|rare|obs|archaic|dated|euphem|veraltet|selten)\.?\]"
)
# Particles dropped from phrasal-verb keys: "depend on" also answers to "depend".
_PARTICLES = _word_set("on upon for with to about in into from of at")
_OTHER: dict[Language, Language] = {"en": "de", "de": "en"}
_WORD: dict[Language, re.Pattern[str]] = {"en": _ENGLISH_WORD, "de": _GERMAN_WORD}


def _check_cap(max_per_phrase: int) -> None:
    if max_per_phrase < 1:
        raise ValueError(f"max_per_phrase must be at least 1, got {max_per_phrase}")


class QueryTranslator:
    """Question -> terms in the other language (German for English, English for German).

    Example:
        >>> translator = QueryTranslator.load(
        ...     Path("/usr/share/trans/de-en"), cache_dir=Path("index")
        ... )
        >>> translator.run("Which computing capacity does Europe lack?")[:2]
        ['Rechenkapazität', 'Europa']
    """

    def __init__(self, table: DingTable, *, max_per_phrase: int = 3) -> None:
        _check_cap(max_per_phrase)
        self._table = table
        self._max_per_phrase = max_per_phrase

    @classmethod
    def load(
        cls, path: Path, *, cache_dir: Path | None = None, max_per_phrase: int = 3
    ) -> QueryTranslator:
        """Read the Ding dictionary at `path`, or its parsed copy in `cache_dir` when that
        was made from the same file. Raises ConfigError when the file is missing."""
        # Before the dictionary is read: parsing it takes half a minute.
        _check_cap(max_per_phrase)
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
            # The format in the name: code of another format never overwrites this file.
            cache = cache_dir / f"ding-{digest[:16]}-v{_FORMAT}.sqlite3"
            table = DingTable.open(cache, digest) or _parsed_once(cache, data, digest)
        return cls(table, max_per_phrase=max_per_phrase)

    def run(self, question: str, *, language: Language | None = None) -> list[str]:
        """Words in the other language to add to the lexical query for `question`, best
        first, without repeats. Pass `language` when it is known: single words ("programme",
        "tariffs") are too short to detect reliably."""
        words = (word for group in self.alternatives(question, language=language) for word in group)
        return list(dict.fromkeys(words))

    def alternatives(
        self,
        question: str,
        *,
        language: Language | None = None,
        held: HeldTerms | None = None,
    ) -> list[tuple[str, ...]]:
        """Like `run`, grouped: one tuple of words per phrase of the question, for
        `LexicalIndex.search(..., alternatives=...)`; with `held`, the corpus's phrases
        first.

        Example:
            >>> translator.alternatives("state-funded motorways", language="en")[-1]
            ('Autobahnen',)
            >>> translator.alternatives("Hitze", language="de")[0][0]
            'heat'
        """
        source = language or detect_language(question)
        target = _OTHER[source]
        translations = list(self._phrase_translations(question, source))
        if held is not None:
            translations = _held_first(translations, target, held)
        groups = []
        for phrases in translations:
            words = (
                w
                for phrase in phrases[: self._max_per_phrase]
                for w in _content_words(phrase, target)
            )
            groups.append(tuple(dict.fromkeys(words)))
        return [group for group in groups if group]

    def _phrase_translations(self, question: str, source: Language) -> Iterator[Sequence[str]]:
        """The translations of each phrase of the question, longest match first."""
        words = _WORD[source].findall(question)
        stemmer = Stemmer.Stemmer(STEMMER_NAMES[source])
        i = 0
        while i < len(words):
            for n in range(min(MAX_PHRASE_WORDS, len(words) - i), 1, -1):
                window = words[i : i + n]
                phrases = self._lookup(" ".join(window), source)
                # "catch up" is a phrase, "the state" is not.
                if phrases and window[0].lower() not in LOOKUP_STOPWORDS[source]:
                    yield phrases
                    i += n
                    break
            else:
                for phrases in self._word_translations(words[i], source, stemmer):
                    yield (
                        _in_word_class(phrases, _word_class(words, i))
                        if source == "en"
                        else phrases
                    )
                i += 1

    def _word_translations(
        self, word: str, source: Language, stemmer: Stemmer.Stemmer
    ) -> Iterator[Sequence[str]]:
        if word.lower() in LOOKUP_STOPWORDS[source] or len(word) < 2:
            return
        if phrases := self._lookup(word, source):
            yield phrases
        elif "-" in word:
            # "state-funded" is no key; its parts are ("state", "funded").
            for part in word.split("-"):
                yield from self._word_translations(part, source, stemmer)
        elif phrases := self._table.phrases_by_stem(source, stemmer.stemWord(word.lower()), word):
            # An inflected form Ding lacks ("tariffs", "Inneren"): a key with its stem.
            yield phrases
        elif source == "de":
            yield from self._compound_translations(word, stemmer)

    def _compound_translations(
        self, word: str, stemmer: Stemmer.Stemmer
    ) -> Iterator[Sequence[str]]:
        """A German compound Ding lacks ("Sammellizenz", "Ligaspiele"): its head's
        translations, then its modifier's, when both parts are Ding words; the longest head
        that is one. Requiring both parts keeps a name ("Hollingforder") from being read as
        a word that merely ends it ("Order").

        Example:
            >>> translator.alternatives("Sammellizenz", language="de")
            [('licence', 'license', 'concession'), ('gathering',)]
        """
        for cut in range(MIN_PART, len(word) - MIN_PART + 1):
            head = self._known_word(word[cut:].capitalize(), stemmer)
            if not head:
                continue
            modifier = word[:cut]
            for unlinked in dict.fromkeys(modifier.removesuffix(link) for link in ("", *LINKS)):
                if len(unlinked) >= MIN_PART and (found := self._known_word(unlinked, stemmer)):
                    yield head
                    yield found
                    return

    def _known_word(self, word: str, stemmer: Stemmer.Stemmer) -> Sequence[str]:
        """The translations of a German word, as it is or by its stem; () if Ding lacks it."""
        return self._lookup(word, "de") or self._table.phrases_by_stem(
            "de", stemmer.stemWord(word.lower()), word
        )

    def _lookup(self, phrase: str, source: Language) -> Sequence[str]:
        """Exact case first ("China", "AI"), then lower case ("Tariffs" opening a question),
        for German also capitalised (a noun typed in lower case, "hitze")."""
        variants = [phrase, phrase.lower()]
        if source == "de":
            variants.append(phrase[:1].upper() + phrase[1:].lower())
        for variant in dict.fromkeys(variants):
            if phrases := self._table.phrases(source, variant):
                return phrases
        return ()


# English words that stand before a noun (a determiner, a possessive, a preposition) or
# before a verb (its infinitive's "to", a modal).
_BEFORE_A_NOUN = _word_set(
    "the a an its his her their our my your this that these those each every of for about"
)
_BEFORE_A_VERB = _word_set("to can could will would should must might")


def _held_first(
    translations: Sequence[Sequence[str]], target: Language, held: HeldTerms
) -> list[Sequence[str]]:
    """Each phrase's translations, those whose every word the corpus holds first (each part
    in Ding's order), so that the cap keeps the senses the corpus speaks of. Every word:
    "verdorren lassen" is no sense a text speaks of for holding "lassen".

    Example:
        >>> _held_first([("Tuten", "Wind", "sprengen")], "de", lambda terms: {"spreng"})
        [['sprengen', 'Tuten', 'Wind']]
    """
    stemmer = Stemmer.Stemmer(STEMMER_NAMES[target])
    terms = {p: set(document_terms(p, target, stemmer)) for ps in translations for p in ps}
    found = held(set().union(*terms.values())) if terms else set()
    return [
        sorted(phrases, key=lambda p: not (terms[p] and terms[p] <= found))
        for phrases in translations
    ]


def _word_class(words: Sequence[str], i: int) -> str | None:
    """ "noun" or "verb" for `words[i]` of an English question, as the words before it tell
    ("its yearly grant", "to grant"); None where they do not.

    Example:
        >>> _word_class(["its", "yearly", "grant"], 2), _word_class(["to", "grant"], 1)
        ('noun', 'verb')
    """
    before = [word.lower() for word in words[max(0, i - 2) : i]]
    if before[-1:] and before[-1] in _BEFORE_A_VERB:
        return "verb"
    # One word between ("its yearly grant") is mostly an adjective.
    return "noun" if _BEFORE_A_NOUN & set(before) else None


def _in_word_class(phrases: Sequence[str], word_class: str | None) -> Sequence[str]:
    """German `phrases` with those of `word_class` first, in their order otherwise: German
    capitalises its nouns, so "grant" after "its" is "Gewährung" before "zugute halten".

    Example:
        >>> _in_word_class(["zugute halten", "Gewährung"], "noun")
        ['Gewährung', 'zugute halten']
    """
    if word_class is None:
        return phrases
    noun = word_class == "noun"
    return sorted(phrases, key=lambda phrase: phrase[:1].isupper() != noun)


class DingTable:
    """The parsed dictionary in SQLite, both ways: key -> phrases in the other language
    (best first), and stem -> key. Opening a saved table takes milliseconds and no memory,
    where parsing takes seconds and dicts of 800,000 keys some hundred megabytes.

    Example:
        >>> table = DingTable.create(
        ...     ":memory:", {"en": {"motorways": ["Autobahnen"]}, "de": {}}, "0" * 64
        ... )
        >>> table.phrases("en", "motorways")
        ('Autobahnen',)
    """

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection
        # One connection serves every thread (check_same_thread=False); the lock keeps
        # concurrent UI requests from using it at the same moment.
        self._lock = threading.Lock()

    @classmethod
    def create(cls, target: str, tables: DingTables, digest: str) -> DingTable:
        """Write `tables` (per source language) to a new SQLite database at `target` (a path
        or ":memory:")."""
        connection = sqlite3.connect(target, check_same_thread=False)
        with connection:
            connection.executescript(_SCHEMA)
            for source, table in tables.items():
                connection.executemany(
                    "INSERT INTO phrases VALUES (?, ?, ?)",
                    ((source, key, "\t".join(phrases)) for key, phrases in table.items()),
                )
                connection.executemany(
                    "INSERT INTO stems VALUES (?, ?, ?, ?)", _stem_rows(source, table)
                )
            connection.executemany(
                "INSERT INTO meta VALUES (?, ?)", [("format", str(_FORMAT)), ("sha256", digest)]
            )
        return cls(connection)

    @classmethod
    def save(cls, path: Path, tables: DingTables, digest: str) -> DingTable:
        """Create the table at `path` (written aside, then renamed, so that a concurrent
        reader never sees half a file); in memory if `path` cannot be written. Each writer
        writes aside under a name of its own: two processes starting at once (the suite's
        workers, a server and a command) would otherwise delete or rename each other's."""
        partial = path.with_name(f"{path.name}.{os.getpid()}-{threading.get_ident()}.partial")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            partial.unlink(missing_ok=True)
            cls.create(str(partial), tables, digest)._connection.close()
            partial.replace(path)
        except (OSError, sqlite3.Error):
            return cls.create(":memory:", tables, digest)
        return cls.open(path, digest) or cls.create(":memory:", tables, digest)

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

    def phrases(self, source: Language, key: str) -> tuple[str, ...]:
        return self._query("SELECT target FROM phrases WHERE source = ? AND key = ?", source, key)

    def phrases_by_stem(self, source: Language, stem: str, word: str) -> tuple[str, ...]:
        """The phrases of the key with `stem` that `word` is most like: the one sharing the
        longest beginning with it, then one capitalised as it is (German capitalises nouns:
        "arbeitet" is the verb "arbeiten", not "Arbeiten", papers), then the preferred
        (`_stem_rows`). "Inneren" shares its stem "inn" with the river "Inn" and with
        "Innere" (the inside); it is the inside.

        Example:
            >>> table = DingTable.create(":memory:", {"de": {"Inn": ["Inn"],
            ...     "Innere": ["inside", "interior"], "Arbeiten": ["papers"],
            ...     "arbeiten": ["work"]}, "en": {}}, "0" * 64)
            >>> table.phrases_by_stem("de", "inn", "Inneren")
            ('inside', 'interior')
            >>> table.phrases_by_stem("de", "arbeit", "arbeitet")
            ('work',)
        """
        with self._lock:
            rows = self._connection.execute(
                "SELECT key, target FROM stems JOIN phrases USING (source, key)"
                " WHERE source = ? AND stem = ? ORDER BY rank",
                (source, stem),
            ).fetchall()
        if not rows:
            return ()
        lowered, capital = word.lower(), word[:1].isupper()
        _, target = max(
            rows,
            key=lambda row: (
                _shared_start(row[0].lower(), lowered),
                row[0][:1].isupper() == capital,
            ),
        )
        return tuple(target.split("\t"))

    def _query(self, sql: str, *values: str) -> tuple[str, ...]:
        with self._lock:
            row = self._connection.execute(sql, values).fetchone()
        return tuple(row[0].split("\t")) if row else ()


def _shared_start(one: str, other: str) -> int:
    """How many letters `one` and `other` share from the start.

    Example:
        >>> _shared_start("innere", "inneren"), _shared_start("inn", "inneren")
        (6, 3)
    """
    return next(
        (i for i, (a, b) in enumerate(zip(one, other, strict=False)) if a != b),
        min(len(one), len(other)),
    )


_SCHEMA = """
CREATE TABLE phrases (
    source TEXT NOT NULL, key TEXT NOT NULL, target TEXT NOT NULL, PRIMARY KEY (source, key)
) WITHOUT ROWID;
CREATE TABLE stems (
    source TEXT NOT NULL, stem TEXT NOT NULL, key TEXT NOT NULL, rank INTEGER NOT NULL,
    PRIMARY KEY (source, stem, key)
) WITHOUT ROWID;
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

# Source language -> key -> phrases in the other language, best first.
DingTables = Mapping[Language, Mapping[str, Sequence[str]]]


def _stem_rows(
    source: Language, table: Mapping[str, Sequence[str]]
) -> Iterator[tuple[str, str, str, int]]:
    """(source, stem, key, rank) for the one-word keys; among the keys of one stem that an
    inflected word is equally like (`DingTable.phrases_by_stem`), the shortest ranks first,
    and of two as short a German noun ("Verband", not the verb form "verband" for
    "Verbands"): questions mostly ask about things. German keys are stemmed in lower case,
    as question words are."""
    stemmer = Stemmer.Stemmer(STEMMER_NAMES[source])
    words = [k for k in table if " " not in k and (source == "de" or k.islower())]
    words.sort(key=lambda word: (len(word), word[:1].islower()))
    stems = stemmer.stemWords([w.lower() for w in words])
    return (
        (source, stem, word, rank)
        for rank, (stem, word) in enumerate(zip(stems, words, strict=True))
    )


def _parsed_once(cache: Path, data: bytes, digest: str) -> DingTable:
    """The dictionary's table, parsed and saved at `cache` by whichever process comes first:
    the others (the suite's workers, a server and a command started together) wait for its
    file rather than spend a core each on the same half minute of parsing. Where no lock can
    be taken beside the cache (a folder that cannot be written), each parses on its own.

    Example:
        >>> table = _parsed_once(Path("cache/ding-1a2b-v11.sqlite3"), data, digest)
    """
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        lock = FileLock(f"{cache}.lock")
        lock.acquire()
    except OSError:
        return DingTable.save(cache, _parse(data), digest)
    try:
        return DingTable.open(cache, digest) or DingTable.save(cache, _parse(data), digest)
    finally:
        lock.release()


def _parse(data: bytes) -> dict[Language, dict[str, list[str]]]:
    return parse_ding(data.decode("utf-8", errors="replace").splitlines())


def parse_ding(lines: Sequence[str]) -> dict[Language, dict[str, list[str]]]:
    """Per source language, key -> phrases in the other language, best first (the cost is
    in the module docstring)."""
    costs: dict[Language, dict[str, dict[str, float]]] = {"en": {}, "de": {}}
    words: dict[Language, set[str]] = {"en": set(), "de": set()}

    def offer(source: Language, key: str, phrase: str, cost: float) -> None:
        candidates = costs[source].setdefault(key, {})
        candidates[phrase] = min(cost, candidates.get(phrase, cost))

    for line in lines:
        if line.startswith("#") or " :: " not in line:
            continue
        german_side, english_side = line.split(" :: ", 1)
        penalty = _SPECIALIST_PENALTY if _SPECIALIST.search(line) else 0.0
        sections = zip(german_side.split(" | "), english_side.split(" | "), strict=False)
        for section, (german, english) in enumerate(sections):
            base = penalty + min(section, 2)
            germans = _german_synonyms(german)
            words["de"].update(_GERMAN_WORD.findall(" ".join(g for _, g, _ in germans).lower()))
            englishes = [_english_keys(e) for e in _ANNOTATION.sub(" ", english).split(";")]
            english_registers = _registers(english, len(englishes))
            for position, keys in enumerate(englishes):
                for key, extra in keys:
                    words["en"].add(key.lower())
                    for rank, phrase, length in germans:
                        if _usable(phrase):
                            offer(
                                "en", key, phrase, base + 0.5 * (position + rank) + length + extra
                            )
                # The first key is the synonym itself ("depend on"; "depend" is a shortening).
                target, extra = keys[0] if keys else ("", 0.0)
                if not _usable(target):
                    continue
                length = 0.75 * target.count(" ") + english_registers[position]
                for rank, phrase, _ in germans:
                    if len(phrase.split()) <= MAX_PHRASE_WORDS and "…" not in phrase:
                        cost = base + 0.5 * (position + rank) + length + extra
                        offer("de", phrase, target, cost)
            for abbreviation in _ABBREVIATION.findall(english):
                for german_abbreviation in _ABBREVIATION.findall(german):
                    offer("en", abbreviation, german_abbreviation, base + 0.5)
                    offer("de", german_abbreviation, abbreviation, base + 0.5)
                    # For questions typed in lower case ("what about ai?").
                    offer("en", abbreviation.lower(), german_abbreviation, base + 1.5)
                    offer("de", german_abbreviation.lower(), abbreviation, base + 1.5)

    tables: dict[Language, dict[str, list[str]]] = {}
    for source, by_key in costs.items():
        popularity = _Popularity(words[_OTHER[source]], _OTHER[source])
        tables[source] = {}
        for key, candidates in by_key.items():
            if len(candidates) > 1:
                candidates = {p: cost - popularity.bonus(p) for p, cost in candidates.items()}
            ranked = sorted(candidates, key=lambda phrase: (candidates[phrase], phrase))
            tables[source][key] = ranked[:_KEPT_PER_KEY]
    return tables


class _Popularity:
    """How common a word is in Ding. German: the number of distinct Ding words (stemmed)
    that end in it ("Programm" heads hundreds of compounds, "Programmheft" none). English
    writes compounds apart, so there: the number of distinct English phrases (`words`) that
    hold it ("heat" is in hundreds, "hotness" in a few)."""

    def __init__(self, words: set[str], language: Language) -> None:
        self._stemmer = Stemmer.Stemmer(STEMMER_NAMES[language])
        self._language = language
        if language == "en":
            self._counts = Counter(
                stem for phrase in words for stem in set(self._stemmer.stemWords(phrase.split()))
            )
        else:
            self._reversed = sorted({stem[::-1] for stem in self._stemmer.stemWords(list(words))})
        self._bonus: dict[str, float] = {}

    def bonus(self, phrase: str) -> float:
        head = phrase.rsplit(maxsplit=1)[-1].lower()
        if head not in self._bonus:
            self._bonus[head] = _POPULARITY_WEIGHT * math.log1p(self._count(head))
        return self._bonus[head]

    def _count(self, word: str) -> int:
        if self._language == "en":
            return self._counts[self._stemmer.stemWord(word)]
        stem = self._stemmer.stemWord(word)[::-1]
        first = bisect.bisect_left(self._reversed, stem)
        return bisect.bisect_left(self._reversed, stem + "\U0010ffff") - first


def _german_synonyms(side: str) -> list[tuple[int, str, float]]:
    """The German synonyms of one side of a section: (rank, phrase, extra cost of its length
    and its register), placeholders and annotations removed.

    Example:
        >>> _german_synonyms("Vorsitzender {m}; Vorsitzer {m} [selten]")
        [(0, 'Vorsitzender', 0.0), (1, 'Vorsitzer', 6.0)]
        >>> _german_synonyms("es kostet")
        [(0, 'kostet', 0.0)]
    """
    # Ding writes an impersonal verb with its subject ("es kostet"); a question asks "Was
    # kostet …?", so the verb alone is the key.
    cleaned = [_clean(g).removeprefix("es ") for g in _ANNOTATION.sub(" ", side).split(";")]
    registers = _registers(side, len(cleaned))
    return [(rank, g, 0.75 * g.count(" ") + registers[rank]) for rank, g in enumerate(cleaned) if g]


def _registers(side: str, count: int) -> list[float]:
    """The register penalty of each of the `count` synonyms of one side of a section: a tag
    holds for its own synonym only ("Vorsitzender {m}; Vorsitzer {m} [selten]"), or for all
    of them where the side's semicolons cannot be matched to its synonyms.

    Example:
        >>> _registers("Vorsitzender {m}; Vorsitzer {m} [selten]", 2)
        [0.0, 6.0]
    """
    parts = side.split(";")
    if len(parts) != count:
        parts = [side] * count
    return [_REGISTER_PENALTY if _REGISTER.search(part) else 0.0 for part in parts]


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


def _content_words(phrase: str, language: Language) -> list[str]:
    stopwords = LOOKUP_STOPWORDS[language]
    return [w for w in _WORD[language].findall(phrase) if w.lower() not in stopwords and len(w) > 1]
