"""Scoring of single-event gold notes (one event a document; docs/evaluation.md).

Of the events extracted from a document, the one that agrees best with the gold is
compared: same `event_type` weighs 8, same `sub_event_type` 4, same `event_date` 2, within
50 km 1 (ties go to the earlier event). A document with no event counts wrong on every
field; for `fatalities_mae` it counts as a prediction of 0 deaths.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from warcount.eval_normalise import (
    any_name_matches,
    as_list,
    gold_actor_found,
    optional_distance_km,
)
from warcount.records import Event

Gold = Mapping[str, Any]

# The figures in the order a report lists them.
EVENT_FIGURES = (
    "event_type",
    "sub_event_type",
    "event_date",
    "fatalities_exact",
    "fatalities_nonzero_exact",
    "fatalities_within_1",
    "country",
    "admin1",
    "location_name",
    "within_10km",
    "within_25km",
    "within_50km",
    "actor1_named",
    "actor2_named",
    "interaction",
)


def present(gold: Gold, key: str) -> bool:
    """The gold has a value for `key` (an empty string or list counts as absent)."""
    return bool(as_list(gold.get(key)))


def same_string(gold: object, predicted: str | None) -> bool:
    return bool(predicted) and predicted in [g for g in as_list(gold) if isinstance(g, str)]


def same_date(gold: object, predicted: str | None) -> bool:
    if not predicted:
        return False
    return predicted[:10] in [str(g)[:10] for g in as_list(gold)]


def gold_distance_km(gold: Gold, event: Event) -> float | None:
    return optional_distance_km(
        gold.get("latitude"), gold.get("longitude"), event.latitude, event.longitude
    )


def agreement(gold: Gold, event: Event) -> int:
    """The matching weight: event_type 8, sub_event_type 4, event_date 2, within 50 km 1."""
    score = 0
    if same_string(gold.get("event_type"), event.event_type):
        score += 8
    if same_string(gold.get("sub_event_type"), event.sub_event_type):
        score += 4
    if same_date(gold.get("event_date"), event.event_date):
        score += 2
    km = gold_distance_km(gold, event)
    if km is not None and km <= 50:
        score += 1
    return score


def best_event(gold: Gold, events: Sequence[Event]) -> Event | None:
    """The extracted event that agrees best with the gold; the first one on a tie."""
    best: Event | None = None
    best_score = -1
    for event in events:
        score = agreement(gold, event)
        if score > best_score:
            best, best_score = event, score
    return best


def interaction_code(event: Event) -> int | None:
    """The two-digit code from inter1, inter2, smaller first; a lone actor gives 10, 60."""
    if event.inter1 is None:
        return event.interaction
    if not event.inter2:
        return event.inter1 * 10
    low, high = sorted((event.inter1, event.inter2))
    return low * 10 + high


def _gold_deaths(gold: Gold) -> list[int]:
    return [int(v) for v in as_list(gold.get("fatalities")) if isinstance(v, int | float)]


def _within(km: float | None, limit: float) -> bool:
    return km is not None and km <= limit


def _checks(gold: Gold, event: Event) -> dict[str, tuple[bool, bool]]:
    """Per figure: (gold has the field, prediction right)."""
    deaths = _gold_deaths(gold)
    km = gold_distance_km(gold, event)
    has_point = present(gold, "latitude") and present(gold, "longitude")
    predicted_actors = (event.actor1, event.actor2)
    codes = [int(v) for v in as_list(gold.get("interaction")) if isinstance(v, int | float)]
    return {
        "event_type": (
            present(gold, "event_type"),
            same_string(gold.get("event_type"), event.event_type),
        ),
        "sub_event_type": (
            present(gold, "sub_event_type"),
            same_string(gold.get("sub_event_type"), event.sub_event_type),
        ),
        "event_date": (
            present(gold, "event_date"),
            same_date(gold.get("event_date"), event.event_date),
        ),
        "fatalities_exact": (bool(deaths), event.fatalities in deaths),
        "fatalities_nonzero_exact": (
            any(d > 0 for d in deaths),
            event.fatalities in deaths,
        ),
        "fatalities_within_1": (bool(deaths), any(abs(event.fatalities - d) <= 1 for d in deaths)),
        "country": (present(gold, "country"), any_name_matches(gold.get("country"), event.country)),
        "admin1": (present(gold, "admin1"), any_name_matches(gold.get("admin1"), event.admin1)),
        "location_name": (
            present(gold, "location"),
            any_name_matches(gold.get("location"), event.location),
        ),
        "within_10km": (has_point, _within(km, 10)),
        "within_25km": (has_point, _within(km, 25)),
        "within_50km": (has_point, _within(km, 50)),
        "actor1_named": (
            present(gold, "actor1"),
            gold_actor_found(gold.get("actor1"), predicted_actors),
        ),
        "actor2_named": (
            present(gold, "actor2"),
            gold_actor_found(gold.get("actor2"), predicted_actors),
        ),
        "interaction": (bool(codes), interaction_code(event) in codes),
    }


def _has_fields(gold: Gold) -> dict[str, bool]:
    """What `_checks` reports as present, for a document with no event."""
    probe = Event(
        event_id="",
        doc_id="",
        event_date=None,
        time_precision=1,
        disorder_type="",
        event_type="",
        sub_event_type="",
        actor1="",
    )
    return {name: has for name, (has, _) in _checks(gold, probe).items()}


def score_events(
    results: Sequence[tuple[Gold, Sequence[Event]]],
    *,
    on_pair: Callable[[Gold, Event | None], None] | None = None,
) -> dict[str, Any]:
    """Every figure of the single-event form, with the count of gold documents behind it."""
    right = dict.fromkeys(EVENT_FIGURES, 0)
    count = dict.fromkeys(EVENT_FIGURES, 0)
    abs_errors: list[int] = []
    with_event = 0
    extracted = 0
    for gold, events in results:
        extracted += len(events)
        chosen = best_event(gold, events)
        if on_pair is not None:
            on_pair(gold, chosen)
        deaths = _gold_deaths(gold)
        if chosen is None:
            for name, has in _has_fields(gold).items():
                count[name] += int(has)
            if deaths:
                abs_errors.append(min(abs(d) for d in deaths))
            continue
        with_event += 1
        for name, (has, ok) in _checks(gold, chosen).items():
            if has:
                count[name] += 1
                right[name] += int(ok)
        if deaths:
            abs_errors.append(min(abs(chosen.fatalities - d) for d in deaths))
    documents = len(results)
    report: dict[str, Any] = {"form": "events", "documents": documents}
    for name in EVENT_FIGURES:
        report[name] = share(right[name], count[name])
    report["doc_recall"] = share(with_event, documents)
    report["fatalities_mae"] = round(sum(abs_errors) / len(abs_errors), 3) if abs_errors else None
    report["events_per_doc"] = round(extracted / documents, 3) if documents else None
    report["n"] = {
        **count,
        "doc_recall": documents,
        "fatalities_mae": len(abs_errors),
        "events_per_doc": documents,
    }
    return report


def share(right: int, total: int) -> float | None:
    """right / total to 4 places, None when nothing was counted."""
    return round(right / total, 4) if total else None
