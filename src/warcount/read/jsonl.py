"""JSON Lines: one document a line, {"id", "text", "published"?, "title"?, "url"?, "source"?}."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from typing import Any

from warcount.read.document import Given, build_document
from warcount.read.errors import ReadError, human_size
from warcount.read.furniture import FurnitureLexicon
from warcount.read.html import parse_date
from warcount.records import Document


def read_jsonl_lines(
    lines: Iterable[bytes],
    *,
    label: str,
    stem: str,
    lexicon: FurnitureLexicon,
    max_bytes: int,
    published: dt.date | None = None,
) -> Iterator[Document | ReadError]:
    """One Document per line; a bad line gives one ReadError ("path:line") and reading goes on.

    Keys other than the six above (a "gold" reading, say) are ignored. A line without an
    "id" is named `<stem>-<line number>`. The size limit applies to each line.
    """
    for number, raw in enumerate(lines, start=1):
        where = f"{label}:{number}"
        if not raw.strip():
            continue
        if len(raw) > max_bytes:
            yield ReadError(where, f"line {number} too large ({human_size(len(raw))} > "
                            f"{human_size(max_bytes)} limit)")
            continue
        try:
            obj: Any = json.loads(raw.decode("utf-8-sig" if number == 1 else "utf-8"))
        except UnicodeDecodeError:
            yield ReadError(where, f"not valid UTF-8 on line {number}")
            continue
        except ValueError:
            yield ReadError(where, f"malformed JSON on line {number}")
            continue
        if not isinstance(obj, dict):
            yield ReadError(where, f"line {number} is not a JSON object")
            continue
        text = obj.get("text")
        if not isinstance(text, str):
            yield ReadError(where, f'no "text" string on line {number}')
            continue
        raw_id = obj.get("id")
        doc_id = str(raw_id) if raw_id not in (None, "") else f"{stem}-{number}"
        given = Given(
            published_option=published,
            published_field=parse_date(obj.get("published")),
            title=_string(obj.get("title")),
            url=_string(obj.get("url")),
            outlet=_string(obj.get("source")),
        )
        yield build_document(
            text.replace("\r\n", "\n").replace("\r", "\n"),
            doc_id=doc_id,
            label=where,
            lexicon=lexicon,
            given=given,
            empty_message=f"empty text on line {number}",
        )


def looks_like_jsonl(text: str) -> bool:
    """The first non-blank line is a JSON object with a "text" key."""
    for line in text.split("\n"):
        if line.strip():
            try:
                obj = json.loads(line)
            except ValueError:
                return False
            return isinstance(obj, dict) and "text" in obj
    return False


def _string(value: object) -> str | None:
    return value if isinstance(value, str) and value.strip() else None
