"""Reading inputs into the store: documents already stored are skipped before extraction,
each new one is written with its events in one transaction, and the run is counted."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from warcount.read.errors import ReadError
from warcount.read.feeds import (
    DEFAULT_TIMEOUT,
    FEED_SUFFIXES,
    is_url,
    looks_like_feed,
    read_feed,
)
from warcount.read.furniture import FurnitureLexicon, load_furniture_lexicon
from warcount.read.sources import read_inputs
from warcount.records import Document, Event
from warcount.store.db import AddResult, Store

Extractor = Callable[[Iterable[Document]], Iterable[tuple[Document, list[Event]]]]


@dataclass
class IngestSummary:
    """What one ingest run did. `read` counts documents read (new or skipped)."""

    read: int = 0
    new: int = 0
    skipped: int = 0
    failed: int = 0
    events_new: int = 0
    events_merged: int = 0

    def line(self) -> str:
        return (f"read {self.read}, new {self.new}, skipped {self.skipped}, "
                f"failed {self.failed}, events new {self.events_new}, "
                f"events merged {self.events_merged}")


def ingest(
    store: Store,
    items: Iterable[Document | ReadError],
    extract_many: Extractor,
    *,
    on_error: Callable[[ReadError], None] | None = None,
    on_stored: Callable[[Document, AddResult], None] | None = None,
) -> IngestSummary:
    """Store every new document of `items` with its events (see `Store.add_document`).

    `extract_many` is `Pipeline.extract_many` (or any function of the same shape); stored
    documents (same content or URL) never reach it. Read errors are counted and passed to
    `on_error`; the run goes on.
    """
    summary = IngestSummary()

    def fresh() -> Iterator[Document]:
        for item in items:
            if isinstance(item, ReadError):
                summary.failed += 1
                if on_error is not None:
                    on_error(item)
                continue
            summary.read += 1
            if store.known(item):
                summary.skipped += 1
                continue
            yield item

    for doc, found in extract_many(fresh()):
        result = store.add_document(doc, found)
        if result.status == "skipped":  # the same document twice in one run
            summary.skipped += 1
        else:
            summary.new += 1
            summary.events_new += result.events_new
            summary.events_merged += result.events_merged
        if on_stored is not None:
            on_stored(doc, result)
    return summary


def read_sources(
    sources: Sequence[str],
    *,
    published: dt.date | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    lexicon: FurnitureLexicon | None = None,
) -> Iterator[Document | ReadError]:
    """Documents from files, folders, JSON Lines, feeds (files or URLs) and web pages.

    A file is read as a feed when its content starts as RSS/Atom; a folder's feed files
    (.rss, .atom, .xml) are read after its other files.
    """
    lexicon = lexicon or load_furniture_lexicon()
    for source in sources:
        path = Path(source)
        if is_url(source) or (path.is_file() and _is_feed_file(path)):
            yield from read_feed(source, published=published, timeout=timeout, lexicon=lexicon)
            continue
        yield from read_inputs([source], published=published, lexicon=lexicon)
        if path.is_dir():
            for feed in sorted(f for f in path.rglob("*") if f.suffix.lower() in FEED_SUFFIXES
                               and f.is_file() and not _hidden(f, path)):
                if _is_feed_file(feed):
                    yield from read_feed(str(feed), published=published, lexicon=lexicon)


def _is_feed_file(path: Path) -> bool:
    """.rss and .atom files are feeds (a bad one is reported as such); others by content."""
    if path.suffix.lower() in (".rss", ".atom"):
        return True
    try:
        with path.open("rb") as handle:
            return looks_like_feed(handle.read(4096))
    except OSError:
        return path.suffix.lower() in FEED_SUFFIXES  # read_feed reports why it cannot be read


def _hidden(file: Path, root: Path) -> bool:
    return any(p.startswith(".") for p in file.relative_to(root).parts)
