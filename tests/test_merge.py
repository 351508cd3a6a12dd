"""Merging reports of one event: decisions, combining tolls and sources, clustering."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from warcount.merge import cluster, combine, combine_all, compare, merge_events, named_actors
from warcount.pipeline import Pipeline
from warcount.records import Deaths, Document, Event, Evidence

FIXTURES = Path(__file__).parent / "fixtures" / "merge"
SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "deir-ez-zor-2017-10-29.txt"


def ev(doc: str, **kw: Any) -> Event:
    """An invented battle in a town of an invented-looking report; fields overridable."""
    base: dict[str, Any] = dict(
        event_id=f"{doc}-0", doc_id=doc, event_date="2021-03-06", time_precision=1,
        disorder_type="Political violence", event_type="Battles", sub_event_type="Armed clash",
        actor1="Military Forces of Nigeria", actor2="Boko Haram", inter1=1, inter2=2,
        interaction=12, country="Nigeria", admin1="Borno", admin2="Gwoza", location="Gwoza",
        latitude=11.08, longitude=13.69, geo_precision=1, fatalities=20, fatalities_low=20,
        fatalities_best=20, fatalities_high=20, deaths=Deaths(unknown=20), source="Reuters",
        source_outlet="Daily Paper",
    )
    base.update(kw)
    return Event(**base)


def test_merge_same_event_other_outlet() -> None:
    d = compare(ev("a"), ev("b", fatalities=22, fatalities_best=22, source="AFP"))
    assert d.same, d.reason
    assert "same day" in d.reason and "tolls 20/22" in d.reason


def test_merge_same_document_never() -> None:
    assert not compare(ev("a"), replace(ev("a"), event_id="a-1")).same


def test_merge_towns_far_apart_same_day_refused() -> None:
    far = ev("b", location="Monguno", admin2="Monguno", latitude=12.67, longitude=13.61)
    d = compare(ev("a"), far)
    assert not d.same and "km apart" in d.reason


def test_merge_same_town_two_days_apart_refused() -> None:
    d = compare(ev("a"), ev("b", event_date="2021-03-08"))
    assert not d.same and "2 days apart" in d.reason


def test_merge_day_apart_allowed() -> None:
    assert compare(ev("a"), ev("b", event_date="2021-03-07")).same


def test_merge_week_precision_widens_window() -> None:
    assert compare(ev("a"), ev("b", event_date="2021-03-10", time_precision=2)).same


def test_merge_strike_vs_protest_refused() -> None:
    protest = ev("b", event_type="Protests", sub_event_type="Peaceful protest",
                 actor1="Protesters (Nigeria)", actor2="", inter1=6, inter2=None)
    d = compare(ev("a"), protest)
    assert not d.same and "types differ" in d.reason


def test_merge_battle_vs_strike_needs_strong_agreement() -> None:
    strike = ev("b", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike")
    assert compare(ev("a"), strike).same
    weak = replace(strike, actor1="Unidentified Armed Group (Nigeria)", actor2="",
                   fatalities=0, fatalities_best=0, event_date="2021-03-07")
    assert not compare(ev("a"), weak).same


def test_merge_different_named_actors_refused() -> None:
    other = ev("b", actor1="Military Forces of Nigeria", actor2="ISWAP: Islamic State West Africa"
               " Province")
    assert compare(ev("a"), other).same  # the army is shared
    other = ev("b", actor1="Civilian JTF", actor2="ISWAP: Islamic State West Africa Province")
    d = compare(ev("a"), other)
    assert not d.same and "actors differ" in d.reason


def test_merge_generic_actor_is_unnamed() -> None:
    assert named_actors(ev("a", actor2="Unidentified Armed Group (Nigeria)")) == {
        "State forces of Nigeria"}
    d = compare(ev("a"), ev("b", actor1="Unidentified Armed Group (Nigeria)", actor2=""))
    assert d.same and "unnamed" in d.reason


def test_merge_area_level_same_admin1() -> None:
    area = ev("b", location="Borno", admin2="", latitude=11.5, longitude=13.0, geo_precision=3)
    d = compare(ev("a"), area)
    assert d.same and "admin1" in d.reason
    other = ev("b", location="Yobe", admin1="Yobe", admin2="", latitude=12.0, longitude=11.5,
               geo_precision=3)
    assert not compare(ev("a"), other).same


def test_merge_army_and_police_of_one_state_agree() -> None:
    police = ev("b", actor1="Police Forces of Nigeria", actor2="")
    assert compare(ev("a", actor2=""), police).same


def test_merge_country_only_place_is_unknown_not_far() -> None:
    vague = ev("b", location="Nigeria", admin1="", admin2="", latitude=9.0, longitude=8.0,
               geo_precision=3)
    d = compare(ev("a"), vague)
    assert d.same and "only to the country" in d.reason


def test_merge_towns_named_like_their_province_are_still_towns() -> None:
    capital = ev("b", location="Borno", admin2="", latitude=11.85, longitude=13.15)
    assert not compare(ev("a"), capital).same  # 100 km off: a town, not the state


def test_merge_wild_tolls_argue_against() -> None:
    d = compare(ev("a"), ev("b", fatalities=200, fatalities_best=200))
    assert "far apart" in d.reason
    assert d.score < compare(ev("a"), ev("b")).score


def test_merge_combine_conservative_and_high() -> None:
    seed = ev("a", fatalities=73, fatalities_low=73, fatalities_best=73, fatalities_high=73,
              deaths=Deaths(side_a=23, side_b=50), source="Syrian Observatory for Human Rights")
    least = ev("b", fatalities=70, fatalities_low=70, fatalities_best=70, fatalities_high=70,
               deaths=Deaths(unknown=70), source="Syrian Observatory for Human Rights; AFP")
    merged = combine(seed, least)
    assert (merged.fatalities, merged.fatalities_low, merged.fatalities_high) == (70, 70, 73)
    assert merged.fatalities_best == 70 and merged.deaths == Deaths(unknown=70)
    assert merged.event_id == "a-0"
    assert merged.source == "Syrian Observatory for Human Rights; AFP"


def test_merge_combine_keeps_split_of_conservative_report() -> None:
    split = ev("b", fatalities=18, fatalities_best=18, fatalities_high=18,
               deaths=Deaths(side_a=8, side_b=10))
    merged = combine(ev("a"), split)
    assert merged.fatalities == 18 and merged.deaths == Deaths(side_a=8, side_b=10)
    assert merged.fatalities_high == 20


def test_merge_combine_report_without_toll_lowers_nothing() -> None:
    none = ev("b", fatalities=0, fatalities_low=0, fatalities_best=0, fatalities_high=0,
              deaths=Deaths(), source="AP")
    merged = combine(none, ev("a"))
    assert merged.fatalities == 20 and merged.event_id == "b-0"
    assert merged.source == "AP; Reuters"


def test_merge_partial_count_lowers_nothing() -> None:
    full = ev("a", fatalities=73, fatalities_best=73, fatalities_high=73,
              deaths=Deaths(side_a=23, side_b=50))
    least = ev("b", fatalities=70, fatalities_best=70, fatalities_high=70,
               deaths=Deaths(unknown=70))
    soldiers = ev("c", fatalities=23, fatalities_best=23, fatalities_high=23,
                  deaths=Deaths(side_a=23))
    merged = combine_all([full, least, soldiers])
    assert (merged.fatalities, merged.fatalities_high) == (70, 73)
    assert combine(full, soldiers).fatalities == 73
    # one side counted by both: competing estimates of the same dead
    assert combine(replace(full, deaths=Deaths(side_a=73)), soldiers).fatalities == 23


def _toll(n: int) -> dict[str, Any]:
    return dict(fatalities=n, fatalities_low=n, fatalities_best=n, fatalities_high=n,
                deaths=Deaths(unknown=n))


ROSE = (Evidence("fatalities", "rose to 45", 40, 50, "total 45"),)


def test_merge_combine_one_source_with_and_without_article() -> None:
    a = ev("a", source="Syrian Observatory for Human Rights")
    b = ev("b", source="the Syrian  Observatory for Human Rights; AFP")
    assert combine(a, b).source == "Syrian Observatory for Human Rights; AFP"


def test_merge_combine_toll_that_rose_replaces_lower() -> None:
    later = ev("b", **_toll(45), evidence=ROSE)
    merged = combine(ev("a"), later)
    assert (merged.fatalities, merged.fatalities_high, merged.event_id) == (45, 45, "a-0")
    # the same figure without "rose" is a competing estimate: the lower stays
    assert combine(ev("a"), ev("b", **_toll(45))).fatalities == 20


def test_merge_combine_later_publication_updates_same_day_does_not() -> None:
    a, b = ev("a"), ev("b", **_toll(30), source="AP")
    day = dt.date(2021, 3, 7)
    assert combine_all([a, b], [day, day + dt.timedelta(days=1)]).fatalities == 30
    assert combine_all([a, b], [day, day]).fatalities == 20
    # a source's later figure replaces its own, lower or higher
    same = ev("b", **_toll(15))
    assert combine_all([a, same], [day, day + dt.timedelta(days=2)]).fatalities == 15
    assert combine_all([a, same], [day + dt.timedelta(days=2), day]).fatalities == 20


def test_merge_rising_toll_is_no_disagreement() -> None:
    d = compare(ev("a", **_toll(10)), ev("b", **_toll(45), evidence=ROSE))
    assert d.same and "toll rose" in d.reason
    assert "far apart" in compare(ev("a", **_toll(10)), ev("b", **_toll(45))).reason


def test_merge_cluster_never_joins_one_documents_events() -> None:
    events = [ev("a"), replace(ev("a"), event_id="a-1"), ev("b")]
    groups = cluster(events)
    assert sorted(map(sorted, groups)) == [[0, 2], [1]]


def test_merge_cluster_keeps_two_attacks_apart() -> None:
    far = dict(location="Monguno", admin2="Monguno", latitude=12.67, longitude=13.61)
    events = [ev("a"), ev("b", **far), ev("c"), ev("d", **far)]
    assert sorted(map(sorted, cluster(events))) == [[0, 2], [1, 3]]
    assert len(merge_events(events)) == 2


def test_merge_pairs_fixture_is_wellformed() -> None:
    rows = [json.loads(line) for line in (FIXTURES / "pairs.jsonl").read_text().splitlines()]
    assert len(rows) >= 120
    same = sum(r["same"] for r in rows)
    assert 0.4 <= same / len(rows) <= 0.6
    for r in rows:
        for side in ("a", "b"):
            assert {"id", "text", "published", "source"} <= set(r[side])
        assert r["why"]


@pytest.mark.slow
@pytest.mark.shared
def test_merge_seed_and_two_rewrites_become_one_event(pipeline: Pipeline) -> None:
    if not SEED.exists():
        pytest.skip("../shared is absent")
    rewrites = json.loads((FIXTURES / "seed_rewrites.json").read_text())
    events: list[Event] = []
    main: list[Event] = []
    docs = [("seed", SEED.read_text(), "2017-10-29")] + [
        (r["id"], r["text"], r["published"]) for r in rewrites]
    for doc_id, text, published in docs:
        found = pipeline.extract(Document(doc_id, text, dt.date.fromisoformat(published)))
        battles = [e for e in found if e.event_date == "2017-10-28" and e.fatalities > 0]
        assert battles, (doc_id, found)
        main.append(battles[0])
        events += found
    merged = merge_events(events)
    hit = [m for m in merged if m.event_id == main[0].event_id]
    assert len(hit) == 1, [compare(main[0], m).reason for m in main[1:]]
    assert (hit[0].fatalities, hit[0].fatalities_high) == (70, 73)
    assert all(e.event_id not in {m.event_id for m in merged} for e in main[1:])


def _gold(label: str, location: str = "Gwoza", lat: float = 11.08, lon: float = 13.69,
          date: str = "2021-03-06") -> dict[str, Any]:
    return {"label": label, "event_date": date, "event_type": "Battles",
            "sub_event_type": "Armed clash", "country": "Nigeria", "location": location,
            "latitude": lat, "longitude": lon, "fatalities": 20}


def test_merge_eval_figures_on_invented_reports() -> None:
    from warcount.eval_merge import score_merging

    far = dict(location="Monguno", admin2="Monguno", latitude=12.67, longitude=13.61)
    gold = {"a": [_gold("gwoza")], "b": [_gold("gwoza")], "c": [_gold("gwoza")],
            "d": [_gold("monguno", "Monguno", 12.67, 13.61)]}
    perfect = [[ev("a"), ev("b"), ev("c")], [ev("d", **far)]]
    fig = score_merging(perfect, gold)
    assert (fig["merge_precision"], fig["merge_recall"], fig["cluster_recall"]) == (1, 1, 1)
    assert fig["duplicate_events"] == 0 and fig["gold_pairs"] == 3
    # c kept apart (a duplicate) and d merged into the first: every figure drops
    wrong = [[ev("a"), ev("b"), ev("d", **far)], [ev("c")]]
    fig = score_merging(wrong, gold)
    assert fig["merge_precision"] == round(1 / 3, 3) and fig["merge_recall"] == round(1 / 3, 3)
    assert fig["cluster_recall"] == 0.5 and fig["duplicate_events"] == 1
