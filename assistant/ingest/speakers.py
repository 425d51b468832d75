"""Who is who in an interview: people named in bylines and leads, and what a role label
("Frage:", "Q:", "Antwort:") says about the side it speaks for.

German capitalises every noun, so a "name" is only believed where the sentence says it
is one: in a byline ("Interview mit NAME, ROLE und NAME, ROLE", "Das Interview führte
NAME"), or in a lead sentence such as "NAME, ROLE, erläutert ...", "... sprach darüber mit
NAME", "Wir haben NAME befragt", "We spoke with NAME".

Example:
    >>> [(m.name, m.affiliation) for m in lead_mentions(
    ...     "Jörg Bienert, Vorstandsvorsitzender des KI Bundesverband, erläutert, warum ...")]
    [('Jörg Bienert', 'KI Bundesverband')]
    >>> [m.name for m in byline_mentions("Das Gespräch führte Volker Oestreich.")]
    ['Volker Oestreich']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.ingest.names import NAME, NAME_RE, TITLE_RE, strip_titles
from assistant.models import Role, TurnKind
from assistant.text.sentences import split_sentences

_UPPER = "A-ZÀ-ÖØ-Þ"
# Role labels: whoever asks, whoever answers, without a name ("I:"/"B:" as in transcripts).
_QUESTION_LABELS = frozenset({"f", "q", "i", "frage", "question", "interviewer", "interviewerin"})
_ANSWER_LABELS = frozenset({"a", "b", "antwort", "answer", "interviewee"})

# People in a list are joined by "und"/"and"; a comma only separates a person from their
# role or organisation ("Erik Lindqvist, CEO, Nordic Launch, and Hannah Fischer").
_CONNECTOR = re.compile(rf"\s*,?\s*(?:und|and|&|sowie)\s+(?={NAME})")
_APPOSITION_PART = re.compile(
    rf"\s*,\s*(?P<part>[^,;:()]+?)\s*(?=,|;|\.\s|\.?$|\s(?:und|and|&|sowie)\s+{NAME})"
)
_PARENTHESIS = re.compile(r"\s*\((?P<part>[^()]{1,80})\)")
# "of", "at", "bei" ... + a capitalised word: how English writes a role ("chief of Acme").
_LOWER_ROLE = re.compile(rf"\b(?:of|at|bei|beim|von|vom|des|der)\s+(?:the\s+)?[{_UPPER}0-9]")
_AT_ORGANISATION = re.compile(
    r"\b(?:bei|beim|at|an der|an|am)\s+(?:der|dem|den|the)?\s*(?P<org>[A-ZÀ-Þ0-9].*)$"
)
_OF_ORGANISATION = re.compile(
    r"\b(?:des|der|von|vom|of)\s+(?:der|dem|den|the)?\s*(?P<org>[A-ZÀ-Þ0-9].*)$"
)

# Bylines name the people of the interview and nothing else.
_INTERVIEWER_BYLINE = re.compile(
    r"^(?:(?:das\s+)?(?:interview|gespräch)\s+führten?|die\s+fragen\s+stellten?"
    r"|interview(?:ed)?\s+by|questions\s+by|(?:ein\s+)?interview\s*(?:von|:)|von|by"
    r"|(?:autor|autorin|author|text|redaktion|host|moderation|moderator|moderatorin)\s*:)\s+",
    re.IGNORECASE,
)
_GUEST_BYLINE = re.compile(
    r"^(?:(?:ein|das|im)\s+)?(?:interview|gespräch)\s+mit\s+|^(?:an\s+)?interview\s+with\s+"
    r"|^in\s+conversation\s+with\s+|^(?:guests?|gast|gäste|interviewpartner(?:in)?)\s*:\s*",
    re.IGNORECASE,
)

# Lead sentences that name the interviewee.
_TALK = re.compile(
    r"\b(?:sprach|sprachen|spricht|sprechen|gesprochen|Gespräch|Interview|unterhielt|unterhalten"
    r"|talked|talks|spoke|speaks|conversation|interview|sat down|chatted)\b"
)
_WITH = re.compile(r"\b(?i:mit|with|to)\s+(?=\S)")
# "Fünf Fragen an NAME", "Questions for NAME"; an episode title "..., with NAME".
_ASKED_TO = re.compile(r"\b(?:Fragen\s+an|[Qq]uestions\s+(?:for|to)|,\s+with)\s+(?=\S)")
# "Mit NAME sprach NAME": whoever "spoke" with the guest is the interviewer.
_SPOKE_THEN_NAME = re.compile(rf"\b(?:sprach|sprachen|unterhielt sich|talked|spoke)\s+(?={NAME})")
_ASKED_BEFORE = re.compile(
    r"\b(?:befragte|befragten|fragte|fragten|interviewte|interviewten|asked|interviewed"
    r"|questioned)\s+(?=\S)"
)
_ASKED_AFTER = re.compile(
    r"\b(?:haben|hat|habe)\s+(?P<names>.+?)\s+(?:befragt|interviewt|gefragt|getroffen|gesprochen)\b"
)
_SPEECH_VERB = (
    r"(?:erläutert|erklärt|berichtet|verrät|schildert|beschreibt|sagt|spricht|gibt|erzählt"
    r"|antwortet|beantwortet|diskutiert|zeigt|skizziert|warnt|fordert|plädiert|blickt"
    r"|explains|describes|says|talks|discusses|shares|reveals|answers|tells|outlines|argues)"
)
_VERB_THEN_NAME = re.compile(rf"\b{_SPEECH_VERB}\s+(?={NAME})")
# "NAME erklärt ...", "Die Ökonomin NAME über ..." (a teaser's shorthand for an interview).
_NAME_THEN_VERB = re.compile(
    rf"(?P<name>{NAME})(?:\s*\([^()]*\))?\s+(?:im\s+Interview\s+)?(?:{_SPEECH_VERB}|über|about)\b"
)
# A role noun between an article and a name is not a first name ("die Ökonomin Veronika Grimm").
_DETERMINERS = frozenset({"die", "der", "den", "dem", "des", "the", "unsere", "unser", "our"})
# A job noun before a name is not a first name ("Energieökonomin Claudia Kemfert").
_ROLE_NOUN = re.compile(
    r"(?:ökonom|forscher|wissenschaftler|expert|chef|leiter|minister|präsident|politiker"
    r"|professor|autor|gründer|sprecher|analyst|berater|ingenieur|chemiker|physiker|biolog"
    r"|soziolog|historiker|journalist|unternehmer|manager|direktor|aktivist|psycholog"
    r"|philosoph|informatiker|jurist|mediziner|ärzt|arzt|trainer|sportler|künstler)(?:in|e)?$"
)
# Capitalised words that start sentences, not names ("Die Bundesregierung erklärt ...").
_NOT_FIRST_NAMES = frozenset(
    (
        *("Die", "Der", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einer", "Im", "In", "Am"),
        *("Auf", "Mit", "Für", "Von", "Bei", "Nach", "Wie", "Was", "Warum", "Wo", "Wer"),
        *("Welche", "Dieser", "Diese", "Dieses", "Unser", "Unsere", "Sein", "Seine", "Ihr"),
        *("Ihre", "Herr", "Frau", "The", "This", "That", "These", "On", "At", "For", "With"),
        *("From", "Our", "Their", "His", "Her", "Its", "Why", "What", "How", "When", "Where"),
        *("Who", "Which", "Mr", "Mrs", "Ms", "Auch", "Heute", "Today"),
    )
)
# "NAME sprach mit ...", "NAME talks with ...", "NAME interviewte ...": NAME asks.
_HOST_VERB = re.compile(
    r"\s*(?:(?:interviewte|befragte|interviewed|asked|questioned)\b"
    r"|(?:sprach|sprachen|spricht|sprechen|hat|haben|unterhielt|unterhält|talked|talks|spoke"
    r"|speaks|sat down|chatted)\b(?:(?!\b(?:wir|ich|we|I)\b)[^.]){0,60}?\b(?i:mit|with|to)\s)"
)
# Up to two lowercase words between "mit"/"with" and a name: "with founder", "mit dem".
_ROLE_WORDS = re.compile(
    r"(?:(?!(?:über|about|uns|us|ihm|ihr|ihnen|him|her|them|zu|von|für|for|on|und|and)\b)"
    r"[a-zäöüß][\w-]*\s+){1,2}(?=[A-ZÄÖÜ])"
)


@dataclass(frozen=True)
class Mention:
    """A person named in front matter, a byline or a lead; `role` is None when it is not said."""

    name: str
    role: Role | None
    affiliation: str | None = None
    # Front matter and bylines name the people of the interview, quoted or not.
    byline: bool = False
    aliases: tuple[str, ...] = ()


def role_side(label: str) -> TurnKind | None:
    """'question' for 'Frage:', 'Q:', 'Q.', 'Frage 3:'; 'answer' for 'Antwort:', 'A.'; else None."""
    folded = re.sub(r"\s*\d+$|(?<=^[QqFfAa])\.$", "", label).casefold()
    if folded in _QUESTION_LABELS:
        return "question"
    return "answer" if folded in _ANSWER_LABELS else None


def affiliation_of(apposition: str) -> str | None:
    """The organisation in an apposition: 'Vorstandsvorsitzender des KI Bundesverband' ->
    'KI Bundesverband'; 'CEO, Acme' -> 'Acme'; 'CHEManager' -> 'CHEManager'."""
    apposition = apposition.strip(" ,.")
    if not apposition:
        return None
    parts = [part.strip() for part in apposition.split(",") if part.strip()]
    for pattern in (_AT_ORGANISATION, _OF_ORGANISATION):
        match = pattern.search(parts[-1])
        if match:
            return match.group("org").strip()
    if len(parts) > 1:
        return parts[-1]
    # A lone word is an organisation only if it looks like one ("BASF", "CHEManager",
    # "KI Bundesverband"), not a job title ("Geschäftsführer").
    words = parts[0].split()
    if any(any(c.isupper() for c in word[1:]) for word in words) or len(words) >= 2:
        return parts[0]
    return None


def byline_mentions(text: str) -> list[Mention] | None:
    """The people of a byline paragraph, or None when `text` is not a byline."""
    text = text.strip().rstrip(".")
    if len(text.split()) > 40:
        return None
    for pattern, role in ((_GUEST_BYLINE, None), (_INTERVIEWER_BYLINE, "interviewer")):
        match = pattern.match(text)
        if not match:
            continue
        mentions, end = _name_list(text, match.end())
        if mentions and not text[end:].strip(" .,;"):
            if role is None and len(mentions) == 1:
                role = "interviewee"
            return [Mention(m.name, role, m.affiliation, byline=True) for m in mentions]
    return None


def lead_mentions(text: str) -> list[Mention]:
    """People a lead or teaser introduces as interviewees (or, for "NAME sprach mit ...",
    as the interviewer)."""
    mentions: list[Mention] = []
    for sentence in split_sentences(text):
        # A teaser may end in a byline sentence: "... Das Gespräch führte NAME."
        byline = byline_mentions(sentence.text)
        mentions.extend(byline if byline is not None else _sentence_mentions(sentence.text))
    return mentions


def _sentence_mentions(sentence: str) -> list[Mention]:
    found: list[Mention] = []

    def guests_at(position: int) -> list[Mention]:
        # "with founder Erik Lindqvist", "mit dem Gründer ...": role words before the name.
        role_words = _ROLE_WORDS.match(sentence, position)
        position = role_words.end() if role_words else position
        return [
            Mention(m.name, "interviewee", m.affiliation) for m in _name_list(sentence, position)[0]
        ]

    opening, end = _name_list(sentence, 0)
    if opening:
        rest = sentence[end:]
        if _HOST_VERB.match(rest):
            found.extend(Mention(m.name, "interviewer", m.affiliation) for m in opening)
        elif re.match(
            rf"\s*,?\s*(?:im\s+Interview|im\s+Gespräch|in\s+an\s+interview|{_SPEECH_VERB})\b", rest
        ) or ("," in sentence[:end] and re.match(r",\s+[a-zäöüß]", rest)):
            # "NAME, ROLE, setzt auf ...": a sentence that opens by introducing someone
            found.extend(Mention(m.name, "interviewee", m.affiliation) for m in opening)
    if _TALK.search(sentence):
        for match in _WITH.finditer(sentence):
            found.extend(guests_at(match.end()))
        if found:
            for match in _SPOKE_THEN_NAME.finditer(sentence):
                hosts = _name_list(sentence, match.end())[0]
                found.extend(Mention(m.name, "interviewer", m.affiliation) for m in hosts)
    for match in NAME_RE.finditer(sentence):
        if _HOST_VERB.match(sentence, match.end()):
            hosts = _name_list(sentence, match.start())[0]
            found.extend(Mention(m.name, "interviewer", m.affiliation) for m in hosts)
    for match in _NAME_THEN_VERB.finditer(sentence):
        if not _HOST_VERB.match(sentence, match.end("name")):
            found.extend(guests_at(match.start("name")))
    for pattern in (_ASKED_BEFORE, _VERB_THEN_NAME, _ASKED_TO):
        for match in pattern.finditer(sentence):
            found.extend(guests_at(match.end()))
    for match in _ASKED_AFTER.finditer(sentence):
        found.extend(guests_at(match.start("names")))
    return found


def _name_list(text: str, position: int) -> tuple[list[Mention], int]:
    """People named from `position` on ("A, ROLE, und B, ROLE"), and where the list ends."""
    mentions: list[Mention] = []
    while True:
        while position < len(text) and text[position].isspace():
            position += 1
        match = NAME_RE.match(text, position)
        if match and (_after_determiner(text, match) or _after_role_noun(match)):
            match = NAME_RE.match(text, text.index(" ", position) + 1)
        if not match or strip_titles(match.group(0)).split()[0] in _NOT_FIRST_NAMES:
            return mentions, position
        apposition, position = _apposition(text, match.end())
        mentions.append(Mention(match.group(0), None, affiliation_of(apposition)))
        connector = _CONNECTOR.match(text, position)
        if not connector:
            return mentions, position
        position = connector.end()


def _after_role_noun(match: re.Match[str]) -> bool:
    words = match.group(0).split()
    return len(words) == 3 and _ROLE_NOUN.search(words[0].casefold()) is not None


def _after_determiner(text: str, match: re.Match[str]) -> bool:
    words_before = text[: match.start()].split()
    return (
        len(match.group(0).split()) == 3
        and not TITLE_RE.match(match.group(0))
        and bool(words_before)
        and words_before[-1].casefold() in _DETERMINERS
    )


def _apposition(text: str, position: int) -> tuple[str, int]:
    parenthesis = _PARENTHESIS.match(text, position)
    if parenthesis:
        return parenthesis.group("part"), parenthesis.end()
    parts: list[str] = []
    while True:
        match = _APPOSITION_PART.match(text, position)
        if not match:
            break
        part = match.group("part")
        starts_lower = part[0].islower()
        if starts_lower and (parts or not _LOWER_ROLE.search(part) or len(part.split()) > 12):
            break
        parts.append(part)
        position = match.end()
    return ", ".join(parts), position
