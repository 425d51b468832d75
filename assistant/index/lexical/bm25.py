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
    >>> index = BM25Index.build(
    ...     ["a#t01", "a#t02"],
    ...     ["Der Durchbruch kam durch viel Rechenkapazität.", "Autobahnen sind Infrastruktur."],
    ... )
    >>> index.search("Kapazität", k=5)[0][0]
    'a#t01'
    >>> [doc for doc, _ in index.search("Infrastruktur", k=5, mask=np.array([True, False]))]
    []
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Iterable, Sequence
from pathlib import Path

import numpy as np

from assistant.errors import IndexMissingError, InputError
from assistant.text.analysis import (
    LANGUAGES,
    MIN_PART,
    CompoundVocabulary,
    document_terms,
    query_forms,
    stemmers,
    words,
)
from assistant.text.bm25s_numpy import bm25s
from assistant.text.language import Language, detect_language

# A compound match scores this fraction of an exact match: a question about "Kapazität"
# should prefer a passage that says "Kapazität" over one that says "Rechenkapazität".
COMPOUND_WEIGHT = 0.6
# A group of `alternatives` (dictionary translations of one English phrase) scores this
# fraction of its best word: a dictionary guesses the sense, the question's own words don't.
# On eval/gold.yaml, 0.5 ranked the gold turn first for 15 of 20 English questions, 0.7
# and 1.0 for 14, plain concatenation of all translations for 13.
ALTERNATIVES_WEIGHT = 0.5
_META_FILE = "lexical.json"
_FORMAT = 1


class BM25Index:
    """BM25 over passages in German and/or English; `search` returns `(id, score)` pairs.

    Example:
        >>> index = BM25Index.build(["x#t01"], ["Eine Art Moonshot-Programm für Europa."])
        >>> [doc for doc, _ in index.search("moonshot programme", k=3)]
        ['x#t01']
        >>> index.save(Path("/tmp/lexical-example"))
        >>> BM25Index.load(Path("/tmp/lexical-example")).ids
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
        self._german = CompoundVocabulary(german_terms)

    @classmethod
    def build(
        cls,
        ids: Sequence[str],
        texts: Sequence[str],
        *,
        languages: Sequence[Language] | None = None,
    ) -> BM25Index:
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
        elif unknown := set(languages) - set(LANGUAGES):
            raise ValueError(f"unknown languages {sorted(unknown)}; expected one of {LANGUAGES}")

        by_language = stemmers()
        corpus = [
            document_terms(text, language, by_language[language])
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
        mask: np.ndarray | None = None,
        *,
        alternatives: Sequence[Sequence[str]] = (),
    ) -> list[tuple[str, float]]:
        """The `k` best passages for `query` as `(id, score)`, best first, only those with a
        positive score; with `mask` (a boolean per position), only the passages it keeps.

        `alternatives` widens the query with groups of words that each stand for one more
        concept, e.g. the German translations of each English phrase of the question
        (`QueryTranslator.alternatives`): a group scores like its best-matching word, at
        `ALTERNATIVES_WEIGHT`, so a phrase with three translations counts once, not thrice.
        """
        check_search(k, alternatives)
        if self._bm25 is None:
            return []
        scores = query_scores(query, alternatives, len(self.ids), self._term_scores, self._german)
        if mask is not None:
            scores[~mask] = 0.0
        # A stable sort keeps reading order among equal scores.
        order = np.argsort(-scores, kind="stable")[:k]
        return [(self.ids[i], float(scores[i])) for i in order if scores[i] > 0]

    def held(self, terms: Collection[str]) -> set[str]:
        """Those of `terms` that some passage holds.

        Example:
            >>> BM25Index.build(["x#t01"], ["Wir sprengen hier."]).held({"spreng", "wind"})
            {'spreng'}
        """
        if self._bm25 is None:
            return set()
        return {term for term in terms if term in self._bm25.vocab_dict}

    def _term_scores(self, terms: Iterable[str]) -> np.ndarray:
        best = np.zeros(len(self.ids), dtype=np.float64)
        assert self._bm25 is not None
        for term in terms:
            token_id = self._bm25.vocab_dict.get(term)
            if token_id is not None and term:
                np.maximum(best, self._bm25.get_scores_from_ids([token_id]), out=best)
        return best

    def save(self, directory: Path) -> None:
        """Write the index to `directory` (bm25s arrays as .npy, everything else as JSON)."""
        directory.mkdir(parents=True, exist_ok=True)
        if self._bm25 is not None:
            self._bm25.save(str(directory), show_progress=False)
        meta = {
            "format": _FORMAT,
            "ids": list(self.ids),
            "languages": list(self.languages),
            "german_terms": self._german.stems,
            "empty": self._bm25 is None,
        }
        (directory / _META_FILE).write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, directory: Path) -> BM25Index:
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


def check_search(k: object, alternatives: Sequence[Sequence[str]]) -> None:
    """InputError for a bad `k`, TypeError for alternatives that are not groups of words."""
    if isinstance(k, bool) or not isinstance(k, int) or k < 1:
        raise InputError(f"the number of results must be a whole number of at least 1, not {k!r}")
    if isinstance(alternatives, str) or any(isinstance(g, str) for g in alternatives):
        raise TypeError("alternatives must be a sequence of groups of words")


def query_scores(
    query: str,
    alternatives: Sequence[Sequence[str]],
    size: int,
    term_scores: Callable[[Iterable[str]], np.ndarray],
    vocabulary: CompoundVocabulary,
) -> np.ndarray:
    """Per passage (`size` of them), the score of `query` widened by `alternatives`, from
    `term_scores` (per passage, the best BM25 score of any of the terms it is given) and the
    German `vocabulary`. Every backend that stores BM25 term scores combines them here, so
    that they rank alike.

    `alternatives` are groups of words that each stand for one more concept, e.g. the
    German translations of each English phrase of the question
    (`QueryTranslator.alternatives`): a group scores like its best-matching word, at
    `ALTERNATIVES_WEIGHT`, so a phrase with three translations counts once, not thrice."""

    def word_scores(exact: frozenset[str], german: str | None) -> np.ndarray:
        # The best of a query word's German or English stem (`exact`), or a compound
        # relative of its German stem (discounted).
        best = term_scores(exact)
        if german is not None and len(german) >= MIN_PART:
            related = vocabulary.relatives(german) - exact
            np.maximum(best, COMPOUND_WEIGHT * term_scores(related), out=best)
        return best

    scores = np.zeros(size, dtype=np.float64)
    by_language = stemmers()
    # Words with the same stems ("Modell", "Modelle") count once, as in one word.
    forms = {query_forms(word, by_language) for word in words(query)}
    for exact, german in forms:
        scores += word_scores(exact, german)
    # An alternative that shares a stem with the question adds nothing new.
    asked = frozenset().union(*(exact for exact, _ in forms))
    for group in alternatives:
        best = np.zeros(size, dtype=np.float64)
        for text in group:
            for exact, german in {query_forms(word, by_language) for word in words(text)}:
                if not exact & asked:
                    np.maximum(best, word_scores(exact, german), out=best)
        scores += ALTERNATIVES_WEIGHT * best
    return scores


def query_terms(
    query: str, alternatives: Sequence[Sequence[str]], vocabulary: CompoundVocabulary
) -> set[str]:
    """Every term `query_scores` asks for: a backend that fetches term scores from a server
    asks for them all at once, then scores."""
    asked: set[str] = set()

    def record(terms: Iterable[str]) -> np.ndarray:
        asked.update(t for t in terms if t)
        return np.zeros(0, dtype=np.float64)

    query_scores(query, alternatives, 0, record, vocabulary)
    return asked
