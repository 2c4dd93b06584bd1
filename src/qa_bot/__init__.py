"""qa-bot: a local, private question-answering chatbot over a folder of documents."""

__version__ = "0.1.0"
