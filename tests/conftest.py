"""Shared fixtures: one pipeline per test session, and a per-user gazetteer cache."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from warcount.records import Document, Event

# The gazetteer builds on first use (about a minute); a per-user cache keeps that to once a
# machine. A WARCOUNT_DATA set by the caller wins. Set at import so that CLI subprocesses
# inherit it too.
if not os.environ.get("WARCOUNT_DATA"):
    os.environ["WARCOUNT_DATA"] = str(Path.home() / ".cache" / "warcount-test")

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def pipeline() -> Iterator[object]:
    """`Pipeline.load()` built once for the whole session (model, lexicons, gazetteer)."""
    from warcount.pipeline import Pipeline

    yield Pipeline.load()


@pytest.fixture(scope="session")
def extract(pipeline: object) -> object:
    """A function: (text, published) -> the document's events."""

    def run(text: str, published: dt.date | str | None = None, doc_id: str = "t") -> list[Event]:
        if isinstance(published, str):
            published = dt.date.fromisoformat(published)
        return pipeline.extract(Document(doc_id, text, published))  # type: ignore[attr-defined]

    return run
