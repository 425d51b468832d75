"""Which language a question or passage is in: German or English, nothing else.

The corpus and its users speak German and English, so the identifier is restricted to
those two; anything else (French, Spanish, ...) is reported as the nearer of the two and
handled as such.

Example:
    >>> detect_language("why does Bienert call for a moonshot programme?")
    'en'
    >>> detect_language("Warum fordert Bienert ein Moonshot-Programm?")
    'de'
"""

from __future__ import annotations

import copy
import threading
from functools import cache
from typing import Literal

from py3langid.langid import MODEL_FILE, LanguageIdentifier

Language = Literal["de", "en"]


_LOADING = threading.Lock()


@cache
def _any_language() -> LanguageIdentifier:
    """The identifier over every language it knows (it may say "fr"). Loaded once: reading
    the model (LZMA-compressed arrays shipped in the package) takes about 0.3 s, a sixth
    of a cold `ask`, so both identifiers share it. The lock makes a question asked while
    `load_in_background` is still loading wait for that load instead of doing it again."""
    with _LOADING:
        return _load_any_language()


@cache
def _load_any_language() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@cache
def _identifier() -> LanguageIdentifier:
    # A copy restricted to German and English; restricting rebinds the copy's arrays and
    # leaves the shared model alone.
    identifier = copy.copy(_any_language())
    identifier.set_languages(["de", "en"])
    return identifier


def load_in_background() -> threading.Thread:
    """Starts loading the model in a thread of its own, for a process that will identify
    a language soon but has other loading to do first (the encoders). Most of the load is
    LZMA decompression, which runs outside the GIL, so on two cores it costs a cold `ask`
    almost nothing.

    Example:
        >>> load_in_background().join()
        >>> detect_language("Wie hoch ist die Förderung?")   # no loading left to do
        'de'
    """
    thread = threading.Thread(target=_identifier, name="language-model", daemon=True)
    thread.start()
    return thread


def detect_language(text: str) -> Language:
    """'de' or 'en' (an empty text counts as English)."""
    if not text.strip():
        return "en"
    language, _ = _identifier().classify(text[:2000])
    return "de" if language == "de" else "en"


# A question is reported as in another language only when the identifier is this sure and
# the question has this many words (short questions are mostly names: "Bienert Moonshot?").
_OTHER_LANGUAGE_CONFIDENCE = 0.5
_OTHER_LANGUAGE_MIN_WORDS = 4


def language_note(question: str) -> str | None:
    """A note for a question that is neither English nor German: it is answered as if in
    the nearer of the two, which may miss what it asks."""
    if len(question.split()) < _OTHER_LANGUAGE_MIN_WORDS:
        return None
    language, confidence = _any_language().classify(question[:2000])
    if language in ("de", "en") or confidence < _OTHER_LANGUAGE_CONFIDENCE:
        return None
    return (
        f"The question seems to be in another language ({language}); the assistant reads "
        "English and German, so this answer may miss what you asked. Ask in English or German."
    )
