"""Score extraction against gold files: the figures of docs/evaluation.md.

`load_gold` reads a JSON Lines gold file in one of three forms, told apart row by row:
- single-event notes (`gold` holds `event_type`, `fatalities`, ...): ACLED and Wikipedia
  incident rows, scored by `eval_events`;
- whole articles (`gold.events` and `gold.not_events`): scored by `eval_articles`;
- place mentions (`toponyms`): geoparsing benchmarks, scored by `eval_places`.

Single-event rows carry no publication date, and their texts state the day but not the
year ("On April 5, ..."), so for such a row the gold `event_date` is passed as the
document's reference publication date (`published_from="option"`, as if the caller had
given it): published = gold event_date for rows without one. A row with a `published`
field keeps it (`published_from="field"`).

`evaluate` runs the extractor (or the geoparser) on every gold document and returns one
JSON-able dict: `{"form", "documents", <figures>, "n": {figure: count behind it}, "notes"}`.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from warcount.eval_articles import ArticleResult, score_articles
from warcount.eval_events import score_events
from warcount.eval_places import score_places
from warcount.records import Document, Event

FORMS = ("events", "articles", "places")
_EVENT_KEYS = frozenset(
    {"event_type", "sub_event_type", "fatalities", "event_date", "actor1", "location", "country"}
)
BATCH_SIZE = 64

NOTES = {
    "events": "published = gold event_date for rows without one; "
    "a document with no event counts 0 deaths in fatalities_mae",
    "articles": "merge_precision, merge_recall, cluster_recall and duplicate_events "
    "are not computed (they need the event store)",
    "places": "a found but unresolved mention counts as an error of 20039 km",
}


@dataclass(frozen=True)
class GoldDoc:
    """One gold document: the document to read and the gold part of its row.

    `gold` is the single-event gold object (form "events"), `{"events", "not_events"}`
    (form "articles") or `{"toponyms"}` (form "places").
    """

    document: Document
    form: str
    gold: Mapping[str, Any]


def _parse_date(value: object) -> dt.date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def row_form(row: Mapping[str, Any]) -> str:
    """Which of the three gold forms a row is in; ValueError when none."""
    if isinstance(row.get("toponyms"), list):
        return "places"
    gold = row.get("gold")
    if isinstance(gold, Mapping):
        if isinstance(gold.get("events"), list):
            return "articles"
        if _EVENT_KEYS & gold.keys():
            return "events"
    raise ValueError("row is none of the gold forms (gold event, gold.events, toponyms)")


def gold_doc(row: Mapping[str, Any]) -> GoldDoc:
    """One parsed gold row."""
    form = row_form(row)
    published = _parse_date(row.get("published"))
    published_from: str | None = "field" if published else None
    if form == "places":
        gold: Mapping[str, Any] = {"toponyms": list(row["toponyms"])}
    elif form == "articles":
        gold = {
            "events": list(row["gold"]["events"]),
            "not_events": list(row["gold"].get("not_events", [])),
        }
    else:
        gold = dict(row["gold"])
        if published is None:
            published = _parse_date(gold.get("event_date"))
            published_from = "option" if published else None
    document = Document(
        id=str(row.get("id", "")),
        text=str(row.get("text", "")),
        published=published,
        title=row.get("title"),
        url=row.get("url"),
        published_from=published_from,
    )
    return GoldDoc(document=document, form=form, gold=gold)


def load_gold(path: Path) -> list[GoldDoc]:
    """Every row of a gold JSON Lines file; blank lines skipped, bad rows name their line."""
    docs: list[GoldDoc] = []
    with Path(path).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                docs.append(gold_doc(json.loads(line)))
            except (ValueError, KeyError, TypeError) as err:
                raise ValueError(f"{path}:{number}: {err}") from err
    return docs


def _run(
    documents: Sequence[Document],
    run_one: Callable[[Document], list[Any]] | None,
    run_many: Callable[[Sequence[Document]], list[list[Any]]] | None,
    progress: Callable[[int, int], None] | None,
) -> list[list[Any]]:
    outputs: list[list[Any]] = []
    total = len(documents)
    step = BATCH_SIZE if run_many is not None else 1
    for start in range(0, total, step):
        batch = documents[start : start + step]
        if run_many is not None:
            produced = run_many(batch)
            if len(produced) != len(batch):
                raise ValueError("extract_many returned a list of the wrong length")
            outputs.extend(list(p) for p in produced)
        elif run_one is not None:
            outputs.extend(list(run_one(d)) for d in batch)
        if progress is not None:
            progress(len(outputs), total)
    return outputs


def evaluate(
    gold: Sequence[GoldDoc],
    *,
    extract: Callable[[Document], list[Event]] | None = None,
    extract_many: Callable[[Sequence[Document]], list[list[Event]]] | None = None,
    geoparse: Callable[[Document], list[Any]] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, Any]:
    """Run the system on every gold document and score it in the gold's form.

    Events and articles need `extract` (one document) or `extract_many` (a batch, for
    spaCy's `nlp.pipe`); places need `geoparse`, returning objects or mappings with
    `start`, `end`, `latitude`, `longitude`. `progress(done, total)` is called as it goes.
    """
    forms = {g.form for g in gold}
    if len(forms) > 1:
        raise ValueError(f"gold mixes forms: {sorted(forms)}")
    form = forms.pop() if forms else "events"
    documents = [g.document for g in gold]
    if form == "places":
        if geoparse is None:
            raise ValueError("place gold needs a geoparse function")
        places = _run(documents, geoparse, None, progress)
        report = score_places([(g.gold["toponyms"], p) for g, p in zip(gold, places, strict=True)])
    else:
        if extract is None and extract_many is None:
            raise ValueError("event gold needs an extract or extract_many function")
        events = _run(documents, extract, extract_many, progress)
        if form == "articles":
            report = score_articles(
                [
                    ArticleResult(g.document.text, g.gold["events"], g.gold["not_events"], e)
                    for g, e in zip(gold, events, strict=True)
                ]
            )
        else:
            report = score_events([(g.gold, e) for g, e in zip(gold, events, strict=True)])
    report["notes"] = NOTES[form]
    return report


def format_report(report: Mapping[str, Any]) -> str:
    """A readable table: figure, value, n (the count of gold items behind it)."""
    counts: Mapping[str, Any] = report.get("n", {})
    rows = [("figure", "value", "n")]
    for key, value in report.items():
        if key in ("n", "notes"):
            continue
        if isinstance(value, float):
            shown = f"{value:.3f}" if abs(value) < 1000 else f"{value:.0f}"
        else:
            shown = "-" if value is None else str(value)
        n = counts.get(key)
        rows.append((key, shown, "" if n is None else str(n)))
    widths = [max(len(r[i]) for r in rows) for i in range(3)]
    lines = [f"{a:<{widths[0]}}  {b:>{widths[1]}}  {c:>{widths[2]}}".rstrip() for a, b, c in rows]
    lines.insert(1, "-" * (sum(widths) + 4))
    if report.get("notes"):
        lines.append(f"notes: {report['notes']}")
    return "\n".join(lines)
