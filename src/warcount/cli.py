"""The command line: the only place that configures logging and prints."""

from __future__ import annotations

import csv
import datetime as dt
import json
import logging
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from warcount.cli_common import EXIT_SOME_FAILED, EXIT_USAGE, Inputs, date_option
from warcount.records import Event

TABLE_COLUMNS = ("doc_id", "event_date", "sub_event_type", "actor1", "actor2", "location",
                 "country", "fatalities")


def _progress(stage: str, frac: float) -> None:
    click.echo(f"\r{stage}: {frac:5.0%}", err=True, nl=frac >= 1.0)


@click.group()
@click.version_option(package_name="warcount")
@click.option("-v", "--verbose", is_flag=True, help="Log what each stage does.")
def main(verbose: bool) -> None:
    """warcount: news reports of armed conflict in, ACLED/UCDP-style events out."""
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", callback=date_option,
              help="Publication date for every input (YYYY-MM-DD).")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "json", "csv"]),
              default=None, help="Output format (default: table on a terminal, else jsonl).")
@click.option("--no-geocode", is_flag=True, help="Skip place resolution (no gazetteer).")
def extract(paths: tuple[str, ...], published: dt.date | None, fmt: str | None,
            no_geocode: bool) -> None:
    """Read reports (files, folders, .jsonl, .html, '-' for stdin) and print their events.

    Exit code 0 when every input was read, 1 when some input failed (each failure is one
    line on stderr; the other inputs are still processed), 2 on a usage error.
    """
    from warcount.pipeline import Pipeline

    fmt = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    pipeline = Pipeline.load(geocode=not no_geocode)
    inputs = Inputs(paths, published=published)
    events: list[Event] = []
    for _doc, evs in pipeline.extract_many(inputs):
        if fmt == "jsonl":
            for e in evs:
                click.echo(json.dumps(e.to_dict(), ensure_ascii=False))
        else:
            events.extend(evs)
    _print_events(events, fmt)
    inputs.exit()


def _print_events(events: Sequence[Event], fmt: str) -> None:
    if fmt == "json":
        click.echo(json.dumps([e.to_dict() for e in events], ensure_ascii=False, indent=2))
    elif fmt == "csv":
        rows = [_flat(e) for e in events]
        if rows:
            writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    elif fmt == "table":
        click.echo(_table(events))


def _flat(e: Event) -> dict[str, Any]:
    d = e.to_dict()
    deaths = d.pop("deaths")
    d.pop("evidence")
    d.update({f"deaths_{k}": v for k, v in deaths.items()})
    return d


def _table(events: Sequence[Event]) -> str:
    rows = [[str(getattr(e, c) if getattr(e, c) is not None else "") for c in TABLE_COLUMNS]
            for e in events]
    widths = [min(32, max([len(c)] + [len(r[i]) for r in rows])) for i, c in
              enumerate(TABLE_COLUMNS)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(TABLE_COLUMNS, widths, strict=True))]
    for r in rows:
        lines.append("  ".join(v[:w].ljust(w) for v, w in zip(r, widths, strict=True)))
    lines.append(f"{len(events)} event(s)")
    return "\n".join(lines)


@main.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
@click.option("--limit", type=int, default=None, help="Score only the first N documents.")
def eval_cmd(gold: Path, as_json: bool, limit: int | None) -> None:
    """Score the extractor on gold documents (docs/evaluation.md): events, articles or places."""
    from warcount.evaluate import evaluate, format_report, load_gold
    from warcount.pipeline import Pipeline

    try:
        docs = load_gold(gold)
    except ValueError as exc:
        click.echo(f"warcount: {gold}: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    if limit is not None:
        docs = docs[:limit]
    pipeline = Pipeline.load()
    forms = {d.form for d in docs}
    if forms == {"places"}:
        from warcount.geoparse import geoparse_document

        report = evaluate(docs, geoparse=lambda d: geoparse_document(pipeline, d))
    else:
        report = evaluate(
            docs, extract_many=lambda ds: [evs for _, evs in pipeline.extract_many(ds)]
        )
    click.echo(json.dumps(report, indent=2) if as_json else format_report(report))


@main.group()
def gazetteer() -> None:
    """The offline gazetteer: build it, import a GeoNames dump, see what is loaded."""


@gazetteer.command()
def info() -> None:
    """What the gazetteer holds (building it on first use)."""
    from warcount.geo.gazetteer import Gazetteer

    gaz = Gazetteer.open(progress=_progress)
    click.echo(json.dumps(gaz.info(), indent=2, default=str))


@gazetteer.command(name="import")
@click.argument("files", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
def import_cmd(files: tuple[Path, ...]) -> None:
    """Load a GeoNames dump (allCountries.zip, cities500.zip, XX.zip, alternateNamesV2.zip,
    admin1CodesASCII.txt, admin2Codes.txt) into the gazetteer."""
    from warcount.geo.geonames_import import import_geonames

    try:
        summary = import_geonames(list(files), progress=_progress)
    except (ValueError, OSError) as exc:
        click.echo(f"warcount: {exc}", err=True)
        sys.exit(EXIT_SOME_FAILED)
    click.echo(json.dumps(summary, indent=2, default=str))


from warcount.cli_places import places  # noqa: E402
from warcount.cli_store import events as events_cmd  # noqa: E402
from warcount.cli_store import ingest as ingest_cmd  # noqa: E402

main.add_command(ingest_cmd)
main.add_command(events_cmd)
main.add_command(places)


if __name__ == "__main__":
    main()
