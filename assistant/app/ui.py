"""The Gradio chat UI: chat with cited answers and a sources panel, filters, a positions
explorer, uploads, and a named `/ask` API endpoint.

Handlers are thin: they call `assistant.api.Assistant` and hand models to the pure
functions in `assistant.app.ui_render`. Any error reaches the user as a message, never as a
traceback (those go to the server log).

Example:
    >>> from assistant.app.ui import build_app, serve
    >>> app = build_app(bot)                    # bot: a loaded assistant.api.Assistant
    >>> serve(app, host="127.0.0.1", port=7860, auth=None, max_upload_bytes=2_000_000)
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

# Before Gradio is imported: nothing may phone home.
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
# Gradio's queue otherwise rebuilds a pandas summary of its last 10,000 events after every
# event, for a monitoring page this server keeps off: about 1 ms a request on a fresh server,
# 7 ms once 10,000 have been served, all of it holding the GIL.
os.environ.setdefault("GRADIO_ANALYTICS_CACHE_FREQUENCY", str(2**62))
os.environ.setdefault("GRADIO_ANALYTICS_MAX_EVENTS", "1000")

import gradio as gr

from assistant.app.positions import PositionsExplorer, positions_csv, positions_markdown
from assistant.app.ui_render import (
    added_html,
    error_markdown,
    positions_html,
    preview_html,
    refusal_html,
    sources_html,
    streamed_markdown,
    user_markdown,
)
from assistant.errors import AssistantError, ConfigError, InputError
from assistant.ingest.corpus import SUPPORTED_SUFFIXES, load_corpus
from assistant.models import Answer, ChatTurn, SearchFilter
from assistant.search.conversation import history_from_json
from assistant.settings import Settings

if TYPE_CHECKING:
    from assistant.api import Assistant


log = logging.getLogger(__name__)

EXAMPLES = [
    "why does Bienert call for a moonshot programme?",
    "Warum fordert Bienert ein Moonshot-Programm?",
    "Why should Europe build its own foundation models?",
    "Was fehlt Deutschland laut Bienert?",
    "und was sagt er zur Finanzierung?",
]
ANY = ""  # the dropdown value meaning "no restriction"
# Requests of one kind (chat, `/ask`, positions) answered at once: the model and the index
# are shared read-only by the workers, and how many more may wait; past that a request is
# told the assistant is busy. One per core and one more: the encoders release the GIL and
# use a core each, and the extra worker does its Python part (analysis, fusion, reranking,
# the answer) while the others encode. eval/bench_load.py --rounds 4, 4 clients on 2 cores,
# alternating, session 6: throughput 1.59/1.65/1.65x one client's with 2 workers,
# 1.77/1.81/1.73x with 3 (1.80/1.84x with 4); p95 3.33/3.35/3.15x the single client's p50
# with 2, 3.07/3.03/3.24x with 3 (3.20/3.29x with 4). A third e5 handle for the third
# worker made p95 worse (3.31/3.35x).
CONCURRENCY = (os.cpu_count() or 1) + 1
QUEUE_SIZE = 32
BUSY_MESSAGE = (
    "The assistant is busy answering other questions right now. Please try again in a few seconds."
)

CSS = """
.sources h3 { margin: 0 0 .5rem; }
.passage-card { border: 1px solid var(--border-color-primary); border-radius: 8px;
  padding: .6rem .8rem; margin-bottom: .7rem; }
.passage-card header { margin-bottom: .2rem; }
.passage-card .marker { font-weight: 700; color: var(--color-accent); margin-right: .3rem; }
.passage-card .role, .meta, .muted, .citation { color: var(--body-text-color-subdued);
  font-size: .9em; }
.passage-card .question { margin: .4rem 0; font-style: italic; font-size: .95em; }
.sources code { font-size: .85em; }
.passage-card .label { font-style: normal; font-weight: 600; }
.passage { white-space: pre-wrap; margin: .4rem 0; padding-left: .7rem;
  border-left: 3px solid var(--border-color-accent); }
.passage mark { background: #fde68a; color: inherit; padding: 0 .1em; }
.closest .notice { background: #fff7ed; border: 1px solid #fdba74; border-radius: 6px;
  padding: .4rem .6rem; }
.context-turn { margin: .3rem 0; font-size: .9em; white-space: pre-wrap; }
.problem.refused { color: #b91c1c; }
.article-preview table { font-size: .85em; }
.position-group h4 { font-size: 1em; margin: 1rem 0 .3rem; }
"""


class AssistantUI:
    """The event handlers, bound to one loaded assistant.

    Example:
        >>> ui = AssistantUI(bot)
        >>> ui.ask_api("why does Bienert call for a moonshot programme?")["citations"][0]["id"]
    """

    def __init__(self, assistant: Assistant) -> None:
        self.assistant = assistant
        self.settings: Settings = assistant.settings
        self.positions = PositionsExplorer(assistant)
        self.cores = CoreShare()

    # --- choices for the dropdowns -----------------------------------------------------

    def speaker_choices(self, *, interviewers: bool = True) -> list[tuple[str, str]]:
        """(label, name) of everyone who speaks in the corpus, interviewees first."""
        people = {p.name: p for a in self.assistant.articles() for p in a.participants}
        chosen = [p for p in people.values() if interviewers or p.role != "interviewer"]
        chosen.sort(key=lambda p: (p.role != "interviewee", p.name))
        return [(f"{p.name} ({p.role})", p.name) for p in chosen]

    def speaker_filter_choices(self) -> list[tuple[str, str]]:
        return [("Any speaker", ANY), *self.speaker_choices()]

    def article_filter_choices(self) -> list[tuple[str, str]]:
        articles = sorted(self.assistant.articles(), key=lambda a: a.title)
        return [("Any article", ANY)] + [(f"{a.title} ({a.id})", a.id) for a in articles]

    # --- chat ----------------------------------------------------------------------------

    def respond(
        self,
        question: str,
        messages: list[dict[str, Any]],
        turns: list[ChatTurn],
        speaker: str,
        article: str,
        answers_only: bool,
    ) -> Iterator[tuple[list[dict[str, Any]], list[ChatTurn], str, str]]:
        """Streams the answer into the chat and fills the sources panel."""
        question = (question or "").strip()
        if not question:
            return
        messages = [*messages, {"role": "user", "content": user_markdown(question)}]
        yield messages, turns, sources_html(None), ""
        try:
            with self.cores.share():
                answer = self.assistant.ask(
                    question,
                    history=tuple(turns),
                    search_filter=SearchFilter.of(
                        speaker=speaker, article=article, answers_only=answers_only
                    ),
                )
        except Exception as error:  # shown as a chat message, never as a traceback
            reply = {"role": "assistant", "content": error_markdown(user_message(error))}
            yield [*messages, reply], turns, sources_html(None), ""
            return
        turns = [*turns, *chat_turns(question, answer)]
        panel = sources_html(answer)
        for text in streamed_markdown(answer):
            yield [*messages, {"role": "assistant", "content": text}], turns, panel, ""

    def ask_api(
        self,
        question: str,
        speaker: str | None = None,
        article: str | None = None,
        answers_only: bool = False,
        history: list[dict[str, Any]] | None = None,
    ) -> dict[str, Any]:
        """Answer a question with cited passages; returns the JSON of `ask --json`.

        `history` is the conversation so far: a list of {"role", "content", "speaker",
        "article_id"} objects, so that follow-up questions resolve.
        """
        try:
            turns = history_from_json(history or [])
            with self.cores.share():
                answer = self.assistant.ask(
                    question,
                    history=turns,
                    search_filter=SearchFilter.of(
                        speaker=speaker, article=article, answers_only=answers_only
                    ),
                )
        except Exception as error:
            raise gr.Error(user_message(error), print_exception=False) from None
        return answer.to_json()

    # --- positions -----------------------------------------------------------------------

    def explore(self, speaker: str, topic: str) -> tuple[str, Any, Any]:
        """A speaker's answers grouped by question, plus the Markdown and CSV exports."""
        try:
            groups = self.positions.run(speaker, topic)
        except Exception as error:
            message = refusal_html(user_message(error))
            return message, gr.update(visible=False), gr.update(visible=False)
        folder = Path(tempfile.mkdtemp(prefix="positions-"))
        stem = "positions-" + "".join(c if c.isalnum() else "-" for c in speaker.lower())
        markdown = folder / f"{stem}.md"
        markdown.write_text(positions_markdown(speaker, topic or None, groups), encoding="utf-8")
        table = folder / f"{stem}.csv"
        table.write_text(positions_csv(groups), encoding="utf-8")
        return (
            positions_html(speaker, topic or None, groups),
            gr.update(value=str(markdown), visible=True),
            gr.update(value=str(table), visible=True),
        )

    # --- uploads -------------------------------------------------------------------------

    def preview(self, paths: Sequence[str] | None) -> tuple[str, Any]:
        """Parses the uploaded files (without adding them) and shows what they contain."""
        if not paths:
            return "", gr.update(interactive=False)
        try:
            result = load_corpus([Path(p) for p in paths], self.settings)
        except Exception as error:
            return refusal_html(user_message(error), paths), gr.update(interactive=False)
        ready = bool(result.articles)
        return preview_html(result.articles, result.problems), gr.update(interactive=ready)

    def add(self, paths: Sequence[str] | None) -> tuple[str, Any, Any, Any]:
        """Adds the uploaded files to the corpus and updates the index, no restart."""
        try:
            if not paths:
                raise InputError("Upload one or more interview files first.")
            result = self.assistant.add_files([Path(p) for p in paths])
            body = added_html(result.articles, result.problems)
        except Exception as error:
            body = refusal_html(user_message(error), paths or ())
        return (
            body,
            gr.update(choices=self.speaker_filter_choices()),
            gr.update(choices=self.article_filter_choices()),
            gr.update(choices=self.speaker_choices(interviewers=False)),
        )


class CoreShare:
    """Fits the model's threads (torch's intra-op pool, one setting per process) to the
    questions being answered at once: one question alone uses every core for its matrix
    products; several share them, one core each at least. More threads than cores only
    make the questions wait for each other (eval/bench_load.py measures it)."""

    def __init__(self) -> None:
        # Only a torch model already loaded has threads to fit; importing torch for nothing
        # would cost a second and hundreds of MB (the default encoders do not use it).
        torch = sys.modules.get("torch")
        self._torch = torch
        self._cores = max(1, torch.get_num_threads()) if torch is not None else 1
        self._running = 0
        self._lock = threading.Lock()

    @contextmanager
    def share(self) -> Iterator[None]:
        with self._lock:
            self._running += 1
            self._fit()
        try:
            yield
        finally:
            with self._lock:
                self._running -= 1
                self._fit()

    def _fit(self) -> None:
        if self._torch is not None:
            self._torch.set_num_threads(max(1, self._cores // max(1, self._running)))


def chat_turns(question: str, answer: Answer) -> tuple[ChatTurn, ChatTurn]:
    """The exchange as history for the next question, remembering whom the answer was about."""
    return (
        ChatTurn(role="user", content=question),
        ChatTurn(
            role="assistant",
            content=answer.text,
            speaker=answer.speaker,
            article_id=answer.article_id,
        ),
    )


def user_message(error: Exception) -> str:
    """What a person sees: our own messages verbatim; for a bug, a pointer to the log."""
    if isinstance(error, AssistantError):
        return str(error)
    log.exception("unexpected error in a UI handler", exc_info=error)
    return (
        f"Something went wrong inside the assistant ({type(error).__name__}); "
        "the server log has the details."
    )


# --- layout ----------------------------------------------------------------------------


def build_app(assistant: Assistant) -> gr.Blocks:
    """The whole app: Chat, Positions and Upload tabs, and the `/ask` API endpoint."""
    ui = AssistantUI(assistant)
    with gr.Blocks(title="Interview assistant") as app:
        gr.Markdown(
            "## Interview assistant\n"
            "Ask in English or German. Answers are made of verbatim, cited passages: "
            "who said it, where, and in answer to which question."
        )
        with gr.Tab("Chat", id="chat-tab"):
            speaker_filter, article_filter = _chat_tab(ui)
        with gr.Tab("Positions", id="positions-tab"):
            positions_speaker = _positions_tab(ui)
        with gr.Tab("Upload", id="upload-tab"):
            _upload_tab(ui, speaker_filter, article_filter, positions_speaker)
        gr.api(ui.ask_api, api_name="ask")
    return app


def _chat_tab(ui: AssistantUI) -> tuple[gr.Dropdown, gr.Dropdown]:
    turns = gr.State([])
    with gr.Row():
        with gr.Column(scale=3):
            chatbot = gr.Chatbot(
                label="Chat",
                elem_id="chat",
                height=520,
                latex_delimiters=[],
                feedback_options=None,
                buttons=["copy", "copy_all"],
            )
            with gr.Row():
                question = gr.Textbox(
                    placeholder="Ask about the interviews (English or German) and press Enter",
                    show_label=False,
                    elem_id="question",
                    max_length=ui.settings.max_question_chars,
                    scale=5,
                )
                ask = gr.Button("Ask", variant="primary", elem_id="ask", scale=1)
            gr.Examples(EXAMPLES, inputs=question, label="Examples")
            with gr.Row():
                speaker = gr.Dropdown(
                    ui.speaker_filter_choices(),
                    value=ANY,
                    label="Speaker",
                    elem_id="speaker-filter",
                )
                article = gr.Dropdown(
                    ui.article_filter_choices(),
                    value=ANY,
                    label="Article",
                    elem_id="article-filter",
                )
                answers_only = gr.Checkbox(label="Answers only", value=False)
            new = gr.Button("New conversation", size="sm")
        with gr.Column(scale=2):
            sources = gr.HTML(sources_html(None), elem_id="sources", js_on_load=None)
    inputs = [question, chatbot, turns, speaker, article, answers_only]
    outputs = [chatbot, turns, sources, question]
    for trigger in (question.submit, ask.click):
        trigger(ui.respond, inputs, outputs, api_visibility="private")
    reset = (lambda: ([], [], sources_html(None)), None, [chatbot, turns, sources])
    new.click(*reset, api_visibility="private")
    chatbot.clear(*reset, api_visibility="private")
    return speaker, article


def _positions_tab(ui: AssistantUI) -> gr.Dropdown:
    speakers = ui.speaker_choices(interviewers=False)
    with gr.Row():
        speaker = gr.Dropdown(
            speakers,
            value=speakers[0][1] if speakers else None,
            label="Speaker",
            elem_id="positions-speaker",
        )
        topic = gr.Textbox(label="Topic (optional)", placeholder="e.g. Finanzierung, funding")
    show = gr.Button("Show positions", variant="primary", elem_id="show-positions")
    with gr.Row():
        markdown = gr.DownloadButton("Download Markdown", visible=False, elem_id="positions-md")
        table = gr.DownloadButton("Download CSV", visible=False, elem_id="positions-csv")
    result = gr.HTML(elem_id="positions", js_on_load=None)
    for trigger in (show.click, topic.submit):
        trigger(ui.explore, [speaker, topic], [result, markdown, table], api_visibility="private")
    return speaker


def _upload_tab(
    ui: AssistantUI,
    speaker_filter: gr.Dropdown,
    article_filter: gr.Dropdown,
    positions_speaker: gr.Dropdown,
) -> None:
    limit = ui.settings.max_upload_bytes
    gr.Markdown(
        f"Upload interviews (plain text, Markdown, saved web pages, PDFs or Word files: "
        f"{', '.join(SUPPORTED_SUFFIXES)}; at most {limit:,} bytes each). "
        "You see the parsed turns and speakers first; **Add to corpus** then updates the "
        "index without a restart. A file named like one already in the corpus replaces it; "
        "the replaced version is kept in the corpus's hidden `articles/.previous/` folder, "
        "which is never searched."
    )
    files = gr.File(
        file_count="multiple", type="filepath", label="Interview files", elem_id="upload"
    )
    add = gr.Button("Add to corpus", variant="primary", interactive=False, elem_id="add-files")
    preview = gr.HTML(elem_id="upload-preview", js_on_load=None)
    files.upload(ui.preview, files, [preview, add], api_visibility="private")
    files.clear(
        lambda: ("", gr.update(interactive=False)), None, [preview, add], api_visibility="private"
    )
    add.click(
        ui.add,
        files,
        [preview, speaker_filter, article_filter, positions_speaker],
        api_visibility="private",
        concurrency_limit=1,  # index updates run one at a time anyway
    ).then(lambda: gr.update(interactive=False), None, add, api_visibility="private")


def _say_busy_plainly(app: gr.Blocks) -> None:
    """A request turned away from a full queue gets BUSY_MESSAGE (HTTP 503) instead of
    Gradio's "Queue is full. Max size is N ...". The page and gradio_client show their own
    "busy, please try again" for it."""
    queue = app._queue
    push = queue.push

    async def push_or_say_busy(*args: Any, **kwargs: Any) -> Any:
        accepted, detail, state = await push(*args, **kwargs)
        if state == "queue_full":
            log.warning("turned a request away: %s", detail)
            return accepted, BUSY_MESSAGE, state
        return accepted, detail, state

    queue.push = push_or_say_busy


def serve(
    app: gr.Blocks,
    *,
    host: str,
    port: int,
    auth: tuple[str, str] | None,
    max_upload_bytes: int,
    block: bool = True,
    concurrency: int = CONCURRENCY,
    queue_size: int = QUEUE_SIZE,
) -> None:
    """Starts the server; with `block=False` it returns once the server is up (tests).
    Each kind of request (chat, `/ask`, positions) runs up to `concurrency` at once; up to
    `queue_size` more wait their turn, and past that a request is turned away as busy."""
    app.queue(default_concurrency_limit=concurrency, max_size=queue_size)
    _say_busy_plainly(app)
    try:
        app.launch(
            server_name=host,
            server_port=port,
            auth=auth,
            max_file_size=max_upload_bytes,
            prevent_thread_lock=not block,
            show_error=False,
            footer_links=["api"],
            css=CSS,
            ssr_mode=False,
            mcp_server=False,
            pwa=False,
            enable_monitoring=False,
            run_history=False,
        )
    except OSError as error:
        raise ConfigError(
            f"Cannot serve on {host}:{port} ({error}). Stop the program using that port "
            "or pass another one with --port."
        ) from error
