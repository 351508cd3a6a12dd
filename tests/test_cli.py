"""The command line in a subprocess: jsonl output, bad inputs, --help, eval."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

GOOD = "Rebels clashed with soldiers in Goma on Saturday, killing four soldiers, the army said.\n"
GOLD_ROWS = [
    {"id": "g1", "text": "On May 13, gunmen killed three farmers in Maiduguri.",
     "gold": {"event_date": "2023-05-13", "event_type": "Violence against civilians",
              "sub_event_type": "Attack", "country": "Nigeria", "location": "Maiduguri",
              "fatalities": 3}},
    {"id": "g2", "text": "On May 12, rebels clashed with soldiers in Goma.",
     "gold": {"event_date": "2023-05-12", "event_type": "Battles",
              "sub_event_type": "Armed clash", "country": "Democratic Republic of Congo",
              "location": "Goma", "fatalities": 0}},
]


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """`python -m warcount.cli ARGS` with the test session's environment (gazetteer cache)."""
    return subprocess.run(
        [sys.executable, "-m", "warcount.cli", *args], cwd=cwd, env=dict(os.environ),
        capture_output=True, text=True, timeout=300, check=False,
    )


def test_cli_extract_jsonl_and_bad_inputs(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD, "utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02\xff\xfe\x00binary\x00" * 20)
    proc = run("extract", "--published", "2023-05-14", "--format", "jsonl",
               "good.txt", "empty.txt", "blob.txt", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    assert rows and all(r["doc_id"] == "good" for r in rows)
    assert rows[0]["event_date"] == "2023-05-13" and rows[0]["event_type"] == "Battles"
    assert rows[0]["fatalities"] == 4
    for r in rows:
        for ev in r["evidence"]:
            assert GOOD[ev["start"]:ev["end"]] == ev["text"]
    errors = [line for line in proc.stderr.splitlines() if line.startswith("warcount:")]
    assert len(errors) == 2
    assert any("empty.txt" in e for e in errors) and any("blob.txt" in e for e in errors)


def test_cli_extract_all_good_exits_zero(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD, "utf-8")
    proc = run("extract", "--published", "2023-05-14", "--format", "csv", "--no-geocode",
               "good.txt", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("event_id,") and len(lines) == 2


@pytest.mark.parametrize(
    "command",
    [[], ["extract"], ["eval"], ["gazetteer"], ["gazetteer", "info"], ["gazetteer", "import"]],
)
def test_cli_help_on_every_command(command: list[str], tmp_path: Path) -> None:
    proc = run(*command, "--help", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "Usage:" in proc.stdout


def test_cli_eval_prints_figures(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in GOLD_ROWS), "utf-8")
    proc = run("eval", "--json", "gold.jsonl", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["form"] == "events" and report["documents"] == 2
    assert 0.0 <= report["event_type"] <= 1.0
    assert report["event_type"] == 1.0
