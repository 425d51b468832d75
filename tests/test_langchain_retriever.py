"""The hybrid retriever behind LangChain's retriever interface."""

from __future__ import annotations

import pytest
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever

from assistant.models import SearchFilter
from assistant.search.langchain_retriever import InterviewRetriever
from conftest import SEED_ID

pytestmark = pytest.mark.integration


def test_documents_carry_the_turn_and_its_citation_data(assistant) -> None:
    retriever = InterviewRetriever(searcher=assistant, k=3)
    assert isinstance(retriever, BaseRetriever)
    documents = retriever.invoke("why does Bienert call for a moonshot programme?")
    assert len(documents) == 3 and all(isinstance(d, Document) for d in documents)
    first = documents[0]
    turn = assistant.retriever.index.turns([f"{SEED_ID}#t09"])[f"{SEED_ID}#t09"][1]
    assert first.page_content == turn.text
    assert first.id == turn.id
    assert first.metadata["id"] == turn.id
    assert first.metadata["speaker"] == "Jörg Bienert"
    assert first.metadata["kind"] == "answer"
    assert first.metadata["article_id"] == SEED_ID
    assert first.metadata["question_id"] == turn.question_id
    assert first.metadata["question"] == turn.question
    assert first.metadata["rank"] == 1


def test_filter_and_k_are_applied(assistant) -> None:
    retriever = InterviewRetriever(
        searcher=assistant, k=2, search_filter=SearchFilter(speaker="CHEManager")
    )
    documents = retriever.invoke("KI in Europa")
    assert 0 < len(documents) <= 2
    assert {d.metadata["speaker"] for d in documents} == {"Volker Oestreich"}
