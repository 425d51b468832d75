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

from functools import cache
from typing import Literal

from py3langid.langid import MODEL_FILE, LanguageIdentifier

Language = Literal["de", "en"]


@cache
def _identifier() -> LanguageIdentifier:
    # Cached because it is a small read-only model shipped in the package (loaded in ~0.1 s).
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    identifier.set_languages(["de", "en"])
    return identifier


def detect_language(text: str) -> Language:
    """'de' or 'en' (an empty text counts as English)."""
    if not text.strip():
        return "en"
    language, _ = _identifier().classify(text[:2000])
    return "de" if language == "de" else "en"
