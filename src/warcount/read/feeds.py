"""RSS and Atom feeds (local files or http(s) URLs) to Documents, one per entry.

A feed that cannot be fetched or parsed gives one ReadError saying why; a bad entry gives
one ReadError and the other entries are still read. An entry's text is its content (else its
summary), reduced to main text by the HTML reader when it is HTML.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from warcount.read.decode import decode_bytes
from warcount.read.document import Given, build_document
from warcount.read.errors import ReadError, human_size
from warcount.read.furniture import FurnitureLexicon, load_furniture_lexicon
from warcount.read.html import looks_like_html
from warcount.records import Document

FEED_SUFFIXES = frozenset({".rss", ".atom", ".xml"})
DEFAULT_TIMEOUT = 20.0
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
MIN_PAGE_CHARS = 1000  # shorter HTML is a snippet, below what main-text extraction keeps
USER_AGENT = "warcount (+https://pypi.org/project/warcount/)"

_FEED_START = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<\?[^>]*>\s*|<!DOCTYPE[^>]*>\s*)*"
    rb"<(?:rss|feed|rdf:RDF)\b", re.S | re.I)
_TAG = re.compile(r"<[^>]+>")
_BLOCK_END = re.compile(r"</(?:p|div|li|h[1-6]|blockquote)>|<br\s*/?>", re.I)


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def looks_like_feed(data: bytes) -> bool:
    """The content starts (after an XML declaration and comments) as RSS, Atom or RDF."""
    return bool(_FEED_START.match(data[:4096]))


def fetch(url: str, *, timeout: float = DEFAULT_TIMEOUT,
          max_bytes: int = DEFAULT_MAX_BYTES) -> bytes | ReadError:
    """The body at an http(s) URL, or a ReadError (HTTP status, timeout, too large)."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            data: bytes = response.read(max_bytes + 1)
    except urllib.error.HTTPError as exc:
        return ReadError(url, f"HTTP {exc.code} {exc.reason}")
    except urllib.error.URLError as exc:
        return ReadError(url, f"cannot fetch: {exc.reason}")
    except TimeoutError:
        return ReadError(url, f"timed out after {timeout:g} s")
    except OSError as exc:
        return ReadError(url, f"cannot fetch: {exc}")
    if len(data) > max_bytes:
        return ReadError(url, f"too large (more than the {human_size(max_bytes)} limit)")
    return data


def read_feed(source: str, *, published: dt.date | None = None,
              timeout: float = DEFAULT_TIMEOUT, max_bytes: int = DEFAULT_MAX_BYTES,
              lexicon: FurnitureLexicon | None = None) -> Iterator[Document | ReadError]:
    """The entries of a feed at a path or URL. A URL that serves a web page, not a feed,
    gives that page as one Document."""
    lexicon = lexicon or load_furniture_lexicon()
    if is_url(source):
        data = fetch(source, timeout=timeout, max_bytes=max_bytes)
        if isinstance(data, ReadError):
            yield data
            return
        if not looks_like_feed(data):
            yield _page(data, url=source, published=published, lexicon=lexicon)
            return
    else:
        try:
            data = Path(source).read_bytes()
        except OSError as exc:
            yield ReadError(source, f"cannot read: {exc.strerror or exc}")
            return
    yield from feed_documents(data, label=source, published=published, lexicon=lexicon)


def feed_documents(data: bytes, *, label: str, published: dt.date | None = None,
                   lexicon: FurnitureLexicon | None = None) -> Iterator[Document | ReadError]:
    """One Document per entry of an RSS/Atom document, in feed order."""
    import feedparser

    lexicon = lexicon or load_furniture_lexicon()
    parsed: Any = feedparser.parse(data)
    entries = list(parsed.get("entries") or [])
    version = parsed.get("version") or ""
    if not entries:
        problem = parsed.get("bozo_exception")
        if not version:
            why = f"not an RSS or Atom feed ({problem})" if problem else "not an RSS or Atom feed"
            yield ReadError(label, why)
        return  # a valid feed with no entries is not an error
    outlet = _text(parsed.get("feed", {}).get("title"))
    stem = Path(label).stem if not is_url(label) else "feed"
    for number, entry in enumerate(entries, start=1):
        yield _entry_document(entry, number=number, label=label, stem=stem, outlet=outlet,
                              published=published, lexicon=lexicon)


def _entry_document(entry: Any, *, number: int, label: str, stem: str, outlet: str | None,
                    published: dt.date | None, lexicon: FurnitureLexicon) -> Document | ReadError:
    where = f"{label}#{number}"
    body, kind = _entry_body(entry)
    title = _text(entry.get("title"))
    if not body.strip():
        return ReadError(where, f"entry {number} has no content or summary")
    link = _text(entry.get("link"))
    doc_id = _text(entry.get("id")) or link or f"{stem}-{number}"
    given = Given(published_option=published, published_field=_entry_date(entry),
                  title=title, url=link, outlet=outlet)
    is_html = "html" in kind or looks_like_html(body)
    if is_html and len(body) >= MIN_PAGE_CHARS:
        doc = build_document(body, doc_id=doc_id, label=where, lexicon=lexicon, given=given,
                             is_html=True, empty_message=f"entry {number} is empty")
        if not (isinstance(doc, ReadError) and "no main text" in doc.message):
            return doc
    # A snippet is too small for main-text extraction: keep its text, tags dropped.
    return build_document(strip_tags(body) if is_html else body, doc_id=doc_id, label=where,
                          lexicon=lexicon, given=given, is_html=False,
                          empty_message=f"entry {number} is empty")


def _entry_body(entry: Any) -> tuple[str, str]:
    """The longest content block, else the summary, and its media type."""
    contents = [c for c in entry.get("content") or [] if _text(c.get("value"))]
    if contents:
        best = max(contents, key=lambda c: len(c.get("value", "")))
        return str(best.get("value")), str(best.get("type", ""))
    detail = entry.get("summary_detail") or {}
    return str(entry.get("summary") or ""), str(detail.get("type", ""))


def _entry_date(entry: Any) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
            except (ValueError, AttributeError):
                continue
    return None


def strip_tags(markup: str) -> str:
    """Text of an HTML snippet: block ends become line breaks, tags go, entities are decoded."""
    text = _TAG.sub("", _BLOCK_END.sub("\n", markup))
    lines = (" ".join(html.unescape(line).split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _page(data: bytes, *, url: str, published: dt.date | None,
          lexicon: FurnitureLexicon) -> Document | ReadError:
    decoded = decode_bytes(data)
    if decoded.error:
        return ReadError(url, decoded.error)
    doc_id = url.rstrip("/").rsplit("/", 1)[-1] or url
    return build_document(decoded.text, doc_id=doc_id, label=url, lexicon=lexicon,
                          given=Given(published_option=published, url=url), is_html=None)


def _text(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None
