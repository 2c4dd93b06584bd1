"""The peer baseline, built as LangChain's RAG tutorial builds it: RecursiveCharacterTextSplitter
(1000/200), a Chroma store, top-4 similarity search, the tutorial's "use the following pieces of
retrieved context" prompt, and the same LLM and embedding model qa-bot uses."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

from qa_bot.ingest import read_documents, scan_corpus
from qa_bot.schema import Answer

TUTORIAL_PROMPT = (
    "You are an assistant for question-answering tasks. Use the following pieces of retrieved context to "
    "answer the question. If you don't know the answer, just say that you don't know. Use three sentences "
    "maximum and keep the answer concise.\nQuestion: {question} \nContext: {context} \nAnswer:"
)
# How the tutorial's answers say they do not know; used only to count its refusals.
DONT_KNOW = re.compile(r"(don't|do not|doesn't|does not) know|not (mentioned|provided|specified|stated)|"
                       r"no information|cannot (be )?(answer|determine)|does not (say|mention|provide)", re.I)


class TutorialPipeline:
    def __init__(self, corpus_dir: Path, embeddings: Any, chat_model: Any) -> None:
        import chromadb
        from langchain_chroma import Chroma
        from langchain_core.documents import Document
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        files, _ = scan_corpus(corpus_dir)
        documents, _ = read_documents(files)
        raw = [Document(page_content="\n\n".join(f"{s.heading}\n{s.text}" for s in d.sections),
                        metadata={"source": d.source}) for d in documents]
        splits = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200).split_documents(raw)
        client = chromadb.EphemeralClient()
        self.store = Chroma.from_documents(splits, embeddings, client=client, collection_name="tutorial")
        self.chat_model = chat_model
        self.passages = len(splits)

    def ask(self, question: str) -> tuple[Answer, float]:
        started = time.perf_counter()
        retrieved = self.store.similarity_search(question, k=4)
        context = "\n\n".join(doc.page_content for doc in retrieved)
        reply = self.chat_model.invoke(TUTORIAL_PROMPT.format(question=question, context=context)).content
        latency = (time.perf_counter() - started) * 1000
        return Answer(question, reply, bool(DONT_KNOW.search(reply)), "llm", [], question), latency
