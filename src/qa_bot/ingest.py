"""Corpus files -> SourceDocuments: find the readable files and read each into titled sections."""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import yaml

from qa_bot.schema import Section, SourceDocument

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = (".md", ".markdown", ".txt", ".pdf", ".html", ".htm")
# The heading of the section made from a document's card (title, author, date), which is none of its own
CARD_HEADING = "About this document"


class CorpusError(Exception):
    """The corpus folder cannot be used at all (missing, empty, not a folder)."""


class UnreadableFile(Exception):
    """One file cannot be read; the rest of the corpus is still indexed."""


@dataclass
class CorpusFile:
    path: Path
    source: str  # relative to the corpus folder, with forward slashes: the file's identity in the index
    size: int = 0
    mtime_ns: int = 0

    @cached_property
    def content_hash(self) -> str:
        """Read only when size or modification time suggest a change: a no-op sync reads no file."""
        return hashlib.sha256(self.path.read_bytes()).hexdigest()


def scan_corpus(corpus_dir: Path, max_file_mb: float = 20.0) -> tuple[list[CorpusFile], list[str]]:
    """The supported files under corpus_dir with their content hashes, and warnings for what was skipped."""
    if not corpus_dir.exists():
        raise CorpusError(f"corpus folder {corpus_dir} does not exist: create it and put .md, .txt, .pdf or .html files in it")
    if not corpus_dir.is_dir():
        raise CorpusError(f"corpus path {corpus_dir} is not a folder")
    files: list[CorpusFile] = []
    warnings: list[str] = []
    root = corpus_dir.resolve()
    for path in sorted(corpus_dir.rglob("*")):
        relative = path.relative_to(corpus_dir).as_posix()
        if any(part.startswith(".") for part in path.relative_to(corpus_dir).parts):
            continue  # hidden files and folders (.git, editor swap files) are never documents
        if path.is_symlink() and not path.resolve().is_relative_to(root):
            warnings.append(f"skipped {relative}: it links outside the corpus folder")
            continue
        if not path.is_file():
            continue
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            warnings.append(f"skipped {relative}: unsupported file type (use {', '.join(SUPPORTED_SUFFIXES)})")
            continue
        size_mb = path.stat().st_size / 1e6
        if size_mb > max_file_mb:
            warnings.append(f"skipped {relative}: {size_mb:.0f} MB is over the {max_file_mb:g} MB limit (max_file_mb)")
            continue
        stat = path.stat()
        files.append(CorpusFile(path, relative, stat.st_size, stat.st_mtime_ns))
    if not files and not warnings:
        raise CorpusError(f"corpus folder {corpus_dir} holds no documents: add .md, .txt, .pdf or .html files")
    return files, warnings


def read_document(corpus_file: CorpusFile) -> SourceDocument:
    """Read one file; raises UnreadableFile with a reason a person can act on."""
    suffix = corpus_file.path.suffix.lower()
    try:
        if suffix == ".pdf":
            return _read_pdf(corpus_file)
        raw = corpus_file.path.read_bytes()
        if b"\x00" in raw[:8192]:
            raise UnreadableFile("it looks binary (NUL bytes), not text")
        text = _decode(raw)
        if suffix in (".html", ".htm"):
            return _read_html(corpus_file, text)
        if suffix in (".md", ".markdown"):
            return _read_markdown(corpus_file, text)
        return _document(corpus_file, _title_from_name(corpus_file.path), [Section("", text)], {})
    except UnreadableFile:
        raise
    except Exception as error:  # a parser's own failure, e.g. a truncated PDF
        raise UnreadableFile(f"{type(error).__name__}: {error}") from error


def read_documents(files: Iterable[CorpusFile]) -> tuple[list[SourceDocument], list[str]]:
    documents, warnings = [], []
    for corpus_file in files:
        try:
            document = read_document(corpus_file)
        except UnreadableFile as error:
            warnings.append(f"skipped {corpus_file.source}: {error}")
            continue
        if not any(section.text.strip() for section in document.sections):
            warnings.append(f"skipped {corpus_file.source}: it holds no text")
            continue
        documents.append(document)
    return documents, warnings


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        # cp1252 is what most non-UTF-8 text files on laptops are; a failure here means truly undecodable.
        return raw.decode("cp1252")
    except UnicodeDecodeError as error:
        raise UnreadableFile(f"it is neither UTF-8 nor Windows-1252 text ({error.reason} at byte {error.start})") from error


_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)
_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$", re.M)


def _read_markdown(corpus_file: CorpusFile, text: str) -> SourceDocument:
    metadata: dict[str, str] = {}
    match = _FRONT_MATTER.match(text)
    if match:
        try:
            front = yaml.safe_load(match.group(1)) or {}
        except yaml.YAMLError as error:
            raise UnreadableFile(f"its front matter is not valid YAML: {error}") from error
        if not isinstance(front, dict):
            raise UnreadableFile("its front matter is not a mapping of keys to values")
        metadata = {str(key): str(value) for key, value in front.items() if value is not None}
        text = text[match.end():]
    sections: list[Section] = []
    heading, start, title = "", 0, metadata.get("title", "")
    for found in _HEADING.finditer(text):
        sections.append(Section(heading, text[start:found.start()]))
        heading = _strip_markup(found.group(2))
        title = title or heading
        start = found.end()
    sections.append(Section(heading, text[start:]))
    cleaned = [Section(section.heading, _strip_markup(section.text)) for section in sections]
    return _document(corpus_file, title or _title_from_name(corpus_file.path), cleaned, metadata)


def _strip_markup(text: str) -> str:
    text = re.sub(r"<sup>(.*?)</sup>", r"\1", text)
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])[*_](\S(?:.*?\S)?)[*_](?![\w*])", r"\1", text)
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    return text


def _read_html(corpus_file: CorpusFile, text: str) -> SourceDocument:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(text, "html.parser")
    for tag in soup(["script", "style", "nav", "noscript"]):
        tag.decompose()
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    sections: list[Section] = []
    heading, parts = "", []
    body = soup.body or soup
    for element in body.find_all(["h1", "h2", "h3", "h4", "p", "li", "td", "pre", "blockquote"]):
        if element.find_parent(["p", "li", "td", "blockquote"]):
            continue  # its text is already part of the enclosing block
        content = element.get_text(" ", strip=True)
        if element.name in ("h1", "h2", "h3", "h4"):
            sections.append(Section(heading, "\n\n".join(parts)))
            heading, parts = content, []
            title = title or content
        elif content:
            parts.append(content)
    sections.append(Section(heading, "\n\n".join(parts)))
    return _document(corpus_file, title or _title_from_name(corpus_file.path), sections, {})


def _read_pdf(corpus_file: CorpusFile) -> SourceDocument:
    from pypdf import PdfReader

    reader = PdfReader(corpus_file.path)
    pages = [page.extract_text() or "" for page in reader.pages]
    info = reader.metadata or {}
    title = str(info.get("/Title") or "") or _title_from_name(corpus_file.path)
    sections = [Section(f"Page {number}", text) for number, text in enumerate(pages, start=1)]
    return _document(corpus_file, title, sections, {})


def _document(corpus_file: CorpusFile, title: str, sections: list[Section], metadata: dict[str, str]) -> SourceDocument:
    kept = tuple(section for section in sections if section.text.strip())
    card = _document_card(title.strip(), metadata)
    if card:
        kept = (Section(CARD_HEADING, card), *kept)
    return SourceDocument(corpus_file.source, title.strip(), kept, metadata)


def _title_from_name(path: Path) -> str:
    return re.sub(r"[-_]+", " ", path.stem).strip().capitalize()


def _document_card(title: str, metadata: dict[str, str]) -> str:
    """Front matter as sentences, so "who wrote it?", "when was it published?" and "what is its
    title?" have a passage to cite."""
    if not any(metadata.get(field) for field in ("author", "publisher", "date")):
        return ""
    sentences = [f"The title of this document is \u201c{title}\u201d."]
    if metadata.get("author"):
        sentences.append(f"The author of \u201c{title}\u201d is {metadata['author']}, who wrote it.")
    published = []
    if metadata.get("publisher"):
        published.append(f"by {metadata['publisher']}")
    if metadata.get("date"):
        published.append(f"on {_readable_date(metadata['date'])}")
    if published:
        # Named, not "It was ...": a sentence opening with a pronoun is cited with the one before it.
        sentences.append(f"\u201c{title}\u201d was published {' '.join(published)}.")
    return " ".join(sentences)


def _readable_date(value: str) -> str:
    from datetime import date

    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        return value
    return f"{parsed.day} {parsed:%B %Y}"
