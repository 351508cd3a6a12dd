"""`warcount places` and `geoparse_document`: records, runners-up, formats (tiny gazetteer)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest
from click.testing import CliRunner
from test_gazetteer import tiny_rows

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
