"""The chat UI in a real browser: Debian's headless Chromium driven by Playwright, against
the real app served on 127.0.0.1 (tests/ui_server.py). Screenshots go to test-artifacts/.

Without Chromium these tests skip and say why; with REQUIRE_BROWSER=1 (CI) that is a
failure instead. Never `playwright install`: it downloads a browser.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from conftest import ROOT, SEED_ID

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Locator, Page
    from ui_server import UIServer

pytest_plugins = ["ui_server"]
pytestmark = [pytest.mark.browser, pytest.mark.integration]

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = ROOT / "test-artifacts"
# Answering runs on a CPU shared with the rest of the suite: be patient.
ANSWER_TIMEOUT_MS = 120_000
MOONSHOT_EN = "why does Bienert call for a moonshot programme?"
MOONSHOT_DE = "Warum fordert Bienert ein Moonshot-Programm?"
# Each would set window.__pwned if the page ran it.
ATTACKS = '<script>window.__pwned = 1</script> <img src=x onerror="window.__pwned = 2">'

EVIL_INTERVIEW = "\n".join(
    [
        f"Quantenchemie {ATTACKS} im Labor",
        "Erika Musterfrau, Leiterin der Forschung bei der Katalyse AG, über Quantenrechner.",
        "Interview mit Erika Musterfrau, Katalyse AG, und Max Fragesteller, Testmagazin",
        "",
        f"Testmagazin: Frau Musterfrau, was leisten Quantenrechner {ATTACKS} für die "
        "Katalysatorforschung?",
        "Erika Musterfrau: Quantenrechner werden die Suche nach Katalysatoren für grünen "
        f"Wasserstoff stark beschleunigen. {ATTACKS} Erste Ergebnisse erwarten wir im Jahr 2030.",
        "Wann lohnt sich der Einsatz für mittelständische Chemieunternehmen?",
        "Erika Musterfrau: Für den Mittelstand lohnt sich der Einstieg über Cloud-Zugänge, "
        "lange bevor eigene Anlagen bezahlbar sind.",
        "",
    ]
)


def _skip_or_fail(reason: str) -> None:
    if os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(f"REQUIRE_BROWSER=1 but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        _skip_or_fail(f"no Chromium at {CHROMIUM} (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _skip_or_fail("Playwright for Python is not installed (pip install -r requirements.txt)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser, ui_server: UIServer) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(ui_server.url)
    page.locator("#question textarea").wait_for()
    yield page
    assert page.evaluate("window.__pwned") is None, "injected script ran"
    assert not dialogs, f"the page opened dialogs: {dialogs}"
    context.close()


def screenshot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), full_page=True)


def ask(page: Page, question: str) -> Locator:
    """Asks in the chat and waits until the streamed answer is complete; returns it."""
    answers = page.locator('#chat [data-testid="bot"]')
    before = answers.count()
    page.locator("#question textarea").fill(question)
    page.locator("#question textarea").press("Enter")
    page.wait_for_function(
        """(before) => document.querySelectorAll('#chat [data-testid="bot"]').length > before
            && document.querySelector('#chat [data-testid="status-tracker"]')
                .classList.contains('hide')""",
        arg=before,
        timeout=ANSWER_TIMEOUT_MS,
    )
    return answers.nth(before)


def cards(page: Page) -> Locator:
    return page.locator("#sources .passage-card")


def test_moonshot_question_renders_answer_and_sources(page: Page) -> None:
    answer = ask(page, MOONSHOT_EN)
    text = answer.inner_text()
    assert "[1]" in text and "Sorry" not in text
    assert page.locator("#sources h3").inner_text() == "Sources"
    assert cards(page).count() >= 1
    card_text = cards(page).all_inner_texts()
    assert any(f"{SEED_ID}#t09" in card for card in card_text), "the moonshot passage is cited"
    first = cards(page).first
    assert first.locator(".speaker").inner_text() == "Jörg Bienert"
    assert "interviewee" in first.locator(".role").inner_text()
    meta = first.locator(".meta").inner_text()
    assert "Wettbewerbsfähigkeit sichern" in meta and "CHEManager" in meta and "turn" in meta
    assert first.locator(".question").inner_text().startswith("Question (Volker Oestreich):")
    # Each card highlights the sentence the answer quotes, verbatim.
    flat_answer = " ".join(text.split())
    for card in cards(page).all():
        quoted = " ".join(card.locator("mark").inner_text().split())
        assert quoted and quoted in flat_answer
    screenshot(page, "ui-chat-moonshot.png")


def test_german_question_and_follow_up_use_the_history(page: Page) -> None:
    ask(page, MOONSHOT_DE)
    assert cards(page).count() >= 1
    follow_up = ask(page, "und was sagt er zur Finanzierung?")
    assert "Sorry" not in follow_up.inner_text()
    speakers = set(page.locator("#sources .passage-card .speaker").all_inner_texts())
    assert speakers == {"Jörg Bienert"}
    screenshot(page, "ui-chat-follow-up.png")


def test_unanswerable_question_shows_closest_matches_as_such(page: Page) -> None:
    answer = ask(page, "What is the best recipe for Black Forest gateau?")
    assert page.locator("#sources h3").inner_text() == "Closest matches"
    assert "not an answer" in page.locator("#sources .notice").inner_text()
    assert page.locator("#sources mark").count() == 0
    assert "[1]" not in answer.inner_text()
    screenshot(page, "ui-chat-abstained.png")


def test_speaker_filter_reaches_the_search(page: Page) -> None:
    page.locator("#speaker-filter input").click()
    page.get_by_role("option", name="Volker Oestreich (interviewer)").click()
    ask(page, MOONSHOT_EN)
    speakers = set(page.locator("#sources .passage-card .speaker").all_inner_texts())
    assert speakers == {"Volker Oestreich"}


def test_markup_in_a_question_is_shown_as_text(page: Page) -> None:
    ask(page, f"Was sagt Bienert? {ATTACKS}")
    question = page.locator('#chat [data-testid="user"]').last.inner_text()
    assert "<script>window.__pwned = 1</script>" in question
    assert page.locator("#chat img[src=x], #chat script").count() == 0


def test_positions_explorer_groups_answers_and_exports(page: Page, ui_server: UIServer) -> None:
    seed = next(a for a in ui_server.assistant.articles() if a.id == SEED_ID)
    answers = [t for t in seed.turns if t.kind == "answer" and t.speaker == "Jörg Bienert"]
    page.get_by_role("tab", name="Positions").click()
    assert page.locator("#positions-speaker input").input_value().startswith("Jörg Bienert")
    page.locator("#show-positions").click()
    groups = page.locator("#positions .position-group")
    groups.first.wait_for(timeout=ANSWER_TIMEOUT_MS)
    assert groups.count() == len({t.question_id for t in answers})
    shown = page.locator("#positions").inner_text()
    assert all(t.id in shown and t.question in shown for t in answers)
    screenshot(page, "ui-positions.png")

    with page.expect_download() as download:
        page.locator("#positions-csv").click()
    table = Path(download.value.path()).read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(table)))
    assert [r["turn_id"] for r in rows] == [t.id for t in answers]
    assert [r["text"] for r in rows] == [t.text for t in answers]
    with page.expect_download() as download:
        page.locator("#positions-md").click()
    assert download.value.suggested_filename.endswith(".md")
    markdown = Path(download.value.path()).read_text(encoding="utf-8")
    assert markdown.startswith("# Positions of Jörg Bienert")
    assert all(t.id in markdown for t in answers)


def upload(page: Page, path: Path) -> None:
    page.get_by_role("tab", name="Upload").click()
    page.locator("#upload input[type=file]").set_input_files(str(path))


def test_unreadable_upload_is_refused_with_a_message(page: Page, tmp_path: Path) -> None:
    image = tmp_path / "interview.txt"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    upload(page, image)
    refusal = page.locator("#upload-preview .problem.refused")
    refusal.wait_for(timeout=ANSWER_TIMEOUT_MS)
    assert "interview.txt" in refusal.inner_text() and "PNG" in refusal.inner_text()
    assert page.locator("#add-files").is_disabled()


def test_upload_over_the_size_limit_is_refused(
    page: Page, tmp_path: Path, ui_server: UIServer
) -> None:
    big = tmp_path / "long-interview.txt"
    limit = ui_server.assistant.settings.max_upload_bytes
    big.write_text("Frage: Warum?\nAntwort: Darum.\n" * (limit // 20), encoding="utf-8")
    upload(page, big)
    toast = page.locator('[data-testid="toast-text"]')
    toast.first.wait_for(timeout=ANSWER_TIMEOUT_MS)
    assert "exceed the maximum allowed size" in toast.first.inner_text()
    assert "long-interview.txt" in toast.first.inner_text()
    assert page.locator("#add-files").is_disabled()
    assert page.locator("#upload-preview .article-preview").count() == 0


def test_upload_previews_adds_and_answers_without_restart(page: Page, tmp_path: Path) -> None:
    path = tmp_path / "quantenchemie-im-labor.txt"
    path.write_text(EVIL_INTERVIEW, encoding="utf-8")
    upload(page, path)
    preview = page.locator("#upload-preview .article-preview")
    preview.wait_for(timeout=ANSWER_TIMEOUT_MS)
    shown = preview.inner_text()
    assert "Erika Musterfrau" in shown and "Max Fragesteller" in shown
    assert "<script>window.__pwned = 1</script>" in shown  # as text
    assert preview.locator("tbody tr").count() >= 4
    screenshot(page, "ui-upload-preview.png")

    page.locator("#add-files").click()
    page.locator("#upload-preview .added").wait_for(timeout=ANSWER_TIMEOUT_MS)
    assert "Quantenchemie" in page.locator("#upload-preview .added").inner_text()

    page.get_by_role("tab", name="Chat").click()
    ask(page, "Was erwartet Erika Musterfrau von Quantenrechnern in der Katalysatorforschung?")
    new = cards(page).filter(has_text="quantenchemie-im-labor#t")
    assert new.count() >= 1, "a passage of the uploaded article is cited"
    hers = new.filter(has=page.locator(".speaker", has_text="Erika Musterfrau"))
    assert "<script>window.__pwned = 1</script>" in hers.first.locator(".passage").inner_text()
    screenshot(page, "ui-upload-answer.png")
