"""The chat UI, served once per test session for the browser and API tests.

A pytest plugin (`pytest_plugins = ["ui_server"]` in the test modules that use it) so that
both modules share one server. It runs the real app on 127.0.0.1 in this process, over a
private copy of the corpus (uploads change it) and of the session's index, with the
session's embedding model: the model is loaded once for the whole suite.
"""

from __future__ import annotations

import shutil
import socket
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pytest

from assistant.settings import Settings
from conftest import ROOT

if TYPE_CHECKING:
    import gradio as gr

    from assistant.api import Assistant

# Small, so that the size limit can be tested with a small file.
UPLOAD_LIMIT = 64_000


@dataclass(frozen=True)
class UIServer:
    url: str
    assistant: Assistant
    app: gr.Blocks


Launch = Callable[..., str]


def _launch(assistant: Assistant, *, auth: tuple[str, str] | None) -> tuple[gr.Blocks, str]:
    from assistant.app.ui import build_app, serve

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    app = build_app(assistant)
    limit = assistant.settings.max_upload_bytes
    serve(app, host="127.0.0.1", port=port, auth=auth, max_upload_bytes=limit, block=False)
    return app, f"http://127.0.0.1:{port}/"


@pytest.fixture(scope="session")
def ui_server(
    tmp_path_factory: pytest.TempPathFactory, assistant: Assistant, corpus_settings: Settings
) -> Iterator[UIServer]:
    from assistant.api import Assistant

    base = tmp_path_factory.mktemp("ui")
    shutil.copytree(ROOT / "data", base / "data")
    # A copy of the session's index (and the caches beside it), so opening is quick.
    shutil.copytree(corpus_settings.index_dir, base / "index")
    settings = Settings(
        data_dir=base / "data", index_dir=base / "index", max_upload_bytes=UPLOAD_LIMIT
    )
    bot = Assistant.open(settings, encoders=assistant.encoders, translator=assistant.translator)
    app, url = _launch(bot, auth=None)
    try:
        yield UIServer(url=url, assistant=bot, app=app)
    finally:
        app.close()


@pytest.fixture
def launch_ui() -> Iterator[Launch]:
    """Serves another app (e.g. with a password) for one test: launch(assistant, auth=...)."""
    apps: list[gr.Blocks] = []

    def launch(assistant: Assistant, *, auth: tuple[str, str] | None = None) -> str:
        app, url = _launch(assistant, auth=auth)
        apps.append(app)
        return url

    yield launch
    for app in apps:
        app.close()
