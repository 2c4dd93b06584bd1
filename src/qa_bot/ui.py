"""The Gradio chat: answers stream in, each with a collapsible block of the sentences it cites.

The page comes up at once; the index sync and the model warm-up run on a background thread, and a
question asked before they finish waits for them with a visible notice.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr  # noqa: E402 - the environment must be set before gradio is imported

from qa_bot.index import IndexUnavailable  # noqa: E402
from qa_bot.ingest import SUPPORTED_SUFFIXES, CorpusFile, UnreadableFile, read_document  # noqa: E402
from qa_bot.pipeline import BadQuestion, QABot  # noqa: E402
from qa_bot.schema import Answer  # noqa: E402

EXAMPLES = [
    "How many agreements were signed?",
    "When did the Belarusian president visit Pakistan?",
    "Who invited him?",
]
MAX_UPLOAD_MB = 20


class ChatApp:
    def __init__(self, bot: QABot) -> None:
        self.bot = bot
        self.default_engine = bot.settings.llm
        self.ready = threading.Event()
        self.status = "Indexing the corpus…"
        self.upload_lock = threading.Lock()

    # ---- start-up --------------------------------------------------------------------------

    def warm_up(self) -> None:
        bot = self.bot
        try:
            report = bot.sync_if_changed(progress=lambda message: setattr(self, "status", message))
            self.status = "Loading the models…"
            bot.ask("warm-up question")
            self.status = report.summary() if report else "Index up to date."
        except Exception as error:  # noqa: BLE001 - shown on the page instead of killing the app
            self.status = f"Start-up failed: {error}"
        finally:
            self.ready.set()

    # ---- chat ------------------------------------------------------------------------------

    def respond(self, message: str, history: list[dict[str, Any]], engine: str, top_k: float) -> Iterator[Any]:
        if not self.ready.is_set():
            yield "⏳ " + self.status
            self.ready.wait()
        bot = self.bot
        with self.upload_lock:
            report = bot.sync_if_changed()  # files renamed, replaced or deleted while the app runs
        if report:
            self.status = report.summary()
        try:
            shown = ""
            for piece in bot.stream(message, turns(history), top_k=int(top_k), llm=engine or self.default_engine):
                if isinstance(piece, str):
                    shown += piece
                    yield shown
                else:
                    yield render(piece)
        except (BadQuestion, IndexUnavailable) as error:
            yield f"⚠️ {error}"

    # ---- side panel ------------------------------------------------------------------------

    def documents(self) -> str:
        bot = self.bot
        rows = [f"- `{escape(source)}`: " + (f"{record.passages} passages" if not record.skipped
                                                  else f"skipped ({escape(record.skipped)})")
                for source, record in bot.index.manifest().items()]
        return "**Documents in the corpus**\n\n" + ("\n".join(rows) if rows else "(indexing…)")

    def upload(self, files: list[Any] | None) -> tuple[str, str]:
        if not files:
            return "", self.documents()
        bot = self.bot
        messages = []
        with self.upload_lock:
            for file in files:
                try:
                    messages.append(add_to_corpus(Path(getattr(file, "name", file)), bot.settings.corpus_dir))
                except UploadRejected as error:
                    messages.append(f"❌ {error}")
            report = bot.sync()
        messages.append(report.summary())
        return "\n\n".join(messages), self.documents()


def escape(text: str) -> str:
    """Markdown-safe text: no HTML from a document reaches the page; quotes stay readable for API clients."""
    return html.escape(text, quote=False)


class UploadRejected(Exception):
    pass


def safe_name(name: str) -> str:
    """A file name with no folders, no leading dots and only ordinary characters."""
    base = Path(name.replace("\\", "/")).name
    base = re.sub(r"[^\w.\- ]+", "_", base).strip(" .")
    return base or "upload"


def add_to_corpus(path: Path, corpus_dir: Path) -> str:
    name = safe_name(path.name)
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise UploadRejected(f"{name}: cannot read {suffix or 'files without an extension'}; "
                             f"upload {', '.join(SUPPORTED_SUFFIXES)}")
    size_mb = path.stat().st_size / 1e6
    if size_mb > MAX_UPLOAD_MB:
        raise UploadRejected(f"{name}: {size_mb:.1f} MB is over the {MAX_UPLOAD_MB} MB upload limit")
    try:
        document = read_document(CorpusFile(path, name))
    except UnreadableFile as error:
        raise UploadRejected(f"{name}: {error}") from error
    if not any(section.text.strip() for section in document.sections):
        raise UploadRejected(f"{name}: it holds no text")
    root = corpus_dir.resolve()
    target = (root / name).resolve()
    stem, number = target.stem, 1
    while target.exists():  # never overwrite another document silently
        if target.read_bytes() == path.read_bytes():
            return f"✅ {target.name} is already in the corpus"
        target = root / f"{stem}-{number}{target.suffix}"
        number += 1
    if not target.is_relative_to(root):
        raise UploadRejected(f"{name}: refused, it would land outside the corpus folder")
    shutil.copyfile(path, target)
    return f"✅ added {target.name}"


def turns(history: list[dict[str, Any]]) -> list[dict[str, str]]:
    """Gradio 6 messages -> {role, content} text turns; the collapsible Sources blocks are left out."""
    found = []
    for message in history:
        if (message.get("metadata") or {}).get("title"):
            continue
        content = message.get("content")
        if isinstance(content, list):
            content = " ".join(part.get("text", "") for part in content if isinstance(part, dict))
        if isinstance(content, str) and message.get("role") in ("user", "assistant"):
            found.append({"role": message["role"], "content": content})
    return found


def render(answer: Answer) -> list[gr.ChatMessage]:
    text = answer.text
    if answer.abstained:
        text = f"**Not in the documents.** {escape(text)}"
    if answer.notice:
        text += f"\n\n<small>ℹ️ {escape(answer.notice)}</small>"
    messages = [gr.ChatMessage(role="assistant", content=text)]
    if answer.citations:
        blocks = []
        if answer.standalone_question != answer.question:
            blocks.append(f"*Understood as:* {escape(answer.standalone_question)}")
        for citation in answer.citations:
            passage = escape(citation.passage).replace(
                escape(citation.sentence), f"<mark>{escape(citation.sentence)}</mark>", 1)
            blocks.append(f"**[{citation.marker}] {escape(citation.source)}** — "
                          f"{escape(citation.heading or citation.title)}\n\n{passage}")
        messages.append(gr.ChatMessage(role="assistant", content="\n\n---\n\n".join(blocks),
                                       metadata={"title": f"Sources ({len(answer.citations)})", "status": "done"}))
    return messages


def engines(bot: QABot) -> list[str]:
    from qa_bot.llms import LLMUnavailable, bundled_model_path

    choices = ["extractive"]
    try:
        bundled_model_path()
        choices.append("bundled")
    except LLMUnavailable:
        pass
    if bot.settings.llm not in choices:
        choices.append(bot.settings.llm)
    return choices


def build(app: ChatApp) -> gr.Blocks:
    bot = app.bot
    with gr.Blocks(title="qa-bot") as demo:
        gr.Markdown("## qa-bot — ask your documents\nAnswers quote the sentences they come from; "
                    "open **Sources** under an answer to check them.")
        with gr.Row():
            with gr.Column(scale=1, min_width=260):
                engine = gr.Dropdown(engines(bot), value=app.default_engine, label="Answer engine")
                top_k = gr.Slider(1, max(20, bot.settings.top_k), value=bot.settings.top_k, step=1,
                                  label="Passages to read (top-k)")
                gr.Markdown(lambda: f"**Status:** {app.status}", every=2)
                documents = gr.Markdown(app.documents, every=5, elem_id="documents")
                upload = gr.File(label="Add a document (md, txt, pdf, html)", file_count="multiple",
                                 file_types=list(SUPPORTED_SUFFIXES))
                upload_result = gr.Markdown(elem_id="upload-result")
            with gr.Column(scale=3):
                gr.ChatInterface(
                    app.respond,
                    chatbot=gr.Chatbot(height=560, label="Chat", elem_id="chat"),
                    textbox=gr.Textbox(placeholder="Ask a question…", submit_btn=True, elem_id="question"),
                    additional_inputs=[engine, top_k],
                    # Questions only: the chat shows them as buttons on the empty conversation.
                    examples=[[question] for question in EXAMPLES],
                    run_examples_on_click=True,
                    api_name="chat",
                    concurrency_limit=8,
                )
        upload.upload(app.upload, inputs=upload, outputs=[upload_result, documents])
    return demo


def launch(bot: QABot, host: str, port: int, auth: tuple[str, str] | None = None) -> None:
    app = ChatApp(bot)
    demo = build(app)
    threading.Thread(target=app.warm_up, daemon=True).start()
    demo.queue(default_concurrency_limit=8, max_size=256)
    demo.launch(server_name=host, server_port=port, share=False, auth=auth, show_error=True,
                max_file_size=f"{MAX_UPLOAD_MB}mb", quiet=False, footer_links=[])
