"""The real default model: normalised float32 vectors, prefixes, token counting, and a
clear error (no download attempt) for a model that is not here."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.errors import ConfigError
from assistant.index.encoders.sentence_transformer import Embedder, default_prefixes
from assistant.settings import Settings

pytestmark = pytest.mark.integration


def test_vectors_are_normalised_float32_rows(embedder: Embedder) -> None:
    queries = embedder.encode_queries(["why does Bienert call for a moonshot programme?"])
    passages = embedder.encode_passages(["Eine Art Moonshot-Programm.", "Autobahnen."])
    assert queries.shape == (1, embedder.dimension) == (1, 384)
    assert passages.shape == (2, 384)
    assert queries.dtype == passages.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(passages, axis=1), 1.0, atol=1e-5)
    assert embedder.encode_passages([]).shape == (0, 384)


def test_similar_texts_are_closer_than_unrelated_ones(embedder: Embedder) -> None:
    query = embedder.encode_queries(["a moonshot programme for European AI"])[0]
    near, far = embedder.encode_passages(
        ["We need a moonshot programme for competitive European AI.", "The congress is in July."]
    )
    assert query @ near > query @ far


def test_token_count_includes_special_tokens_and_is_not_truncated(embedder: Embedder) -> None:
    assert embedder.max_tokens == 256
    assert embedder.count_tokens("Moonshot") >= 3  # [CLS] ... [SEP]
    long_text = "Foundation-Modelle " * 300
    assert embedder.count_tokens(long_text) > embedder.max_tokens


def test_prefixes_are_added_to_queries_and_passages(embedder: Embedder) -> None:
    prefixed = Embedder(
        embedder.model, name=embedder.name, query_prefix="query: ", passage_prefix="passage: "
    )
    np.testing.assert_allclose(
        prefixed.encode_queries(["Moonshot"]),
        embedder.encode_queries(["query: Moonshot"]),
        atol=1e-6,
    )
    np.testing.assert_allclose(
        prefixed.encode_passages(["Moonshot"]),
        embedder.encode_passages(["passage: Moonshot"]),
        atol=1e-6,
    )
    assert prefixed.count_tokens("Moonshot") > embedder.count_tokens("Moonshot")


def test_e5_models_get_their_prefixes_by_default() -> None:
    assert default_prefixes("intfloat/multilingual-e5-small") == ("query: ", "passage: ")
    assert default_prefixes("/models/e5-base-v2") == ("query: ", "passage: ")
    assert default_prefixes("all-MiniLM-L6-v2") == ("", "")
    assert default_prefixes("sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2") == (
        "",
        "",
    )


def test_an_unknown_model_is_a_clear_config_error(tmp_path) -> None:
    with pytest.raises(ConfigError, match=r"Cannot load the embedding model 'no-such/model-xyz'"):
        Embedder.load(Settings(model="no-such/model-xyz", index_dir=tmp_path))
    with pytest.raises(ConfigError, match="empty"):
        Embedder.load(Settings(model="  "))
