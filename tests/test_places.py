"""Finding place names: spaCy spans, place patterns, gazetteer matching (tiny gazetteer)."""

from __future__ import annotations

import pytest
from test_gazetteer import tiny_rows

from warcount.geo.gazetteer import Gazetteer, PlaceRow
from warcount.mentions.places import (
    country_hints,
    find_places,
    mention_cue,
    narrow_mention,
    reread,
)
from warcount.records import PlaceMention


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


def _m(text: str, kind: str = "GPE") -> PlaceMention:
    return PlaceMention(10, 10 + len(text), text, text, kind=kind, reason="cue=admin; test")


def test_places_narrow_mention_finds_the_place_inside(gaz: Gazetteer) -> None:
    police = narrow_mention(_m("Varosh Police"), gaz)
    assert police is not None and (police.text, police.start, police.end) == ("Varosh", 10, 16)
    assert mention_cue(police) == "none"
    north = narrow_mention(_m("Northeast Varosh"), gaz)
    assert north is not None and north.text == "Varosh" and north.start == 20
    jail = narrow_mention(_m("Isiolo County Jail"), gaz)
    assert jail is not None and jail.name == "Isiolo" and mention_cue(jail) == "admin"
    port = narrow_mention(_m("Port of Lakeside"), gaz)
    assert port is not None and port.text == "Lakeside"
    assert narrow_mention(_m("United Zzyzx Fund"), gaz) is None
    assert narrow_mention(_m("North"), gaz) is None


def test_places_city_in_a_town_name_is_kept(gaz: Gazetteer) -> None:
    # "Kansas City" is a name, not "the city of Kansas"
    assert names("Crews drove to Mellor City on Monday.", gaz) == {"Mellor City": "none"}
    assert names("Crews drove to Varosh city on Monday.", gaz) == {"Varosh": "town"}


def test_places_upazila_and_sub_county_mark_areas(gaz: Gazetteer) -> None:
    assert names("Clashes broke out in Varosh upazila on Sunday.", gaz)["Varosh"] == "admin"
    assert names("Herders fought in Isiolo sub-county.", gaz)["Isiolo"] == "admin"


def test_places_town_inside_an_institution_name(gaz: Gazetteer) -> None:
    assert "Qasr Tamim" in names("Students of the University of Qasr Tamim marched.", gaz)
    assert "Qasr Tamim" in names("Nurses at Qasr Tamim Referral Hospital went on strike.", gaz)


def test_places_in_an_area_sets_the_country(gaz: Gazetteer) -> None:
    found = find_places("Two officers died between Lakeside and Qasr Tamim in Isiolo.",
                        gazetteer=gaz)
    assert [p.country for p in found if p.name == "Qasr Tamim"] == ["Kenya"]


def test_places_uncued_name_must_be_the_towns_own() -> None:
    from warcount.geo.gazetteer import PlaceRow

    g = Gazetteer.from_rows([PlaceRow(id=1, name="Granvale", country="Spain", country_code="ES",
                                      lat=37.0, lon=-3.0, population=900000,
                                      alt_names=("Petard",))])
    assert names("Petard attack kills two in the market.", g) == {}
    assert names("Unrest spread to Granvale overnight.", g) == {"Granvale": "none"}


def test_places_list_of_places_is_no_town_and_province(gaz: Gazetteer) -> None:
    # "X, Y and Z" lists three places; "X, Y" alone reads Y as X's area
    listed = find_places("Protesters marched in Qasr Tamim, Varosh and Mellor.", gazetteer=gaz)
    assert not any(p.reason.startswith("cue=admin") for p in listed)
    paired = find_places("Protesters marched in Qasr Tamim, Varosh on Monday.", gazetteer=gaz)
    assert any(p.name == "Varosh" and mention_cue(p) == "admin" for p in paired)


def test_places_an_entity_holding_a_place_and_its_parent_gives_both(gaz: Gazetteer) -> None:
    text = "killed 8 villagers near Qasr Tamim, Qasr Tamim region yesterday"
    start = text.index("Qasr")
    end = text.index(" region")
    found = find_places(text, entities=[(start, end, "LOC")], gazetteer=gaz)
    assert "Qasr Tamim" in {m.text for m in found}
    assert all(", " not in m.text for m in found)


def test_places_the_seat_of_a_municipality_is_a_town(gaz: Gazetteer) -> None:
    found = names("Soldiers died in the vicinity of the municipal seat of Qasr Tamim.", gaz)
    assert found.get("Qasr Tamim") == "town"


def test_places_strict_reread_drops_only_qualifiers_and_hyphen_partners(gaz: Gazetteer) -> None:
    north = reread(_m("Varosh North"), gaz, strict=True)
    assert north.text == "Varosh"
    axis = reread(_m("Brigsby-Qobrani"), gaz, strict=True)
    assert axis.text == "Brigsby"
    group = reread(_m("Islamic Front Varosh"), gaz, strict=True)
    assert group.text == "Islamic Front Varosh"  # a group's name, not its region
    assert reread(_m("Islamic Front Varosh"), gaz).text == "Varosh"


def test_places_axis_and_between_mark_places_near(gaz: Gazetteer) -> None:
    assert names("A mine hit a truck on the axis Brigsby-Qobrani.", gaz).get("Brigsby-Qobrani") \
        == "near"
    assert names("Soldiers were ambushed between Pellowa and Qobrani.", gaz).get("Pellowa") \
        == "near"


def test_places_pair_names_its_area_when_the_village_is_unknown(gaz: Gazetteer) -> None:
    found = names("Gunmen burned a school in Qobrani (Zzyxville, Varosh).", gaz)
    assert found.get("Varosh") == "admin"


def test_places_a_sentence_opening_on_in_names_its_place(gaz: Gazetteer) -> None:
    found = names("In Warosh, gunmen stormed a base at dawn.", gaz)
    assert "Warosh" in found


def test_places_local_government_area_is_an_area(gaz: Gazetteer) -> None:
    found = names("Bandits raided a farm in Varosh Local Government Area on Friday.", gaz)
    assert found.get("Varosh") == "admin"


def test_places_a_title_or_facility_word_is_no_town() -> None:
    gaz = Gazetteer.from_rows([
        PlaceRow(id=1, name="King", country="Testland", country_code="TL", lat=1.0, lon=1.0,
                 population=90000),
        PlaceRow(id=2, name="Air", country="Testland", country_code="TL", lat=2.0, lon=2.0,
                 population=90000),
        PlaceRow(id=3, name="Harbin", country="Testland", country_code="TL", lat=3.0, lon=3.0,
                 population=90000)])
    found = names("The drones targeted King Faris Air Base near Harbin, officials said.", gaz)
    assert found == {"Harbin": "near"}


def _common_word_towns() -> Gazetteer:
    return Gazetteer.from_rows([
        PlaceRow(id=1, name=name, country="Testland", country_code="TL", lat=float(i),
                 lon=1.0, population=90000)
        for i, name in enumerate(("University", "Liberty", "Zongar", "Gilford", "Merun"))])


def test_places_an_institution_word_alone_is_no_town() -> None:
    found = names("Students and University staff protested outside North South University.",
                  _common_word_towns())
    assert "University" not in found


def test_places_a_word_the_text_also_writes_in_lower_case_is_a_common_noun() -> None:
    gaz = _common_word_towns()
    assert "Liberty" not in names("On Monday, Liberty marchers demanded liberty for all.", gaz)
    assert "Liberty" in names("Marchers in Liberty demanded the prisoners' release.", gaz)


def test_places_a_surname_or_a_titled_name_is_no_town() -> None:
    gaz = _common_word_towns()
    text = "Protesters marked the murder of Norbert Zongar."
    start = text.index("Norbert")
    assert "Zongar" not in names(text, gaz, people=[(start, start + len("Norbert Zongar"))])
    assert "Gilford" not in names("The officers declared General Gilford Dienko their leader.",
                                  gaz)
    # the first word of what the model reads as a person may still be a place
    text = "A gang raided Merun Governor Peter Mun's home."
    start = text.index("Merun")
    found = names(text, gaz, people=[(start, text.index("'s"))])
    assert "Merun" in found


def test_places_a_people_before_militia_or_community_is_no_town() -> None:
    gaz = Gazetteer.from_rows([
        PlaceRow(id=1, name="Garu", country="Testland", country_code="TL", lat=1.0, lon=1.0,
                 population=90000),
        PlaceRow(id=2, name="Ormo", country="Testland", country_code="TL", lat=2.0, lon=2.0,
                 population=90000)])
    assert "Garu" not in names("A grenade attack by Garu militia left 16 dead.", gaz)
    assert "Ormo" not in names("Fighting broke out as Ormo and Wardi communities clashed.", gaz)
    assert "Garu" in names("A grenade attack by militia near Garu left 16 dead.", gaz)


def test_places_a_capital_named_for_its_government() -> None:
    from warcount.mentions.metonymy import names_a_government
    from warcount.records import PlaceMention
    for text, name, gov in [("The Taliban warned Islamabad of consequences.", "Islamabad", True),
                            ("Kabul said the strikes killed civilians.", "Kabul", True),
                            ("Police in Kabul said two men were held.", "Kabul", False),
                            ("A bomb went off in Islamabad.", "Islamabad", False)]:
        at = text.index(name)
        m = PlaceMention(at, at + len(name), name, name)
        assert names_a_government(text, m) is gov, text


def test_places_a_name_opening_on_a_particle_is_one_place() -> None:
    rows = [*tiny_rows(),
            PlaceRow(id=-91, name="Las Pellas", country="Philippines", country_code="PH",
                     lat=12.3, lon=125.0, population=3000),
            PlaceRow(id=-92, name="Pellas", country="Spain", country_code="ES", lat=40.0,
                     lon=-4.0, population=50000)]
    gaz = Gazetteer.from_rows(rows)
    text = "Troops found an arms cache in a hinterland sitio of Las Pellas on Monday."
    assert names(text, gaz) == {"Las Pellas": "none"}
    # the model's span left out the particle: the whole name is the place
    at = text.index("Pellas")
    found = find_places(text, gazetteer=gaz, entities=[(at, at + 6, "GPE")])
    assert [p.name for p in found] == ["Las Pellas"]


def test_places_a_town_with_a_compass_word_after_it_names_a_district_near_it(
        gaz: Gazetteer) -> None:
    text = "A truck struck a mine in Kessa East on Sunday."
    at = text.index("Kessa")
    whole = PlaceMention(at, at + len("Kessa East"), "Kessa East", "Kessa East")
    part = reread(whole, gaz, strict=True)
    assert (part.name, mention_cue(part)) == ("Kessa", "near")
    assert names(text, gaz).get("Kessa East") == "near"  # (read as Kessa by reread)


def test_places_a_club_or_market_named_after_its_town_is_in_that_town(gaz: Gazetteer) -> None:
    text = "Police broke up a sit-in outside the Kessa Press Club."
    at = text.index("Kessa")
    whole = PlaceMention(at, at + len("Kessa Press Club"), "Kessa Press Club",
                         "Kessa Press Club")
    assert reread(whole, gaz, strict=True).name == "Kessa"


def test_places_a_proper_noun_opening_a_sentence_needs_no_larger_town() -> None:
    rows = [PlaceRow(id=951, name="Torvik", country="Testland", country_code="TL", lat=49.7,
                     lon=37.6, population=27000)]
    g = Gazetteer.from_rows(rows)
    text = "Torvik came under artillery fire 14 times yesterday."
    # a capital at a sentence's start says little: a town of 27,000 is not enough alone
    assert find_places(text, gazetteer=g) == []
    # unless the model reads the word as a proper noun
    assert [m.name for m in find_places(text, gazetteer=g, proper_start=True)] == ["Torvik"]


def test_places_a_newspaper_named_for_a_city_is_no_place(gaz: Gazetteer) -> None:
    name = tiny_rows()[0].name
    found = find_places(f"A source told the {name} Independent that the {name} Times erred.",
                        gazetteer=gaz)
    assert found == []
    assert [m.name for m in find_places(f"Shells fell on {name} again.", gazetteer=gaz)] == [
        name]


def test_places_a_border_crossing_is_named_for_its_village(gaz: Gazetteer) -> None:
    village = next(r.name for r in tiny_rows() if r.feature_class == "P" and r.population < 5000)
    found = find_places(f"Mortars hit the {village} border crossing late on Tuesday.",
                        gazetteer=gaz)
    assert [(m.name, m.reason.split(";")[0]) for m in found] == [(village, "cue=town")]


def test_places_a_bearing_the_model_tags_is_no_place(gaz: Gazetteer) -> None:
    text = "Northeast of the city, militants fired mortar rounds at army positions."
    assert names(text, gaz, entities=[(0, 9, "GPE")]) == {}


def test_places_an_ocean_named_alone_stays_a_place(gaz: Gazetteer) -> None:
    text = "Migratory birds of the Atlantic flyway carry the virus."
    assert "Atlantic" in names(text, gaz, entities=[(23, 31, "LOC")])
    text = "Gangs fought in the Pacific port city of Pellowa."
    assert "Pacific" not in names(text, gaz, entities=[(20, 27, "LOC")])
