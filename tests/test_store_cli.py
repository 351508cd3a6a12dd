"""`warcount events` on a store filled with invented events (no spaCy)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from click.testing import CliRunner

from warcount.cli import main
from warcount.records import Document, Event
from warcount.store import Store


def _filled(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    with Store(url) as store:
        for n, (country, lat, lon) in enumerate([("Syria", 35.3, 40.1), ("Iraq", 36.3, 43.1)]):
            e = Event(event_id=f"e{n}", doc_id=f"d{n}", event_date=f"2030-05-0{n + 1}",
                      time_precision=1, disorder_type="Political violence",
                      event_type="Battles", sub_event_type="Armed clash",
                      actor1=f"Military Forces of {country}", country=country,
                      location=f"Town {n}", latitude=lat, longitude=lon, geo_precision=1,
                      fatalities=5 + n, fatalities_best=5 + n, fatalities_high=5 + n)
            store.add_document(Document(f"d{n}", f"Invented report {n}."), [e])
    return url


def test_store_cli_events_table_and_filters(tmp_path: Path) -> None:
    url = _filled(tmp_path)
    result = CliRunner().invoke(main, ["events", "--db", url, "--country", "iraq"])
    assert result.exit_code == 0, result.output
    assert "Town 1" in result.output and "Town 0" not in result.output
    assert result.output.strip().endswith("1 event(s)")
    result = CliRunner().invoke(main, ["events", "--db", url, "--bbox", "39,34,41,36"])
    assert "Town 0" in result.output and "Town 1" not in result.output


def test_store_cli_events_geojson_and_csv(tmp_path: Path) -> None:
    url = _filled(tmp_path)
    result = CliRunner().invoke(main, ["events", "--db", url, "--format", "geojson"])
    assert result.exit_code == 0, result.output
    collection = json.loads(result.output)
    assert collection["type"] == "FeatureCollection" and len(collection["features"]) == 2
    result = CliRunner().invoke(main, ["events", "--db", url, "--format", "acled-csv"])
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert len(rows) == 2 and "event_date" in rows[0]
    result = CliRunner().invoke(main, ["events", "--db", url, "--format", "jsonl",
                                       "--min-fatalities", "6"])
    assert [json.loads(line)["event_id"] for line in result.output.splitlines()] == ["e1"]


def test_store_cli_events_bad_bbox_is_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["events", "--db", _filled(tmp_path), "--bbox", "1,2,3"])
    assert result.exit_code == 2 and "W,S,E,N" in result.output
