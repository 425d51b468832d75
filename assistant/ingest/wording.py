"""How an interview's sentences read: whether a paragraph asks the interviewee something
(a question, a request) and the punctuation that ends sentences and headlines.

Example:
    >>> is_question("Herr Bienert, was fordern Sie?"), is_question("Wir haben gewartet.")
    (True, False)
"""

from __future__ import annotations

import re

from assistant.ingest.names import LOWER, TITLE, UPPER, is_given_name, is_person_name, name_in_label
from assistant.text.sentences import split_sentences

TERMINAL = ".?!:;,…"
OPENING_QUOTES = "„\"»«“‚‹'"
CLOSING = " \"“”»«‘’'›)]*_"
# Addressing the interviewee: German "Sie/Ihr" capitalised mid-sentence (at the start of a
# sentence "Sie" may be "they"), "Herr/Frau NAME" set off by punctuation after it ("Frau
# Roth, ...", "..., Mr Hale?"; "Ms Hale was unimpressed" speaks of her), "you" in any case.
_SECOND_PERSON = re.compile(
    r"(?<=[\w,;] )(?:Sie|Ihnen|Ihr|Ihre|Ihrem|Ihren|Ihrer|Ihres)\b"
    rf"|\b(?:Herr|Frau|Mr\.?|Ms\.?|Mrs\.?)\s+[{UPPER}][\w'’-]*(?:\s+[{UPPER}][\w'’-]*)?"
    r"\s*[,.;:!?…]"
    r"|\b(?i:you|your|yours|du|dir|dich|dein\w*|euch|euer\w*)\b"
)
# "Ihre Spielzeit war ...": a possessive before a noun at a sentence's start is "your" to
# an interviewer's remark ("Sie" there is more often "they").
_YOUR = re.compile(rf"(?:^|[.!?]\s+)(?:Ihr|Ihre|Ihrem|Ihren|Ihrer|Ihres)\s+[{UPPER}]")
_REQUEST = re.compile(
    r"(?:Erzählen|Beschreiben|Erklären|Nennen|Verraten|Schildern|Skizzieren) Sie\b"
    r"|(?:Tell us|Tell me|Describe|Explain|Walk us|Give us)\b"
    # The request to lead through something, for one reader or for many: "Walk me through
    # ...", "Take us through ...", "Talk me through ...".
    r"|(?:Walk|Take|Talk) (?:me|us) through\b"
)
_FIRST_PERSON = re.compile(r"\b(?:ich|wir|uns|unser\w*|mein\w*|mir|mich|we|us|our|my|I)\b")
# The first person singular ("ich", "my", "I"): one voice of its own, where "wir" may be a
# reporter's or an outlet's.
SINGULAR = re.compile(r"\b(?i:ich|mein\w*|mir|mich|my|me|mine)\b|\bI\b")
# Speech between quotation marks, someone else's words in a paragraph.
_QUOTED_SPEECH = re.compile(r"„[^“”]*[“”]|“[^”]*”|\"[^\"]*\"|»[^«]*«")
# Any case: a sentence may start with "Wir", "We", "Unsere".
_ANY_FIRST_PERSON = re.compile(
    r"\b(?i:ich|wir|uns|unser\w*|mein\w*|mir|mich|we|us|our|ours|my|me|mine)\b|\bI\b"
)
# An interviewer's question is a sentence or two, perhaps after one or two of context.
_SPEECH_SENTENCES = 4
# "Either way", "Jedenfalls" sum up the options just weighed: the same speaker goes on.
_CONNECTIVE = re.compile(
    r"(?:Und|Aber|Doch|Denn|Deshalb|Darum|Also|Dazu|Außerdem|Trotzdem|And|But|So|Because|Still"
    r"|That|Either\s+way|In\s+any\s+case|Anyway|Jedenfalls)\b"
)
# A reply's first words: a yes or no, or a word that points back at what was said.
_YES_NO = re.compile(
    r"\b(?i:ja|nein|jein|doch|stimmt|richtig|genau|yes|no|yeah|nope|sure|right|true|exactly"
    r"|absolutely|indeed|correct)\b"
)
_TAKES_UP = re.compile(r"(?:Das|Dies|Dem|That|This|It)\b")
_POINTS_BACK = re.compile(r"(?:Das|Dies|That|This|It) ?(?:ist|war|is|was|'s|’s)\b")
# A reply that echoes what was said with an auxiliary ("It did, but slowly.", "They did
# hold a fair election") or turns to the asker at once ("Das können Sie laut sagen.",
# "Da haben Sie recht."): nobody opens a thought of their own so.
_ECHO = re.compile(
    r"(?:It|They|He|She|We|I|You)\s+(?:did|do|does)(?:n['’]t)?\b"
    rf"|(?:Das|Dies|Da|That|This)\s+[{LOWER}]\w*\s+(?:Sie|you)\b"
)
# A sentence left open for the next paragraph to finish, and the paragraph finishing it.
_BREAKS_OFF = re.compile(r"\w\s*(?:…|\.\.\.)$")
_GOES_ON = re.compile(r"(?:…|\.\.\.)\s*[^\W\d_]")
# A reply that grants the point put to it first: "I understand that, but ...", "Ich verstehe
# den Ärger, ...", "I can see why": the speaker takes up what was said before going on.
_GRANTS = re.compile(
    r"(?:I|Ich)\s+(?:can\s+|kann\s+)?(?:understand|see|get|verstehe|versteh)"
    r"\s+(?:that|this|why|the|their|das|den|die|diese\w*|warum)\b"
)
_CLAUSE_END = re.compile(r"[,.;:!?—–]")
_QUOTED = re.compile(r"„[^“”]*[“”]|“[^”]*”|»[^«]*«|«[^»]*»|\"[^\"]*\"")
# A direct quotation and who said it, right after its closing mark: "„…“, sagt (ROLE) NAME",
# "„…“, so NAME", "\"…,\" NAME said", "\"…,\" said NAME". The name is one to three
# capitalised words (a lowercase particle inside), the role up to two words before it.
_QUOTED_NAME = (
    rf"(?P<name>[{UPPER}][\w'’-]+(?:\s+(?:(?:von|van|de|der|ter|al)\s+)?[{UPPER}][\w'’-]+){{0,2}})"
)
# An academic title may come between the verb and the name ("said Dr.-Ing. NAME").
# The verbs of speech that attribute a quotation: "sagt", "ergänzt", "said", "added", ...
_SAYS = (
    r"(?:sagt|sagte|so|meint|meinte|betont|betonte|erklärt|erklärte|ergänzt|ergänzte"
    r"|said|says|added|adds|explained|noted|notes)"
)
_ATTRIBUTION = re.compile(
    rf"[“”\"«»]\s*,?\s*[–—-]?\s*(?:{_SAYS}\s+"
    rf"(?:(?P<role>(?:[{LOWER}-]+\s+)?[{UPPER}][\w-]+)\s+(?=[{UPPER}]))?"
    rf"(?:{TITLE}\s*)*"
    + _QUOTED_NAME
    + r"|"
    + _QUOTED_NAME.replace("name", "subject")
    + r"\s+(?:said|says|added|explained))\b"
    # A paragraph that opens with the name and what they said, then quotes them: "NAME
    # added that ...: \"…\"", "NAME, who has led X since 2020, said the loss was \"…\"".
    + rf"|^(?:{TITLE}\s*)*"
    + _QUOTED_NAME.replace("name", "opener")
    # Two appositions may stand between ("NAME, ROLE at X, who advised on it, added: …").
    + rf"(?:(?:,[^,\"“„]{{3,120}}){{1,2}},)?\s+{_SAYS}"
    + r"(?:,?\s+(?:that|dass)\b|\s+(?:the|die|der|das)\b"
    # ... or reports it with the speaker's pronoun, "that" left out: "NAME, who runs X,
    # said she had closed it. \"…?\"": the quotation after is hers, a question or not.
    + r"|\s+(?:she|he|they)\b"
    # ... or "NAME, ROLE, betont: „…“": the quotation right after a colon.
    + r"|\s*:\s*(?=[\"“„»]))"
    + r"(?=[^\"“„]*[\"“„])"
)
# A direct quotation a pronoun attributes: "„…“, sagt er", "\"…,\" she said", "\"…,\" said he".
_PRONOUN_ATTRIBUTION = re.compile(
    r"[“”\"«»]\s*,?\s*[–—-]?\s*(?:(?:sagt|sagte|so|meint|meinte|betont|betonte|erklärt|erklärte"
    r"|said|says|added|explained)\s+(?P<after>er|sie|he|she)|(?P<before>he|she)\s+(?:said|says"
    r"|added|explained))\b"
)
# A quotation attributed to someone the report does not name: "\"…,\" said a man waiting
# outside", "„…“, sagt eine Anwohnerin": a bystander's words, whatever they ask.
_UNNAMED_ATTRIBUTION = re.compile(
    rf"[“”\"«»]\s*,?\s*[–—-]?\s*{_SAYS}\s+(?:a|an|one|ein|eine|einer)\s+[{LOWER}{UPPER}]"
)
# A scene that brings in someone unnamed, then quotes them: "Ein Radfahrer hält an. „Was
# ist hier los?“", "A woman walks past. \"Is it safe?\"": the words are that passer-by's.
# A sentence, not a colon: "A text from a listener: \"…?\"" is a host reading a question out.
_BYSTANDER_FIRST = re.compile(
    rf"(?:Ein|Eine|A|An)\s+[{UPPER}{LOWER}][^.!?:\"„“”»«]{{2,100}}\.\s+[„“\"»][^„“\"»«]+[“”\"«]\s*$"
)
# A reporter telling what someone said: "..., sagt er", "He said he hoped ...".
_REPORTED = re.compile(
    r"\b(?:sagt|sagte|meint|meinte|betont|betonte|said|says|told|added)\s+(?:er|sie|he|she)\b"
    r"|\b(?:[Ee]r|[Hh]e|[Ss]he)\s+(?:sagt|sagte|meint|meinte|said|says|told|added)\b"
)


def quote_attribution(text: str) -> str | None:
    """Whom a paragraph's direct quotation is attributed to, as the text names them:
    "„…“, sagt Eva Roth", "„…“, so Roth", "\"…,\" Roth said", "\"…,\" said Eva Roth".
    A pronoun ("sagt sie") or several different names give None.

    Example:
        >>> quote_attribution("„Wir bauen“, sagt Geschäftsführerin Eva Roth. Mehr nicht.")
        'Eva Roth'
        >>> quote_attribution('"We build," Roth said. "Fast," said Tom Lenz.') is None
        True
        >>> quote_attribution('"We build," said Dr.-Ing. Eva Roth, chief executive.')
        'Eva Roth'
        >>> quote_attribution('Roth, who has led it since 2020, said the plan was "bold".')
        'Roth'
        >>> quote_attribution('Kern, who farms, said she would sell. "Why not?"')
        'Kern'
        >>> quote_attribution("Roth betonte, dass es bleibe: „Wir bauen.“")
        'Roth'
        >>> quote_attribution("Dr. Eva Roth, Chefin der Werft, betont: „Wir bauen.“")
        'Eva Roth'
    """
    # A role before the name that opens the paragraph is no part of it ("Councillor NAME").
    names = {
        " ".join((_with_given_name(m) or m["subject"] or name_in_label(m["opener"])).split())
        for m in _ATTRIBUTION.finditer(text)
    }
    return names.pop() if len(names) == 1 else None


def _with_given_name(match: re.Match[str]) -> str | None:
    """The name after the verb of an attribution, with the word the pattern took for a
    role where that word is a given name ("sagt Ada Roth" is Ada Roth, not "Roth" after a
    role "Ada"): of two people with one surname, the given name says which one spoke.

    Example:
        >>> _with_given_name(_ATTRIBUTION.search("„Ja“, sagt Ada Roth."))
        'Ada Roth'
        >>> _with_given_name(_ATTRIBUTION.search("„Ja“, sagt Winzerin Ada Roth."))
        'Ada Roth'
    """
    name, role = match["name"], match["role"]
    if name is None or role is None or " " in name:
        return name
    given = role.split()[-1]
    return f"{given} {name}" if is_given_name(given) and is_person_name(f"{given} {name}") else name


def quotes_bystander(text: str) -> bool:
    """Whether a paragraph quotes someone the report does not name ("\"…,\" said a man",
    "„…“, sagt eine Anwohnerin").

    Example:
        >>> quotes_bystander('"Now what?" said a man.'), quotes_bystander('"No," Roth said.')
        (True, False)
        >>> quotes_bystander('A jogger slows down. "Are those mushrooms?"')
        True
    """
    return _UNNAMED_ATTRIBUTION.search(text) is not None or _BYSTANDER_FIRST.match(text) is not None


def quotes_by_pronoun(text: str) -> str | None:
    """Whether a paragraph quotes someone a pronoun stands for ("„…“, sagt sie", "\"…,\" he
    said"), as the gender the pronoun gives: 'female' or 'male'; None where it does not
    (reported speech without quotation marks: "Ten years ago, he says, ...").

    Example:
        >>> quotes_by_pronoun("„Es geht“, sagt er."), quotes_by_pronoun("Früher, sagt er, ging es.")
        ('male', None)
    """
    match = _PRONOUN_ATTRIBUTION.search(text)
    if match is None:
        return None
    return "female" if (match["after"] or match["before"]) in ("sie", "she") else "male"


# How an ellipsis is typed: the character, or three full stops.
_ELLIPSES = ("…", "...")


def runs_on_at_ellipsis(first: str, second: str) -> bool:
    """Whether `second` goes on where `first` broke off at an ellipsis, as a rubric or a
    headline set over two lines does ("Eine Frage an …" over "… Imker NAME").

    Example:
        >>> runs_on_at_ellipsis("Eine Frage an …", "… Imker Jost Peiler")
        True
        >>> runs_on_at_ellipsis("Eine Frage an", "… Imker Jost Peiler")
        False
    """
    return first.rstrip().endswith(_ELLIPSES) and second.lstrip().startswith(_ELLIPSES)


def ends_with_question(text: str) -> bool:
    return text.rstrip(CLOSING).endswith("?")


def is_question(text: str) -> bool:
    """An interviewer's question: it ends with '?' and is short or addresses the interviewee
    (or it is a short request: "Erzählen Sie ...", "Tell us ..."). A long first-person
    paragraph ending in '?' is an answer's rhetorical question, and one that quotes someone
    by name or pronoun is a reporter's: the question is theirs, not the interviewer's.

    Example:
        >>> is_question("„Wir geben nicht auf“, sagt Eva Roth. „Warum auch?“")
        False
        >>> is_question('"We stay," said a man outside the plant. "Where would we go?"')
        False
    """
    if quote_attribution(text) or quotes_by_pronoun(text) or quotes_bystander(text):
        return False
    if not ends_with_question(text):
        return _REQUEST.match(text) is not None and len(text.split()) <= 30
    sentences = len(split_sentences(text))
    if sentences >= _SPEECH_SENTENCES and _FIRST_PERSON.search(_QUOTED.sub("", text)):
        # Four sentences and more in the first person end in a rhetorical "you" ("How do
        # you plan your life ...?"): interviewers ask in a sentence or two, not a speech.
        return False
    if _SECOND_PERSON.search(text):
        return True
    if sentences <= 2:
        return True
    return sentences <= 3 and not _FIRST_PERSON.search(text)


def asks_something(text: str) -> bool:
    """Whether a question turn's paragraph is the question itself, not its preamble."""
    return ends_with_question(text) or _REQUEST.match(text) is not None


def heading_like(text: str) -> bool:
    words = text.split()
    return (
        1 <= len(words) <= 12
        and len(text) <= 100
        and text[-1] not in TERMINAL + CLOSING.strip()
        and text[0] not in OPENING_QUOTES
        and (text[0].isupper() or text[0].isdigit())
    )


def in_person(text: str) -> bool:
    """Whether a paragraph speaks as someone ("ich", "wir", "we") or to someone ("Sie",
    "you"), as answers and questions do and a reporter's narrative does not; words a
    narrative quotes („wir auch“) are someone else's."""
    text = _QUOTED.sub("", text)
    return bool(_ANY_FIRST_PERSON.search(text) or _SECOND_PERSON.search(text))


def addresses(text: str) -> bool:
    """Whether a paragraph speaks to someone ("you", "Sie" mid-sentence, "Frau NAME, ...").

    Example:
        >>> addresses("How did you start?"), addresses("Who else would do it?")
        (True, False)
    """
    return _SECOND_PERSON.search(_QUOTED.sub("", text)) is not None


def first_person(text: str) -> bool:
    """Whether a paragraph speaks as its speaker ("ich", "wir", "we"), outside quotations.

    Example:
        >>> first_person("Wir bauen."), first_person("Eltern klagen: „Wir warten.“")
        (True, False)
    """
    return _ANY_FIRST_PERSON.search(_QUOTED.sub("", text)) is not None


def speaks_alone(text: str) -> bool:
    """Whether a paragraph speaks in the first person singular ("Ich ...", "my"), outside
    quotations: an account's own voice; "wir" may be the reporter's ("Wir trafen sie ...").

    Example:
        >>> speaks_alone("Meine Schicht beginnt um elf."), speaks_alone("Wir trafen sie.")
        (True, False)
    """
    return SINGULAR.search(_QUOTED_SPEECH.sub("", text)) is not None


def continues(text: str) -> bool:
    """Whether a paragraph opens by going on from the one before ("Und ...", "But ...")."""
    return _CONNECTIVE.match(text) is not None


def reports_speech(text: str) -> bool:
    """A reporter's sentence about what someone said: "..., sagt er", "He said ..."."""
    return _REPORTED.search(text) is not None


def is_remark(text: str, reply: str | None = None) -> bool:
    """A short statement an interviewer puts instead of a question ("Viele Lehrkräfte
    reagieren mit Verboten.", "People call your team a set-piece team."): a sentence or two,
    never in the first person, addressing the interviewee or very short, or followed by
    `reply`, a paragraph that opens by taking it up ("Das verstehe ich, ...").

    Example:
        >>> is_remark("Das klingt nach mehr Arbeit."), is_remark("Wir haben viel gelernt.")
        (True, False)
        >>> is_remark("Das Publikum gilt als konservativ. Ihre Spielzeit war alles andere als das.")
        True
        >>> is_remark("Ihr Sohn sieht das gelassen. „Solange sie Spaß hat“, sagt er.")
        False
        >>> remark = "Acme moves to the cloud by 2027. Many firms keep their own servers."
        >>> is_remark(remark), is_remark(remark, reply="That I understand, but ...")
        (False, True)
        >>> is_remark("Isn't that only fair? Everyone else pays it.")
        True
        >>> is_remark("My favourite tool …", reply="… is an old chisel.")
        True
    """
    words = len(text.split())
    # A questionnaire's prompt the answer completes ("Mein Lieblingsort …" / "… ist der
    # See."): the answerer's words begin where the prompt's break off, first person or not.
    if reply is not None and words <= 8 and _BREAKS_OFF.search(text) and _GOES_ON.match(reply):
        return True
    if words > 30 or _ANY_FIRST_PERSON.search(text) or ends_with_question(text):
        return False
    # A paragraph that quotes someone ("„…“, sagt er") is a reporter's, not a remark.
    if quote_attribution(text) or quotes_by_pronoun(text) or reports_speech(text):
        return False
    # A remark is a sentence: a line of a box ("seit 2018 Vorstand, Köln") is not.
    if (
        not (text[0].isupper() or text[0] in OPENING_QUOTES)
        or text.rstrip(CLOSING)[-1:] not in ".!…"
    ):
        return False
    split = split_sentences(text)
    sentences = len(split)
    if reply is not None and sentences <= 2 and replies(reply):
        return True
    # A challenge: a question of three words or more, then one sentence that backs it
    # ("Isn't that only fair? Everyone else pays it."): the interviewer objecting.
    first = split[0].text
    challenge = sentences == 2 and first.rstrip(CLOSING).endswith("?") and len(first.split()) >= 3
    return words <= 25 and (
        _SECOND_PERSON.search(text) is not None
        or _YOUR.search(text) is not None
        or (words <= 12 and sentences == 1)
        or challenge
    )


def replies(text: str) -> bool:
    """Whether a paragraph opens as a reply to what was just said, as an answer after a
    remark does: with a yes or no ("Nein, ...", "Langfristig, ja."), or with a few words
    that take it up ("Das verstehe ich, ...", "Das ist mir bewusst, ...", "That's the fun
    part.", "It is.").

    Example:
        >>> replies("Das verstehe ich, aber ..."), replies("Das Werk liegt in Köln.")
        (True, False)
        >>> replies("That's the most common objection, and it's understandable.")
        True
        >>> replies("They did hold a vote."), replies("Das können Sie laut sagen.")
        (True, True)
        >>> replies("I understand that, but the rules are clear.")
        True
    """
    sentence = split_sentences(text)[0].text if text.strip() else ""
    clause = _CLAUSE_END.split(text, maxsplit=1)[0]
    if len(sentence.split()) <= 4 and _YES_NO.search(sentence):
        return True
    if _YES_NO.fullmatch(clause.strip()) or _ECHO.match(clause) or _GRANTS.match(clause):
        return True
    # "Das Werk liegt in Köln": "Das" before a noun is an article, not a pointer back.
    words = sentence.split()
    noun = len(words) > 1 and words[1][0].isupper() and words[1] != "I"
    takes_up = _TAKES_UP.match(clause) is not None and not noun
    # "Das ist die Entwicklung, die ...", "That's the most common objection": pointing back
    # and saying what it is, as nobody opens a thought of their own.
    return takes_up and (
        len(words) <= 4
        or (len(clause.split()) <= 4 and bool(_ANY_FIRST_PERSON.search(clause)))
        or _POINTS_BACK.match(clause) is not None
    )
