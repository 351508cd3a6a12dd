"""Where documents come from: files, folders, JSON Lines and stdin, each read to Documents.

A bad input never stops the run: it is yielded as a ReadError and the next input is read.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO

from warcount.read.decode import decode_bytes, looks_binary
from warcount.read.document import Given, build_document
from warcount.read.errors import ReadError, human_size, too_large
from warcount.read.furniture import FurnitureLexicon, load_furniture_lexicon
from warcount.read.jsonl import looks_like_jsonl, read_jsonl_lines
from warcount.records import Document

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
FOLDER_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
STDIN = "-"


def read_inputs(
    paths: Sequence[str],
    *,
    published: dt.date | None = None,
    stdin: IO[bytes] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    lexicon: FurnitureLexicon | None = None,
) -> Iterator[Document | ReadError]:
    """Documents from files, folders (recursively, sorted) and "-" (stdin), in order.

    `published` overrides every other publication date. `max_bytes` bounds one file (checked
    before reading it), one JSON line, or stdin. `lexicon` (page furniture, stripped from
    HTML) defaults to the shipped one.
    """
    lexicon = lexicon or load_furniture_lexicon()
    for name in paths:
        if name == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _read_stdin(stream, published=published, max_bytes=max_bytes,
                                   lexicon=lexicon)
            continue
        path = Path(name)
        if path.is_dir():
            for file in _folder_files(path):
                doc_id = file.relative_to(path).with_suffix("").as_posix()
                yield from _read_file(file, doc_id=doc_id, published=published,
                                      max_bytes=max_bytes, lexicon=lexicon)
        elif path.is_file():
            yield from _read_file(path, doc_id=path.stem, published=published,
                                  max_bytes=max_bytes, lexicon=lexicon)
        else:
            yield ReadError(name, "no such file or folder")


def _folder_files(root: Path) -> list[Path]:
    """Files with a known suffix under `root`, sorted, hidden files and folders skipped."""
    found = []
    for file in root.rglob("*"):
        parts = file.relative_to(root).parts
        if any(p.startswith(".") for p in parts):
            continue
        if file.suffix.lower() in FOLDER_SUFFIXES and file.is_file():
            found.append(file)
    return sorted(found, key=lambda f: f.relative_to(root).as_posix())


def _read_file(
    path: Path, *, doc_id: str, published: dt.date | None, max_bytes: int,
    lexicon: FurnitureLexicon,
) -> Iterator[Document | ReadError]:
    label = str(path)
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
        if size == 0:
            yield ReadError(label, "empty file")
            return
        if suffix in JSONL_SUFFIXES:
            with path.open("rb") as handle:
                if looks_binary(handle.read(8192)):
                    yield ReadError(label, "binary file, not text")
                    return
                handle.seek(0)
                yield from read_jsonl_lines(handle, label=label, stem=doc_id, lexicon=lexicon,
                                            max_bytes=max_bytes, published=published)
            return
        if size > max_bytes:
            yield ReadError(label, too_large(size, max_bytes))
            return
        data = path.read_bytes()
    except OSError as exc:
        yield ReadError(label, f"cannot read: {exc.strerror or exc}")
        return
    lines = _json_documents(data) if suffix not in HTML_SUFFIXES else None
    if lines is not None:  # a document object saved as .json, or JSON Lines by another name
        yield from read_jsonl_lines(lines, label=label, stem=doc_id, lexicon=lexicon,
                                    max_bytes=max_bytes, published=published)
        return
    if suffix == ".json":
        yield ReadError(label, 'JSON but no document: expected an object with a "text" key, '
                               "a list of them, or JSON Lines")
        return
    yield _from_bytes(data, doc_id=doc_id, label=label, published=published, lexicon=lexicon,
                      is_html=True if suffix in HTML_SUFFIXES else None)


def _json_documents(data: bytes) -> list[bytes] | None:
    """The lines of documents when `data` is JSON Lines, one document object or a list of
    them (each with a "text" key); None when it is not."""
    decoded = decode_bytes(data)
    if decoded.error:
        return None
    if looks_like_jsonl(decoded.text):
        return data.splitlines()
    if not decoded.text.lstrip().startswith(("{", "[")):
        return None
    try:
        obj = json.loads(decoded.text)
    except ValueError:
        return None
    items = obj if isinstance(obj, list) else [obj]
    if not items or not all(isinstance(i, dict) and "text" in i for i in items):
        return None
    return [json.dumps(i).encode("utf-8") for i in items]


def _read_stdin(
    stream: IO[bytes], *, published: dt.date | None, max_bytes: int, lexicon: FurnitureLexicon
) -> Iterator[Document | ReadError]:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        yield ReadError(STDIN, f"input too large (more than the {human_size(max_bytes)} limit)")
        return
    if not data.strip():
        yield ReadError(STDIN, "empty input")
        return
    decoded = decode_bytes(data)
    if not decoded.error and looks_like_jsonl(decoded.text):
        yield from read_jsonl_lines(data.splitlines(), label=STDIN, stem="stdin",
                                    lexicon=lexicon, max_bytes=max_bytes, published=published)
        return
    yield _from_bytes(data, doc_id="stdin", label=STDIN, published=published, lexicon=lexicon,
                      is_html=None)


def _from_bytes(
    data: bytes, *, doc_id: str, label: str, published: dt.date | None,
    lexicon: FurnitureLexicon, is_html: bool | None,
) -> Document | ReadError:
    decoded = decode_bytes(data)
    if decoded.error:
        return ReadError(label, decoded.error)
    return build_document(decoded.text, doc_id=doc_id, label=label, lexicon=lexicon,
                          given=Given(published_option=published), is_html=is_html)
