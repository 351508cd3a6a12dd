"""Scoring of whole articles with several gold events each (news_dev form; docs/evaluation.md).

A predicted event matches a gold event of the same document when the dates agree (within
a day if the gold `time_precision` is above 1), the types agree and the places agree
(within 50 km, or the same place or country name when either point is missing). Matching
is one-to-one and greedy, best agreement first: same sub-type, then same deaths, then a
required gold event before an optional one, then the nearer place. An optional gold event
counts (in recall's denominator) only when matched.

`actors` on a matched pair: both gold actors (actor1, and actor2 when given; a list means
any one of its names) are found among the predicted actor1 and actor2, each matching a
different one of the two. A gold
`actors_any_of` list replaces that rule: any one of its names found is enough.

`not_events_hit` counts the gold `not_events` sentences that overlap the evidence span of
some predicted event of the document (every occurrence of the sentence is tried).
The merging figures (merge_precision, merge_recall, cluster_recall, duplicate_events)
need the event store and are not computed here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from warcount.eval_events import present, same_string, share
from warcount.eval_normalise import any_name_matches, as_list, gold_actor_found
from warcount.eval_normalise import optional_distance_km as _km
from warcount.records import Event

Gold = Mapping[str, Any]

ARTICLE_PAIR_FIGURES = (
    "sub_event_type",
    "fatalities_exact",
    "fatalities_nonzero_exact",
    "within_25km",
    "actors",
)


@dataclass(frozen=True)
class ArticleResult:
    """One article: its text, gold events and not-events, and what was extracted."""

    text: str
    gold_events: Sequence[Gold]
    not_events: Sequence[Gold]
    predicted: Sequence[Event]


def _parse_day(value: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def dates_agree(gold: Gold, event: Event) -> bool:
    predicted = _parse_day(event.event_date) if event.event_date else None
    if predicted is None:
        return False
    # (a list of acceptable precisions gives the widest its slack)
    widest = max((int(str(v)) for v in as_list(gold.get("time_precision"))), default=1)
    slack = 1 if widest > 1 else 0
    for value in as_list(gold.get("event_date")):
        day = _parse_day(value)
        if day is not None and abs((day - predicted).days) <= slack:
            return True
    return False


def types_agree(gold: Gold, event: Event) -> bool:
    if not present(gold, "event_type"):
        return True
    return same_string(gold.get("event_type"), event.event_type)


def place_distance(gold: Gold, event: Event) -> float | None:
    return _km(gold.get("latitude"), gold.get("longitude"), event.latitude, event.longitude)


def places_agree(gold: Gold, event: Event) -> bool:
    km = place_distance(gold, event)
    if km is not None:
        return km <= 50
    return any_name_matches(gold.get("location"), event.location) or any_name_matches(
        gold.get("country"), event.country
    )


def events_match(gold: Gold, event: Event) -> bool:
    """Date, type and place agree: the pair may be matched."""
    return dates_agree(gold, event) and types_agree(gold, event) and places_agree(gold, event)


def _deaths(gold: Gold) -> list[int]:
    return [int(v) for v in as_list(gold.get("fatalities")) if isinstance(v, int | float)]


def match_events(gold_events: Sequence[Gold], predicted: Sequence[Event]) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs, best agreement first."""
    candidates: list[tuple[tuple[int, int, int, float], int, int]] = []
    for gi, gold in enumerate(gold_events):
        for pi, event in enumerate(predicted):
            if not events_match(gold, event):
                continue
            km = place_distance(gold, event)
            key = (
                int(same_string(gold.get("sub_event_type"), event.sub_event_type)),
                int(event.fatalities in _deaths(gold)),
                int(not gold.get("optional", False)),
                -(km if km is not None else 50.0),
            )
            candidates.append((key, gi, pi))
    # Stable sort keeps document order among equals.
    candidates.sort(key=lambda c: c[0], reverse=True)
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


def actors_found(gold: Gold, event: Event) -> bool:
    predicted = (event.actor1, event.actor2)
    any_of = as_list(gold.get("actors_any_of"))
    if any_of:
        return gold_actor_found(any_of, predicted)
    wanted = [gold.get(k) for k in ("actor1", "actor2") if present(gold, k)]
    if len(wanted) == 2:
        # Two gold actors need two predicted ones: one name cannot stand for both sides.
        first, second = wanted
        return (
            gold_actor_found(first, predicted[:1]) and gold_actor_found(second, predicted[1:])
        ) or (gold_actor_found(first, predicted[1:]) and gold_actor_found(second, predicted[:1]))
    return bool(wanted) and gold_actor_found(wanted[0], predicted)


def _pair_checks(gold: Gold, event: Event) -> dict[str, tuple[bool, bool]]:
    deaths = _deaths(gold)
    km = place_distance(gold, event)
    has_point = present(gold, "latitude") and present(gold, "longitude")
    return {
        "sub_event_type": (
            present(gold, "sub_event_type"),
            same_string(gold.get("sub_event_type"), event.sub_event_type),
        ),
        "fatalities_exact": (bool(deaths), event.fatalities in deaths),
        "fatalities_nonzero_exact": (any(d > 0 for d in deaths), event.fatalities in deaths),
        "within_25km": (has_point, km is not None and km <= 25),
        "actors": (
            present(gold, "actor1") or present(gold, "actors_any_of"),
            actors_found(gold, event),
        ),
    }


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = text.find(needle) if needle else -1
    while start >= 0:
        spans.append((start, start + len(needle)))
        start = text.find(needle, start + 1)
    return spans


def not_event_hit(text: str, sentence: str, predicted: Sequence[Event]) -> bool | None:
    """The sentence overlaps a predicted event's evidence; None when it is not in the text."""
    spans = _occurrences(text, sentence.strip())
    if not spans:
        return None
    evidence = [(ev.start, ev.end) for event in predicted for ev in event.evidence]
    return any(s < e_end and e_start < e for s, e in spans for e_start, e_end in evidence)


def score_articles(results: Sequence[ArticleResult]) -> dict[str, Any]:
    """precision, recall, f1, the figures on matched pairs and `not_events_hit`."""
    right = dict.fromkeys(ARTICLE_PAIR_FIGURES, 0)
    count = dict.fromkeys(ARTICLE_PAIR_FIGURES, 0)
    required = optional_found = optional_total = predicted_total = matched = 0
    hits = not_events = unlocated = 0
    for result in results:
        predicted_total += len(result.predicted)
        pairs = match_events(result.gold_events, result.predicted)
        matched += len(pairs)
        matched_gold = {gi for gi, _ in pairs}
        for gi, gold in enumerate(result.gold_events):
            if gold.get("optional", False):
                optional_total += 1
                optional_found += int(gi in matched_gold)
            else:
                required += 1
        for gi, pi in pairs:
            for name, (has, ok) in _pair_checks(
                result.gold_events[gi], result.predicted[pi]
            ).items():
                if has:
                    count[name] += 1
                    right[name] += int(ok)
        for item in result.not_events:
            hit = not_event_hit(result.text, str(item.get("text", "")), result.predicted)
            if hit is None:
                unlocated += 1
                continue
            not_events += 1
            hits += int(hit)
    gold_counted = required + optional_found
    precision = matched / predicted_total if predicted_total else 0.0
    recall = matched / gold_counted if gold_counted else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    documents = len(results)
    report: dict[str, Any] = {
        "form": "articles",
        "documents": documents,
        "gold_events": required,
        "gold_optional": optional_total,
        "predicted": predicted_total,
        "matched": matched,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
    }
    for name in ARTICLE_PAIR_FIGURES:
        report[name] = share(right[name], count[name])
    report["not_events_hit"] = hits
    report["not_events"] = not_events
    if unlocated:
        report["not_events_unlocated"] = unlocated
    report["events_per_doc"] = round(predicted_total / documents, 3) if documents else None
    report["n"] = {
        **count,
        "precision": predicted_total,
        "recall": gold_counted,
        "f1": matched,
        "not_events_hit": not_events,
        "events_per_doc": documents,
    }
    return report
