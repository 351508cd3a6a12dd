"""What the command modules share: exit codes, the date option and reading inputs with one
stderr line per bad one."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator, Sequence
from typing import Any

import click

from warcount.records import Document

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2


def date_option(_: Any, __: Any, value: str | None) -> dt.date | None:
    """A click callback for YYYY-MM-DD options."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter("expected YYYY-MM-DD") from exc


class Inputs:
    """The documents of PATH arguments (files, folders, JSON Lines, `-`); each one that cannot
    be read is one line on stderr and counted in `failed`."""

    def __init__(self, paths: Sequence[str], *, published: dt.date | None = None) -> None:
        self.paths = list(paths)
        self.published = published
        self.failed = 0

    def __iter__(self) -> Iterator[Document]:
        from warcount.read.errors import ReadError
        from warcount.read.sources import read_inputs

        stdin = sys.stdin.buffer if "-" in self.paths else None
        for item in read_inputs(self.paths, published=self.published, stdin=stdin):
            if isinstance(item, ReadError):
                self.failed += 1
                click.echo(f"warcount: {item.source}: {item.message}", err=True)
            else:
                yield item

    def exit(self) -> None:
        sys.exit(EXIT_SOME_FAILED if self.failed else EXIT_OK)
