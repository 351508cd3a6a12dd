"""`warcount places`: every place a text names, resolved, as a table, JSON Lines or GeoJSON."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import click

from warcount.cli_common import Inputs

if TYPE_CHECKING:
    from warcount.geoparse import GeoparsedPlace

TABLE_COLUMNS = ("doc_id", "start", "end", "text", "name", "feature_code", "country", "admin1",
                 "latitude", "longitude", "score")


def place_feature(p: GeoparsedPlace) -> dict[str, Any]:
    """A GeoJSON feature (geometry null for an unresolved mention)."""
    props = p.to_dict()
    geometry = None
    if p.latitude is not None and p.longitude is not None:
        geometry = {"type": "Point", "coordinates": [p.longitude, p.latitude]}
    return {"type": "Feature", "geometry": geometry, "properties": props}


def places_table(places: Sequence[GeoparsedPlace]) -> str:
    """A fixed-width table, one line per mention, with the reason it resolved as it did."""
    rows = [[("" if (v := getattr(p, c)) is None else str(v)) for c in TABLE_COLUMNS] + [p.reason]
            for p in places]
    cols = (*TABLE_COLUMNS, "reason")
    widths = [min(28 if c != "reason" else 60, max([len(c)] + [len(r[i]) for r in rows]))
              for i, c in enumerate(cols)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(cols, widths, strict=True))]
    lines += ["  ".join(v[:w].ljust(w) for v, w in zip(r, widths, strict=True)) for r in rows]
    lines.append(f"{len(places)} place mention(s)")
    return "\n".join(lines)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "geojson"]), default=None,
              help="Output format (default: table on a terminal, else jsonl).")
def places(paths: tuple[str, ...], fmt: str | None) -> None:
    """Every place the inputs name, resolved offline (same inputs as `extract`).

    One record per mention: the place, its score, the runners-up and why the winner won;
    a mention no candidate fits has no coordinates and a reason. Exit code 0 when every
    input was read, 1 when some input failed (one line on stderr each), 2 on a usage error.
    """
    from warcount.geoparse import geoparse_document
    from warcount.pipeline import Pipeline

    fmt = fmt or ("table" if sys.stdout.isatty() else "jsonl")
    pipeline = Pipeline.load()
    inputs = Inputs(paths)

    found: list[GeoparsedPlace] = []
    for doc in inputs:
        for p in geoparse_document(pipeline, doc):
            if fmt == "jsonl":
                click.echo(json.dumps(p.to_dict(), ensure_ascii=False))
            else:
                found.append(p)
    if fmt == "geojson":
        collection = {"type": "FeatureCollection", "features": [place_feature(p) for p in found]}
        click.echo(json.dumps(collection, ensure_ascii=False))
    elif fmt == "table":
        click.echo(places_table(found))
    inputs.exit()
