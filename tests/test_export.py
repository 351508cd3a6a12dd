"""Exports: JSON Lines, flat CSV, ACLED and UCDP columns, GeoJSON."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest

from warcount.export import (
    ACLED_COLUMNS,
    FORMATS,
    UCDP_COLUMNS,
    type_of_violence,
    write_events,
)
from warcount.records import Deaths, Event, Evidence


def ev(**kw: Any) -> Event:
    base: dict[str, Any] = dict(
        event_id="doc1-0", doc_id="doc1", event_date="2022-05-14", time_precision=1,
        disorder_type="Political violence", event_type="Battles", sub_event_type="Armed clash",
        actor1="Al Shabaab", actor2="Military Forces of Somalia", inter1=2, inter2=1,
        interaction=12, country="Somalia", admin1="Lower Shabelle", admin2="Marka",
        location="Marka", latitude=1.7159, longitude=44.7717, geo_precision=1, fatalities=9,
        fatalities_low=9, fatalities_best=9, fatalities_high=12,
        deaths=Deaths(side_a=5, side_b=4), source="Local elders; Radio station",
        source_outlet="Invented Wire", notes='Fighting, "heavy", in Marka.',
        evidence=(Evidence("fatalities", "nine people", 10, 21),),
    )
    base.update(kw)
    return Event(**base)


EVENTS = [
    ev(),
    ev(event_id="doc2-0", doc_id="doc2", event_type="Protests",
       sub_event_type="Peaceful protest", actor1="Protesters (Somalia)", actor2="", inter1=6,
       inter2=None, interaction=60, fatalities=0, fatalities_low=0, fatalities_best=0,
       fatalities_high=0, deaths=Deaths(), latitude=None, longitude=None, geo_precision=None),
    ev(event_id="doc3-0", doc_id="doc3", event_type="Violence against civilians",
       sub_event_type="Attack", actor1="Al Shabaab", actor2="Civilians (Somalia)", inter2=7,
       interaction=27, civilian_targeting=True, fatalities=3, fatalities_low=3,
       fatalities_best=3, fatalities_high=3, deaths=Deaths(civilians=3)),
]


def render(fmt: str, events: list[Event] = EVENTS) -> str:
    out = io.StringIO()
    write_events(events, fmt, out)
    return out.getvalue()


def test_export_jsonl_round_trips() -> None:
    rows = [json.loads(line) for line in render("jsonl").splitlines()]
    assert rows[0] == EVENTS[0].to_dict()


def test_export_csv_flat_with_deaths_columns() -> None:
    rows = list(csv.DictReader(io.StringIO(render("csv"))))
    assert len(rows) == 3 and "evidence" not in rows[0]
    assert rows[0]["deaths_side_a"] == "5" and rows[0]["notes"] == EVENTS[0].notes
    assert rows[1]["latitude"] == ""


def test_export_acled_columns_and_values() -> None:
    reader = csv.DictReader(io.StringIO(render("acled-csv")))
    assert tuple(reader.fieldnames or ()) == ACLED_COLUMNS
    row = next(reader)
    assert row["event_id_cnty"] == "doc1-0" and row["year"] == "2022"
    assert row["iso"] == "706" and row["region"] == "Eastern Africa"
    assert row["fatalities"] == "9" and row["civilian_targeting"] == ""


def test_export_ucdp_leaves_out_what_ucdp_does_not_count() -> None:
    reader = csv.DictReader(io.StringIO(render("ucdp-csv")))
    assert tuple(reader.fieldnames or ()) == UCDP_COLUMNS
    rows = list(reader)
    assert [r["id"] for r in rows] == ["doc1-0", "doc3-0"]
    battle, attack = rows
    assert battle["type_of_violence"] == "1" and battle["side_a"] == "Government of Somalia"
    assert (battle["deaths_a"], battle["deaths_b"]) == ("4", "5")  # swapped with the sides
    assert battle["conflict_name"] == "Somalia: Government"
    assert attack["type_of_violence"] == "3" and attack["side_b"] == "Civilians"
    assert (battle["best"], battle["low"], battle["high"]) == ("9", "9", "12")


def test_export_type_of_violence_non_state() -> None:
    e = ev(actor2="Macawisley Communal Militia (Somalia)", inter2=4, interaction=24)
    assert type_of_violence(e) == 2
    assert type_of_violence(ev(fatalities_best=0)) is None


def test_export_geojson_valid_structure() -> None:
    data = json.loads(render("geojson"))
    assert data["type"] == "FeatureCollection" and len(data["features"]) == 3
    for f in data["features"]:
        assert f["type"] == "Feature" and isinstance(f["properties"], dict)
        g = f["geometry"]
        if g is not None:
            assert g["type"] == "Point" and len(g["coordinates"]) == 2
            lon, lat = g["coordinates"]
            assert -180 <= lon <= 180 and -90 <= lat <= 90
    assert data["features"][0]["geometry"]["coordinates"] == [44.7717, 1.7159]
    assert data["features"][1]["geometry"] is None
    assert render("geojson", []).strip() == '{"type": "FeatureCollection", "features": [\n]}'


@pytest.mark.parametrize("fmt", ["csv", "acled-csv", "ucdp-csv"])
def test_export_csv_opens_in_pandas(fmt: str) -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.read_csv(io.StringIO(render(fmt)))
    assert len(frame) == (2 if fmt == "ucdp-csv" else 3)


def test_export_unknown_format_refused() -> None:
    assert "geojson" in FORMATS
    with pytest.raises(ValueError):
        render("xlsx")
