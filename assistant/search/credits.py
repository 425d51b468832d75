"""Questions about who made an article, and the credit lines that answer them.

"Who interviewed the cartographer?", "Wer hat die Fotos gemacht?", "Who hosted this
episode?" ask for the article's byline or credit line ("Von Eva Roth", "Interview: Eva
Roth | Fotos: Jan Berg"), which names only people: retrieval puts the credit lines of the
article asked about first (`search.retrieval.credits_first`), and the answerer quotes a
credit line or abstains (`search.query.gives_what_is_asked`).

Example:
    >>> asks_for_credit("Who interviewed the cartographer?"), is_credit("Von Eva Roth")
    (True, True)
"""

from __future__ import annotations

import re

from assistant.ingest.furniture import CREDIT_PARTS, CREDIT_WORDS, is_credit_line
from assistant.ingest.names import person_names
from assistant.ingest.speakers import byline_mentions
from assistant.text.sentences import split_sentences

# "Who interviewed ...?", "Wer hat das Gespräch geführt?", "Who took the photos?": a question
# about the article's making, which its byline or credit line answers (`is_credit`). A
# verb of writing, leading or hosting asks that only with a journalistic object ("who wrote
# the profile", not "who wrote the novel"; "who hosts the podcast", not "the quiz night").
_ASKS_WHO = re.compile(r"^\W*(?:(?:and|und)\s+)?(?:who|wer|von wem|which|welche[rsnm]?)\b", re.I)
_MAKERS = (
    r"authors?|writers?|reporters?|interviewers?|photographers?|journalists?|autor(?:in)?|"
    r"verfasser(?:in)?|reporter(?:in)?|interviewer(?:in)?|fotograf(?:in)?|journalist(?:in|en)?|"
    r"redakteur(?:in)?"
)
_MAKING = (
    r"conducted|led|did|ran|wrote|written|authored|hosted|hosts|presented|presents|moderated|"
    r"moderates|chaired|chairs|took|shot|asked|geführt|führte|führt|geleitet|leitete|"
    r"geschrieben|verfasst|schrieb|gemacht|aufgenommen|geschossen|moderiert(?:e)?|gestellt|"
    r"stellte|interviewed|photographed|interviewte|interviewt|fotografiert(?:e)?|produced|"
    r"produziert(?:e)?|edited|filmed|gefilmt|geschnitten"
)
_MADE = (
    r"interviews?|conversation|q&a|questions|article|piece|profile|text|report|feature|story|"
    r"portrait|column|write-up|photos?|photographs?|pictures?|images?|podcast|episode|show|"
    r"programme|program|broadcast|panel|gespräch|doppelinterview|fragen|artikel|beitrag|"
    r"bericht|porträt|reportage|kolumne|fotos?|bilder|aufnahmen|porträtfotos|folge|sendung|"
    r"podium|runde|durch|round[- ]?table|discussion|debate|diskussion|gesprächsrunde|segment"
)
# "Wer hat X befragt?" asks who interviewed X as "Wer hat X interviewt?" does; the passive
# ("Wer wurde befragt?") asks whom.
_CREDIT_ALONE = re.compile(
    r"\bwho\s+(?:interviewed|photographed)\b|\binterviewte\b|\binterviewt\b|\bfotografiert"
    r"|\b(?:hat|haben|hatte|hatten)\s(?:[^?]*\s)?befragt\b|\bbefragte\b"
    r"|(?:\b(?:who|wer)\s+(?:is|was|were|are|ist|war|sind|waren)\s+(?:the|der|die)|^\W*(?:which|"
    rf"welche[rsnm]?))\s+(?:{_MAKERS})\b",
    re.IGNORECASE,
)
_CREDIT_VERB = re.compile(rf"\b(?:{_MAKING})\b", re.IGNORECASE)
# German joins what was made into compounds: "das Fachinterview", "das Radiogespräch"; such a
# word still says what the piece was about ("Röstereigespräch"), so it is no credit word.
_COMPOUNDED = (
    r"\w+(?:interview|gespräch|beitrag|artikel|bericht|porträt|reportage|kolumne|sendung|podcast)"
)
_CREDIT_OBJECT = re.compile(rf"\b(?:{_MADE}|{_COMPOUNDED})\b", re.IGNORECASE)
# Talking with someone: in a question that asks for a credit ("Welche Journalistin hat ihn
# befragt?", "Which editor spoke to her?") it says how the piece was made; alone it does
# not make a credit question ("Wer hat im Interview über Löhne gesprochen?" asks a speaker).
_TALKING = (
    r"befragt|befragte|gesprochen|sprach|sprachen|spoke|spoken|talked|unterhalten|unterhielt|"
    r"getroffen|traf|met"
)
# The words a question about an article's making asks it with: they say what kind of
# answer is wanted (a credit), not what the article is about.
_CREDIT_WORD = re.compile(rf"(?:{_MAKERS}|{_MAKING}|{_MADE}|{_TALKING})", re.IGNORECASE)


# A lead sentence that says who made the piece: "The conversation was chaired by our
# features editor, NAME", "Das Gespräch wurde von NAME moderiert" reads as a credit line.
# So does "Das Gespräch führte NAME aus der Redaktion", "Die Fragen stellte NAME".
# So does a maker's role right before a name: "Host NAME spricht mit …", "Presenter NAME".
# German often puts the verb first: "Moderiert hat Redakteurin NAME", "Es moderierte NAME",
# "Durch den Abend führte NAME". A newsroom role before a name credits only when that
# person talks with someone ("Unsere Reporterin NAME sprach mit …", "Science editor NAME
# asked …") or is whom the interviewee talks with or tells ("erklärt im Gespräch mit
# NZ-Redakteur NAME", "spoke to our editor NAME", "told our features editor NAME"): alone,
# "Die Journalistin NAME" or "with journalist NAME" may be the one interviewed.
_NEWSROOM = (
    r"(?:\w+-)?(?:[Rr]eporter(?:in)?|[Rr]edakteur(?:in)?|[Jj]ournalist(?:in)?|"
    r"[Kk]orrespondent(?:in)?|correspondent|editor)"
)
_TALKS = (
    r"sprach|spricht|sprachen|traf|trifft|fragte|befragte|interviewte|asked|asks|spoke|speaks|"
    r"talked|talks|met|meets|interviewed|sat\s+down"
)
_MADE_BY = re.compile(
    r"\b(?:chaired|moderated|hosted|conducted|presented|produced)\s+by\s+(?P<rest>[^.!?]{1,80})"
    r"|\bvon\s+(?P<agent>[^.!?]{1,80}?)\s+(?:moderiert|präsentiert|produziert)\b"
    r"|\b(?:[Gg]espräch|[Ii]nterview|[Ff]ragen)\s+(?:führten?|stellten?)\s+(?P<asker>[^.!?]{1,80})"
    r"|\b(?:[Hh]ost(?:in)?|[Pp]resenter|[Mm]oderator(?:in)?|[Gg]astgeber(?:in)?)\s+"
    r"(?P<role>[^.!?]{1,80})"
    r"|\b(?:(?:[Mm]oderiert|[Gg]eleitet|[Gg]eführt)\s+(?:hat|hatte|haben|hatten)|"
    r"[Ee]s\s+moderierten?|[Dd]urch\s+(?:den|das|die)\s+\w+\s+führten?)\s+(?P<first>[^.!?]{1,80})"
    rf"|\b{_NEWSROOM}\s+(?P<talker>[^.!?]{{1,60}}?)\s+(?:{_TALKS})\b"
    rf"|(?:\b(?:mit|with|to|told|tells|erzählte|verriet|sagte)\s+(?:unserer?|unserem|our)(?:\s+\w+)?"
    rf"|\b(?:erklärt|erzählt|verrät|spricht|"
    rf"berichtet|sagt)\s+im\s+(?:Gespräch|Interview)\s+mit)\s+{_NEWSROOM}\s+(?P<partner>[^.!?]{{1,60}})"
)


def asks_for_credit(question: str) -> bool:
    """Whether `question` asks who made the article: who interviewed, wrote, hosted or
    photographed.

    Example:
        >>> asks_for_credit("Wer hat das Gespräch mit der Winzerin geführt?")
        True
        >>> asks_for_credit("Who wrote the novel Moby-Dick?")
        False
        >>> asks_for_credit("Wer hat das Fachinterview mit ihr geführt?")
        True
        >>> asks_for_credit("Wer hat sie für den Boten befragt?")
        True
        >>> asks_for_credit("Wer wurde befragt?")
        False
    """
    if not _ASKS_WHO.search(question):
        return False
    return bool(
        _CREDIT_ALONE.search(question)
        or (_CREDIT_VERB.search(question) and _CREDIT_OBJECT.search(question))
    )


def is_credit_word(word: str) -> bool:
    """Whether `word` is one a question asks for a credit with ("interviewed", "Gespräch",
    "Fotos"): the answerer does not look for it in the credit line.

    Example:
        >>> is_credit_word("geführt"), is_credit_word("Fundbüro")
        (True, False)
    """
    return bool(_CREDIT_WORD.fullmatch(word))


def is_credit(text: str) -> bool:
    """Whether `text` is a byline or a credit line: who interviewed, wrote, hosted or took
    the photos.

    Example:
        >>> is_credit("Interview: Eva Roth | Fotos: Jan Berg"), is_credit("Photos by Jan Berg.")
        (True, True)
        >>> is_credit("Eva Roth leitet das Fundbüro.")
        False
    """
    if len(text.split()) > CREDIT_WORDS:
        return False
    parts = CREDIT_PARTS.split(text.strip())
    return any(_credits_someone(part) for part in parts)


def holds_a_credit(text: str) -> bool:
    """Whether `text` is a credit line or has a sentence that is one: a lead paragraph may
    say who asked ("… Unsere Reporterin Eva Roth sprach mit ihm.") among other things.

    Example:
        >>> holds_a_credit("Die Werft wird 100. Unsere Reporterin Eva Roth sprach mit dem Chef.")
        True
    """
    return is_credit(text) or any(is_credit(s.text) for s in split_sentences(text))


def _credits_someone(part: str) -> bool:
    """Whether `part` credits someone with making the article; a guest line ("Guest: NAME")
    names whom it was made with."""
    mentions = byline_mentions(part) or []
    if any(m.role != "interviewee" for m in mentions) or is_credit_line(part):
        return True
    made_by = _MADE_BY.search(part)
    if made_by is None:
        return False
    right_after = made_by["role"] or made_by["talker"] or made_by["partner"]
    if right_after:
        # Right after the role: "Die Moderatorin des Abends war die Kollegin von Eva Roth"
        # names someone else.
        return right_after.startswith(next(person_names(right_after), "\0"))
    maker = made_by["rest"] or made_by["agent"] or made_by["asker"] or made_by["first"]
    return next(person_names(maker), None) is not None
