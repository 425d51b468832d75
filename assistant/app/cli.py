"""Command line: `python -m assistant {ingest,index,search,ask,eval,serve}`.

A thin layer over `assistant.api.Assistant` (and `assistant.ingest.corpus` for ingest). Every
`AssistantError` becomes a one-line message and exit code 2; no traceback reaches a user
unless `--debug` is given.

The `--json` shapes are contracts used by scripts and the evaluation: fields may be
added, never renamed or dropped.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.errors import AssistantError, ConfigError, InputError
from assistant.models import Answer, Article, Hit, SearchFilter
from assistant.settings import Settings
from assistant.text.shorten import shorten

if TYPE_CHECKING:
    from assistant.api import Assistant


DATABASE_HELP = (
    "postgresql://... selects the PostgreSQL + pgvector backend, the index name being its "
    "schema (default: ASSISTANT_DATABASE_URL; unset: the embedded index folder)"
)


def build_parser() -> argparse.ArgumentParser:
    # No abbreviations: "--data" must not quietly stand for "--database-url".
    parser = argparse.ArgumentParser(
        prog="python -m assistant", description=__doc__, allow_abbrev=False
    )
    parser.add_argument("--debug", action="store_true", help="show tracebacks")
    commands = parser.add_subparsers(dest="command", required=True)

    ingest = commands.add_parser(
        "ingest", allow_abbrev=False, help="parse interviews into speaker turns"
    )
    ingest.add_argument("paths", nargs="+", help="files or folders")
    ingest.add_argument("--json", action="store_true", help="print the JSON contract")
    ingest.set_defaults(handler=cmd_ingest)

    index = commands.add_parser(
        "index", allow_abbrev=False, help="build or update the search index"
    )
    index.add_argument("--data", help="corpus folder (default: data/)")
    index.add_argument("--index", help="index folder (default: index/)")
    index.add_argument("--model", help="sentence-transformers name or path")
    index.add_argument("--database-url", help=DATABASE_HELP)
    index.add_argument(
        "--no-wait",
        action="store_true",
        help="stop with a message if another process is updating the index (default: wait)",
    )
    index.set_defaults(handler=cmd_index)

    search = commands.add_parser(
        "search", allow_abbrev=False, help="find the passages that answer a question"
    )
    _add_question_arguments(search)
    search.add_argument("--k", type=int, default=5, help="number of results (default 5)")
    search.add_argument("--answers-only", action="store_true", help="only answer turns")
    search.set_defaults(handler=cmd_search)

    ask = commands.add_parser(
        "ask", allow_abbrev=False, help="answer a question with cited passages"
    )
    _add_question_arguments(ask)
    ask.add_argument("--history", help="JSON file with the conversation so far")
    ask.add_argument("--llm", help="ollama:MODEL or openai:MODEL (default: extractive)")
    ask.set_defaults(handler=cmd_ask)

    _add_eval_command(commands)
    _add_serve_command(commands)
    return parser


def _add_eval_command(commands: argparse._SubParsersAction) -> None:
    """`eval`: one gold set, or several side by side (`--sets`)."""
    evaluate = commands.add_parser(
        "eval", allow_abbrev=False, help="score retrieval and answers on a gold set"
    )
    evaluate.add_argument("--gold", help="gold set file (default: eval/gold.yaml)")
    evaluate.add_argument("--index", help="index folder (default: index/)")
    evaluate.add_argument("--database-url", help=DATABASE_HELP)
    evaluate.add_argument("--report", help="report folder (default: eval/reports/)")
    evaluate.add_argument("--json", action="store_true", help="print the JSON summary")
    evaluate.add_argument(
        "--sets",
        nargs="?",
        const="eval/sets.toml",
        help="run every gold set FILE names side by side, each over its own corpus "
        "(default file: eval/sets.toml; indexes in INDEX/eval-NAME, reports in REPORT/NAME)",
    )
    evaluate.set_defaults(handler=cmd_eval)


def _add_serve_command(commands: argparse._SubParsersAction) -> None:
    """`serve`: the chat UI and the `/ask` API, and how many questions it answers at once."""
    serve = commands.add_parser("serve", allow_abbrev=False, help="start the chat UI")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=7860)
    serve.add_argument("--auth", help="user:password (required on a non-loopback host)")
    serve.add_argument("--index", help="index folder (default: index/)")
    serve.add_argument("--database-url", help=DATABASE_HELP)
    serve.add_argument(
        "--concurrency",
        type=int,
        help="questions answered at once, per kind of request (default: one per core)",
    )
    serve.add_argument(
        "--queue-size",
        type=int,
        help="requests that may wait beyond those; more are told to try again (default 32)",
    )
    serve.set_defaults(handler=cmd_serve)


def _add_question_arguments(command: argparse.ArgumentParser) -> None:
    """The arguments `search` and `ask` share: the question(s), filters, output, index."""
    command.add_argument("question", nargs="?", help="the question (or use --batch)")
    command.add_argument("--batch", help="file with one question per line; JSON Lines out")
    command.add_argument("--speaker", help="only turns by this speaker (name or alias)")
    command.add_argument("--article", help="only this article id")
    command.add_argument("--json", action="store_true", help="print the JSON contract")
    command.add_argument("--index", help="index folder (default: index/)")
    command.add_argument("--model", help="sentence-transformers name or path")
    command.add_argument("--database-url", help=DATABASE_HELP)


def settings_from(args: argparse.Namespace) -> Settings:
    """Environment settings, overridden by the command-line options given."""
    overrides = {
        field: value
        for field, value in (
            ("data_dir", getattr(args, "data", None)),
            ("index_dir", getattr(args, "index", None)),
            ("database_url", getattr(args, "database_url", None)),
            ("model", getattr(args, "model", None)),
            ("llm", getattr(args, "llm", None)),
            ("auth", getattr(args, "auth", None)),
        )
        if value is not None
    }
    return Settings(**overrides)


def print_json(payload: object) -> None:
    print(json.dumps(payload, ensure_ascii=False))


def cmd_ingest(args: argparse.Namespace) -> int:
    """Parse files/folders and show their turns; problems go to stderr. Exit code 2 only
    when nothing at all could be read."""
    from assistant.ingest.corpus import load_corpus

    result = load_corpus([Path(p) for p in args.paths], settings_from(args))
    if args.json:
        print_json(
            {
                "articles": [article.to_json() for article in result.articles],
                "problems": [
                    {"path": p.path, "message": p.message, "fatal": p.fatal}
                    for p in result.problems
                ],
            }
        )
    else:
        for article in result.articles:
            print(_article_table(article))
    for problem in result.problems:
        prefix = "skipped" if problem.fatal else "warning"
        print(f"{prefix}: {problem.path}: {problem.message}", file=sys.stderr)
    if not result.articles:
        print(f"error: no interview could be read from {' '.join(args.paths)}", file=sys.stderr)
        return 2
    turns = sum(len(article.turns) for article in result.articles)
    skipped = sum(1 for p in result.problems if p.fatal)
    print(
        f"{len(result.articles)} article(s), {turns} turns"
        + (f", {skipped} file(s) skipped" if skipped else ""),
        file=sys.stderr,
    )
    return 0


def _article_table(article: Article) -> str:
    """A readable overview of one article: who speaks, and each turn's first words."""
    people = "; ".join(
        f"{p.name} ({p.role}{', ' + p.affiliation if p.affiliation else ''})"
        for p in article.participants
    )
    lines = [
        f"{article.id}: {article.title}",
        f"  source: {article.source or '-'}   date: {article.date or '-'}   file: {article.path}",
        f"  speakers: {people or '-'}",
        f"  {'#':>3}  {'kind':<9} {'speaker':<22} text",
    ]
    for turn in article.turns:
        speaker = shorten(turn.speaker or "-", 22)
        lines.append(f"  {turn.number:>3}  {turn.kind:<9} {speaker:<22} {shorten(turn.text, 70)}")
    return "\n".join(lines) + "\n"


def cmd_index(args: argparse.Namespace) -> int:
    """Build or update the index; a progress bar on stderr, a one-line summary on stdout."""
    from assistant.api import Assistant

    bot = Assistant.open(
        settings_from(args), progress=True, busy="fail" if args.no_wait else "wait"
    )
    report = bot.report
    assert report is not None  # open() with refresh always indexes, or raises
    if report.rebuilt_because:
        print(f"note: rebuilt the whole index: {report.rebuilt_because}", file=sys.stderr)
    print(f"{bot.settings.index_dir}/ from {bot.settings.data_dir}/: {report.summary()}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    """Ranked turns for one question, or JSON Lines for a `--batch` file (the model is
    loaded once). A bad question in a batch gets an `error` field; the rest still run."""
    from assistant.search.retrieval import check_k

    settings = settings_from(args)
    check_k(args.k)  # before the model loads, so a typo fails in a moment
    questions = questions_from(args, settings)
    bot = open_assistant(settings)
    search_filter = search_filter_from(args)

    def search(question: str) -> dict:
        hits = bot.search(question, k=args.k, search_filter=search_filter)
        return {"question": question, "results": [h.to_json() for h in hits]}

    if args.batch:
        return run_batch(questions, search, lambda q: {"question": q, "results": []})
    if args.json:
        print_json(search(questions[0]))
        return 0
    hits = bot.search(questions[0], k=args.k, search_filter=search_filter)
    print(_hits_text(hits) if hits else "No passage matches (try fewer filters).")
    return 0


def questions_from(args: argparse.Namespace, settings: Settings) -> list[str]:
    """The question, or the `--batch` file's questions. Checked before the model loads, so
    a typo fails in milliseconds."""
    from assistant.search.query import checked_question

    if (args.question is None) == (args.batch is None):
        raise InputError("Give one question, or --batch FILE with one question per line.")
    if args.batch:
        return read_questions(args.batch)
    return [checked_question(args.question, settings.max_question_chars)]


def open_assistant(settings: Settings) -> Assistant:
    """Assistant.open, saying on stderr when the index had to be brought up to date."""
    from assistant.api import Assistant

    bot = Assistant.open(settings, progress=True)
    if bot.update_warning is not None:
        print(f"warning: {bot.update_warning}", file=sys.stderr)
    if bot.report is not None and bot.report.changed:
        why = f" ({bot.report.rebuilt_because})" if bot.report.rebuilt_because else ""
        print(f"note: updated the index first{why}: {bot.report.summary()}", file=sys.stderr)
    return bot


def run_batch(
    questions: Sequence[str], run_one: Callable[[str], dict], on_error: Callable[[str], dict]
) -> int:
    """One JSON line per question, in order. A question that fails gets the contract's
    row `on_error(question)` plus an `error`; the others still run, and the exit code says so."""
    failed = 0
    for question in questions:
        try:
            if isinstance(question, UnreadableLine):
                raise InputError(question.error)
            print_json(run_one(question))
        except InputError as error:
            failed += 1
            print_json({**on_error(question), "error": str(error)})
    if failed:
        print(f"error: {failed} of {len(questions)} questions could not be run", file=sys.stderr)
    return 2 if failed else 0


class UnreadableLine(str):
    """A batch line that is not UTF-8: its text as far as it can be shown, and why it
    cannot be run; the batch gives it an error row and answers the other lines."""

    error: str

    def __new__(cls, text: str, error: str) -> UnreadableLine:
        line = super().__new__(cls, text)
        line.error = error
        return line


def read_questions(path: str) -> list[str]:
    """The non-blank lines of a batch file, in order. A line that is not UTF-8 comes back
    as an `UnreadableLine`, so that one bad line costs one answer, not the batch."""
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise InputError(f"Cannot read the batch file {path}: {error}") from None
    questions: list[str] = []
    for number, raw in enumerate(data.splitlines(), start=1):
        try:
            line = raw.decode("utf-8").strip()
        except UnicodeDecodeError as error:
            shown = raw.decode("utf-8", errors="replace").strip()
            questions.append(
                UnreadableLine(
                    shown,
                    f"Line {number} of the batch file {path} is not UTF-8 text (byte "
                    f"0x{raw[error.start]:02x} at position {error.start + 1}); save the file "
                    "as UTF-8.",
                )
            )
            continue
        if number == 1:
            line = line.removeprefix("\ufeff").strip()  # a byte-order mark
        if line:
            questions.append(line)
    if not questions:
        raise InputError(f"The batch file {path} has no questions (one per line).")
    return questions


def search_filter_from(args: argparse.Namespace) -> SearchFilter | None:
    """--speaker / --article / --answers-only as a SearchFilter (None when none is given)."""
    return SearchFilter.of(
        speaker=args.speaker,
        article=args.article,
        answers_only=getattr(args, "answers_only", False),
    )


def _hits_text(hits: Sequence[Hit]) -> str:
    blocks = []
    for hit in hits:
        who = f"{hit.turn.speaker} ({hit.turn.kind})" if hit.turn.speaker else hit.turn.kind
        lines = [
            f"{hit.rank}. {who} in {hit.article.title!r}  [{hit.turn.id}, score {hit.score:.4f}]"
        ]
        if hit.turn.question:
            lines.append(textwrap.indent(textwrap.fill(f"Q: {hit.turn.question}", 96), "   "))
        for paragraph in hit.turn.text.split("\n\n"):
            lines.append(textwrap.indent(textwrap.fill(paragraph, 96), "   "))
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def cmd_ask(args: argparse.Namespace) -> int:
    """A cited answer for one question, or JSON Lines (`Answer.to_json`) for a `--batch`
    file, in order, with the model loaded once. Each batch question stands alone (after the
    `--history`, if given); a bad one gets an `error` field and the rest still run."""
    from assistant.search.conversation import load_history

    settings = settings_from(args)
    questions = questions_from(args, settings)
    history = load_history(Path(args.history)) if args.history else ()
    if settings.llm:
        # Imported only when asked for: the LLM clients take most of a second to import.
        from assistant.answer.llm import LLMSpec

        LLMSpec.parse(settings.llm)
    bot = open_assistant(settings)
    search_filter = search_filter_from(args)

    def ask(question: str) -> Answer:
        return bot.ask(question, history=history, search_filter=search_filter)

    if args.batch:
        return run_batch(
            questions, lambda q: ask(q).to_json(), lambda q: Answer.unanswered(q).to_json()
        )
    answer = ask(questions[0])
    if args.json:
        print_json(answer.to_json())
    else:
        print(_answer_text(answer))
    return 0


def _answer_text(answer: Answer) -> str:
    lines = [answer.text, ""]
    for citation in answer.citations:
        who = citation.turn.speaker or citation.turn.kind
        lines.append(f"[{citation.n}] {citation.turn.id} ({who})")
    if answer.note:
        lines.append(f"Note: {answer.note}")
    lines.append(f"({answer.backend})")
    return "\n".join(lines)


def cmd_eval(args: argparse.Namespace) -> int:
    """`Assistant.evaluate` on the gold set: the JSON summary, or a short summary, the
    report's files and the gate's verdict."""
    from assistant.api import Assistant
    from assistant.evaluation.gold import read_gold
    from assistant.evaluation.report import summary

    if args.sets:
        return _eval_sets(args)
    gold_path = Path(args.gold or "eval/gold.yaml")
    read_gold(gold_path)  # a missing or malformed gold file fails before the model loads
    bot = Assistant.open(settings_from(args))
    run = bot.evaluate(gold_path, Path(args.report or "eval/reports"))
    if args.json:
        print_json(run.to_json())
    else:
        print(summary(run.report))
        print(f"report: {', '.join(str(path) for path in run.paths)}")
        if run.failures is not None:
            print("gate: " + ("; ".join(run.failures) or "all thresholds met"))
    return 0


def _eval_sets(args: argparse.Namespace) -> int:
    """`Assistant.evaluate` on every set of `--sets`, encoders and dictionary loaded once;
    one column per set, or {"sets": {name: the eval JSON}}."""
    from assistant.api import Assistant
    from assistant.evaluation.gold import read_gold
    from assistant.evaluation.sets import read_sets, side_by_side

    sets = read_sets(Path(args.sets))
    for each in sets:
        read_gold(each.gold)  # every gold file is checked before a model loads
    base = settings_from(args)
    index_root, report_root = Path(args.index or "index"), Path(args.report or "eval/reports")
    runs, encoders, translator = {}, None, None
    for each in sets:
        settings = base.model_copy(
            update={"data_dir": each.data, "index_dir": index_root / f"eval-{each.name}"}
        )
        bot = Assistant.open(settings, encoders=encoders, translator=translator)
        encoders, translator = bot.encoders, bot.translator
        runs[each.name] = bot.evaluate(each.gold, report_root / each.name)
    if args.json:
        print_json({"sets": {name: run.to_json() for name, run in runs.items()}})
    else:
        print(side_by_side(runs))
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    settings = settings_from(args)
    # Checked before the model loads, so a refusal is immediate.
    auth = serve_auth(args.host, settings.auth)
    for option, value in (("--concurrency", args.concurrency), ("--queue-size", args.queue_size)):
        if value is not None and value < 1:
            raise InputError(f"{option} must be at least 1, not {value}.")
    from assistant.api import Assistant
    from assistant.app.ui import CONCURRENCY, QUEUE_SIZE, build_app, serve

    bot = Assistant.open(settings, refresh=True, progress=True)
    if bot.update_warning is not None:
        print(f"warning: {bot.update_warning}", file=sys.stderr)
    app = build_app(bot)
    serve(
        app,
        host=args.host,
        port=args.port,
        auth=auth,
        max_upload_bytes=settings.max_upload_bytes,
        concurrency=args.concurrency or CONCURRENCY,
        queue_size=args.queue_size or QUEUE_SIZE,
    )
    return 0


def serve_auth(host: str, spec: str | None) -> tuple[str, str] | None:
    """The (user, password) to require, from `--auth`/ASSISTANT_AUTH "user:password".
    Off the loopback interface anyone on the network could reach the corpus, so there a
    password is mandatory."""
    import ipaddress

    if spec is not None:
        user, _, password = spec.partition(":")
        if not user or not password:
            raise ConfigError('--auth (or ASSISTANT_AUTH) must look like "user:password".')
        return user, password
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if not loopback:
        raise ConfigError(
            f"Refusing to serve on {host} without a password: anyone who can reach this "
            "machine could use the assistant. Pass --auth user:password (or set "
            "ASSISTANT_AUTH=user:password), or serve on 127.0.0.1."
        )
    return None


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except AssistantError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # a bug: say so briefly; --debug shows the traceback
        if args.debug:
            raise
        print(
            f"internal error: {type(error).__name__}: {error} (rerun with --debug)", file=sys.stderr
        )
        return 1
