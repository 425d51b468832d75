"""Sentence splitting and language detection, the two text tools every stage shares."""

from assistant.text.analysis import Mentions
from assistant.text.language import detect_language, language_note
from assistant.text.sentences import split_sentences
from conftest import SEED


def test_sentences_are_exact_slices_of_the_source() -> None:
    text = SEED.read_text(encoding="utf-8")
    sentences = split_sentences(text)
    assert len(sentences) > 30
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_german_ordinals_and_abbreviations_do_not_end_sentences() -> None:
    text = "Am 1. und 2. Juli 2025 tagt der Kongress. Schwerpunkte sind u.a. AI. Dr. Meier spricht."
    assert [s.text for s in split_sentences(text)] == [
        "Am 1. und 2. Juli 2025 tagt der Kongress.",
        "Schwerpunkte sind u.a. AI.",
        "Dr. Meier spricht.",
    ]


def test_line_breaks_end_sentences() -> None:
    assert [s.text for s in split_sentences("Automation 2025\nAm 1. Juli beginnt es.")] == [
        "Automation 2025",
        "Am 1. Juli beginnt es.",
    ]


def test_language_of_questions() -> None:
    assert detect_language("why does Bienert call for a moonshot programme?") == "en"
    assert detect_language("Warum fordert Bienert ein Moonshot-Programm?") == "de"
    assert detect_language("und was sagt er zur Finanzierung?") == "de"
    assert detect_language("What did he say about Siri?") == "en"


def test_language_note_only_for_other_languages() -> None:
    assert language_note("why does Bienert call for a moonshot programme?") is None
    assert language_note("Warum fordert Bienert ein Moonshot-Programm?") is None
    assert language_note("Bienert Moonshot?") is None
    assert "(es)" in language_note("¿Por qué Bienert pide un programa moonshot?")


def test_a_question_asked_while_the_model_loads_in_the_background_waits_for_that_load() -> None:
    from assistant.text import language

    for cached in (language._identifier, language._any_language, language._load_any_language):
        cached.cache_clear()
    loading = language.load_in_background()
    assert detect_language("Warum fordert Bienert ein Moonshot-Programm?") == "de"
    loading.join()
    assert language._load_any_language.cache_info().misses == 1  # loaded once, not twice


def test_a_translation_counts_only_in_a_text_in_the_other_language() -> None:
    """A German article's English loanwords do not answer a German question's words."""
    texts = [
        "Schwerpunkte sind Data Science, Robotik und Sicherheit.",
        "Data protection matters to every company we work with.",
    ]
    concept = ("Datenschutz", "data protection", "privacy")
    assert Mentions(texts).of(" ".join(concept)) == {0, 1}  # "Data Science"
    assert Mentions(texts).of_concept(concept, "de") == {1}
