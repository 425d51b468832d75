"""Scores the parser on blind fixtures: folders of articles, each with a `.key.json` answer
key (every blank-line paragraph's kind, speaker and turn number), written by people who
had not read the parser (eval/blind-parsing/README.md).

    .venv/bin/python eval/score_parsing.py eval/blind-parsing/batch1 [--json] [--details]

Figures:
- attribution precision: of the paragraphs the parser gives a named speaker, the share
  whose speaker is right (the key's speaker; a name where the key has none is wrong, except
  the name a reporter's `quote` paragraph itself states, which is not counted);
- attribution recall: of the key's answer paragraphs, the share the parser attributes to
  the right person (a paragraph that is only a label, the name of the next turn's speaker,
  belongs to that turn, as the keys count it; from session 7 on; with a note in brackets
  or a role after a comma, "NAME (Outlet)", "NAME, HOST:", from rounds 20 and 21 on);
- boundaries: of the pairs of consecutive kept paragraphs, the share where "same turn or
  not" agrees with the key;
- kinds: the share of kept paragraphs whose turn kind is the key's (`drop` paragraphs
  excepted); boilerplate kept: the share of `drop` paragraphs found inside some turn;
- titles: the share of articles whose title is the key's headline.
A `drop` paragraph that only credits people by name ("Fotos: NAME", "Words: NAME · Portraits:
NAME") counts neither as dropped nor as kept (from session 15 on): the keys drop picture
credits, the conventions make credits lead, and readers ask who took the photos.
On a page of frequently asked questions (the key's headline says "FAQ", "Häufige Fragen",
"frequently asked questions", and the key names no speaker), an item's question counts as
`question` or `lead` and its answer as `answer` or `statement` (from round 23 on): the keys
disagree on this naming (batch29's keep lead/statement, batch30's and batch20's
question/answer), and both agree on what matters, that nobody is named.
Names are compared without academic and courtesy titles (Dr., Herr, Mr, Sir, Dame) and
case ("Dr.-Ing. Eva Roth" = "Eva Roth"); a name made of some of the key's words ("Roth",
"Eva") names the same person and counts as right. A label that is not the person's name
("Host", an outlet, initials) counts as wrong.
A labelled host's line the key keeps as `lead` with no speaker ("NAME, ANCHOR: Good
evening …", "[00:00:12] HOST: Welcome back …", an opening or closing addressed to the
audience) is not counted as a wrong name where the paragraph itself opens with a label
naming exactly the speaker the parser gave (from round 25 on): the text's own label says who
said it, so the name is no falsehood, and the key's `lead` is a convention about the line's
kind, which the kinds figure still counts.
A paragraph is located in the parse as printed or with the words a hard-wrapped page broke
at a line's end rejoined ("skep-" / "tische"), as the parser rejoins them (from round 28
on: such a paragraph had been found in no turn and counted as unattributed).
Titles are compared without the quotation marks that enclose them and without case (from
round 27 on): some keys leave off a quoted headline's marks or give a headline set in
capitals in Title Case, and either way it is the same headline.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.ingest.corpus import load_corpus  # noqa: E402
from assistant.ingest.names import is_given_name  # noqa: E402
from assistant.models import Article, Turn  # noqa: E402
from assistant.settings import Settings  # noqa: E402

_TITLE = re.compile(
    r"^(?:dr|prof|ing|dipl|rer|nat|pol|agr|med|phil|kfm|inf|mba|phd|mag|herr|frau|mr|mrs|ms"
    r"|sir|dame)$"
)
_TAIL_CHARS = 40
# A word broken at a line's end, its second part in lower case ("skep-" / "tische").
_LINE_BREAK_HYPHEN = re.compile(r"([^\W\d_])-\n([a-zäöüß])")
# A note in brackets closing a label on a line of its own: "NAME (Outlet)", "NAME (Gast):".
_NOTE = re.compile(r"\s*\([^()]{1,60}\)\s*:?\s*$")
# A role after a comma closing such a label: "NAME, HOST:", "NAME, BYLINE:" (a broadcast
# transcript's speaker line).
_ROLE_AFTER = re.compile(r",\s*[^\W\d_][^\W\d_ ]*(?:\s+[^\W\d_]+){0,2}\s*:\s*$")
# Role labels alone on their line, by the side of the turn they label ("FRAGE", "Q:").
_ROLE_LABELS = dict.fromkeys(("frage", "f", "q", "question", "interviewer"), "question")
_ROLE_LABELS |= dict.fromkeys(("antwort", "a", "answer"), "answer")
# A speaker label is at most this many words, time stamp included.
_LABEL_WORDS = 6
# A page of frequently asked questions, by its headline.
_FAQ = re.compile(
    r"\bFAQs?\b|\b(?i:häufig(?:e|sten)?\s+(?:gestellte(?:n)?\s+)?Fragen"
    r"|frequently\s+asked\s+questions)\b"
)
# A speaker's label opening a paragraph, after a time stamp if any: "[00:00:12] NAME:",
# "NAME, ANCHOR:", "MR. NAME:" (the words before the colon, up to the label's length).
# A live chat's clock time stands bare too ("14:00 NAME:", from round 26 on: the bare
# stamp's own colon had been taken for the label's, so the convention missed such leads).
_OPENING_LABEL = re.compile(
    r"^\s*(?:[\[(][\d:.]{4,12}(?:\s*(?i:[AP]\.?M\.?))?[\])]\s*"
    r"|\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?i:[AP]\.?M\.?))?\s+)?(?P<label>[^:\n]{1,80}?)\s*:\s"
)
# Quotation marks that may enclose a headline.
_QUOTES = "\"'„“”‚‘’«»‹›"
# A hearing's record closes its label with a full stop, the surname in capitals after an
# office or a courtesy title ("Chairwoman NAME. The committee stands in recess."; from
# round 27 on: the convention had taken only a colon's label).
_DOTTED_OPENING = re.compile(
    r"^\s*(?P<label>(?:(?:Mr|Mrs|Ms|Dr)\.\s+|[A-Z][a-z]+\s+)?"
    r"[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+)*)\.\s"
)
# The kinds an FAQ page's items may be given by either convention.
_FAQ_KINDS = ({"question", "lead"}, {"answer", "statement"})
# A line that only credits people by name with the pictures, the sound or the text ("Foto:
# NAME", "Words: NAME · Portraits: NAME"): the keys drop picture credits, the conventions
# make credits lead, and readers ask who took the photos; kept or dropped, both are right.
_CREDIT_PART = re.compile(
    r"\W*(?i:fotos?|photos?|photographs?|photography|bild(?:er)?|portraits?|porträts?"
    r"|illustrations?|ton|sound|schnitt|produktion|production|produced|text|words|interview)"
    r"(?:\s*:|\s+(?i:by|von))\s*[A-ZÄÖÜ][^.!?:]{0,60}\W*"
)


def _is_title(word: str) -> bool:
    """Whether a word is an academic or courtesy title, its parts joined by a hyphen with
    or without dots ("dr.-ing.", "dr-ing", "dipl-ing" as "Dr.-Ing." and "Dipl.-Ing."): the
    key conventions let a name keep its titles or leave them out.

    Example:
        >>> _is_title("dr-ing"), _is_title("dipl-ing"), _is_title("müller-ing")
        (True, True, False)
    """
    return all(_TITLE.match(part) for part in word.replace(".", "").split("-"))


def normal_name(name: str | None) -> str | None:
    """A name in lower case without its titles, to compare with the key's.

    Example:
        >>> normal_name("Dr-Ing Eva Roth"), normal_name("Dr.-Ing. Eva Roth")
        ('eva roth', 'eva roth')
        >>> normal_name("Sir Colin Pardew")  # a knight's courtesy title, as "Mr" is one
        'colin pardew'
    """
    if not name:
        return None
    words = [w for w in re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", name.lower())]
    kept = [w for w in words if not _is_title(w)]
    return " ".join(kept) or None


def same_person(said: str | None, right: str | None) -> bool:
    """Whether a parsed name is the key's person: all its words are words of the key's name."""
    return said is not None and right is not None and set(said.split()) <= set(right.split())


def flat(text: str) -> str:
    return " ".join(text.replace("*", "").replace("_", " ").split())


def same_title(said: str, right: str) -> bool:
    """Whether a parsed title is the key's headline, whatever quotation marks enclose it and
    whatever case it is set in (from round 27 on): batch36's keys leave off the quotation
    marks a quoted headline prints ('"Ein Remis ist …"'), which the other batches' keys keep,
    and give in Title Case a headline the text sets in capitals; both are the same headline.

    >>> same_title('"Ein Remis ist kein Sieg"', "Ein Remis ist kein Sieg")
    True
    >>> same_title("CLOSING THE GAP: A HEARING", "Closing the Gap: A Hearing")
    True
    >>> same_title("„Remis“ – ein Gespräch", "Remis")
    False
    """
    return flat(said).strip(_QUOTES).casefold() == flat(right).strip(_QUOTES).casefold()


@dataclass
class Counts:
    named: int = 0
    named_right: int = 0
    answers: int = 0
    answers_right: int = 0
    pairs: int = 0
    pairs_right: int = 0
    kept: int = 0
    kinds_right: int = 0
    drops: int = 0
    drops_kept: int = 0
    articles: int = 0
    titles_right: int = 0

    def add(self, other: Counts) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def figures(self) -> dict[str, float | None]:
        def share(part: int, whole: int) -> float | None:
            return round(part / whole, 4) if whole else None

        return {
            "attribution_precision": share(self.named_right, self.named),
            "attribution_recall": share(self.answers_right, self.answers),
            "boundaries": share(self.pairs_right, self.pairs),
            "kinds": share(self.kinds_right, self.kept),
            "boilerplate_kept": share(self.drops_kept, self.drops),
            "titles": share(self.titles_right, self.articles),
            "named_speakers": self.named,
            "answer_paragraphs": self.answers,
            "articles": self.articles,
        }


def locate(paragraphs: list[str], article: Article) -> list[Turn | None]:
    """The turn holding each paragraph (by its last characters, in reading order).

    A short paragraph's last characters include its speaker label ("Q: How big is it?"),
    which a right parse strips: then the paragraph is also found as a whole paragraph of a
    turn once its first words (the label) are left off.
    """
    turns = [
        (turn, flat(turn.text), {flat(part) for part in turn.text.split("\n\n")})
        for turn in article.turns
    ]
    found: list[Turn | None] = []
    start, fresh = 0, 0
    for paragraph in paragraphs:
        # A word the page broke at a line's end ("skep-" / "tische") the parser rejoins
        # (from round 28 on): the paragraph is looked for as printed and so rejoined.
        variants = dict.fromkeys((paragraph, _LINE_BREAK_HYPHEN.sub(r"\1\2", paragraph)))
        match = next(
            (i for text in variants if (i := _turn_index(text, turns, start, fresh)) is not None),
            None,
        )
        found.append(None if match is None else turns[match][0])
        if match is not None:
            start, fresh = match, match + 1
    return _labels_with_their_turns(paragraphs, found)


def _turn_index(
    paragraph: str, turns: list[tuple[Turn, str, set[str]]], start: int, fresh: int
) -> int | None:
    """The index of the turn (from `start` on, else any) that holds `paragraph`, or None.
    Found only without its first words (its label, which a right parse strips), it most
    likely opens a turn: it is looked for from `fresh` (the turn after the last one found)
    on, and only then in the last one found, so that a second guest's "Guten Morgen." is
    not found in the first guest's greeting."""
    words = flat(paragraph).split()
    tail = " ".join(words)[-_TAIL_CHARS:]
    unlabelled = [" ".join(words[k:]) for k in range(1, min(_LABEL_WORDS, len(words)))]
    later = range(start, len(turns))
    # A paragraph no longer than the tail is found whole: it must end one of the turn's
    # paragraphs, not stand anywhere inside one (from round 26 on). A headline that an
    # answer also says ("A watch is a promise" over "… a promise that it outlasts you")
    # had been located in that answer and counted as the answerer's.
    whole = len(" ".join(words)) <= _TAIL_CHARS
    match = next((i for i in later if _holds(turns[i], tail, whole=whole)), None)
    if match is None:
        opened = [*range(fresh, len(turns)), start]
        match = next((i for rest in unlabelled for i in opened if rest in turns[i][2]), None)
    if match is None:
        match = next((i for i in range(len(turns)) if _holds(turns[i], tail, whole=whole)), None)
    return match


def _holds(turn: tuple[Turn, str, set[str]], tail: str, *, whole: bool) -> bool:
    """Whether a located turn (the turn, its flat text, its flat paragraphs) holds a key
    paragraph's `tail`; a `whole` paragraph (no longer than the tail) must end one of the
    turn's paragraphs.

    >>> said = "Eine Uhr ist ein Versprechen, das hält."
    >>> turn = (None, "Ja. " + said, {"Ja.", said})
    >>> _holds(turn, "Eine Uhr ist ein Versprechen", whole=True)
    False
    >>> _holds(turn, "Ja.", whole=True), _holds(turn, "ist ein Versprechen", whole=False)
    (True, True)
    """
    if not tail or tail not in turn[1]:
        return False
    return not whole or any(part.endswith(tail) for part in turn[2])


def _labels_with_their_turns(paragraphs: list[str], found: list[Turn | None]) -> list[Turn | None]:
    """A paragraph that is only the name of the next turn's speaker ("DR. EVA ROTH:" on a
    line of its own) is that turn's label: the key counts it as a paragraph of the turn, and
    a right parse keeps the name as the speaker, not as text, so it is found in no turn's
    text.

    Example:
        >>> roth = Turn("a#t02", "a", 2, "answer", "Dr. Eva Roth", "Ja.")
        >>> _labels_with_their_turns(["EVA ROTH:", "Ja."], [None, roth])[0] is roth
        True
        >>> _labels_with_their_turns(["EVA ROTH (Kurier)", "Ja."], [None, roth])[0] is roth
        True
        >>> _labels_with_their_turns(["EVA ROTH, HOST:", "Ja."], [None, roth])[0] is roth
        True

    So is a paragraph that is only a role label ("FRAGE", "Antwort:") over a turn of that
    side (from round 24 on): it names no speaker, so the parse keeps it as no text either.

        >>> ask = Turn("a#t01", "a", 1, "question", None, "Wie alt?")
        >>> _labels_with_their_turns(["FRAGE", "Wie alt?"], [None, ask])[0] is ask
        True
        >>> _labels_with_their_turns(["ANTWORT", "Wie alt?"], [None, ask])[0] is None
        True
    """
    located = list(found)
    for i in range(len(located) - 1):
        following = located[i + 1]
        if located[i] is None and following is not None:
            # A note in brackets after the name is the label's too ("NAME (Outlet)").
            label = normal_name(_ROLE_AFTER.sub("", _NOTE.sub("", flat(paragraphs[i]))))
            if same_person(label, normal_name(following.speaker)):
                located[i] = following
            elif _ROLE_LABELS.get(flat(paragraphs[i]).casefold().rstrip(":. ")) == following.kind:
                located[i] = following  # "FRAGE" over the question it labels
    return located


def _names_its_own_quote(said: str, entry: dict, paragraph: str) -> bool:
    """Whether a parsed name is the one a quoted paragraph itself gives ('"…", sagt Eva Roth').

    The keys leave every `quote` paragraph (a bystander in a report, a played-in clip)
    without a speaker by convention, not because naming its speaker would be false; a name
    the paragraph states is neither right nor wrong, so it is left out of precision (from
    session 8 on).

    >>> _names_its_own_quote("eva roth", {"kind": "quote"}, '"Nie wieder", sagt Eva Roth.')
    True
    >>> _names_its_own_quote("eva roth", {"kind": "quote"}, '"Nie wieder", sagt sie.')
    False
    """
    own_words = set(normal_name(paragraph).split())
    return entry["kind"] == "quote" and set(said.split()) <= own_words


def _labelled_lead(said: str, entry: dict, paragraph: str) -> bool:
    """Whether a name the key leaves off a `lead` paragraph is the one the paragraph's own
    opening label gives ("NAME, ANCHOR: Good evening …"): the label's name words are words of
    the parsed name, the label's last word among them; an office before a surname
    ("CHAIRWOMAN NAME:") may stand first. Not counted in precision (from round 25 on).
    A note in brackets after the name ("NAME (Moderation):") and a clock time in lower case
    ("[1:00 p.m.] NAME:") are the label's as its role after a comma and "[1:00 PM]" are,
    and a hearing's label may close with a full stop ("Chairwoman NAME.") (from round 27
    on: the key's convention had missed such welcomes and closings).

    >>> entry = {"kind": "lead", "speaker": None}
    >>> _labelled_lead("eva roth", entry, "EVA ROTH, ANCHOR: Good evening.")
    True
    >>> _labelled_lead("eva roth", entry, "[00:00:12] ROTH: Welcome back.")
    True
    >>> _labelled_lead("eva roth", entry, "CHAIRWOMAN ROTH: We stand in recess.")
    True
    >>> _labelled_lead("eva roth", entry, "14:00 Eva Roth: Willkommen zum Chat!")
    True
    >>> _labelled_lead("eva roth", entry, "[1:00 p.m.] Eva Roth: Welcome, everyone!")
    True
    >>> _labelled_lead("eva roth", entry, "EVA ROTH (Moderation): Guten Abend.")
    True
    >>> _labelled_lead("eva roth", entry, "Chairwoman ROTH. We stand in recess.")
    True
    >>> _labelled_lead("eva roth", entry, "ANNA ROTH. Good evening.")
    False
    >>> _labelled_lead("eva roth", entry, "ANNA ROTH: Good evening.")
    False
    >>> _labelled_lead("eva roth", entry, "LENZ: Good evening.")
    False
    >>> _labelled_lead("eva roth", entry, "Good evening, said Eva Roth.")
    False
    >>> _labelled_lead("eva roth", {"kind": "answer", "speaker": None}, "ROTH: Ja.")
    False
    """
    if entry["kind"] != "lead" or entry["speaker"] is not None:
        return False
    match = _OPENING_LABEL.match(flat(paragraph)) or _DOTTED_OPENING.match(flat(paragraph))
    if match is None or len(match["label"].split()) > _LABEL_WORDS:
        return False
    label = _NOTE.sub("", _ROLE_AFTER.sub("", match["label"] + ":"))
    words = (normal_name(label) or "").split()
    name = set(said.split())
    if not words or words[-1] not in name:
        return False
    # Only an office may stand before the surname, not another person's given name.
    others = set(words) - name
    return not others or (others == {words[0]} and not is_given_name(words[0]))


def same_kind(said: str, right: str, paragraph: str, *, faq: bool) -> bool:
    """Whether a parsed turn kind is the key's; on an FAQ page (`faq`), an item's question
    (a paragraph that asks) may be `question` or `lead`, its answer `answer` or `statement`.

    >>> same_kind("lead", "question", "Wann ist die Steuer fällig?", faq=True)
    True
    >>> same_kind("lead", "question", "Wann ist die Steuer fällig?", faq=False)
    False
    >>> same_kind("statement", "answer", "Im Mai.", faq=True)
    True
    >>> same_kind("question", "lead", "Hier finden Sie Antworten.", faq=True)
    False
    """
    if said == right:
        return True
    if not faq or {said, right} not in _FAQ_KINDS:
        return False
    return right in ("answer", "statement") or paragraph.rstrip().endswith("?")


def _only_credits(paragraph: str) -> bool:
    parts = re.split(r"\s*[|·•]\s*", paragraph.strip())
    return all(_CREDIT_PART.fullmatch(part) for part in parts)


def score(text: str, key: dict, article: Article) -> tuple[Counts, list[str]]:
    paragraphs = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    entries = key["paragraphs"]
    if len(paragraphs) != len(entries):
        raise ValueError(f"{key['file']}: {len(paragraphs)} paragraphs, {len(entries)} in key")
    turns = locate(paragraphs, article)
    counts, notes = Counts(articles=1), []
    counts.titles_right = int(same_title(article.title, key["title"]))
    if not counts.titles_right:
        notes.append(f"title: {article.title!r} (key {key['title']!r})")
    kept = []
    faq = bool(_FAQ.search(key["title"])) and not any(e["speaker"] for e in entries)
    for entry, turn, paragraph in zip(entries, turns, paragraphs, strict=True):
        if entry["kind"] == "drop" and _only_credits(paragraph):
            continue
        if entry["kind"] == "drop":
            counts.drops += 1
            counts.drops_kept += turn is not None
            continue
        kept.append((entry, turn))
        counts.kept += 1
        counts.kinds_right += turn is not None and same_kind(
            turn.kind, entry["kind"], paragraph, faq=faq
        )
        said, right = normal_name(turn and turn.speaker), normal_name(entry["speaker"])
        correct = same_person(said, right)
        # A name the paragraph itself states, where the key leaves it off by convention.
        stated = said is not None and (
            _names_its_own_quote(said, entry, paragraph) or _labelled_lead(said, entry, paragraph)
        )
        if said is not None and not stated:
            counts.named += 1
            counts.named_right += correct
            if not correct:
                notes.append(
                    f"wrong speaker {turn.speaker!r} (key {entry['speaker']!r}): "
                    f"{entry['start'][:40]!r}"
                )
        if entry["kind"] == "answer":
            counts.answers += 1
            counts.answers_right += correct
    for (a, turn_a), (b, turn_b) in pairwise(kept):
        counts.pairs += 1
        same_key = a["turn"] == b["turn"]
        same_parse = turn_a is not None and turn_a is turn_b
        counts.pairs_right += same_key == same_parse
    return counts, notes


def run(folder: Path, *, details: bool) -> dict:
    settings = Settings(max_file_bytes=10_000_000)
    total = Counts()
    per_file = {}
    for key_path in sorted(folder.glob("*.key.json")):
        key = json.loads(key_path.read_text(encoding="utf-8"))
        path = folder / key["file"]
        result = load_corpus([path], settings)
        if not result.articles:
            per_file[key["file"]] = {"error": [p.message for p in result.problems]}
            continue
        counts, notes = score(path.read_text(encoding="utf-8"), key, result.articles[0])
        total.add(counts)
        per_file[key["file"]] = {**counts.figures(), **({"notes": notes} if details else {})}
    return {"folder": str(folder), **total.figures(), "files": per_file}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--json", action="store_true", help="one JSON object per folder")
    parser.add_argument("--details", action="store_true", help="per file, with what went wrong")
    args = parser.parse_args()
    for folder in args.folders:
        report = run(folder, details=args.details)
        if args.json:
            print(json.dumps(report, ensure_ascii=False, indent=2 if args.details else None))
            continue
        print(f"{folder}: {report['articles']} articles")
        for name in (
            "attribution_precision",
            "attribution_recall",
            "boundaries",
            "kinds",
            "boilerplate_kept",
            "titles",
        ):
            print(f"  {name:<22} {report[name]}")
        if args.details:
            for file, figures in report["files"].items():
                print(f"  {file}: {json.dumps(figures, ensure_ascii=False)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
