"""The record for an input that could not be read."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReadError:
    """An input that gave no document, and why, in one line.

    `source` is the path, "-" for stdin, or "path:line" for one line of a JSON Lines file.
    """

    source: str
    message: str


def human_size(n: int) -> str:
    """A byte count the way a person says it: "52 MB", "12 KB", "300 bytes"."""
    if n >= 1024 * 1024:
        return f"{n // (1024 * 1024)} MB"
    if n >= 1024:
        return f"{n // 1024} KB"
    return f"{n} bytes"


def too_large(size: int, limit: int) -> str:
    return f"file too large ({human_size(size)} > {human_size(limit)} limit)"
