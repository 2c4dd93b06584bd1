"""The command line as a user runs it: real processes, the shipped corpus, a fresh index."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT


def qa_bot(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "qa_bot", *args], cwd=cwd, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("cli")
    shutil.copytree(ROOT / "corpus", base / "corpus")
    return base


def test_index_twice_reports_no_changes_the_second_time(workdir: Path) -> None:
    first = qa_bot("index", cwd=workdir)
    assert first.returncode == 0, first.stderr
    assert "1 added" in first.stdout
    second = qa_bot("index", cwd=workdir)
    assert "up to date" in second.stdout


def test_ask_json_names_the_agreement_count_and_cites_the_article(workdir: Path) -> None:
    result = qa_bot("ask", "--json", "How many agreements and memoranda of understanding were signed?", cwd=workdir)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert "15" in answer["answer"] and not answer["abstained"]
    assert answer["sources"][0]["source"] == "pakistan-welcomes-brother-aleksandr-lukashenko.md"
    assert answer["sources"][0]["sentence"] in answer["sources"][0]["passage"]
    assert {"question", "answer", "abstained", "sources", "timings"} <= set(answer)


def test_ask_names_the_visit_dates(workdir: Path) -> None:
    result = qa_bot("ask", "When did the Belarusian president visit Pakistan?", cwd=workdir)
    assert "25-27 November 2024" in result.stdout


def test_ask_refuses_what_the_article_does_not_say(workdir: Path) -> None:
    result = qa_bot("ask", "--json", "Who is the Prime Minister of Belarus?", cwd=workdir)
    answer = json.loads(result.stdout)
    assert answer["abstained"] and answer["answer"].startswith("The documents don't say")
    assert "Shehbaz" not in answer["answer"]


@pytest.mark.parametrize("question", ["", "   \t "])
def test_empty_question_is_a_clear_error_with_exit_code_2(workdir: Path, question: str) -> None:
    result = qa_bot("ask", question, cwd=workdir)
    assert result.returncode == 2
    assert "question is empty" in result.stderr and "Traceback" not in result.stderr


def test_invalid_settings_are_named(workdir: Path) -> None:
    result = qa_bot("ask", "--top-k", "0", "How many agreements?", cwd=workdir)
    assert result.returncode == 2 and "top_k" in result.stderr and "Traceback" not in result.stderr


def test_missing_corpus_is_named(tmp_path: Path) -> None:
    result = qa_bot("index", "--corpus", str(tmp_path / "missing"), cwd=tmp_path)
    assert result.returncode == 2 and "missing" in result.stderr and "does not exist" in result.stderr


def test_ask_does_not_import_gradio(workdir: Path) -> None:
    code = ("import sys; from qa_bot.cli import main; main(['ask', 'How many agreements were signed?']); "
            "print('gradio' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], cwd=workdir, capture_output=True, text=True, timeout=300)
    assert result.stdout.strip().splitlines()[-1] == "False"
