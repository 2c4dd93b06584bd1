"""SourceDocuments -> Chunks: passages of whole sentences, small enough for a small model's window.

A passage never crosses a section, keeps every sentence whole and records where each sentence
starts and ends, so a later stage can cite one sentence and prove it is inside its passage.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from qa_bot.schema import Chunk, SourceDocument

# A "sentence" without punctuation longer than this (a log line, a table dump) is cut at spaces.
MAX_SENTENCE_CHARS = 1200


def chunk_document(document: SourceDocument, max_chars: int) -> list[Chunk]:
    chunks: list[Chunk] = []
    for section in document.sections:
        for sentences in _pack(list(_sentences(section.text)), max_chars):
            chunks.append(passage(document.source, document.title, section.heading, sentences, len(chunks)))
    return chunks


def passage(source: str, title: str, heading: str, sentences: list[str], position: int) -> Chunk:
    """The sentences joined by spaces into one passage that records where each starts and ends."""
    text, spans, cursor = "", [], 0
    for sentence in sentences:
        if text:
            text += " "
            cursor += 1
        spans.append((cursor, cursor + len(sentence)))
        text += sentence
        cursor += len(sentence)
    return Chunk(source, title, heading, text, tuple(spans), position)


def clean_text(text: str) -> str:
    """Unicode NFC, no control characters but newlines, no hyphenation or spacing left by page breaks."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(ch if ch in "\n\t" or unicodedata.category(ch)[0] != "C" else " " for ch in text)
    return text


def _sentences(text: str) -> Iterator[str]:
    for paragraph in re.split(r"\n\s*\n", clean_text(text)):
        paragraph = re.sub(r"\s+", " ", paragraph).strip()
        if not paragraph:
            continue
        for sentence in split_sentences(paragraph):
            while len(sentence) > MAX_SENTENCE_CHARS:
                cut = sentence.rfind(" ", 0, MAX_SENTENCE_CHARS)
                cut = cut if cut > MAX_SENTENCE_CHARS // 2 else MAX_SENTENCE_CHARS
                yield sentence[:cut].strip()
                sentence = sentence[cut:].strip()
            if sentence:
                yield sentence


def _pack(sentences: list[str], max_chars: int) -> Iterator[list[str]]:
    """Greedy packing of consecutive sentences up to max_chars; a longer sentence stands alone."""
    current: list[str] = []
    length = 0
    for sentence in sentences:
        if current and length + 1 + len(sentence) > max_chars:
            yield current
            current, length = [], 0
        length += len(sentence) + (1 if current else 0)
        current.append(sentence)
    if current:
        yield current


# Words after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st jr sr vs etc e.g i.e u.s u.k h.e no gen col lt maj capt sgt inc ltd co corp dept "
    "fig vol approx est jan feb mar apr jun jul aug sep sept oct nov dec mt ft".split()
)
_BOUNDARY = re.compile(r"[.!?]+[\"'’”)\]]*(?=\s+[\"'‘“(\[]?[A-Z0-9])")


def split_sentences(paragraph: str) -> list[str]:
    """Sentences as slices of the paragraph, so no character is ever lost or changed.

    A regex with an abbreviation list rather than pysbd: pysbd drops characters it does not know
    (it turns "ȸ." into "."), which the chunking property test caught.
    """
    sentences, start = [], 0
    for boundary in _BOUNDARY.finditer(paragraph):
        words_before = paragraph[start:boundary.start()].split()
        last_word = words_before[-1].lower().strip("(\"'") if words_before else ""
        if last_word in _ABBREVIATIONS or (len(last_word) == 1 and last_word.isalpha()):
            continue  # "Mr. Khalid", "H.E. President", an initial such as "J. Smith"
        sentences.append(paragraph[start:boundary.end()].strip())
        start = boundary.end()
    sentences.append(paragraph[start:].strip())
    return [sentence for sentence in sentences if sentence]
