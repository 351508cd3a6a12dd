"""Merge precision and recall on the invented pair set (tests/fixtures/merge/pairs.jsonl).

Runs the real extraction on both reports of every pair, clusters all events of the pair
with `warcount.merge.cluster`, and counts a pair as judged "same" when the two reports'
main events share a cluster. Prints the figures and every error with the merge reason.

    .venv/bin/python benchmarks/merge_eval.py [--pairs PATH] [--json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from warcount.merge import cluster, compare
from warcount.pipeline import Pipeline
from warcount.records import Document, Event

PAIRS = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "merge" / "pairs.jsonl"


def main_event(events: list[Event]) -> int | None:
    """The report's main event: the most confident, then the deadliest, then the first."""
    if not events:
        return None
    return min(range(len(events)),
               key=lambda i: (-events[i].confidence, -events[i].fatalities, i))


def _doc(side: dict[str, str]) -> Document:
    return Document(side["id"], side["text"], dt.date.fromisoformat(side["published"]),
                    source=side.get("source"))


def _line(e: Event) -> str:
    return (f"{e.event_date} {e.event_type}/{e.sub_event_type} {e.actor1} | {e.actor2} @ "
            f"{e.location} ({e.admin1}, p{e.geo_precision}) toll {e.fatalities}")


def run(pairs_path: Path) -> dict[str, object]:
    pipeline = Pipeline.load()
    rows = [json.loads(line) for line in pairs_path.read_text("utf-8").splitlines() if line]
    tp = fp = fn = tn = 0
    errors: list[str] = []
    for r in rows:
        ea, eb = pipeline.extract(_doc(r["a"])), pipeline.extract(_doc(r["b"]))
        ia, ib = main_event(ea), main_event(eb)
        judged = False
        reason = "a report has no event"
        if ia is not None and ib is not None:
            groups = cluster([*ea, *eb])
            judged = any(ia in g and len(ea) + ib in g for g in groups)
            reason = compare(ea[ia], eb[ib]).reason
        gold = bool(r["same"])
        tp += gold and judged
        fp += judged and not gold
        fn += gold and not judged
        tn += not gold and not judged
        if judged != gold:
            errors.append(f"{'FN' if gold else 'FP'} {r['id']}: {reason}\n"
                          f"    a: {_line(ea[ia]) if ia is not None else '-'}\n"
                          f"    b: {_line(eb[ib]) if ib is not None else '-'}")
    return {
        "pairs": len(rows),
        "merge_precision": round(tp / (tp + fp), 3) if tp + fp else 0.0,
        "merge_recall": round(tp / (tp + fn), 3) if tp + fn else 0.0,
        "true_pos": tp, "false_pos": fp, "false_neg": fn, "true_neg": tn,
        "errors": errors,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pairs", type=Path, default=PAIRS)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    result = run(args.pairs)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    for err in result["errors"]:  # type: ignore[attr-defined]
        print(err)
    print(f"pairs {result['pairs']}  merge_precision {result['merge_precision']}  "
          f"merge_recall {result['merge_recall']}  (tp {result['true_pos']} fp "
          f"{result['false_pos']} fn {result['false_neg']} tn {result['true_neg']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
