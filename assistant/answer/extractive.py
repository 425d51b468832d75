"""The default answerer: no language model, only sentences the interviews contain, quoted
verbatim and attributed to who said them, in which article, in answer to which question.

How a sentence is chosen. Every sentence of the top passages is scored by
- meaning: the cosine between the question and the sentence (the loaded embedder);
- words: how much of what the question asks about the sentence mentions, and how much its
  passage (with the question the passage answers) mentions. The question's words count by
  how rare they are in the articles (a word in every sentence, like "KI", tells little);
  names of the interview partners and question words ("why", "sagt") do not count; an
  English question's words count as found when a German translation of theirs is found
  (`assistant.search.translation.QueryTranslator`), and German compounds match their parts
  (`assistant.index.lexical.bm25.LexicalIndex`).
The best sentence, and up to two more that score nearly as well, become the citations.
A quote that starts with an anaphor ("Daran", "Auf diese Weise", "This") takes the
sentence before it along, so it can be read on its own.

When to abstain. The corpus does not answer a question when the best sentence scores below
`ABSTAIN_BELOW`, or when the question asks for a number, an amount of money or a year
("how much", "wie viele", "in welchem Jahr") and the best quote has none. The threshold is
calibrated on the gold set (eval/gold.yaml); see the constant.

Example:
    >>> answerer = ExtractiveAnswerer(encoder)
    >>> query = analyzer.run("why does Bienert call for a moonshot programme?")
    >>> answer = answerer.run(query, hits)
    >>> answer.citations[0].turn.id
    'bienert-ki-unabhaengigkeit-chemanager#t08'
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.index.encoders import Encoder
from assistant.models import Answer, Article, Citation, Hit, Turn
from assistant.search.query import Query, Wanted, participant_words
from assistant.text.analysis import Mentions
from assistant.text.language import Language
from assistant.text.sentences import Sentence, split_sentences
from assistant.text.shorten import shorten

# Calibrated on the 48 questions of eval/gold.yaml (37 answerable, 11 unanswerable) over
# the shipped corpus with the default model and retrieval: after the rules (nothing asked
# about is in the articles; no number/amount/year where one is asked for), the best
# sentences of the unanswerable questions score at most 0.491 (one outlier: 0.675, the
# weather in Baden-Baden), those of the answerable ones from 0.289, 32 of 37 above 0.495.
# So 0.495 abstained on 10 of the 11 unanswerable and on 5 of the 37 answerable questions
# when calibrated; 6 of 37 once interviewer questions stopped being quoted (the two-passage
# q32 had been answered with a question). The gap is small and was found on the same
# questions it is reported on. On the held-out set (eval/heldout) no threshold from 0.35
# to 0.55 keeps its 3 answered unanswerable questions out: recalibrate on a gold set for
# your own corpus (README "Asking questions").
ABSTAIN_BELOW = 0.495
# Weights of the parts of a sentence's score, relative to its meaning (cosine) at 1; chosen
# on the gold set together with ABSTAIN_BELOW (a grid over 0-1 in steps of 0.1-0.3).
WORD_WEIGHT = 0.3
PASSAGE_WORD_WEIGHT = 0.3
# Retrieval's rank (a fusion of dense and BM25 over whole turns) as a prior: 0.1 / rank.
RANK_WEIGHT = 0.1
# Further citations must score within this distance of the best sentence.
FURTHER_WITHIN = 0.12
MAX_CITATIONS = 3
PASSAGES = 5

# Long words match any word that starts like them, over this many letters (see
# `_shares_a_prefix`); 7 keeps "finanzi(erung)" ~ "finanzi(elle)" but not "Wetter" ~ "Wettbewerb".
_PREFIX = 7

# A sentence starting like this points back at the sentence before it.
_ANAPHOR = re.compile(
    r"^(?:Das|Dies|Diese[rsmn]?|Daran|Darauf|Dadurch|Dafür|Dabei|Damit|Daher|Darum|"
    r"Deshalb|Deswegen|Dazu|Davon|Dagegen|Auf diese Weise|So|Somit|Er|Es|Sie|Gleichwohl|"
    r"Zudem|Außerdem|Trotzdem|Dennoch|Allerdings|Auch|Beispiel:|"
    r"This|That|These|Those|It|They|So|Thus|Therefore|Hence|In this way|However|Also|But)\b"
)

# What an answer must contain when the question asks for an amount, a count or a year.
_MONEY = re.compile(
    r"\d[\d.,]*\s*(?:€|\$|£|Euro|EUR|Dollar|US-Dollar|Mio|Mrd|Millionen|Milliarden|"
    r"million|billion)|(?:€|\$|£)\s*\d|(?:Millionen|Milliarden|million|billion)\s+(?:Euro|Dollar)",
    re.IGNORECASE,
)
_NUMBER = re.compile(
    r"\d|\b(?:ein|eine|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|hundert|tausend|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|twelve|hundred|thousand|"
    r"dutzend|dozen|million|billion|millionen|milliarden)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")

_TEXTS: dict[Language, dict[str, str]] = {
    "en": {
        "abstain": "The interviews do not answer this question.",
        "closest": "Closest matches (not an answer):",
        "asked": "asked „{question}“: ",
        "question": "asking: ",
        "lead": "lead: ",
        "sidebar": "info box: ",
        "quote": "pull quote: ",
        "statement": "",
        "in": "In",
        "unnamed": "(no speaker)",
    },
    "de": {
        "abstain": "Die Interviews beantworten diese Frage nicht.",
        "closest": "Ähnlichste Stellen (keine Antwort):",
        "asked": "auf die Frage „{question}“: ",
        "question": "fragt: ",
        "lead": "Vorspann: ",
        "sidebar": "Infokasten: ",
        "quote": "hervorgehobenes Zitat: ",
        "statement": "",
        "in": "In",
        "unnamed": "(ohne Sprecher)",
    },
}
# One line of a closest passage; cut at a word boundary.
_SNIPPET_CHARS = 91


@dataclass(frozen=True)
class _Candidate:
    """A sentence of a passage, with the parts of its score (see the module docstring)."""

    hit: Hit
    sentences: tuple[Sentence, ...]
    index: int
    meaning: float
    words: float
    passage_words: float

    @property
    def score(self) -> float:
        return (
            self.meaning
            + WORD_WEIGHT * self.words
            + PASSAGE_WORD_WEIGHT * self.passage_words
            + RANK_WEIGHT / self.hit.rank
        )


@dataclass(frozen=True)
class _Quote:
    hit: Hit
    start: int
    end: int

    @property
    def text(self) -> str:
        return self.hit.turn.text[self.start : self.end]


class ExtractiveAnswerer:
    """Answers with the sentences of the top passages that answer the question, quoted
    verbatim, one to three citations grouped by speaker; abstains when none does.

    Example:
        >>> answerer = ExtractiveAnswerer(encoder)
        >>> answer = answerer.run(analyzer.run("Warum fordert Bienert ein Moonshot-Programm?"),
        ...                       hits)
        >>> print(answer.text)   # Jörg Bienert (KI Bundesverband), in „…“ (CHEManager): …
    """

    name = "extractive"

    def __init__(self, encoder: Encoder) -> None:
        self.encoder = encoder

    def run(self, query: Query, hits: Sequence[Hit]) -> Answer:
        candidates = self._score(query, _quotable(query, hits)[:PASSAGES])
        if not candidates or candidates[0].score < ABSTAIN_BELOW:
            return self.abstention(query, hits)
        best = candidates[0]
        chosen = [best]
        for candidate in candidates[1:]:
            if len(chosen) == MAX_CITATIONS or candidate.score < best.score - FURTHER_WITHIN:
                break
            chosen.append(candidate)
        quotes = _merge([_readable(c) for c in chosen])
        if not _gives_what_is_asked(query.asks_for, quotes[0].text):
            return self.abstention(query, hits)
        return self._compose(query.text, quotes, language=query.language)

    def abstention(self, query: Query, hits: Sequence[Hit]) -> Answer:
        """Say plainly that the corpus does not answer, and list the nearest passages as
        such (never as an answer)."""
        closest = tuple(hits[:3])
        texts = _TEXTS[query.language]
        lines = [texts["abstain"]]
        if closest:
            lines.append(texts["closest"])
            for hit in closest:
                who = _who(hit.turn, hit.article) or texts["unnamed"]
                snippet = shorten(hit.turn.text, _SNIPPET_CHARS)
                lines.append(f"– {who}, „{hit.article.title}“ ({hit.turn.id}): {snippet}")
        return Answer(
            question=query.text,
            text="\n".join(lines),
            abstained=True,
            backend="extractive",
            closest=closest,
        )

    def _score(self, query: Query, hits: Sequence[Hit]) -> list[_Candidate]:
        """Every sentence of `hits`, best first; none when the question asks about things
        the articles never mention (every content word unknown to them)."""
        units = [(hit, tuple(split_sentences(hit.turn.text))) for hit in hits]
        flat = [(hit, sentences, i) for hit, sentences in units for i in range(len(sentences))]
        if not flat:
            return []
        texts = [sentences[i].text for _, sentences, i in flat]
        # Names tell who speaks, not what is asked about.
        names = participant_words([hit.article for hit in hits])
        concepts = [c for c in query.concepts if c[0].lower() not in names]
        matcher = _WordMatcher.build(hits, concepts, texts)
        if matcher.concepts and not any(matcher.known):
            return []
        meaning = self.encoder.encode_passages(texts) @ query.text_vector
        passage_cover = {hit.turn.id: matcher.cover(_with_question(hit.turn)) for hit in hits}
        scored = [
            _Candidate(
                hit,
                sentences,
                i,
                meaning=float(meaning[j]),
                words=matcher.sentence_cover(j),
                passage_words=passage_cover[hit.turn.id],
            )
            for j, (hit, sentences, i) in enumerate(flat)
        ]
        return sorted(scored, key=lambda c: -c.score)

    def _compose(self, question: str, quotes: list[_Quote], *, language: Language) -> Answer:
        texts = _TEXTS[language]
        # Grouped by speaker (in the order of their best quote), then in reading order.
        speakers = list(dict.fromkeys((q.hit.turn.speaker, q.hit.article.id) for q in quotes))
        ordered = sorted(
            quotes,
            key=lambda q: (
                speakers.index((q.hit.turn.speaker, q.hit.article.id)),
                q.hit.turn.number,
                q.start,
            ),
        )
        citations = tuple(
            Citation(n=n, turn=q.hit.turn, article=q.hit.article, quote=q.text)
            for n, q in enumerate(ordered, start=1)
        )
        lines: list[str] = []
        previous_group = previous_turn = None
        for citation in citations:
            turn, article = citation.turn, citation.article
            if (turn.speaker, article.id) != previous_group:
                previous_group, previous_turn = (turn.speaker, article.id), None
                lines.append(_header(turn, article, language))
            marker = f"„{citation.quote}“ [{citation.n}]"
            if turn.id == previous_turn:
                lines[-1] += f" {marker}"
            else:
                context = (
                    texts["asked"].format(question=turn.question)
                    if turn.kind == "answer" and turn.question
                    else texts[turn.kind if turn.kind != "answer" else "statement"]
                )
                lines.append(f"– {context}{marker}")
            previous_turn = turn.id
        first = citations[0]
        return Answer(
            question=question,
            text="\n".join(lines),
            abstained=False,
            backend="extractive",
            citations=citations,
            speaker=first.turn.speaker,
            article_id=first.article.id,
        )


class _WordMatcher:
    """Which of the question's concepts a text mentions, each weighted by its rarity in the
    sentences of the articles (inverse document frequency)."""

    def __init__(
        self, concepts: list[tuple[str, ...]], mentioned_in: list[set[int]], total: int
    ) -> None:
        self.concepts = concepts
        self._mentioned_in = mentioned_in
        # A word the articles never use gets the weight of the rarest word: a question
        # about "DSGVO" is not answered by a passage that has every other word.
        self.weights = [math.log((total + 1) / (len(ids) + 0.5)) for ids in mentioned_in]
        self.known = [bool(ids) for ids in mentioned_in]

    @classmethod
    def build(
        cls, hits: Sequence[Hit], concepts: list[tuple[str, ...]], sentences: list[str]
    ) -> _WordMatcher:
        """`sentences` are the candidates (ids 0..n-1); the rest of the hits' articles
        only tell how rare each concept is."""
        background = [
            s.text
            for article in {hit.article.id: hit.article for hit in hits}.values()
            for turn in article.turns
            for s in split_sentences(_with_question(turn))
        ]
        texts = sentences + background
        mentions = Mentions(texts)
        lowered = [text.lower() for text in texts]
        mentioned_in = [
            mentions.of(" ".join(concept))
            | {i for i, text in enumerate(lowered) if _shares_a_prefix(concept, text)}
            for concept in concepts
        ]
        return cls(concepts, mentioned_in, len(texts))

    def sentence_cover(self, sentence_id: int) -> float:
        """Share of the concepts that candidate sentence `sentence_id` mentions."""
        return self._share([sentence_id in ids for ids in self._mentioned_in])

    def cover(self, text: str) -> float:
        """Share of the concepts that `text` mentions."""
        single, lowered = Mentions([text]), text.lower()
        return self._share(
            [bool(single.of(" ".join(c))) or _shares_a_prefix(c, lowered) for c in self.concepts]
        )

    def _share(self, mentioned: list[bool]) -> float:
        total = sum(self.weights)
        if total <= 0:
            return 0.0
        return sum(w for w, hit in zip(self.weights, mentioned, strict=True) if hit) / total


def _shares_a_prefix(concept: tuple[str, ...], lowered_text: str) -> bool:
    """Whether the text contains the first `_PREFIX` letters of a long word of the concept:
    "Finanzierung" is about what "finanzierte" and "finanzielle" say, which no stemmer
    joins, and German compounds put such words inside others ("Forschungsfinanzierung")."""
    return any(len(word) > _PREFIX and word[:_PREFIX].lower() in lowered_text for word in concept)


def _readable(candidate: _Candidate) -> _Quote:
    """The sentence, with the one before it when it starts with an anaphor."""
    sentences, i = candidate.sentences, candidate.index
    first = i - 1 if i > 0 and _ANAPHOR.match(sentences[i].text) else i
    text = candidate.hit.turn.text
    if first < i and "\n" in text[sentences[first].end : sentences[i].start]:
        first = i  # never reach back across a paragraph break
    return _Quote(candidate.hit, sentences[first].start, sentences[i].end)


def _merge(quotes: list[_Quote]) -> list[_Quote]:
    """Join quotes of the same turn that overlap or touch (first quote stays first)."""
    merged: list[_Quote] = []
    for quote in quotes:
        for j, other in enumerate(merged):
            gap = quote.hit.turn.text[min(quote.end, other.end) : max(quote.start, other.start)]
            # Overlapping quotes leave an empty gap, touching ones only white space.
            if other.hit.turn.id == quote.hit.turn.id and not gap.strip():
                merged[j] = _Quote(
                    other.hit, min(other.start, quote.start), max(other.end, quote.end)
                )
                break
        else:
            merged.append(quote)
    return merged


def _gives_what_is_asked(asks_for: frozenset[Wanted], quote: str) -> bool:
    if "amount" in asks_for and not _MONEY.search(quote):
        return False
    if "count" in asks_for and not _NUMBER.search(quote):
        return False
    return not ("year" in asks_for and not _YEAR.search(quote))


def _with_question(turn: Turn) -> str:
    return f"{turn.question}\n{turn.text}" if turn.question else turn.text


def _quotable(query: Query, hits: Sequence[Hit]) -> list[Hit]:
    """Interviewer questions are the context of answers, not answers: quote one only when
    the question is about what was asked (or who asked it), or when nothing else was found."""
    if query.asks_about_questions:
        return list(hits)
    return [hit for hit in hits if hit.turn.kind != "question"] or list(hits)


def _who(turn: Turn, article: Article) -> str | None:
    if turn.speaker is None:
        return None
    participant = article.participant(turn.speaker)
    if participant and participant.affiliation:
        return f"{turn.speaker} ({participant.affiliation})"
    return turn.speaker


def _header(turn: Turn, article: Article, language: Language) -> str:
    source = f" ({article.source})" if article.source else ""
    who = _who(turn, article)
    if who is None:
        return f"{_TEXTS[language]['in']} „{article.title}“{source}:"
    return f"{who}, in „{article.title}“{source}:"
