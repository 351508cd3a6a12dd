"""Shared fixtures: one pipeline per test session, and a per-user gazetteer cache."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from warcount.records import Document, Event

if TYPE_CHECKING:
    from warcount.pipeline import Pipeline

# The gazetteer builds on first use (about a minute); a per-user cache keeps that to once a
# machine. A WARCOUNT_DATA set by the caller wins. Set when pytest loads this file, so that the
# CLI subprocesses inherit it too.
if not os.environ.get("WARCOUNT_DATA"):
    os.environ["WARCOUNT_DATA"] = str(Path.home() / ".cache" / "warcount-test")

Extract = Callable[..., list[Event]]


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """`Pipeline.load()` built once for the whole session (model, lexicons, gazetteer)."""
    from warcount.pipeline import Pipeline

    return Pipeline.load()


@pytest.fixture(scope="session")
def extract(pipeline: Pipeline) -> Extract:
    """A function: (text, published "YYYY-MM-DD" or None, doc_id) -> the document's events."""

    def run(text: str, published: dt.date | str | None = None, doc_id: str = "t") -> list[Event]:
        if isinstance(published, str):
            published = dt.date.fromisoformat(published)
        return pipeline.extract(Document(doc_id, text, published))

    return run
