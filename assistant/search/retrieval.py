"""Finds the turns that answer a question: dense (FAISS over turn chunks) and lexical
(BM25 over whole turns, English questions widened with German dictionary terms), fused by
weighted reciprocal rank fusion. One hit per turn, best first.

Why both: they miss different questions (BM25 a paraphrase that shares no word with the
passage, the English MiniLM model German wording it does not know), and on eval/gold.yaml
the fusion's MRR is above either's in both languages. Rank fusion needs no calibration of
cosine against BM25 scores. The weights and the RRF constant were tuned on the gold set
(README, "## Search"); the candidate depth was not (the seed has fewer turns than it).

Example:
    >>> retriever = HybridRetriever(search_index, embedder, translator=translator)
    >>> hits = retriever.run("why does Bienert call for a moonshot programme?", k=3)
    >>> hits[0].turn.id
    'bienert-ki-unabhaengigkeit-chemanager#t08'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from assistant.errors import InputError
from assistant.index.encoders.sentence_transformer import Embedder
from assistant.index.indexing import SearchIndex
from assistant.models import TURN_KINDS, Article, Hit, SearchFilter
from assistant.search.fusion import reciprocal_rank_fusion
from assistant.search.translation import QueryTranslator
from assistant.text.language import detect_language

Mode = Literal["hybrid", "dense", "bm25"]
MODES: tuple[Mode, ...] = ("hybrid", "dense", "bm25")
MAX_K = 1000
# Words that show a question is about what the interviewer asked.
_ASKING_WORDS = frozenset(
    """ask asks asked asking question questions interviewer interviewers magazine
    frage fragen fragt fragte gefragt interviewerin zeitschrift magazin""".split()  # noqa: SIM905
)
_WORD = re.compile(r"[^\W_]+")


def interviewer_words(articles: Iterable[Article]) -> frozenset[str]:
    """The words of every interviewer's name and aliases in `articles`, lower-cased."""
    return frozenset(
        word.lower()
        for article in articles
        for participant in article.participants
        if participant.role == "interviewer"
        for label in (participant.name, *participant.aliases)
        for word in _WORD.findall(label)
    )


def asks_about_questions(question: str, interviewers: frozenset[str]) -> bool:
    """Whether `question` is about what the interviewers asked: it says "asked"/"Frage"/...
    or names an interviewer (`interviewer_words`: "What did Oestreich want to know?")."""
    words = {w.lower() for w in _WORD.findall(question)}
    return bool(words & (_ASKING_WORDS | interviewers))


@dataclass(frozen=True)
class FusionParams:
    """How the two rankings are combined (tuned on eval/gold.yaml)."""

    # BM25 is the stronger ranker on this German corpus, in both languages once English
    # questions carry dictionary terms; a small RRF constant lets a first place count.
    dense_weight: float = 0.7
    lexical_weight: float = 1.0
    rrf_k: int = 1
    # Turns each ranker contributes to the fusion.
    depth: int = 50
    # An interviewer's question is context, not what was said: the indexed text of the
    # answer already carries it. Unless the question is about what was asked, questions'
    # fused scores are scaled by this. Chosen after the held-out check (eval/heldout), where
    # questions crowded answers out of first place; measured with both gold sets:
    # held-out R@1 0.261 -> 0.348, MRR@10 0.417 -> 0.463; seed R@1 0.757 -> 0.770,
    # MRR@10 0.896 -> 0.910. Leads are not scaled: "what is this interview about?" is
    # answered by the teaser.
    question_weight: float = 0.6


class HybridRetriever:
    """Ranks the turns of an index for a question.

    Example:
        >>> retriever = HybridRetriever(SearchIndex.load(Path("index")), embedder)
        >>> [h.turn.id for h in retriever.run("Warum fordert Bienert ein Moonshot-Programm?",
        ...     k=1, search_filter=SearchFilter(kinds=("answer",)))]
        ['bienert-ki-unabhaengigkeit-chemanager#t08']
    """

    def __init__(
        self,
        search_index: SearchIndex,
        embedder: Embedder,
        *,
        translator: QueryTranslator | None = None,
        params: FusionParams | None = None,
        max_question_chars: int = 200_000,
    ) -> None:
        self.index = search_index
        self.embedder = embedder
        self.translator = translator
        self.params = params or FusionParams()
        # Computed once per index, not per query: it scans every article's participants.
        self._interviewers = interviewer_words(search_index.store.articles.values())
        self.max_question_chars = max_question_chars

    def run(
        self,
        question: str,
        *,
        k: int = 5,
        search_filter: SearchFilter | None = None,
        mode: Mode = "hybrid",
    ) -> list[Hit]:
        """The `k` best turns for `question` (InputError for an empty or over-long
        question, a bad `k` or a filter that names no speaker/article of the corpus)."""
        question = checked_question(question, self.max_question_chars)
        if isinstance(k, bool) or not isinstance(k, int) or not 1 <= k <= MAX_K:
            raise InputError(f"The number of results must be between 1 and {MAX_K}, not {k!r}.")
        if mode not in MODES:
            raise InputError(f"Unknown search mode {mode!r}; use one of {', '.join(MODES)}.")
        allowed = self.allowed_turns(search_filter)
        depth = max(k, self.params.depth)
        # An English question over German passages: the dictionary's German terms, one
        # group per English phrase, widen the lexical query; the dense query gets them too
        # (the English model still places German words it knows near their passages).
        language = detect_language(question)
        alternatives = (
            self.translator.alternatives(question, language=language) if self.translator else []
        )
        # English terms appended to a German question pull its embedding away from the
        # German passages it matches (seed gold set), so only English questions get them.
        appended = [w for g in alternatives for w in g] if language == "en" else []
        dense_query = " ".join([question, *dict.fromkeys(appended)])
        if mode == "dense":
            ranked = self._dense(dense_query, depth, allowed)
        elif mode == "bm25":
            ranked = self._lexical(question, alternatives, depth, allowed)
        else:
            ranked = reciprocal_rank_fusion(
                [
                    [turn_id for turn_id, _ in self._dense(dense_query, depth, allowed)],
                    [
                        turn_id
                        for turn_id, _ in self._lexical(question, alternatives, depth, allowed)
                    ],
                ],
                weights=[self.params.dense_weight, self.params.lexical_weight],
                k=self.params.rrf_k,
            )
            if not asks_about_questions(question, self._interviewers):
                ranked = self._answers_before_questions(ranked)
        turns = self.index.store.turns
        return [
            Hit(turn=turns[turn_id][1], article=turns[turn_id][0], score=score, rank=rank)
            for rank, (turn_id, score) in enumerate(ranked[:k], start=1)
        ]

    def _answers_before_questions(self, ranked: list[tuple[str, float]]) -> list[tuple[str, float]]:
        turns = self.index.store.turns
        weighted = [
            (turn_id, score * self.params.question_weight)
            if turns[turn_id][1].kind == "question"
            else (turn_id, score)
            for turn_id, score in ranked
        ]
        return sorted(weighted, key=lambda pair: -pair[1])

    def allowed_turns(self, search_filter: SearchFilter | None) -> set[str] | None:
        """Ids of the turns `search_filter` keeps (None: all)."""
        if search_filter is None or search_filter == SearchFilter():
            return None
        articles = list(self.index.store.articles.values())
        if search_filter.article is not None:
            articles = [a for a in articles if a.id == search_filter.article.strip()]
            if not articles:
                known = ", ".join(sorted(self.index.store.articles)[:20])
                raise InputError(
                    f"No article {search_filter.article!r} in the index. Known: {known}."
                )
        kinds = search_filter.kinds
        if kinds is not None and (unknown := set(kinds) - set(TURN_KINDS)):
            raise InputError(
                f"Unknown turn kind(s) {', '.join(sorted(unknown))}; use {', '.join(TURN_KINDS)}."
            )
        speakers = None if search_filter.speaker is None else self._speakers(search_filter)
        return {
            turn.id
            for article in articles
            for turn in article.turns
            if (kinds is None or turn.kind in kinds)
            and (speakers is None or turn.speaker in speakers)
        }

    def _speakers(self, search_filter: SearchFilter) -> set[str]:
        """Full names of the participants the filter's speaker names (name or alias)."""
        assert search_filter.speaker is not None
        wanted = search_filter.speaker.strip().casefold()
        names = set()
        for article in self.index.store.articles.values():
            for participant in article.participants:
                labels = (participant.name, *participant.aliases)
                if any(label.casefold() == wanted for label in labels):
                    names.add(participant.name)
            names.update(
                t.speaker for t in article.turns if t.speaker and t.speaker.casefold() == wanted
            )
        if not names:
            known = sorted(
                {p.name for a in self.index.store.articles.values() for p in a.participants}
            )
            raise InputError(
                f"No speaker {search_filter.speaker!r} in the corpus. "
                f"Known speakers: {', '.join(known[:20]) or 'none'}."
            )
        return names

    def _dense(
        self, question: str, depth: int, allowed: set[str] | None
    ) -> list[tuple[str, float]]:
        """Turns by their best chunk's cosine similarity."""
        vector = self.embedder.encode_queries([question])[0]
        store = self.index.store
        # Long turns have several chunks; ask for enough chunks to fill `depth` turns.
        chunk_hits = store.search(vector, depth * 3, allowed_turns=allowed)
        best: dict[str, float] = {}
        for chunk_id, score in chunk_hits:
            turn_id = store.chunk(chunk_id).turn_id
            best.setdefault(turn_id, score)
        return list(best.items())[:depth]

    def _lexical(
        self,
        question: str,
        alternatives: Sequence[Sequence[str]],
        depth: int,
        allowed: set[str] | None,
    ) -> list[tuple[str, float]]:
        return self.index.lexical.search(
            question, depth, allowed_ids=allowed, alternatives=alternatives
        )


def checked_question(question: str, max_chars: int) -> str:
    """`question` without surrounding space; InputError if it is empty or too long."""
    if not isinstance(question, str) or not question.strip():
        raise InputError("The question is empty: type a question in English or German.")
    if len(question) > max_chars:
        raise InputError(
            f"The question is {len(question):,} characters long; the limit is {max_chars:,}. "
            "Shorten it to the part you want answered."
        )
    return question.strip()
