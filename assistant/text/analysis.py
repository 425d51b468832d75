"""Word analysis, in one place: tokens, stop words, Snowball stemmers and German compound
parts. The lexical index, the query translator, the retriever and the answerer all read
words through this module, so a question and a passage are always analysed alike.

Text is lower-cased and split into letter/digit runs, so hyphenated compounds
("Moonshot-Programm", "KI-Wettrennen") become their parts. A passage is stemmed with the
stemmer of its own language after dropping that language's stop words; a query word may be
in either language, so it is stemmed both ways (`query_forms`).

German compounds. Closed compounds ("Rechenkapazität", "Infrastrukturkomponente") must
match questions that name a part ("Kapazität", "Infrastruktur"), and a compound in a
question should still find its parts in the text. `CompoundVocabulary` decompounds against
a vocabulary of German stems (an index's, or a handful of sentences'): a stem matches the
stems that end with it (it is their head), that start with it followed by a word-sized
rest ("infrastruktur" -> "infrastrukturkomponent", but not "programm" -> "programmier"),
and the stems it is itself made of. Why not a splitter package: see
`assistant.index.lexical.bm25`.

Example:
    >>> words("Eine Art Moonshot-Programm für Europa.")
    ['eine', 'art', 'moonshot', 'programm', 'für', 'europa']
    >>> document_terms("Eine Art Moonshot-Programm für Europa.", "de")
    ['moonshot', 'programm', 'europa']
    >>> vocabulary = CompoundVocabulary(["rechenkapazitat", "infrastrukturkomponent"])
    >>> sorted(vocabulary.relatives("kapazitat"))
    ['rechenkapazitat']
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import get_args

import Stemmer

from assistant.text.bm25s_numpy import bm25s
from assistant.text.language import Language, detect_language

LANGUAGES: tuple[Language, ...] = get_args(Language)
STEMMER_NAMES: dict[Language, str] = {"de": "german", "en": "english"}
# Shortest stem that takes part in compound matching; shorter ones ("ki", "it", "bau")
# occur inside far too many unrelated words.
MIN_PART = 4
# Linking elements (Fugen) that may join a modifier to the rest of a compound.
LINKS = ("es", "s", "en", "n", "e")
_MAX_COMPOUND_MATCHES = 50

TOKEN = re.compile(r"[^\W_]+")


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# bm25s's German list lacks the interrogatives that start most German questions; the
# English list has them ("why", "what", ...).
_GERMAN_INTERROGATIVES = _word_set(
    "warum weshalb wieso weswegen wer wen wem wessen wann wo woher wohin womit wodurch "
    "wofür wogegen worauf woran worin worüber wovon wozu inwiefern inwieweit"
)
# Words search ignores, per language.
STOPWORDS: dict[Language, frozenset[str]] = {
    "de": frozenset(bm25s.stopwords.STOPWORDS_GERMAN) | _GERMAN_INTERROGATIVES,
    "en": frozenset(bm25s.stopwords.STOPWORDS_EN_PLUS),
}
# A word either language's search ignores: a name, a label or a given name is none of them.
ANY_STOPWORD: frozenset[str] = frozenset().union(*STOPWORDS.values())
# Words a dictionary lookup ignores: besides the usual function words, the verbs and
# fillers of questions ("what does he say/think/want ...", "warum sagt er ..."), whose
# translations would only add noise.
LOOKUP_STOPWORDS: dict[Language, frozenset[str]] = {
    "en": frozenset(bm25s.stopwords.STOPWORDS_EN_PLUS)
    | _word_set(
        "according also could would might must may shall need needs want wants say says said "
        "think thinks tell told know ask asked mean means much many kind sort way view get "
        "gets got make makes made one thing things whose like"
    ),
    "de": frozenset(bm25s.stopwords.STOPWORDS_GERMAN)
    | _word_set(
        "warum wer wen wem wessen wann weshalb wieso weswegen wozu wohin woher womit wodurch "
        "worauf worüber wofür welcher welches welchem sagt sagen sagte meint meinen denkt "
        "denken hält halten findet finden soll sollen sollte könnte würde viele vielen ab "
        "davon dagegen eigentlich laut los"
    ),
}
# Words that ask rather than say what is asked about: they never count as the topic of a
# question when sentences are matched against it.
QUESTION_WORDS = (
    frozenset(bm25s.stopwords.STOPWORDS_EN_PLUS)
    | frozenset(bm25s.stopwords.STOPWORDS_GERMAN)
    | _word_set(
        """say says said tell tells think thinks mean means view views opinion according
        talk talks mention mentions call calls want wants does did describe explain
        sagt sagen sagte meint meinen meinte denkt denken hält halten laut ansicht meinung
        einschätzung sicht erklärt erklären erläutert warum weshalb wieso weswegen wodurch
        wann wer wem wen wessen welcher welchen welchem woran worauf wofür
        much many like could would should must might may can will shall get got
        wurde wurden worden viele vieles beim steht stehen gibt"""
    )
)
# Words that show a question is about what the interviewer asked.
ASKING_WORDS = _word_set(
    """ask asks asked asking question questions interviewer interviewers magazine
    frage fragen fragt fragte gefragt interviewerin zeitschrift magazin"""
)


def words(text: str) -> list[str]:
    """Lower-cased letter/digit runs; single letters carry no meaning for search."""
    return [w for w in TOKEN.findall(text.lower()) if len(w) > 1 or w.isdigit()]


def stemmers() -> dict[Language, Stemmer.Stemmer]:
    """A fresh Snowball stemmer per language. Stemmer objects keep internal state and must
    not be shared between threads (UI requests run concurrently); they cost well under a
    millisecond to create."""
    return {language: Stemmer.Stemmer(name) for language, name in STEMMER_NAMES.items()}


def query_forms(
    word: str, stemmers: dict[Language, Stemmer.Stemmer]
) -> tuple[frozenset[str], str | None]:
    """A query word's stems in each language where it is no stop word, and its German stem
    (None for a German stop word) for compound matching."""
    exact = frozenset(
        stemmers[language].stemWord(word)
        for language in LANGUAGES
        if word not in STOPWORDS[language]
    )
    german = None if word in STOPWORDS["de"] else stemmers["de"].stemWord(word)
    return exact, german


def document_terms(
    text: str, language: Language, stemmer: Stemmer.Stemmer | None = None
) -> list[str]:
    """The stems of a passage's words in its own language, stop words dropped."""
    stemmer = stemmer or Stemmer.Stemmer(STEMMER_NAMES[language])
    stopwords = STOPWORDS[language]
    return stemmer.stemWords([w for w in words(text) if w not in stopwords])


class CompoundVocabulary:
    """German stems, sorted forwards and by reversed spelling, so that "stems starting with
    x" and "stems ending with x" are each one binary search.

    Example:
        >>> vocabulary = CompoundVocabulary(["rechenkapazitat", "produktivitatssteiger"])
        >>> sorted(vocabulary.relatives("produktivitat"))
        ['produktivitatssteiger']
    """

    def __init__(self, stems: Iterable[str]) -> None:
        self.stems = sorted(set(stems))
        self._set = frozenset(self.stems)
        self._reversed = sorted(stem[::-1] for stem in self.stems)

    def relatives(self, stem: str) -> set[str]:
        """Stems of the vocabulary that contain `stem` as a compound part, or are parts of it."""
        relatives = self._with_head(stem) | self._with_modifier(stem)
        # Parts of `stem` itself: "kapazitat" and "rechen" for "rechenkapazitat".
        for cut in range(MIN_PART, len(stem) - MIN_PART + 1):
            head, modifier = stem[cut:], stem[:cut]
            if head in self._set:
                relatives.add(head)
            relatives.update(
                part
                for part in {modifier, *(modifier.removesuffix(link) for link in LINKS)}
                if len(part) >= MIN_PART and part in self._set
            )
        relatives.discard(stem)
        return relatives

    def _with_head(self, stem: str) -> set[str]:
        """Compounds whose head is `stem`: "rechenkapazitat" for "kapazitat"."""
        found = set()
        reversed_stem = stem[::-1]
        start = bisect.bisect_left(self._reversed, reversed_stem)
        for candidate in self._reversed[start : start + _MAX_COMPOUND_MATCHES]:
            if not candidate.startswith(reversed_stem):
                break
            if len(candidate) - len(stem) >= 3:
                found.add(candidate[::-1])
        return found

    def _with_modifier(self, stem: str) -> set[str]:
        """Compounds that start with `stem`, if the rest is word-sized after a linking
        element: "produktivitatssteiger" for "produktivitat", not "programmier"."""
        found = set()
        start = bisect.bisect_left(self.stems, stem)
        for candidate in self.stems[start : start + _MAX_COMPOUND_MATCHES]:
            if not candidate.startswith(stem):
                break
            if _is_word_sized(candidate[len(stem) :]):
                found.add(candidate)
        return found


def _is_word_sized(rest: str) -> bool:
    """Whether what follows a modifier is long enough to be a word once a linking element is
    removed ("ssteiger" is, "ier" and "sfah" are not: those are suffixes)."""
    link = next((link for link in LINKS if rest.startswith(link)), "")
    return len(rest) - len(link) >= MIN_PART


# Texts whose language and terms are kept: the sentences of the passages questions retrieve
# recur from question to question, and analysing them again was a sixth of `ask`.
_KEPT_TEXTS = 50_000


@lru_cache(maxsize=_KEPT_TEXTS)
def _analysed(text: str, language: Language | None) -> tuple[Language, frozenset[str]]:
    """`text`'s language (detected unless given) and its terms (`document_terms`)."""
    language = language or detect_language(text)
    return language, frozenset(document_terms(text, language))


class Mentions:
    """Which of several texts mention a word in any of its forms: the same stems, or a German
    compound relative (as the lexical index matches them, without its scores).

    Example:
        >>> mentions = Mentions(["Viel Rechenkapazität.", "Autobahnen sind Infrastruktur."])
        >>> sorted(mentions.of("Kapazität"))
        [0]
    """

    def __init__(self, texts: Sequence[str], languages: Sequence[Language] | None = None) -> None:
        self._stemmers = stemmers()
        analysed = [
            _analysed(text, language)
            for text, language in zip(texts, languages or [None] * len(texts), strict=True)
        ]
        self.languages = tuple(language for language, _ in analysed)
        self._terms = [terms for _, terms in analysed]
        self._vocabulary = CompoundVocabulary(
            term
            for terms, language in zip(self._terms, self.languages, strict=True)
            if language == "de"
            for term in terms
        )

    def of(self, phrase: str) -> set[int]:
        """Indices of the texts that mention any word of `phrase`."""
        wanted: set[str] = set()
        for word in words(phrase):
            exact, german = query_forms(word, self._stemmers)
            wanted |= exact
            if german is not None and len(german) >= MIN_PART:
                wanted |= self._vocabulary.relatives(german)
        wanted.discard("")
        return {i for i, terms in enumerate(self._terms) if terms & wanted}

    def of_concept(self, concept: Sequence[str], asked_in: Language) -> set[int]:
        """Indices of the texts that mention a question's word (`concept[0]`), or one of its
        translations in a text in the other language (`concept_words`).

        Example:
            >>> texts = ["Data Science ist bei uns gefragt.", "Data is what we need."]
            >>> Mentions(texts).of_concept(("Daten", "data"), "de")
            {1}
        """
        found: set[int] = set()
        for language in set(self.languages):
            counted = self.of(" ".join(concept_words(concept, asked_in, language)))
            found |= {i for i in counted if self.languages[i] == language}
        return found


def concept_words(concept: Sequence[str], asked_in: Language, text_in: Language) -> Sequence[str]:
    """The words of a question's concept (the word, then its translations) that count in a
    text: the translations only in a text in the other language, since a German article's
    English loanwords ("Data Science") are not what a German question's "Daten" asks about.

    Example:
        >>> concept = ("Daten", "data")
        >>> concept_words(concept, "de", "de"), concept_words(concept, "de", "en")
        (('Daten',), ('Daten', 'data'))
    """
    return concept if text_in != asked_in else concept[:1]
