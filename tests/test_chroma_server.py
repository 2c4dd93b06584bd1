"""The path beyond one machine: a real `chroma run` server on loopback, indexed and queried through
--chroma-url with the same incremental sync as the embedded store."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_chroma(data: Path, port: int) -> subprocess.Popen[bytes]:
    chroma = Path(sys.executable).with_name("chroma")
    process = subprocess.Popen([str(chroma), "run", "--path", str(data), "--host", "127.0.0.1", "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=2)
            return process
        except OSError:
            time.sleep(0.3)
    process.kill()
    raise AssertionError("chroma run did not come up")


class ChromaServer:
    def __init__(self, data: Path) -> None:
        self.data, self.port = data, free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = start_chroma(data, self.port)

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)

    def restart(self) -> None:
        self.process = start_chroma(self.data, self.port)


@pytest.fixture
def chroma_server(tmp_path: Path) -> Iterator[ChromaServer]:
    server = ChromaServer(tmp_path / "chroma-data")
    yield server
    server.stop()


def qa_bot(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "qa_bot", *args], cwd=cwd, capture_output=True, text=True, timeout=300)


def test_index_and_ask_against_a_chroma_server(chroma_server: ChromaServer, tmp_path: Path) -> None:
    url = chroma_server.url
    shutil.copytree(ROOT / "corpus", tmp_path / "corpus")
    first = qa_bot("index", "--chroma-url", url, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "1 added" in first.stdout
    assert "up to date" in qa_bot("index", "--chroma-url", url, cwd=tmp_path).stdout
    (tmp_path / "corpus" / "extra.md").write_text("# Extra\n\nThe Zorvex plant opens in Sheikhupura.\n")
    assert "1 added" in qa_bot("index", "--chroma-url", url, cwd=tmp_path).stdout
    answer = json.loads(qa_bot("ask", "--json", "--chroma-url", url, "How many agreements were signed?",
                               cwd=tmp_path).stdout)
    assert "15" in answer["answer"]
    assert not (tmp_path / "index" / "chroma").exists()  # vectors live on the server, not locally
    rebuilt = qa_bot("index", "--rebuild", "--chroma-url", url, cwd=tmp_path)
    assert rebuilt.returncode == 0 and "2 added" in rebuilt.stdout, rebuilt.stdout + rebuilt.stderr
    assert "up to date" in qa_bot("index", "--chroma-url", url, cwd=tmp_path).stdout


def test_a_server_that_goes_down_gives_a_clear_error_and_recovers(chroma_server: ChromaServer,
                                                                  tmp_path: Path) -> None:
    from qa_bot.index import IndexUnavailable
    from qa_bot.pipeline import QABot
    from qa_bot.settings import load_settings

    shutil.copytree(ROOT / "corpus", tmp_path / "corpus")
    settings = load_settings(corpus_dir=tmp_path / "corpus", index_dir=tmp_path / "index", chroma_url=chroma_server.url)
    bot = QABot(settings)
    bot.sync()
    assert "15" in bot.ask("How many agreements were signed?").text

    chroma_server.stop()
    with pytest.raises(IndexUnavailable, match="Chroma server at .* is not answering"):
        bot.ask("When did Lukashenko visit Pakistan?")
    chroma_server.restart()
    assert "25-27 November 2024" in bot.ask("When did Lukashenko visit Pakistan?").text

    unreachable = qa_bot("ask", "--chroma-url", f"http://127.0.0.1:{free_port()}", "How many agreements?", cwd=tmp_path)
    assert unreachable.returncode == 1 and "cannot reach the Chroma server" in unreachable.stderr
    assert "Traceback" not in unreachable.stderr
