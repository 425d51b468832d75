"""The one Python API: the CLI, the Gradio UI and the evaluation are thin layers over it.

Example:
    >>> from assistant.api import Assistant
    >>> from assistant.settings import Settings
    >>> bot = Assistant.open(Settings())            # loads the model once, opens/refreshes the index
    >>> hits = bot.search("why does Bienert call for a moonshot programme?", k=3)
    >>> answer = bot.ask("why does Bienert call for a moonshot programme?")
    >>> print(answer.text)
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from assistant.embedding import Embedder
from assistant.models import Answer, Article, ChatTurn, Hit, IngestResult, SearchFilter
from assistant.settings import Settings


class Assistant:
    """Holds the expensive things (model, index) loaded once; every call reuses them."""

    # Filled in by the retrieval work (issue 3): __init__, open, refresh, articles, search,
    # add_files; and by the answer work (issue 4): ask.

    @classmethod
    def open(
        cls,
        settings: Settings,
        *,
        embedder: Embedder | None = None,
        refresh: bool = True,
        progress: bool = False,
    ) -> Assistant:
        """Load the embedding model (or reuse `embedder`) and the index in `settings.index_dir`. With `refresh`,
        build it from `settings.data_dir` when missing, or bring it up to date when stale;
        without, a missing/stale index raises IndexMissingError/IndexStaleError whose
        message names the command that fixes it."""
        raise NotImplementedError

    def articles(self) -> list[Article]:
        raise NotImplementedError

    def search(
        self, question: str, *, k: int = 5, search_filter: SearchFilter | None = None
    ) -> list[Hit]:
        raise NotImplementedError

    def add_files(self, paths: Sequence[Path]) -> IngestResult:
        """Parse files, copy the readable ones into the corpus and update the index
        incrementally (no restart)."""
        raise NotImplementedError

    def ask(
        self,
        question: str,
        *,
        history: Sequence[ChatTurn] = (),
        search_filter: SearchFilter | None = None,
        llm: str | None = None,
    ) -> Answer:
        raise NotImplementedError
