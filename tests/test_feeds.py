"""RSS/Atom feeds from files and from a local HTTP server (no outside network)."""

from __future__ import annotations

import datetime as dt
import http.server
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from warcount.read.errors import ReadError
from warcount.read.feeds import feed_documents, looks_like_feed, read_feed, strip_tags
from warcount.records import Document

FIXTURES = Path(__file__).parent / "fixtures" / "store"


def test_feeds_rss_entries_become_documents() -> None:
    items = list(read_feed(str(FIXTURES / "feed.rss")))
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, ReadError)]
    assert [d.id for d in docs] == ["courier-1", "http://courier.invalid/2030/05/karn-market"]
    first = docs[0]
    assert first.text.startswith("Fighting between soldiers and rebels near the town of Veldra")
    assert "<p>" not in first.text and "Short summary" not in first.text  # content wins
    assert first.published == dt.date(2030, 5, 5) and first.published_from == "field"
    assert first.source == "The Invented Courier"
    assert first.url == "http://courier.invalid/2030/05/veldra-clashes"
    assert docs[1].text.startswith("The central market of Karn reopened")
    assert len(errors) == 1 and "#3" in errors[0].source and "no content" in errors[0].message


def test_feeds_atom_html_summary_is_text() -> None:
    (d,) = list(read_feed(str(FIXTURES / "feed.atom"), published=dt.date(2030, 1, 1)))
    assert isinstance(d, Document)
    assert d.text.startswith("A roadside bomb struck a military convoy")
    assert "<p>" not in d.text
    assert d.published == dt.date(2030, 1, 1)  # the caller's date wins
    assert d.id == "urn:invented:wire:1" and d.source == "Invented Wire"


def test_feeds_not_a_feed_is_one_error() -> None:
    items = list(read_feed(str(FIXTURES / "broken.rss")))
    assert len(items) == 1 and isinstance(items[0], ReadError)
    assert "not an RSS or Atom feed" in items[0].message
    missing = list(read_feed(str(FIXTURES / "nowhere.rss")))
    assert isinstance(missing[0], ReadError) and "cannot read" in missing[0].message


def test_feeds_detect_by_content() -> None:
    assert looks_like_feed((FIXTURES / "feed.rss").read_bytes())
    assert looks_like_feed((FIXTURES / "feed.atom").read_bytes())
    assert not looks_like_feed(b"<!DOCTYPE html><html><body>x</body></html>")
    assert not looks_like_feed((FIXTURES / "broken.rss").read_bytes())


def test_feeds_strip_tags_keeps_paragraphs() -> None:
    assert strip_tags("<p>One &amp; two.</p><p>Three<br/>four</p>") == "One & two.\nThree\nfour"


def test_feeds_empty_feed_is_no_error() -> None:
    data = b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>'
    assert list(feed_documents(data, label="empty.rss")) == []


class _Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802
        if self.path == "/slow":
            time.sleep(2)
        if self.path == "/missing":
            self.send_error(404, "Not Found")
            return
        body = (FIXTURES / "feed.atom").read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", "application/atom+xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_: object) -> None:
        return None


@pytest.fixture
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_feeds_url_fetched_and_read(server: str) -> None:
    (d,) = list(read_feed(f"{server}/feed"))
    assert isinstance(d, Document) and d.id == "urn:invented:wire:1"


def test_feeds_url_errors_are_one_line(server: str) -> None:
    (missing,) = list(read_feed(f"{server}/missing"))
    assert isinstance(missing, ReadError) and "HTTP 404" in missing.message
    (slow,) = list(read_feed(f"{server}/slow", timeout=0.3))
    assert isinstance(slow, ReadError) and "timed out" in slow.message
