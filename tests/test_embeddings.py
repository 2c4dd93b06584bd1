"""The ONNX embedding path against the model run by sentence-transformers, with the real model."""

from pathlib import Path

import numpy as np
import pytest

from qa_bot.answer import commonest_words
from qa_bot.embeddings import OnnxEmbeddings, WordSimilarity, load_embeddings, resolve_model_path, vocabulary_words
from qa_bot.index import WORD_VECTORS
from qa_bot.pipeline import QABot
from tests.conftest import make_settings

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


def test_single_words_share_an_embedding_run_and_long_texts_get_one_each(monkeypatch: pytest.MonkeyPatch) -> None:
    model = load_embeddings("all-MiniLM-L6-v2")
    assert isinstance(model, OnnxEmbeddings)
    runs: list[int] = []
    embed = model._embed
    monkeypatch.setattr(model, "_embed", lambda encodings: runs.append(len(encodings)) or embed(encodings))
    model.embed_documents(vocabulary_words(resolve_model_path("all-MiniLM-L6-v2"))[1000:1300])
    assert len(runs) <= 3 and sum(runs) == 300  # 3-4 tokens each, 512 to a run
    runs.clear()
    model.embed_documents([TEXTS[3]] * 3)  # 100 tokens each: five would fit, padding would not waste
    assert runs == [3]
    runs.clear()
    model.embed_documents([TEXTS[3] * 3] * 2)  # 256 tokens each, the model's limit
    assert runs == [2]
    runs.clear()
    # padding counts: "15" shares a run with one 256-token text, whose width it takes; the second waits
    model.embed_documents([TEXTS[3] * 3, "15", TEXTS[3] * 3])
    assert runs == [2, 1]


def test_onnx_vectors_match_sentence_transformers() -> None:
    from sentence_transformers import SentenceTransformer

    reference = SentenceTransformer(str(resolve_model_path("all-MiniLM-L6-v2")), device="cpu")
    expected = reference.encode(TEXTS, normalize_embeddings=True)
    got = np.array(load_embeddings("all-MiniLM-L6-v2").embed_documents(TEXTS))
    assert np.abs(got - expected).max() < 1e-4


def test_the_documents_words_have_vectors_before_the_first_question(article_corpus: Path, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    bot = QABot(make_settings(article_corpus, tmp_path / "index"))
    bot.sync()
    assert "tractor" not in bot.words_like
    bot.extractive()
    # Rare words too: the article is far under the limit on words prepared.
    assert all(word in bot.words_like for word in ("tractor", "beltamozhservice", "halal", "luncheon"))
    # The next process reads them from the index, and computes them again when that copy is broken.
    assert reading_again(article_corpus, tmp_path / "index", monkeypatch) == 0
    (tmp_path / "index" / WORD_VECTORS).write_bytes(b"not a table")
    assert reading_again(article_corpus, tmp_path / "index", monkeypatch) > 0
    assert reading_again(article_corpus, tmp_path / "index", monkeypatch) == 0


def reading_again(corpus: Path, index: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    """How many word vectors a new QABot on the index computes when it loads the passages."""
    reader = QABot(make_settings(corpus, index))
    computed: list[str] = []
    computing = reader.words_like.prepare
    monkeypatch.setattr(reader.words_like, "prepare", lambda words: computed.extend(words) or computing(words))
    reader.extractive()
    assert "beltamozhservice" in reader.words_like
    return len(computed)


def test_the_vocabulary_is_whole_english_words_commonest_first() -> None:
    vocabulary = vocabulary_words(resolve_model_path("all-MiniLM-L6-v2"))
    assert len(vocabulary) > 20_000
    assert all(word.isalpha() and len(word) > 1 for word in vocabulary)  # no "##ing" pieces, no letters
    assert vocabulary[:3] == ["the", "of", "and"]
    assert "weather" in vocabulary and "sourdough" not in vocabulary  # a rare word is split into pieces


def test_the_vocabulary_vectors_are_computed_once_and_read_by_the_next_process(
        monkeypatch: pytest.MonkeyPatch) -> None:
    WordSimilarity("all-MiniLM-L6-v2").prepare_vocabulary()  # computes them if no earlier test or run did
    reader = WordSimilarity("all-MiniLM-L6-v2")
    computed: list[str] = []
    monkeypatch.setattr(reader, "prepare", lambda words: computed.extend(words))
    reader.prepare_vocabulary()
    assert computed == []
    assert all(word in reader for word in ("weather", "wife", "agree", "the"))
    fresh = WordSimilarity("all-MiniLM-L6-v2")
    fresh.prepare(["weather", "wife"])
    assert reader.best_match("weather", ["wife"]) == pytest.approx(fresh.best_match("weather", ["wife"]), abs=1e-5)


def test_commonest_words_leave_out_stopwords_and_keep_the_limit(article_bot: QABot) -> None:
    article_bot.extractive()
    commonest = commonest_words(article_bot.retriever.chunks, 3)
    assert len(commonest) == 3 and "the" not in commonest
    assert commonest[0] in {"pakistan", "belarus"}  # the article's most frequent words
