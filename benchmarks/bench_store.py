"""The store's query speed: N synthetic events (default 1,000,000) in SQLite, queried by
country and month. Run by hand:

    .venv/bin/python benchmarks/bench_store.py                 # 1M events, temp file
    .venv/bin/python benchmarks/bench_store.py --events 100000 --db /tmp/bench.db

Rows are bulk-inserted with executemany (no pipeline); each query is timed through
`Store.events` (Event records with their evidence) and as a bare count, and the median of
several country-months is printed in milliseconds. The target is < 200 ms.
"""

from __future__ import annotations

import argparse
import calendar
import json
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select

from warcount.records import Event
from warcount.store import Store
from warcount.store.rows import EventFilter, event_row
from warcount.store.schema import documents, events, evidence

COUNTRIES = ["Syria", "Iraq", "Yemen", "Nigeria", "Mali", "Somalia", "Sudan", "Colombia",
             "Mexico", "Ukraine", "Myanmar", "Afghanistan", "Pakistan", "India", "Ethiopia",
             "Burkina Faso", "Niger", "Cameroon", "Libya", "Philippines"]
TYPES = [("Battles", "Armed clash"), ("Explosions/Remote violence", "Air/drone strike"),
         ("Violence against civilians", "Attack"), ("Protests", "Peaceful protest")]
BATCH = 20_000


def fill(store: Store, n: int, *, seed: int = 1) -> float:
    """Insert n synthetic events (one document per 10 events, one evidence row each)."""
    rng = random.Random(seed)
    t0 = time.perf_counter()
    with store.engine.begin() as conn:
        conn.execute(insert(documents), [
            {"doc_id": f"d{i}", "text": f"synthetic {i}", "sha256": f"{i:064x}", "url": None,
             "outlet": "Synthetic", "title": None, "published": None,
             "read_at": _now()} for i in range(n // 10 + 1)])
    for start in range(0, n, BATCH):
        rows: list[dict[str, Any]] = []
        ev_rows: list[dict[str, Any]] = []
        for i in range(start, min(n, start + BATCH)):
            etype, sub = rng.choice(TYPES)
            year, month = 2010 + rng.randrange(15), 1 + rng.randrange(12)
            day = f"{year}-{month:02d}-{1 + rng.randrange(28):02d}"
            e = Event(event_id=f"{i:016x}", doc_id=f"d{i // 10}", event_date=day,
                      time_precision=1, disorder_type="Political violence", event_type=etype,
                      sub_event_type=sub, actor1="Synthetic Actor", country=rng.choice(COUNTRIES),
                      location=f"Town {rng.randrange(5000)}", latitude=rng.uniform(-30, 50),
                      longitude=rng.uniform(-80, 120), fatalities=rng.randrange(30))
            rows.append({**event_row(e), "n_sources": 1, "first_document": i // 10 + 1})
            ev_rows.append({"event_id": e.event_id, "document_id": i // 10 + 1,
                            "field": "location", "text": e.location, "start_char": 0,
                            "end_char": len(e.location), "reason": "synthetic"})
        with store.engine.begin() as conn:
            conn.execute(insert(events), rows)
            conn.execute(insert(evidence), ev_rows)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
    return time.perf_counter() - t0


def _now() -> Any:
    import datetime as dt

    return dt.datetime(2030, 1, 1)


def time_queries(store: Store, *, repeats: int = 20, seed: int = 2) -> dict[str, Any]:
    rng = random.Random(seed)
    records, counts, sizes = [], [], []
    for _ in range(repeats):
        country = rng.choice(COUNTRIES)
        year, month = 2010 + rng.randrange(15), 1 + rng.randrange(12)
        last = calendar.monthrange(year, month)[1]
        since, until = f"{year}-{month:02d}-01", f"{year}-{month:02d}-{last}"
        t0 = time.perf_counter()
        found = store.events(country=country, since=since, until=until)
        records.append((time.perf_counter() - t0) * 1000)
        sizes.append(len(found))
        flt = EventFilter(country=country, since=since, until=until)
        t0 = time.perf_counter()
        with store.engine.connect() as conn:
            conn.execute(select(func.count()).select_from(events)
                         .where(*flt.conditions())).scalar_one()
        counts.append((time.perf_counter() - t0) * 1000)
    return {"events_per_query": statistics.median(sizes),
            "records_ms_median": round(statistics.median(records), 1),
            "records_ms_max": round(max(records), 1),
            "count_ms_median": round(statistics.median(counts), 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=None, help="SQLite file (default: temp)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "bench.db"
        with Store(f"sqlite:///{path}") as store:
            have = store.counts()["events"]
            load_s = fill(store, args.events) if have == 0 else 0.0
            report = {"events": store.counts()["events"], "load_s": round(load_s, 1),
                      **time_queries(store)}
    if args.json:
        print(json.dumps(report))
    else:
        print(f"{report['events']:,} events (loaded in {report['load_s']} s); query by country "
              f"and month ({report['events_per_query']:.0f} events): "
              f"{report['records_ms_median']} ms median as records "
              f"(max {report['records_ms_max']} ms), {report['count_ms_median']} ms as a count")


if __name__ == "__main__":
    main()
