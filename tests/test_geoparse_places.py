"""`warcount places` and `geoparse_document`: records, runners-up, formats (tiny gazetteer)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from click.testing import CliRunner
from test_gazetteer import FIXTURES, tiny_rows

from warcount.geo.gazetteer import Gazetteer
from warcount.records import Document

if TYPE_CHECKING:
    from warcount.pipeline import Pipeline


@pytest.fixture(scope="module")
def tiny_pipeline() -> Pipeline:
    from warcount.pipeline import Pipeline

    return Pipeline.load(gazetteer=Gazetteer.from_rows(tiny_rows()))


def test_geoparse_places_records_carry_runners_up_and_reasons(tiny_pipeline: Pipeline) -> None:
    from warcount.geoparse import geoparse_document

    text = "Kenyan police said herders clashed in the village of Qasr Tamim on Sunday."
    found = geoparse_document(tiny_pipeline, Document("d1", text))
    tamim = [p for p in found if p.text == "Qasr Tamim"]
    assert tamim and tamim[0].country == "Kenya" and tamim[0].geonameid == 704
    assert tamim[0].runners_up and tamim[0].runners_up[0].country == "Syria"
    assert tamim[0].reason and tamim[0].start == text.index("Qasr Tamim")


def test_geoparse_places_demonym_is_its_country(tiny_pipeline: Pipeline) -> None:
    from warcount.geoparse import geoparse_document

    found = geoparse_document(tiny_pipeline, Document("d2", "Syrian troops moved north."))
    assert [(p.text, p.name, p.feature_code) for p in found] == [("Syrian", "Syria", "PCLI")]


def test_geoparse_places_unknown_name_has_no_point(tiny_pipeline: Pipeline) -> None:
    from warcount.geo.resolve import ScoredCandidate
    from warcount.geoparse import place_record
    from warcount.records import PlaceMention

    m = PlaceMention(0, 9, "Zzyzxtown", "Zzyzxtown", kind="GPE", reason="cue=none")
    rec = place_record("d", m, list[ScoredCandidate](), threshold=1.0)
    assert rec.latitude is None and rec.longitude is None and "no gazetteer" in rec.reason


def test_geoparse_places_cli_formats(tiny_pipeline: Pipeline, tmp_path: object,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from pathlib import Path

    from warcount.cli import main
    from warcount.pipeline import Pipeline

    monkeypatch.setattr(Pipeline, "load", classmethod(lambda cls, **kw: tiny_pipeline))
    path = Path(str(tmp_path)) / "a.txt"
    path.write_text("Shelling hit Varosh province and the town of Qasr Tamim.", "utf-8")
    runner = CliRunner()
    out = runner.invoke(main, ["places", str(path), "--format", "jsonl"])
    assert out.exit_code == 0, out.output
    rows = [json.loads(line) for line in out.output.splitlines() if line.strip()]
    assert {r["text"] for r in rows} == {"Varosh", "Qasr Tamim"}
    assert {"geonameid", "feature_class", "latitude", "runners_up", "reason"} <= set(rows[0])
    geo = runner.invoke(main, ["places", str(path), "--format", "geojson"])
    features = json.loads(geo.output)["features"]
    assert features[0]["geometry"]["type"] == "Point"
    table = runner.invoke(main, ["places", str(path), "--format", "table"])
    assert "Qasr Tamim" in table.output and "2 place mention(s)" in table.output
    bad = runner.invoke(main, ["places", str(path), str(path.with_name("missing.txt")),
                               "--format", "jsonl"])
    assert bad.exit_code == 1


def test_geoparse_places_reread_demonym_and_narrowed_names(tiny_pipeline: Pipeline) -> None:
    from warcount.geoparse import _reread
    from warcount.records import PlaceMention

    kenyan = _reread(tiny_pipeline, PlaceMention(5, 11, "Kenyan", "Kenyan", kind="GPE",
                                                 reason="cue=none; spaCy GPE"))
    assert (kenyan.kind, kenyan.country, kenyan.name) == ("demonym", "Kenya", "Kenya")
    police = _reread(tiny_pipeline, PlaceMention(0, 13, "Varosh Police", "Varosh Police",
                                                 kind="pattern", reason="cue=admin; t"))
    assert (police.text, police.end) == ("Varosh", 6)


def test_geoparse_places_unresolved_non_places_are_left_out(tiny_pipeline: Pipeline) -> None:
    from warcount.geoparse import GeoparsedPlace, _not_a_place

    def rec(text: str, kind: str) -> GeoparsedPlace:
        return GeoparsedPlace("d", 0, len(text), text, None, None, None, None, None, None,
                              0.0, "no gazetteer entry has this name", kind=kind)

    assert _not_a_place(rec("Elm Street", "GPE"), set())
    assert _not_a_place(rec("Route 9", "LOC"), set())
    assert _not_a_place(rec("Brackley Hall", "FAC"), set())
    assert _not_a_place(rec("Somewhere", "gazetteer"), set())
    assert _not_a_place(rec("Okafor", "GPE"), {"Okafor"})
    assert not _not_a_place(rec("Zzyzx Valley", "LOC"), set())  # a place we cannot place


def test_geoparse_places_import_resolves_a_village(tiny_pipeline: Pipeline, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """`warcount gazetteer import` of a dump in GeoNames' format resolves a new village."""
    import dataclasses
    import sqlite3

    from warcount.cli import main
    from warcount.geo.gazetteer import SCHEMA_VERSION, GazetteerWriter
    from warcount.geoparse import GeoparsedPlace, geoparse_document

    monkeypatch.setenv("WARCOUNT_DATA", str(tmp_path))
    db = tmp_path / "gazetteer.sqlite"
    conn = sqlite3.connect(db)
    writer = GazetteerWriter(conn)
    for row in tiny_rows():
        writer.add(row)
    writer.finish({"schema": SCHEMA_VERSION, "sources": "tiny"})
    conn.close()
    text = "Shelling hit the village of Tall Zuhayra near Varosh on Sunday."

    def village() -> list[GeoparsedPlace]:
        p = dataclasses.replace(tiny_pipeline, gazetteer=Gazetteer.open(db, build=False))
        return [r for r in geoparse_document(p, Document("v", text)) if r.text == "Tall Zuhayra"]

    before = village()
    assert before and before[0].latitude is None  # recognised, not resolved
    files = [str(FIXTURES / n) for n in ("XX.zip", "alternateNamesV2.zip",
                                         "admin1CodesASCII.txt", "admin2Codes.txt")]
    result = CliRunner().invoke(main, ["gazetteer", "import", *files])
    assert result.exit_code == 0, result.output
    after = village()
    assert after and after[0].geonameid == 9900001
    assert after[0].latitude is not None and abs(after[0].latitude - 35.41) < 0.01
