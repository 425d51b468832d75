"""Text to paragraphs: plain text with one paragraph per line or hard-wrapped at a margin,
or Markdown (headings, block quotes and emphasis noted, inline markup stripped).

Example:
    >>> [p.text for p in split_paragraphs("# Titel\\n\\n**Frage:** Wie?", markdown=True)]
    ['Titel', 'Frage: Wie?']
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from assistant.ingest.furniture import AD_MARKER, is_box_heading
from assistant.ingest.labels import alternating, label_shaped, starts_turn
from assistant.ingest.names import is_person_name
from assistant.ingest.speakers import role_side, voice_label
from assistant.ingest.wording import TERMINAL

_INLINE_MARKDOWN = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"!\[[^\]]*\]\([^)]*\)", ""),
        (r"\[([^\]]+)\]\([^)]*\)", r"\1"),
        (r"(\*\*|__)(?!\s)(.+?)(?<!\s)\1", r"\2"),
        (r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\1"),
        (r"(?<![\w_])_(?!\s)(.+?)(?<!\s)_(?![\w_])", r"\1"),
        (r"`([^`]+)`", r"\1"),
        (r"</?[a-zA-Z][^>]*>|<!--.*?-->", ""),
        (r"\\([\\`*_{}\[\]()#+\-.!>])", r"\1"),
    )
)
_HYPHENATED = re.compile(r"\w-$")
_SUSPENDED = re.compile(r"(?:und|oder|bis|sowie|and|or|to)\b")
_MARKDOWN_STRUCTURE = re.compile(r"#{1,6}\s|>|[-*+]\s|\d+[.)]\s")
_RULE = re.compile(r"(?:-{3,}|\*{3,}|_{3,}|={3,})")
_LIST_ITEM = re.compile(r"(?:[-*+•]|\d+[.)])\s")
_SIGNATURE_RULE = re.compile(r"_{5,}")
# A label set in emphasis at a paragraph's start, colon inside or after the markers
# ("**Eva Roth:** Ja.", "*Frage*: Wie?"), as plain text pasted from a web page keeps it.
_STRESSED_LABEL = re.compile(r"(\*\*|__|\*|_)(?!\s)(?P<label>[^*_:\n]{1,60}?)(?<!\s)(?::\1|\1:)\s+")


# A name set in bold at a paragraph's start with no colon, the turn's words after it:
# "**Roth** Ja, sicher." (a magazine's layout, pasted from its web page).
# The words start on the same line, with a letter or a quotation mark: "**NAME** (00:08)"
# over the turn is a label on a line of its own, read elsewhere.
_BOLD_LEAD = re.compile(
    r"(\*\*|__)(?!\s)(?P<label>[^*_:.!?\n]{1,40}?)(?<!\s)\1[ \t]+"
    r"(?P<rest>(?:[^\W\d_]|[„“\x22»«‚‹'‘]).*)$",
    re.S,
)


@dataclass(frozen=True)
class Paragraph:
    text: str
    heading: bool = False  # a Markdown '#' heading
    blockquote: bool = False  # a Markdown '>' quotation
    emphasized: bool = False  # wholly bold, which is how many sites set questions
    italic: bool = False  # wholly italic: captions, teasers and notes more often than questions
    furniture: bool = False  # under a box heading ("Mehr zum Thema"): a link, a pitch
    box_title: bool = False  # a bold line over text in the same block ("**Steckbrief**")
    advert: bool = False  # an advertisement's copy under its marker: names nobody of the article
    level: int = 0  # a Markdown heading's level: 1 for "#", 3 for "###"; 0 for no heading


def split_paragraphs(body: str, *, markdown: bool) -> list[Paragraph]:
    """Paragraphs in reading order. In plain text one line is one paragraph unless the
    text is hard-wrapped (lines filled to a margin), then blank lines separate them."""
    width = _wrap_width(body) if not markdown else 0
    paragraphs: list[Paragraph] = []
    boxed = False  # the block before was a box heading alone: a list after it is its links
    chunks = re.split(r"\n\s*\n", body)
    # A speaker's label on a line of its own recurs ("**Roth**" over each answer); a box's
    # title does not.
    firsts = Counter(chunk.strip().split("\n")[0].strip() for chunk in chunks)
    chunks = _bold_leads_as_labels(chunks)
    for chunk in chunks:
        lines = [line.strip() for line in chunk.split("\n") if line.strip()]
        if lines and is_box_heading(strip_markdown(lines[0])):
            # The box heading and the lines under it are furniture (a link each); where no
            # blank line ends the box, the first line that is no link does.
            box = 1 + next((i for i, line in enumerate(lines[1:]) if not _link(line)), len(lines))
            paragraphs.extend(Paragraph(strip_markdown(x), furniture=True) for x in lines[:box])
            boxed, lines = len(lines) == 1, lines[box:]
            if not lines:
                continue
        if len(lines) > 1 and AD_MARKER.fullmatch(strip_markdown(lines[0])):
            # An advertisement's marker with its copy on the lines under it, no blank line
            # between ("ANZEIGE" over "Jetzt … mieten"): the whole block is the ad. A marker
            # alone in its block marks nothing: what follows a blank line is the article's.
            paragraphs.extend(
                Paragraph(strip_markdown(x), furniture=True, advert=True) for x in lines
            )
            continue
        if len(lines) > 1 and _SIGNATURE_RULE.fullmatch(lines[0]):
            # A forum's rule of underscores over the poster's signature on the lines under
            # it, no blank line between ("_____" over "Club X – Warden"): furniture, as the
            # board prints it under each of their posts.
            paragraphs.extend(Paragraph(strip_markdown(x), furniture=True) for x in lines)
            continue
        if boxed and lines and all(_LIST_ITEM.match(line) for line in lines):
            paragraphs.extend(Paragraph(strip_markdown(line), furniture=True) for line in lines)
            continue
        boxed = False
        if markdown and len(lines) > 1 and firsts[lines[0]] == 1 and _bold_title(lines[0]):
            paragraphs.append(Paragraph(strip_markdown(lines[0]), emphasized=True, box_title=True))
            lines = lines[1:]
        paragraphs.extend(_paragraph(group, markdown) for group in _groups(lines, markdown, width))
    return [p for p in paragraphs if p.text]


def _bold_leads_as_labels(chunks: list[str]) -> list[str]:
    """Blocks opening with a bold name and no colon ("**Roth** Ja.") given the colon a
    label has ("Roth: Ja."), where two such names take turns (`alternating`): a dialogue.
    A bold word opening a paragraph now and then ("**Wichtig** ist ...") takes no turns.

    Example:
        >>> chunks = ["**Lenz** Why?", "**Roth** Rain.", "**Lenz** And?", "**Roth** Snow."]
        >>> _bold_leads_as_labels(chunks)[:2]
        ['Lenz: Why?', 'Roth: Rain.']
        >>> _bold_leads_as_labels(["**Achtung** Glatteis.", "Ja."])
        ['**Achtung** Glatteis.', 'Ja.']
    """
    leads = [_BOLD_LEAD.match(chunk.strip()) for chunk in chunks]
    shaped = [m["label"] for m in leads if m and label_shaped(m["label"])]
    speakers = alternating(shaped)
    return [
        f"{m['label']}: {m['rest']}" if m and m["label"] in speakers else chunk
        for m, chunk in zip(leads, chunks, strict=True)
    ]


def _bold_title(line: str) -> bool:
    """Whether a block's first line is the bold title of what the lines under it say
    ("**Steckbrief**", "**Technische Daten: X-5**" over a box): short, wholly bold, with no
    sentence's punctuation at its end (a question set in bold asks or ends a sentence) and
    not shaped like a speaker's label.

    Example:
        >>> _bold_title("**Zahlen und Fakten: Werk 2**"), _bold_title("**Wie geht es weiter?**")
        (True, False)
    """
    match = re.fullmatch(r"(\*\*|__)(?!\s)(?P<inner>[^*_]+?)(?<!\s)\1", line)
    if match is None or len(match["inner"].split()) > 8:
        return False
    inner = match["inner"]
    # "**Frage: Ihre Pläne**", "**Eva Roth: Ja**": a speaker's label with its words.
    head = inner.split(":")[0].strip()
    speaker = bool(role_side(head)) or is_person_name(head) or voice_label(head)
    return inner[-1] not in TERMINAL and not speaker


def _link(line: str) -> bool:
    """A line a box of links is made of: a headline, short, not a speaker's turn."""
    return len(line.split()) <= 30 and not starts_turn(strip_markdown(line))


def _groups(lines: list[str], markdown: bool, width: int) -> list[list[str]]:
    """The lines of one blank-line block, grouped into paragraphs."""
    groups: list[list[str]] = []
    for line in lines:
        if markdown and _RULE.fullmatch(line):
            groups.append([])
            continue
        if groups and groups[-1] and _continues(groups[-1][-1], line, markdown, width):
            groups[-1].append(line)
        else:
            groups.append([line])
    return [group for group in groups if group]


# A line's last word that cannot end a phrase: an article, a preposition, a conjunction;
# in any case, as a headline in Title Case capitalises them ("An Alumna Drills Into").
_DANGLING = re.compile(
    r"\s(?i:der|die|das|den|dem|des|ein|eine|einen|einem|einer|über|unter|für|mit|von|vom"
    r"|zum|zur|im|am|und|oder|the|a|an|of|for|with|over|and|or|to|into|onto|from|about"
    r"|at|on|in|by|without|between|against)$"
)
# A line's last word that is a verb of being or becoming ("Aus Holz werden", "Why cities
# are"): over a word or two on the next line ("Schuhe"), a headline broken mid-sentence.
_LINKING_VERB = re.compile(r"\s(?i:werden|wird|sind|ist|bleiben|bleibt|become|becomes|are|is)$")
# The widest margin a hard-wrapped text is taken to be wrapped at, and the narrowest.
_MAX_WIDTH = 100
_MIN_COLUMN = 30
# A gap of several spaces inside a line: a running head's parts, a page number set apart.
_FOLIO_GAP = re.compile(r"\S {4,}\S")


def _wrap_width(body: str) -> int:
    """The margin a hard-wrapped plain text was wrapped at, or 0 if it is not wrapped: most
    lines that another line follows (within a paragraph) reach near the margin and stop
    mid-sentence."""
    lines = [line.rstrip() for line in body.split("\n")]
    # A running head set apart by a wide gap ("34      MAGAZINE 2/2026") and a line or two
    # left unwrapped (a box pasted whole) are not filled to the margin: the margin is the
    # other lines'.
    unwrapped = [line for line in lines if len(line) > _MAX_WIDTH]
    if len(unwrapped) <= max(2, len(lines) // 50):
        lines = [
            "" if len(line) > _MAX_WIDTH or _FOLIO_GAP.search(line) else line for line in lines
        ]
    width = max((len(line) for line in lines), default=0)
    # A speaker's label in capitals on a line of its own over the words ("NAME" over the
    # answer, in a PDF's copy) is set short on purpose: no line of the wrapped text.
    inner = [
        (line, after)
        for line, after in pairwise(lines)
        if line.strip() and after.strip() and not _capitals_line(line)
    ]
    # A magazine's narrow column copied from its PDF (30 to 40 characters) is wrapped too,
    # where words broken at the line's end say so: lines a text with a line per paragraph
    # (a list, a chat) may have as short, but it breaks no word in two.
    broken = sum(bool(_HYPHENATED.search(line)) and after[:1].islower() for line, after in inner)
    if broken >= 3:
        # Words broken at the lines' ends say the text is wrapped: its margin is that of
        # the lines another follows, not of a line alone (a caption set whole, unwrapped).
        width = max(len(line) for line, _ in inner)
    if not (40 <= width <= _MAX_WIDTH or (_MIN_COLUMN <= width < 40 and broken >= 3)):
        return 0
    # A line that stops at a comma, or at a full stop where the next line goes on in lower
    # case, is filled too: one sentence over two lines, as no text with a line per
    # paragraph has.
    filled = [
        line
        for line, after in inner
        if len(line) >= 0.6 * width
        and (line[-1] not in TERMINAL or line[-1] == "," or after.lstrip()[:1].islower())
    ]
    return width if len(filled) >= 3 and len(filled) >= 0.7 * len(inner) else 0


def _capitals_line(line: str) -> bool:
    """Whether a line is a label in capitals alone: up to three words, no stop after them.

    Example:
        >>> _capitals_line("EVA ROTH"), _capitals_line("ROTH."), _capitals_line("Eva Roth")
        (True, False, False)
    """
    words = line.split()
    return line.isupper() and 0 < len(words) <= 3 and line.strip()[-1:] not in TERMINAL


def _continues(previous: str, line: str, markdown: bool, width: int) -> bool:
    """Whether `line` continues the paragraph that `previous` ends."""
    if markdown:
        if starts_turn(strip_markdown(line)):
            return False
        if previous.startswith("#") or _MARKDOWN_STRUCTURE.match(line):
            return previous.startswith(">") and line.startswith(">")
        return True
    # A quoted headline alone on its line ends its paragraph, however long it is.
    if width == 0 or starts_turn(line) or _whole_quotation_over(previous, line):
        return False
    # A short line that stops on an article, a preposition or a conjunction is broken
    # mid-phrase, as a headline set over two lines is ("Rotoren über den" / "Wipfeln?");
    # so is one that opens a quotation the next line closes ("„Im Watt hört man" / "die
    # Stille“").
    return (
        len(previous) >= 0.6 * width
        or _DANGLING.search(previous) is not None
        or _quote_closed_below(previous, line)
        or _phrase_runs_on(previous, line)
        or _complement_below(previous, line)
    )


def _complement_below(previous: str, line: str) -> bool:
    """Whether a short line that stops on a verb of being or becoming is followed by a word
    or two that complete it, in neither capitals nor with a stop after them: a headline
    broken over two lines ("Aus Holz werden" / "Schuhe"), where a subheading says more.

    Example:
        >>> _complement_below("Aus alten Segeln werden", "Taschen")
        True
        >>> _complement_below("Aus alten Segeln werden", "Eine Näherin erzählt, wie es geht")
        False
        >>> _complement_below("Wie Segel zu Taschen werden", "INTERVIEW")
        False
    """
    words = line.split()
    short = len(previous.split()) <= 6 and 1 <= len(words) <= 2 and not line.isupper()
    open_end = line.rstrip()[-1:].isalpha() and words[0][:1].isalpha()
    return short and open_end and _LINKING_VERB.search(previous) is not None


def _phrase_runs_on(previous: str, line: str) -> bool:
    """Whether a line that stops on a word in lower case, with no punctuation, is followed
    in its block by a line that goes on in lower case: one phrase over two lines, as a
    headline broken short of the margin is ("… what moths" / "teach us about light").

    Example:
        >>> _phrase_runs_on("Smarter than it seems: what moths", "teach us about light")
        True
        >>> _phrase_runs_on("Smarter than it seems:", "what moths teach us"), _phrase_runs_on(
        ...     "What Moths", "teach us")
        (False, False)
    """
    last = previous.split()[-1] if previous.split() else ""
    return last.isalpha() and last.islower() and line[:1].islower()


# A line that is one quotation and no more, with no full stop inside: a quoted headline
# ("„Das Holz muss ruhen“"), not a sentence of running text.
_WHOLE_QUOTATION = re.compile(r'„[^„“.]+“|“[^“”.]+”|"[^".]+"|»[^»«.]+«|«[^«».]+»')


def _whole_quotation_over(previous: str, line: str) -> bool:
    """Whether `previous` is one quotation alone on its line and `line` opens with a capital:
    a quoted headline over its subheading, which a hard-wrapped page keeps on lines of
    their own (a quotation in running text goes on in lower case, "…“, sagt er").

    Example:
        >>> _whole_quotation_over("„Das Holz muss ruhen“", "Ein Drechsler erzählt")
        True
        >>> _whole_quotation_over("„Das Holz muss ruhen“", "sagt der Drechsler.")
        False
    """
    return _WHOLE_QUOTATION.fullmatch(previous) is not None and line[:1].isupper()


def _quote_closed_below(previous: str, line: str) -> bool:
    """Whether `previous` opens a quotation it does not close and `line` closes it.

    Example:
        >>> _quote_closed_below("„Im Watt hört man", "die Stille“")
        True
        >>> _quote_closed_below("“A sea of", "glass,” she said")
        True
        >>> _quote_closed_below("„Ja“", "Nein“")
        False
    """
    german = previous.count("„") > previous.count("“") and "“" in line
    english = "„" not in previous and previous.count("“") > previous.count("”") and "”" in line
    return german or english


def _paragraph(lines: list[str], markdown: bool) -> Paragraph:
    if not markdown:
        return Paragraph(unstressed_label(_join_wrapped(lines)))
    if lines[0].startswith("#"):
        level = len(lines[0]) - len(lines[0].lstrip("#"))
        text = strip_markdown(lines[0].lstrip("#").rstrip("#").strip())
        return Paragraph(text, heading=True, level=level)
    if all(line.startswith(">") for line in lines):
        text = " ".join(line.lstrip("> ").strip() for line in lines)
        return Paragraph(strip_markdown(text), blockquote=True)
    text = " ".join(lines)
    emphasized = re.fullmatch(r"(\*\*|__|\*|_)(?!\s)(?P<inner>.+?)(?<!\s)\1", text, re.S)
    wholly = bool(emphasized and "*" not in emphasized["inner"] and "_" not in emphasized["inner"])
    bold = wholly and emphasized is not None and len(emphasized[1]) == 2
    return Paragraph(strip_markdown(text), emphasized=bold, italic=wholly and not bold)


def unstressed_label(text: str) -> str:
    """A plain-text paragraph with the emphasis around its opening label left off: plain
    text has no emphasis, so the stars are the label's only, and they hid it as a label.

    Example:
        >>> unstressed_label("**Eva Roth:** Ja, sicher."), unstressed_label("*Frage*: Wie?")
        ('Eva Roth: Ja, sicher.', 'Frage: Wie?')
        >>> unstressed_label("**Wichtig** ist das nicht: nein.")
        '**Wichtig** ist das nicht: nein.'
    """
    match = _STRESSED_LABEL.match(text)
    return f"{match['label']}: {text[match.end() :]}" if match else text


def _join_wrapped(lines: list[str]) -> str:
    """Hard-wrapped lines as one line, undoing hyphenation at line ends ("Kunst-" + "stoffe")
    but keeping real hyphens ("KI-" + "Modelle") and suspended ones ("Forschungs- und")."""
    text = lines[0]
    for line in lines[1:]:
        if _HYPHENATED.search(text) and not _SUSPENDED.match(line):
            text = text[:-1] + line if line[:1].islower() else text + line
        else:
            text = f"{text} {line}"
    return text


def strip_markdown(text: str) -> str:
    """Inline Markdown to plain text: emphasis, links, images, code, HTML tags, escapes."""
    for pattern, replacement in _INLINE_MARKDOWN:
        text = pattern.sub(replacement, text)
    return " ".join(text.split())
