"""Geocoding benchmark: gazetteer build time, look-ups per second, geocoding's share of the
pipeline, and `places` against `extract` on the same texts.

Run from the repository root (the dev notes are skipped when ../shared is absent):

    .venv/bin/python benchmarks/bench_geo.py [--limit 300] [--no-build] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "dev" / "acled_dev.jsonl"
NAMES = ("Aleppo", "Deir ez-Zor", "Dayr az Zawr", "Kabul", "Mogadishu", "Maiduguri", "Idlib",
         "Hodeidah", "Kharkiv", "Bamako", "Gao", "Springfield", "Alexandria", "Paris",
         "Zzyzxtown", "Goma", "Khartoum", "Melbourne", "Kandahar", "Tripoli")


def bench(limit: int, build: bool) -> dict[str, Any]:
    from warcount.geo.build import build_gazetteer
    from warcount.geo.gazetteer import Gazetteer, timed_lookups
    from warcount.geoparse import geoparse_document
    from warcount.pipeline import Pipeline
    from warcount.records import Document

    out: dict[str, Any] = {}
    if build:
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.perf_counter()
            build_gazetteer(Path(tmp) / "gazetteer.sqlite")
            out["build_seconds"] = round(time.perf_counter() - t0, 1)
    gaz = Gazetteer.open()
    names = [f"{n}" for n in NAMES] * 50
    out["lookups_per_second"] = round(timed_lookups(gaz, names))
    if not DEV.exists():
        return out
    docs = [Document(str(i), json.loads(line)["text"]) for i, line in
            enumerate(DEV.read_text("utf-8").splitlines()[:limit])]
    p = Pipeline.load(gazetteer=gaz)
    t0 = time.perf_counter()
    for _ in p.extract_many(docs):
        pass
    extract_s = time.perf_counter() - t0
    total = sum(p.timings.values()) or 1.0
    out["documents"] = len(docs)
    out["extract_docs_per_second"] = round(len(docs) / extract_s, 1)
    out["geocode_share"] = round(p.timings.get("geocode", 0.0) / total, 3)
    out["mentions_share"] = round(p.timings.get("mentions", 0.0) / total, 3)
    out["timings"] = {k: round(v, 2) for k, v in p.timings.items()}
    t0 = time.perf_counter()
    parsed = list(p.nlp.pipe([d.text for d in docs], batch_size=32))
    for d, doc in zip(docs, parsed, strict=True):
        geoparse_document(p, d, parsed=doc)
    out["places_docs_per_second"] = round(len(docs) / (time.perf_counter() - t0), 1)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=300, help="dev notes to run (default 300)")
    ap.add_argument("--no-build", action="store_true", help="skip the timed gazetteer build")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args(argv)
    result = bench(args.limit, not args.no_build)
    if args.json:
        print(json.dumps(result))
    else:
        for k, v in result.items():
            print(f"{k:28s} {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
