"""Pure rendering for the chat UI: models in, escaped HTML/Markdown strings out.

Nothing here touches Gradio or the model, so every function is testable on hand-built
objects. All text that comes from articles, uploads or questions goes through
`escape_html` / `escape_markdown`: it is shown as text, never interpreted as markup.

Example:
    >>> from assistant.app.ui_render import highlight
    >>> highlight("A <b> B. C.", "C.")
    'A &lt;b&gt; B. <mark>C.</mark>'
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Sequence

from assistant.app.positions import PositionGroup
from assistant.models import Answer, Article, Citation, IngestProblem, Turn
from assistant.text.shorten import in_quotes, shorten

# Every ASCII punctuation mark may be backslash-escaped in CommonMark; these are the ones
# that start emphasis, links, lists, headings, tables, code or (in Gradio) LaTeX.
_MARKDOWN_SPECIALS = re.compile(r"([\\`*_{}\[\]()#+\-.!|~$])")
# Short passages of a streamed answer: a few words at a time reads as typing.
_WORDS_PER_STEP = 4
# Enough of a turn to recognise it in the upload preview; the table keeps one line per turn.
_PREVIEW_CHARS = 160

KIND_LABELS = {
    "question": "question",
    "answer": "answer",
    "statement": "statement",
    "sidebar": "info box",
    "quote": "pull quote",
    "lead": "lead",
}


def escape_html(text: str) -> str:
    """Text as HTML text; `{`, `}` and `$` too, so no template syntax survives."""
    escaped = html.escape(text, quote=True)
    return escaped.replace("{", "&#123;").replace("}", "&#125;").replace("$", "&#36;")


def escape_markdown(text: str) -> str:
    """Text that a Markdown renderer shows literally (no markup, links, HTML or LaTeX)."""
    # Backslashes first: the entities html.escape adds must reach the renderer intact.
    return html.escape(_MARKDOWN_SPECIALS.sub(r"\\\1", text), quote=False)


def highlight(text: str, quote: str | None) -> str:
    """Escaped `text` with the first occurrence of `quote` wrapped in <mark>."""
    start = text.find(quote) if quote else -1
    if start < 0 or not quote:
        return escape_html(text)
    end = start + len(quote)
    return f"{escape_html(text[:start])}<mark>{escape_html(quote)}</mark>{escape_html(text[end:])}"


# --- chat messages ---------------------------------------------------------------------


def user_markdown(question: str) -> str:
    return escape_markdown(question)


def answer_markdown(answer: Answer) -> str:
    """The chat message for an answer: the text with its [n] markers, then one line per
    source so that earlier messages stay readable after the panel moves on."""
    parts = [escape_markdown(answer.text)]
    if answer.citations:
        lines = [
            f"**{escape_markdown(f'[{c.n}]')}** {escape_markdown(source_line(c))}"
            for c in answer.citations
        ]
        parts.append("  \n".join(lines))
    elif answer.abstained and answer.closest:
        parts.append("_Closest matches are listed beside the chat; they are not an answer._")
    if answer.note:
        parts.append(f"_{escape_markdown(answer.note)}_")
    return "\n\n".join(parts)


def streamed_markdown(answer: Answer) -> Iterator[str]:
    """Growing prefixes of the answer's text, then the complete message."""
    words = answer.text.split(" ")
    for end in range(_WORDS_PER_STEP, len(words), _WORDS_PER_STEP):
        yield escape_markdown(" ".join(words[:end]))
    yield answer_markdown(answer)


def error_markdown(message: str) -> str:
    return f"**Sorry, that did not work.** {escape_markdown(message)}"


def source_line(citation: Citation) -> str:
    """One plain line naming a cited passage: speaker, article, turn."""
    who = citation.turn.speaker or KIND_LABELS[citation.turn.kind]
    return f"{who}, {in_quotes(citation.article.title)}, turn {citation.turn.number}"


# --- sources panel ---------------------------------------------------------------------


def sources_html(answer: Answer | None) -> str:
    """The panel beside the chat: the cited passages, or the closest matches (labelled as
    such) when the assistant abstained."""
    if answer is None:
        return _panel("Sources", '<p class="muted">Cited passages appear here.</p>')
    if answer.citations:
        cards = "".join(
            passage_card(c.turn, c.article, label=f"[{c.n}]", quote=c.quote, anchor=f"source-{c.n}")
            for c in answer.citations
        )
        return _panel("Sources", cards)
    if answer.closest:
        intro = (
            '<p class="notice">No passage answers this question. These are the closest '
            "matches, shown for orientation; they are <strong>not an answer</strong>.</p>"
        )
        cards = "".join(passage_card(h.turn, h.article, label=f"#{h.rank}") for h in answer.closest)
        return _panel("Closest matches", intro + cards, css_class="closest")
    return _panel("Sources", '<p class="muted">No passages found.</p>')


def _panel(title: str, body: str, css_class: str = "") -> str:
    return f'<section class="sources {css_class}"><h3>{escape_html(title)}</h3>{body}</section>'


def passage_card(
    turn: Turn, article: Article, *, label: str, quote: str | None = None, anchor: str = ""
) -> str:
    """A passage with who said it, where, in answer to which question, and its context."""
    id_attr = f' id="{escape_html(anchor)}"' if anchor else ""
    return (
        f'<article class="passage-card"{id_attr}>'
        f'<header><span class="marker">{escape_html(label)}</span> '
        f"{speaker_html(turn, article)}</header>"
        f'<div class="meta">{article_meta_html(article, turn)}</div>'
        f"{question_html(turn, article)}"
        f'<blockquote class="passage">{highlight(turn.text, quote)}</blockquote>'
        f"{context_html(turn, article)}"
        "</article>"
    )


def speaker_html(turn: Turn, article: Article) -> str:
    if turn.speaker is None:
        return (
            f'<strong class="speaker">{escape_html(KIND_LABELS[turn.kind].capitalize())}</strong>'
        )
    participant = article.participant(turn.speaker)
    details = [participant.role] if participant else []
    if participant and participant.affiliation:
        details.append(participant.affiliation)
    role = f' <span class="role">{escape_html(" · ".join(details))}</span>' if details else ""
    return f'<strong class="speaker">{escape_html(turn.speaker)}</strong>{role}'


def article_meta_html(article: Article, turn: Turn) -> str:
    fields = [
        f"<cite>{escape_html(article.title)}</cite>",
        escape_html(article.source or "source unknown"),
        escape_html(article.date or "no date"),
        f"turn {turn.number} <code>{escape_html(turn.id)}</code>",
    ]
    return " · ".join(fields)


def question_html(turn: Turn, article: Article) -> str:
    """The interviewer's question this passage answers, with who asked it."""
    if not turn.question:
        return ""
    asked = article.turn(turn.question_id) if turn.question_id else None
    asker = f" ({escape_html(asked.speaker)})" if asked and asked.speaker else ""
    return (
        f'<div class="question"><span class="label">Question{asker}:</span> '
        f"{escape_html(turn.question)}</div>"
    )


def context_html(turn: Turn, article: Article) -> str:
    """The turns just before and after, folded away, to read the passage in its place."""
    position = next((i for i, t in enumerate(article.turns) if t.id == turn.id), None)
    if position is None:
        return ""
    neighbours = [t for t in article.turns[max(position - 1, 0) : position + 2] if t.id != turn.id]
    if not neighbours:
        return ""
    items = "".join(
        f'<div class="context-turn"><span class="label">turn {t.number}, '
        f"{escape_html(t.speaker or KIND_LABELS[t.kind])}:</span> {escape_html(t.text)}</div>"
        for t in neighbours
    )
    return f'<details class="context"><summary>Context in the article</summary>{items}</details>'


# --- upload preview --------------------------------------------------------------------


def preview_html(articles: Sequence[Article], problems: Sequence[IngestProblem]) -> str:
    """What a parsed upload contains (title, speakers, turns), and what was refused."""
    parts = [_problem_html(p) for p in problems]
    parts += [_article_preview(a) for a in articles]
    return '<section class="preview">' + "".join(parts) + "</section>"


def added_html(articles: Sequence[Article], problems: Sequence[IngestProblem]) -> str:
    """The outcome of adding uploads to the corpus."""
    titles = ", ".join(escape_html(in_quotes(a.title)) for a in articles) or "nothing"
    added = f'<p class="added"><strong>Added to the corpus and the index:</strong> {titles}.</p>'
    return added + preview_html((), problems)


def refusal_html(message: str, paths: Sequence[str] = ()) -> str:
    """A refusal; any of the uploaded `paths` in it is shown as its file name."""
    return f'<p class="problem refused">{escape_html(without_paths(message, paths))}</p>'


def without_paths(message: str, paths: Sequence[str]) -> str:
    """`message` with each of `paths` (an upload's place on the server, e.g. Gradio's
    temporary folder) shown as its file name: the name is all a reader needs, and the
    server's folders are none of their business."""
    for path in sorted(set(paths), key=len, reverse=True):
        if not path:
            continue
        name = _file_name(path)
        message = message.replace(path, name)
        folder = path[: len(path) - len(name)]
        if len(folder) > 1:  # "/" alone would take every slash with it
            message = message.replace(folder, "")
    return message


def _problem_html(problem: IngestProblem) -> str:
    verdict = "refused" if problem.fatal else "warning"
    message = without_paths(problem.message, [problem.path])
    return (
        f'<p class="problem {verdict}"><strong>{escape_html(_file_name(problem.path))}</strong> '
        f"{verdict}: {escape_html(message)}</p>"
    )


def _article_preview(article: Article) -> str:
    speakers = "".join(
        f"<li>{escape_html(p.name)} <span class='role'>{escape_html(p.role)}"
        f"{' · ' + escape_html(p.affiliation) if p.affiliation else ''}</span></li>"
        for p in article.participants
    )
    rows = "".join(
        f"<tr><td>{t.number}</td><td>{escape_html(KIND_LABELS[t.kind])}</td>"
        f"<td>{escape_html(t.speaker or '')}</td>"
        f"<td>{escape_html(shorten(t.text, _PREVIEW_CHARS))}</td></tr>"
        for t in article.turns
    )
    return (
        f'<div class="article-preview"><h4>{escape_html(article.title)}</h4>'
        f"<p class='meta'><code>{escape_html(article.id)}</code> · {len(article.turns)} turns</p>"
        f"<ul class='speakers'>{speakers}</ul>"
        "<table><thead><tr><th>#</th><th>kind</th><th>speaker</th><th>text</th></tr></thead>"
        f"<tbody>{rows}</tbody></table></div>"
    )


def _file_name(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1]


# --- positions explorer ----------------------------------------------------------------


def positions_html(speaker: str, topic: str | None, groups: Sequence[PositionGroup]) -> str:
    """A speaker's answers grouped by the question asked, each with its citation."""
    heading = f"Positions of {speaker}" + (f" on “{topic}”" if topic else "")
    if not groups:
        return _panel(heading, '<p class="muted">No passages found.</p>', "positions")
    return _panel(heading, "".join(_position_group(g) for g in groups), "positions")


def _position_group(group: PositionGroup) -> str:
    asker = f" ({escape_html(group.asker)})" if group.asker else ""
    question = (
        f'<h4 class="question">{escape_html(group.question)}{asker}</h4>'
        if group.question
        else '<h4 class="question muted">Without a question</h4>'
    )
    answers = "".join(
        f'<blockquote class="passage">{escape_html(t.text)}</blockquote>'
        f'<p class="citation">{escape_html(t.speaker or "")} · <cite>'
        f"{escape_html(group.article.title)}</cite> · turn {t.number} "
        f"<code>{escape_html(t.id)}</code></p>"
        for t in group.answers
    )
    return f'<div class="position-group">{question}{answers}</div>'
