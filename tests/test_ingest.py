from pathlib import Path

import pytest

from qa_bot.chunking import chunk_document
from qa_bot.ingest import CorpusError, read_documents, scan_corpus
from tests.conftest import ARTICLE


def test_markdown_front_matter_becomes_metadata_and_sections_keep_headings() -> None:
    files, warnings = scan_corpus(ARTICLE.parent)
    documents, _ = read_documents(files)
    article = next(d for d in documents if d.source == ARTICLE.name)
    assert article.metadata["author"] == "Khalid Taimur Akram"
    assert article.metadata["date"] == "2024-11-29"
    assert article.title == "Pakistan Welcomes Brother Aleksandr Lukashenko"
    headings = [s.heading for s in article.sections]
    assert "Defense and Regional Security" in headings
    assert "About this document" in headings  # the front matter as a citable passage
    card = next(s.text for s in article.sections if s.heading == "About this document")
    assert "The title of this document is \u201cPakistan Welcomes Brother Aleksandr Lukashenko\u201d." in card
    assert not warnings


def test_every_sentence_of_the_article_survives_chunking() -> None:
    documents, _ = read_documents(scan_corpus(ARTICLE.parent)[0])
    chunks = chunk_document(documents[0], 420)
    text = " ".join(c.text for c in chunks)
    for sentence in ("signed 15 agreements and memoranda of understanding (MoUs)",
                     "paid an official visit to Pakistan from 25-27 November 2024",
                     "Belarus's Beltamozhservice is expected to streamline transportation routes",
                     "Pakistan termed him as a brother and great friend of Pakistan."):
        assert sentence in text
    assert all(len(c.text) <= 420 for c in chunks)
    assert all(c.heading for c in chunks)


def test_bad_files_are_skipped_with_a_warning_naming_them(tmp_path: Path) -> None:
    (tmp_path / "good.md").write_text("# Good\n\nThe tractor plant opens in Lahore.\n")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04 binary office file")
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "latin.txt").write_bytes("Caf\xe9 in Minsk serves d\xe9jeuner.".encode("cp1252"))
    sub = tmp_path / "nested"
    sub.mkdir()
    (sub / "page.html").write_text("<html><title>Page</title><body><h2>Trade</h2><p>Textiles were bought.</p></body></html>")
    files, warnings = scan_corpus(tmp_path)
    documents, read_warnings = read_documents(files)
    sources = {d.source for d in documents}
    assert sources == {"good.md", "latin.txt", "nested/page.html"}
    messages = " ".join(warnings + read_warnings)
    for name in ("notes.docx", "blob.txt", "broken.pdf", "empty.txt"):
        assert name in messages
    latin = next(d for d in documents if d.source == "latin.txt")
    assert "Café" in latin.sections[0].text
    html = next(d for d in documents if d.source == "nested/page.html")
    assert html.sections[-1].heading == "Trade"


def test_missing_or_empty_corpus_names_the_path(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="does not exist"):
        scan_corpus(tmp_path / "nope")
    with pytest.raises(CorpusError, match=str(tmp_path)):
        scan_corpus(tmp_path)
