"""Who is who in an interview: people named in bylines and leads, and speaker labels
("Jörg Bienert:", "J. Bienert:", "CHEManager:", "Frage:") matched to them.

German capitalises every noun, so a "name" is only believed where the sentence says it
is one: in a byline ("Interview mit NAME, ROLE und NAME, ROLE", "Das Interview führte
NAME"), or in a lead sentence such as "NAME, ROLE, erläutert ...", "... sprach darüber mit
NAME", "Wir haben NAME befragt", "We spoke with NAME".

Example:
    >>> [(m.name, m.affiliation) for m in lead_mentions(
    ...     "Jörg Bienert, Vorstandsvorsitzender des KI Bundesverband, erläutert, warum ...")]
    [('Jörg Bienert', 'KI Bundesverband')]
    >>> same_person("J. Bienert", "Jörg Bienert")
    True
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from assistant.models import Participant, Role, TurnKind
from assistant.text.sentences import split_sentences

_TITLE = (
    r"(?:Prof\.|Dr\.-Ing\.|Dr\.\s?(?:rer\.\s?nat\.|med\.|phil\.|h\.\s?c\.)?"
    r"|Dipl\.-[A-Z][a-z]*\.|Mag\.|PD|Sir|Dame)"
)
_UPPER = "A-ZÀ-ÖØ-Þ"
_LOWER = "a-zß-öø-ÿ"
_WORD = rf"[{_UPPER}][{_LOWER}]+(?:[{_UPPER}][{_LOWER}]+)?(?:[-'’][{_UPPER}]?[{_LOWER}]+)*"
_PARTICLE = r"(?:von der|van der|von|van|de la|de|zu|vom|di|da|du|le|ten|ter)"
# Two or three capitalised words, optionally after academic titles: "Dr.-Ing. Anna Schmidt".
NAME = rf"(?:{_TITLE}\s*)*{_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_WORD}){{1,2}}(?![{_LOWER}])"
_NAME_RE = re.compile(NAME)
_TITLE_RE = re.compile(rf"^(?:{_TITLE}\s*)+")
_INITIAL = rf"[{_UPPER}]\."
# A label that could be a person: "Jörg Bienert", "J. Bienert", "Dr. Schmidt", "JB".
_PERSON_LABEL_RE = re.compile(
    rf"(?:{_TITLE}\s*)*(?:{_INITIAL}\s*)*{_WORD}(?:\s+(?:{_PARTICLE}\s+)?(?:{_INITIAL}|{_WORD}))*"
    rf"|[{_UPPER}]{{2,3}}"
)

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


def strip_titles(name: str) -> str:
    """'Dr.-Ing. Anna Schmidt' -> 'Anna Schmidt'."""
    return _TITLE_RE.sub("", name).strip()


def surname(name: str) -> str:
    return strip_titles(name).split()[-1]


def name_variants(name: str) -> list[str]:
    """Other ways to write `name`: without titles, 'J. Bienert', 'Bienert', 'Dr. Schmidt'."""
    core = strip_titles(name)
    words = core.split()
    variants = [core]
    if len(words) >= 2 and is_multiword_name(core):
        variants.append(f"{words[0][0]}. {' '.join(words[1:])}")
        variants.append(words[-1])
    title = _TITLE_RE.match(name)
    if title:
        variants.append(f"{title.group(0).strip()} {words[-1]}")
    return [v for v in dict.fromkeys(variants) if v != name]


def same_person(label: str, name: str) -> bool:
    """Whether `label` ("J. Bienert", "Bienert", "Dr. Bienert", "JB") refers to `name`."""
    label_words = strip_titles(label).replace(".", ". ").split()
    name_words = strip_titles(name).split()
    if not label_words or not name_words:
        return False
    if len(label_words) == 1 and label_words[0].isupper() and len(label_words[0]) in (2, 3):
        return label_words[0] == "".join(word[0] for word in name_words).upper()
    if len(label_words) == 1 and len(name_words) > 1:
        # "Bienert:" by surname, or "Erik:" by first name in a less formal interview.
        return label_words[0].casefold() in (name_words[0].casefold(), name_words[-1].casefold())
    if label_words[-1].casefold() != name_words[-1].casefold():
        return False
    if len(label_words) == 1 or len(name_words) == 1:
        return True
    first_label, first_name = label_words[0].casefold(), name_words[0].casefold()
    if first_label.endswith("."):
        return first_name.startswith(first_label[:-1])
    return first_label == first_name


def is_person_label(label: str) -> bool:
    """Whether a label is shaped like a person's name (as opposed to 'CHEManager', 'SPIEGEL')."""
    return _PERSON_LABEL_RE.fullmatch(label) is not None and not label.isupper()


def is_multiword_name(label: str) -> bool:
    return _NAME_RE.fullmatch(label) is not None


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
    for match in _NAME_RE.finditer(sentence):
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
        match = _NAME_RE.match(text, position)
        if match and (_after_determiner(text, match) or _after_role_noun(match)):
            match = _NAME_RE.match(text, text.index(" ", position) + 1)
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
        and not _TITLE_RE.match(match.group(0))
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


_SIDES: dict[Role, TurnKind] = {
    "interviewer": "question",
    "interviewee": "answer",
    "other": "statement",
}
_ADDRESS = r"\b(?:Herr|Frau|Mr\.?|Ms\.?|Mrs\.?|Dr\.|Prof\.)\s+(?:[A-ZÀ-Þ]\.\s*)?"


@dataclass
class Person:
    """Someone of the article while it is being parsed (roles settle as evidence comes in)."""

    name: str
    role: Role | None
    affiliation: str | None = None
    aliases: list[str] = field(default_factory=list)
    given: bool = False  # from front matter: never second-guessed
    listed: bool = False  # named in front matter or a byline: listed even if never quoted


class Cast:
    """The people of one article and the labels that stand for them.

    Example:
        >>> cast = Cast()
        >>> cast.mention(Mention("Jörg Bienert", "interviewee", "KI Bundesverband"))
        >>> cast.mention(Mention("Volker Oestreich", None, "CHEManager", byline=True))
        >>> cast.settle([("CHEManager", True), ("J. Bienert", False)], [])
        >>> cast.speaker("CHEManager").name, cast.side("J. Bienert"), cast.publication
        ('Volker Oestreich', 'answer', 'CHEManager')
    """

    def __init__(self, speakers: Sequence[Mention] = (), *, source: str | None = None):
        """`speakers` come from front matter and are taken as given (a missing role is
        still worked out from the text)."""
        self.people = [
            Person(m.name, m.role, m.affiliation, list(m.aliases), given=True, listed=True)
            for m in speakers
        ]
        self.publication = source
        self._speakers: dict[str, Person] = {}
        self._sides: dict[str, TurnKind] = {}

    def mention(self, mention: Mention) -> None:
        person = self.find(mention.name)
        if person is None:
            self.people.append(
                Person(mention.name, mention.role, mention.affiliation, listed=mention.byline)
            )
            return
        person.role = person.role or mention.role
        if person.given:
            return
        person.affiliation = person.affiliation or mention.affiliation
        person.listed = person.listed or mention.byline
        if _TITLE_RE.match(mention.name) and not _TITLE_RE.match(person.name):
            person.name = mention.name  # "Dr. Anna Schmidt" is how the article introduces her

    def find(self, label: str) -> Person | None:
        """The one person `label` stands for: their name, an alias, or a short form of the name."""
        folded = label.casefold()
        for person in self.people:
            if folded in (person.name.casefold(), *(a.casefold() for a in person.aliases)):
                return person
        matches = [p for p in self.people if same_person(label, p.name)]
        return matches[0] if len(matches) == 1 else None

    def knows(self, label: str) -> bool:
        """Whether the article introduces `label` as a person, or as a publication/affiliation."""
        folded = label.casefold()
        return (
            self.find(label) is not None
            or self._affiliated(label) is not None
            or (self.publication is not None and folded == self.publication.casefold())
        )

    def settle(self, uses: Sequence[tuple[str, bool]], questions: Sequence[str]) -> None:
        """Attach every label (with whether each use asks a question) to a person and decide
        roles: what the article states first, then who asks and who answers, then who is
        addressed ("Herr Bienert, ..."), then whoever is left in a two-person interview."""
        labels = list(dict.fromkeys(label for label, _ in uses))
        # Full names first, so that "J. Bienert" finds "Jörg Bienert" wherever it comes.
        labels.sort(key=lambda label: not (is_multiword_name(label) and "." not in label))
        publications = []
        for label in labels:
            if role_side(label):
                continue
            asks = [asked for used, asked in uses if used == label]
            person = self.find(label)
            if person is None:
                person = self._publication_speaker(label, asks)
                publications.append(label)
            if label != person.name and label not in person.aliases:
                person.aliases.append(label)
            self._speakers[label] = person
        for person in self.people:
            said = [asked for label, asked in uses if self._speakers.get(label) is person]
            if person.role is None and said:
                person.role = "interviewer" if sum(said) * 2 >= len(said) else "interviewee"
        self._roles_from_address(questions)
        self._roles_by_elimination()
        for label in publications:
            if not is_person_label(label) and self._speakers[label].role == "interviewer":
                self.publication = self.publication or label
        for label in labels:
            person = self._speakers.get(label)
            self._sides[label] = role_side(label) or _SIDES[person.role if person else "other"]

    def _publication_speaker(self, label: str, asks: Sequence[bool]) -> Person:
        """Who speaks under a label that names nobody known: the person whose organisation it
        is; for a publication that asks ("CHEManager:"), the interviewer; else a new person."""
        person = self._affiliated(label)
        if person is None and not is_person_label(label) and sum(asks) * 2 >= len(asks):
            person = self._interviewer_for_publication(label)
        if person is None:
            person = Person(label, None)
            self.people.append(person)
        return person

    def source(self) -> str | None:
        """The publication: the label it asks under, or the one interviewer's affiliation."""
        interviewers = [p for p in self.people if p.role == "interviewer"]
        if self.publication is None and len(interviewers) == 1:
            return interviewers[0].affiliation
        return self.publication

    def side(self, label: str) -> TurnKind:
        """What a turn under `label` is: question, answer or statement."""
        return self._sides.get(label, "statement")

    def speaker(self, label: str) -> Person | None:
        if label in self._speakers:
            return self._speakers[label]
        side = self.side(label)
        return self.asker() if side == "question" else self.answerer() if side == "answer" else None

    def asker(self) -> Person | None:
        """Who asks unlabelled (or 'Frage:') questions: the one interviewer, or the publication."""
        interviewers = [p for p in self.people if p.role == "interviewer"]
        if len(interviewers) == 1:
            return interviewers[0]
        if not interviewers and self.publication:
            person = Person(self.publication, "interviewer", self.publication)
            self.people.append(person)
            return person
        return None

    def answerer(self) -> Person | None:
        """Who gives unlabelled (or 'Antwort:') answers: the one interviewee, if there is one."""
        interviewees = [p for p in self.people if p.role == "interviewee"]
        return interviewees[0] if len(interviewees) == 1 else None

    def participants(self, speaking: Collection[str]) -> tuple[Participant, ...]:
        """Everyone who speaks, or whom front matter or a byline names; interviewees first."""
        order: dict[Role, int] = {"interviewee": 0, "interviewer": 1, "other": 2}
        people = [p for p in self.people if p.name in speaking or p.listed]
        people.sort(key=lambda p: order[p.role or "other"])
        return tuple(
            Participant(
                name=p.name,
                role=p.role or "other",
                aliases=_aliases(p),
                affiliation=p.affiliation,
            )
            for p in people
        )

    def introduces(self, text: str) -> bool:
        """Whether `text` is about someone of the article in the third person ("Katrin
        Vogel leitet ..."), as biographies are; nobody answers that way about themselves."""
        for person in self.people:
            for name in {person.name, strip_titles(person.name)}:
                rest = text.removeprefix(name)
                if len(name.split()) >= 2 and rest != text and re.match(r" [a-zäöüß]", rest):
                    return True
        return False

    def _affiliated(self, label: str) -> Person | None:
        folded = label.casefold()
        matches = [p for p in self.people if p.affiliation and p.affiliation.casefold() == folded]
        return matches[0] if len(matches) == 1 else None

    def _interviewer_for_publication(self, label: str) -> Person | None:
        """'CHEManager:' asks the questions: it is the interviewer the byline names, if any."""
        interviewers = [p for p in self.people if p.role == "interviewer"]
        if not interviewers:
            # "Interview mit A und B": the one of them not known to answer is the one asking.
            interviewers = [p for p in self.people if p.listed and p.role is None]
        if len(interviewers) == 1:
            interviewers[0].role = "interviewer"
            interviewers[0].affiliation = interviewers[0].affiliation or label
            return interviewers[0]
        return None

    def _roles_from_address(self, questions: Sequence[str]) -> None:
        asked = " ".join(questions)
        for person in self.people:
            if person.role is None and re.search(_ADDRESS + re.escape(surname(person.name)), asked):
                person.role = "interviewee"

    def _roles_by_elimination(self) -> None:
        unknown = [p for p in self.people if p.role is None]
        roles = {p.role for p in self.people}
        if len(unknown) == 1 and ("interviewee" in roles) != ("interviewer" in roles):
            unknown[0].role = "interviewer" if "interviewee" in roles else "interviewee"


def _aliases(person: Person) -> tuple[str, ...]:
    seen = {person.name.casefold()}
    aliases = []
    for alias in [*person.aliases, *name_variants(person.name)]:
        if alias.casefold() not in seen:
            seen.add(alias.casefold())
            aliases.append(alias)
    return tuple(aliases)
