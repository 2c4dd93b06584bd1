"""A large corpus of real text that every machine has offline: CPython's documentation topics
(pydoc_data) and the docstrings of the standard library, written as Markdown files."""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import io
import re
import sys
import warnings
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

# Modules whose import has side effects (opens a browser, prints, starts a GUI) or is slow and large.
SKIP = {"antigravity", "this", "idlelib", "tkinter", "turtle", "turtledemo", "lib2to3", "pydoc_data",
        "ensurepip", "venv", "test", "__main__", "msilib", "winreg", "winsound", "_winapi", "nt", "msvcrt"}


def _module_markdown(name: str) -> str | None:
    try:
        with warnings.catch_warnings(), redirect_stdout(io.StringIO()), redirect_stderr(io.StringIO()):
            warnings.simplefilter("ignore")
            module = importlib.import_module(name)
    except Exception:  # noqa: BLE001 - a module that does not import here is simply left out
        return None
    parts = [f"# The {name} module\n", inspect.getdoc(module) or ""]
    for attribute, value in sorted(vars(module).items()):
        if attribute.startswith("_") or getattr(value, "__module__", None) != name:
            continue
        if inspect.isclass(value) or inspect.isroutine(value):
            doc = inspect.getdoc(value)
            if doc:
                parts.append(f"\n## {name}.{attribute}\n\n{doc}")
            if inspect.isclass(value):
                for method, member in sorted(vars(value).items()):
                    member_doc = inspect.getdoc(member) if not method.startswith("_") else None
                    if member_doc and inspect.isroutine(member):
                        parts.append(f"\n## {name}.{attribute}.{method}\n\n{member_doc}")
    text = "\n".join(parts).strip()
    return text if len(text) > 200 else None


def _stdlib_modules() -> list[str]:
    """Every public standard-library module, submodules of packages included."""
    import pkgutil

    names = []
    for name in sorted(sys.stdlib_module_names):
        if name in SKIP or name.startswith("_"):
            continue
        names.append(name)
        spec = importlib.util.find_spec(name)
        if spec and spec.submodule_search_locations:
            for found in pkgutil.walk_packages(spec.submodule_search_locations, prefix=f"{name}."):
                parts = found.name.split(".")
                if not any(part.startswith("_") or part in SKIP or part == "tests" for part in parts):
                    names.append(found.name)
    return names


def write_corpus(target: Path) -> int:
    """Write the corpus under target; returns the number of files written."""
    from pydoc_data.topics import topics

    (target / "python-topics").mkdir(parents=True, exist_ok=True)
    (target / "stdlib").mkdir(parents=True, exist_ok=True)
    written = 0
    for topic, text in sorted(topics.items()):
        name = re.sub(r"[^\w-]+", "-", topic).strip("-") or "topic"
        (target / "python-topics" / f"{name}.md").write_text(f"# Python topic: {topic}\n\n{text}\n")
        written += 1
    for name in _stdlib_modules():
        markdown = _module_markdown(name)
        if markdown:
            (target / "stdlib" / f"{name}.md").write_text(markdown + "\n")
            written += 1
    return written


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "bench/corpus")
    print(f"wrote {write_corpus(out)} files to {out}")
