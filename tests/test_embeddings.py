"""The ONNX embedding path against the model run by sentence-transformers, with the real model."""

import numpy as np

from qa_bot.embeddings import OnnxEmbeddings, load_embeddings, resolve_model_path

TEXTS = [
    "Belarus President Aleksandr Lukashenko paid an official visit to Pakistan from 25-27 November 2024.",
    "15",
    "def reverse(items: list[int]) -> list[int]: return items[::-1]  # {'a': 1, 'b': [2, 3]}",
    "A Belarus-Pakistan Business Forum was organized, bringing together over 30 Belarusian companies " * 4,
    "Пакистан и Беларусь подписали 15 соглашений.",
]


def test_batches_sorted_by_tokens_give_the_vectors_of_one_text_at_a_time() -> None:
    model = load_embeddings("all-MiniLM-L6-v2")
    assert isinstance(model, OnnxEmbeddings)
    batched = np.array(model.embed_documents(TEXTS))
    single = np.array([model.embed_query(text) for text in TEXTS])
    assert np.abs(batched - single).max() < 1e-5
    assert np.allclose(np.linalg.norm(batched, axis=1), 1.0, atol=1e-5)


def test_onnx_vectors_match_sentence_transformers() -> None:
    from sentence_transformers import SentenceTransformer

    reference = SentenceTransformer(str(resolve_model_path("all-MiniLM-L6-v2")), device="cpu")
    expected = reference.encode(TEXTS, normalize_embeddings=True)
    got = np.array(load_embeddings("all-MiniLM-L6-v2").embed_documents(TEXTS))
    assert np.abs(got - expected).max() < 1e-4
