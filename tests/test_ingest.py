"""Ingest: inputs read into the store once; re-runs add nothing; a killed run resumes.

Fast tests use a stand-in extractor (one invented event per document); the slow ones run
the real pipeline.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from warcount.read.errors import ReadError
from warcount.records import Document, Event
from warcount.store import Store
from warcount.store.ingest import ingest, read_sources

FIXTURES = Path(__file__).parent / "fixtures" / "store"
SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "deir-ez-zor-2017-10-29.txt"


def one_event_each(docs: Iterable[Document]) -> Iterator[tuple[Document, list[Event]]]:
    """A stand-in for Pipeline.extract_many: one event per document, in a place of its own."""
    for n, d in enumerate(docs):
        yield d, [Event(event_id=f"{d.id}-x", doc_id=d.id, event_date="2030-05-04",
                        time_precision=1, disorder_type="Political violence",
                        event_type="Battles", sub_event_type="Armed clash",
                        actor1="Military Forces of Syria", country="Syria",
                        location=f"Place {d.id}", latitude=30.0 + n, longitude=40.0)]


def dump(store: Store, skip: tuple[str, ...] = ()) -> dict[str, list[tuple[Any, ...]]]:
    with store.engine.connect() as conn:
        out = {}
        for table in ("documents", "events", "evidence", "event_reports"):
            result = conn.execute(text(f"SELECT * FROM {table} ORDER BY 1"))
            keep = [i for i, k in enumerate(result.keys()) if k not in skip]
            out[table] = [tuple(r[i] for i in keep) for r in result]
        return out


def test_ingest_folder_twice_leaves_db_identical(tmp_path: Path) -> None:
    with Store(f"sqlite:///{tmp_path / 'w.db'}") as store:
        first = ingest(store, read_sources([str(FIXTURES / "folder")]), one_event_each)
        assert (first.read, first.new, first.skipped, first.failed) == (4, 4, 0, 0)
        before = dump(store)
        second = ingest(store, read_sources([str(FIXTURES / "folder")]), one_event_each)
        assert (second.read, second.new, second.skipped) == (4, 0, 4)
        assert dump(store) == before


def test_ingest_reads_feeds_and_counts_failures(tmp_path: Path) -> None:
    errors: list[ReadError] = []
    sources = [str(FIXTURES / "feed.rss"), str(FIXTURES / "feed.atom"),
               str(FIXTURES / "broken.rss"), str(tmp_path / "absent.txt")]
    with Store("sqlite://") as store:
        summary = ingest(store, read_sources(sources), one_event_each, on_error=errors.append)
        assert (summary.read, summary.new, summary.failed) == (3, 3, 3)
        assert summary.events_new == 3
        assert "read 3, new 3, skipped 0, failed 3" in summary.line()
        urls = {e.doc_id for e in store.events()}
    assert "courier-1" in urls and "urn:invented:wire:1" in urls
    assert len(errors) == 3


def test_ingest_duplicate_within_one_run_skipped() -> None:
    docs = [Document("a", "Same words."), Document("b", "Same words.")]
    with Store("sqlite://") as store:
        summary = ingest(store, docs, one_event_each)
        assert (summary.new, summary.skipped) == (1, 1)
        assert store.counts()["documents"] == 1


def test_ingest_stored_documents_never_reach_the_extractor() -> None:
    seen: list[str] = []

    def spy(docs: Iterable[Document]) -> Iterator[tuple[Document, list[Event]]]:
        for d in docs:
            seen.append(d.id)
            yield d, []

    docs = [Document("a", "First words."), Document("b", "Second words.")]
    with Store("sqlite://") as store:
        ingest(store, docs[:1], spy)
        ingest(store, docs, spy)
    assert seen == ["a", "b"]


def _invented_reports(n: int) -> list[dict[str, str]]:
    """Short invented reports: made-up towns, real countries, varied days and tolls."""
    rng = random.Random(7)
    countries = ["Nigeria", "Mali", "Syria", "Yemen", "Somalia", "Sudan", "Iraq", "Colombia"]
    verbs = ["Gunmen killed {k} villagers in {t}, {c}, on {d}, officials said.",
             "Clashes between soldiers and rebels near {t}, {c}, left {k} fighters dead on {d}.",
             "A roadside bomb killed {k} soldiers outside {t} in {c} on {d}, the army said."]
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    out = []
    for i in range(n):
        town = "".join(rng.choice("bdfgklmnprstv") + rng.choice("aeiou") for _ in range(3))
        sentence = rng.choice(verbs).format(k=rng.randint(2, 40), t=town.title(),
                                            c=rng.choice(countries), d=rng.choice(days))
        out.append({"id": f"r{i:04d}", "text": sentence,
                    "published": f"2031-0{1 + i % 9}-{10 + i % 15}", "source": f"Outlet {i % 5}"})
    return out


def _run_ingest(args: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "warcount.cli", "ingest", *args],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.mark.slow
def test_ingest_sigkill_then_rerun_stores_each_once(tmp_path: Path) -> None:
    import json

    reports = tmp_path / "reports.jsonl"
    reports.write_text("".join(json.dumps(r) + "\n" for r in _invented_reports(1000)))
    env = {**os.environ, "WARCOUNT_DB": ""}
    killed_db, clean_db = tmp_path / "killed.db", tmp_path / "clean.db"
    clean = _run_ingest([str(reports), "--db", str(clean_db), "--no-geocode"], env)
    clean.communicate(timeout=600)
    proc = _run_ingest([str(reports), "--db", str(killed_db), "--no-geocode"], env)
    deadline = time.monotonic() + 240
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
        if killed_db.exists():
            try:
                with sqlite3.connect(killed_db, timeout=1) as conn:
                    stored = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
            except sqlite3.Error:
                continue
            if stored >= 150:
                break
    assert proc.poll() is None, "ingest ended before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert 150 <= stored < 1000
    rerun = _run_ingest([str(reports), "--db", str(killed_db), "--no-geocode"], env)
    _, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err.decode()
    assert b"skipped" in err
    with Store(f"sqlite:///{killed_db}") as a, Store(f"sqlite:///{clean_db}") as b:
        assert a.counts()["documents"] == 1000
        got, want = dump(a, skip=("read_at",)), dump(b, skip=("read_at",))
        assert got == want  # each document and event stored exactly once, as in one clean run
        assert len({r[1] for r in got["documents"]}) == 1000


@pytest.mark.slow
@pytest.mark.shared
@pytest.mark.skipif(not SEED.exists(), reason="needs ../shared/seed")
def test_ingest_founding_report_and_two_rewrites_merge(pipeline: Any) -> None:
    """Another outlet's "at least 70" and a third's side split only: one event, 3 sources."""
    at_least_70 = ("Syrian government troops and Islamic State militants fought in Deir ez-Zor "
                   "city on Saturday, leaving at least 70 fighters dead, the Syrian Observatory "
                   "for Human Rights said on Sunday.")
    split_only = ("At least 50 Islamic State fighters and 23 Syrian soldiers and allied "
                  "militiamen were killed in clashes in Deir ez-Zor city on Saturday, the "
                  "Syrian Observatory for Human Rights said.")
    day = dt.date(2017, 10, 29)
    docs = [Document("seed", SEED.read_text(encoding="utf-8"), day, source="Outlet One"),
            Document("wire-a", at_least_70, day, source="Outlet Two"),
            Document("wire-b", split_only, day, source="Outlet Three")]
    with Store("sqlite://") as store:
        summary = ingest(store, docs, pipeline.extract_many)
        assert summary.new == 3 and summary.events_merged >= 2
        saturday = [e for e in store.events(since="2017-10-28", until="2017-10-28")]
        assert len(saturday) == 1
        (event,) = saturday
        assert store.n_sources([event.event_id])[event.event_id] == 3
        assert (event.fatalities, event.fatalities_high) == (70, 73)
        assert [r.doc_id for r in store.reports(event.event_id)] == ["seed", "wire-a", "wire-b"]


_ITEM = ("<item><title>{t}</title><link>http://courier.invalid/{n}</link><guid>{n}</guid>"
         "<pubDate>Sun, 05 May 2030 08:00:00 GMT</pubDate><description>{t}</description></item>")


def _feed(*titles: str) -> str:
    items = "".join(_ITEM.format(t=t, n=f"item-{i}") for i, t in enumerate(titles))
    return ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
            f"<title>The Invented Courier</title>{items}</channel></rss>")


def test_ingest_watch_polls_a_changing_feed(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """--watch reads the feed again after each pause; --max-rounds ends the loop."""
    from click.testing import CliRunner

    from warcount import cli_store
    from warcount.pipeline import Pipeline

    class StandIn:
        extract_many = staticmethod(one_event_each)

    feed = tmp_path / "courier.rss"
    feed.write_text(_feed("Rebels attacked an army post near Veldra on Saturday."))
    pauses: list[float] = []

    def pause(seconds: float) -> None:  # between rounds the feed gains an item
        pauses.append(seconds)
        feed.write_text(_feed("Rebels attacked an army post near Veldra on Saturday.",
                              "Gunmen killed four farmers near Karn on Sunday."))

    monkeypatch.setattr(Pipeline, "load", classmethod(lambda cls, **_: StandIn()))
    monkeypatch.setattr(cli_store, "sleep", pause)
    db = tmp_path / "w.db"
    result = CliRunner().invoke(cli_store.ingest, [str(feed), "--db", str(db), "--watch", "5",
                                                   "--max-rounds", "2"])
    assert result.exit_code == 0, result.output
    assert pauses == [5.0]
    lines = [ln for ln in result.output.splitlines() if ln.startswith("read ")]
    assert lines[0].startswith("read 1, new 1, skipped 0")
    assert lines[1].startswith("read 2, new 1, skipped 1")
    with Store(f"sqlite:///{db}") as store:
        assert store.counts()["documents"] == 2


@pytest.mark.slow
@pytest.mark.shared
@pytest.mark.skipif(not SEED.exists(), reason="needs ../shared/seed")
def test_ingest_cli_founding_report_and_rewrites_one_event(tmp_path: Path) -> None:
    """`warcount ingest FOLDER` on the founding report and two rewrites (tests/fixtures/merge/
    seed_rewrites.json): one Saturday event, 3 sources, 70 conservative, 73 high."""
    import json

    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / SEED.name).write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    rewrites = Path(__file__).parent / "fixtures" / "merge" / "seed_rewrites.json"
    for r in json.loads(rewrites.read_text(encoding="utf-8")):
        (folder / f"{r['id']}.txt").write_text(r["text"], encoding="utf-8")
    db = tmp_path / "w.db"
    proc = _run_ingest([str(folder), "--db", str(db), "--published", "2017-10-29"],
                       {**os.environ, "WARCOUNT_DB": ""})
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err.decode()
    assert b"new 3" in err
    with Store(f"sqlite:///{db}") as store:
        (event,) = store.events(since="2017-10-28", until="2017-10-28")
        assert store.n_sources([event.event_id])[event.event_id] == 3
        assert (event.fatalities, event.fatalities_high) == (70, 73)
        assert event.source == "Syrian Observatory for Human Rights"
