"""The `/ask` endpoint through gradio_client against the real server on 127.0.0.1, and the
start-up rules of `python -m assistant serve` (loopback by default, a password elsewhere)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx
import pytest
from gradio_client import Client
from gradio_client.exceptions import AppError

from assistant.app.cli import main, serve_auth
from conftest import SEED_ID

if TYPE_CHECKING:
    from ui_server import Launch, UIServer

pytest_plugins = ["ui_server"]

MOONSHOT = "why does Bienert call for a moonshot programme?"
ANSWER_KEYS = {"question", "answer", "abstained", "backend", "citations", "closest", "note"}


@pytest.fixture(scope="module")
def client(ui_server: UIServer) -> Client:
    return Client(ui_server.url, verbose=False)


@pytest.mark.integration
def test_ask_endpoint_returns_the_ask_json(client: Client, ui_server: UIServer) -> None:
    result = client.predict(MOONSHOT, api_name="/ask")
    assert set(result) >= ANSWER_KEYS
    # The same contract as `ask --json`: Answer.to_json() of the same question.
    assert result == ui_server.assistant.ask(MOONSHOT).to_json()
    assert not result["abstained"] and result["citations"]
    for citation in result["citations"]:
        assert f"[{citation['n']}]" in result["answer"]
        assert " ".join(citation["quote"].split()) in " ".join(citation["text"].split())


@pytest.mark.integration
def test_the_queue_keeps_no_per_request_statistics(client: Client, ui_server: UIServer) -> None:
    """Gradio's queue would rebuild a pandas summary of its last 10,000 events after every
    request (for a monitoring page this server keeps off): CPU under the GIL that grows
    with the server's age. The server turns that off and keeps a short record."""
    for question in ("Wer ist Jörg Bienert?", MOONSHOT, "Was kostet das Programm?"):
        client.predict(question, api_name="/ask")
    queue = ui_server.app._queue
    assert queue.events_recorded >= 3
    assert queue.event_count_at_last_cache == 0  # the summary was never computed
    assert queue.ANALYTICS_MAX_EVENTS <= 1000


@pytest.mark.integration
def test_ask_endpoint_takes_history_for_follow_ups(client: Client) -> None:
    first = client.predict("Warum fordert Bienert ein Moonshot-Programm?", api_name="/ask")
    history = [
        {"role": "user", "content": "Warum fordert Bienert ein Moonshot-Programm?"},
        {
            "role": "assistant",
            "content": first["answer"],
            "speaker": "Jörg Bienert",
            "article_id": SEED_ID,
        },
    ]
    result = client.predict("und was sagt er zur Finanzierung?", history=history, api_name="/ask")
    passages = result["citations"] or result["closest"]
    assert passages
    assert {p["speaker"] for p in passages} == {"Jörg Bienert"}


@pytest.mark.integration
def test_ask_endpoint_applies_filters(client: Client) -> None:
    result = client.predict(MOONSHOT, speaker="Volker Oestreich", api_name="/ask")
    passages = result["citations"] or result["closest"]
    assert {p["speaker"] for p in passages} <= {"Volker Oestreich"}


@pytest.mark.integration
def test_ask_endpoint_reports_bad_input_as_a_message(client: Client) -> None:
    with pytest.raises(AppError) as raised:
        client.predict(MOONSHOT, history=[{"role": "robot"}], api_name="/ask")
    assert "has role 'robot'; use 'user' or 'assistant'" in str(raised.value)
    assert "Traceback" not in str(raised.value)


@pytest.mark.integration
def test_auth_is_enforced_when_given(ui_server: UIServer, launch_ui: Launch) -> None:
    url = launch_ui(ui_server.assistant, auth=("analyst", "s3cret"))
    assert httpx.get(url + "config").status_code == 401
    with pytest.raises(ValueError):
        Client(url, auth=("analyst", "wrong"), verbose=False)
    authed = Client(url, auth=("analyst", "s3cret"), verbose=False)
    assert "/ask" in authed.view_api(print_info=False, return_format="dict")["named_endpoints"]


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.5", "example.org"])
def test_serve_refuses_other_hosts_without_a_password(
    host: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path
) -> None:
    monkeypatch.delenv("ASSISTANT_AUTH", raising=False)
    assert main(["serve", "--host", host, "--index", str(tmp_path)]) == 2
    message = capsys.readouterr().err
    assert "--auth user:password" in message and "ASSISTANT_AUTH" in message
    assert "Traceback" not in message


@pytest.mark.parametrize("spec", ["nopassword", ":pw", "user:"])
def test_serve_rejects_malformed_auth(
    spec: str, capsys: pytest.CaptureFixture[str], tmp_path
) -> None:
    assert main(["serve", "--auth", spec, "--index", str(tmp_path)]) == 2
    assert "user:password" in capsys.readouterr().err


def test_loopback_needs_no_password_and_auth_splits_at_the_first_colon() -> None:
    for host in ("127.0.0.1", "localhost", "::1", "127.0.0.2"):
        assert serve_auth(host, None) is None
    assert serve_auth("0.0.0.0", "analyst:pa:ss") == ("analyst", "pa:ss")
