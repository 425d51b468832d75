"""Lexical search: BM25 (bm25s) over German and English passages, with stemming and German
compound matching.

Analysis. Text is lower-cased and split into letter/digit runs, so hyphenated compounds
("Moonshot-Programm", "KI-Wettrennen") become their parts. Each passage is stemmed with
the Snowball stemmer of its own language (`assistant.text.language.detect_language`, or the
language the caller passes), after dropping that language's stop words. A question may be
in either language and the corpus may hold both, so every query word is stemmed both ways
and scores with the better of the two ("dis-max": a word counts once, however many forms
of it match).

German compounds. Closed compounds ("Rechenkapazität", "Infrastrukturkomponente",
"Produktivitätssteigerungen") must match questions that name a part ("Kapazität",
"Infrastruktur", "Produktivität"), and a compound in a question should still find its
parts in the text. We decompound against the index's own German vocabulary at query time:
a query stem matches the indexed German stems that end with it (it is their head:
"kapazitat" -> "rechenkapazitat"), that start with it followed by a word-sized rest
("infrastruktur" -> "infrastrukturkomponent", but not "programm" -> "programmier"), and
the indexed stems it is itself made of. Such matches score at `COMPOUND_WEIGHT` of an
exact match. Why this and not a splitter package: `compound-split` (the only German
splitter on PyPI for Python 3.11) ships a 185 MB n-gram model, takes 2.6 s and 350 MB to
import, splits "Unabhängigkeit" into "Unabhängig|Keit", and was last released in 2020;
`charsplit-fst` needs Python 3.12; a splitter over the Ding dictionary's headwords would
make the index depend on an optional system file. Matching against the vocabulary needs
no data, cannot disagree between build and query time, and knows every word of the corpus,
including new ones ("Moonshot", "KI") no dictionary has.

Example:
    >>> index = LexicalIndex.build(
    ...     ["a#t01", "a#t02"],
    ...     ["Der Durchbruch kam durch viel Rechenkapazität.", "Autobahnen sind Infrastruktur."],
    ... )
    >>> index.search("Kapazität", k=5)[0][0]
    'a#t01'
    >>> [doc for doc, _ in index.search("Infrastruktur", k=5, allowed_ids={"a#t01"})]
    []
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import get_args

import bm25s
import numpy as np
import Stemmer
from bm25s.stopwords import STOPWORDS_EN_PLUS, STOPWORDS_GERMAN

from assistant.errors import IndexMissingError, InputError
from assistant.text.language import Language, detect_language

# A compound match scores this fraction of an exact match: a question about "Kapazität"
# should prefer a passage that says "Kapazität" over one that says "Rechenkapazität".
COMPOUND_WEIGHT = 0.6
# A group of `alternatives` (dictionary translations of one English phrase) scores this
# fraction of its best word: a dictionary guesses the sense, the question's own words don't.
# On eval/gold.yaml, 0.5 ranked the gold turn first for 15 of 20 English questions, 0.7
# and 1.0 for 14, plain concatenation of all translations for 13.
ALTERNATIVES_WEIGHT = 0.5
# Shortest stem that takes part in compound matching; shorter ones ("ki", "it", "bau")
# occur inside far too many unrelated words.
MIN_PART = 4
# Linking elements (Fugen) that may join a modifier to the rest of a compound.
_LINKS = ("es", "s", "en", "n", "e")
_MAX_COMPOUND_MATCHES = 50

_TOKEN = re.compile(r"[^\W_]+")
# bm25s's German list lacks the interrogatives that start most German questions; the
# English list has them ("why", "what", ...).
_GERMAN_INTERROGATIVES = (
    "warum weshalb wieso weswegen wer wen wem wessen wann wo woher wohin womit wodurch "
    "wofür wogegen worauf woran worin worüber wovon wozu inwiefern inwieweit"
)
_STOPWORDS: dict[Language, frozenset[str]] = {
    "de": frozenset(STOPWORDS_GERMAN) | frozenset(_GERMAN_INTERROGATIVES.split()),
    "en": frozenset(STOPWORDS_EN_PLUS),
}
_STEMMER_NAMES: dict[Language, str] = {"de": "german", "en": "english"}
_LANGUAGES: tuple[Language, ...] = get_args(Language)

_META_FILE = "lexical.json"
_FORMAT = 1


def _words(text: str) -> list[str]:
    """Lower-cased letter/digit runs; single letters carry no meaning for search."""
    return [w for w in _TOKEN.findall(text.lower()) if len(w) > 1 or w.isdigit()]


def _stemmers() -> dict[Language, Stemmer.Stemmer]:
    # Stemmer objects keep internal state and must not be shared between threads (UI
    # requests run concurrently); they cost well under a millisecond to create.
    return {language: Stemmer.Stemmer(name) for language, name in _STEMMER_NAMES.items()}


def _query_forms(
    word: str, stemmers: dict[Language, Stemmer.Stemmer]
) -> tuple[frozenset[str], str | None]:
    """A query word's stems in each language where it is no stop word, and its German stem
    (None for a German stop word) for compound matching."""
    exact = frozenset(
        stemmers[language].stemWord(word)
        for language in _LANGUAGES
        if word not in _STOPWORDS[language]
    )
    german = None if word in _STOPWORDS["de"] else stemmers["de"].stemWord(word)
    return exact, german


def _document_terms(text: str, language: Language, stemmer: Stemmer.Stemmer) -> list[str]:
    stopwords = _STOPWORDS[language]
    return stemmer.stemWords([w for w in _words(text) if w not in stopwords])


class LexicalIndex:
    """BM25 over passages in German and/or English; `search` returns `(id, score)` pairs.

    Example:
        >>> index = LexicalIndex.build(["x#t01"], ["Eine Art Moonshot-Programm für Europa."])
        >>> [doc for doc, _ in index.search("moonshot programme", k=3)]
        ['x#t01']
        >>> index.save(Path("/tmp/lexical-example"))
        >>> LexicalIndex.load(Path("/tmp/lexical-example")).ids
        ('x#t01',)
    """

    def __init__(
        self,
        ids: Sequence[str],
        languages: Sequence[Language],
        bm25: bm25s.BM25 | None,
        german_terms: Sequence[str],
    ) -> None:
        self.ids = tuple(ids)
        self.languages = tuple(languages)
        self._bm25 = bm25
        self._position = {doc_id: i for i, doc_id in enumerate(self.ids)}
        # Sorted forwards and by reversed spelling, so that "terms starting with x" and
        # "terms ending with x" are each one binary search.
        self._german = sorted(german_terms)
        self._german_set = frozenset(self._german)
        self._german_reversed = sorted(term[::-1] for term in self._german)

    @classmethod
    def build(
        cls,
        ids: Sequence[str],
        texts: Sequence[str],
        *,
        languages: Sequence[Language] | None = None,
    ) -> LexicalIndex:
        """Index `texts` under `ids`. `languages` (one per text) overrides the detection of
        each text's language, e.g. with the language of the whole article for short turns."""
        if isinstance(ids, str) or isinstance(texts, str):
            raise TypeError("ids and texts must be sequences of strings, not one string")
        if len(ids) != len(texts):
            raise ValueError(f"got {len(ids)} ids for {len(texts)} texts")
        if len(set(ids)) != len(ids):
            raise ValueError("ids must be unique")
        if languages is None:
            languages = [detect_language(text) for text in texts]
        elif len(languages) != len(texts):
            raise ValueError(f"got {len(languages)} languages for {len(texts)} texts")
        elif unknown := set(languages) - set(_LANGUAGES):
            raise ValueError(f"unknown languages {sorted(unknown)}; expected one of {_LANGUAGES}")

        stemmers = _stemmers()
        corpus = [
            _document_terms(text, language, stemmers[language])
            for text, language in zip(texts, languages, strict=True)
        ]
        german_terms = {
            t for terms, lang in zip(corpus, languages, strict=True) if lang == "de" for t in terms
        }
        if not any(corpus):
            return cls(ids, languages, None, ())
        bm25 = bm25s.BM25()
        bm25.index(corpus, show_progress=False)
        return cls(ids, languages, bm25, german_terms)

    def __len__(self) -> int:
        return len(self.ids)

    def search(
        self,
        query: str,
        k: int,
        allowed_ids: set[str] | None = None,
        *,
        alternatives: Sequence[Sequence[str]] = (),
    ) -> list[tuple[str, float]]:
        """The `k` best passages for `query` as `(id, score)`, best first, only those with a
        positive score; with `allowed_ids`, only passages among those ids.

        `alternatives` widens the query with groups of words that each stand for one more
        concept, e.g. the German translations of each English phrase of the question
        (`QueryTranslator.alternatives`): a group scores like its best-matching word, at
        `ALTERNATIVES_WEIGHT`, so a phrase with three translations counts once, not thrice.
        """
        if isinstance(k, bool) or not isinstance(k, int) or k < 1:
            raise InputError(
                f"the number of results must be a whole number of at least 1, not {k!r}"
            )
        if isinstance(alternatives, str) or any(isinstance(g, str) for g in alternatives):
            raise TypeError("alternatives must be a sequence of groups of words")
        if self._bm25 is None:
            return []
        scores = np.zeros(len(self.ids), dtype=np.float64)
        stemmers = _stemmers()
        # Words with the same stems ("Modell", "Modelle") count once, as in one word.
        forms = {_query_forms(word, stemmers) for word in _words(query)}
        for exact, german in forms:
            scores += self._word_scores(exact, german)
        # An alternative that shares a stem with the question adds nothing new.
        asked = frozenset().union(*(exact for exact, _ in forms))
        for group in alternatives:
            best = np.zeros(len(self.ids), dtype=np.float64)
            for text in group:
                for exact, german in {_query_forms(word, stemmers) for word in _words(text)}:
                    if not exact & asked:
                        np.maximum(best, self._word_scores(exact, german), out=best)
            scores += ALTERNATIVES_WEIGHT * best
        if allowed_ids is not None:
            mask = np.zeros(len(self.ids), dtype=bool)
            mask[[self._position[i] for i in allowed_ids if i in self._position]] = True
            scores[~mask] = 0.0
        # A stable sort keeps reading order among equal scores.
        order = np.argsort(-scores, kind="stable")[:k]
        return [(self.ids[i], float(scores[i])) for i in order if scores[i] > 0]

    def _word_scores(self, exact: frozenset[str], german: str | None) -> np.ndarray:
        """Per passage, the best score of any form of a query word: its German or English
        stem (`exact`), or a compound relative of its German stem (discounted)."""
        best = self._term_scores(exact)
        if german is not None and len(german) >= MIN_PART:
            related = self._compound_relatives(german) - exact
            np.maximum(best, COMPOUND_WEIGHT * self._term_scores(related), out=best)
        return best

    def _term_scores(self, terms: Iterable[str]) -> np.ndarray:
        best = np.zeros(len(self.ids), dtype=np.float64)
        assert self._bm25 is not None
        for term in terms:
            token_id = self._bm25.vocab_dict.get(term)
            if token_id is not None and term:
                np.maximum(best, self._bm25.get_scores_from_ids([token_id]), out=best)
        return best

    def _compound_relatives(self, stem: str) -> set[str]:
        """Indexed German stems that contain `stem` as a compound part, or are parts of it."""
        relatives: set[str] = set()
        # Compounds whose head is `stem`: "rechenkapazitat" for "kapazitat".
        reversed_stem = stem[::-1]
        start = bisect.bisect_left(self._german_reversed, reversed_stem)
        for candidate in self._german_reversed[start : start + _MAX_COMPOUND_MATCHES]:
            if not candidate.startswith(reversed_stem):
                break
            if len(candidate) - len(stem) >= 3:
                relatives.add(candidate[::-1])
        # Compounds that start with `stem`, if the rest is word-sized after a linking
        # element: "produktivitatssteiger" for "produktivitat", not "programmier".
        start = bisect.bisect_left(self._german, stem)
        for candidate in self._german[start : start + _MAX_COMPOUND_MATCHES]:
            if not candidate.startswith(stem):
                break
            if _is_word_sized(candidate[len(stem) :]):
                relatives.add(candidate)
        # Parts of `stem` itself: "kapazitat" and "rechen" for "rechenkapazitat".
        for cut in range(MIN_PART, len(stem) - MIN_PART + 1):
            head, modifier = stem[cut:], stem[:cut]
            if head in self._german_set:
                relatives.add(head)
            relatives.update(
                part
                for part in {modifier, *(modifier.removesuffix(link) for link in _LINKS)}
                if len(part) >= MIN_PART and part in self._german_set
            )
        relatives.discard(stem)
        return relatives

    def save(self, directory: Path) -> None:
        """Write the index to `directory` (bm25s arrays as .npy, everything else as JSON)."""
        directory.mkdir(parents=True, exist_ok=True)
        if self._bm25 is not None:
            self._bm25.save(str(directory), show_progress=False)
        meta = {
            "format": _FORMAT,
            "ids": list(self.ids),
            "languages": list(self.languages),
            "german_terms": self._german,
            "empty": self._bm25 is None,
        }
        (directory / _META_FILE).write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, directory: Path) -> LexicalIndex:
        """Read an index written by `save`; raises IndexMissingError if there is none."""
        meta_path = directory / _META_FILE
        if not meta_path.is_file():
            raise IndexMissingError(f"There is no lexical index in {directory}.")
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            if meta.get("format") != _FORMAT:
                raise ValueError(f"format {meta.get('format')!r}, expected {_FORMAT}")
            bm25 = None if meta["empty"] else bm25s.BM25.load(str(directory), show_progress=False)
            index = cls(meta["ids"], meta["languages"], bm25, meta["german_terms"])
        except (OSError, ValueError, KeyError, TypeError) as error:
            raise IndexMissingError(
                f"The lexical index in {directory} cannot be read ({error})."
            ) from error
        if bm25 is not None and bm25.scores["num_docs"] != len(index.ids):
            raise IndexMissingError(f"The lexical index in {directory} does not match its id list.")
        return index


def _is_word_sized(rest: str) -> bool:
    """Whether what follows a modifier is long enough to be a word once a linking element is
    removed ("ssteiger" is, "ier" and "sfah" are not: those are suffixes)."""
    link = next((link for link in _LINKS if rest.startswith(link)), "")
    return len(rest) - len(link) >= MIN_PART
