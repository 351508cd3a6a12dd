"""Finding place names: spaCy spans, place patterns, gazetteer matching (tiny gazetteer)."""

from __future__ import annotations

import pytest
from test_gazetteer import tiny_rows

from warcount.geo.gazetteer import Gazetteer
from warcount.mentions.places import country_hints, find_places, mention_cue


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_rows(tiny_rows())


def names(text: str, gaz: Gazetteer, **kw: object) -> dict[str, str]:
    return {p.name: mention_cue(p) for p in find_places(text, gazetteer=gaz, **kw)}  # type: ignore[arg-type]


def test_places_town_of_pattern_marks_a_town(gaz: Gazetteer) -> None:
    found = names("Gunmen stormed the village of Pellowa at dawn.", gaz)
    assert found == {"Pellowa": "town"}


def test_places_province_word_marks_an_area(gaz: Gazetteer) -> None:
    found = names("Shelling continued in Varosh province overnight.", gaz)
    assert found["Varosh"] == "admin"


def test_places_possessive_district_gives_the_district(gaz: Gazetteer) -> None:
    found = names("Troops entered Varosh's Pellowa district.", gaz)
    assert found.get("Pellowa") == "admin"


def test_places_near_and_road_patterns(gaz: Gazetteer) -> None:
    found = names("A mine exploded on the Brigsby-Mellor road near Qasr Tamim.", gaz)
    assert found.get("Brigsby") == "near" and found.get("Qasr Tamim") == "near"


def test_places_countryside_is_an_area(gaz: Gazetteer) -> None:
    assert names("Strikes hit the Varosh countryside.", gaz) == {"Varosh": "admin"}


def test_places_pair_with_country_sets_country(gaz: Gazetteer) -> None:
    found = find_places("Protesters marched in Qasr Tamim (Isiolo, Kenya) on Friday.",
                        gazetteer=gaz)
    tamim = [p for p in found if p.name == "Qasr Tamim"]
    assert tamim
    pair = find_places("Police fired on a crowd in Qasr Tamim, Kenya.", gazetteer=gaz)
    assert [p.country for p in pair if p.name == "Qasr Tamim"] == ["Kenya"]


def test_places_entity_spans_keep_document_offsets(gaz: Gazetteer) -> None:
    text = "Fighting in the Varosh area killed four."
    s = text.index("the Varosh area")
    found = find_places(text, offset=100, entities=[(s, s + len("the Varosh area"), "GPE")],
                        gazetteer=gaz)
    assert [(p.start, p.end, p.text, p.name) for p in found] == [
        (100 + s + 4, 100 + s + 10, "Varosh", "Varosh")]


def test_places_gazetteer_finds_names_the_model_missed(gaz: Gazetteer) -> None:
    found = names("Residents of Kessa and Lakeside said the power was out.", gaz)
    assert "Kessa" in found  # a large place
    assert "Lakeside" not in found  # too small to trust without a cue


def test_places_transliteration_variant_found_by_pattern(gaz: Gazetteer) -> None:
    found = names("Clashes erupted in Deir Ennahr on Monday.", gaz)
    assert "Deir Ennahr" in found


def test_places_country_hints_from_demonyms() -> None:
    table = {"kenyan": "Kenya", "kenya": "Kenya", "syrian": "Syria"}
    assert country_hints("Kenyan police and Syrian refugees", table) == ["Kenya", "Syria"]
