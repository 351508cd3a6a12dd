"""Scoring against gold (docs/evaluation.md): hand-built gold and hand-built events."""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path
from typing import Any

import pytest

from warcount.eval_articles import ArticleResult, match_events, score_articles
from warcount.eval_events import best_event, interaction_code, score_events
from warcount.eval_normalise import actors_match, distance_km, names_match, normalise_name
from warcount.eval_places import gritta_auc, score_places
from warcount.evaluate import GoldDoc, evaluate, format_report, gold_doc, load_gold
from warcount.records import Document, Event, Evidence

FIXTURES = Path(__file__).parent / "fixtures" / "eval"
DEV = Path("/work/shared/data/dev")


def make_event(**fields: Any) -> Event:
    base: dict[str, Any] = {
        "event_id": "e",
        "doc_id": "d",
        "event_date": "2031-03-03",
        "time_precision": 1,
        "disorder_type": "Political violence",
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "actor1": "Military Forces of Freedonia",
    }
    base.update(fields)
    return Event(**base)


GOLD: dict[str, Any] = {
    "event_date": "2031-03-03",
    "event_type": "Battles",
    "sub_event_type": "Armed clash",
    "actor1": "Military Forces of Freedonia",
    "actor2": "Red Hand Front",
    "interaction": 12,
    "country": "Freedonia",
    "admin1": "North Province",
    "location": "Deir-ez-Zor",
    "latitude": 10.0,
    "longitude": 20.0,
    "fatalities": 4,
}


# --- normalisation and actors ------------------------------------------------------------


def test_evaluate_names_match_transliterations() -> None:
    assert names_match("Deir-ez-Zor", "Dayr az Zawr")
    assert names_match("Sahel Region", "Sahel")
    assert names_match("Al Hudaydah", "Hodeidah")
    assert names_match("São Tomé", "Sao Tome")
    assert names_match("Bellmar (Upper)", "Bellmar City")
    assert normalise_name("The Governorate of Ostra") == "ostra"


def test_evaluate_names_match_keeps_different_places_apart() -> None:
    assert not names_match("Niger", "Nigeria")
    assert not names_match("Mali", "Malawi")
    assert not names_match("Iraq", "Iran")
    assert not names_match("Ostra", "")
    assert not names_match(None, "Ostra")


def test_evaluate_actors_match_on_half_the_union() -> None:
    assert actors_match("Military Forces of Freedonia", "Freedonian Military Forces") is False
    assert actors_match("Military Forces of Freedonia", "Military Forces of Freedonia (2020-)")
    # {red, hand, front} vs {red, hand}: 2 of 3.
    assert actors_match("Red Hand Front", "Red Hand")
    # {red, hand, front} vs {hand}: 1 of 3.
    assert not actors_match("Red Hand Front", "Hand")
    assert actors_match(
        "Unidentified Armed Group (Freedonia)", "Unidentified Armed Group (Freedonia)"
    )
    assert not actors_match("Unidentified Armed Group (Freedonia)", "Military Forces of Freedonia")
    assert not actors_match(
        "Unidentified Armed Group (Freedonia)", "Unidentified Armed Group (Sylvania)"
    )


def test_evaluate_distance_km_one_degree_of_latitude() -> None:
    assert distance_km(0.0, 0.0, 1.0, 0.0) == pytest.approx(111.2, abs=0.2)


# --- single-event form ---------------------------------------------------------------------


def test_evaluate_matching_weights_type_over_the_rest() -> None:
    # type alone (8) beats sub-type + date + place (4 + 2 + 1 = 7)
    type_only = make_event(event_id="a", sub_event_type="x", event_date="2030-01-01")
    rest = make_event(
        event_id="b",
        event_type="Riots",
        latitude=10.0,
        longitude=20.0,
        sub_event_type="Armed clash",
    )
    assert best_event(GOLD, [rest, type_only]) is type_only


def test_evaluate_matching_weights_date_over_place_and_sub_over_date() -> None:
    far = {"latitude": 40.0, "longitude": 40.0}
    near = {"latitude": 10.1, "longitude": 20.1}
    date_right = make_event(event_id="d", sub_event_type="x", **far)
    place_right = make_event(event_id="p", sub_event_type="x", event_date="2030-01-01", **near)
    assert best_event(GOLD, [place_right, date_right]) is date_right
    sub_right = make_event(event_id="s", event_date="2030-01-01", **far)
    assert best_event(GOLD, [date_right, sub_right]) is sub_right
    assert best_event(GOLD, []) is None


def test_evaluate_interaction_code_smaller_first_and_lone_actor() -> None:
    assert interaction_code(make_event(inter1=7, inter2=2)) == 27
    assert interaction_code(make_event(inter1=6)) == 60
    assert interaction_code(make_event(interaction=13)) == 13


def test_evaluate_score_events_every_figure() -> None:
    good = make_event(
        actor2="Red Hand",
        inter1=2,
        inter2=1,
        country="Freedonia",
        admin1="North",
        location="Dayr az Zawr",
        latitude=10.2,  # about 22 km north
        longitude=20.0,
        fatalities=5,
    )
    second_gold = {**GOLD, "fatalities": 0, "actor2": ""}
    report = score_events([(GOLD, [good, make_event(event_type="Riots")]), (second_gold, [])])
    assert report["form"] == "events" and report["documents"] == 2
    for name in ("event_type", "sub_event_type", "event_date", "country", "admin1"):
        assert report[name] == 0.5, name
    assert report["location_name"] == 0.5
    assert report["fatalities_exact"] == 0.0
    assert report["fatalities_within_1"] == 0.5
    assert (
        report["fatalities_nonzero_exact"] == 0.0 and report["n"]["fatalities_nonzero_exact"] == 1
    )
    assert report["within_10km"] == 0.0
    assert report["within_25km"] == 0.5 and report["within_50km"] == 0.5
    assert report["actor1_named"] == 0.5
    assert report["actor2_named"] == 1.0 and report["n"]["actor2_named"] == 1
    assert report["interaction"] == 0.5
    assert report["doc_recall"] == 0.5
    assert report["fatalities_mae"] == 0.5  # |5 - 4| and, with no event, |0 - 0|
    assert report["events_per_doc"] == 1.0
    assert report["n"]["event_type"] == 2


def test_evaluate_score_events_counts_only_docs_with_the_field() -> None:
    gold = {"fatalities": 2, "location": "Port Verde"}
    report = score_events([(gold, [make_event(fatalities=2, location="Port Verde")])])
    assert report["event_type"] is None and report["n"]["event_type"] == 0
    assert report["fatalities_exact"] == 1.0 and report["fatalities_nonzero_exact"] == 1.0
    assert report["location_name"] == 1.0 and report["within_50km"] is None


def test_evaluate_score_events_gold_list_means_any() -> None:
    gold = {**GOLD, "event_type": ["Riots", "Protests"], "actor1": ["Rioters (Freedonia)", "RHF"]}
    report = score_events([(gold, [make_event(event_type="Protests", actor1="Rioters")])])
    assert report["event_type"] == 1.0
    assert report["actor1_named"] == 1.0


# --- article form ---------------------------------------------------------------------------


def _gold_event(**fields: Any) -> dict[str, Any]:
    base = {
        "event_date": "2031-03-03",
        "time_precision": 1,
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "actor1": "Military Forces of Freedonia",
        "actor2": ["Red Hand Front", "RHF"],
        "country": "Freedonia",
        "location": "Bellmar",
        "latitude": 10.0,
        "longitude": 20.0,
        "fatalities": 3,
    }
    base.update(fields)
    return base


def art_event(**fields: Any) -> Event:
    """A predicted event at the gold point unless told otherwise."""
    return make_event(**{"latitude": 10.0, "longitude": 20.0, **fields})


def test_evaluate_article_matching_is_one_to_one_best_sub_type_first() -> None:
    clash = _gold_event()
    shelling = _gold_event(
        event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack"
    )
    attack = _gold_event(sub_event_type="Government regains territory", fatalities=0)
    preds = [
        art_event(event_id="p0", sub_event_type="Government regains territory", fatalities=3),
        art_event(event_id="p1", fatalities=3),
        art_event(event_id="p2", fatalities=3),  # a duplicate of p1: no gold left for it
    ]
    pairs = match_events([clash, shelling, attack], preds)
    assert pairs == [(0, 1), (2, 0)]


def test_evaluate_article_matching_needs_date_type_place() -> None:
    gold = _gold_event()
    assert match_events([gold], [art_event(event_date="2031-03-04")]) == []
    assert match_events([gold], [art_event(event_type="Riots")]) == []
    assert match_events([gold], [art_event(latitude=11.0, longitude=20.0)]) == []  # 111 km
    assert match_events([gold], [art_event(latitude=None, location="Bellmar")]) == [
        (0, 0)
    ]  # no point
    assert match_events([gold], [art_event(longitude=None, country="Freedonia")]) == [(0, 0)]
    assert match_events([gold], [art_event(latitude=None, location="Ostra")]) == []
    loose = _gold_event(time_precision=2)
    assert match_events([loose], [art_event(event_date="2031-03-04")]) == [(0, 0)]


def test_evaluate_score_articles_precision_recall_optional() -> None:
    text = "Fighting in Bellmar. Last year a bomb killed ten in Ostra. Police fired at a crowd."
    background = "Last year a bomb killed ten in Ostra."
    start = text.index(background)
    gold_events = [
        _gold_event(),
        _gold_event(event_type="Riots", sub_event_type="Violent demonstration", optional=True),
        _gold_event(event_date="2031-03-01"),
    ]
    preds = [
        art_event(
            actor2="Red Hand Front",
            fatalities=3,
            latitude=10.1,
            longitude=20.0,
            evidence=(Evidence("event_type", "Fighting", 0, 8),),
        ),
        art_event(
            event_type="Explosions/Remote violence",
            evidence=(Evidence("event_type", "bomb", start + 12, start + 16),),
        ),
    ]
    report = score_articles(
        [ArticleResult(text, gold_events, [{"why": "old", "text": background}], preds)]
    )
    assert report["matched"] == 1 and report["predicted"] == 2
    assert report["precision"] == 0.5
    assert report["recall"] == 0.5  # the unfound optional event does not count
    assert report["f1"] == 0.5
    assert report["gold_events"] == 2 and report["gold_optional"] == 1
    assert report["sub_event_type"] == 1.0
    assert report["fatalities_exact"] == 1.0 and report["fatalities_nonzero_exact"] == 1.0
    assert report["within_25km"] == 1.0
    assert report["actors"] == 1.0
    assert report["not_events_hit"] == 1 and report["not_events"] == 1


def test_evaluate_score_articles_found_optional_counts() -> None:
    gold_events = [_gold_event(), _gold_event(event_type="Riots", optional=True)]
    preds = [art_event(), art_event(event_type="Riots")]
    report = score_articles([ArticleResult("", gold_events, [], preds)])
    assert report["recall"] == 1.0 and report["precision"] == 1.0


def test_evaluate_article_actors_need_both_sides() -> None:
    gold = [_gold_event()]
    one_side = score_articles([ArticleResult("", gold, [], [art_event()])])
    assert one_side["actors"] == 0.0
    both = score_articles([ArticleResult("", gold, [], [art_event(actor2="RHF")])])
    assert both["actors"] == 1.0
    any_of = [_gold_event(actors_any_of=["Red Hand Front", "Blue Hand"])]
    found = score_articles([ArticleResult("", any_of, [], [art_event(actor1="Red Hand Front")])])
    assert found["actors"] == 1.0


# --- place form -----------------------------------------------------------------------------


def test_evaluate_gritta_auc_tiny_example() -> None:
    assert gritta_auc([0.0, 20039.0]) == pytest.approx(0.5, abs=1e-4)
    assert gritta_auc([0.0, 0.0, 0.0]) == 0.0
    # sorted scaled errors a <= b <= c: area (a + 2b + c) / 2 over 2 steps
    errors = [100.0, 0.0, 1000.0]
    scaled = sorted(math.log1p(e) / math.log(20039) for e in errors)
    expected = (scaled[0] + 2 * scaled[1] + scaled[2]) / 4
    assert gritta_auc(errors) == pytest.approx(expected)
    assert gritta_auc([]) is None


def test_evaluate_score_places_figures() -> None:
    toponyms = [
        {"start": 0, "end": 7, "lat": 10.0, "lon": 20.0},
        {"start": 12, "end": 17, "lat": 10.0, "lon": 20.0},
        {"start": 20, "end": 25, "lat": 10.0, "lon": 20.0},
        {"start": 30, "end": 35, "lat": 10.0, "lon": 20.0},
    ]
    predicted = [
        {"start": 0, "end": 7, "latitude": 10.0, "longitude": 20.0},  # exact
        {"start": 13, "end": 15, "lat": 12.0, "lon": 20.0},  # overlap, 222 km
        {"start": 20, "end": 25, "latitude": None, "longitude": None},  # unresolved
        {"start": 40, "end": 44, "latitude": 1.0, "longitude": 1.0},  # not a toponym
    ]
    report = score_places([(toponyms, predicted)])
    assert report["recall"] == 0.75
    assert report["precision"] == 0.75
    assert report["acc161_found"] == pytest.approx(1 / 3, abs=1e-4)
    assert report["acc161_all"] == 0.25
    assert report["median_error_km"] == pytest.approx(222.4, abs=0.5)
    assert report["unresolved_found"] == 1
    assert 0.0 < report["auc"] < 1.0


# --- loading and the whole run --------------------------------------------------------------


def test_evaluate_load_gold_events_form_uses_gold_date() -> None:
    docs = load_gold(FIXTURES / "events.jsonl")
    assert [d.form for d in docs] == ["events"] * 3
    assert docs[0].document.published == dt.date(2031, 3, 3)
    assert docs[0].document.published_from == "option"
    assert docs[1].document.published == dt.date(2031, 6, 10)
    assert docs[1].document.published_from == "field"
    assert docs[2].document.published is None


def test_evaluate_load_gold_articles_and_places() -> None:
    (article,) = load_gold(FIXTURES / "articles.jsonl")
    assert article.form == "articles" and len(article.gold["events"]) == 1
    assert article.document.title == "Clashes in Bellmar"
    assert article.document.published == dt.date(2031, 3, 4)
    (place,) = load_gold(FIXTURES / "places.jsonl")
    assert place.form == "places" and len(place.gold["toponyms"]) == 2


def test_evaluate_load_gold_rejects_unknown_rows(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "y"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="bad.jsonl:1"):
        load_gold(bad)


def test_evaluate_runs_extractor_and_batches() -> None:
    docs = load_gold(FIXTURES / "events.jsonl")

    def extract(document: Document) -> list[Event]:
        if document.id == "ev-2":
            return [make_event(event_date="2031-06-09", location="Ostra", country="Freedonia")]
        return []

    seen: list[tuple[int, int]] = []
    one = evaluate(docs, extract=extract, progress=lambda done, total: seen.append((done, total)))
    many = evaluate(docs, extract_many=lambda batch: [extract(d) for d in batch])
    assert one == many
    assert seen[-1] == (3, 3)
    assert one["doc_recall"] == pytest.approx(1 / 3, abs=1e-4)
    assert one["event_type"] == 0.5
    assert "published = gold event_date" in one["notes"]
    table = format_report(one)
    assert "event_type" in table and "doc_recall" in table and "notes:" in table


def test_evaluate_rejects_mixed_forms_and_missing_functions() -> None:
    events = load_gold(FIXTURES / "events.jsonl")
    places = load_gold(FIXTURES / "places.jsonl")
    with pytest.raises(ValueError, match="mixes"):
        evaluate(events + places, extract=lambda d: [])
    with pytest.raises(ValueError, match="geoparse"):
        evaluate(places)
    report = evaluate(places, geoparse=lambda d: [{"start": 13, "end": 20, "lat": 10, "lon": 20}])
    assert report["recall"] == 0.5 and report["acc161_found"] == 1.0


def test_evaluate_gold_doc_is_frozen() -> None:
    doc = gold_doc({"id": "a", "text": "t", "gold": {"fatalities": 1}})
    assert isinstance(doc, GoldDoc)
    with pytest.raises(AttributeError):
        doc.form = "places"  # type: ignore[misc]


@pytest.mark.shared
@pytest.mark.skipif(not DEV.exists(), reason="needs /work/shared/data/dev")
def test_evaluate_load_gold_reads_every_dev_file() -> None:
    expected = {
        "acled_dev.jsonl": ("events", 1576),
        "wiki_incidents_dev.jsonl": ("events", 2000),
        "news_dev.jsonl": ("articles", 51),
        "geoparse/lgl.jsonl": ("places", 588),
        "geoparse/geovirus.jsonl": ("places", 229),
    }
    for name, (form, count) in expected.items():
        docs = load_gold(DEV / name)
        assert len(docs) == count, name
        assert {d.form for d in docs} == {form}, name


def _first(value: Any, default: Any = "") -> Any:
    if isinstance(value, list):
        return value[0] if value else default
    return default if value is None else value


def _gold_as_event(gold: dict[str, Any]) -> Event:
    keys = ("event_type", "sub_event_type", "actor1", "actor2", "country", "admin1", "location")
    return make_event(
        event_date=_first(gold.get("event_date"), None),
        inter1=_first(gold.get("inter1"), None),
        inter2=_first(gold.get("inter2"), None),
        latitude=gold.get("latitude"),
        longitude=gold.get("longitude"),
        fatalities=_first(gold.get("fatalities"), 0),
        **{k: _first(gold.get(k)) for k in keys},
    )


@pytest.mark.shared
@pytest.mark.skipif(not DEV.exists(), reason="needs /work/shared/data/dev")
def test_evaluate_gold_read_back_scores_perfect() -> None:
    acled = load_gold(DEV / "acled_dev.jsonl")
    by_id = {g.document.id: g.gold for g in acled}
    report = evaluate(acled, extract=lambda d: [_gold_as_event(dict(by_id[d.id]))])
    figures = [k for k, v in report.items() if isinstance(v, float) and k != "fatalities_mae"]
    assert figures and all(report[k] == 1.0 for k in figures if k != "events_per_doc")
    news = load_gold(DEV / "news_dev.jsonl")
    events = {g.document.id: g.gold["events"] for g in news}
    report = evaluate(
        news,
        extract=lambda d: [_gold_as_event(e) for e in events[d.id] if not e.get("optional")],
    )
    assert report["precision"] == 1.0 and report["recall"] == 1.0 and report["actors"] == 1.0


@pytest.mark.parametrize("name", sorted(
    p.name for p in (Path(__file__).parent / "fixtures").glob("invented_news*.jsonl")))
def test_evaluate_our_invented_report_sets_are_whole_report_gold(name: str) -> None:
    docs = load_gold(Path(__file__).parent / "fixtures" / name)
    assert len(docs) >= 18 and {d.form for d in docs} == {"articles"}
    for d in docs:
        assert d.document.published is not None
        for quote in d.gold["not_events"]:
            text = quote if isinstance(quote, str) else quote.get("text", quote.get("quote", ""))
            assert text in d.document.text, (d.document.id, text)


def test_evaluate_a_list_of_gold_precisions_gives_the_widest_its_day_of_slack() -> None:
    from warcount.eval_articles import dates_agree
    gold = {"event_date": "2031-03-03", "time_precision": [1, 2]}
    assert dates_agree(gold, make_event(event_date="2031-03-04"))
    assert not dates_agree({**gold, "time_precision": [1]}, make_event(event_date="2031-03-04"))
