"""The hybrid retriever as a LangChain `BaseRetriever`, for chains and agents built with
LangChain: one `Document` per turn, its text verbatim, its citation data in `metadata`.

Example:
    >>> retriever = InterviewRetriever(searcher=bot, k=3)   # bot: assistant.api.Assistant
    >>> documents = retriever.invoke("why does Bienert call for a moonshot programme?")
    >>> documents[0].metadata["id"], documents[0].metadata["speaker"]
    ('bienert-ki-unabhaengigkeit-chemanager#t09', 'Jörg Bienert')
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict, Field

from assistant.models import Hit, SearchFilter
from assistant.search.retrieval import Mode


@runtime_checkable
class Searcher(Protocol):
    """What the retriever needs: `assistant.api.Assistant.search`."""

    def search(
        self, question: str, *, k: int, search_filter: SearchFilter | None, mode: Mode
    ) -> list[Hit]: ...


class InterviewRetriever(BaseRetriever):
    """Turns that answer a question, as LangChain documents (`page_content` = turn text).

    Example:
        >>> InterviewRetriever(searcher=bot, k=5,
        ...     search_filter=SearchFilter(speaker="Bienert")).invoke("Moonshot?")
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    searcher: Searcher
    k: int = Field(default=5, ge=1)
    search_filter: SearchFilter | None = None
    mode: Mode = "hybrid"

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        hits = self.searcher.search(
            query, k=self.k, search_filter=self.search_filter, mode=self.mode
        )
        return [to_document(hit) for hit in hits]


def to_document(hit: Hit) -> Document:
    """A hit as a Document; the metadata is the search JSON contract minus the text."""
    metadata = {key: value for key, value in hit.to_json().items() if key != "text"}
    metadata["question_id"] = hit.turn.question_id
    return Document(page_content=hit.turn.text, metadata=metadata, id=hit.turn.id)
