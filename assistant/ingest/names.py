"""What a person's name looks like, and whether two ways of writing one name the same person.

German capitalises every noun, so two capitalised words are a name only when the first is a
given name (from the list `gender-guesser` ships: about 50,000 names from 55 countries) or
comes after an academic title. Surnames may carry particles ("Friederike von Aschen",
"Jan de Vries", "Karim al-Masri"); a short label may name someone by surname, by first name
or by initials.

Example:
    >>> is_person_name("Detlef Sommerkamp"), is_person_name("Märkte Unternehmen")
    (True, False)
    >>> [m for m in person_names("Geschäftsführer Detlef Sommerkamp warnt.")]
    ['Detlef Sommerkamp']
    >>> same_person("von Aschen", "Dr. Friederike von Aschen"), surname("Karim al-Masri")
    (True, 'al-Masri')
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Collection, Iterator, Sequence
from importlib import resources

import gender_guesser.detector

from assistant.text.analysis import ANY_STOPWORD
from assistant.text.sentences import split_sentences

# Titles may be printed without their dots ("Dr-Ing", "Dipl-Ing"), as some journals do,
# and an engineer's doctorate with a space for its hyphen ("Dr Ing", "Dr. Ing.").
_TITLE = (
    r"(?:Prof\.?(?=\s)|Dr\.?-Ing\.?|Dr\.?\sIng(?:\.|(?=\s))"
    r"|Dr\.?\s?(?:rer\.\s?nat\.|med\.|phil\.|h\.\s?c\.)?(?=\s)"
    r"|Dipl\.-[A-Z][a-z]*\.?|Dipl-[A-Z][a-z]*(?=\s)|Mag\.|PD|Sir|Dame)"
)


def _latin(case: str) -> str:
    """The Latin letters of one case as the inside of a character class: ASCII, Latin-1,
    Latin Extended-A/B and Latin Extended Additional, so that names such as "Brkić",
    "Łukasz", "Şahin" or the Vietnamese "Nguyễn" stay whole ("Brki", "Nguy" are no one's
    names).

    Example:
        >>> "ć" in _latin("lower"), "Ł" in _latin("upper"), "ć" in _latin("upper")
        (True, True, False)
        >>> "ễ" in _latin("lower"), "Ạ" in _latin("upper")
        (True, True)
    """
    codes = [*range(0x41, 0x250), *range(0x1E00, 0x1F00)]
    letters = (chr(code) for code in codes)
    return "".join(c for c in letters if c.isalpha() and getattr(c, f"is{case}")())


UPPER = _latin("upper")
LOWER = _latin("lower")
# "Schmidt", "McDonald", "O'Shea", "Müller-Lüdenscheidt". A possessive "'s" after a name
# is not part of it ("Eva Roth's novel"): it made a person of "Eva Roth's".
_WORD = (
    rf"[{UPPER}](?:['’][{UPPER}])?[{LOWER}]+(?:[{UPPER}][{LOWER}]+)?"
    rf"(?:-[{UPPER}]?[{LOWER}]+|['’](?!s(?![{LOWER}]))[{UPPER}]?[{LOWER}]+)*"
)
# Lowercase parts of a surname: "von der Leyen", "de Vries", "al-Masri", "ter Horst".
PARTICLE = (
    r"(?:von\s+der|von\s+dem|van\s+der|van\s+den|de\s+la|von|van|vom|de|del|della|zu|zur"
    r"|di|da|du|dos|le|la|ten|ter|bin|ibn"
    # A Low German or Dutch surname's "op" ("Anke op den Kamp"), alone or with its article.
    r"|op\s+de[mn]?|op"
    # A Welsh patronymic: "Gethin ap Rhys", the son of Rhys.
    r"|ap"
    # Irish surnames open with a capital particle ("Colm Ó Briain", "Áine Ní Bhriain").
    r"|Ó|ó|Ní|ní)"
)
_SURNAME = rf"(?:{PARTICLE}\s+)?(?:(?:al|el)-)?{_WORD}"
# Two or three capitalised words, optionally after academic titles: "Dr.-Ing. Anna Schmidt".
# A name starts a word: in "BMin NAME" or "GRin NAME" (a council record's abbreviated
# titles) the letters after the capitals are no given name.
NAME = rf"(?<![{UPPER}{LOWER}])(?:{_TITLE}\s*)*{_WORD}(?:\s+{_SURNAME}){{1,2}}(?![{LOWER}])"
NAME_RE = re.compile(NAME)
# Academic titles before a name ("Dr.-Ing.", "Prof.", "Dr. med."), for patterns elsewhere.
TITLE = _TITLE
TITLE_RE = re.compile(rf"^(?:{_TITLE}\s*)+")
_PARTICLE_RE = re.compile(rf"(?:{PARTICLE})$|(?:al|el)-")
# The particles printed in lower case, word by word ("van der" is "van" and "der").
_LOWER_PARTICLES = frozenset(
    (
        *("von", "van", "vom", "de", "del", "della", "der", "den", "dem", "la", "le", "du"),
        *("da", "di", "dos", "ten", "ter", "op", "zu", "zur", "bin", "ibn", "ap"),
    )
)
_INITIAL = rf"[{UPPER}]\."
# A label that could be a person: "Jörg Bienert", "J. Bienert", "Dr. Schmidt", "von Aschen", "JB".
_PERSON_LABEL_RE = re.compile(
    rf"(?:{_TITLE}\s*)*(?:{_INITIAL}\s*)*(?:{_WORD}\s+)*{_SURNAME}(?:\s+(?:{_INITIAL}|{_WORD}))*"
    rf"|[{UPPER}]{{2,3}}"
)
# Initials as a label: "JP", "AH", "PdV" (Paul de Vries), "PvdB" (Peter van den Berg),
# four for a name of four words ("ESJM" for Eve St. John-Mayhew, "KHRB" for Karl-Heinz Roth-Berg).
_INITIALS_RE = re.compile(rf"[{UPPER}](?:[{LOWER}]{{0,3}}[{UPPER}]){{1,3}}")
# Initials set with full stops, a hyphen for a double surname: "D.O-H.", "J.-P. K.", "A.B.";
# a particle's initial in lower case, as undotted initials have it ("H.v.B." as "HvB").
_DOTTED_INITIALS_RE = re.compile(
    rf"[{UPPER}](?:\.?\s?-?\s?(?:[{LOWER}]{{1,3}}\.\s?)?[{UPPER}]){{1,3}}\.?"
)
# What a capitalised word before a surname is when it is not a given name: a role, most
# often ("Tourismusdirektor Hölzl", "Councillor Hale"); given names on the list never get here.
ROLE_NOUN = re.compile(
    r"(?:or|er|in|chef|leiter|ent|ist|eur|ant|at|ar|man|person|ary)$|^.{13,}$", re.IGNORECASE
)
# After two words that open a paragraph: a verb in lower case, the sentence's end, and a
# next sentence whose subject is "she" or "he", first or after one clause set off by a
# comma ("... runs a dairy. She talks to ...", "... Since 2020, she has ..."); a pronoun
# further on may be someone's the sentence names first ("Its founder NAME says why she").
_PRONOUN_NEXT = re.compile(
    rf" (?!(?:of|and|for|in|at|on|the|a|an|to|with|from|by)\b)[{LOWER}]+[^.!?]*[.!?]\s+"
    rf"(?:[^.!?,]*,\s+)?(?:[Ss]he|[Hh]e)(?:['’](?:ll|s|d))? [{LOWER}]+"
)
# An age set off by commas after a name: "Tobiah Ferrante, 58, ...".
_AGE_AFTER = re.compile(r",\s(?:1[4-9]|[2-9]\d|10\d),")
# Initials in brackets right after a name: "Zuri Okwuosa-Lind (ZOL)".
_INITIALS_AFTER = re.compile(r"\s?\((?P<initials>[A-Z]{2,4})\)")
# Given names that are also capitalised words of a text: months, weekdays, greetings.
_NOT_GIVEN = frozenset(
    (
        *("januar", "februar", "april", "mai", "juni", "juli", "august", "september", "oktober"),
        *("november", "dezember", "january", "february", "march", "may", "june", "july"),
        *("october", "december", "sonntag", "monday", "sunday", "herr", "frau", "hallo"),
        # Prepositions and conjunctions a sentence may open with ("Seit Marco Weber das Amt
        # übernahm, ...", "Per Post ..."): the list holds a few of them as rare given names.
        *("seit", "ab", "per", "laut", "trotz", "wegen", "bevor", "nachdem", "obwohl", "sobald"),
        *("since", "after", "before", "while", "until", "although", "despite", "unlike", "via"),
    )
)


@functools.cache
def given_names() -> frozenset[str]:
    """Given names, casefolded: the list's names seen at least now and then in some country
    (its rarest class holds words like "Lücke" or "Ende"), less function words."""
    data = resources.files("gender_guesser").joinpath("data/nam_dict.txt")
    names: set[str] = set()
    with data.open(encoding="utf-8") as lines:
        for line in lines:
            if line[0] in "#=" or max(_frequencies(line[30:]), default=0) < 2:
                continue
            name = line.split()[1]
            # "Jun+Wei" stands for "Jun-Wei", "Jun Wei" and "Junwei".
            names.update({name.replace("+", "-"), name.replace("+", ""), *name.split("+")})
    return frozenset(n.casefold() for n in names) - ANY_STOPWORD - _NOT_GIVEN


def _frequencies(columns: str) -> Iterator[int]:
    return (int(column, 16) for column in columns if column in "0123456789ABCDEFabcdef")


@functools.cache
def _detector() -> gender_guesser.detector.Detector:
    return gender_guesser.detector.Detector(case_sensitive=False)


def gender(name: str) -> str | None:
    """'female' or 'male' where the given name says so clearly (the same list as the given
    names); None for a surname alone or a name used for both.

    Example:
        >>> gender("Dr. Petra Lanzinger"), gender("Ludger Hüsken"), gender("Hüsken")
        ('female', 'male', None)
    """
    given = split_name(name)[0]
    said = _detector().get_gender(given[0]) if given else None
    return said if said in ("female", "male") else None


def is_given_name(word: str) -> bool:
    """'Jörg', 'Hans-Peter' (every part a given name): True; 'Geschäftsführer': False. A
    name with an accent the list writes without is one too ("Siobhán" as "Siobhan").

    Example:
        >>> is_given_name("Hans-Peter"), is_given_name("Siobhán"), is_given_name("Ärztin")
        (True, True, False)
    """
    parts = word.split("-")
    if word.casefold() in given_names() or all(p.casefold() in given_names() for p in parts):
        return True
    plain = _unaccented(word)
    return plain != word and plain.casefold() in given_names()


def _unaccented(word: str) -> str:
    """`word` less its accents, but not its umlauts: "Siobhán" -> "Siobhan"; "Völker" stays
    (as "Volker" it would be a given name, and German nouns have umlauts).

    Example:
        >>> _unaccented("Siobhán"), _unaccented("Völker")
        ('Siobhan', 'Völker')
    """
    decomposed = unicodedata.normalize("NFD", word)
    # U+0308 is the umlaut's (and diaeresis') mark.
    kept = (c for c in decomposed if not unicodedata.combining(c) or c == "\u0308")
    return unicodedata.normalize("NFC", "".join(kept))


def strip_titles(name: str) -> str:
    """'Dr.-Ing. Anna Schmidt' -> 'Anna Schmidt'."""
    return TITLE_RE.sub("", name).strip()


def split_name(name: str) -> tuple[list[str], str]:
    """Given names and surname: 'Dr. Jan de Vries' -> (['Jan'], 'de Vries'); the surname
    starts at the first particle, or is the last word."""
    words = strip_titles(name).split()
    for index, word in enumerate(words[:-1]):
        if _PARTICLE_RE.match(word):
            return words[:index], " ".join(words[index:])
    return words[:-1], " ".join(words[-1:])


def surname(name: str) -> str:
    return split_name(name)[1]


def initials(name: str) -> set[str]:
    """The letters of a name's words, a particle's in lower case, compared in capitals.

    Example:
        >>> sorted(initials("Jan de Vries")), sorted(initials("Julian Pryce"))
        (['JV', 'JdV'], ['JP'])
        >>> sorted(initials("Yara al-Masri"))  # a hyphened particle has its letter: "YaM"
        ['YM', 'Ya', 'YaM']
        >>> sorted(initials("Karl-Heinz Roth")), sorted(initials("Ana de la Cruz"))
        (['KHR', 'KR'], ['AC', 'AdC', 'AdlC'])
        >>> sorted(initials("Niamh O'Callaghan"))
        ['NO', 'NOC']
    """
    given, last = split_name(name)
    parts = last.replace("-", " ").split()
    capitalised = [w for w in parts if w[:1].isupper()]
    # "Karl-Heinz" is "K" or, both parts, "KH".
    parts_given = [part for word in given for part in word.split("-") if part]
    heads = {"".join(word[0] for word in words).upper() for words in (given, parts_given)}
    # A particle of two words may count once, by its first letter: "RDC" for Rafael de la
    # Cruz, as "RdlC" counts each.
    first_particle = [parts[0], *capitalised] if parts[0][:1].islower() else capitalised
    # An Irish "O'" before the surname has its letter too: "NOC" for Niamh O'Callaghan.
    apostrophed = re.split(r"[\s'’-]+", last)
    tails = {
        "".join(w[0] for w in words if w)
        for words in (capitalised, last.split(), parts, first_particle, apostrophed)
    }
    return {head + tail for head in heads for tail in tails}


# Cached: a long text offers the same capitalised pairs again and again, and each lookup
# runs the given-name list (a 1 MB paragraph took 6 of its 15 s here).
# The patterns below are compiled once: a parse compiles a pattern for each name it meets,
# and those push patterns built on the spot out of `re`'s cache of 512.
_SURNAME_AND_WORD = re.compile(rf"{_SURNAME}(?:\s+{_WORD})?$")


@functools.lru_cache(maxsize=16_384)
def is_person_name(name: str) -> bool:
    """A person's name: a title before a name, or a known given name before a surname.

    Example:
        >>> is_person_name("Lucia de Souza Brandt"), is_person_name("Neue Wege")
        (True, False)
    """
    core = strip_titles(name)
    given, last = split_name(core)
    # A surname of two words after a particle is one surname: "de Souza Brandt".
    if not last or not _SURNAME_AND_WORD.match(last):
        return False
    return (core != name.strip() and bool(given or last)) or (
        bool(given) and is_given_name(given[0])
    )


_THE_BEFORE = re.compile(r"\b(?:the|The)\s+$")
# Greetings open a line before a name ("Hi NAME.", "Hallo NAME,"): the greeting is never
# the given name, whatever name lists say of the word ("Hi" is one in some of them).
GREETINGS = frozenset(
    ("hallo", "hello", "hi", "hey", "liebe", "lieber", "dear", "danke", "thanks", "welcome")
)
# Kin before a surname name a relation, not a given name: "Vater und Sohn NAME" are two
# people of one family, and "Sohn NAME" is neither of them by name.
KIN_NOUNS = frozenset(
    (
        *("vater", "mutter", "sohn", "tochter", "bruder", "schwester", "onkel", "tante"),
        *("opa", "oma", "enkel", "enkelin", "neffe", "nichte", "witwe", "witwer", "cousin"),
        *("father", "mother", "son", "daughter", "brother", "sister", "uncle", "aunt"),
        *("grandson", "granddaughter", "nephew", "niece", "widow", "widower"),
    )
)

# A newsroom as one body after the outlet's name ("Gazette Staff", "Kurier-Redaktion"): no
# person's surname, so the word before it is the outlet's name, not a given name.
DESK_WORDS = frozenset(("staff", "newsroom", "desk", "redaktion", "editors"))


def person_names(text: str) -> Iterator[str]:
    """The names of people in `text`: title or given name plus surname. A word before a
    given name is not part of the name ("Geschäftsführer Detlef Sommerkamp"). Two words
    with an age after them between commas are a name whatever the given name ("Tobiah
    Ferrante, 58, bought ..."), as news introduces people.

    Example:
        >>> list(person_names("The owner, Tobiah Ferrante, 58, bought it."))
        ['Tobiah Ferrante']
        >>> list(person_names("Sagt Bäuerin Huber, 54, am Zaun."))
        []
        >>> list(person_names("She came from the Kestrel Bay Institute."))
        []
        >>> list(person_names("Geboren in Kiel, Trang\\n\\nRestaurant: Hang"))
        []
        >>> list(person_names("O-Ton Fenske: Ja."))
        []
        >>> list(person_names("Hi Nell. Hello Eva Roth."))
        ['Eva Roth']
        >>> list(person_names("Sagt VBR-Chef Lars-Ove Petersen."))
        ['Lars-Ove Petersen']
    """
    return iter(_person_names(text))


@functools.lru_cache(maxsize=1024)
def _person_names(text: str) -> tuple[str, ...]:
    """`person_names` of one text, kept: parsing asks for the names of the same lead, box
    or paragraph many times, and a huge paragraph costs seconds each time."""
    if "\n\n" in text:
        # A turn's or a box's paragraphs, joined by blank lines: no name runs from the end
        # of one into the next ("... in Kiel, Trang" over "Restaurant: ...").
        return tuple(name for part in text.split("\n\n") for name in _person_names(part))
    return tuple(_names_in_paragraph(text))


def _names_in_paragraph(text: str) -> Iterator[str]:
    """`person_names` of a text with no blank line in it."""
    position = 0
    while match := NAME_RE.search(text, position):
        first = start = match.start()
        if first and text[first - 1] == "-":
            # "O-Ton Fenske": a word after a hyphen is the tail of a compound ("O-Ton", a
            # clip), never a given name's start; a name may still follow the compound
            # ("VBR-Geschäftsführer NAME").
            position = first + 1
            continue
        if _THE_BEFORE.search(text, 0, first) and not _named(match, text):
            # "the Kestrel Bay Institute": English capitalises a thing's name after "the";
            # its last words ("Bay Institute") are no person, as "Dr. Eva Roth" after a
            # role's words would be.
            position = match.end()
            continue
        if match.group(0).split()[0].casefold() in GREETINGS:
            # "Hi NAME. It might.": a greeting and the name greeted, not a full name; the
            # words after the greeting may still be one ("Hello Eva Roth").
            position = match.start() + match.group(0).index(" ") + 1
            continue
        while match and not _named(match, text) and " " in match.group(0):
            start = match.start() + match.group(0).index(" ") + 1
            match = NAME_RE.match(text, start)
        if match and _named(match, text):
            match = _without_polite_pronoun(match, text)
            yield without_place(match.group(0))
            position = match.end()
        else:
            position = max(start, first + 1)


# German's polite pronouns, capitalised mid-sentence: "beantwortet NAME Ihre Fragen" runs
# the name pattern into "Ihre", and no surname is one of them.
_POLITE = frozenset(("Sie", "Ihr", "Ihre", "Ihrem", "Ihren", "Ihrer", "Ihres", "Ihnen"))


def _without_polite_pronoun(match: re.Match[str], text: str) -> re.Match[str]:
    """`match` without a polite pronoun at its end, where the words before it still make a
    name: the pronoun starts the sentence's object, it is not the name's last word.

    Example:
        >>> text = "Diese Woche beantwortet Dr. med. Eva Roth Ihre Fragen."
        >>> _without_polite_pronoun(NAME_RE.search(text, 24), text)[0]
        'Dr. med. Eva Roth'
        >>> text = "Eva Roth"
        >>> _without_polite_pronoun(NAME_RE.match(text), text)[0]
        'Eva Roth'
    """
    words = match.group(0).split()
    if len(words) < 3 or words[-1] not in _POLITE:
        return match
    shorter = NAME_RE.match(text, match.start(), match.end() - len(words[-1]) - 1)
    return shorter if shorter and _named(shorter, text) else match


# A nickname in quotation marks between the given name and the surname: "Brendan „Dex“
# Kelvey", 'Ruth "Ruthie" Abend'.
_NICKNAMED = re.compile(
    rf"(?<![\w-])(?P<given>{_WORD})\s+[„“\x22»‚‘'](?P<nick>{_WORD})[“”\x22«‘’']\s+"
    rf"(?P<surname>{_SURNAME})(?![\w-])"
)


def nicknames(text: str, elsewhere: str = "") -> Iterator[tuple[str, str]]:
    """The nicknames `text` gives people between their given name and surname, each with
    the full name it stands for: a label under the nickname ("Dex:") is that person, and
    so is the nickname with the surname ("Dex Kelvey" in a headline or a label), since the
    text itself ties the two. Where the word before the nickname is on no list of given
    names, the rest of the article (`elsewhere`) writing the nickname with the surname
    makes it one: only a person goes by a nickname and surname.

    Example:
        >>> list(nicknames("Sänger Jonas „Joe“ Falkenried spielt heute."))
        [('Joe', 'Jonas Falkenried'), ('Joe Falkenried', 'Jonas Falkenried')]
        >>> list(nicknames('The "Blue" Hotel and Grand "Old" Opera'))
        []
        >>> list(nicknames('Founder Mai "Bo" Lenz', elsewhere="Bo Lenz: Yes."))[0]
        ('Bo', 'Mai Lenz')
    """
    for match in _NICKNAMED.finditer(text):
        again = f"{match['nick']} {match['surname']}"
        if _is_nickname(match) or (
            match["given"] != match["nick"]
            and re.search(rf"(?<![\w-]){re.escape(again)}(?![\w-])", elsewhere) is not None
        ):
            full = f"{match['given']} {match['surname']}"
            yield match["nick"], full
            yield again, full


def _is_nickname(match: re.Match[str]) -> bool:
    """Whether a `_NICKNAMED` match is a nickname: only after a given name, since a quoted
    word between two capitalised words may be a title ('Operation "Sunrise" Plan'); or where
    the quoted word is a short form of the word before it, its start or its end, which
    makes that word a given name whether or not the list holds it ('Dr Temitope "Tope" Obi').

    Example:
        >>> [_is_nickname(m) for m in _NICKNAMED.finditer('Temitope "Tope" Obi, Big "Red" Barn')]
        [True, False]
    """
    given, nick = match["given"].casefold(), match["nick"].casefold()
    short_form = len(nick) >= 3 and (given.startswith(nick) or given.endswith(nick))
    return (is_given_name(match["given"]) or short_form) and given != nick


def without_nicknames(text: str) -> str:
    """`text` with the nicknames between given names and surnames left out, so that the
    name reads as a name does: the lead that opens "Rosa 'Roz' Pell has painted ..." opens
    with Rosa Pell.

    Example:
        >>> without_nicknames("Sänger Jonas „Joe“ Falkenried spielt heute.")
        'Sänger Jonas Falkenried spielt heute.'
    """

    return _NICKNAMED.sub(
        lambda match: f"{match['given']} {match['surname']}" if _is_nickname(match) else match[0],
        text,
    )


# A class year after a name, as a school's or college's magazine prints its alumni:
# "Ada Byrne ’04", "Tom Lenz '19". A decade ("the ’90s") runs on into a letter.
_CLASS_YEAR = re.compile(rf"(?<=[{UPPER}][{LOWER}])(?P<rest>[\w-]*)\s[’'‘]\d{{2}}(?![\w’'])")


def without_class_years(text: str) -> str:
    """`text` with the class years after names left out, so that what follows a name reads
    as it would without one: "Tom Lenz ’19 asked her" is Tom Lenz asking.

    Example:
        >>> without_class_years("Ada Byrne-Hale ’04 talked to Tom Lenz '19 in the ’90s.")
        'Ada Byrne-Hale talked to Tom Lenz in the ’90s.'
    """
    return _CLASS_YEAR.sub(lambda match: match["rest"], text)


# Letters in brackets right after a name, as a magazine sets the label its dialogue will
# use: "Nathan Thornbury (NTh)", "Tom van der Linde (TvdL)".
_SHORT_AFTER = re.compile(rf"\s?\((?P<short>[{UPPER}][{UPPER}{LOWER}]{{1,5}})\)")


def _right_after(name: str, pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of `pattern` right after each place `text` writes `name`: what a pattern
    of the name followed by `pattern` finds, without compiling one for every name (a
    parse meets hundreds, and compiling them cost a tenth of its time).

    Example:
        >>> bracket = re.compile(" [(][A-Z][)]")
        >>> [m[0] for m in _right_after("Ada", bracket, "Ada (A), Ada, Ada (B)")]
        [' (A)', ' (B)']
    """
    start = text.find(name)
    while start != -1:
        if match := pattern.match(text, start + len(name)):
            yield match
        start = text.find(name, start + 1)


def word_then(
    word: str, tail: re.Pattern[str], text: str, *, any_case: bool = False
) -> Iterator[tuple[re.Match[str], re.Match[str]]]:
    """Each place `text` writes `word` from a word's start with what `tail` matches right
    after it, as the word's match and the tail's, left to right and not overlapping: what
    `finditer` of one pattern of the word and `tail` finds, without compiling that costly
    pattern for every word (`_right_after`).

    Example:
        >>> tail = re.compile(r"\\s+(?P<surname>[A-Z][a-z]+)")
        >>> [(w[0], t["surname"]) for w, t in word_then("ada", tail, "Ada Roth; ada Lenz; Ada",
        ...                                              any_case=True)]
        [('Ada', 'Roth'), ('ada', 'Lenz')]
    """
    head = re.compile(rf"\b{re.escape(word)}", re.IGNORECASE if any_case else 0)
    position = 0
    while found := head.search(text, position):
        if after := tail.match(text, found.end()):
            yield found, after
            position = after.end()
        else:
            position = found.start() + 1


def words_before(
    word: str, before: re.Pattern[str], text: str, *, any_case: bool = False
) -> Iterator[re.Match[str]]:
    """Each match of `before` (a pattern ending in `\\Z`) that ends right where `text`
    writes `word` as a whole word, left to right and not overlapping: what `finditer` of
    one pattern of `before` and the word finds, without compiling it for every word.

    Example:
        >>> before = re.compile(r"\\b([A-Z][a-z]*)\\s+\\Z")
        >>> [m[1] for m in words_before("roth", before, "Eva Roth, Ida ROTH; roth", any_case=True)]
        ['Eva', 'Ida']
    """
    head = re.compile(rf"{re.escape(word)}(?![\w-])", re.IGNORECASE if any_case else 0)
    position = 0
    for found in head.finditer(text):
        # What stands before a word is a few words at most: the search need not start
        # further back.
        reach = max(position, found.start() - _BEFORE_REACH)
        if match := before.search(text, reach, found.start()):
            yield match
            position = found.end()


_BEFORE_REACH = 200


def declared_initials(text: str) -> Iterator[tuple[str, str]]:
    """The initials `text` declares in brackets after a full name, each with that name: a
    label of those letters is that person, even where another's initials are the same
    letters ("NT" and "NTh" for Nomvula Thebe and Nathan Thornbury).

    Example:
        >>> list(declared_initials("Ada Thebe (AT) and Alan Thorn (ATh) run it."))
        [('AT', 'Ada Thebe'), ('ATh', 'Alan Thorn')]
        >>> list(declared_initials("Ada Thebe (BBC) spoke."))
        []
    """
    for name in dict.fromkeys(person_names(text)):
        for match in _right_after(name, _SHORT_AFTER, text):
            words = re.split(r"[\s-]+", strip_titles(name))
            if _spells_initials(match["short"], words):
                yield match["short"], name


# A body's abbreviation in brackets, then the person who speaks for it: "für das Bündnis
# Nord (BN) NAME", "for the Harbour Party (HP), NAME". A label of those letters is that
# person, as an election questionnaire sets the answers under its parties' letters.
_FOR_BODY = re.compile(
    r"\b(?:für|for)\s+(?:das|die|den|der|the)\s+[^()\n.;:]{3,80}?"
    rf"\s\((?P<short>[{UPPER}]{{2,6}})\),?\s+(?P<name>{NAME})"
)


def declared_representatives(text: str) -> Iterator[tuple[str, str]]:
    """The abbreviations of bodies `text` gives in brackets, each with the full name of the
    person it says speaks for that body right after: labels of those letters are theirs,
    not the body's name, which is nobody.

    Example:
        >>> text = "Geantwortet haben für die Hafenliste (HL) Ada Thebe und für die Partei"
        >>> list(declared_representatives(text + " Süd (PS) Tom Lenz."))
        [('HL', 'Ada Thebe'), ('PS', 'Tom Lenz')]
        >>> list(declared_representatives("Sie spricht für die Hafenliste (HL)."))
        []
    """
    for match in _FOR_BODY.finditer(text):
        if is_person_name(match["name"]):
            yield match["short"], match["name"]


# A name a person goes by, in brackets after their full name: a ring name, a stage name
# ("NAME (derby name: Kay Rash)", "NAME (Lady Vex)", "NAME, aka ..."), two or three
# capitalised words, perhaps after what kind of name it is.
_ALIAS_AFTER = re.compile(
    r"\s?\((?:(?:[\w-]+\s+)?(?i:name|nickname|spitzname|künstlername)\s*:\s*"
    r"|(?i:aka|a\.k\.a\.|alias|genannt|known\s+as)\s+)?"
    rf"(?P<alias>[{UPPER}][\w'’-]+(?:\s+[{UPPER}][\w'’-]+){{1,2}})\)"
)


_NAME_AND_ALIAS = re.compile(rf"(?P<name>{NAME}){_ALIAS_AFTER.pattern}")


def declared_aliases(text: str) -> Iterator[tuple[str, str]]:
    """The names `text` says people go by, in brackets after their full names, each with
    that full name: a label of that name ("Lady Vex:") is that person, not someone of
    its own (sport, stage and pen names are printed so, and a team's page labels by them).

    Example:
        >>> list(declared_aliases("with blocker Ada Thebe (Lady Vex) and Tom Lenz (BBC)"))
        [('Lady Vex', 'Ada Thebe')]
        >>> list(declared_aliases("and Tamsa Okodo (Tamsa Nine)"))
        [('Tamsa Nine', 'Tamsa Okodo')]
    """
    for name in dict.fromkeys(person_names(text)):
        for match in _right_after(name, _ALIAS_AFTER, text):
            if match["alias"].casefold() != strip_titles(name).casefold():
                yield match["alias"], name
    # A given name off the lists is a given name where the name in brackets keeps it
    # ("Tamsin Okonjo (Tamsin Eleven)"): the two vouch for each other.
    for match in _NAME_AND_ALIAS.finditer(text):
        name, alias = match["name"], match["alias"]
        kept = name.split()[0] == alias.split()[0] and name != alias
        if kept and not is_person_name(name):
            yield alias, name


# What a text says someone is called, after their name in the same sentence: "NAME, the
# coach, who goes by Benny", "NAME, who everyone calls Ace", "I'm NAME, but everyone calls
# me Robbo". The nickname is one capitalised word; the name is the last one before it.
_CALLED = re.compile(
    r"(?:\b|(?=\())(?:who\s+(?:goes|went)\s+by|who\s+(?:everyone|everybody|people|we\s+all)\s+calls?"
    r"|(?:everyone|everybody|people|they\s+all|friends)\s+calls?\s+(?:me|him|her)"
    r"|den\s+alle|die\s+alle"
    # A record's header notes it in brackets after the name: "NAME (known as Robbie)".
    r"|\((?:also\s+|better\s+)?known\s+as|\((?:auch\s+)?genannt)"
    rf"\s+(?P<nick>[{UPPER}][{LOWER}]+)\b"
)
# The sentence the nickname's person must be named in: no full stop between the two.
_SENTENCE_BACK = 160


def called_nicknames(text: str) -> Iterator[tuple[str, str]]:
    """The nicknames a text says people go by in words ("NAME, who everyone calls Ace"),
    each with the full name named last before it in the same sentence: a label under the
    nickname ("ACE") is that person. Nobody where the sentence names no one before it.

    Example:
        >>> list(called_nicknames("Tonight: Ada Thebe, our captain, who everyone calls Ace."))
        [('Ace', 'Ada Thebe'), ('Ace Thebe', 'Ada Thebe')]
        >>> list(called_nicknames("Narrator: Robert Quill (known as Robbie), born 1950"))[0]
        ('Robbie', 'Robert Quill')
        >>> list(called_nicknames("I'm Tom Lenz, but everyone calls me Tommo. Welcome."))
        [('Tommo', 'Tom Lenz'), ('Tommo Lenz', 'Tom Lenz')]
        >>> list(called_nicknames("The dog, who everyone calls Rex, barked."))
        []
    """
    for match in _CALLED.finditer(text):
        before = text[max(0, match.start() - _SENTENCE_BACK) : match.start()]
        before = re.split(r"[.!?]\s", before)[-1]  # only the nickname's own sentence
        names = [name for name in person_names(before) if " " in strip_titles(name)]
        # A short form is a nickname ("Benedict ... who goes by Benny"), the name itself not.
        words = strip_titles(names[-1]).casefold().split() if names else [match["nick"].casefold()]
        if match["nick"].casefold() not in words:
            yield match["nick"], names[-1]
            # The nickname before the surname ("Robbie NAME" in an abstract) is the same
            # person, not a second one.
            yield f"{match['nick']} {strip_titles(names[-1]).split()[-1]}", names[-1]


# What a family calls its members, in the languages a family's interview may label them
# with ("Babcia:", "Oma:", "Grandpa:"), by the relation a text names them with.
_KIN_WORDS = {
    "grandmother": ("Grandma", "Granny", "Gran", "Nan", "Nana", "Oma", "Babcia", "Nonna", "Abuela"),
    "grandfather": ("Grandpa", "Grandad", "Granddad", "Opa", "Dziadek", "Nonno", "Abuelo"),
    "mother": ("Mum", "Mom", "Mama", "Mutti"),
    "father": ("Dad", "Papa", "Vati"),
}
_RELATION = {
    "grandmother": "grandmother", "grandma": "grandmother", "gran": "grandmother",
    "großmutter": "grandmother", "oma": "grandmother",
    "grandfather": "grandfather", "grandpa": "grandfather", "grandad": "grandfather",
    "großvater": "grandfather", "opa": "grandfather",
    "mother": "mother", "mum": "mother", "mom": "mother", "mutter": "mother",
    "father": "father", "dad": "father", "vater": "father",
}  # fmt: skip
# "my grandmother, NAME", "meine Oma NAME": the writer's relative, by name.
_MY_KIN = re.compile(
    rf"\b(?i:my|our|meine|unsere|mein|unser)\s+(?P<rel>(?i:{'|'.join(_RELATION)}))\s*,?\s+"
    rf"(?P<name>{NAME})"
)


def kin_word_names(text: str) -> Iterator[tuple[str, str]]:
    """The words a family calls the relative `text` names as the writer's ("my grandmother,
    NAME"), each with that name: a label of such a word ("Babcia:", "Oma:") is that person.

    Example:
        >>> ("Oma", "Ada Roe") in set(kin_word_names("This is my grandmother, Ada Roe."))
        True
        >>> list(kin_word_names("My grandmother was born in Kiel."))
        []
    """
    for match in _MY_KIN.finditer(text):
        if is_person_name(match["name"]):
            for word in _KIN_WORDS[_RELATION[match["rel"].lower()]]:
                yield word, match["name"]


# A chat's handle with the full name in brackets at its first message, the handle the
# given name in lower case: "tjorven (Tjorven Maas, co-founder): …".
_HANDLE_NAMED = re.compile(
    r"(?P<handle>[a-z][a-z0-9._-]{1,24})\s*\((?P<name>"
    rf"[{UPPER}][\w'’-]+(?:\s+(?:{PARTICLE}\s+)?[{UPPER}][\w'’-]+){{1,2}})(?:,[^()\n]*)?\)\s*:"
)


# What a thread's opening post says of the handle someone posts under: "Er schreibt hier
# unter dem Namen HANDLE", "sie antwortet als HANDLE", "He posts here as HANDLE", "under
# the username HANDLE". The person is the one the sentence before names (or this one).
_POSTS_AS = re.compile(
    r"\b(?:(?:schreibt|antwortet|postet)\s+(?:hier\s+)?(?:unter\s+dem\s+(?:Nutzer|Benutzer)?"
    r"[Nn]amen|als)|(?:posts|writes|answers|replies)\s+(?:here\s+)?(?:as|under\s+the\s+"
    r"(?:user)?name)|unter\s+dem\s+(?:Nutzer|Benutzer)namen)\s+[„“\"']?(?P<handle>\w[\w.-]{1,28}\w)"
)


def posting_names(text: str) -> Iterator[tuple[str, str]]:
    """The handles a thread's post says people post under, each with that person's full
    name: the one name the sentence gives, or the one the sentence before it gives ("…
    our warden Ada Thebe answers. She posts here as warden_at."): the handle's posts are
    that person's.

    Example:
        >>> text = "This week our warden Ada Thebe answers. She posts here as warden_at."
        >>> list(posting_names(text))
        [('warden_at', 'Ada Thebe')]
        >>> list(posting_names("Ada Thebe and Tom Lenz answer. She posts as warden_at."))
        []
    """
    sentences = [s.text for s in split_sentences(text)]
    for index, sentence in enumerate(sentences):
        match = _POSTS_AS.search(sentence)
        if match is None:
            continue
        before = sentences[index - 1] if index else ""
        found = list(person_names(sentence)) or list(person_names(before))
        names = {strip_titles(name) for name in found}
        if len(names) == 1:
            yield match["handle"], names.pop()


def handle_names(text: str) -> Iterator[tuple[str, str]]:
    """The full name a chat gives in brackets after a handle that is its given name in
    lower case, with the handle: the handle's later messages are that person's, whether
    or not the given name is on the lists.

    Example:
        >>> list(handle_names("yrsa (Yrsa Tollund, editor): Welcome!"))
        [('yrsa', 'Yrsa Tollund')]
        >>> list(handle_names("admin (Harbour Team): Hi"))
        []
    """
    for match in _HANDLE_NAMED.finditer(text):
        if match["name"].split()[0].lower() == match["handle"]:
            yield match["handle"], match["name"]


def _spells_initials(short: str, words: Sequence[str]) -> bool:
    """Whether `short` is the start of each of `words` in turn, one letter or more each.

    Example:
        >>> _spells_initials("NTh", ["Nathan", "Thornbury"])
        True
        >>> _spells_initials("TvdL", ["Tom", "van", "der", "Linde"])
        True
        >>> _spells_initials("NB", ["Nathan", "Thornbury"])
        False
    """
    if not words:
        return not short
    word = words[0]
    for length in range(1, min(len(short), len(word)) + 1):
        if short[:length].casefold() != word[:length].casefold():
            return False
        if _spells_initials(short[length:], words[1:]):
            return True
    return False


# An office printed as a title right before a name: "Mayor NAME", "Senator NAME",
# "Bürgermeisterin NAME". Only offices a person holds; after "the" the office is part of
# a thing's name ("the Mayor Street Festival").
_OFFICE_BEFORE = re.compile(
    r"(?<![\w-])(?<![Tt]he\s)(?<![Dd]er\s)(?:Mayor|Senator|Governor|Congressman|Congresswoman|Councillor|Councilman"
    r"|Councilwoman|Councilmember|Sheriff|Bürgermeister|Bürgermeisterin|Oberbürgermeister"
    r"|Oberbürgermeisterin|Landrat|Landrätin|Ministerpräsident|Ministerpräsidentin)\s+$"
)

_WHO_AFTER = re.compile(r",\s+who(?:se)?\s")
# A capitalised word right before a name, perhaps a role that titles it: "Owner NAME".
_TITLING_WORD = re.compile(rf"(?<![\w-])([{UPPER}][{LOWER}]{{2,}})\s+$")


def _named(match: re.Match[str], text: str) -> bool:
    """Whether a match of `NAME_RE` in `text` is a person's name: by its words, or by the
    age after it ("Tobiah Ferrante, 58,") or the pronoun the next sentence refers to it by
    ("Ngoma Asante-Reid runs a dairy. She ..."), where it is two words and the first is no
    function word ("Die Ärztin, 52," is a noun with its article).

    Example:
        >>> text = "Mayor Ilvana Quist-Borrow opened it."
        >>> _named(NAME_RE.match(text, 6), text)
        True
        >>> text = "Zuri Okwuosa-Lind runs a ferry. She talks to us about tides."
        >>> _named(NAME_RE.match(text), text)
        True
        >>> text = "Harbour Ferries runs a ferry. The boats are old."
        >>> _named(NAME_RE.match(text), text)
        False
        >>> text = "Harbour Ferries runs a ferry. Its owner Eva Roth says why she stays."
        >>> _named(NAME_RE.match(text), text)
        False
        >>> text = "Ivo Marr (IM) talks to Anders Okwuosa-Lind (AOL) about tides."
        >>> _named(NAME_RE.search(text, 15), text)
        True
        >>> _named(NAME_RE.match("Harbour Ferries (HR)"), "Harbour Ferries (HR)")
        False
        >>> text = "Skipper Keldrin Abbeywell, 44, sails it."
        >>> _named(NAME_RE.search(text, 8), text), _named(NAME_RE.match(text[8:]), text[8:])
        (True, False)
    """
    if is_person_name(match.group(0)):
        return True
    words = match.group(0).split()
    if len(words) == 2 and _OFFICE_BEFORE.search(text, 0, match.start()):
        return True  # "Mayor Kwame Osei-Landry": an office titles the person after it
    aged = _AGE_AFTER.match(text, match.end()) is not None
    # "NAME runs a dairy. She ...": two words that open a paragraph, then a verb, and the
    # next sentence goes on with "she" or "he": an English lead introduces a person so.
    aged = aged or (match.start() == 0 and _PRONOUN_NEXT.match(text, match.end()) is not None)
    # "NAME, who sets puzzles, ...": English asks "who" of a person only.
    aged = aged or _WHO_AFTER.match(text, match.end()) is not None
    # "NAME (NS) talks to …": the name's own initials in brackets after it, as a magazine
    # sets the labels its dialogue will use, say it is a person's name, whatever its
    # given name is a word of too ("Anders", "Will").
    shorts = _INITIALS_AFTER.match(text, match.end())
    if shorts is not None and shorts["initials"] in initials(match.group(0)):
        return True
    # "Bäuerin Huber, 54," is a role before a surname, not a given name; so is "Coach
    # NAME, who ..." where the text says "the coach" too.
    # A role noun right before the pair titles it ("Skipper Keldrin Vell, 44,"): no second
    # role follows it, so a given name that ends like one ("-in") is still a given name.
    titled = _TITLING_WORD.search(text, max(0, match.start() - 40), match.start())
    titled = titled is not None and ROLE_NOUN.search(titled[1]) is not None
    role = ROLE_NOUN.search(words[0]) is not None and not titled
    given = words[0].casefold() not in ANY_STOPWORD and not role
    given = given and words[0] not in _common_nouns_of(text)
    return len(words) == 2 and given and aged


def common_nouns(texts: Sequence[str]) -> set[str]:
    """Words English writes in lower case after its article ("the coach", "the skipper"),
    capitalised, that no list has as given names: a role or a thing, so "Coach NAME" is a
    role before a surname, not a given name and a surname.

    Example:
        >>> sorted(common_nouns(["Coach Penhallow waved.", "We asked the coach and the rose."]))
        ['Coach']
    """
    return set().union(*(_common_nouns_of(text) for text in texts))


@functools.lru_cache(maxsize=256)
def _common_nouns_of(text: str) -> frozenset[str]:
    """`common_nouns` of one text, kept: a text's every name asks for them (`_named`), and
    finding them anew each time costs a huge paragraph minutes."""
    found = {
        m[1].capitalize()
        # "the" only: German's "an" ("an die") is a preposition before its own articles.
        for m in re.finditer(rf"\b[Tt]he\s+([{LOWER}]{{3,}})\b", text)
    }
    return frozenset(word for word in found if not is_given_name(word))


# Ranks of nobility that German names set before "von" or "zu": "Jan Graf von Aschen".
_NOBILITY = frozenset(
    {"Graf", "Gräfin", "Freiherr", "Freifrau", "Freiin", "Baron", "Baronin", "Fürst"}
    | {"Fürstin", "Prinz", "Prinzessin"}
)


def without_place(name: str) -> str:
    """A name less the place after it: a particle after a surname starts an institution or
    a town ("Dr. Till Baumeister von der Universität", "Petra Lanzinger vom Institut"); after
    a given name it starts the surname ("Anna Maria von Aschen").

    Example:
        >>> without_place("Dr. Till Baumeister von der Universität"), without_place("Jan de Vries")
        ('Dr. Till Baumeister', 'Jan de Vries')
        >>> without_place("Dr. Anna Maria von Aschen"), without_place("Jan Graf von Aschen")
        ('Dr. Anna Maria von Aschen', 'Jan Graf von Aschen')
    """
    core = strip_titles(name)
    words = core.split()
    for index in range(2, len(words)):
        if words[index - 1] in _NOBILITY and words[index] in ("von", "zu"):
            continue  # "Graf von", "Freifrau zu": a rank of nobility opens the surname

        # "vom", "von der": a particle with an article names an institution, even after a
        # surname that is a given name too ("Aylin Korkmaz von der Hochschule").
        article = words[index] == "vom" or words[index : index + 2] in (
            ["von", "der"],
            ["von", "dem"],
            ["von", "den"],
        )
        if _PARTICLE_RE.match(words[index]) and (article or not is_given_name(words[index - 1])):
            return name[: len(name) - len(core)] + " ".join(words[:index])
    return name


def fold(text: str) -> str:
    """`text` without case, for comparing names: capitals lose the Turkish dotless ı and
    dotted İ ("YILDIZ:" is Selin Yıldız), so both count as i.

    Example:
        >>> fold("YILDIZ") == fold("Yıldız"), fold("İnce") == fold("INCE")
        (True, True)
    """
    return text.casefold().replace("ı", "i").replace("i̇", "i")


def same_person(label: str, name: str) -> bool:
    """Whether `label` ("J. Bienert", "Bienert", "Dr. Bienert", "Jörg", "JB") refers to `name`.

    Example:
        >>> same_person("de Vries", "Jan de Vries"), same_person("JP", "Julian Pryce")
        (True, True)
        >>> same_person("JdV", "Jan de Vries"), same_person("RA", "Rita Albers")
        (True, True)
        >>> same_person("Vries", "Jan de Vries"), same_person("J. Berg", "Jan de Vries")
        (True, False)
        >>> same_person("DE VRIES", "Jan de Vries"), same_person("De Vries", "Jan de Vries")
        (True, True)
        >>> same_person("Lenz", "Tom Lenz-Ahrens"), same_person("Lenz", "Tom Ahrens")
        (True, False)
        >>> same_person("T.L-A.", "Tom Lenz-Ahrens"), same_person("T.A.", "Tom Lenz-Ahrens")
        (True, False)
        >>> same_person("J.d.V.", "Jan de Vries"), same_person("J.d.B.", "Jan de Vries")
        (True, False)
        >>> same_person("KARL", "Karl-Heinz Roth"), same_person("HEINZ", "Karl-Heinz Roth")
        (True, False)
        >>> same_person("LEO", "Leo Park"), same_person("LEO", "Lea Ott")
        (True, False)
        >>> same_person("Frau Roth", "Dr. Eva Roth"), same_person("Herr Roth", "Dr. Eva Roth")
        (True, False)
    """
    label_core = _unaddressed(label, name, _COURTESY, COURTESY_GENDER)
    label_core = strip_titles(_unaddressed(label_core, name, _RELIGIOUS, _RELIGIOUS_GENDER))
    name_core = strip_titles(name)
    if not label_core or not name_core:
        return False
    by_initials = _initials_of(label_core, name_core)
    if by_initials is not None:
        return by_initials
    if (label_core.isupper() or _PARTICLE_RE.match(label_core.split()[0].lower())) and (
        fold(label_core) == fold(surname(name_core))
    ):
        # "TER BRAAK:", "VON ASCHEN:": a surname in capitals hides its particle's case, and
        # a label opening with the particle capitalises it ("Ter Horst:" for "ter Horst").
        return True
    label_given, label_last = split_name(label_core.replace(".", ". "))
    name_given, name_last = split_name(name_core)
    last_words = fold(name_last).split()
    if not label_given:
        # "Bienert:" or "de Vries:" by surname, or "Erik:" by first name less formally; a
        # double surname is often shortened to one of its parts ("Herr Lenz" for Tom
        # Lenz-Ahrens), which the caller believes only where it fits one person.
        folded = fold(label_last)
        parts = [part for part in fold(name_last).split("-") if len(part) > 2]
        # "HEINZ:" for Heinz-Peter: a double given name is often shortened to its first part.
        return folded in (fold(name_last), last_words[-1], *parts) or (
            bool(name_given) and folded in (fold(name_given[0]), fold(name_given[0].split("-")[0]))
        )
    if fold(label_last) not in (fold(name_last), last_words[-1]) or not name_given:
        return False
    first_label, first_name = fold(label_given[0]), fold(name_given[0])
    if first_label.endswith("."):
        return first_name.startswith(first_label[:-1])
    return first_label == first_name


# Courtesy titles before a surname ("Frau Roth", "Mrs D. Ashby"), each with the gender it
# says; the one list the parser's rules take them from (longer first, for alternations).
COURTESY_GENDER = {
    "Herr": "male",
    "Frau": "female",
    "Mrs": "female",
    "Miss": "female",
    "Mr": "male",
    "Ms": "female",
}
COURTESY_TITLES = "|".join(COURTESY_GENDER)
_COURTESY = re.compile(rf"(?P<word>{COURTESY_TITLES})\.?\s+(?=\S)")


# A religious form of address before one name, each with the sex it says: members of an
# order go by their religious given name ("Sr. Agnes", "Bruder Anselm", "Father Kell").
_RELIGIOUS_GENDER = {
    **dict.fromkeys(("Sr.", "Schwester", "Sister"), "female"),
    **dict.fromkeys(("Br.", "Bruder", "Brother", "Pater", "Father", "Fr."), "male"),
}
_RELIGIOUS = re.compile(
    r"(?P<word>" + "|".join(map(re.escape, _RELIGIOUS_GENDER)) + rf")\s+(?={_WORD}$)"
)


def _unaddressed(label: str, name: str, address: re.Pattern[str], genders: dict[str, str]) -> str:
    """`label` less the form of address `address` finds at its start (a courtesy title
    before the surname, "Frau Roth:" is "Roth:"; a religious one before the one name,
    "Sr. Ida:" is "Ida:"), which must not contradict the given name's sex (`genders`, by
    the address's word): "Herr Roth" is not Eva Roth, so the label is left whole and
    names nobody.

    Example:
        >>> courtesy = (_COURTESY, COURTESY_GENDER)
        >>> _unaddressed("Frau Roth", "Eva Roth", *courtesy)
        'Roth'
        >>> _unaddressed("Herr Roth", "Eva Roth", *courtesy)
        'Herr Roth'
        >>> religious = (_RELIGIOUS, _RELIGIOUS_GENDER)
        >>> _unaddressed("Sr. Ida", "Ida Roth", *religious)
        'Ida'
        >>> _unaddressed("Bruder Ida", "Ida Roth", *religious)
        'Bruder Ida'
        >>> _unaddressed("Sr. Ida Roth", "Ida Roth", *religious)
        'Sr. Ida Roth'
    """
    match = address.match(label)
    if match is None:
        return label
    said, known = genders[match["word"]], gender(name)
    return label if known not in (None, said) else label[match.end() :]


def _initials_of(label: str, name: str) -> bool | None:
    """Whether `label`, where it is initials ("JP", "PdV", "D.O-H."), stands for `name`;
    None where it is no initials. A given name or surname in capitals that the name has
    ("LEO:", "ROTH:"), whether the name is in capitals too or not, is a short name, not
    initials.

    Example:
        >>> _initials_of("J.d.V.", "Jan de Vries"), _initials_of("LEO", "Leo Park")
        (True, None)
        >>> _initials_of("ROTH", "LUCAS ROTH"), _initials_of("LR", "LUCAS ROTH")
        (None, True)
    """
    if "." in label and _DOTTED_INITIALS_RE.fullmatch(label):
        # "D.O-H." for Desmond Okafor-Hale: the same letters as "DOH", set with stops.
        label = re.sub(r"[.\s-]", "", label)
    words = {word.casefold() for word in name.replace("-", " ").split()}
    spelt = label.isupper() and label.casefold() in words
    if not _INITIALS_RE.fullmatch(label) or spelt:
        return None
    # "JP", "PdV" (a particle in lower case): the letters of the name's words.
    known = {letters.upper() for letters in initials(name)}
    return len(name.split()) > 1 and label.upper() in known


def is_initials(label: str) -> bool:
    """Whether a label is shaped like initials: "JP", "TWO", "PdV", "YaM"; not "Eva"."""
    return _INITIALS_RE.fullmatch(label) is not None


def name_variants(name: str) -> list[str]:
    """Other ways to write `name`: without titles, 'J. Bienert', 'Bienert', 'Dr. Schmidt'."""
    core = strip_titles(name)
    given, last = split_name(core)
    variants = [core]
    if given and is_multiword_name(core):
        variants.append(f"{given[0][0]}. {' '.join([*given[1:], last])}")
        variants.append(last)
    title = TITLE_RE.match(name)
    if title:
        variants.append(f"{title.group(0).strip()} {last}")
    return [v for v in dict.fromkeys(variants) if v != name]


def is_person_label(label: str) -> bool:
    """Whether a label is shaped like a person's name (as opposed to 'CHEManager', 'SPIEGEL')."""
    return _PERSON_LABEL_RE.fullmatch(label) is not None and not label.isupper()


def is_multiword_name(label: str) -> bool:
    """Two or three capitalised words (with titles and particles): 'Jan de Vries'."""
    return NAME_RE.fullmatch(label) is not None


def names_a_person(label: str, labels: Collection[str]) -> bool:
    """Whether a speaker label names a person by itself: a given name or a title before a
    surname ("Dr. Carver"), or a full name whose short form is a label too ("Abebe
    Tessema:" ... "Tessema:"), however rare the given name.

    Example:
        >>> names_a_person("Abebe Tessema", ["Abebe Tessema", "Tessema"])
        True
        >>> names_a_person("Letzte Frage", ["Letzte Frage", "Sebastian Pohl"])
        False
    """
    if is_person_name(label):
        return True
    # Initials do not count: an outlet's abbreviation ("RA" for "Rheinischer Anzeiger")
    # is shaped like them, and the two words would become someone.
    return is_multiword_name(label) and any(
        other != label and not _INITIALS_RE.fullmatch(other) and same_person(other, label)
        for other in labels
    )


def is_particle_surname(label: str) -> bool:
    """Whether a label is a surname that opens with its particle ("Von Hagelstein",
    "al-Khatib", "ter Braak"), capitalised at the start of a line or not: shaped like no
    word but a person's surname.

    Example:
        >>> is_particle_surname("Von Hagelstein"), is_particle_surname("Al-Khatib")
        (True, True)
        >>> is_particle_surname("Hagelstein"), is_particle_surname("Von Anfang an")
        (False, False)
        >>> is_particle_surname("O'Dowd"), is_particle_surname("Odowd")
        (True, False)
    """
    lowered = label[:1].lower() + label[1:]
    if _PARTICLE_AND_WORD.fullmatch(lowered) is not None:
        return True
    # An Irish "O'" welded to the surname ("O'Dowd", "O’Hara") is such a particle too: no
    # word of English or German is spelt so.
    return _IRISH_O.fullmatch(label) is not None


_PARTICLE_AND_WORD = re.compile(rf"(?:{PARTICLE}\s+|(?:al|el)-){_WORD}")
_IRISH_O = re.compile(rf"O['’]{_WORD}")


# Offices a courtesy title goes before in an address ("Frau Ministerin", "Mr Speaker"):
# no surname.
_OFFICES = frozenset(
    (
        *("doktor", "professor", "professorin", "präsident", "präsidentin", "minister"),
        *("ministerin", "bürgermeister", "bürgermeisterin", "pfarrer", "pfarrerin", "kommissar"),
        *("kommissarin", "vorsitzender", "vorsitzende", "direktor", "direktorin", "richter"),
        *("richterin", "kollege", "kollegin", "nachbar", "nachbarin", "ober", "speaker"),
        *("president", "chairman", "chair", "mayor", "secretary", "judge", "justice", "senator"),
        *("governor", "ambassador", "commissioner", "chairwoman", "minister", "premier"),
    )
)


def is_courtesy_surname(label: str) -> bool:
    """Whether a label is a courtesy title and a surname ("Herr Tiedemann", "Ms O'Hara",
    "Frau von Aschen"), as a school paper labels the teacher it asks: a person, though the
    text never gives the given name; "Frau Ministerin" is an office.

    Example:
        >>> is_courtesy_surname("Herr Albrecht-Nowak"), is_courtesy_surname("Frau von Aschen")
        (True, True)
        >>> is_courtesy_surname("Frau Ministerin"), is_courtesy_surname("Herrmann")
        (False, False)
    """
    match = _COURTESY_AND_SURNAME.fullmatch(label)
    return match is not None and match["surname"].casefold() not in _OFFICES


_COURTESY_AND_SURNAME = re.compile(rf"(?:{COURTESY_TITLES})\.?\s+(?P<surname>{_SURNAME})")


_SPELT_TITLE = re.compile(
    rf"(?:Professor|Professorin|Doktor|Doctor)\s+(?P<surname>(?:{PARTICLE}\s+)?{_WORD})"
)


# An office abbreviated before a name in a label ("SEN.", "Gov.", "REP."): a full stop after
# two to four letters; academic titles ("Dr.", "Prof.") are kept as part of the name.
_OFFICE_ABBREVIATION = re.compile(rf"[{UPPER}][{UPPER}{LOWER}]{{1,3}}\.\s+(?=\S+\s+\S)")


def without_office(label: str) -> str:
    """A label less an abbreviated office before the name, where two words are left: an
    office is not part of a person's name, as an academic title is.

    Example:
        >>> without_office("SEN. ADA HOLLOWAY-BURKE"), without_office("Gov. Ada Roe")
        ('ADA HOLLOWAY-BURKE', 'Ada Roe')
        >>> without_office("DR. ADA ROE"), without_office("REP. ROE")
        ('DR. ADA ROE', 'REP. ROE')
    """
    office = _OFFICE_ABBREVIATION.match(label)
    if office is None or TITLE_RE.match(office[0].title()):  # "DR." as "Dr."
        return label
    return label[office.end() :]


# A minute's label says what the words are before whose they are: "Antwort
# Bürgermeisterin NAME:", "Frage von Frau NAME:", "Answer from NAME:". The word for the
# turn and its "von"/"from" are no part of anyone's name; nor is a TV script's word for
# the sound recorded with someone ("O-Ton NAME:").
_TURN_WORD = re.compile(
    r"(?i:frage|antwort|nachfrage|erwiderung|question|answer|response|reply|o-ton|originalton)"
    r"(?:\s+(?i:von|vom|durch|from|by|of))?\s+(?=\S)"
)
# An office or a courtesy title before one surname in a label, as a record prints its
# speakers ("CHAIR NAME:", "COUNCILMEMBER NAME:", "Bürgermeisterin NAME:", "MS. NAME:"):
# the label names the person by that surname alone.
_ROLE_BEFORE = (
    # A court's presiding judge bears two role words ("Vorsitzende Richterin NAME").
    r"(?:(?i:vorsitzende[r]?)\s+(?=(?i:richter)))?"
    r"(?i:chair|chairman|chairwoman|chairperson|councilmember|councilman|councilwoman"
    r"|councillor|councilor|cllr\.?|commissioner|supervisor|alderman|alderwoman|mayor"
    r"|senator|sen\.|rep\.|representative|judge|justice|the\s+(?:chair|mayor)|vice\s+chair"
    r"|bürgermeister(?:in)?|oberbürgermeister(?:in)?|ortsvorsteher(?:in)?|ratsherr|ratsfrau"
    r"|stadtrat|stadträtin|gemeinderat|gemeinderätin|landrat|landrätin|kämmerer|kämmerin"
    r"|ortschaftsrat|ortschaftsrätin|kreisrat|kreisrätin"
    # A council member by the minutes' abbreviation ("GR NAME", "Gemeinderat"; "StR",
    # "StRin", "GRin": Stadtrat, Stadträtin, Gemeinderätin; the female ending may follow an
    # apostrophe, "GR'in"), and a resident who asks in its question time ("Einwohnerin
    # NAME", "Anwohner NAME").
    r"|gr|str|(?:gr|str)['’]?in|einwohner(?:in)?|anwohner(?:in)?"
    # A parish's minister, as a council's record names a guest it asks: "Pfarrer NAME".
    r"|pfarrer(?:in)?|pastor(?:in)?|dekan(?:in)?"
    # An administration's heads, whatever their department: "Amtsleiterin", "Bauamtsleiter",
    # "Fachbereichsleiter", "Baudezernentin".
    r"|[a-zäöüß]*(?:amts|bereichs|abteilungs|dienst)leiter(?:in)?|[a-zäöüß]*dezernent(?:in)?"
    # A committee's or a council's member, as its minutes name them: "Ausschussmitglied NAME".
    r"|[a-zäöüß]*mitglied"
    r"|vorsitzende[r]?"
    # A court record's counsel and judges: "RA NAME:" (Rechtsanwalt, -anwältin), "StA NAME:".
    r"|richter(?:in)?|(?:rechts|(?:ober)?staats)anw(?:alt|ältin)|ra|sta|verteidiger(?:in)?"
    # The people a court hears, as its record labels them: "Zeuge NAME", "Sachverständige
    # NAME", "Angeklagter NAME"; the role is no part of the name.
    r"|zeuge|zeugin|sachverständige[r]?|angeklagte[r]?|nebenkläger(?:in)?|witness|defendant"
    # A team's coach, as a press conference's transcript labels them ("COACH NAME:",
    # "Trainerin NAME:") after its intro gave the full name.
    r"|(?:head\s+)?coach|cheftrainer(?:in)?|trainer(?:in)?"
    # A school board's members and staff, as its minutes name them: "Trustee NAME", "Vice
    # President NAME", "Superintendent NAME", a director by department ("Finance Director").
    r"|trustee|(?:vice\s+)?president|superintendent|(?:[a-z]+\s+)?director"
    # An officer by rank, as a hearing's record labels a witness from the forces after
    # its caption gave the full name ("Admiral NAME.", "General NAME:").
    r"|(?:rear\s+|vice\s+)?admiral|general|colonel|commodore)"
)
_ROLE_BEFORE_SURNAME = re.compile(
    _ROLE_BEFORE
    # An academic title between the role and the surname is kept by no label's name:
    # "Richterin Dr. NAME" names the same person as "Richterin NAME".
    + rf"\s+(?:{_TITLE}\s*)*(?P<surname>{_SURNAME})"
)
# The same offices before a name in full: "Einwohnerin NAME SURNAME", whatever the given
# name, as a record names a speaker; the office is no part of the name.
_ROLE_BEFORE_NAME = re.compile(_ROLE_BEFORE + rf"\s+(?P<name>{NAME})")


def _label_core(label: str) -> str:
    """A label less the turn word before it and the office before a lone surname: the
    words that can be a person's name.

    Example:
        >>> _label_core("Antwort Ortsvorsteherin Ute Brandl"), _label_core("CHAIR TENNER")
        ('Ortsvorsteherin Ute Brandl', 'Tenner')
        >>> _label_core("Frage von Frau Meier"), _label_core("Antwort Bürgermeisterin Brandl")
        ('Frau Meier', 'Brandl')
        >>> _label_core("MS. OKAFOR"), _label_core("Antwort")
        ('Ms. Okafor', 'Antwort')
        >>> _label_core("MR. VAN DER BERG"), _label_core("MR. BIG BEN")
        ('Mr. van der Berg', 'MR. BIG BEN')
    """
    core = _without_turn_word(label)
    if core.isupper() and _COURTESY.match(core.title()) and len(core.split()) == 2:
        core = core.title()  # "MS. OKAFOR" as "Ms. Okafor": a courtesy title the name keeps
    elif core.isupper() and is_courtesy_surname(title_cased(core)):
        core = title_cased(core)  # "MR. VAN DER BERG" as "Mr. van der Berg", particles too
    office = _office_before_surname(core)
    return title_cased(office["surname"]) if office else core


def is_office_and_surname(name: str) -> bool:
    """Whether a "name" is an office before a surname ("Ratsherr Fischer", "Councilmember
    Ortiz"): the name finder may take the office for a given name, but it names the
    person by surname only, not in full.

    Example:
        >>> is_office_and_surname("Ratsfrau Kleve"), is_office_and_surname("Eva Kleve")
        (True, False)
        >>> is_office_and_surname("RA KLEVE"), is_office_and_surname("Richterin Kleve")
        (True, True)
    """
    return _office_before_surname(_without_turn_word(name)) is not None


def _without_turn_word(label: str) -> str:
    """`label` less the word for the turn before it ("Antwort", "Frage von")."""
    return _TURN_WORD.sub("", label, count=1) if _TURN_WORD.match(label) else label


def _office_before_surname(text: str) -> re.Match[str] | None:
    """`text` as an office before one surname (in capitals too: "CHAIR TENNER", or only
    the surname: "Chairwoman TENNER", as a hearing's record prints its members).

    Example:
        >>> _office_before_surname("Chairwoman TENNER")["surname"]
        'Tenner'
    """
    cased = " ".join(word.title() if word.isupper() else word for word in text.split())
    return _ROLE_BEFORE_SURNAME.fullmatch(cased)


# A given name, an abbreviation in capitals, a word: "NAME MS Kormoran" (see `name_in_label`).
_GIVEN_THEN_ABBREVIATION = re.compile(
    rf"(?P<given>[{UPPER}][{LOWER}]+)\s+[{UPPER}]{{2,4}}\s+[{UPPER}][\w-]+(?:\s+[\w-]+)?"
)


def name_in_label(label: str) -> str:
    """The person's name a label ends with, less the role before it ("Schulleiterin Eva
    Roth" -> "Eva Roth"); the label itself where it is a name or holds none.

    Example:
        >>> name_in_label("Schulleiterin Eva Roth"), name_in_label("Dr. Eva Roth")
        ('Eva Roth', 'Dr. Eva Roth')
        >>> name_in_label("LISA MEINERT"), name_in_label("THE LEDGER")
        ('Lisa Meinert', 'THE LEDGER')
        >>> name_in_label("MAYOR LISA MEINERT"), name_in_label("SEN. ADA HOLLOWAY-BURKE")
        ('Lisa Meinert', 'Ada Holloway-Burke')

        >>> name_in_label("Redaktion"), name_in_label("Dr.-Ing. HOLGER ROTH")
        ('Redaktion', 'Dr.-Ing. Holger Roth')
        >>> name_in_label("Anwohnerin Ysolde Brandt"), name_in_label("Hauke MS Kormoran")
        ('Ysolde Brandt', 'Hauke')
    """
    label = _label_core(label)
    # A chat's display name: a given name, then the vessel or firm its owner writes from
    # in an abbreviation and words ("NAME MS Kormoran", "NAME GmbH Seeblick"); the
    # person is the given name alone, whom the text names in full.
    owned = _GIVEN_THEN_ABBREVIATION.fullmatch(label)
    if owned and is_given_name(owned["given"]):
        return owned["given"]
    if is_person_name(label):
        return label
    # A spelt-out title before a surname ("Professor Osei:", as a hearing's record labels a
    # witness) is no part of the name the label stands for.
    spelt = _SPELT_TITLE.fullmatch(label)
    if spelt:
        return spelt["surname"]
    # Transcripts set names in capitals ("LISA MEINERT:", "MAYOR LISA MEINERT:"): the name
    # is in the same words, title-cased.
    # A title before the capitals keeps its own case ("Dr.-Ing. HOLGER ROTH:"), as a
    # trade journal prints it: the name after it is in capitals all the same.
    core = strip_titles(label)
    capitals = core.isupper() and " " in core.strip()
    cased = title_cased(label) if capitals else label
    if is_person_name(cased):
        return cased
    if (bare := without_office(cased)) != cased and is_multiword_name(bare):
        return bare  # "SEN. ADA HOLLOWAY-BURKE:" whatever her given name
    if (office := _ROLE_BEFORE_NAME.fullmatch(cased)) and is_multiword_name(office["name"]):
        return office["name"]  # "Anwohnerin Ysolde Brandt:" whatever her given name
    names = list(person_names(cased))
    return names[-1] if names and cased.endswith(names[-1]) else label


def title_cased(text: str) -> str:
    """Words in capitals as a name is written ("DR. PIETER VAN DER BERG" -> "Dr. Pieter van
    der Berg"): each word capitalised, but a surname's particles after the first word in
    lower case, as the text would print them ("AL-HASHIMI" -> "al-Hashimi" after a name).

    Example:
        >>> title_cased("DR. ANNA DE VRIES"), title_cased("VAN DER BERG")
        ('Dr. Anna de Vries', 'Van der Berg')
        >>> title_cased("AMIRA AL-HASHIMI"), title_cased("COLM Ó BRIAIN")
        ('Amira al-Hashimi', 'Colm Ó Briain')
    """
    words = text.title().split()
    for index, word in enumerate(words[1:-1], start=1):
        if word.lower() in _LOWER_PARTICLES:
            words[index] = word.lower()
    if len(words) > 1:
        words[-1] = re.sub(r"^(Al|El)-", lambda m: m[1].lower() + "-", words[-1])
    return " ".join(words)


def as_printed(text: str) -> str:
    """`text` as a name is printed: `title_cased` where it stands in capitals (a label, a
    transcript's header), else as it is.

    Example:
        >>> as_printed("EVA VAN DER ROTH"), as_printed("Eva Roth"), as_printed("")
        ('Eva van der Roth', 'Eva Roth', '')
    """
    return title_cased(text) if text.isupper() else text
