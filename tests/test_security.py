"""Uploads confined to the corpus, loopback by default, a login when asked for."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from qa_bot.ui import MAX_UPLOAD_MB, UploadRejected, add_to_corpus, safe_name
from tests.conftest import ROOT


@pytest.mark.parametrize(("name", "expected"), [
    ("../../etc/passwd.md", "passwd.md"),
    ("..\\..\\windows\\evil.txt", "evil.txt"),
    ("/abs/path/notes.md", "notes.md"),
    (".hidden.md", "hidden.md"),
    ("ok name (1).md", "ok name _1_.md"),
    ("..", "upload"),
])
def test_upload_names_are_sanitised(name: str, expected: str) -> None:
    assert safe_name(name) == expected


def test_uploads_stay_in_the_corpus_and_never_overwrite(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "notes.md").write_text("# Notes\n\nOriginal notes.\n")
    upload = tmp_path / "incoming" / "notes.md"
    upload.parent.mkdir()
    upload.write_text("# Notes\n\nOther notes.\n")
    assert "added notes-1.md" in add_to_corpus(upload, corpus)
    assert (corpus / "notes.md").read_text() == "# Notes\n\nOriginal notes.\n"
    assert "already in the corpus" in add_to_corpus(upload, corpus)
    assert sorted(p.name for p in corpus.iterdir()) == ["notes-1.md", "notes.md"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "incoming"]


def test_uploads_of_the_wrong_type_size_or_content_are_refused(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    cases = {"tool.exe": b"MZ\x90\x00", "broken.pdf": b"%PDF-1.7 truncated", "blob.md": b"\x00\x01\x02" * 10}
    for name, content in cases.items():
        path = tmp_path / name
        path.write_bytes(content)
        with pytest.raises(UploadRejected, match=name):
            add_to_corpus(path, corpus)
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(int((MAX_UPLOAD_MB + 1) * 1e6))
    with pytest.raises(UploadRejected, match="upload limit"):
        add_to_corpus(big, corpus)
    assert list(corpus.iterdir()) == []


def test_chat_binds_to_loopback_by_default() -> None:
    from qa_bot.cli import _parser

    assert _parser().parse_args(["chat"]).host == "127.0.0.1"


def test_auth_turns_on_the_login(tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "article.md").write_text((ROOT / "corpus" / "pakistan-welcomes-brother-aleksandr-lukashenko.md").read_text())
    env = {**os.environ, "QA_BOT_AUTH": "alice:s3cret-pass"}
    process = subprocess.Popen([sys.executable, "-m", "qa_bot", "chat", "--port", str(port)], cwd=tmp_path, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                urllib.request.urlopen(url + "/", timeout=2)
                break
            except urllib.error.HTTPError:
                break
            except OSError:
                assert time.monotonic() < deadline
                time.sleep(0.5)
        from gradio_client import Client

        with pytest.raises(Exception):  # noqa: B017 - gradio_client raises its own error types
            Client(url + "/", verbose=False).predict("How many agreements were signed?", "extractive", 5,
                                                     api_name="/chat")
        client = Client(url + "/", auth=("alice", "s3cret-pass"), verbose=False)
        assert "15" in str(client.predict("How many agreements were signed?", "extractive", 5, api_name="/chat"))
    finally:
        process.terminate()
        output = process.communicate(timeout=30)[0]
    assert "s3cret-pass" not in output
