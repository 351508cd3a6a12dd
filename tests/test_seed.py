"""The founding report (../shared/seed): exactly the gold reading's two events."""

from __future__ import annotations

import datetime as dt
import json
import math
from pathlib import Path
from typing import Any

import pytest

from warcount.pipeline import Pipeline
from warcount.records import Document, Event

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "seed"
GOLD = SEED / "deir-ez-zor-2017-10-29.gold.json"
TEXT = SEED / "deir-ez-zor-2017-10-29.txt"

pytestmark = pytest.mark.skipif(not GOLD.is_file() or not TEXT.is_file(),
                                reason="../shared/seed is absent")


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 12742.0 * math.asin(math.sqrt(a))


@pytest.fixture(scope="module")
def gold() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(GOLD.read_text("utf-8"))
    return data


@pytest.fixture(scope="module")
def text() -> str:
    return TEXT.read_text("utf-8")


@pytest.fixture(scope="module")
def events(pipeline: Pipeline, gold: dict[str, Any], text: str) -> list[Event]:
    doc = gold["document"]
    found: list[Event] = pipeline.extract(
        Document(doc["id"], text, dt.date.fromisoformat(doc["published"])))
    return found


def test_seed_exactly_two_events(events: list[Event], gold: dict[str, Any]) -> None:
    assert len(events) == len(gold["events"]) == 2
    assert [e.event_date for e in events] == ["2017-10-28", "2017-10-29"]


def test_seed_saturday_battle(events: list[Event], gold: dict[str, Any]) -> None:
    g = gold["events"][0]
    e = events[0]
    assert e.event_type == g["event_type"] == "Battles"
    assert e.sub_event_type in g["sub_event_type"]
    assert e.time_precision == 1
    assert e.fatalities == 73
    assert (e.deaths.side_a, e.deaths.side_b) == (23, 50)
    assert e.actor1 == g["actor1"] and e.actor2 == g["actor2"]
    assert "Syrian Observatory for Human Rights" in e.source


def test_seed_sunday_fighting(events: list[Event], gold: dict[str, Any]) -> None:
    g = gold["events"][1]
    e = events[1]
    assert e.event_type in g["event_type"]
    assert e.sub_event_type in g["sub_event_type"]
    assert e.fatalities == 0
    named = {e.actor1, e.actor2, *e.assoc_actor_1.split("; ")}
    assert named & set(g["actors_any_of"])


def test_seed_place_is_deir_ez_zor(events: list[Event]) -> None:
    for e in events:
        assert e.country == "Syria" and e.admin1 == "Deir ez-Zor"
        assert e.geo_precision == 1
        assert e.latitude is not None and e.longitude is not None
        assert km(e.latitude, e.longitude, 35.336, 40.141) <= 5.0


def test_seed_evidence_spans_are_exact(events: list[Event], text: str) -> None:
    for e in events:
        assert e.evidence
        for ev in e.evidence:
            assert text[ev.start:ev.end] == ev.text, ev


def test_seed_no_event_from_background(
    events: list[Event], gold: dict[str, Any], text: str
) -> None:
    spans = []
    for ne in gold["not_events"]:
        start = text.index(ne["text"])
        spans.append((start, start + len(ne["text"]), ne["why"]))
    for e in events:
        for ev in e.evidence:
            for lo, hi, why in spans:
                assert not (ev.start < hi and ev.end > lo), (ev, why)
