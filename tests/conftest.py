"""Shared fixtures: real corpora on disk, a real Chroma index and the real embedding model."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from qa_bot.pipeline import QABot  # noqa: E402
from qa_bot.settings import Settings, load_settings  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "corpus" / "pakistan-welcomes-brother-aleksandr-lukashenko.md"


def make_settings(corpus: Path, index: Path, **overrides: object) -> Settings:
    return load_settings(corpus_dir=corpus, index_dir=index, **overrides)


@pytest.fixture
def article_corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(ARTICLE, corpus / ARTICLE.name)
    return corpus


@pytest.fixture(scope="session")
def article_bot(tmp_path_factory: pytest.TempPathFactory) -> QABot:
    """One indexed copy of the shipped corpus for the tests that only read it."""
    base = tmp_path_factory.mktemp("article")
    corpus = base / "corpus"
    shutil.copytree(ROOT / "corpus", corpus)
    bot = QABot(make_settings(corpus, base / "index"))
    bot.sync()
    return bot
