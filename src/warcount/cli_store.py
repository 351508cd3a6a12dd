"""`warcount ingest` and `warcount events`: the living event dataset from the command line."""

from __future__ import annotations

import datetime as dt
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import click

from warcount.cli_common import EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, date_option
from warcount.records import Document, Event

TABLE_COLUMNS = ("event_id", "event_date", "sub_event_type", "actor1", "actor2", "location",
                 "country", "fatalities", "fatalities_high", "n_sources")
DB_HELP = "Database URL or SQLite path (default: $WARCOUNT_DB, else the data folder's warcount.db)."


@click.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("--db", "db_url", default=None, help=DB_HELP)
@click.option("--watch", type=click.FloatRange(min=1.0), default=None, metavar="SECONDS",
              help="Read the inputs again every SECONDS (feeds update) until interrupted.")
@click.option("--max-rounds", type=click.IntRange(min=1), default=None, metavar="N",
              help="With --watch: stop after N rounds of reading.")
@click.option("--published", callback=date_option,
              help="Publication date for every input (YYYY-MM-DD).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=20.0, show_default=True,
              help="Seconds to wait for a feed or page URL.")
@click.option("--no-geocode", is_flag=True, help="Skip place resolution (no gazetteer).")
def ingest(sources: tuple[str, ...], db_url: str | None, watch: float | None,
           max_rounds: int | None, published: dt.date | None, timeout: float,
           no_geocode: bool) -> None:
    """Read reports (files, folders, .jsonl, RSS/Atom feeds as files or URLs) into the store.

    Documents already stored (same content or same URL) are skipped; each new one is written
    with its events in one transaction, so an interrupted run is resumed by running it again.
    Reports of one event are merged into it. Exit code 1 when some input failed.
    """
    from warcount.pipeline import Pipeline
    from warcount.read.errors import ReadError
    from warcount.store import open_store
    from warcount.store.ingest import ingest as ingest_items
    from warcount.store.ingest import read_sources

    store = open_store(db_url)
    pipeline = Pipeline.load(geocode=not no_geocode)
    any_failed = False

    def report(error: ReadError) -> None:
        click.echo(f"\nwarcount: {error.source}: {error.message}" if sys.stderr.isatty()
                   else f"warcount: {error.source}: {error.message}", err=True)

    rounds = 0
    try:
        while True:
            rounds += 1
            items = read_sources(list(sources), published=published, timeout=timeout)
            with _progress(items) as bar:
                summary = ingest_items(store, bar, pipeline.extract_many, on_error=report)
            any_failed = any_failed or summary.failed > 0
            click.echo(summary.line(), err=True)
            if watch is None or (max_rounds is not None and rounds >= max_rounds):
                break
            sleep(watch)
    except KeyboardInterrupt:
        click.echo("warcount: interrupted; what was stored is kept", err=True)
    finally:
        store.close()
    sys.exit(EXIT_SOME_FAILED if any_failed else EXIT_OK)


def sleep(seconds: float) -> None:
    """The pause between --watch rounds (a seam for tests)."""
    time.sleep(seconds)


class _NoBar:
    def __init__(self, items: Iterable[Any]) -> None:
        self.items = items

    def __enter__(self) -> Iterable[Any]:
        return self.items

    def __exit__(self, *_: object) -> None:
        return None


def _progress(items: Iterator[Any]) -> Any:
    """A progress bar on stderr when it is a terminal (a count: the total is not known)."""
    if not sys.stderr.isatty():
        return _NoBar(items)
    return click.progressbar(items, label="reading", file=sys.stderr, show_pos=True,
                             item_show_func=_label)


def _label(item: object) -> str | None:
    return item.id[:40] if isinstance(item, Document) else None


@click.command()
@click.option("--db", "db_url", default=None, help=DB_HELP)
@click.option("--country", help="Country name (any case).")
@click.option("--admin1", help="First-level administrative area (any case).")
@click.option("--since", callback=date_option, help="First day, YYYY-MM-DD (inclusive).")
@click.option("--until", callback=date_option, help="Last day, YYYY-MM-DD (inclusive).")
@click.option("--type", "event_type", help="Event type, sub-event type or disorder type.")
@click.option("--actor", help="Part of an actor's name (any case).")
@click.option("--min-fatalities", type=click.IntRange(min=0), help="At least this many deaths.")
@click.option("--bbox", help="W,S,E,N in degrees.")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many events.")
@click.option("--format", "fmt", default="table", show_default=True,
              type=click.Choice(["table", "jsonl", "csv", "acled-csv", "ucdp-csv", "geojson"]))
def events(db_url: str | None, country: str | None, admin1: str | None, since: dt.date | None,
           until: dt.date | None, event_type: str | None, actor: str | None,
           min_fatalities: int | None, bbox: str | None, limit: int | None, fmt: str) -> None:
    """Print the stored events that match every filter given."""
    from warcount.store import open_store
    from warcount.store.rows import parse_bbox

    try:
        box = parse_bbox(bbox) if bbox else None
    except ValueError as exc:
        click.echo(f"warcount: --bbox: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    with open_store(db_url) as store:
        found = store.events(country=country, admin1=admin1, since=since, until=until,
                             type=event_type, actor=actor, min_fatalities=min_fatalities,
                             bbox=box, limit=limit)
        if fmt == "table":
            click.echo(_table(found, store.n_sources(e.event_id for e in found)))
            return
    from warcount.export import write_events

    write_events(found, fmt, sys.stdout)


def _table(found: Sequence[Event], sources: dict[str, int]) -> str:
    def cell(e: Event, col: str) -> str:
        value = sources.get(e.event_id, 1) if col == "n_sources" else getattr(e, col)
        return "" if value is None else str(value)

    rows = [[cell(e, c) for c in TABLE_COLUMNS] for e in found]
    widths = [min(28, max([len(c)] + [len(r[i]) for r in rows]))
              for i, c in enumerate(TABLE_COLUMNS)]
    lines = ["  ".join(c[:w].ljust(w) for c, w in zip(TABLE_COLUMNS, widths, strict=True))]
    lines += ["  ".join(v[:w].ljust(w) for v, w in zip(r, widths, strict=True)) for r in rows]
    lines.append(f"{len(found)} event(s)")
    return "\n".join(lines)
