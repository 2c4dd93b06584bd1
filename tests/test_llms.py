"""LLM backends with real models: the bundled SmolLM2 in-process, a GGUF file from disk, and a real
llama.cpp OpenAI-compatible server on loopback. Ollama cannot be installed here: its test runs only
when a server answers at OLLAMA_HOST, and is skipped (saying so) otherwise.
"""

from __future__ import annotations

import os
import socket
import urllib.request
from pathlib import Path

import pytest

from qa_bot.llms import LLMUnavailable, bundled_model_path, check_gguf, serve_gguf
from qa_bot.pipeline import QABot


def bot_with(article_bot: QABot, **changes: object) -> QABot:
    bot = QABot(article_bot.settings.model_copy(update=changes))
    return bot


def test_bundled_model_answers_through_the_llm_engine(article_bot: QABot) -> None:
    bot = bot_with(article_bot, llm="bundled")
    tokens: list[str] = []
    answer = bot.ask("When did Lukashenko visit Pakistan?", on_token=tokens.append)
    assert answer.engine == "llm", answer.notice
    assert "25-27 November 2024" in answer.text
    assert tokens and "".join(tokens).strip()  # the reply streamed token by token
    assert answer.citations and all(c.sentence in c.passage for c in answer.citations)


def test_bundled_model_never_answers_ungrounded(article_bot: QABot) -> None:
    bot = bot_with(article_bot, llm="bundled")
    for question in ("How many agreements were signed?", "Who hosted a luncheon for the Belarusian president?",
                     "Which Belarusian organisation signed an MoU with NLC?"):
        answer = bot.ask(question)
        assert answer.engine in ("llm", "extractive-fallback")
        evidence = " ".join(c.sentence for c in answer.citations)
        from qa_bot.evidence import ungrounded

        assert not ungrounded(answer.text, evidence)
        if answer.engine == "extractive-fallback":
            assert answer.notice


def test_unanswerable_question_is_refused_without_calling_the_model(article_bot: QABot) -> None:
    bot = bot_with(article_bot, llm="bundled")
    bot._chat_models["bundled"] = object()  # any call on it would raise: the refusal must come first
    answer = bot.ask("What is the population of Pakistan?")
    assert answer.abstained and answer.engine == "extractive"


def test_gguf_path_loads_a_model_file_from_disk(article_bot: QABot, tmp_path: Path) -> None:
    copy = tmp_path / "my-model.gguf"
    copy.symlink_to(bundled_model_path())
    answer = bot_with(article_bot, llm=f"gguf:{copy}").ask("When did Lukashenko visit Pakistan?")
    assert answer.engine in ("llm", "extractive-fallback") and "25-27 November 2024" in answer.text
    assert answer.notice is None or "LLM" in answer.notice


def test_bad_gguf_paths_fall_back_with_one_clear_line(article_bot: QABot, tmp_path: Path) -> None:
    not_gguf = tmp_path / "model.gguf"
    not_gguf.write_text("hello")
    with pytest.raises(LLMUnavailable, match="is not a GGUF"):
        check_gguf(not_gguf)
    answer = bot_with(article_bot, llm=f"gguf:{tmp_path / 'missing.gguf'}").ask("How many agreements were signed?")
    assert answer.engine == "extractive" and "15" in answer.text
    assert "does not exist" in (answer.notice or "")


def test_openai_compatible_llama_cpp_server_on_loopback(article_bot: QABot) -> None:
    base_url = serve_gguf(bundled_model_path(), 2048)  # a real llama.cpp HTTP server on 127.0.0.1
    assert base_url.startswith("http://127.0.0.1:")
    with urllib.request.urlopen(base_url.removesuffix("/v1") + "/health", timeout=10) as response:
        assert response.status == 200
    answer = bot_with(article_bot, llm="openai:smollm2", llm_base_url=base_url).ask("When did Lukashenko visit Pakistan?")
    assert answer.engine == "llm", answer.notice
    assert "25-27 November 2024" in answer.text


def test_a_server_that_is_down_gives_the_extractive_answer_with_a_notice(article_bot: QABot) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    bot = bot_with(article_bot, llm="openai:any", llm_base_url=f"http://127.0.0.1:{closed_port}/v1", llm_timeout_s=5)
    answer = bot.ask("How many agreements were signed?")
    assert answer.engine == "extractive-fallback" and "15" in answer.text
    assert "LLM failed" in (answer.notice or "")


def test_ollama_when_a_server_is_reachable(article_bot: QABot) -> None:
    host = os.environ.get("OLLAMA_HOST", "http://127.0.0.1:11434")
    try:
        urllib.request.urlopen(host + "/api/tags", timeout=2)
    except OSError:
        pytest.skip(f"no Ollama server at {host}: it cannot be installed on this machine")
    model = os.environ.get("QA_BOT_TEST_OLLAMA_MODEL", "smollm2:135m")
    answer = bot_with(article_bot, llm=f"ollama:{model}", llm_base_url=host).ask("When did Lukashenko visit Pakistan?")
    assert "25-27 November 2024" in answer.text
