"""The chat UI in a real browser (Debian's chromium driven by Playwright) and through gradio_client,
against `qa-bot chat` started by the test on a free loopback port."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.conftest import ROOT

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def app_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    base = tmp_path_factory.mktemp("ui")
    shutil.copytree(ROOT / "corpus", base / "corpus")
    port = free_port()
    env = {**os.environ, "QA_BOT_CORPUS_DIR": str(base / "corpus"), "QA_BOT_INDEX_DIR": str(base / "index")}
    log = (base / "chat.log").open("w")
    process = subprocess.Popen([sys.executable, "-m", "qa_bot", "chat", "--port", str(port)], cwd=base, env=env,
                               stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            break
        except OSError:
            assert process.poll() is None, (base / "chat.log").read_text()
            time.sleep(0.5)
    else:
        raise AssertionError("the chat did not come up: " + (base / "chat.log").read_text())
    yield url
    process.terminate()
    process.wait(timeout=30)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: .ci/run installs Debian's chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


def ask(page: object, question: str, expect: str, timeout: float = 90) -> str:
    """Type a question, press Enter, and wait until the reply below it contains `expect`."""
    box = page.locator("#question textarea")
    deadline = time.monotonic() + timeout
    while not (box.is_editable() and page.locator("#question .submit-button").is_visible()):
        assert time.monotonic() < deadline, "the question box never became ready"
        time.sleep(0.2)  # the box is read-only while the previous answer streams
    rows = page.locator("#chat .message-row")
    asked_before = rows.count()
    box.fill(question)
    box.press("Enter")
    reply, stable = "", 0
    while time.monotonic() < deadline:
        # The reply is every message row after the question's own row.
        texts = rows.all_inner_texts()
        current = "\n".join(texts[asked_before + 1:]) if len(texts) > asked_before and question in texts[asked_before] else ""
        # Done when the expected words are there and the streamed reply has stopped changing.
        stable = stable + 1 if current == reply else 0
        reply = current
        if expect in reply and stable >= 3:
            return reply
        time.sleep(0.4)
    page.screenshot(path="/tmp/qa-bot-ui-failure.png")
    raise AssertionError(f"no reply containing {expect!r} to {question!r}: {reply!r} (screenshot /tmp/qa-bot-ui-failure.png)")


def test_chat_answers_cites_follows_up_and_learns_an_uploaded_document(app_url: str, browser: object,
                                                                       tmp_path: Path) -> None:
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(app_url, wait_until="domcontentloaded")
    page.locator("#question textarea").wait_for(timeout=30_000)

    ask(page, "How many agreements were signed?", "signed 15 agreements")
    page.get_by_text("Sources (1)").first.click()
    source = page.locator("#chat mark").first
    source.wait_for(timeout=10_000)
    assert "15 agreements" in source.inner_text()
    assert page.get_by_text("pakistan-welcomes-brother-aleksandr-lukashenko.md").first.is_visible()

    ask(page, "When did the Belarusian president visit Pakistan?", "25-27 November 2024")
    ask(page, "Who invited him?", "Shehbaz Sharif")  # "him" is the president of the question before
    ask(page, "Who is the Prime Minister of Belarus?", "Not in the documents")

    note = tmp_path / "tractor-plant-notes.md"
    note.write_text("# Tractor plant\n\nThe joint tractor plant will be built in Sheikhupura by Zorvex Motors.\n")
    page.locator("input[type=file]").first.set_input_files(str(note))
    page.locator("#upload-result").get_by_text("added tractor-plant-notes.md").wait_for(timeout=90_000)
    ask(page, "Which company will build the tractor plant in Sheikhupura?", "Zorvex Motors")
    page.screenshot(path=str(tmp_path / "chat.png"), full_page=True)
    page.close()


def test_an_unreadable_upload_is_refused_with_a_clear_error(app_url: str, browser: object, tmp_path: Path) -> None:
    page = browser.new_page()
    page.goto(app_url, wait_until="domcontentloaded")
    binary = tmp_path / "report.pdf"
    binary.write_bytes(b"%PDF-1.7 truncated")
    page.locator("input[type=file]").first.set_input_files(str(binary))
    page.locator("#upload-result").get_by_text("report.pdf").wait_for(timeout=60_000)
    assert "❌" in page.locator("#upload-result").inner_text()
    page.close()


def test_twenty_concurrent_questions_through_gradio_client(app_url: str) -> None:
    from gradio_client import Client

    client = Client(app_url, verbose=False)
    questions = [("How many agreements were signed?", "15"),
                 ("When did Lukashenko visit Pakistan?", "25-27 November 2024"),
                 ("Which organisation signed an MoU with NLC?", "Beltamozhservice"),
                 ("Who hosted a luncheon for the Belarusian president?", "Nawaz Sharif")] * 5

    def one(question: str) -> str:
        result = client.predict(question, "extractive", 10, api_name="/chat")
        return str(result)

    with ThreadPoolExecutor(max_workers=20) as pool:
        answers = list(pool.map(one, [q for q, _ in questions]))
    for (question, expected), answer in zip(questions, answers, strict=True):
        assert expected in answer, (question, answer)
