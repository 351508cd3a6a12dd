"""The curated supplement of conflict-zone places (data/places_extra.tsv) in the gazetteer."""

from __future__ import annotations

import math

import pytest

from warcount.geo.gazetteer import Gazetteer
from warcount.geo.places_extra import check_places_extra, load_places_extra, parse_places_extra


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.open()


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(
        math.radians(lon2 - lon1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(a))


def test_every_row_is_sound(gaz: Gazetteer) -> None:
    places = load_places_extra()
    assert len(places) > 1000
    assert check_places_extra(places, gaz.conn) == []


def test_malformed_row_names_its_line() -> None:
    header = "\t".join(("name", "alt_names", "country", "admin1", "admin2", "lat", "lon",
                        "feature", "population"))
    with pytest.raises(ValueError, match=":3:"):
        parse_places_extra(f"# c\n{header}\nTown\t\tXX\tA\t\tnorth\t1.0\tPPL\t0\n")


def test_supplement_village_is_in_the_gazetteer(gaz: Gazetteer) -> None:
    (c,) = [c for c in gaz.lookup("Karimama") if c.country_code == "BJ"]
    assert c.admin1 == "Alibori" and c.population == 0
    # a glued spelling of a town GeoNames has: a spelling of that town, not a second place
    assert [c.name for c in gaz.lookup("Elwak", country="KE")] == ["El Wak"]


@pytest.mark.slow
def test_event_in_a_supplement_village(extract) -> None:
    events = extract("Gunmen attacked a military post in Karimama, in Benin's Alibori "
                     "department, on Tuesday, killing three soldiers.", "2024-03-05")
    assert events
    ev = events[0]
    assert ev.country == "Benin" and ev.admin1 == "Alibori"
    assert ev.latitude is not None and ev.longitude is not None
    assert _km(ev.latitude, ev.longitude, 12.07, 3.19) < 5


@pytest.mark.slow
def test_village_does_not_steal_a_city(extract) -> None:
    # "Blida" is also a village on Lebanon's border (the supplement); alone it is Algeria's city
    events = extract("Police clashed with protesters in Blida on Friday, injuring two "
                     "people, local media reported.", "2024-03-08")
    assert events
    assert events[0].country == "Algeria"
