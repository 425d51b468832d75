"""Follow-up questions carry the speaker and article of the previous answer; --history files."""

import json
from pathlib import Path

import pytest

from assistant.errors import InputError
from assistant.models import ChatTurn, SearchFilter
from assistant.search.conversation import FollowUpResolver, history_from_json, load_history

ARTICLE = "bienert-ki-unabhaengigkeit-chemanager"
HISTORY = (
    ChatTurn("user", "Warum fordert Bienert ein Moonshot-Programm?"),
    ChatTurn(
        "assistant", "Jörg Bienert ...: „...“ [1]", speaker="Jörg Bienert", article_id=ARTICLE
    ),
)


@pytest.mark.parametrize(
    "question",
    [
        "und was sagt er zur Finanzierung?",
        "What does he think about funding?",
        "Was meint er mit seinem Vergleich?",
        "und zur Finanzierung?",
        "what about funding?",
    ],
)
def test_follow_ups_carry_speaker_and_article(question: str) -> None:
    follow_up = FollowUpResolver().run(question, HISTORY)
    assert follow_up.search_filter == SearchFilter(speaker="Jörg Bienert", article=ARTICLE)
    assert "Jörg Bienert" in (follow_up.note() or "")


@pytest.mark.parametrize(
    "question",
    [
        "Wie soll das möglich sein?",  # "sein" is the verb here
        "Welche Aufgabe hat der Staat?",
        "Und welche Rolle spielen Wissenschaftler beim Aufbau europäischer KI-Infrastruktur?",
    ],
)
def test_new_questions_stand_alone(question: str) -> None:
    assert FollowUpResolver().run(question, HISTORY).search_filter is None


def test_an_explicit_filter_wins_and_no_history_means_no_carry() -> None:
    given = SearchFilter(speaker="Volker Oestreich")
    follow_up = FollowUpResolver().run("und was fragt er dann?", HISTORY, given)
    assert follow_up.search_filter == SearchFilter(speaker="Volker Oestreich", article=ARTICLE)
    assert FollowUpResolver().run("und was sagt er?", ()).search_filter is None
    abstained = (*HISTORY, ChatTurn("assistant", "Die Interviews beantworten das nicht."))
    # The last answer quoted nobody: the speaker before it is still the one meant.
    assert FollowUpResolver().run("und er?", abstained).carried_speaker == "Jörg Bienert"


def test_history_file_is_read_and_validated(tmp_path: Path) -> None:
    path = tmp_path / "history.json"
    path.write_text(
        json.dumps(
            [
                {"role": "user", "content": "Warum fordert Bienert ein Moonshot-Programm?"},
                {"role": "assistant", "content": "…", "speaker": "Jörg Bienert", "article_id": "a"},
            ]
        ),
        encoding="utf-8",
    )
    turns = load_history(path)
    assert turns[1] == ChatTurn("assistant", "…", speaker="Jörg Bienert", article_id="a")

    with pytest.raises(InputError, match="not found"):
        load_history(tmp_path / "missing.json")
    path.write_text("[{", encoding="utf-8")
    with pytest.raises(InputError, match="not valid JSON"):
        load_history(path)
    for bad, message in [
        ({"role": "user"}, "JSON list"),
        ([{"role": "system", "content": "x"}], "role 'system'"),
        ([{"role": "user"}], "content"),
        ([{"role": "user", "content": "x", "speaker": 3}], "speaker"),
    ]:
        with pytest.raises(InputError, match=message):
            history_from_json(bad)
