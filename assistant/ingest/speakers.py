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
    >>> [m.name for m in byline_mentions("Moderated by Ada Byrne, health reporter.")]
    ['Ada Byrne']
    >>> [m.name for m in lead_mentions("Its founder, Ada Byrne, explains why it works.")]
    ['Ada Byrne']
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant.ingest.names import (
    DESK_WORDS,
    KIN_NOUNS,
    LOWER,
    NAME,
    NAME_RE,
    PARTICLE,
    ROLE_NOUN,
    UPPER,
    gender,
    is_given_name,
    is_person_name,
    person_names,
    title_cased,
    without_class_years,
    without_place,
)
from assistant.models import Role, TurnKind
from assistant.text.analysis import ANY_STOPWORD
from assistant.text.sentences import split_sentences

# Role labels: whoever asks, whoever answers, without a name ("I:"/"B:" as in transcripts).
# "Host:", "Moderator:" and "Redaktion:" name a side, not a person.
# A hearing's or a court's chair asks, but is never the reporter whose byline the report
# bears (a court report's "Vorsitzender:" is the judge, not the journalist).
_CHAIR_LABELS = frozenset(
    ("chair", "chairman", "chairwoman", "vorsitzende", "vorsitzender", "vors.")
)
# The writer's own label ("Me:"); it asks only where it recurs (`self_label`), as a quoted
# exchange inside an answer ("Grandma: … / Me: …") has it once.
_SELF_LABELS = frozenset(("me",))
_QUESTION_LABELS = frozenset(
    (
        *("f", "q", "i", "frage", "question", "interviewer", "interviewerin", "host"),
        *("moderator", "moderatorin", "moderation", "redaktion", "reporter", "reporterin"),
        *("presenter", "anchor"),
        # A reply to a request for information numbers the requests it answers.
        "request",
        # A newsletter's or a blog's own interview: the writer labels their questions "Me:".
        *_SELF_LABELS,
        # A committee's chair puts the questions of a hearing as a moderator does.
        *_CHAIR_LABELS,
    )
)
_ANSWER_LABELS = frozenset(
    {"a", "b", "antwort", "answer", "interviewee", "guest", "gast", "response"}
)
# Voices from the floor or the phone: speakers a panel's or a programme's transcript labels
# by what they are, never the interviewer nor the guest.
_VOICE_LABELS = frozenset(
    (
        *("publikum", "zuschauer", "zuschauerin", "zuhörer", "zuhörerin", "anrufer"),
        *("anruferin", "hörer", "hörerin", "stimme", "audience", "caller", "listener"),
        *("viewer", "voice", "crowd"),
        # A report's vox pop, people in the street asked and not named ("KUNDIN:",
        # "Passant:", "SHOPPER:").
        *("passant", "passantin", "kunde", "kundin", "anwohner", "anwohnerin", "shopper"),
        *("passerby", "bystander"),
    )
)
# Where a voice comes from, the hall rather than the panel: "Question from the floor:",
# "Frage aus dem Saal:" (the word "floor" alone may be a Dutch given name, "Floor:").
_FROM_THE_FLOOR = re.compile(r"\b(?:from the floor|aus dem (?:saal|plenum))\b")
# A recording played in ("Einspieler – Anwohner:", "CLIP, shopper:"): a clip, not a voice.
_PLAYED_IN_WORD = re.compile(r"(?i:\b(?:clip|einspieler|einspielung|zuspielung|o-ton|archivton)\b)")
# The expert an advice page names by role with the definite article ("Die Expertin:", "Der
# Anwalt:", "The Vet:"): the one person the page has introduced as answering.
# A readers' page may name the answer after its expert: "Antwort der Expertin:", "Antwort
# des Anwalts:", "Answer from the vet:", the same role with its article.
_DEFINITE_ROLE = re.compile(
    r"(?:(?:Antwort|Answer)\s+(?:der|des|vom|from\s+the|by\s+the)\s+|(?:Der|Die|The|THE|DER|DIE)\s+)"
    r"(?i:expert(?:e|en|in)?|fach(?:frau|mann)|\w*ärztin|\w*arzt"
    r"|anwältin|anwalt|berater(?:in)?|therapeut(?:in)?|doctor|lawyer|vet|counsell?or"
    r"|gärtner(?:in)?|gardener|planner|adviser|advisor)s?"
)


def definite_role(label: str) -> bool:
    """Whether a label is an expert's role with the definite article ("Die Expertin").

    Example:
        >>> definite_role("Die Expertin"), definite_role("The Vet"), definite_role("Die Lösung")
        (True, True, False)
        >>> definite_role("Antwort der Expertin"), definite_role("Answer from the vet")
        (True, True)
    """
    return _DEFINITE_ROLE.fullmatch(label.strip()) is not None


# A court record's voice of the bench or the box, set in capitals after "THE": "THE JUDGE:",
# "THE COURT:", "THE WITNESS:"; the article part and the capitals are the record's own style.
_BENCH_LABEL = re.compile(r"THE\s[A-Z]{3,}")


def bench_label(label: str) -> bool:
    """Whether a label is a court record's "THE ROLE" voice ("THE JUDGE"), a turn of the
    dialogue among two or more labelled speakers however rarely it comes; it names no one.

    Example:
        >>> bench_label("THE COURT"), bench_label("The Court"), bench_label("THEO")
        (True, False, False)
    """
    return _BENCH_LABEL.fullmatch(label) is not None


# A chorus: the guests answering together ("BOTH:", "BEIDE:"), a turn no one person says.
_CHORUS_LABELS = frozenset(("both", "beide", "all", "alle", "together", "gemeinsam"))


def chorus_label(label: str) -> bool:
    """Whether a label stands for several speakers at once ("BOTH:", "Beide:").

    Example:
        >>> chorus_label("BOTH"), chorus_label("Beide"), chorus_label("Bothwell")
        (True, True, False)
    """
    return label.strip().casefold() in _CHORUS_LABELS


# Someone the text describes and does not name, with an indefinite article: "Eine Frau aus
# der dritten Reihe:", "A man at the back:" (without it, "Frau Roth:" is a person's label).
_SOMEONE = re.compile(
    r"(?i:eine?|an?|another|ein weiterer|eine weitere)\s+(?i:frau|mann|dame|herr|junge|mädchen"
    r"|woman|man|lady|gentleman|boy|girl|person"
    # ... or by what brings them to a council's meeting: "A resident:", "Eine Anwohnerin:".
    r"|resident|member of the public|anwohner(?:in)?|bürger(?:in)?)\b"
    # ... or, without the article, by where they stand: "Man at the back:", "Frau in Reihe 3:";
    # a live chat's reader by where they write from ("Reader from PLACE:", "Leserin aus
    # ORT:"): the page withholds the name, so the post is nobody's the text names.
    r"|(?i:woman|man|lady|gentleman|frau|mann|dame|reader|leser|leserin)"
    r"\s+(?i:at|in|from|near|by|im|aus|vor)\s"
    # ... or, without the article, as a hearing's transcript labels the public gallery's
    # heckle ("Member of the public:"): one of the public is nobody the hearing names.
    r"|(?i:member of the public)\b"
)
# A live chat's reader by the pseudonym they post under, in quotation marks after the word
# for a reader ("Leserin «Waldkauz»", 'Reader "owl_42"', "User ‹Kiebitz›"): the page prints
# the pseudonym, not a name, so the post is nobody's the text names.
_PSEUDONYMOUS_READER = re.compile(
    r"(?i:leser|leserin|reader|user|userin|nutzer|nutzerin|commenter|kommentator|kommentatorin)"
    r"\s+[«»\"“„‹›'‘‚][^«»\"“”„‹›\n]{1,30}[«»\"”“‹›'’‘]"
)
# A live chat's reader by given name and where they write from ("NAME aus ORT:", "NAME in
# PLACE:"): the page withholds the surname, so the post is nobody's the text names in full.
_GIVEN_FROM = re.compile(
    rf"(?P<given>[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)\s+(?:aus|from|in)\s+"
    rf"[{UPPER}][\w'’-]+(?:\s+[{UPPER}][\w'’-]+)?"
)
# A chat tool's header over a reader's post, "Comment From NAME" ("Kommentar von NAME"): the
# tool's wording, whoever the reader is; the post asks the guest, who answers under it.
# The header's words, for its line too (`labels._comment_headers`).
COMMENT_FROM = r"(?i:comment|kommentar)\s+(?i:from|by|von)\s+"
_COMMENT_FROM = re.compile(rf"{COMMENT_FROM}\S")
# "Publikumsfrage", "Zuschauerfrage", "Hörerfragen": a voice's question, in one word.
# A live chat's handle as a reader's label: lower case, its words joined by underscores or
# dots, or figures after them ("leser_42", "anna.k", "gartenfee77"); capitalised words
# joined by underscores too ("Leser_Nord", "Eva_K"), since no person's name has one.
_HANDLE = re.compile(
    rf"[{LOWER}][{LOWER}0-9]*(?:[._][\w]+)+|[{LOWER}]{{2,}}[0-9]+|[{UPPER}][\w]*(?:_[^\W_]+)+"
)
_VOICE_COMPOUND = re.compile(
    r"(?:publikum|zuschauer(?:in)?|zuhörer(?:in)?|hörer(?:in)?|anrufer(?:in)?|leser(?:in)?)s?"
    r"(?:frage|fragen|stimme|beitrag)"
)

# People in a list are joined by "und"/"and"; a comma only separates a person from their
# role or organisation ("Erik Lindqvist, CEO, Nordic Launch, and Hannah Fischer").
_CONNECTOR = re.compile(rf"\s*,?\s*(?:und|and|&|sowie)\s+(?={NAME})")
_APPOSITION_PART = re.compile(
    rf"\s*,\s*(?P<part>[^,;:()]+?)\s*(?=,|;|\.\s|\.?$|\s(?:und|and|&|sowie)\s+{NAME})"
)
_PARENTHESIS = re.compile(r"\s*\((?P<part>[^()]{1,80})\)")
# "of", "at", "bei" ... + a capitalised word: how English writes a role ("chief of Acme").
_LOWER_ROLE = re.compile(rf"\b(?:of|at|for|bei|beim|von|vom|des|der|für)\s+(?:the\s+)?[{UPPER}0-9]")
_AT_ORGANISATION = re.compile(
    r"\b(?:bei|beim|at|an der|an|am)\s+(?:der|dem|den|the)?\s*(?P<org>[" + UPPER + "0-9].*)$"
)
_OF_ORGANISATION = re.compile(
    r"\b(?:des|der|von|vom|of)\s+(?:der|dem|den|the)?\s*(?P<org>[" + UPPER + "0-9].*)$"
)

# Bylines name the people of the interview and nothing else.
_INTERVIEWER_BYLINE = re.compile(
    r"^(?:(?:das\s+)?(?:interview|gespräch)\s+führten?|die\s+fragen?\s+stellten?"
    # A single question's column: "Gefragt hat NAME.", "Die Frage stellte NAME."
    r"|gefragt\s+(?:hat|haben)"
    r"|interview(?:ed)?\s+by|questions\s+by"
    r"|(?:(?:the|this)\s+)?(?:interview|conversation|round\s?table|panel|discussion|debate)\s+"
    # ... or a round table's chair in so many words: "This roundtable was chaired by NAME".
    r"(?:was\s+|has\s+been\s+)?(?:conducted|chaired|moderated|hosted)\s+"
    # ... with how it went between ("Interview conducted by e-mail by NAME", "over the
    # phone by NAME"): the last "by" introduces the one who asked.
    r"(?:(?:by\s+(?:e-?mail|phone|telephone|video(?:\s*call)?|zoom)"
    r"|over\s+the\s+phone|via\s+(?:e-?mail|zoom|video))\s+)?by"
    # A live blog's or a report's credit: "Reporting: NAME, Town", "Reported by NAME".
    r"|reporting\s*:|reported\s+by"
    # "Interview and photography by NAME", "Text und Fotos von NAME": one credit for both.
    r"|(?:interview|text|words|questions)\s+(?:and|&|und)\s+"
    r"(?:photography|photographs?|photos?|pictures|images|fotos?|bilder)\s+(?:by|von)"
    r"|(?:ein\s+)?interview\s*(?:von|:)|von|by"
    r"|(?:hosted|written|moderated|presented)\s+by|moderiert\s+von|(?:as\s+)?told\s+to"
    r"|(?:aufgezeichnet|protokolliert|notiert)\s+von|protokoll\s*:"
    r"|(?:autor|autorin|author|text|redaktion|hosts?|moderation|moderators?|moderatorin|presenters?"
    r"|fragen|questions|am\s+mikrofon|at\s+the\s+mic(?:rophone)?)"
    r"\s*:)\s+",
    re.IGNORECASE,
)
# A first-person account written down by a reporter ("Aufgezeichnet von NAME", "As told
# to NAME"): the reporter's byline, and the text after it is the subject's own.
TOLD_TO = re.compile(
    r"^(?:(?:as\s+)?told\s+to|(?:aufgezeichnet|protokolliert|notiert)\s+von|protokoll\s*:)\s",
    re.IGNORECASE,
)
# A questionnaire's line credits whom it was answered by ("As told by NAME", "Answered by
# NAME", "Ausgefüllt von NAME"): the one person answering, as "Interview with NAME" names.
_GUEST_BYLINE = re.compile(
    r"^(?:(?:ein|das|im)\s+)?(?:interview|gespräch)\s+mit\s+|^(?:an\s+)?interview\s+with\s+"
    r"|^(?:as\s+told|answered|completed|filled\s+in)\s+by\s+"
    r"|^(?:ausgefüllt|beantwortet)\s+von\s+"
    r"|^in\s+conversation\s+with\s+|^(?:guests?|gast|gäste|interviewpartner(?:in)?|interviewee)\s*:\s*",
    re.IGNORECASE,
)

# The outlet's desk, where a credit names no one: "Die Fragen stellte die Redaktion."
_DESK = re.compile(
    r"(?:die\s+|unsere\s+|the\s+|our\s+)?(?:redaktion|editors|editorial\s+team|newsroom"
    r"|editorial\s+staff)",
    re.IGNORECASE,
)
# ... and the desk before the outlet's name, which a name list would take for a person's:
# "Redaktion Pausenblatt", "Editorial Team Ledger".
_DESK_AND_OUTLET = re.compile(_DESK.pattern + r"\s+\S+", re.IGNORECASE)
# ... or after it: "By Gazette Staff", "Von Kurier-Redaktion": the outlet's people as one
# body, which signs for nobody in particular.
_OUTLET_AND_DESK = re.compile(rf"\S+(?:\s+|-)(?i:{'|'.join(sorted(DESK_WORDS))})")
# What may follow the names of a byline: a date, a reading time, where it appeared
# ("Von NAME · 05.02.2025", "Redaktion: NAME | Erschienen in Ausgabe 3/2025").
# A writer's initials with the name in brackets after a credit: "Interview: dk (NAME)".
_INITIALS_NAMED = re.compile(r"[A-Za-z]{1,4}\.?\s*\((?P<name>[^()]{3,60})\)\s*")
# A byline's role in a word or two of lower case and the town after it: ", embalmer,
# Leeds", ", beekeeper, Bad Ems." (the whole rest of the line); or the outlet the role is
# held at, whose name may join its words with an ampersand (", desk editor, Rod & Reel
# Monthly."): a closing credit names the masthead its asker writes for.
_ROLE_AND_PLACE = re.compile(
    rf"^,\s+[{LOWER}][\w-]*(?:\s+[{LOWER}][\w-]*)?,\s*[{UPPER}][\w'’-]+"
    rf"(?:\s+[{UPPER}][\w'’-]+)?(?:\s+&\s+[{UPPER}][\w'’-]+(?:\s+[{UPPER}][\w'’-]+)?)?\.?$"
)
_BYLINE_TRAILER = re.compile(
    r"\s*(?:[|·•]|\s[–—-]\s)"
    # Where the conversation took place: "Interview by NAME in Singapore", "... in Bad Ems".
    rf"|\s+(?:in|im|at)\s+[{UPPER}][\w'’-]+(?:\s+[{UPPER}][\w'’-]+)?\.?$"
    # How the questions went to the one answering: "Die Fragen stellte NAME per E-Mail.",
    # "Interview by NAME over the phone", with a sentence on the answers after it.
    r"|\s+(?:per|by|via|über|over\s+the|am)\s+(?:e-?mail|telefon|phone|video(?:call)?|zoom"
    r"|videoschalte)\b\.?(?:(?:\s|,\s)[^.]{1,80}\.?)?$"
    # ... or the town the reporter files from, after a comma: "Reporting: NAME, Harwick".
    rf"|,\s+[{UPPER}][{LOWER}][\w'’-]*\.?$"
    # A note in brackets after the name (a class year, "('09)"; an office), which names
    # nobody else.
    r"|\s*\([^()]{1,30}\)\s*$"
    # A note on the text after the credit: "— Interview by NAME. This conversation has been
    # condensed and edited.", "Das Gespräch wurde gekürzt.", "Answers have been edited."
    r"|\.\s+(?:(?:this|the)\s+(?:interview|conversation|transcript|q&a|exchange)"
    r"|(?:the\s+)?(?:answers|replies|questions)|(?:die\s+)?(?:antworten|fragen)"
    r"|(?:das|dieses)\s+(?:interview|gespräch))\b[^.]{0,80}\b(?:edited|condensed|shortened"
    r"|abridged|gekürzt|redigiert|autorisiert|bearbeitet)\b[^.]*$"
    # ... or in the same sentence: "... chaired by NAME and has been condensed."
    r"|\s+and\s+(?:has\s+been|was)\s+(?:\w+\s+){0,2}?(?:edited|condensed|shortened"
    r"|abridged)\b[^.]*\.?$"
    # The pictures' credit after the interview's: "Interview by NAME. Photographs: NAME2."
    r"|\.\s+(?:photos?|photographs?|photography|pictures|fotos?|bilder|illustrations?"
    r"|illustrationen)(?:\s*:|\s+by|\s+von)\s+[^.]{1,60}\.?$",
    re.IGNORECASE,
)
# A note on someone after the credit, one sentence with its verb in lower case:
# "Interview by NAME, editor. NAME2 runs a farm in Kent." (a trade paper's closing lines);
# `_note_on_someone` wants its subject a person's name.
_NOTE_AFTER_CREDIT = re.compile(rf"\.\s+(?P<who>{NAME})\s+[{LOWER}][^.]*\.?$")
# A byline's role after the name in lower case, up to four words: ", energy editor".
_LOWER_ROLE_TAIL = re.compile(
    rf",\s+[{LOWER}][\w-]*(?:\s+[{LOWER}][\w-]*){{0,3}}(?=\s*[.|·•]|\s*$)"
)
# An author line of its own: "NAME | 22.08.2024 | Lesezeit: 5 Minuten"; not a name with a
# clock time alone after the dot ("NAME · 00:01:12"), a podcast export's speaker head.
_AUTHOR_LINE = re.compile(
    rf"(?P<name>{NAME})\s*[|·•]\s*(?![\[(]?\d{{1,2}}:\d{{2}}(?::\d{{2}})?[\])]?\s*$)\S"
)

# A headline that quotes someone: "WHO: „quote“".
_HEADLINE_QUOTE = re.compile(r"(?P<who>[^:„“\"»«]{2,60}?):\s*[„“\"»«‚‹'‘]")
# The quote first, its speaker after a dash: '"…" — NAME'.
_HEADLINE_QUOTE_AFTER = re.compile(
    r"[„“\"»«‚‹'‘][^\n]{5,200}[“”\"«»‘’']\s+[—–-]\s+(?P<who>[^\s,.:;!?][^,.:;!?\n]{2,50})"
)

# Lead sentences that name the interviewee.
_TALK = re.compile(
    r"\b(?:sprach|sprachen|spricht|sprechen|gesprochen|Gespräch|Interview|unterhielt|unterhalten"
    r"|talk|talked|talks|spoke|speaks|conversation|interview|sat down|chatted|met|trafen|getroffen"
    r"|Q&A"
    # An interview in writing: "We corresponded by email in May."
    r"|corresponded|korrespondiert\w*"
    # A call that got through is the talk: "The paper reached NAME, role, by phone",
    # "Wir erreichten NAME telefonisch".
    r"|reached\s+[^.!?]{1,120}?\s+by\s+(?:phone|telephone|e-?mail|video\s+call)"
    r"|erreichte[n]?\s+[^.!?]{1,120}?\s+(?:telefonisch|per\s+(?:Telefon|E-Mail|Videoanruf))"
    # Someone who answers questions was asked them: "agreed to answer a few questions",
    # "took questions", "beantwortete unsere Fragen", "stand Rede und Antwort".
    # "answered NAME's questions": a possessive name is the asker's.
    r"|answer(?:ed|s)?\s+(?:[\w'’]+\s+){0,3}questions|took\s+(?:\w+\s+)?questions"
    r"|beantwort\w*|Rede\s+und\s+Antwort"
    # ... or faced them: "hat sich danach unseren Fragen gestellt", "stellte sich den Fragen",
    # "fielded questions from the class".
    r"|sich\s+(?:\w+\s+){0,3}Fragen\s+(?:\w+\s+){0,4}?(?:gestellt|stellte|stellten|stellt)"
    r"|stellte\s+sich\s+(?:\w+\s+){0,3}Fragen|(?:fielded|faced)\s+(?:\w+\s+){0,2}questions"
    # A report that puts one question to someone says so before it: "Auf die Frage, ...,
    # antwortete NAME", "Auf Nachfrage sagte NAME", "Asked whether ..., NAME said".
    r"|antwortete|(?i:auf\s+(?:die\s+|unsere\s+)?(?:Frage|Nachfrage))"
    r"|(?:^|\.\s+)Asked\s+(?:by\s+\w+(?:\s+\w+)?\s+)?(?:whether|if|about|what|why|how|when))\b"
)
_WITH = re.compile(r"\b(?i:mit|with|to)\s+(?=\S)")
# "Fünf Fragen an NAME", "Questions for NAME"; an episode title "..., with NAME".
# A series' title may set an ellipsis before the name ("5 Fragen an … NAME"). A written
# questionnaire says whose answers it prints: "the responses from NAME", "Antworten von NAME".
_ASKED_TO = re.compile(
    r"\b(?:Fragen?\s+an|[Qq]uestions?\s+(?:for|to)|,\s+with"
    r"|(?:[Rr]esponses|[Aa]nswers|[Rr]eplies)\s+(?:from|by)|Antworten\s+von"
    # A headline "Q&A: ROLE NAME on …" names whom the questions were put to.
    r"|(?<![\w&])Q&A:"
    # A podcast episode's title ends in its guest: "Episode 12 – Giant kites with NAME".
    rf"|\swith(?=\s+{NAME}$))"
    # A colon may set the name off: "Zwölf Fragen an: NAME, Beruf".
    r":?(?:\s*(?:…|\.\.\.))?\s+(?=\S)"
)
# A series' lead says it puts questions to someone, then names this issue's guest after a
# colon: "Each week we put a question to a founder. This week: NAME". Without the asking
# sentence, "Heute: NAME" only presents someone (a profile), it does not say they answer.
_PUTS_QUESTIONS = re.compile(r"\b(?:[Qq]uestions?\s+to|Fragen?\s+an)\b")
_THIS_ISSUE = re.compile(
    r"(?:This\s+(?:week|month|time|issue)|Today|Diese\s+Woche|Diesmal|Heute):\s+(?=\S)"
)
# "Mit NAME sprach NAME": whoever "spoke" with the guest is the interviewer.
_SPOKE_THEN_NAME = re.compile(rf"\b(?:sprach|sprachen|unterhielt sich|talked|spoke)\s+(?={NAME})")
_ASKED_BEFORE = re.compile(
    r"\b(?:befragte|befragten|fragte|fragten|interviewte|interviewten|asked|interviewed"
    r"|questioned)\s+(?=\S)"
)
# "This week I called NAME", "We phoned NAME": the writer's own call is the interview.
# Only after "I"/"we": "NAME called for ..." and "a band called ..." name no one called.
_CALLED = re.compile(r"\b(?:I|[Ww]e)\s+(?:(?:called|phoned|rang)(?:\s+up)?|video-called)\s+(?=\S)")
_ASKED_AFTER = re.compile(
    r"\b(?:haben|hat|habe)\s+(?P<names>.+?)\s+(?:befragt|interviewt|gefragt|getroffen|gesprochen)\b"
)
_GERMAN_SPEECH_VERB = (
    r"(?:erläutert|erklärt|berichtet|verrät|schildert|beschreibt|sagt|spricht|gibt|erzählt"
    r"|antwortet|beantwortet|diskutiert|zeigt|skizziert|warnt|fordert|plädiert|blickt|meint"
    r"|glaubt)"
)
_SPEECH_VERB = (
    rf"(?:{_GERMAN_SPEECH_VERB}|explains|describes|says|talks|discusses|shares|reveals|answers"
    r"|outlines|argues|thinks|believes|warns|insists)"
)
# "Im Interview erklärt NAME, ...": German puts the verb before its subject; in English a
# name after the verb is its object ("She tells NAME why ..."), the one listening.
# "Jede Woche beantwortet unsere Gartenexpertin NAME Ihre Fragen": whoever answers is the
# one asked, though the outlet calls her its own ("mit unserer Redakteurin NAME" asks).
# "Es antwortet die Leiterin, NAME": the role before the name, set off by a comma or not
# ("Es antwortet die Försterin NAME, die ...").
_VERB_THEN_NAME = re.compile(
    rf"\b(?:{_GERMAN_SPEECH_VERB}|(?:beantwortet|antwortet)\s+unser\w*"
    rf"|antwortet\s+(?:die|der)\s+[{UPPER}][{LOWER}-]+,?)\s+(?={NAME})"
)
_SUBJECT_BEFORE = re.compile(rf"{NAME}\s+$")
# "She told NAME how ...", "He tells NAME why ...": the one a lead's pronoun stands for
# told the interview to NAME, who listened and asked: the interviewer.
# "She talked to NAME", "He spoke with NAME", "Er sprach mit NAME": the pronoun is the one
# the lead is about, so NAME listened and asked; a talk that names its subject ("NAME spoke
# with ...") or says "we"/"I" is another pattern's.
_TOLD_NAME = re.compile(
    r"(?:^|[.!?]\s+)(?P<pronoun>She|He|They|Er|Sie)\s+(?:told|tells|explained\s+to|explains\s+to"
    r"|(?:spoke|speaks|talked|talks|chatted|sat\s+down)\s+(?:with|to)"
    r"|(?:sprach|spricht|unterhielt\s+sich|unterhält\s+sich)\s+mit)\s+(?=\S)"
)
# A journalist introduced by their role: "our reporter NAME", "Reporterin NAME".
_NEWSROOM_ROLE = (
    r"\b(?:[Oo]ur|[Uu]nser\w*|reporter|correspondent|editor|journalist|Reporter(?:in)?"
    r"|Korrespondent(?:in)?|Redakteur(?:in)?|Journalist(?:in)?)\s+(?:[\w-]+\s+)?"
)
_NEWSROOM = re.compile(_NEWSROOM_ROLE + NAME)
# A byline that is a name and the writer's newsroom role, no "By": "NAME, Local Democracy
# Reporter", "NAME, Wirtschaftsredakteurin". The role's last word says it is the writer's.
_NEWSROOM_TITLE = (
    r",\s+(?!(?i:former|ehemalige?r?|retired|ex)\b)(?:[\w&-]+\s+){0,3}[\w-]*(?i:reporter"
    r"|correspondent|editor|writer|journalist|staff|redakteur|redakteurin|korrespondent"
    r"|korrespondentin|reporterin|journalistin)"
)
_NEWSROOM_BYLINE = re.compile(rf"(?P<name>{NAME}){_NEWSROOM_TITLE}")
# The same role after a byline's name: "By NAME, Gazette Staff".
_NEWSROOM_TAIL = re.compile(_NEWSROOM_TITLE + r"(?=\s*[.|·•]|\s*$)")
# "Mit ihr sprach NAME", "Mit ihm unterhielt sich Redakteur NAME": German puts the one
# spoken with first, as a pronoun for the lead's subject; the name after the verb talked.
_TALKED_WITH_THEM = re.compile(
    r"\bMit\s+(?:ihr|ihm|ihnen|beiden)\s+(?:sprach|sprachen|redete|redeten"
    r"|unterhielt\s+sich|unterhielten\s+sich)\s+(?=\S)"
)
_PRONOUN_GENDER = {
    **{"She": "female", "He": "male", "Er": "male", "she": "female", "he": "male"},
    **{"her": "female", "him": "male", "ihm": "male", "ihr": "female", "ihn": "male"},
    "his": "male",
}
# "NAME sent him her questions", "NAME schickte ihm die Fragen per Mail": the pronoun is
# the one who was asked. Not "sent her questions", where "her" may be the sender's own.
_SENT_TO_PRONOUN = re.compile(
    r"\b(?:sent|emailed|e-mailed|mailed|schickte|schickten|stellte|stellten|mailte)\s+"
    r"(?:(?P<pronoun>him|her|ihm|ihr)\s+(?!questions\b|Fragen\b)[^.]{0,40}?"
    # "him" is never a possessive: "sent him questions" was sent to him, where "sent her
    # questions" may be her own.
    r"|(?P<object>him|ihm)\s+)\b(?:questions|Fragen)\b"
)
# ... and the German perfect, the participle last: "Also hat NAME ihr seine Fragen per Mail
# geschickt". "ihr" before "seine"/"die Fragen" is the dative, her.
_SENT_TO_PRONOUN_PERFECT = re.compile(
    r"\b(?:hat|haben)\s+[^.]{0,60}?\s(?P<pronoun>ihm|ihr)\s+(?!Fragen\b)[^.]{0,40}?\bFragen\b"
    r"(?=[^.]{0,40}?\b(?:geschickt|gemailt|zugeschickt)\b)"
)
# "NAME drew the letters for every sign. She talks about ...", "Er erzählt, wie ...": a
# standfirst's pronoun for its subject and what the interview has them talk about.
_PRONOUN_TALKS = re.compile(
    r"(?:^|[.!?]\s+)(?P<pronoun>She|He|Er)\s+(?:talks|speaks|explains|describes|discusses"
    r"|reflects|spricht|erzählt|erklärt|berichtet)\s*,?\s+(?:about|on|how|why|what|über|von"
    r"|wie|warum|was)\b"
)
# "NAME works nights. She'll be answering your questions from 7pm.", "Er beantwortet Ihre
# Fragen": the pronoun's person answers what follows; a column's lead may open the sentence
# with when ("Each month she answers readers' questions").
_PRONOUN_ANSWERS = re.compile(
    r"(?:^|[.!?]\s+)(?:(?:Each|Every)\s+(?:week|month|fortnight|issue),?\s+)?"
    r"(?P<pronoun>(?i:she|he)|Er)(?:['’]ll\s+be|\s+will\s+be|\s+is|\s+will)?\s+"
    r"(?:answering|answers|answer|beantwortet)\s+(?:[\w'’-]+\s+){0,2}?(?:questions|Fragen)\b"
)
# Two capitalised words opening a lead before a verb in lower case: its subject, a name
# where a pronoun after it bears it out ("NAME NAME turns sea glass ... She ...").
_SUBJECT_FIRST = re.compile(
    rf"([{UPPER}][{LOWER}]+\s+[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)\s+[{LOWER}]"
)
# "NAME makes jewellery. We asked her about tides.", "Wir haben ihn gefragt, warum ...": the
# newsroom asks, so the pronoun's person is the one who answers.
_WE_ASKED = re.compile(
    r"(?:^|[.!?]\s+)(?:We|Wir)\s+(?:asked|spoke\s+(?:to|with)|talked\s+(?:to|with)|caught\s+up\s+with"
    r"|fragten|haben)\s+(?P<pronoun>her|him|ihn)\b(?!\s+(?:own|eigene))"
)
# "We spoke in the empty hall.", "Wir trafen uns im Hafen.": a lead's talk that names no
# one spoken with, so it was the one person the lead names before it.
_WE_SPOKE = re.compile(
    r"(?:^|[.!?]\s+)(?:We|Wir)\s+(?:spoke|talked|met|sprachen|trafen\s+uns)\b"
    r"(?!\s+(?:to|with|mit|about|über|by|per|on\s+the\s+phone)\b)"
)
# A report's quotation and who said it: "„…“, sagt NAME", "NAME sagt: „…“".
_QUOTE_BEFORE = re.compile(r"[“”\"«»‘’']\s*[,–—-]?\s*$")
_QUOTE_AFTER = re.compile(r"\s*:\s*[„“\"»«‚‹]")
# "NAME erklärt ...", "Die Ökonomin NAME über ..." (a teaser's shorthand for an interview),
# "NAME, operations director at the provider Acme, explains ...".
_NAME_THEN_VERB = re.compile(
    rf"(?P<name>{NAME})(?:\s*\([^()]*\)|,\s[^,;:.()]{{1,80}},)?\s+(?:im\s+Interview\s+)?"
    rf"(?:{_SPEECH_VERB}|über|about)\b"
)
# "Its chief engineer, NAME, explains ...": a name set off as an apposition, then the verb.
_APPOSED_THEN_VERB = re.compile(rf",\s+(?P<name>{NAME}),\s+(?:{_SPEECH_VERB})\b")
# Capitalised words that start sentences or address people, not names.
NOT_FIRST_NAMES = ANY_STOPWORD | {"herr", "frau", "mr", "mrs", "ms"}
# "NAME sprach mit ...", "NAME talks with ...", "NAME interviewte ...": NAME asks.
# "hat"/"haben" only before a participle of talking ("hat mit NAME gesprochen"): "NAME hat
# mit ihrem Roman den Preis gewonnen" talked with nobody.
_HOST_VERB = re.compile(
    r"\s*(?:(?:interviewte|befragte|interviewed|asked|questioned)\b"
    r"|(?:sprach|sprachen|spricht|sprechen|unterhielt|unterhält|talked|talks|spoke"
    r"|speaks|sat down|chatted"
    r"|(?:hat|haben)(?=[^.]{0,140}\b(?:gesprochen|geredet|unterhalten|telefoniert)\b))"
    r"\b(?:(?!\b(?:wir|ich|we|I)\b)[^.]){0,60}?\b(?i:mit|with|to)\s)"
)
# "NAME hat ihr per E-Mail Fragen geschickt", "NAME sent him questions by email", "NAME
# sent the same three questions to ...": NAME asks a written interview.
_SENT_QUESTIONS = re.compile(
    # The one asked may be named after an article and their office ("NAME hat der Archivarin
    # NAME2 schriftlich Fragen geschickt"); "sich den Fragen gestellt" faced them instead.
    r"\s*(?:(?:hat|haben)\s+(?:ihr|ihm|ihnen|(?:der|dem|den)\s(?!Fragen\b))\b[^.]{0,60}?\bFragen\s+"
    r"(?:geschickt|gestellt|gemailt|geschrieben|zugeschickt)"
    r"|(?:schickte|stellte|schickten|stellten|mailte)\s+(?:ihr|ihm|ihnen)\b[^.]{0,40}?\bFragen"
    # German puts the auxiliary before the subject ("Also hat NAME ihr seine Fragen per
    # Mail geschickt"): the pronoun, the questions and the participle after the name.
    r"|(?:ihr|ihm|ihnen)\s+[^.]{0,40}?\bFragen\b[^.]{0,40}?\b(?:geschickt|gemailt|zugeschickt)"
    r"|(?:sent|emailed|e-mailed)\s+[^.]{0,40}?\bquestions|put\s+(?:her|him|them)\b[^.]{0,40}?"
    r"\bquestions)\b"
)
# "We spoke with Raghunathan", "mit Dr. Hölzl gesprochen": a surname alone, after a title.
_LONE_SURNAME = re.compile(
    rf"(?:(?:Dr|Prof|Mr|Mrs|Ms|Herrn|Herr|Frau)\.?\s+)*(?P<name>(?:{PARTICLE}\s+)?"
    rf"(?:(?:al|el)-)?[{UPPER}][\w'’-]+)(?![\w'’-]|\s+[{UPPER}])"
)
# "spoke with the Herald": an English article and one capitalised word, no name after it;
# not a title English capitalises for the one who holds it ("spoke with the Mayor").
_TO_OUTLET = re.compile(
    r"the\s+(?!(?:President|Mayor|Governor|Minister|Chancellor|Premier|Senator|Sheriff|Chief"
    r"|Commissioner|Secretary|Director|Chair|Speaker|King|Queen|Prince|Princess|Pope"
    r"|Bishop|Judge|Captain|General|Ambassador)\b)[A-Z][\w-]+(?![\w-]|\s+[A-Z])"
)
# "sat down with HCFC Media", "sprach mit NDR Info": a word in capitals names an
# organisation, not a person who asked.
_ACRONYM = re.compile(rf"[{UPPER}]{{2,}}(?![\w-])")
# "talked to the club paper", "spoke with residents about ...": words in lower case up to
# the clause's end name no one who asked (a pronoun, "with him", stands for someone who
# did); "us" is the outlet, which asked.
_TO_US = re.compile(r"(?:us|uns)\b")
_NOBODY_NAMED = re.compile(
    rf"(?!(?:him|her|them|ihm|ihr|ihnen)\b)[{LOWER}][^,.;:{UPPER}]*?"
    r"(?:[,.;:!?]|$|\b(?:about|über|on|for|in|at|by)\b)"
)
_OURS = re.compile(r"(?:unser\w*|our)\b", re.IGNORECASE)
# An article alone before a capitalised word makes it a noun, not a surname: "spoke with the
# Courier", "sprach mit dem Kurier" name a publication or an institution.
_ONLY_ARTICLE = re.compile(r"(?:the|der|die|das|den|dem|des)\s+$", re.IGNORECASE)
# A rank or title cut short, a capital, a few letters and a point: "Capt. ", "Sgt. ".
_SHORT_RANK = re.compile(rf"[{UPPER}][{LOWER}]{{1,4}}\.\s+(?=[{UPPER}][{LOWER}])")
# Up to two lowercase words between "mit"/"with" and a name: "with founder", "mit dem".
_ROLE_WORDS = re.compile(
    r"(?:(?!(?:über|about|uns|us|ihm|ihr|ihnen|him|her|them|zu|von|für|for|on|und|and)\b)"
    rf"[{LOWER}][\w-]*\s+){{1,2}}(?=[{UPPER}])"
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
    # A surname alone ("We spoke with Raghunathan"): someone only if it stands for exactly
    # one full name the text gives.
    surname: bool = False


def role_side(label: str) -> TurnKind | None:
    """'question' for 'Frage:', 'Q:', 'Q.', 'Frage 3:', 'THE MODERATOR:'; 'answer' for
    'Antwort:', 'A.'; else None.

    Example:
        >>> role_side("THE MODERATOR"), role_side("A."), role_side("The Times")
        ('question', 'answer', None)
    """
    if label.casefold() in _SELF_LABELS and not self_label(label):
        return None
    folded = re.sub(r"\s*\d+$|(?<=^[QqFfAa])\.$", "", label).casefold()
    # A press conference's "THE MODERATOR:" is the asking person's role with its article
    # ("Die Frage, die ...:" is a phrase, no label).
    role = re.sub(r"^the\s+", "", folded)
    if role != folded and role in _QUESTION_LABELS - {"question", "q", "i", "f"}:
        return "question"
    if folded in _QUESTION_LABELS:
        return "question"
    return "answer" if folded in _ANSWER_LABELS else None


def self_label(label: str) -> bool:
    """Whether a label is the writer's own ("Me:"), a role label only where it recurs.

    Example:
        >>> self_label("Me"), self_label("Q"), self_label("ME")
        (True, False, False)
    """
    # Two capitals ("ME:") are shaped like initials, which a magazine prints far more often.
    return label.casefold() in _SELF_LABELS and not label.isupper()


# A role's words that the credits and labels write otherwise, as their one stem.
_ROLE_STEMS = {"moderat": "moderator", "moderierte": "moderator", "present": "presenter"}
_ROLE_STEMS |= dict.fromkeys(("vorsitz", "vorsitzende", "vorsitzender", "chairman"), "chair")


def role_stem(role: str) -> str:
    """A role word without its article and its feminine or abstract ending, so that a label
    and a lead's role compare: "MODERATORIN", "Moderation", "THE MODERATOR" -> "moderator".

    Example:
        >>> role_stem("THE MODERATOR"), role_stem("Moderation"), role_stem("Gastgeberin")
        ('moderator', 'moderator', 'gastgeber')
    """
    word = re.sub(r"^the\s+", "", role.strip().casefold())
    word = _ROLE_STEMS.get(word, word)
    word = re.sub(r"(?<=moderat)ion$", "or", word)
    return re.sub(r"(?<=[eo]r)in$", "", word)


def chair_label(label: str) -> bool:
    """Whether a label is a hearing's or a court's chair ("Vorsitzender:", "Chair:"): the
    asking side, but not the interviewer a byline names.

    Example:
        >>> chair_label("Vorsitzender"), chair_label("Chair 2"), chair_label("Frage")
        (True, True, False)
    """
    return re.sub(r"\s*\d+$", "", label).casefold() in _CHAIR_LABELS


# A feature script's narration, read by its author ("Autorin:", "Erzähler:", "NARRATOR:").
_NARRATOR_LABELS = frozenset(
    ("autor", "autorin", "erzähler", "erzählerin", "narrator", "narration", "erzählung")
)
# A broadcast package's voice-over, read by someone the transcript does not name
# ("SPRECHER:", "Off-Sprecherin:"). Some transcripts label the presenter so, who asks.
_VOICE_OVER_LABELS = frozenset(("sprecher", "sprecherin", "off-sprecher", "off-sprecherin"))


def voice_over_label(label: str) -> bool:
    """Whether a label may mark a package's voice-over ("SPRECHER:"): where it never asks,
    it is no one interviewed, and never the guest.

    Example:
        >>> voice_over_label("SPRECHER"), voice_over_label("Sprecherin"), voice_over_label("GAST")
        (True, True, False)
    """
    return label.strip().casefold() in _VOICE_OVER_LABELS


def narrator_label(label: str) -> bool:
    """Whether a label marks a feature script's narration ("Autorin:", "NARRATOR:"): the
    author tells the story between the clips, and is nobody the interview hears answer.

    Example:
        >>> narrator_label("Autorin"), narrator_label("NARRATOR"), narrator_label("Roth")
        (True, True, False)
    """
    return label.strip().casefold() in _NARRATOR_LABELS


def voice_label(label: str) -> bool:
    """Whether a label names a voice from the floor or the phone ("Zuhörerin:", "CALLER:",
    "Stimme aus dem Publikum:"), not a person of the interview.

    German joins the voice to what it says ("Publikumsfrage:", "Hörerfrage:").

    Example:
        >>> voice_label("Zuhörerin"), voice_label("Stimme aus dem Publikum"), voice_label("Roth")
        (True, True, False)
        >>> voice_label("Publikumsfrage (Eva Roth)"), voice_label("Fragestunde")
        (True, False)
        >>> voice_label("Eine Frau aus der ersten Reihe"), voice_label("Frau Roth")
        (True, False)
        >>> voice_label("Man at the back"), voice_label("Frau Im")
        (True, False)
        >>> voice_label("Question from the floor"), voice_label("Floor")
        (True, False)
        >>> voice_label("Member of the public"), voice_label("Members of the public")
        (True, False)
        >>> voice_label("Reader from Eastholm"), voice_label("Leserin aus Altdorf")
        (True, True)
        >>> voice_label("Ottilie aus Brenzfeld"), voice_label("Comment From Guest")
        (True, True)
        >>> voice_label("Bergmann aus Brenzfeld")  # a surname: a person's label, not a reader's
        False
        >>> voice_label("Leserin «Waldkauz»"), voice_label('Reader "owl_42"'), voice_label("Leser")
        (True, True, False)
    """
    words = re.findall(r"\w+", label.casefold())
    if _PLAYED_IN_WORD.search(label):
        return False  # "EINSPIELER – ANWOHNER": a clip played in, not a voice in the studio
    if _FROM_THE_FLOOR.search(label.casefold()):
        return True
    if _COMMENT_FROM.match(label):
        return True
    if (reader := _GIVEN_FROM.fullmatch(label)) and is_given_name(reader["given"]):
        return True
    if _PSEUDONYMOUS_READER.fullmatch(label):
        return True
    return _SOMEONE.match(label) is not None or any(
        word in _VOICE_LABELS or _VOICE_COMPOUND.fullmatch(word) is not None for word in words
    )


def handle_label(label: str) -> bool:
    """Whether a label is shaped like a chat handle ("leser_42", "anna.k"): a reader's.

    Example:
        >>> handle_label("leser_42"), handle_label("anna.k"), handle_label("Leser")
        (True, True, False)
        >>> handle_label("Leser_Nord"), handle_label("Eva Roth")
        (True, False)
    """
    return _HANDLE.fullmatch(label) is not None


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


def _bare_credit(text: str) -> str:
    """A credit line without the marks that set it off: emphasis, a leading dash, brackets,
    a closing full stop; a wider space before the pictures' credit becomes a full stop.

    Example:
        >>> _bare_credit("— (Interview: Eva Roth)."), _bare_credit("*Fragen: Eva Roth*")
        ('Interview: Eva Roth', 'Fragen: Eva Roth')
    """
    # Plain text keeps the stars of a credit set in italics or bold ("*Questions: NAME*").
    text = re.sub(r"^([*_]{1,2})(?=\S)(.+?)(?<=\S)\1$", r"\2", text.strip())
    # A sign-off under the text sets its byline off with a dash ("— Interview by NAME").
    text = re.sub(r"^[—–-]+\s*", "", text).rstrip(".")
    # ... or sets it in brackets: "(Interview: NAME)".
    text = re.sub(r"^\((.+)\)$", r"\1", text).rstrip(".")
    # "Interview: NAME  Fotos: NAME2": a wider space sets the pictures' credit apart, as a
    # full stop would.
    return re.sub(r"(?<=\w)\s{2,}(?=(?i:fotos?|photos?|photographs?|bilder)\s*:)", ". ", text)


def _note_on_someone(rest: str) -> bool:
    """Whether `rest`, what follows a credit's names, is one sentence about a person the
    text names ("Dr Ada Roe runs …"), not one that opens with two nouns ("Herzlichen Dank
    fürs …", a host's thanks after "Moderation: NAME").

    Example:
        >>> _note_on_someone(". Dr Ada Roe runs a farm near Leeds.")
        True
        >>> _note_on_someone(". Herzlichen Dank fürs Kommen.")
        False
    """
    match = _NOTE_AFTER_CREDIT.match(rest)
    return match is not None and is_person_name(match["who"])


def byline_mentions(text: str) -> list[Mention] | None:
    """The people of a byline paragraph, or None when `text` is not a byline ([] for a
    credit that names only the outlet's desk).

    Example:
        >>> byline_mentions("Questions by the editors."), byline_mentions("By the sea.")
        ([], None)
        >>> [m.name for m in byline_mentions("(Interview: Eva Roth)")]
        ['Eva Roth']
        >>> [m.name for m in byline_mentions("Interview by Eva Roth in Lisbon")]
        ['Eva Roth']
        >>> [m.name for m in byline_mentions("Interview conducted by e-mail by Eva Roth.")]
        ['Eva Roth']
        >>> [m.name for m in byline_mentions("*Questions: Eva Roth, Communications*")]
        ['Eva Roth']
        >>> [m.name for m in byline_mentions("Questions by Eva Roth, desk editor, Rod & Reel.")]
        ['Eva Roth']
    """
    text = _bare_credit(text)
    if len(text.split()) > 40:
        return None
    author = _AUTHOR_LINE.match(text) or _NEWSROOM_BYLINE.fullmatch(text)
    if author and is_person_name(author["name"]):
        return [Mention(author["name"], "interviewer", byline=True)]
    for pattern, role in ((_GUEST_BYLINE, None), (_INTERVIEWER_BYLINE, "interviewer")):
        match = pattern.match(text)
        if not match:
            continue
        # A guest line says it names people; "von"/"by" may introduce anything.
        mentions, end = _name_list(text, match.end(), strict=role is not None)
        if not mentions and role is not None:
            mentions, end = _byline_name(text, match.end())
        initials = _INITIALS_NAMED.fullmatch(text, match.end())
        if not mentions and role is not None and initials and is_person_name(initials["name"]):
            # "Interview: dk (NAME)": the writer's initials, the name in brackets.
            mentions, end = [Mention(initials["name"], role)], len(text)
        # "Text: Redaktion PAPER" (the desk and the outlet) names nobody, as "die Redaktion".
        if mentions and all(_names_a_desk(m.name) for m in mentions):
            return []
        # "By NAME, science editor": a short role in lower case, which `_name_list` leaves
        # (in running text a lowercase clause after a comma is no apposition), and the town
        # after the role ("As told by NAME, embalmer, Leeds"), which says where they work.
        rest = _without_role_tail(_ROLE_AND_PLACE.sub("", text[end:]))
        closed = not rest.strip(" .,;") or _BYLINE_TRAILER.match(rest) or _note_on_someone(rest)
        if mentions and closed:
            # "NAME (Text) und NAME2 (Fotos)": the photographer took pictures, not part in
            # the conversation.
            mentions = [m for m in mentions if not _pictures_by(m.name).search(text)] or mentions
            if role is None and len(mentions) == 1:
                role = "interviewee"
            return [Mention(m.name, role, m.affiliation, byline=True) for m in mentions]
    credit = _INTERVIEWER_BYLINE.match(text)
    if credit and _DESK.fullmatch(text[credit.end() :].strip(" .")):
        return []  # "Die Fragen stellte die Redaktion.": a credit that names nobody
    return _talk_credit(text) or _credit_among_parts(text)


# "NAME spoke to NAME2", "NAME sprach mit NAME2": a credit's verb of talking.
_TALK_CREDIT_VERB = re.compile(
    r"\s+(?:(?:spoke|talked|sprach|redete)\s+(?:to|with|mit)|(?P<perfect>hat|haben)\s+mit)\s+"
)
# The German perfect's participle closes the credit, perhaps after where the talk took place:
# "NAME hat mit NAME2 im Café Sperber gesprochen."
_TALKED_PARTICIPLE = re.compile(
    r"(?:\s+(?:in|im|am|an|auf|bei|beim)\s+[^.,;:]{1,60}?)?\s+(?:gesprochen|geredet)\s*\.?\s*$"
)


def _talk_credit(text: str) -> list[Mention] | None:
    """A paragraph that is nothing but the credit "NAME spoke to NAME2 (in Town)", as a
    paper sets it under an interview: NAME asks and NAME2 answers, whatever NAME2's given
    name (the verb says it is a person); None for any other paragraph.

    Example:
        >>> [(m.name, m.role) for m in _talk_credit("Eva Roth spoke to Tavita Lemalu in Apia")]
        [('Eva Roth', 'interviewer'), ('Tavita Lemalu', 'interviewee')]
        >>> _talk_credit("Eva Roth spoke to Tavita Lemalu about wool and the price of it")
        >>> [m.role for m in _talk_credit("Eva Roth hat mit Tavita Lemalu im Hafen gesprochen.")]
        ['interviewer', 'interviewee']
    """
    hosts, end = _name_list(text, 0)
    verb = _TALK_CREDIT_VERB.match(text, end)
    if not hosts or verb is None:
        return None
    guests, end = _name_list(text, verb.end(), strict=False)
    rest = text[end:]
    if verb["perfect"]:
        ended = _TALKED_PARTICIPLE.fullmatch(rest) is not None
    else:
        ended = not rest.strip(" .") or _BYLINE_TRAILER.match(rest) is not None
    if not guests or not ended:
        return None
    return [Mention(m.name, "interviewer", m.affiliation, byline=True) for m in hosts] + [
        Mention(m.name, "interviewee", m.affiliation, byline=True) for m in guests
    ]


def _names_a_desk(name: str) -> bool:
    """Whether a byline's "name" is the outlet's desk and the outlet, in either order.

    Example:
        >>> _names_a_desk("Redaktion Pausenblatt"), _names_a_desk("Harbour-Herald Staff")
        (True, True)
        >>> _names_a_desk("Ada Staffordshire")
        False
    """
    return any(p.fullmatch(name) for p in (_DESK_AND_OUTLET, _OUTLET_AND_DESK))


def _credit_among_parts(text: str) -> list[Mention] | None:
    """A credit that is the last of a line's parts ("COLUMN · Issue #211 · by NAME"): the
    parts before it name the column and the issue, not people.

    Example:
        >>> [m.name for m in _credit_among_parts("THE DESK · Issue #4 · by Eva Roth")]
        ['Eva Roth']
    """
    parts = re.split(r"\s+[|·•]\s+", text)
    last = parts[-1] if len(parts) > 1 else ""
    return byline_mentions(last) if re.match(r"(?i:by|von)\s", last) else None


def _pictures_by(name: str) -> re.Pattern[str]:
    """A byline's note that `name` made the pictures: "NAME (Fotos)", "NAME (photos)".

    Example:
        >>> bool(_pictures_by("Eva Roth").search("Von Tom Lenz (Text) und Eva Roth (Fotos)"))
        True
    """
    pictures = r"(?i:fotos?|bilder|photos?|photography|pictures|illustrations?|illustrationen)"
    return re.compile(rf"{re.escape(name)}\s*\({pictures}\)")


def _without_role_tail(rest: str) -> str:
    """What follows a byline's names less a short role in lower case (", energy editor");
    a phrase with function words is no role ("Host: NAME, thank you.").

    Example:
        >>> _without_role_tail(", science editor"), _without_role_tail(", thank you.")
        ('', ', thank you.')
        >>> _without_role_tail(", Gazette Staff")
        ''
    """
    if newsroom := _NEWSROOM_TAIL.match(rest):
        return rest[newsroom.end() :]  # ", Gazette Staff", ", Local Democracy Reporter"
    tail = _LOWER_ROLE_TAIL.match(rest)
    if tail is None or any(w.casefold() in ANY_STOPWORD for w in re.findall(r"[\w-]+", tail[0])):
        return rest
    return rest[tail.end() :]


def _byline_name(text: str, position: int) -> tuple[list[Mention], int]:
    """The one name a byline gives where its given name is not on the list ("By Callum
    Fraser"): a byline names a person, unless a word of it is a function word ("By The
    Numbers"). The caller checks that nothing but a trailer follows.

    Example:
        >>> [m.name for m in _byline_name("By Callum Fraser", 3)[0]], _byline_name("By The Sea", 3)
        (['Callum Fraser'], ([], 3))
    """
    name = NAME_RE.match(text, position)
    if name is None or any(w.casefold() in NOT_FIRST_NAMES for w in name.group(0).split()):
        return [], position
    return [Mention(name.group(0), None)], name.end()


def talks_about_talking(text: str) -> bool:
    """Whether a text mentions a conversation ("We spoke ...", "im Gespräch").

    Example:
        >>> talks_about_talking("Her deputy, Eva Roth, agreed to answer a few questions.")
        True
        >>> talks_about_talking("Eva Roth leads the plant.")
        False
        >>> talks_about_talking("We corresponded by email in August.")
        True
        >>> talks_about_talking("Danach hat er sich unseren Fragen gestellt.")
        True
    """
    return _TALK.search(text) is not None


def introduces_the_asking(text: str) -> bool:
    """Whether a paragraph introduces the questions to come as the outlet's to a person a
    pronoun stands for ("Wir haben ihn gefragt", "We asked her ...") or a column's expert
    answering the readers ("Diesmal beantwortet ROLE NAME Ihre Fragen", "Each month she
    answers your questions"): a lead, which no one answers by speaking it.

    Example:
        >>> introduces_the_asking("Sie leitet den Chor. Wir haben sie gefragt, warum.")
        False
        >>> introduces_the_asking("Er leitet den Chor. Wir haben ihn nach dem Plan gefragt.")
        True
        >>> introduces_the_asking("Hier beantwortet Gärtnerin Ada Roe Ihre Fragen.")
        True
        >>> introduces_the_asking("Wir haben lange gezögert.")
        False
    """
    return any(
        pattern.search(text) is not None for pattern in (_WE_ASKED, _PRONOUN_ANSWERS, _ANSWERS_YOUR)
    )


def headline_speaker(title: str) -> str | None:
    """Whom a headline quotes, as it names them: 'Rory Callaghan' in "Rory Callaghan: 'I was
    sacked ...'", 'Reuschel' in "Klinikchefin Reuschel: „Wir schließen …“".

    Example:
        >>> headline_speaker("Jazzpianistin Mareike Sand: „Ich habe zehn Jahre gebraucht“")
        'Mareike Sand'
        >>> headline_speaker('"Glass remembers every breath" — Ines Marlow')
        'Ines Marlow'
    """
    after = _HEADLINE_QUOTE_AFTER.fullmatch(title.strip())
    if after and re.fullmatch(
        rf"[{UPPER}][{LOWER}]+(?:[ -][{UPPER}][\w'’-]+){{1,2}}", after["who"]
    ):
        return after["who"]  # a given name and surname under the quote, as the page signs it
    match = _HEADLINE_QUOTE.match(title) or after
    if match is None:
        return None
    who = match["who"].strip()
    names = list(person_names(who))
    if names and who.endswith(names[-1]):
        return names[-1]
    last = who.split()[-1]
    return last if re.fullmatch(rf"[{UPPER}][\w'’-]+", last) else None


# A podcast page's field for its episode's description before the lead's first sentence:
# "Shownotes: …", "Episode notes: …", "Über diese Folge: …".
NOTES_FIELD = re.compile(
    r"^\W*(?i:show\s?notes|episode\s+(?:notes|description)|folgenbeschreibung"
    r"|(?:über|zu)\s+dieser?\s+folge|about\s+this\s+episode)\s*:\s+"
)


def lead_mentions(text: str) -> list[Mention]:
    """People a lead or teaser introduces as interviewees (or, for "NAME sprach mit ...",
    as the interviewer)."""
    mentions: list[Mention] = []
    if text.isupper() and len(text.split()) > 1:
        text = _as_printed(text)  # "THREE QUESTIONS FOR EVA ROTH": a heading in capitals
    # "NAME ’19 asked ...": an alumni magazine's class year stands between a name and
    # the words that give its role.
    text = without_class_years(text)
    # "Shownotes: NAME spricht mit NAME2, …": the field's name is no part of the sentence.
    text = NOTES_FIELD.sub("", text, count=1)
    sentences = [sentence.text for sentence in split_sentences(text)]
    for index, (previous, sentence) in enumerate(zip(["", *sentences], sentences, strict=False)):
        # A teaser may end in a byline sentence: "... Das Gespräch führte NAME."
        byline = byline_mentions(sentence)
        told = not _reporter_before(" ".join(sentences[:index]))
        mentions.extend(byline if byline is not None else _sentence_mentions(sentence, told=told))
        if _PUTS_QUESTIONS.search(previous) and (issue := _THIS_ISSUE.match(sentence)):
            guests = _name_list(sentence, issue.end())[0]
            mentions.extend(Mention(m.name, "interviewee", m.affiliation) for m in guests)
    mentions += _answered_from(text, mentions)
    mentions += _teller(text, mentions)
    mentions += _sent_to(text, mentions) + _sent_by_me(text, mentions)
    mentions += _asked_pronoun(text, mentions)
    mentions += _visitor(text, mentions)
    mentions += _newsroom_visit(text, mentions) + _asked_our_own(text, mentions)
    mentions += _examiner(text, mentions) + _our_reporter(text, mentions)
    return mentions + _talker(text, mentions)


def _our_reporter(text: str, mentions: list[Mention]) -> list[Mention]:
    """The outlet's own journalist a lead introduces by role ("Our reporter NAME is at the
    hall"): the interviewer, where the lead names no one who asks. Without it the one
    other person the text names (someone quoted in passing) was left to ask by elimination.

    Example:
        >>> lead = "The council meets tonight. Our reporter Nadia Orme is at the hall."
        >>> [(m.name, m.role) for m in lead_mentions(lead)]
        [('Nadia Orme', 'interviewer')]
        >>> lead_mentions("The council meets tonight. Reporter Nadia Orme is at the hall.")
        []
    """
    if any(m.role == "interviewer" for m in mentions):
        return []
    found = {m["name"] for m in _OUR_JOURNALIST.finditer(text)}
    return [Mention(found.pop(), "interviewer")] if len(found) == 1 else []


# "Under cross-examination by NAME, for the claimant, he ...", "examined by NAME": in a
# court report the counsel who examines asks the record's "Q." lines, not the reporter
# whose byline heads the report.
_EXAMINED_BY = re.compile(
    r"\b(?:[Cc]ross-)?(?:[Ee]xamination(?:-in-chief)?|[Ee]xamined|[Rr]e-examined)\s+by\s+"
    rf"(?P<counsel>{NAME})"
)


def _examiner(text: str, mentions: list[Mention]) -> list[Mention]:
    """The counsel a lead says examined a witness ("cross-examination by NAME"): the
    interviewer of the examination's record.

    Example:
        >>> lead = "Under cross-examination by Nadia Orme, for the council, he was asked why."
        >>> [(m.name, m.role) for m in lead_mentions(lead)]
        [('Nadia Orme', 'interviewer')]
    """
    counsel = examining_counsel(text)
    if counsel is None or any(m.name == counsel for m in mentions):
        return []
    return [Mention(counsel, "interviewer")]


def examining_counsel(text: str) -> str | None:
    """The counsel a text says examined a witness, if any.

    Example:
        >>> examining_counsel("He was cross-examined by Nadia Orme for two hours.")
        'Nadia Orme'
    """
    match = _EXAMINED_BY.search(text)
    return None if match is None else match["counsel"]


# "We asked our archivist what …", "Wir haben unsere Gärtnerin gefragt, …": the outlet's
# own colleague, called by their job, is the one person the lead named before.
_ASKED_OUR_OWN = re.compile(
    r"\b(?:We|we)\s+asked\s+our\s+[a-z][\w-]+\s+(?:about|what|why|how|whether|if)\b"
    r"|\b(?:Wir|wir)\s+haben\s+unsere[nmr]?\s+[A-ZÄÖÜ][\wäöüß-]+\s+gefragt\b"
)


def _asked_our_own(text: str, mentions: list[Mention]) -> list[Mention]:
    """The one person a lead names before "We asked our ROLE what …": the colleague
    the questions went to, the interviewee; nobody where it names none or several, or
    where the lead has an interviewee already.

    Example:
        >>> lead = "Each spring, Tamsin Hale counts the bats. We asked our ranger how she does it."
        >>> [(m.name, m.role) for m in lead_mentions(lead)]
        [('Tamsin Hale', 'interviewee')]
        >>> lead_mentions("The bats are back. We asked our ranger how she counts them.")
        []
    """
    match = _ASKED_OUR_OWN.search(text)
    if match is None or any(m.role == "interviewee" for m in mentions):
        return []
    before = text[: match.start()]
    # A given name the lists lack still names the colleague, set inside a sentence.
    named = set(person_names(before)) or {m[1] for m in _NAME_INSIDE.finditer(before)}
    return [Mention(named.pop(), "interviewee")] if len(named) == 1 else []


# Two capitalised words inside a sentence, the second a surname's shape: "…, Ada Byrne sets".
_NAME_INSIDE = re.compile(
    rf"(?<=[{LOWER},]\s)([{UPPER}][{LOWER}]+\s[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)\b"
)


# "Damals besuchte ihn unsere Redakteurin NAME", "Our reporter NAME met her": the outlet's
# journalist who came to talk asks the interview the text goes on to print (an obituary's
# or anniversary's excerpt of an earlier one), whoever signs the text around it.
_NEWSROOM_JOURNALIST = (
    r"(?:[Oo]ur|[Uu]nser\w*)\s+(?:[\w-]+\s+)?(?:reporter|correspondent|editor|writer"
    r"|Redakteur(?:in)?|Reporter(?:in)?|Korrespondent(?:in)?|Volontär(?:in)?)\s+"
)
# "Our reporter NAME", "unsere Korrespondentin NAME": the outlet's own journalist.
_OUR_JOURNALIST = re.compile(rf"{_NEWSROOM_JOURNALIST}(?P<name>{NAME})")
_NEWSROOM_VISIT = re.compile(
    r"\b(?:besuchte|traf|interviewte|befragte)\s+(?:ihn|sie)\s+"
    rf"{_NEWSROOM_JOURNALIST}(?P<german>{NAME})"
    rf"|{_NEWSROOM_JOURNALIST}(?P<english>{NAME})\s+(?:visited|met|interviewed)\s+(?:him|her)\b"
)


def _newsroom_visit(text: str, mentions: list[Mention]) -> list[Mention]:
    """The outlet's journalist who visited the one the lead is about ("besuchte ihn
    unsere Redakteurin NAME"): the interviewer, where no one asks yet.

    Example:
        >>> lead = "Vor zehn Jahren besuchte ihn unser Redakteur Till Born für eine Serie."
        >>> [(m.name, m.role) for m in lead_mentions(lead)]
        [('Till Born', 'interviewer')]
        >>> [m.name for m in lead_mentions("Our reporter Ada Byrne met her at the mill.")]
        ['Ada Byrne']
        >>> lead_mentions("Vor zehn Jahren besuchte ihn der Bürgermeister Till Born.")
        []
    """
    visitor = newsroom_visitor(text)
    if visitor is None or any(m.role == "interviewer" for m in mentions):
        return []
    return [Mention(visitor, "interviewer")]


def newsroom_visitor(text: str) -> str | None:
    """The outlet's journalist a text says visited the one it is about, if any.

    Example:
        >>> newsroom_visitor("Damals traf sie unsere Reporterin Ada Byrne im Hafen.")
        'Ada Byrne'
    """
    match = _NEWSROOM_VISIT.search(text)
    return None if match is None else match["german"] or match["english"]


# "She answered questions from our editor NAME", "Er beantwortete die Fragen von NAME":
# NAME asked, the pronoun's person answered.
_ANSWERED_FROM = re.compile(
    r"(?:^|[.!?]\s+)(?P<pronoun>She|He|Er)\s+(?:answered|answers|beantwortete|beantwortet)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:questions|Fragen)\s+(?:from|by|von)\s+"
    rf"(?:[{LOWER}][\w-]*\s+){{0,3}}(?=[{UPPER}])"
)


def _answered_from(text: str, mentions: list[Mention]) -> list[Mention]:
    """The people of "She answered questions from NAME": NAME asks (by a newsroom role or
    not, whatever the given name), and the one other person the lead names before the
    pronoun answers, where the pronoun fits.

    Example:
        >>> lead = "Ada Byrne, who sets puzzles, retires. She answered questions from our editor"
        >>> [(m.name, m.role) for m in lead_mentions(lead + " Tomi Okeke by e-mail.")]
        [('Tomi Okeke', 'interviewer'), ('Ada Byrne', 'interviewee')]
    """
    match = _ANSWERED_FROM.search(text)
    if match is None:
        return []
    asking = [
        Mention(m.name, "interviewer", m.affiliation)
        for m in _name_list(text, match.end(), strict=False)[0]
    ]
    return asking + _pronoun_for_one(text, match, [*mentions, *asking], asker=True)


def _teller(text: str, mentions: list[Mention]) -> list[Mention]:
    """The one the pronoun of "She told NAME how ..." stands for: where the lead names one
    person besides NAME (the listener, the interviewer), that person told it, the
    interviewee; nobody where it names none or several.

    Example:
        >>> lead = "Chef Ada Byrne was fired three times. She told Tom Lenz how she learnt."
        >>> [(m.name, m.role) for m in lead_mentions(lead)]
        [('Tom Lenz', 'interviewer'), ('Ada Byrne', 'interviewee')]
        >>> lead = "Chef Paul Byrne was fired three times. She told Tom Lenz how he did."
        >>> [(m.name, m.role) for m in lead_mentions(lead)]
        [('Tom Lenz', 'interviewer')]
    """
    return _pronoun_for_one(text, _TOLD_NAME.search(text), mentions, asker=True)


def _talker(text: str, mentions: list[Mention]) -> list[Mention]:
    """The one the pronoun of "She talks about ..." stands for: a standfirst goes on from the
    one person it names (besides whoever asks) with what they talk about in the interview;
    nobody where it names none or several, or a reporter first.

    Example:
        >>> lead = "Ada Byrne drew the letters. She talks about fog and the lowercase g."
        >>> [(m.name, m.role) for m in lead_mentions(lead)]
        [('Ada Byrne', 'interviewee')]
        >>> lead = "Paul Byrne drew the letters. She talks about fog."
        >>> lead_mentions(lead)
        []
        >>> lead = "Ada Byrne works nights. She'll be answering your questions from 7pm."
        >>> [(m.name, m.role) for m in lead_mentions(lead)]
        [('Ada Byrne', 'interviewee')]
        >>> [m.name for m in lead_mentions("Ada Byrne bakes. We asked her about rye.")]
        ['Ada Byrne']

    So does "we spoke" with nobody after it: the lead's one person was spoken with.

        >>> [m.name for m in lead_mentions("Ada Byrne bakes rye. We spoke at dawn.")]
        ['Ada Byrne']
        >>> lead_mentions("Ada Byrne and Tom Lenz bake rye. We spoke at dawn.")
        []
    """
    said = _PRONOUN_TALKS.search(text) or _PRONOUN_ANSWERS.search(text) or _WE_ASKED.search(text)
    said = said or _WE_SPOKE.search(text)
    return _pronoun_for_one(text, said, mentions, asker=False) or _column_expert(text, mentions)


# A reader column's lead that opens on its expert, perhaps after the expert's trade in
# lower case, with a verb after the name: "Head gardener NAME has tended ...".
_EXPERT_OPENING = (
    rf"(?:[{UPPER}][{LOWER}]+\s+(?:[{LOWER}]+\s+){{0,3}})?"
    rf"(?P<name>[{UPPER}][{LOWER}]+\s+[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)"
)
_EXPERT_FIRST = re.compile(_EXPERT_OPENING + r"\s+(?:has|is|was|hat|ist|war)\b")


# The same opening with the name's own verb of answering the readers: "Our kiln expert
# NAME answers your questions", "Unsere Expertin NAME beantwortet Ihre Fragen".
_EXPERT_ANSWERS = re.compile(
    _EXPERT_OPENING + r"\s+(?:answers|beantwortet)\s+(?:[\w'’-]+\s+){0,2}?(?:questions|Fragen)\b"
)


def _column_expert(text: str, mentions: list[Mention]) -> list[Mention]:
    """The expert of a reader column whose lead opens on them and then says the pronoun
    answers the readers' questions ("Head gardener NAME has tended the garden for years.
    Each month he answers readers' questions."), or says so of the name itself ("Our
    expert NAME answers your questions"): the one who answers, though the given name is
    on no list (so no gender bears the pronoun out), where the lead names nobody else and
    no one is an interviewee yet.

    Example:
        >>> [m.name for m in lead_mentions("Our expert Blodwin Vantreece answers your questions")]
        ['Blodwin Vantreece']
        >>> lead = "Head potter Odric Vantreece has fired kilns for years. Each month he "
        >>> lead += "answers readers' questions."
        >>> [(m.name, m.role) for m in lead_mentions(lead)]
        [('Odric Vantreece', 'interviewee')]
        >>> lead = "Odric Vantreece has fired kilns with Eva Roth. Each month he answers "
        >>> lead_mentions(lead + "your questions.")
        []
    """
    answers = _PRONOUN_ANSWERS.search(text)
    opening = _EXPERT_FIRST.match(text)
    # "Our gardening expert NAME answers your questions": the name's own verb answers.
    if direct := _EXPERT_ANSWERS.match(text):
        answers = opening = direct
    if answers is None or opening is None or any(m.role == "interviewee" for m in mentions):
        return []
    if any(m.name != opening["name"] for m in mentions) or set(person_names(text)) - {
        opening["name"]
    }:
        return []  # someone else named: the pronoun may be theirs
    return [Mention(opening["name"], "interviewee")]


def _sent_to(text: str, mentions: list[Mention]) -> list[Mention]:
    """The one the pronoun of "NAME sent him her questions" stands for: where the lead
    names one person besides the sender (who asks), the questions went to that person, the
    interviewee; nobody where it names none or several, or where the pronoun does not fit.

    Example:
        >>> lead = "Ada Byrne runs a mill. Tom Lenz sent her his questions by e-mail."
        >>> [(m.name, m.role) for m in lead_mentions(lead)]
        [('Tom Lenz', 'interviewer'), ('Ada Byrne', 'interviewee')]
        >>> lead = "Paul Byrne runs a mill. Tom Lenz sent her his questions by e-mail."
        >>> [(m.name, m.role) for m in lead_mentions(lead)]
        [('Tom Lenz', 'interviewer')]
        >>> lead = "Eva Roth mahlt Korn. Also hat Tom Lenz ihr seine Fragen per Mail geschickt."
        >>> [(m.name, m.role) for m in lead_mentions(lead)]
        [('Tom Lenz', 'interviewer'), ('Eva Roth', 'interviewee')]
    """
    sent = _SENT_TO_PRONOUN.search(text) or _SENT_TO_PRONOUN_PERFECT.search(text)
    return _pronoun_for_one(text, sent, mentions, asker=True)


# "So I sent NAME, who keeps bees above the town, some questions over e-mail": the writer
# sends, and the one named after the verb (past an apposition) answers.
_I_SENT_NAME = re.compile(
    rf"\b(?:I|[Ww]e)\s+(?:[{LOWER}]+\s+)?(?:sent|emailed|e-mailed|mailed)\s+(?P<name>{NAME})"
    rf"(?:,[^.;:?!]{{1,200}}?,)?\s+(?:[{LOWER}]+\s+){{0,3}}questions\b"
)


def _sent_by_me(text: str, mentions: list[Mention]) -> list[Mention]:
    """The one a lead's writer sent questions to by name ("I sent NAME, who ..., some
    questions"): the interviewee, where no lead sentence has named one.

    Example:
        >>> lead = "Tomas here. I sent Ottilie Varnholt, who brews cider, some questions."
        >>> [(m.name, m.role) for m in lead_mentions(lead)]
        [('Ottilie Varnholt', 'interviewee')]
        >>> _sent_by_me("Ottilie Varnholt sent Tomas Quill some questions.", [])
        []
    """
    if any(m.role == "interviewee" for m in mentions):
        return []
    found = {m["name"] for m in _I_SENT_NAME.finditer(text)}
    return [Mention(found.pop(), "interviewee")] if len(found) == 1 else []


# "... Science writer NAME asked her about the organism": a capitalised word (the asker's
# name, known to the name lists or not) before "asked", then the pronoun and what was asked;
# "asked her mother" has a possessive, so a word of what was asked must follow.
_ASKED_PRONOUN = re.compile(
    rf"[{UPPER}][\w'’-]+\s+asked\s+(?P<pronoun>her|him)\s+(?:about|what|why|how|whether|if)\b"
)


def _asked_pronoun(text: str, mentions: list[Mention]) -> list[Mention]:
    """The one the pronoun of "NAME asked her about ..." stands for: where the lead names
    one person before it besides the asker, the questions went to that person, the
    interviewee; nobody where it names none or several, or where the pronoun does not fit.
    The asker need not be a name the lists know: the sentence says someone asked.

    Example:
        >>> lead = "Ada Byrne runs a lab. Science writer Kobina Quell asked her about moths."
        >>> [(m.name, m.role) for m in lead_mentions(lead)]
        [('Ada Byrne', 'interviewee')]
        >>> lead = "Paul Byrne runs a lab. Science writer Kobina Quell asked her about moths."
        >>> lead_mentions(lead)
        []
    """
    asked = _ASKED_PRONOUN.search(text)
    asking = any(m.role == "interviewer" for m in mentions)
    return _pronoun_for_one(text, asked, mentions, asker=asking)


# "NAME visited him; the conversation was interpreted ...": the visitor came to talk, the
# pronoun's person was visited. The clause ends there ("visited her at the mill"), where
# "visited her mother" visits someone else. A trade paper's teaser visits the place
# ("NAME visited his forge in PLACE to find out ..."): a place the owner works or lives
# in, one word no kin noun, and the clause ends or goes on to where or what for.
_VISITED = re.compile(
    rf"(?P<visitor>{NAME})\s+visited\s+(?P<pronoun>him|her|his)\b"
    r"(?:(?<=his|her)\s+(?P<place>[a-z]+))?(?=\s*[;,.:]|\s+(?:at|in|on|near|to)\b)"
)


def _visitor(text: str, mentions: list[Mention]) -> list[Mention]:
    """The people of "NAME visited her": NAME, a name the lists know, asks, and the one
    other person the lead names before the pronoun answers, where the pronoun fits.

    Example:
        >>> lead = "Ada Byrne makes mats. Tom Lenz visited her; Eva Roth interpreted."
        >>> [(m.name, m.role) for m in lead_mentions(lead)]
        [('Tom Lenz', 'interviewer'), ('Ada Byrne', 'interviewee')]
        >>> [m.name for m in lead_mentions("Ada Byrne makes mats. Tom Lenz visited her mother.")]
        []
        >>> lead = "Piet Varga builds kilns. Tom Lenz visited his yard in Aldmoor to see one fired."
        >>> [(m.name, m.role) for m in lead_mentions(lead)]
        [('Tom Lenz', 'interviewer'), ('Piet Varga', 'interviewee')]
    """
    match = _VISITED.search(text)
    if match is None or any(m.role == "interviewer" for m in mentions):
        return []
    if match["place"] in KIN_NOUNS or (match["pronoun"] == "his" and not match["place"]):
        return []  # "visited his mother" visits someone else, nobody's place
    visitor = [name for name in person_names(match["visitor"]) if match["visitor"].endswith(name)]
    if not visitor:
        return []
    asking = Mention(visitor[-1], "interviewer")
    return [asking, *_pronoun_for_one(text, match, [*mentions, asking], asker=True)]


def _pronoun_for_one(
    text: str, match: re.Match[str] | None, mentions: list[Mention], *, asker: bool
) -> list[Mention]:
    """The interviewee a pronoun (`match["pronoun"]`) stands for: the one person the text
    names before it besides whoever asks, where the pronoun's gender fits; nobody where it
    names none or several, where a reporter came first (the pronoun may be theirs), where
    someone is an interviewee already, or, with `asker`, where nobody asks by name (the
    sentence needs its asker, "She told NAME", "NAME sent him ...").

    Example:
        >>> asks = [Mention("Tom Lenz", "interviewer")]
        >>> text = "Ada Byrne ran. She told Tom Lenz."
        >>> [m.name for m in _pronoun_for_one(text, _TOLD_NAME.search(text), asks, asker=True)]
        ['Ada Byrne']
    """
    if match is None or any(m.role == "interviewee" for m in mentions):
        return []
    listeners = {m.name for m in mentions if m.role == "interviewer"}
    # A reporter before the pronoun may be the one it stands for, unless the reporter is
    # the sentence's asker ("our reporter NAME sent him questions").
    reporter = not (asker and listeners) and _reporter_before(text[: match.start()])
    if (asker and not listeners) or reporter:
        return []
    others = {name for name in person_names(text[: match.start()]) if name not in listeners}
    # "She told ..." after the one man the lead names is someone else speaking.
    groups = match.groupdict()
    said = _PRONOUN_GENDER.get(groups.get("pronoun") or groups.get("object") or "")
    # "We spoke ..." has no pronoun for the one spoken with: any one person fits.
    fits = len(others) == 1 and (said is None or gender(next(iter(others))) in (None, said))
    if not others and (subject := _SUBJECT_FIRST.match(text)) and gender(subject[1]) == said:
        # A given name outside the name lists ("Morwenna Trevaskis turns sea glass ...")
        # is still a name where it opens the lead as its subject and the pronoun after it
        # has the gender that given name has: the two vouch for each other.
        return [Mention(subject[1], "interviewee")]
    return [Mention(others.pop(), "interviewee")] if fits else []


def _as_printed(text: str) -> str:
    """A line in capitals as running text would print it, so that what names people in a
    sentence names them there too: words capitalised as names are, function words after
    the first in lower case.

    Example:
        >>> _as_printed("THREE QUESTIONS FOR EVA VAN DAM"), _as_printed("DREI FRAGEN AN EVA ROTH")
        ('Three Questions for Eva van Dam', 'Drei Fragen an Eva Roth')
    """
    words = title_cased(text).split()
    return " ".join([words[0], *(w.lower() if w.lower() in ANY_STOPWORD else w for w in words[1:])])


def _reporter_before(text: str) -> bool:
    """Whether a lead introduces a journalist by their role before a pronoun ("Our reporter
    NAME visited the farm. He spoke with NAME2."): the pronoun may be the journalist's, so
    it says nothing of who was asked.

    Example:
        >>> _reporter_before("Our reporter Tom Lenz went there."), _reporter_before("Eva Roth.")
        (True, False)
    """
    return _NEWSROOM.search(text) is not None


def introduced_as_journalist(name: str, text: str) -> bool:
    """Whether `text` introduces `name` by a journalist's role ("our reporter NAME",
    "Redakteurin NAME"): the one who asked, not someone spoken with.

    Example:
        >>> introduced_as_journalist("Tom Lenz", "Our reporter Tom Lenz went.")
        True
        >>> introduced_as_journalist("Tom Lenz", "The farmer Tom Lenz went.")
        False
    """
    return re.search(_NEWSROOM_ROLE + re.escape(name) + r"(?![\w-])", text) is not None


# A reader column's expert: "Diesmal beantwortet ROLE NAME aus PLACE Ihre Fragen": a role
# noun may stand before the name, a place after it, and the readers' questions follow; the
# surname may open with its particle ("NAME van Dijkhuis"), and an apposition set off by commas
# may say who the expert is ("NAME, Inhaberin des Ladens am Markt, Ihre Fragen"): the
# readers' questions still close the clause, so the name is the one answering them.
# The English column's lead: "Each month NAME, who ..., answers your letters", "NAME
# answers readers' questions".
_ANSWERS_YOURS_EN = re.compile(
    rf"(?P<name>[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?\s+[{UPPER}][{LOWER}]+"
    rf"(?:-[{UPPER}][{LOWER}]+)?)(?:,\s+[^,.!?;:\n]{{3,160}},)?"
    r"\s+answers\s+(?:your|readers['’]?)\s+(?:\w+\s+)?(?:questions|letters|queries)\b"
)
_ANSWERS_YOUR = re.compile(
    rf"\bbeantwortet\s+(?:(?P<role>[{UPPER}][{LOWER}]+)\s+)?"
    rf"(?P<name>[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?\s+(?:{PARTICLE}\s+)?[{UPPER}][{LOWER}]+"
    rf"(?:-[{UPPER}][{LOWER}]+)?)(?:\s+(?:aus|von)\s+[{UPPER}][\w-]+)?"
    r"(?:,\s+[^,.!?;:\n]{3,120},)?"
    r"\s+(?:Ihre|Eure|eure|deine|Deine)\s+(?:\w+\s+)?Fragen\b"
)


def _answers_your_questions(sentence: str) -> list[Mention]:
    """The one a reader column's lead says answers the readers' questions, whatever the
    given name: "beantwortet NAME Ihre Fragen" says a person answers, and a role noun
    before the name is no part of it.

    Example:
        >>> text = "Diesmal beantwortet Imker Hauke Fenn-Ohlsen aus Husum Ihre Fragen."
        >>> [(m.name, m.role) for m in _answers_your_questions(text)]
        [('Hauke Fenn-Ohlsen', 'interviewee')]
        >>> _answers_your_questions("Heute beantwortet Die Redaktion Ihre Fragen.")
        []
        >>> text = "Heute beantwortet Anke ter Horst, Inhaberin der Mühle, Ihre Fragen."
        >>> [m.name for m in _answers_your_questions(text)]
        ['Anke ter Horst']
        >>> text = "Each month potter Ida Marsh, who fires her own kiln, answers your letters."
        >>> [m.name for m in _answers_your_questions(text)]
        ['Ida Marsh']
        >>> _answers_your_questions("Celebrant Gwen Ap Rhys answers your questions.")
        []
    """
    found = []
    for match in [*_ANSWERS_YOUR.finditer(sentence), *_ANSWERS_YOURS_EN.finditer(sentence)]:
        role, first = match.groupdict().get("role"), match["name"].split()[0]
        english = match.re is _ANSWERS_YOURS_EN
        if english and re.search(rf"[{UPPER}][\w'’-]*\s$", sentence[: match.start()]):
            continue  # the last words of a longer name ("NAME Ap Rhys-Talbot"), not all of it
        if role is not None and not ROLE_NOUN.search(role):
            continue  # "beantwortet Frau NAME ...": handled where titles are
        if first.casefold() in NOT_FIRST_NAMES or (role is None and ROLE_NOUN.search(first)):
            continue
        found.append(Mention(match["name"], "interviewee"))
    return found


def _sentence_mentions(sentence: str, *, told: bool = True) -> list[Mention]:
    """The people one lead sentence introduces; unless `told`, not by what a pronoun's
    person told or talked to ("She talked to NAME"), where the pronoun may be a reporter's.
    """
    found: list[Mention] = []

    def guests_at(position: int, *, surname: bool = False) -> list[Mention]:
        # "with founder Erik Lindqvist", "mit dem Gründer ...": role words before the name.
        role_words = _ROLE_WORDS.match(sentence, position)
        position = role_words.end() if role_words else position
        # "mit unserer Redakteurin NAME", "with our reporter NAME": the outlet's own asks.
        role: Role = "interviewer" if role_words and _OURS.match(role_words[0]) else "interviewee"
        named = [Mention(m.name, role, m.affiliation) for m in _ranked_names(sentence, position)]
        if surname and not named:
            named.extend(_lone_surname(sentence, position, role_words))
        return named

    found.extend(_opening_mentions(sentence))
    listened = {match.end() for match in _TOLD_NAME.finditer(sentence)} if told else set()
    if _TALK.search(sentence):
        for match in _WITH.finditer(sentence):
            if match.end() not in listened:
                found.extend(guests_at(match.end(), surname=True))
        if found:
            for match in _SPOKE_THEN_NAME.finditer(sentence):
                hosts = _name_list(sentence, match.end())[0]
                found.extend(Mention(m.name, "interviewer", m.affiliation) for m in hosts)
    found.extend(_senders(sentence))
    found.extend(_hosts(sentence))
    found.extend(_answers_your_questions(sentence))
    found.extend(_on_topics(sentence))
    for match in _NAME_THEN_VERB.finditer(sentence):
        if (
            match.start("name") not in listened  # "She talked to NAME about ..."
            and not _HOST_VERB.match(sentence, match.end("name"))
            and not _QUOTE_AFTER.match(sentence, match.end())
            and not _fronted(sentence, match.start("name"), match.end())
        ):
            found.extend(guests_at(match.start("name")))
    for match in _APPOSED_THEN_VERB.finditer(sentence):
        found.extend(guests_at(match.start("name")))
    for pattern in (_ASKED_BEFORE, _VERB_THEN_NAME, _ASKED_TO, _CALLED):
        for match in pattern.finditer(sentence):
            # "NAME erzählt NAME, wie ...": the verb has its subject, the name after it
            # listens; "„…“, sagt NAME" quotes someone a report cites, not the interviewee.
            before = sentence[: match.start()]
            subject = _SUBJECT_BEFORE.search(before)
            if subject and _fronted(sentence, subject.start(), match.end()):
                subject = None  # "Nach dem Rücktritt von NAME spricht NAME2 ..."
            if subject and _TIME_FIRST.match(subject[0]):
                subject = None  # "Jeden Samstag beantwortet NAME ...": a time, no subject
            if pattern is not _VERB_THEN_NAME or not (subject or _QUOTE_BEFORE.search(before)):
                found.extend(_verb_first_hosts(sentence, match) or guests_at(match.end()))
    for match in _ASKED_AFTER.finditer(sentence):
        found.extend(_asked_after(sentence, match, guests_at))
    found.extend(_listeners(sentence, told=told))
    # Two patterns may find one person ("NAME, ROLE, erläutert"): each is said once.
    return list(dict.fromkeys(found))


# A standfirst's verbless close, "ROLE NAME on TOPIC, TOPIC and TOPIC": the topics the one
# named talks about, listed. A caption's "NAME on the bridge in June" lists nothing.
_ON_TOPICS = re.compile(rf"(?P<name>{NAME})\s+on\s+[^,.;:!?]+,\s[^.!?]*\band\b")


def _on_topics(sentence: str) -> list[Mention]:
    """The one person a sentence opens with, their role before them at most, where it
    lists the topics they talk about after "on" (English for the German "NAME über ...").

    Example:
        >>> [m.name for m in _on_topics("Baker Ida Fernlow on rye, rent and early starts.")]
        ['Ida Fernlow']
        >>> _on_topics("Ida Fernlow on the pier in May, with her dog.")
        []
        >>> _on_topics("In the end the old mill of Ida Fernlow on rye, rent and more.")
        []
    """
    match = _ON_TOPICS.search(sentence)
    if match is None or len(sentence[: match.start("name")].split()) > 3:
        return []
    named = _name_list(sentence, match.start("name"))[0]
    return [Mention(named[0].name, "interviewee")] if len(named) == 1 else []


def _ranked_names(sentence: str, position: int) -> list[Mention]:
    """The names `_name_list` finds at `position`, or, where it finds none, after a rank or
    title cut short there ("questions to Capt. NAME"), which titles the name after it.

    Example:
        >>> [m.name for m in _ranked_names("I wrote to Sgt. Ola Brennick.", 11)]
        ['Ola Brennick']
        >>> [m.name for m in _ranked_names("I wrote to Dr. Ola Brennick.", 11)]
        ['Dr. Ola Brennick']
    """
    named = _name_list(sentence, position)[0]
    rank = None if named else _SHORT_RANK.match(sentence, position)
    return _name_list(sentence, rank.end())[0] if rank else named


def _hosts(sentence: str) -> list[Mention]:
    """Who a lead sentence credits as hosting: "Hosts NAME and NAME talk to ..." (a show's
    notes credit who asks, as a byline does; a co-host's remarks that ask nothing do not
    make her a guest), and "NAME hosts ..." / "NAME moderiert ..." (`_host_role`).

    Example:
        >>> [(m.name, m.role) for m in _hosts("Hosts Eva Roth and Tom Lenz talk to a baker.")]
        [('Eva Roth', 'interviewer'), ('Tom Lenz', 'interviewer')]
    """
    found: list[Mention] = []
    for match in _HOSTS_NAMED.finditer(sentence):
        hosts = _name_list(sentence, match.end())[0]
        found.extend(Mention(m.name, "interviewer", m.affiliation, byline=True) for m in hosts)
    for match in NAME_RE.finditer(sentence):
        if verb := _HOST_VERB.match(sentence, match.end()):
            role = _host_role(sentence, verb.end())
            found.extend(
                Mention(m.name, role, m.affiliation) for m in _name_list(sentence, match.start())[0]
            )
    return found


# The passive credit of a show's host, which show notes print under the episode.
_HOSTED_BY = re.compile(
    r"\b(?:is|are)\s+(?:hosted|presented)(?:\s+and\s+(?:produced|edited))?\s+by"
    r"|\bwird\s+(?:moderiert|präsentiert)(?:\s+und\s+produziert)?\s+von"
)


def hosted_by(text: str) -> list[Mention]:
    """The host a show's notes credit anywhere in the text, as a byline would: "Windward is
    hosted and produced by NAME." The notes stand after the episode, out of the lead.

    Example:
        >>> [(m.name, m.role) for m in hosted_by("Show notes: Kites. It is hosted by Eva Roth.")]
        [('Eva Roth', 'interviewer')]
    """
    if not _HOSTED_BY.search(text):
        return []
    return [m for m in _hosts(text) if m.role == "interviewer" and m.byline]


def _senders(sentence: str) -> list[Mention]:
    """Who sent the questions of a written interview, named inside a sentence after an
    opening clause ("After the frost, NAME sent the same three questions to ..."): the
    interviewer. (A name opening the sentence is `_opening_mentions`'.)

    Example:
        >>> [(m.name, m.role) for m in _senders("In May, Eva Roth sent two questions to us.")]
        [('Eva Roth', 'interviewer')]
    """
    return [
        Mention(m.name, "interviewer")
        for match in NAME_RE.finditer(sentence)
        if match.start() and _SENT_QUESTIONS.match(sentence, match.end())
        for m in _name_list(sentence, match.start())[0]
    ]


def _listeners(sentence: str, *, told: bool) -> list[Mention]:
    """The interviewers a sentence names as the ones talked or told to: "She told NAME
    how ...", "He spoke with NAME" (unless `told` is False: a reporter came before the
    pronoun), "Mit ihr sprach NAME".

    Example:
        >>> [m.name for m in _listeners("Mit ihr sprach Redakteur Tom Lenz.", told=True)]
        ['Tom Lenz']
        >>> _listeners("He spoke with Tom Lenz.", told=False)
        []
    """
    # After "Mit ihr sprachen" only the ones who spoke can follow: people, whatever their
    # given names ("Mit beiden sprachen NAME und NAME").
    found = [
        *((match, True) for match in (_TOLD_NAME.finditer(sentence) if told else ())),
        *((match, False) for match in _TALKED_WITH_THEM.finditer(sentence)),
    ]
    return [
        Mention(m.name, "interviewer", m.affiliation)
        for match, strict in found
        for m in _name_list(sentence, match.end(), strict=strict)[0]
    ]


# German sets the verb before its subject: "In dieser Folge spricht NAME mit NAME2 ...".
_TALKS_FIRST = re.compile(r"\b(?:spricht|sprach|sprechen|sprachen|unterhält|unterhielt)\s+$")


def _verb_first_hosts(sentence: str, verb: re.Match[str]) -> list[Mention]:
    """The people of "spricht NAME mit NAME2": a German sentence that puts its verb first
    makes the name after it the subject, the one who talks with the guest (the host), as
    "NAME sprach mit NAME2" does; [] where the sentence is not of that shape.

    Example:
        >>> [(m.name, m.role) for m in _verb_first_hosts(
        ...     "Heute spricht Eva Roth mit Tom Lenz.", _VERB_THEN_NAME.search(
        ...     "Heute spricht Eva Roth mit Tom Lenz."))]
        [('Eva Roth', 'interviewer'), ('Tom Lenz', 'interviewee')]
    """
    if not _TALKS_FIRST.search(sentence[: verb.end()]):
        return []
    hosts, end = _name_list(sentence, verb.end())
    after = re.match(r"\s+mit\s+", sentence[end:])
    if not hosts or after is None:
        return []
    guests = _name_list(sentence, end + after.end())[0]
    if not guests:
        role_words = _ROLE_WORDS.match(sentence, end + after.end())
        guests = _name_list(sentence, role_words.end())[0] if role_words else []
    return [Mention(m.name, "interviewer", m.affiliation) for m in hosts] + [
        Mention(m.name, "interviewee", m.affiliation) for m in guests
    ]


def _opening_mentions(sentence: str) -> list[Mention]:
    """The people a sentence opens with, where it says what they are to the interview:
    "NAME sprach mit ..." (NAME asks; or answers, where it was the outlet spoken with),
    "NAME, ROLE, setzt auf ...", "NAME im Gespräch" (NAME answers).

    Example:
        >>> [(m.name, m.role) for m in _opening_mentions("Eva Roth spoke with the Herald.")]
        [('Eva Roth', 'interviewee')]
    """
    opening, end = _name_list(sentence, 0)
    if not opening:
        return []
    rest = sentence[end:]
    if _SENT_QUESTIONS.match(rest):
        return [Mention(m.name, "interviewer", m.affiliation) for m in opening]
    if verb := _HOST_VERB.match(rest):
        return [Mention(m.name, _host_role(rest, verb.end()), m.affiliation) for m in opening]
    if re.match(
        rf"\s*,?\s*(?:im\s+Interview|im\s+Gespräch|in\s+an\s+interview|{_SPEECH_VERB})\b", rest
    ) or ("," in sentence[:end] and re.match(rf",\s+[{LOWER}]", rest)):
        # "NAME, ROLE, setzt auf ...": a sentence that opens by introducing someone
        return [Mention(m.name, "interviewee", m.affiliation) for m in opening]
    return []


def _host_role(sentence: str, position: int) -> Role | None:
    """The role of whoever "spoke with" what comes at `position`: the interviewer, unless
    that is "the" and one capitalised word, which English writes for a publication or an
    institution ("NAME spoke with the Herald"), an organisation in capitals or "us": then
    NAME gave the interview. Words in lower case ("the club paper", "residents") leave it
    open: a reporter speaks with residents as a guest speaks with a paper.

    Example:
        >>> text = "Chief Ada Roe spoke with the Herald."
        >>> _host_role(text, text.index("the")), _host_role(text, text.index("Herald"))
        ('interviewee', 'interviewer')
        >>> _host_role("Ada Roe spoke with the Mayor.", 20)
        'interviewer'
        >>> text = "Ada Roe sat down with BFC Media."
        >>> _host_role(text, text.index("BFC"))
        'interviewee'
        >>> _host_role("Ada Roe talked to the club paper.", 18) is None
        True
        >>> _host_role("Ada Roe talked to us.", 18), _host_role("Ada Roe talked to Tom Lenz.", 18)
        ('interviewee', 'interviewer')
    """
    outlet = _TO_OUTLET.match(sentence, position) or _ACRONYM.match(sentence, position)
    if outlet or _TO_US.match(sentence, position):
        return "interviewee"
    return None if _NOBODY_NAMED.match(sentence, position) else "interviewer"


def _lone_surname(sentence: str, position: int, role_words: re.Match[str] | None) -> list[Mention]:
    """A surname alone after "with"/"mit" ("We spoke with Raghunathan"), as an interviewee
    to be matched to a full name; none after an article alone ("spoke with the Courier").

    Example:
        >>> text = "We spoke with the Courier."
        >>> _lone_surname(text, 18, _ROLE_WORDS.match(text, 14))
        []
    """
    if role_words is not None and _ONLY_ARTICLE.fullmatch(role_words[0]):
        return []
    lone = _LONE_SURNAME.match(sentence, position)
    if lone and lone["name"].casefold() not in NOT_FIRST_NAMES:
        return [Mention(lone["name"], "interviewee", surname=True)]
    return []


# Up to two words, then a name: the subject after a German verb ("spricht Stadtrat NAME").
_NAME_AFTER_VERB = re.compile(rf"\s+(?:[{UPPER}][\w-]*\s+){{0,2}}?{NAME}")


def _fronted(sentence: str, name_start: int, verb_end: int) -> bool:
    """Whether a name before a German speech verb belongs to a phrase put first ("Nach dem
    Rücktritt von NAME spricht NAME2 über ..."): German sets the verb second, so where a
    phrase with words in lower case comes first and a name follows the verb, that name is
    the verb's subject, not the one before it.

    Example:
        >>> text = "Nach dem Rücktritt von Karl Böhm spricht Ina Vogt über den Etat."
        >>> _fronted(text, text.index("Karl"), text.index(" Ina"))
        True
        >>> text = "Karl Böhm erzählt Ina Vogt, wie es war."
        >>> _fronted(text, 0, text.index(" Ina"))
        False
    """
    verb = re.search(rf"{_GERMAN_SPEECH_VERB}$", sentence[:verb_end].rstrip())
    lower = re.search(rf"(?:^|\s)[{LOWER}]", sentence[:name_start])
    after = _NAME_AFTER_VERB.match(sentence[verb_end:])
    return bool(verb and lower and after)


def _asked_after(
    sentence: str, match: re.Match[str], guests_at: Callable[..., list[Mention]]
) -> list[Mention]:
    """The people of "hat NAME befragt", and of "hat NAME mit NAME gesprochen", where the
    one before "mit" is the subject, who spoke (the interviewer), and the one after it
    the one spoken with.

    Example:
        >>> sorted((m.name, m.role) for m in lead_mentions(
        ...     "Am Montag hat Tom Lenz mit der Ärztin Eva Roth gesprochen."))
        [('Eva Roth', 'interviewee'), ('Tom Lenz', 'interviewer')]
    """
    start = match.start("names")
    split = re.search(r"\s(?:mit|with)\s", match["names"])
    hosts, end = _name_list(sentence, start) if split else ([], start)
    # The subject's name ends where "mit" begins: no name found after it counts.
    if not split or not hosts or end > start + split.start():
        return guests_at(start, surname=True)
    spoken = [Mention(m.name, "interviewer", m.affiliation) for m in hosts]
    return spoken + guests_at(start + split.end(), surname=True)


def _name_list(text: str, position: int, *, strict: bool = True) -> tuple[list[Mention], int]:
    """People named from `position` on ("A, ROLE, und B, ROLE"), and where the list ends.
    Up to two words before a name are its role ("die Intendantin Ulrike Steinhövel");
    unless not `strict`, a name must look like a person's (given name or title)."""
    mentions: list[Mention] = []
    while True:
        while position < len(text) and text[position].isspace():
            position += 1
        match = _person_at(text, position, strict=strict)
        if not match:
            return mentions, position
        apposition, position = _apposition(text, match.end())
        mentions.append(Mention(match.group(0), None, affiliation_of(apposition)))
        connector = _CONNECTOR.match(text, position)
        if not connector:
            return mentions, position
        position = connector.end()


# A time put first in a German sentence ("Jeden Samstag", "Jede Woche", "Diesen Monat"):
# capitalised words before the verb that are no one's name.
_TIME_FIRST = re.compile(r"(?:Jede[nrs]?|Diese[nrs]?|Alle|Einmal\s+im)\s")
# A show's hosts named before their names: "Hosts NAME and NAME", "Co-host NAME",
# "Gastgeberinnen NAME und NAME".
_HOSTS_NAMED = re.compile(
    r"(?:(?<![\w-])(?:[Hh]osts?|[Cc]o-?hosts?|Gastgeber(?:in|innen)?|Moderatoren|Moderatorinnen)"
    # A show's notes credit its host: "The show is hosted and produced by NAME".
    rf"|{_HOSTED_BY.pattern})"
    rf"\s+(?=[{UPPER}])"
)
# Nouns a lead's verb takes after the name ("beantwortet NAME Fragen", "gibt NAME
# Auskunft"), never a part of it.
_OBJECT_NOUNS = frozenset(
    ("Fragen", "Leserfragen", "Antworten", "Auskunft", "Rede", "Tipps", "Ratschläge", "Rat")
)


def _person_at(text: str, position: int, *, strict: bool) -> re.Match[str] | None:
    """The name at `position`, perhaps after up to two words of a role ("Bürgermeister
    Uwe Kahl"); unless `strict`, capitalised words that are no person's name by the list
    ("Callum Fraser"), where no person's name comes after them.

    Example:
        >>> _person_at("mit Bürgermeister Uwe Kahl", 4, strict=False)[0]
        'Uwe Kahl'
        >>> _person_at("with Callum Fraser", 5, strict=False)[0]
        'Callum Fraser'
        >>> _person_at("with Senator Adaeze Holloway-Burke", 5, strict=False)[0]
        'Adaeze Holloway-Burke'
    """
    loose = None
    for _ in range(3):
        match = NAME_RE.match(text, position)
        if match is None:
            break
        # "beantwortet NAME Fragen unserer Leser": German capitalises the object after the
        # name, which the name pattern runs into; the name is the words before it. So is
        # the polite "Ihre" before it ("beantwortet NAME Ihre Fragen"): no name ends in a
        # function word.
        words = match[0].split()
        if len(words) >= 3 and (
            words[-1] in _OBJECT_NOUNS or words[-1].casefold() in NOT_FIRST_NAMES
        ):
            match = NAME_RE.match(text, position, match.end() - len(words[-1]) - 1) or match
        if is_person_name(match.group(0)):
            # "Dr. Eva Roth von der Hochschule": the place after the name is not part of it.
            short = without_place(match.group(0))
            return NAME_RE.match(text, match.start(), match.start() + len(short)) or match
        first, *rest = match[0].split()
        # "Senator Adaeze Holloway-Burke": an office before two words that still make a
        # name is the office, not a given name the list lacks; the name starts after it.
        office = ROLE_NOUN.search(first) is not None and len(rest) > 1
        if not strict and loose is None and first.casefold() not in NOT_FIRST_NAMES and not office:
            loose = match
        # Try again from the next word; a line's last word has none after it ("Zur Person").
        position = text.find(" ", position) + 1
        if position == 0:
            break
    return loose


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
