"""The sentence vectors an index folder keeps for the answerer (`assistant.index.sentences`),
with the real e5 encoder: every sentence of the corpus embedded once at indexing time, only
new sentences embedded by an update, none at question time; a damaged or foreign store is
read as empty and rebuilt, never a crash."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from assistant.api import Assistant
from assistant.index.encoders import Encoder, sentence_encoder
from assistant.index.sentences import SentenceStore, corpus_digest
from assistant.settings import Settings
from assistant.text.sentences import split_sentences
from conftest import FIXTURES, SEED, real_encoder

pytestmark = pytest.mark.integration


class Counting:
    """A real encoder that counts the passages it is asked to embed."""

    def __init__(self, encoder: Encoder) -> None:
        self.encoder = encoder
        self.embedded = 0

    def __getattr__(self, name: str):
        return getattr(self.encoder, name)

    def encode_passages(self, texts):
        self.embedded += len(texts)
        return self.encoder.encode_passages(texts)


@pytest.fixture()
def e5(encoders) -> Counting:
    return Counting(real_encoder(sentence_encoder(encoders, Settings())))


def corpus_sentences(bot: Assistant) -> list[str]:
    return [s.text for a in bot.articles() for t in a.turns for s in split_sentences(t.text)]


def test_indexing_embeds_every_sentence_once_and_questions_embed_none(
    tmp_path: Path, encoders, e5: Counting
) -> None:
    (tmp_path / "data" / "articles").mkdir(parents=True)
    shutil.copy(SEED, tmp_path / "data" / "articles")
    settings = Settings(data_dir=tmp_path / "data", index_dir=tmp_path / "index")
    counted = [e5 if encoder.key == e5.key else encoder for encoder in encoders]
    bot = Assistant.open(settings, encoders=counted)
    sentences = corpus_sentences(bot)
    stored = SentenceStore.for_index(settings.index_dir, e5).lookup(sentences)
    assert set(stored) == set(sentences)
    direct = e5.encoder.encode_passages(sentences[:3])
    assert np.allclose(np.stack([stored[s] for s in sentences[:3]]), direct, atol=1e-5)

    e5.embedded = 0
    answer = bot.ask("Warum fordert Bienert ein Moonshot-Programm?")
    assert answer.citations and e5.embedded == 0

    # A second article: only its sentences are embedded, the seed's are kept.
    shutil.copy(
        FIXTURES / "interviews" / "frage-antwort-wasserstoff.txt", settings.data_dir / "articles"
    )
    store = SentenceStore.for_index(settings.index_dir, e5)
    bot.refresh()
    everything = corpus_sentences(bot)
    digest = corpus_digest(bot.retriever.index.manifest.articles)
    assert store.covers(digest) and set(store.lookup(everything)) == set(everything)
    assert store.fill(everything, digest) == 0  # nothing left to embed


def test_a_damaged_or_foreign_store_is_read_as_empty_and_rebuilt(
    tmp_path: Path, e5: Counting, encoders
) -> None:
    sentences = ["Eine Art Moonshot-Programm.", "Daten sind der Rohstoff."]
    store = SentenceStore.for_index(tmp_path, e5)
    assert store.lookup(sentences) == {}  # no file yet
    assert store.fill(sentences, "corpus-1") == 2
    assert set(store.lookup(sentences)) == set(sentences)
    # Only what is new is embedded; what the corpus no longer has is dropped.
    assert store.fill([sentences[1], "Neu."], "corpus-1b") == 1
    assert set(store.lookup([*sentences, "Neu."])) == {sentences[1], "Neu."}
    assert store.fill(sentences, "corpus-1") == 1

    store.path.write_bytes(b"\x00garbage" * 100)
    store.reopen()
    assert store.lookup(sentences) == {} and not store.covers("corpus-1")
    assert store.fill(sentences, "corpus-1") == 2
    assert set(store.lookup(sentences)) == set(sentences)

    # The vectors of another encoder are never mixed in: read as none, then replaced.
    use = next(e for e in encoders if e.key == "use")
    foreign = SentenceStore(store.path, use)
    assert foreign.lookup(sentences) == {} and not foreign.covers("corpus-1")
    assert foreign.fill(sentences[:1], "corpus-2") == 1
    store.reopen()
    assert store.lookup(sentences) == {}


def test_a_store_that_cannot_be_written_leaves_answers_working(tmp_path: Path, encoders) -> None:
    (tmp_path / "data" / "articles").mkdir(parents=True)
    shutil.copy(SEED, tmp_path / "data" / "articles")
    settings = Settings(data_dir=tmp_path / "data", index_dir=tmp_path / "index")
    # A folder where the store's file should be: it cannot be a database.
    (settings.index_dir / "sentences-e5.sqlite").mkdir(parents=True)
    bot = Assistant.open(settings, encoders=encoders)
    answer = bot.ask("Warum fordert Bienert ein Moonshot-Programm?")
    assert answer.citations and not answer.abstained
