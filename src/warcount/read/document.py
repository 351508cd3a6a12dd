"""One decoded input (plain text or HTML) to a Document, or a ReadError saying why not."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from warcount.read.errors import ReadError
from warcount.read.furniture import FurnitureLexicon, furniture_spans
from warcount.read.html import extract_html, looks_like_html, parse_date_line
from warcount.read.language import guess_language, looks_english
from warcount.records import Document


@dataclass(frozen=True)
class Given:
    """What the caller or a JSON line already says about a document."""

    published_option: dt.date | None = None
    published_field: dt.date | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None


def build_document(
    content: str,
    *,
    doc_id: str,
    label: str,
    lexicon: FurnitureLexicon,
    given: Given | None = None,
    is_html: bool | None = None,
    empty_message: str = "empty file",
) -> Document | ReadError:
    """Plain text is kept as is; HTML is reduced to its main text without page furniture.

    `is_html` None means: sniff the content. The publication date comes from, in order,
    the caller's option, the JSON field, the page's metadata.
    """
    given = given or Given()
    if not content.strip():
        return ReadError(label, empty_message)
    title = given.title
    published_meta: dt.date | None = None
    text = content
    if is_html if is_html is not None else looks_like_html(content):
        page = extract_html(content)
        if page is None:
            return ReadError(label, "HTML with no main text")
        title = title or page.title
        published_meta = page.published
        text, dropped = drop_furniture(page.text, title=title, lexicon=lexicon)
        if published_meta is None:
            published_meta = next(
                (d for line, why in dropped if why == "date line" and (d := parse_date_line(line))),
                None,
            )
        if not text.strip():
            return ReadError(label, "HTML with no main text")
    if not looks_english(text):
        return ReadError(label, f"not English (looks like {guess_language(text)})")
    published, published_from = _publication_date(given, published_meta)
    return Document(
        id=doc_id,
        text=text,
        published=published,
        title=title,
        url=given.url,
        source=given.outlet,
        published_from=published_from,
    )


def drop_furniture(
    text: str, *, title: str | None, lexicon: FurnitureLexicon
) -> tuple[str, list[tuple[str, str]]]:
    """The text without its furniture lines, and the (line, reason) pairs dropped.

    Used for HTML, whose text we compose anyway; plain text is never changed.
    """
    spans = furniture_spans(text, title=title, lexicon=lexicon)
    flagged = {start for start, _, _ in spans}
    dropped = [(text[start:end], reason) for start, end, reason in spans]
    kept = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        start = pos + line.index(stripped[0]) if stripped else pos
        if stripped and start not in flagged:
            kept.append(line)
        pos += len(line) + 1
    return "\n".join(kept), dropped


def _publication_date(
    given: Given, published_meta: dt.date | None
) -> tuple[dt.date | None, str | None]:
    for value, origin in (
        (given.published_option, "option"),
        (given.published_field, "field"),
        (published_meta, "metadata"),
    ):
        if value is not None:
            return value, origin
    return None, None
