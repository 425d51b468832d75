"""The people of one article while it is parsed, and the labels that stand for them: who
asks, who answers, and which name a short label ("J. Bienert", "Bienert", "JP") stands for.

Example:
    >>> cast = Cast()
    >>> cast.mention(Mention("Jörg Bienert", "interviewee"))
    >>> cast.settle([("Redaktion", True), ("Bienert", False)], [])
    >>> cast.speaker("Bienert").name, cast.side("Redaktion")
    ('Jörg Bienert', 'question')
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise

from assistant.ingest.names import (
    COURTESY_GENDER,
    COURTESY_TITLES,
    LOWER,
    PARTICLE,
    TITLE_RE,
    UPPER,
    as_printed,
    fold,
    gender,
    initials,
    is_courtesy_surname,
    is_given_name,
    is_initials,
    is_multiword_name,
    is_office_and_surname,
    is_particle_surname,
    is_person_name,
    name_in_label,
    name_variants,
    names_a_person,
    same_person,
    strip_titles,
    surname,
)
from assistant.ingest.speakers import (
    Mention,
    bench_label,
    chair_label,
    chorus_label,
    definite_role,
    handle_label,
    role_side,
    role_stem,
    voice_label,
    voice_over_label,
)
from assistant.models import Participant, Role, TurnKind

_SIDES: dict[Role, TurnKind] = {
    "interviewer": "question",
    "interviewee": "answer",
    "other": "statement",
}
# "Frau Roth", "Herr Dr. Roth", "Herr Professor Roth": a title may be spelt out.
_ADDRESS = (
    r"\b(?:Herr|Frau|Mr\.?|Ms\.?|Mrs\.?|Dr\.|Prof\.)\s+"
    r"(?:(?:Dr\.|Prof\.|Professor|Professorin|Doktor)\s+)*(?:[" + UPPER + r"]\.\s*)?"
)
# The surname after "Frau"/"Herr", particles included: "Frau von Aschen", "Mr O'Shea".
_ADDRESSED = rf"(?:{PARTICLE}\s+)?(?:(?:al|el)-)?[{UPPER}][\w'’-]+"

# What claims a page's rights: "© NAME", "(c) NAME", "Copyright NAME".
RIGHTS_MARK = re.compile(r"©|\(c\)|\bcopyright\b", re.IGNORECASE)

# What sets a question apart before its words: an arrow or a dash, a number ("→ ", "3. ").
_QUESTION_SIGN = re.compile(r"^(?:[^\w\s„“\"'‘’»«(]+\s*|\d{1,2}[.)]\s+)")
# A question's first word called out before a comma: "Ines, wie ...", "Priya, what ...".
_VOCATIVE = re.compile(rf"([{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?),\s")


@dataclass
class Person:
    """Someone of the article while it is being parsed (roles settle as evidence comes in)."""

    name: str
    role: Role | None
    affiliation: str | None = None
    aliases: list[str] = field(default_factory=list)
    given: bool = False  # from front matter: never second-guessed
    listed: bool = False  # named in front matter or a byline: listed even if never quoted
    stated: bool = False  # the role a label states ("Moderatorin NAME:"), not worked out


class Cast:
    """The people of one article and the labels that stand for them.

    Besides the people it is told about (front matter, bylines, lead sentences), the cast
    keeps the full names the text mentions (`candidates`): a short label ("Hartmann:",
    "JP:") or an address ("Frau Korkmaz, ...") that stands for exactly one of them makes
    that person a speaker. A label that names nobody gets no speaker: a turn without a
    name is a gap, one under a wrong name a false statement.

    Example:
        >>> cast = Cast()
        >>> cast.consider("Rupert Hartmann")
        >>> cast.mention(Mention("Lea Kammerer", "interviewer", byline=True))
        >>> cast.settle([("Börsenblick", True), ("Hartmann", False)], [])
        >>> cast.speaker("Hartmann").name, cast.speaker("Börsenblick").name, cast.publication
        ('Rupert Hartmann', 'Lea Kammerer', 'Börsenblick')
    """

    def __init__(self, speakers: Sequence[Mention] = (), *, source: str | None = None):
        """`speakers` come from front matter and are taken as given (a missing role is
        still worked out from the text)."""
        self.people = [
            Person(m.name, m.role, m.affiliation, list(m.aliases), given=True, listed=True)
            for m in speakers
        ]
        self.candidates: list[str] = []
        self.publication = source
        self.unnamed: list[str] = []  # labels that name nobody the article introduces
        self.headline: str | None = None  # whom the headline quotes, as it names them
        # The text says the questions were put to someone it does not name ("We asked one
        # of the nurses"): nobody the lead names answers them.
        self.unnamed_answerer = False
        self._speakers: dict[str, Person | None] = {}
        self._sides: dict[str, TurnKind] = {}
        self._told: list[Person] = []
        # Names that took in a word after them, and the name the text gives on its own
        # ("Eva Roth Ärztin" for "Eva Roth"; see `blocks.cast_of`).
        self.longer: dict[str, str] = {}
        # Asking roles the lead ties to a name ("Moderatorin NAME und ..."), by `role_stem`.
        self.role_names: dict[str, str] = {}
        # Words with "ß" as the text writes them, by `fold` ("vosskamp": "Voßkamp"): a
        # label in capitals spells them with "SS" (see `respelt`).
        self.spellings: dict[str, str] = {}
        # The sex the questions' "Frau NAME"/"Mr NAME" give a surname, by `fold`: which
        # of two people the text names with it a label of that surname stands for.
        self.addressed: dict[str, str] = {}
        # Labels (by `fold`) the text writes only after a courtesy title or alone: a surname
        # with no given name or role before it anywhere (see `blocks._courtesy_only`).
        self.courtesy_only: set[str] = set()
        # Surnames that label turns and that the text writes only after a role it also
        # writes as a noun ("Coach NAME", "the coach"; see `blocks._role_only`).
        self.role_only: set[str] = set()
        # One-word labels the text writes mostly at the head of a firm's name ("NAME Rope
        # Works"; see `blocks._firm_head`): asking, the firm's, not a namesake's.
        self.firm_heads: set[str] = set()
        # Labels whose turns answer rather than ask (see `_asking`), set by `settle`.
        self._answering: set[str] = set()
        # Nicknames the text gives between a given name and surname, with the full name
        # ("Dex": "Brendan Kelvey" for 'Brendan „Dex“ Kelvey'; see `names.nicknames`).
        self.nicknames: dict[str, str] = {}
        # The lines that hold rights to the page ("© NAME 2024", "Copyright NAME"): a name
        # there is the outlet's or its publisher's (see `_rights_holder`).
        self.rights_lines: list[str] = []

    def mention(self, mention: Mention) -> None:
        # A name that took in the noun after it ("beantwortet Dr. Eva Roth Fragen ...")
        # is the shorter name the text also gives, as for names only considered.
        if (short := self.full_name(mention.name)) != mention.name:
            mention = replace(mention, name=short)
        if mention.surname:
            person = self.find(mention.name) or self._promote(mention.name)
            if person is not None:
                person.role = person.role or mention.role
            return
        person = self.find(mention.name)
        if person is None:
            self.people.append(
                Person(mention.name, mention.role, mention.affiliation, listed=mention.byline)
            )
            return
        if person.given:
            person.role = person.role or mention.role
            return
        # A byline states who asks; a lead sentence before it only guessed ("NAME spoke
        # with the Herald" for the reporter the byline then names).
        listed_now = mention.byline and mention.role is not None and not person.listed
        person.role = mention.role if listed_now else person.role or mention.role
        person.affiliation = person.affiliation or mention.affiliation
        person.listed = person.listed or mention.byline
        if TITLE_RE.match(mention.name) and not TITLE_RE.match(person.name):
            person.name = mention.name  # "Dr. Anna Schmidt" is how the article introduces her

    def shorter(self, name: str) -> str:
        """`name` less a noun it took in (`longer`), with or without the titles before it:
        a sentence may give "Dr. Eva Roth Fragen" where another reader strips "Dr.".

        Example:
            >>> cast = Cast()
            >>> cast.longer = {"Dr. Eva Roth Fragen": "Dr. Eva Roth"}
            >>> cast.shorter("Eva Roth Fragen"), cast.shorter("Eva Roth")
            ('Eva Roth', 'Eva Roth')
        """
        if name in self.longer:
            return self.longer[name]
        core = strip_titles(name)
        for long, short in self.longer.items():
            if strip_titles(long) == core:
                return strip_titles(short) if core == name else short
        return name

    def full_name(self, name: str) -> str:
        """`name` as the person's full name: less a noun it took in (`shorter`), and for a
        nickname with the surname the name the text ties it to ("Dex Kelvey" where the
        text gives 'Brendan „Dex“ Kelvey'), so that both are one person, named in full.

        Example:
            >>> cast = Cast()
            >>> cast.nicknames = {"Dex": "Brendan Kelvey", "Dex Kelvey": "Brendan Kelvey"}
            >>> cast.full_name("Dex Kelvey"), cast.full_name("Dex"), cast.full_name("Eva Roth")
            ('Brendan Kelvey', 'Dex', 'Eva Roth')
        """
        name = self.shorter(name)
        full = self.nicknames.get(strip_titles(name))
        # Only a name of two words or more: a nickname alone ("Dex") is no full name the
        # text mentions, and a label under it is mapped where it is attached.
        return full if full and len(name.split()) > 1 else name

    def nickname(self, name: str) -> str:
        """The full name a nickname stands for (`nicknames`), also where a label sets the
        nickname in capitals ("FLORI:" for 'Florian „Flori“ Haberl'); else `name`.

        Example:
            >>> cast = Cast()
            >>> cast.nicknames = {"Flori": "Florian Haberl"}
            >>> cast.nickname("FLORI"), cast.nickname("Flori"), cast.nickname("EVA")
            ('Florian Haberl', 'Florian Haberl', 'EVA')
        """
        if name in self.nicknames:
            return self.nicknames[name]
        if name.isupper():
            return self.nicknames.get(name.title(), name)
        return name

    def consider(self, name: str) -> None:
        """Note a full name the text mentions; it speaks only if a label or address names it."""
        name = self.full_name(name)
        if is_office_and_surname(name):
            return  # "Ratsherr Fischer" is no given name and surname: the office is no name
        core = strip_titles(name)
        for index, known in enumerate(self.candidates):
            if strip_titles(known) == core:
                if TITLE_RE.match(name) and not TITLE_RE.match(known):
                    self.candidates[index] = name
                return
        self.candidates.append(name)

    def refer(self, label: str, role: Role) -> None:
        """`label` (a name, a surname) is said to have `role` ("Klinikchefin Reuschel: „…“")."""
        person = self.find(label) or self._promote(label)
        if person is not None and person.role is None:
            person.role = role

    def withhold_answerer(self) -> None:
        """The answers are someone's the text does not name: no one it names answers them,
        unless front matter or a byline says so."""
        self.unnamed_answerer = True
        for person in self.people:
            if person.role == "interviewee" and not person.listed:
                person.role = None

    def prefer_answerer(self, name: str) -> None:
        """`name` answers, as the paragraph right before the dialogue says ("We asked NAME
        ..."): it outweighs a lead sentence that made someone else an interviewee ("NAME
        says ..." in a report), but not front matter, a byline or a label's role."""
        name = self.shorter(name)
        person = self.find(name) or self._promote(name)
        if person is None or person.role == "interviewer":
            return
        for other in self.people:
            if other is not person and other.role == "interviewee" and not other.listed:
                other.role = None
        person.role = "interviewee"

    def find(self, label: str) -> Person | None:
        """The one person `label` stands for: their name, an alias, or a short form of the name."""
        folded = fold(label)
        for person in self.people:
            if folded in (fold(person.name), *(fold(a) for a in person.aliases)):
                return person
        matches = [p for p in self.people if same_person(label, p.name)]
        return matches[0] if len(matches) == 1 else None

    def quoted(self, name: str) -> Person | None:
        """The person a report's attribution ("…“, sagt NAME") names: someone of the article,
        or the one full name the text gives for `name`; None where that is not certain.

        A surname names the one person (or mentioned name) whose surname it is before one
        whose double surname only holds it: the father "Jan Roth" before the daughter "Eva
        Roth-Lenz", whether or not she is of the article yet.

        Example:
            >>> cast = Cast([Mention("Eva Roth-Lenz", "interviewee")])
            >>> cast.consider("Jan Roth")
            >>> cast.quoted("Roth").name, cast.quoted("Lenz").name
            ('Jan Roth', 'Eva Roth-Lenz')
        """
        names = {strip_titles(n) for n in (*self.candidates, *(p.name for p in self.people))}
        exact = [n for n in names if fold(surname(n)) == fold(name)]
        if len(exact) == 1 and any(same_person(name, n) for n in names - set(exact)):
            return self.find(exact[0]) or self._promote(exact[0])
        return self.find(name) or self._promote(name)

    def named_alone(self, text: str) -> str | None:
        """The one person of the article (or full name it mentions) that `text` names, in
        full or by surname ("Hüsken sieht ..."); None where it names nobody or several.

        Example:
            >>> cast = Cast()
            >>> cast.consider("Ludger Hüsken"), cast.consider("Eva Roth")
            (None, None)
            >>> cast.named_alone("Hüsken lacht."), cast.named_alone("Hüsken und Roth lachen.")
            ('Ludger Hüsken', None)
        """
        names = {strip_titles(n): n for n in (*self.candidates, *(p.name for p in self.people))}
        named = {
            core
            for core, name in names.items()
            if re.search(rf"(?<![\w-]){re.escape(surname(core))}(?![\w-])", text)
        }
        return names[named.pop()] if len(named) == 1 else None

    def knows(self, label: str) -> bool:
        """Whether the article introduces `label` as a person, or as a publication/affiliation."""
        folded = label.casefold()
        name = name_in_label(label)  # "Vorstandschefin Eva Roth" is Eva Roth
        # A name the text says someone goes by ("NAME (Lady Vex)") introduces them too.
        name = self.nickname(name)
        return (
            self.find(name) is not None
            or self._candidate(name) is not None
            or self._affiliated(label) is not None
            or (self.publication is not None and folded == self.publication.casefold())
        )

    def settle(self, uses: Sequence[tuple[str, bool]], questions: Sequence[str]) -> None:
        """Attach every label (with whether each use asks a question) to a person or to
        nobody, and decide roles: what a byline states first, then who asks and who
        answers, then who is addressed ("Herr Bienert, ..."), then whoever is left in a
        two-person interview."""
        uses = _letters_to_one(uses)
        self.addressed = _courtesy_sexes(questions)
        labels = list(dict.fromkeys(label for label, _ in uses))
        # Full names first, so that "J. Bienert" finds "Jörg Bienert" wherever it comes.
        labels.sort(
            key=lambda label: not (is_multiword_name(name_in_label(label)) and "." not in label)
        )
        asking = _asking(labels, uses)
        self._answering = {label for label in labels if not asking[label]}
        # Where a label asks again and again, a nameless label heard once that asks is a
        # voice of its own (a caller, someone in the street), not the publication asking.
        counts = Counter(label for label, _ in uses)
        recurring = {label for label in labels if asking[label] and counts[label] >= 2}
        kin = _surname_before_full_name(uses)
        for label in labels:
            if label in kin and not role_side(label):
                self._surname_alone(label)
            # A role the text gives one holder ("Chair:" over "NAME (Chair)") is theirs.
            elif not role_side(label) or label in self.nicknames:
                once = counts[label] == 1 and bool(recurring - {label})
                self._attach(label, labels, asking[label] and not once)
        self._roles_named(labels)
        # Who the text itself says asks (front matter, a byline or credit, a lead sentence,
        # a label's role), before roles are worked out from how people speak.
        self._told = [p for p in self.people if p.role == "interviewer"]
        self._roles_from_labels(uses)
        self._asker_against_credit(uses)
        self._asker_by_share(uses)
        self._second_host(uses)
        self._roles_from_address(questions)
        self._roles_by_elimination()
        self._answering_role(labels, asking)
        for label in labels:
            person = self._speakers.get(label)
            side = _SIDES[person.role or "other"] if person else None
            if person is not None and person.role == "other" and asking[label]:
                side = "question"  # a voice from the floor asks, named but not the host
            if person is None and label in self._speakers:
                # A caller or a voice from the floor puts questions to the guests, also
                # where a turn of theirs only remarks ("Forty years and nobody died!"), as a
                # chat's reader does under a handle.
                voice = voice_label(label) or handle_label(label)
                side = "question" if asking[label] or voice else "answer"
            if person is None and voice_over_label(label) and not asking[label]:
                side = "statement"  # a package's voice-over tells, it answers no one
            self._sides[label] = role_side(label) or side or "statement"

    def _answering_role(self, labels: Sequence[str], asking: dict[str, bool]) -> None:
        """The one label that answers but names nobody ("Zeugin:", "Expert:", a role the
        lists do not hold) is the one interviewee the text names, where no label of theirs
        names them: as "Antwort:" is.

        Example:
            >>> cast = Cast([Mention("Eva Roth", "interviewee")])
            >>> cast.settle([("Richter", True), ("Zeugin", False)], [])
            >>> cast.speaker("Zeugin").name
            'Eva Roth'
        """
        nameless = [
            label
            for label in labels
            if label in self._speakers and self._speakers[label] is None and not asking[label]
        ]
        person = self.answerer()
        labelled = any(p is person for p in self._speakers.values())
        if len(nameless) != 1 or person is None:
            return
        # A package's voice-over ("SPRECHER:") tells the story around the guest: it is
        # read by someone the transcript does not name, never the guest.
        # A record's "THE JUDGE:" is the bench, never the witness.
        unnamed_voice = chorus_label(nameless[0]) or bench_label(nameless[0])
        # A username, one word with an underscore or a number ("reader_42", "Kiebitz99"),
        # is a reader the text does not name, no role the one interviewee holds.
        unnamed_voice = unnamed_voice or re.fullmatch(r"\S*[_\d]\S*", nameless[0]) is not None
        if voice_label(nameless[0]) or unnamed_voice or voice_over_label(nameless[0]):
            return
        # "Die Expertin:" names the one expert by role, though her name labels a turn too.
        if labelled and not definite_role(nameless[0]):
            return
        self._speakers[nameless[0]] = person
        self.unnamed.remove(nameless[0])

    def knows_exactly(self, label: str) -> bool:
        """Whether the article introduces `label` (see `knows`) other than by one part of a
        double surname: "OKAFOR:" beside "Bo Okafor-Reid" may be a second person the text
        gives in full ("Ada Okafor"), whom the labels then stand for.

        Example:
            >>> cast = Cast()
            >>> cast.consider("Bo Okafor-Reid")
            >>> cast.knows("OKAFOR"), cast.knows_exactly("OKAFOR"), cast.knows_exactly("Bo")
            (True, False, True)
        """
        if not self.knows(label):
            return False
        name = name_in_label(label)
        known = [
            n for n in (*self.candidates, *(p.name for p in self.people)) if same_person(label, n)
        ]
        return not known or not all(_part_of_surname(name, n) for n in known)

    def _attach(self, label: str, labels: Sequence[str], asks: bool) -> None:
        """The person behind one label: someone known or mentioned, the person whose
        organisation it is, a person the label itself names; for a label that names
        nobody and asks (a publication: "CHEManager:", "LT:"), the interviewer the byline
        names; else nobody."""
        # "Schulleiterin Eva Roth:": the role before the name is not part of it; "Dex:" is
        # the person the text gives that nickname.
        name = name_in_label(label)
        name = self.nickname(name)
        person = self._known_behind(label, name, asks)
        if asks and person is not None and self._rights_holder(person):
            person = self._outlet_asking(label, person)
        # A label that answers under a surname with its particle ("Von Hagelstein:") is a
        # person whether or not the text gives the full name; an outlet's label ("La
        # Gazzetta:") would ask. So is a courtesy title before a surname ("Herr Roth:").
        # An office before a surname ("Bürgermeisterin NAME:", "CHAIR NAME:") is a person too,
        # named by the surname the record prints.
        surnamed = (not asks and is_particle_surname(name)) or is_courtesy_surname(name)
        surnamed = surnamed or is_office_and_surname(label)
        # A one-word label that answers, and that the questions call someone by after a
        # courtesy title ("Mr MacLeod, what ...?" over "MacLeod: ..."): the questions
        # vouch for it as a person's surname, though the text gives no given name.
        addressed = not asks and self._addressed_surname(name)
        # So does the text that knows them only by role and surname ("Coach NAME").
        addressed = addressed or (not asks and fold(name) in self.role_only)
        surnamed = surnamed or addressed
        # A reader known by given name and place ("NAME aus ORT:") or by a chat tool's
        # header is a voice the page leaves without a full name: nobody the text names.
        voice = voice_label(label)
        if person is None and not voice and (names_a_person(name, labels) or surnamed):
            # "BERGMANN-KÖHLER:" under "Frau Bergmann-Köhler, …": as the questions write it.
            spelt = as_printed(name) if addressed else name
            person = Person(self.respelt(spelt), None)
            self.people.append(person)
        if person is None and self.headline and label.casefold() == self.headline.casefold():
            # "FITZWILLIAM-OBI:" under the headline "Fitzwilliam-Obi: '…'": the person the
            # headline quotes, by the surname the article gives.
            person = Person(self.headline, None)
            self.people.append(person)
        # Where a role label asks ("MODERATOR:"), the interviewer has a label already: another
        # nameless label that asks is someone else (a caller, a voice from the floor).
        role_asks = any(role_side(other) == "question" for other in labels)
        # Where the interviewer asks under a label that names them ("Moderator NAME:"), a
        # nameless label that asks (a reader's "Gartenfreund_61:") is not them either.
        labelled = any(p is not None and p.role == "interviewer" for p in self._speakers.values())
        # A chat handle ("night_owl_9:") is a reader's, never the outlet asking, whoever
        # the page credits (a sponsor's "Presented by ...").
        voice = voice_label(label) or handle_label(label)
        if person is None and asks and not (role_asks or labelled or voice):
            self.publication = self.publication or label
            person = self._interviewer_for_publication(label)
        if person is None:
            self.unnamed.append(label)
        elif label != person.name and label not in person.aliases:
            person.aliases.append(label)
        if person is not None and _asking_role(label, name) and not person.listed:
            person.role, person.stated = "interviewer", True  # "Moderatorin NAME:" asks
        self._speakers[label] = person

    def _known_behind(self, label: str, name: str, asks: bool) -> Person | None:
        """Someone known or mentioned whom `label` (`name`, its name part) means, the person
        whose organisation it is, or a person the label itself names; None where the label
        asks under the initials of someone another label answers for (the outlet's), or
        under a firm's short name that is someone's surname too (`firm_heads`).

        Example:
            >>> cast = Cast([Mention("Eva Roth", "interviewee")])
            >>> cast._known_behind("ROTH", "ROTH", False).name
            'Eva Roth'
        """
        # The outlet a credit names ("NAME, Redaktion Werkblatt") before a name the text
        # might make of its words ("Redaktion Werkblatt").
        person = self.find(name)
        if person is not None and _part_of_surname(name, person.name):
            # "OKAFOR:" after "OKAFOR-REID:": the one the text gives that whole surname.
            person = self._promote(name) or person
        person = person or self._affiliated(label) or self._promote(name)
        if asks and person is not None and _initials_of_an_answerer(label, self._answering, person):
            return None  # the outlet's initials ("HW:" over "Weidinger:"), not his
        if asks and person is not None and not person.listed and fold(name) in self.firm_heads:
            # "NAME:" asking in a firm's release where "NAME Rope Works" is the firm and
            # "Ida NAME" its founder: the firm asks, not she.
            return None
        return person

    def _rights_holder(self, person: Person) -> bool:
        """Whether `person` is only a name the page's copyright line gives ("© NAME"), not
        one a byline, a credit or front matter lists: the outlet or its publisher, which a
        name finder takes for a given name and a surname.

        Example:
            >>> cast = Cast()
            >>> cast.rights_lines = ["© Harbour Post Verlag 2024"]
            >>> cast._rights_holder(Person("Harbour Post Verlag", None))
            True
            >>> cast._rights_holder(Person("Eva Roth", None))
            False
        """
        if person.listed or person.stated:
            return False
        name = re.compile(rf"(?<!\w){re.escape(person.name)}(?!\w)")
        marks = (RIGHTS_MARK.search(line) for line in self.rights_lines)
        return any(mark and name.search(mark.string, mark.end()) for mark in marks)

    def _outlet_asking(self, label: str, holder: Person) -> Person:
        """Who asks under a label that stands for the page's rights holder ("HP:" for the
        "© Harbour Post" line): the outlet asks, and the interviewer a byline or credit
        names carries its questions; the holder where nobody is credited.

        Example:
            >>> cast = Cast()
            >>> cast.mention(Mention("Lea Kern", "interviewer", byline=True))
            >>> holder = Person("Harbour Post", None)
            >>> cast.people.append(holder)
            >>> cast._outlet_asking("HP", holder).name, [p.name for p in cast.people]
            ('Lea Kern', ['Lea Kern'])
        """
        interviewer = self._interviewer_for_publication(label)
        if interviewer is None or interviewer is holder:
            return holder
        # The holder was made a person only for this label: it speaks nowhere else.
        if not holder.aliases and all(p is not holder for p in self._speakers.values()):
            self.people.remove(holder)
        self.publication = self.publication or label
        return interviewer

    def _surname_alone(self, label: str) -> None:
        """`label` (a surname alone) is a person of that surname only: the person the text
        names in full under another label is someone else (`_surname_before_full_name`).

        Example:
            >>> cast = Cast()
            >>> cast._surname_alone("ROTH")
            >>> cast.speaker("ROTH").name
            'Roth'
        """
        name = as_printed(label)
        person = Person(self.respelt(name), None)
        self.people.append(person)
        self._speakers[label] = person

    def _addressed_surname(self, name: str) -> bool:
        """Whether `name` is one word, shaped like a surname, that the questions call
        someone by after a courtesy title (`addressed`): "Ms Carvalho-Berg, how ...?", and
        that the text writes after no other word (`courtesy_only`: "Trainer NAME" is
        someone the text names otherwise).

        Example:
            >>> cast = Cast()
            >>> cast.addressed = {"carvalho-berg": "female"}
            >>> cast.courtesy_only = {"carvalho-berg"}
            >>> cast._addressed_surname("Carvalho-Berg"), cast._addressed_surname("Berg")
            (True, False)
        """
        shaped = re.fullmatch(r"[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)?", name) is not None
        folded = fold(name)
        capitalised = shaped and name[:1].isupper()
        return capitalised and folded in self.addressed and folded in self.courtesy_only

    def respelt(self, name: str) -> str:
        """`name` with each word as the text writes it where a label in capitals lost its
        "ß" ("HOLGER VOSSKAMP:" under a question to "Herr Voßkamp"): the person's name is
        the text's spelling, not the capitals'.

        Example:
            >>> cast = Cast()
            >>> cast.spellings = {"vosskamp": "Voßkamp"}
            >>> cast.respelt("Dr. Holger Vosskamp"), cast.respelt("Eva Roth")
            ('Dr. Holger Voßkamp', 'Eva Roth')
        """
        return " ".join(self.spellings.get(fold(word), word) for word in name.split())

    def _roles_named(self, labels: Sequence[str]) -> None:
        """A role label that asks ("MODERATOR:") is the person the lead gives that role
        ("Moderator NAME und ..."): the text ties the role to the name."""
        for label in labels:
            name = self.role_names.get(role_stem(label))
            if role_side(label) != "question" or name is None:
                continue
            person = self.find(name) or self._promote(name)
            if person is None:
                person = Person(name, None)
                self.people.append(person)
            person.role, person.stated = "interviewer", True
            self._speakers[label] = person

    def _candidate(self, label: str) -> str | None:
        """The one mentioned full name `label` stands for. A surname names the one person
        whose surname it is before one whose double surname only holds it, as `quoted` has
        it: "OKAFOR:" is Ada Okafor, not Bo Okafor-Reid.

        Example:
            >>> cast = Cast()
            >>> cast.consider("Bo Okafor-Reid"), cast.consider("Ada Okafor")
            (None, None)
            >>> cast._candidate("OKAFOR"), cast._candidate("Reid")
            ('Ada Okafor', 'Bo Okafor-Reid')
        """
        matches = [name for name in self.candidates if same_person(label, name)]
        exact = [n for n in matches if fold(surname(strip_titles(n))) == fold(label)]
        if len(exact) == 1 and len(matches) > 1:
            return exact[0]
        # A label read as a name of its own ("Van Rooyen:", where "Van" is a given name too)
        # is a short form of the fuller name the text gives ("Pieter van Rooyen"), not a
        # second person.
        fullest = [n for n in matches if not any(o != n and same_person(n, o) for o in matches)]
        if len(fullest) > 1 and (said := self.addressed.get(fold(label))):
            # "Haller:" where the text names a father and a daughter of that name: the
            # one the questions call "Frau Haller" speaks under it, where the given names
            # say the others are not (a name of either sex leaves it open).
            sexes = [gender(strip_titles(n)) for n in fullest]
            if None not in sexes:
                fullest = [n for n, sex in zip(fullest, sexes, strict=True) if sex == said]
        return fullest[0] if len(fullest) == 1 else None

    def _promote(self, label: str) -> Person | None:
        """The mentioned person `label` stands for, now one of the people of the article."""
        name = self._candidate(label)
        if name is None:
            return None
        person = self.find(name)
        if person is None:
            person = Person(self.respelt(name), None)
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
        """Who speaks under `label`; None where the article does not say."""
        if label in self._speakers:
            return self._speakers[label]
        side = self.side(label)
        if chair_label(label):
            return None  # the chair asks, but is not the byline's reporter
        if side == "question":
            # A role label ("MODERATOR:", "Frage:") is the person the text says asks, not
            # someone found to ask under a name of their own (a panellist's question to
            # another): where the text names nobody in that role, the turn has no speaker.
            asker = self.asker()
            return asker if asker is not None and asker in self._told else None
        if role_side(label) == "answer":
            return self._role_answerer()
        return self.answerer() if side == "answer" else None

    def _role_answerer(self) -> Person | None:
        """Who answers under "A." or "Antwort:": the one interviewee, but not one who speaks
        under a name label of their own (a lawyer's "MR. NAME: Objection."), since one
        person is not labelled two ways; where others answer under their names, the one
        interviewee the record names (a deposition's witness) who has no label.

        Example:
            >>> cast = Cast([Mention("Eva Roth", "interviewee")])
            >>> cast.consider("Tom Lenz")
            >>> cast.settle([("Q", True), ("A", False), ("Tom Lenz", False)], [])
            >>> cast.speaker("A").name
            'Eva Roth'
        """
        answerer = self.answerer()
        if answerer is not None:
            return None if self._labelled(answerer) else answerer
        listed = [
            p for p in self.people if p.role == "interviewee" and p.listed and not self._labelled(p)
        ]
        return listed[0] if len(listed) == 1 and not self.unnamed_answerer else None

    def _labelled(self, person: Person) -> bool:
        """Whether some label of the text stands for `person`."""
        return any(p is person for p in self._speakers.values())

    def asks_alone(self, name: str) -> None:
        """`name`, an interviewer, is the one who asks: whoever else was taken to ask
        (a byline's author of the text around the interview) does not.

        Example:
            >>> cast = Cast([Mention("Jan Holt", "interviewer", byline=True)])
            >>> cast.mention(Mention("Ida Kern", "interviewer"))
            >>> cast.asks_alone("Ida Kern")
            >>> cast.asker().name, cast.find("Jan Holt").role
            ('Ida Kern', None)
        """
        person = self.find(name)
        if person is None or person.role != "interviewer":
            return
        for other in self.people:
            if other is not person and other.role == "interviewer":
                other.role = None

    def trade_sides(self) -> None:
        """The one interviewer and the one interviewee trade roles, where both came from a
        lead sentence read the wrong way round (see `blocks.asker_addressed`); not where
        front matter, a byline or a label said who is who.

        Example:
            >>> cast = Cast()
            >>> cast.mention(Mention("Ida Kern", "interviewer"))
            >>> cast.mention(Mention("Jan Holt", "interviewee"))
            >>> cast.trade_sides()
            >>> cast.asker().name, cast.answerer().name
            ('Jan Holt', 'Ida Kern')
        """
        asking = [p for p in self.people if p.role == "interviewer"]
        answering = [p for p in self.people if p.role == "interviewee"]
        pair = [*asking, *answering]
        if len(asking) != 1 or len(answering) != 1:
            return
        if any(p.listed or p.given or p.stated for p in pair):
            return
        asking[0].role, answering[0].role = "interviewee", "interviewer"

    def asker(self) -> Person | None:
        """Who asks unlabelled (or 'Frage:') questions: the one interviewer, if there is one."""
        interviewers = [p for p in self.people if p.role == "interviewer"]
        return interviewers[0] if len(interviewers) == 1 else None

    def answerer(self) -> Person | None:
        """Who gives unlabelled (or 'Antwort:') answers: the one interviewee, if there is one."""
        interviewees = [p for p in self.people if p.role == "interviewee"]
        unnamed = self.unnamed_answerer and not any(p.listed for p in interviewees)
        return interviewees[0] if len(interviewees) == 1 and not unnamed else None

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
        Vogel leitet ...", "Katrin Vogel, 58, leitet ...", "Die Gesprächspartner: Katrin
        Vogel ist ..."), as biographies are; nobody answers that way about themselves.

        Example:
            >>> cast = Cast([Mention("Katrin Vogel", "interviewee")])
            >>> cast.introduces("Katrin Vogel, 58, leitet das Haus."), cast.introduces("Ja.")
            (True, False)
        """
        # A box may open with its title: "The participants: NAME is ...".
        text = re.sub(rf"^[{UPPER}][\w ]{{0,30}}:\s+", "", text)
        for person in self.people:
            for name in {person.name, strip_titles(person.name)}:
                rest = text.removeprefix(name)
                # Right after the name: a verb, or an age or role between commas first.
                opens = re.match(rf"(?:,[^,.;:]{{1,60}},)? [{LOWER}]", rest)
                if len(name.split()) >= 2 and rest != text and opens:
                    return True
        return False

    def _affiliated(self, label: str) -> Person | None:
        """The one person whose organisation the label names, whole or as its name after a
        desk ("Werkblatt:" for "Das Gespräch führte NAME, Redaktion Werkblatt"): an outlet's
        label, not a surname of "Redaktion Werkblatt".

        Example:
            >>> cast = Cast([Mention("Eva Roth", "interviewer", "Redaktion Werkblatt")])
            >>> cast._affiliated("Werkblatt").name, cast._affiliated("Redaktion") is None
            ('Eva Roth', True)
            >>> Cast([Mention("Eva Roth", None, "Partnerin von Jan Berg")])._affiliated("Berg")
        """
        matches = [p for p in self.people if p.affiliation and _names_outlet(p.affiliation, label)]
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

    def _roles_from_labels(self, uses: Sequence[tuple[str, bool]]) -> None:
        """Who asks under their labels is the interviewer. This outweighs a lead sentence,
        which may name the interviewer too ("She tells Julian Pryce why ..."), but not a
        byline or front matter."""
        # Where a role label asks ("MODERATOR:"), the interviewer speaks under it: a person
        # who asks under a name of their own is a voice from the floor or a committee's
        # member, and the role label's turns are not theirs.
        moderated = any(role_side(label) == "question" for label, _ in uses)
        unlabelled_host = self._unlabelled_host(uses)
        for person in self.people:
            said = [asked for label, asked in uses if self._speakers.get(label) is person]
            if not said or person.listed or person.stated:
                person.role = person.role or (_role_of(said) if said else None)
                continue
            if moderated and person.role is None and _role_of(said) == "interviewer":
                person.role = "other"
                continue
            if unlabelled_host and person.role is None and sum(said) <= len(said) / 2:
                # A round table whose credited moderator asks without a label: a guest's
                # rhetorical question ("Wer zahlt die Pacht dafür?") in half their turns
                # makes no second host; one who asks in most of them still may be.
                person.role = "interviewee"
                continue
            share = sum(said) / len(said)
            if person.role is None or (len(said) >= 2 and abs(share - 0.5) >= 0.25):
                person.role = _role_of(said)

    def _unlabelled_host(self, uses: Sequence[tuple[str, bool]]) -> bool:
        """Whether a byline or credit names the one who asks ("Moderiert von NAME") and no
        label stands for them, while three people or more speak under labels: a round
        table whose questions are set without a label, the moderator's.

        Example:
            >>> cast = Cast([Mention("Ida Kern", "interviewer", byline=True)])
            >>> for name in ("Tom Lenz", "Eva Roth", "Ole Beck"):
            ...     cast.consider(name)
            >>> cast.settle([("Lenz", True), ("Lenz", False), ("Roth", False), ("Beck", False)], [])
            >>> cast.side("Lenz")
            'answer'
        """
        hosts = [p for p in self.people if p.role == "interviewer" and p.listed]
        speaking = {id(person) for label, _ in uses if (person := self._speakers.get(label))}
        named = {label for label, _ in uses if self._speakers.get(label) is not None}
        silent = bool(hosts) and all(id(host) not in speaking for host in hosts)
        return silent and len(speaking) >= 3 and len(named) >= 3

    def _asker_against_credit(self, uses: Sequence[tuple[str, bool]]) -> None:
        """Where nobody asks yet, the one person a credit made an interviewee ("Ein Gespräch
        mit NAME" reads either way) who asks in every one of three or more labelled turns,
        while another labelled person never asks, is the interviewer: the labels outweigh
        the credit's reading (front matter is never second-guessed).

        Example:
            >>> cast = Cast()
            >>> cast.mention(Mention("Tom Lenz", "interviewee", byline=True))
            >>> cast.consider("Eva Roth")
            >>> uses = [("Tom Lenz", True), ("Eva Roth", False)] * 3
            >>> cast.settle(uses, [])
            >>> cast.side("Tom Lenz"), cast.side("Eva Roth")
            ('question', 'answer')
        """
        if any(p.role == "interviewer" for p in self.people):
            return
        said = {
            id(person): [asked for label, asked in uses if self._speakers.get(label) is person]
            for person in self.people
        }
        askers = [p for p in self.people if len(said[id(p)]) >= 3 and all(said[id(p)])]
        answering = [p for p in self.people if said[id(p)] and not any(said[id(p)])]
        if len(askers) == 1 and answering and not askers[0].given:
            askers[0].role = "interviewer"

    def _asker_by_share(self, uses: Sequence[tuple[str, bool]]) -> None:
        """Where no one asks by role yet, the one person who asks under their labels at
        least twice as often as anyone else is the interviewer (a host's turns mix remarks
        and greetings with questions, so fewer than half of them may ask), as `_asking`
        decides for labels that name nobody."""
        if any(p.role == "interviewer" for p in self.people):
            return
        if any(role_side(label) == "question" for label, _ in uses):
            return  # "MODERATOR:" asks: a panellist's question to another makes no host
        shares: dict[int, float] = {}
        for index, person in enumerate(self.people):
            said = [asked for label, asked in uses if self._speakers.get(label) is person]
            if said and not (person.listed or person.stated or person.role == "other"):
                shares[index] = sum(said) / len(said)
        ranked = sorted(shares.items(), key=lambda item: item[1], reverse=True)
        if len(ranked) >= 2 and ranked[0][1] > 0 and ranked[0][1] >= 2 * ranked[1][1]:
            self.people[ranked[0][0]].role = "interviewer"

    def _second_host(self, uses: Sequence[tuple[str, bool]]) -> None:
        """A podcast's second host, whose labelled turns the guest answers each time, is an
        interviewer too, though most of her turns only remark ("So the oven came with
        the house."): she hands the talk to the guest as the first host does (`_prompter`).

        Example:
            >>> cast = Cast()
            >>> for name in ("Eva Roth", "Ida Kern", "Tom Lenz"):
            ...     cast.consider(name)
            >>> host, guest = ("Eva Roth", True), ("Tom Lenz", False)
            >>> uses = [host, guest, ("Ida Kern", False), guest, host, guest]
            >>> uses += [("Ida Kern", True), guest, host, guest, ("Ida Kern", False), guest]
            >>> cast.settle(uses, [])
            >>> cast.side("Ida Kern"), cast.side("Tom Lenz")
            ('question', 'answer')
        """
        people = [self._speakers.get(label) for label, _ in uses]
        hosts = {id(p) for p in people if p is not None and p.role == "interviewer"}
        guests = {id(p) for p in people if p is not None and p.role == "interviewee"}
        turns = [id(p) if p is not None else None for p in people]
        for person in self.people:
            said = [asked for label, asked in uses if self._speakers.get(label) is person]
            told = person.listed or person.stated or person.given
            if person.role != "interviewee" or told or not any(said) or len(hosts) != 1:
                continue
            if any(_prompter(turns, id(person), host, guest) for host in hosts for guest in guests):
                person.role = "interviewer"

    def _roles_from_address(self, questions: Sequence[str]) -> None:
        """Whom the questions address ("Frau Korkmaz, ...") answers them, if the article
        names that person in full."""
        called = [name for question in questions for name in _addressed(question)]
        # "Ines, wie kam es ...?": a question that opens by calling someone by a given name
        # addresses the one person of that given name the article names in full.
        # A sign or a number may set the question apart before it ("→ Ines, ...", "3. Ines,").
        opened = [_QUESTION_SIGN.sub("", q) for q in questions]
        called += [m[1] for q in opened if (m := _VOCATIVE.match(q)) and is_given_name(m[1])]
        for name in called:
            person = self.find(name) or self._promote(name)
            if person is None and name == self.headline:
                # Quoted by the headline and addressed by the questions: the interviewee,
                # by the surname the article gives ("Klinikchefin Reuschel: „…“").
                person = Person(self.headline, None)
                self.people.append(person)
            if person is not None and person.role is None:
                person.role = "interviewee"

    def _roles_by_elimination(self) -> None:
        unknown = [p for p in self.people if p.role is None]
        roles = {p.role for p in self.people}
        # Where the answers are someone's the text does not name, the one left does not
        # answer them for want of anyone else.
        answering = "interviewee" in roles or not self.unnamed_answerer
        if len(unknown) == 1 and ("interviewee" in roles) != ("interviewer" in roles) and answering:
            unknown[0].role = "interviewer" if "interviewee" in roles else "interviewee"


# A question calling someone by courtesy title and surname: "Frau Roth, ...", "Mr Hale?"
# An academic title may stand between the courtesy title and the surname: "Frau Dr. Roth".
_COURTESY_ADDRESS = re.compile(
    rf"\b(?P<title>{COURTESY_TITLES})\.?\s+(?:(?:Dr|Prof)\.\s*)*(?P<name>[{UPPER}][\w'’-]+)"
)


def _courtesy_sexes(questions: Sequence[str]) -> dict[str, str]:
    """The sex the questions' courtesy titles give each surname they call someone by,
    where they give it one only ("Frau Roth, ..." and never "Herr Roth").

    Example:
        >>> _courtesy_sexes(["Frau Roth, warum?", "Und Sie, Herr Lenz?"])
        {'roth': 'female', 'lenz': 'male'}
        >>> _courtesy_sexes(["Frau Dr. Roth, warum?"])
        {'roth': 'female'}
    """
    found: dict[str, set[str]] = {}
    for text in questions:
        for match in _COURTESY_ADDRESS.finditer(text):
            sex = COURTESY_GENDER[match["title"]]
            found.setdefault(fold(match["name"]), set()).add(sex)
    return {name: sexes.pop() for name, sexes in found.items() if len(sexes) == 1}


def _surname_before_full_name(uses: Sequence[tuple[str, bool]]) -> set[str]:
    """One-word labels that speak before a label of a given name and that surname first
    does ("ROTH:" for the father, later "EVA ROTH:" for his daughter): a text that labels
    a speaker in full does so on their first turn, so the surname speaking earlier is a
    relative of the same name, not the person named in full.

    Example:
        >>> uses = [("Q", True), ("ROTH", False), ("EVA ROTH", False), ("ROTH", False)]
        >>> _surname_before_full_name(uses)
        {'ROTH'}
        >>> _surname_before_full_name([("EVA ROTH", False), ("ROTH", False)])
        set()
    """
    first: dict[str, int] = {}
    for index, (label, _) in enumerate(uses):
        first.setdefault(label, index)
    found = set()
    for label, index in first.items():
        if " " in label or not label[:1].isupper():
            continue
        fuller = [
            other
            for other, at in first.items()
            if at > index
            and len(other.split()) == 2
            and is_multiword_name(as_printed(other))
            and fold(other.split()[-1]) == fold(label)
        ]
        if fuller:
            found.add(label)
    return found


def _part_of_surname(label: str, name: str) -> bool:
    """Whether `label` is one part of the double surname of `name`, not all of it.

    Example:
        >>> _part_of_surname("OKAFOR", "Bo Okafor-Reid"), _part_of_surname("Reid", "Bo Reid")
        (True, False)
    """
    whole = fold(surname(strip_titles(name)))
    return "-" in whole and fold(label) in whole.split("-")


def _initials_of_an_answerer(label: str, answering: Collection[str], person: Person) -> bool:
    """Whether `label` is `person`'s initials, where a label that answers names that person
    by name: one speaker does not both ask under initials and answer under a name, so the
    initials that ask are the outlet's ("HW:" for the paper over "Wolter:"), whoever else
    they fit. An interviewer who asks first under the full name, then under the initials
    ("NAME SURNAME: …?", "NS: …?"), keeps them; so does a name the letters only start
    ("JONA:", a presenter's given name, beside "JONA WESTERKAMP:").

    Example:
        >>> henrik = Person("Henrik Wolter", None)
        >>> _initials_of_an_answerer("HW", ["Wolter"], henrik)
        True
        >>> _initials_of_an_answerer("HW", ["SO"], henrik)
        False
        >>> _initials_of_an_answerer("HENR", ["Henrik Wolter"], henrik)
        False
    """
    letters = {shorts.casefold() for shorts in initials(person.name)}
    return (
        is_initials(label)
        and label.casefold() in letters
        and any(
            other != label
            and not is_initials(other)
            and same_person(name_in_label(other), person.name)
            for other in answering
        )
    )


def _asking(labels: Sequence[str], uses: Sequence[tuple[str, bool]]) -> dict[str, bool]:
    """Whether each label asks: half its uses are questions, or it asks at least twice as
    often as any other label (an outlet's turns mix remarks with questions: "THE LEDGER:
    You've also been criticised ...").

    Example:
        >>> uses = [("LT", True), ("Eva", False), ("LT", False), ("Eva", False), ("LT", False)]
        >>> _asking(["LT", "Eva"], uses)
        {'LT': True, 'Eva': False}
    """
    shares = {}
    for label in labels:
        said = [asked for used, asked in uses if used == label]
        shares[label] = sum(said) / len(said) if said else 0.0
    ranked = sorted((s for label, s in shares.items() if not role_side(label)), reverse=True)
    top = ranked[0] if len(ranked) >= 2 and ranked[0] >= 2 * ranked[1] and ranked[0] else None
    return {label: share >= 0.5 or share == top for label, share in shares.items()}


def _letters_to_one(uses: Sequence[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """`uses`, where one label that never asks speaks after each of two or more others
    heard once each, turn about, with those others asking: readers' letters to a
    columnist ("NAME, Town: My bin smells." / "COLUMNIST says: ..."), callers to an
    expert. Each writes once and gets the one reply, whether or not a "?" closes the letter.

    Example:
        >>> uses = [("Ida Kern", False), ("Ole", False), ("Tom Lenz", True), ("Ole", False)]
        >>> _letters_to_one(uses)[0], _letters_to_one(uses[:2] * 2)[0]
        (('Ida Kern', True), ('Ida Kern', False))
    """
    labels = [label for label, _ in uses]
    counts = Counter(labels)
    if len(counts) < 3 or any(role_side(label) for label in counts):
        return list(uses)
    top = counts.most_common(1)[0][0]
    turn_about = all((a == top) != (b == top) for a, b in pairwise(labels))
    once = all(count == 1 for label, count in counts.items() if label != top)
    if not (turn_about and once) or any(asked for label, asked in uses if label == top):
        return list(uses)
    return [(label, asked or label != top) for label, asked in uses]


def _addressed(question: str) -> list[str]:
    """The surnames a question calls out ("Frau Roth, ...", "..., Mr Hale?"), not the people
    it speaks of ("Was sagt Herr Böhm dazu?", "Und Herr Böhm?", "Herr Böhm sagt, ..."): an
    address opens a sentence or comes after a comma, and a comma or the sentence's end
    follows it.

    Example:
        >>> _addressed("Frau Roth, was sagt Herr Böhm dazu?"), _addressed("Why, Mr Hale?")
        (['Roth'], ['Hale'])
        >>> _addressed("Herr Professor Roth, warum?")
        ['Roth']
        >>> _addressed("Und Herr Böhm?"), _addressed("Herr Böhm sagt, Sie zögern. Stimmt das?")
        ([], [])
    """
    called = []
    for match in re.finditer(_ADDRESS + rf"(?P<name>{_ADDRESSED})", question):
        before = question[: match.start()].rstrip(" *_")  # "**Herr Roth, ...?**" in plain text
        after = question[match.end() :].lstrip(" *_")
        if (not before or before[-1] in ',.;:!?–—(„“"»«') and after[:1] in ("", *",.;:!?…"):
            called.append(match["name"])
    return called


def _asking_role(label: str, name: str) -> bool:
    """Whether the words before a label's name are the asking side's role ("Moderatorin
    Eva Roth", "HOST AMELIA STRAND"): what the label says outweighs a lead's guess.

    Example:
        >>> _asking_role("Moderatorin Eva Roth", "Eva Roth"), _asking_role("Dr. Eva Roth", "Roth")
        (True, False)
    """
    head = label.casefold().removesuffix(name.casefold())
    return head != label.casefold() and any(role_side(w) == "question" for w in head.split())


def _prompter(turns: Sequence[int | None], person: int, host: int, guest: int) -> bool:
    """Whether `person` hands the talk to `guest` as the `host` does: three turns at least,
    each one right before the guest's; every turn of the guest's right after the host's or
    the person's, after each of them at least once; and the person never speaking right
    after the host once the guest has spoken (a second guest who answers first would).

    Example:
        >>> _prompter([1, 2, 3, 1, 3, 2, 3, 1, 3, 2, 3], 2, 1, 3)
        True
        >>> _prompter([1, 2, 3, 1, 2, 3, 1, 2, 3], 2, 1, 3)
        False
    """
    # A guest's turn set under two labels in a row is one turn.
    steps = [(a, b) for a, b in pairwise(turns) if a != b]
    before_guest = {a for a, b in steps if b == guest}
    after_person = [b for a, b in steps if a == person]
    first = turns.index(guest) if guest in turns else len(turns)
    answers_host = (host, person) in pairwise(turns[first:])
    handed = after_person.count(guest) == turns.count(person) - (turns[-1] == person)
    both = before_guest == {host, person}
    return turns.count(person) >= 3 and handed and both and not answers_host


def _role_of(said: Sequence[bool]) -> Role:
    return "interviewer" if sum(said) * 2 >= len(said) else "interviewee"


def _aliases(person: Person) -> tuple[str, ...]:
    seen = {person.name.casefold()}
    aliases = []
    for alias in [*person.aliases, *name_variants(person.name)]:
        if alias.casefold() not in seen:
            seen.add(alias.casefold())
            aliases.append(alias)
    return tuple(aliases)


def _names_outlet(affiliation: str, label: str) -> bool:
    """Whether `label` is the organisation an affiliation names: all of it, or its last
    words after a desk or a role ("Redaktion Werkblatt"), unless those end a person's name
    ("Partnerin von Jan Berg" is no outlet "Berg").

    Example:
        >>> _names_outlet("Redaktion Werkblatt", "Werkblatt"), _names_outlet("Jan Berg", "Berg")
        (True, False)
    """
    folded, words = affiliation.casefold(), label.casefold()
    if folded == words:
        return True
    ends = folded.endswith(" " + words)
    tail = " ".join(affiliation.split()[-len(label.split()) - 1 :])
    return ends and not is_person_name(tail)
