"""Long articles for the benchmark: the example reports concatenated to ~N words each."""

from __future__ import annotations

import re
from pathlib import Path

_TAGS = re.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.S | re.I)


def example_texts(examples_dir: Path) -> list[str]:
    """The example reports as plain text (HTML pages with their tags removed), sorted by name."""
    texts = []
    for path in sorted(examples_dir.glob("*")):
        if path.suffix == ".txt":
            texts.append(path.read_text(encoding="utf-8"))
        elif path.suffix in (".html", ".htm"):
            raw = _TAGS.sub(" ", path.read_text(encoding="utf-8"))
            texts.append(re.sub(r"[ \t]+", " ", raw))
    return [t.strip() for t in texts if t.strip()]


def build_long_texts(examples_dir: Path, *, n_docs: int = 20, words: int = 5000) -> list[str]:
    """`n_docs` documents of about `words` words, each the examples in a rotated order.

    Rotating the order gives every document a different sequence of reports, so no two
    long documents are identical (caches keyed on text cannot flatter the figures).
    """
    texts = example_texts(examples_dir)
    if not texts:
        return []
    docs = []
    for i in range(n_docs):
        parts: list[str] = []
        count = 0
        j = i
        while count < words:
            part = texts[j % len(texts)]
            parts.append(part)
            count += len(part.split())
            j += 1
        docs.append("\n\n".join(parts))
    return docs


if __name__ == "__main__":
    import sys

    for doc in build_long_texts(Path(sys.argv[1] if len(sys.argv) > 1 else "examples"),
                                n_docs=2):
        print(len(doc.split()), "words")
