"""The LangChain peers the evaluation compares against: what a stock RAG tutorial does, and
what a careful user builds from the same parts in an afternoon.

Raw article files -> `RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)` ->
an embedding model -> LangChain's FAISS vector store; the careful variant also ranks the
chunks with LangChain's BM25Retriever and fuses the two as EnsembleRetriever does. No
speaker turns. Models are not loaded again: our already-loaded encoders are wrapped in a
LangChain `Embeddings` adapter.

Example:
    >>> baseline = LangChainBaseline.build(bot.articles(), encoder, data_dir=Path("data"))
    >>> [chunk.id for chunk in baseline.run("Warum fordert Bienert ein Moonshot-Programm?", k=3)]
    ['bienert-ki-unabhaengigkeit-chemanager#c04', ...]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from langchain_community.document_loaders import TextLoader
from langchain_community.retrievers import BM25Retriever
from langchain_community.vectorstores import FAISS
from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings
from langchain_text_splitters import RecursiveCharacterTextSplitter

from assistant.errors import InputError
from assistant.evaluation.gold import GoldPassage, normalise_space
from assistant.models import Article
from assistant.search.fusion import reciprocal_rank_fusion

if TYPE_CHECKING:
    from assistant.index.encoders import Encoder

CHUNK_SIZE = 1000
CHUNK_OVERLAP = 200
# EnsembleRetriever's constant for reciprocal rank fusion.
ENSEMBLE_RRF_K = 60


class EmbedderEmbeddings(Embeddings):
    """LangChain's `Embeddings` interface over one of our encoders (same model, prefixes)."""

    def __init__(self, embedder: Encoder) -> None:
        self.embedder = embedder

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embedder.encode_passages(list(texts)).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embedder.encode_queries([text])[0].tolist()


@dataclass(frozen=True)
class BaselineChunk:
    """A retrieved baseline chunk: `id` is `<article-id>#cNN` in file order."""

    id: str
    article_id: str
    text: str
    # LangChain's FAISS store ranks by L2 distance: lower is nearer (fused: minus the score).
    distance: float
    rank: int


class LangChainBaseline:
    """Fixed-size chunks of the raw files in a LangChain FAISS store (see module docstring),
    optionally fused with LangChain's BM25Retriever over the same chunks."""

    def __init__(
        self, store: FAISS, chunks: Sequence[Document], bm25: BM25Retriever | None = None
    ) -> None:
        self.store = store
        self.chunks = tuple(chunks)
        self.bm25 = bm25

    @classmethod
    def build(
        cls,
        articles: Sequence[Article],
        embedder: Encoder,
        *,
        data_dir: Path | None = None,
        bm25: bool = False,
    ) -> LangChainBaseline:
        """Split and embed the source file of every article (a relative `Article.path` is
        looked up under `data_dir`); with `bm25`, also index the chunks for BM25."""
        splitter = RecursiveCharacterTextSplitter(
            chunk_size=CHUNK_SIZE, chunk_overlap=CHUNK_OVERLAP
        )
        chunks: list[Document] = []
        for article in articles:
            pieces = splitter.split_documents(_load(article, data_dir))
            for number, piece in enumerate(pieces, 1):
                piece.id = f"{article.id}#c{number:02d}"
                piece.metadata["article_id"] = article.id
            chunks.extend(pieces)
        if not chunks:
            raise InputError("the baseline has nothing to index: the corpus has no readable files")
        store = FAISS.from_documents(
            chunks, EmbedderEmbeddings(embedder), ids=[c.id for c in chunks]
        )
        return cls(store, chunks, BM25Retriever.from_documents(chunks) if bm25 else None)

    def run(self, question: str, *, k: int = 10) -> list[BaselineChunk]:
        """The k chunks nearest to the question, best first; with BM25, the two rankings
        fused as LangChain's EnsembleRetriever does (reciprocal ranks, constant 60, equal
        weights)."""
        found = self.store.similarity_search_with_score(question, k=k)
        if self.bm25 is not None:
            self.bm25.k = k
            lexical = self.bm25.invoke(question)
            by_id = {d.id: d for d, _ in found} | {d.id: d for d in lexical}
            fused = reciprocal_rank_fusion(
                [[d.id for d, _ in found], [d.id for d in lexical]], k=ENSEMBLE_RRF_K
            )
            found = [(by_id[chunk_id], -score) for chunk_id, score in fused[:k]]
        return [
            BaselineChunk(
                id=document.id or "",
                article_id=document.metadata["article_id"],
                text=document.page_content,
                distance=float(distance),
                rank=rank,
            )
            for rank, (document, distance) in enumerate(found, 1)
        ]

    def unreachable(self, passages: Sequence[GoldPassage]) -> tuple[str, ...]:
        """Key texts that no chunk contains whole, so that no ranking could credit them."""
        texts = [normalise_space(chunk.page_content) for chunk in self.chunks]
        return tuple(
            dict.fromkeys(
                p.key_text for p in passages if not any(p.key_text in text for text in texts)
            )
        )


def _load(article: Article, data_dir: Path | None) -> list[Document]:
    if not article.path:
        raise InputError(f"article {article.id} has no source file to build the baseline from")
    path = Path(article.path)
    if not path.is_absolute() and data_dir is not None and not path.exists():
        path = data_dir / path
    return TextLoader(str(path), autodetect_encoding=True).load()
