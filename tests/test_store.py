"""The store on invented events (no spaCy): dedup, merging, transactions, queries.

Runs on SQLite always and on PostgreSQL when WARCOUNT_TEST_PG holds a URL.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import MetaData, create_engine, select, text

from warcount.records import Deaths, Document, Event, Evidence
from warcount.store import Store, open_store
from warcount.store.db import normalise_url
from warcount.store.schema import LATEST, event_reports, schema_version


def _fresh_pg(url: str) -> str:
    """Drop every table of the test database so each test starts empty."""
    url = normalise_url(url)
    engine = create_engine(url)
    meta = MetaData()
    meta.reflect(engine)
    meta.drop_all(engine)
    engine.dispose()
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    pg = os.environ.get("WARCOUNT_TEST_PG")
    if not pg:
        pytest.skip("WARCOUNT_TEST_PG not set (no PostgreSQL to test on)")
    return _fresh_pg(pg)


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    with Store(db_url) as s:
        yield s


def ev(doc: str, n: int = 0, **kw: Any) -> Event:
    """An invented battle in Veldra (a made-up town), 2030-05-04, 20 dead."""
    base: dict[str, Any] = dict(
        event_id=f"{doc}-e{n}", doc_id=doc, event_date="2030-05-04", time_precision=1,
        disorder_type="Political violence", event_type="Battles", sub_event_type="Armed clash",
        actor1="Military Forces of Syria", actor2="Islamic State (Syria)", country="Syria",
        admin1="Deir ez-Zor", location="Veldra", latitude=35.3, longitude=40.1,
        geo_precision=1, fatalities=20, fatalities_low=20, fatalities_best=20,
        fatalities_high=20, source=f"Outlet {doc}",
        evidence=(Evidence("fatalities", "20 fighters", 10, 21, "count"),),
    )
    base.update(kw)
    return Event(**base)


def toll(n: int) -> dict[str, int]:
    """An event's fields for a toll of n."""
    return dict(fatalities=n, fatalities_low=n, fatalities_best=n, fatalities_high=n)


def doc(doc_id: str, body: str | None = None, url: str | None = None,
        published: dt.date = dt.date(2030, 5, 5)) -> Document:
    return Document(doc_id, body or f"Report {doc_id}: fighting in Veldra.",
                    published, url=url, source=f"Outlet {doc_id}")


def dump(s: Store) -> dict[str, list[tuple[Any, ...]]]:
    with s.engine.connect() as conn:
        return {t: [tuple(r) for r in conn.execute(text(f"SELECT * FROM {t} ORDER BY 1"))]
                for t in ("documents", "events", "evidence", "event_reports")}


def test_store_migrates_to_latest_version(store: Store) -> None:
    with store.engine.connect() as conn:
        versions = [r[0] for r in conn.execute(select(schema_version.c.version))]
    assert versions == list(range(1, LATEST + 1))
    assert store.counts() == {"documents": 0, "events": 0, "evidence": 0, "event_reports": 0}


def test_store_reopen_keeps_data_and_version(db_url: str) -> None:
    with Store(db_url) as s:
        s.add_document(doc("a"), [ev("a")])
    with Store(db_url) as s:
        assert s.counts()["events"] == 1
        with s.engine.connect() as conn:
            assert conn.execute(select(schema_version.c.version)).all() == [
                (n,) for n in range(1, LATEST + 1)]


def test_store_version_1_database_migrates_and_keeps_merging(tmp_path: Path) -> None:
    """A database made before links kept their report's event gains the column; events
    merged there still combine (pairwise) and new ones are recombined from all reports."""
    url = f"sqlite:///{tmp_path / 'old.db'}"
    with Store(url) as s:
        s.add_document(doc("a"), [ev("a", **toll(30))])
        with s.engine.begin() as conn:
            conn.execute(text("ALTER TABLE event_reports DROP COLUMN report_event"))
            conn.execute(text("DELETE FROM schema_version WHERE version > 1"))
    with Store(url) as s:
        with s.engine.connect() as conn:
            assert [r[0] for r in conn.execute(select(schema_version.c.version))] == [1, 2]
        s.add_document(doc("b"), [ev("b", **toll(25))])
        (merged,) = s.events()
        assert (merged.fatalities, merged.fatalities_high) == (25, 30)


def test_store_same_content_or_url_adds_nothing(store: Store) -> None:
    assert store.add_document(doc("a", url="http://x.invalid/1"), [ev("a")]).status == "new"
    before = dump(store)
    assert store.add_document(doc("a2", url="http://x.invalid/1", body="Other words."),
                              [ev("a2")]).status == "skipped"
    assert store.add_document(doc("a3"), [ev("a3")]).status == "new"
    assert store.add_document(doc("a4", body="Report a3: fighting in Veldra."),
                              [ev("a4")]).status == "skipped"
    assert store.counts()["documents"] == 2
    assert dump(store)["documents"][0] == before["documents"][0]


def test_store_events_roundtrip_with_evidence(store: Store) -> None:
    e = ev("a", deaths=Deaths(side_a=5, side_b=15), injured=3, civilian_targeting=True,
           evidence=(Evidence("location", "Veldra", 30, 36, "named"),
                     Evidence("fatalities", "20", 1, 3, "")))
    store.add_document(doc("a"), [e])
    (got,) = store.events()
    assert got == e


def test_store_merges_outlets_reports_conservatively(store: Store) -> None:
    first = ev("a", fatalities=73, fatalities_low=73, fatalities_best=73, fatalities_high=73)
    store.add_document(doc("a"), [first])
    r = store.add_document(doc("b"), [ev("b", fatalities=70, fatalities_low=70,
                                         fatalities_best=70, fatalities_high=70)])
    assert (r.events_new, r.events_merged) == (0, 1)
    store.add_document(doc("c"), [ev("c", fatalities=73, fatalities_low=73, fatalities_best=73,
                                     fatalities_high=73, deaths=Deaths(side_a=23, side_b=50))])
    (merged,) = store.events()
    assert merged.event_id == first.event_id  # the id stays through updates
    assert (merged.fatalities, merged.fatalities_high) == (70, 73)
    assert merged.source == "Outlet a; Outlet b; Outlet c"
    assert store.n_sources([merged.event_id]) == {merged.event_id: 3}
    assert merged.evidence == first.evidence  # offsets point into the first report
    reports = store.reports(merged.event_id)
    assert [(x.doc_id, x.role) for x in reports] == [("a", "first"), ("b", "merged"),
                                                    ("c", "merged")]
    assert all(x.reason.startswith("merged: same day") for x in reports[1:])
    assert store.counts()["evidence"] == 3  # every report's evidence is kept


def test_store_near_miss_stays_apart_with_reason(store: Store) -> None:
    store.add_document(doc("a"), [ev("a")])
    far = ev("b", location="Orsk-Tal", latitude=36.4, longitude=41.5, admin1="Hasakah")
    r = store.add_document(doc("b"), [far])
    assert (r.events_new, r.events_merged) == (1, 0)
    assert len(store.events()) == 2
    (link,) = store.reports("b-e0")
    assert link.role == "first" and "refused" in link.reason and "a-e0" in link.reason


def test_store_never_merges_two_events_of_one_document(store: Store) -> None:
    store.add_document(doc("a"), [ev("a", 0), ev("a", 1, location="Karn", latitude=35.31)])
    assert store.counts()["events"] == 2


def test_store_same_doc_id_of_two_documents_still_merges(store: Store) -> None:
    store.add_document(doc("report", body="One outlet's words."), [ev("report", 0)])
    store.add_document(doc("report", body="Another outlet's words."),
                       [ev("report", 0, source="Outlet Z")])
    (merged,) = store.events()
    assert store.n_sources([merged.event_id])[merged.event_id] == 2


def test_store_failure_mid_document_leaves_nothing(db_url: str) -> None:
    calls = {"n": 0}

    def compare(a: Event, b: Event) -> Any:
        calls["n"] += 1
        raise RuntimeError("boom")

    with Store(db_url) as good:
        good.add_document(doc("a"), [ev("a")])
        before = dump(good)
    with Store(db_url, compare=compare, combine=lambda a, b: a) as bad:
        # the first event is new (other day), the second hits the failing compare
        with pytest.raises(RuntimeError):
            bad.add_document(doc("b"), [ev("b", 0, event_date="2030-06-01"), ev("b", 1)])
        assert calls["n"] == 1
        assert dump(bad) == before


def test_store_event_id_clash_gets_own_id(store: Store) -> None:
    store.add_document(doc("a"), [ev("a", event_date="2030-01-01")])
    store.add_document(doc("z"), [ev("a", event_date="2030-09-09")])  # same id, other doc
    ids = [e.event_id for e in store.events()]
    assert len(set(ids)) == 2 and "a-e0" in ids


def test_store_events_filters(store: Store) -> None:
    store.add_document(doc("a"), [ev("a", event_date="2030-05-04")])
    store.add_document(doc("b"), [ev("b", event_date="2030-07-01", country="Iraq",
                                     admin1="Nineveh", latitude=36.3, longitude=43.1,
                                     event_type="Violence against civilians",
                                     sub_event_type="Attack", actor2="Civilians (Iraq)",
                                     fatalities=3, fatalities_best=3)])
    ids = lambda **f: [e.event_id for e in store.events(**f)]  # noqa: E731
    assert ids(country="syria") == ["a-e0"]
    assert ids(admin1="NINEVEH") == ["b-e0"]
    assert ids(since="2030-06-01") == ["b-e0"]
    assert ids(until=dt.date(2030, 5, 4)) == ["a-e0"]
    assert ids(type="attack") == ["b-e0"] and ids(type="Battles") == ["a-e0"]
    assert ids(actor="islamic state") == ["a-e0"]
    assert ids(min_fatalities=10) == ["a-e0"]
    assert ids(bbox=(42.0, 35.0, 44.0, 37.0)) == ["b-e0"]
    assert ids(country="Syria", since="2030-06-01") == []
    assert ids(limit=1) == ["a-e0"]


def test_store_dataframe_has_event_columns(store: Store) -> None:
    store.add_document(doc("a"), [ev("a", deaths=Deaths(side_a=20))])
    frame = store.dataframe(country="Syria")
    assert len(frame) == 1
    assert {"event_id", "event_date", "fatalities_high", "deaths_side_a", "n_sources"} <= set(
        frame.columns)
    assert int(frame.loc[0, "deaths_side_a"]) == 20


def test_store_open_default_in_data_folder(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WARCOUNT_DB", raising=False)
    monkeypatch.setenv("WARCOUNT_DATA", str(tmp_path / "data"))
    with open_store() as s:
        assert s.url.endswith("data/warcount.db")
    assert (tmp_path / "data" / "warcount.db").exists()
    monkeypatch.setenv("WARCOUNT_DB", str(tmp_path / "other.db"))
    with open_store() as s:
        assert s.url == f"sqlite:///{tmp_path / 'other.db'}"
    assert normalise_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"


def test_store_links_name_each_report(store: Store) -> None:
    store.add_document(doc("a"), [ev("a")])
    store.add_document(doc("b"), [ev("b")])
    with store.engine.connect() as conn:
        rows = conn.execute(select(event_reports.c.report_event_id, event_reports.c.role)
                            .order_by(event_reports.c.id)).all()
    assert [tuple(r) for r in rows] == [("a-e0", "first"), ("b-e0", "merged")]


def test_store_rising_toll_updates_event_in_place(store: Store) -> None:
    """A later report saying the toll rose to 45 updates the record; its id stays."""
    store.add_document(doc("a"), [ev("a")])
    (first,) = store.events()
    rose = (Evidence("fatalities", "rose to 45", 30, 40, "total 45"),)
    later = dt.date(2030, 5, 7)
    store.add_document(doc("b", published=later), [ev("b", **toll(45), evidence=rose)])
    (event,) = store.events()
    assert event.event_id == first.event_id
    assert (event.fatalities, event.fatalities_high) == (45, 45)
    assert store.n_sources([event.event_id])[event.event_id] == 2


def test_store_same_day_higher_figure_is_only_the_high(store: Store) -> None:
    """Another source's higher figure the same day is a competing estimate."""
    store.add_document(doc("a"), [ev("a")])
    store.add_document(doc("b"), [ev("b", **toll(26))])
    store.add_document(doc("c"), [ev("c", **toll(23))])
    (event,) = store.events()
    assert (event.fatalities, event.fatalities_high) == (20, 26)


def test_store_next_day_higher_toll_updates(store: Store) -> None:
    """A report published a day or more later with a higher toll updates the record."""
    store.add_document(doc("a"), [ev("a")])
    store.add_document(doc("b", published=dt.date(2030, 5, 6)), [ev("b", **toll(24))])
    (event,) = store.events()
    assert (event.fatalities, event.fatalities_high) == (24, 24)


def test_store_one_source_spelled_two_ways_listed_once(store: Store) -> None:
    monitor = "Syrian Observatory for Human Rights"
    store.add_document(doc("a"), [ev("a", source=monitor)])
    store.add_document(doc("b"), [ev("b", source=f"the {monitor}")])
    (event,) = store.events()
    assert event.source == monitor
