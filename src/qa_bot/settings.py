"""The one settings object: defaults < qa-bot.toml < QA_BOT_* environment < CLI flags."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import Field, field_validator, model_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

DEFAULT_EMBEDDING_MODEL = "all-MiniLM-L6-v2"


def user_cache_dir(kind: str) -> Path:
    """Where qa-bot keeps what it derives once per machine (the ONNX export, the WordNet table);
    everything in it is rebuilt when deleted."""
    import os

    return Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "qa-bot" / kind


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="QA_BOT_", toml_file="qa-bot.toml", extra="forbid", validate_assignment=True
    )

    corpus_dir: Path = Field(Path("corpus"), description="Folder of documents to answer from.")
    index_dir: Path = Field(Path("index"), description="Where the Chroma index and its records live.")
    collection: str = Field("qa_bot", min_length=3, max_length=63)
    chroma_url: str | None = Field(None, description="http://HOST:PORT of a Chroma server.")
    embedding_model: str = Field(DEFAULT_EMBEDDING_MODEL, description="Bundled model name or a local folder.")

    passage_max_chars: int = Field(420, ge=80, le=4000, description="Upper bound of a passage's length.")
    max_file_mb: float = Field(20.0, gt=0, description="Larger corpus files are skipped, with a warning.")

    top_k: int = Field(10, ge=1, le=50, description="Passages handed to the answer engine.")
    candidate_k: int = Field(40, ge=1, le=200, description="Passages each retriever returns before fusion.")
    rrf_k: int = Field(60, ge=1, description="Reciprocal rank fusion constant.")
    keep_each: int = Field(2, ge=0, le=20, description="Each retriever's best passages kept beside the fused top-k.")
    same_document: int = Field(3, ge=0, le=20, description="Candidates from the best passage's document added "
                                                           "beside the fused top-k.")
    retrieval: str = Field("hybrid", pattern="^(hybrid|dense|bm25)$")
    max_question_chars: int = Field(2000, ge=10)

    llm: str = Field("extractive", description="extractive | bundled | gguf:PATH | ollama:MODEL | openai:MODEL | hf:PATH")
    llm_base_url: str | None = None
    llm_context_tokens: int = Field(2048, ge=512, description="Context window set on every backend.")
    llm_max_tokens: int = Field(96, ge=8, le=2048)
    llm_timeout_s: float = Field(30.0, gt=0)

    @field_validator("llm")
    @classmethod
    def _known_llm_spec(cls, spec: str) -> str:
        kind = spec.split(":", 1)[0]
        if spec in ("extractive", "bundled") or (":" in spec and kind in {"gguf", "ollama", "openai", "hf"}
                                                  and spec.split(":", 1)[1]):
            return spec
        raise ValueError(
            f"unknown LLM spec {spec!r}: use extractive, bundled, gguf:PATH, ollama:MODEL, openai:MODEL or hf:PATH"
        )

    @model_validator(mode="after")
    def _candidates_cover_top_k(self) -> Settings:
        if self.candidate_k < self.top_k:
            raise ValueError(f"candidate_k ({self.candidate_k}) must be at least top_k ({self.top_k})")
        return self

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # Earlier sources win: CLI flags (init) over environment over the TOML file over defaults.
        return init_settings, env_settings, TomlConfigSettingsSource(settings_cls)


def load_settings(**overrides: Any) -> Settings:
    """Settings from every source, with CLI flags given as keyword overrides (None means 'not given')."""
    return Settings(**{key: value for key, value in overrides.items() if value is not None})
