"""Reading a report's places as a whole (geo/report.py), on hand-made mentions."""

from __future__ import annotations

from warcount.geo.report import default_place, one_sense
from warcount.records import PlaceMention, ResolvedPlace

SHAN = ResolvedPlace("Shan", "Myanmar", "Shan", geo_precision=3, geonameid=1)
TOWN_ABROAD = ResolvedPlace("Shancheng", "China", "Shandong", geonameid=2)
KATSINA_STATE = ResolvedPlace("Katsina", "Nigeria", "Katsina", geo_precision=3, geonameid=3)
KATSINA_TOWN = ResolvedPlace("Katsina", "Nigeria", "Katsina", geonameid=4)


def test_one_sense_a_cued_name_is_no_namesake_abroad_elsewhere() -> None:
    cued = PlaceMention(0, 4, "Shan", "Shan", kind="pattern", reason="cue=admin; pattern")
    bare = PlaceMention(50, 54, "Shan", "Shan", kind="gazetteer")
    fixed = one_sense([(cued, SHAN), (bare, TOWN_ABROAD)])
    assert list(fixed) == [(50, 54)] and fixed[(50, 54)].country == "Myanmar"


def test_one_sense_a_state_and_its_town_stay_apart() -> None:
    cued = PlaceMention(0, 7, "Katsina", "Katsina", kind="pattern", reason="cue=admin")
    bare = PlaceMention(50, 57, "Katsina", "Katsina", kind="GPE")
    assert one_sense([(cued, KATSINA_STATE), (bare, KATSINA_TOWN)]) == {}


def test_default_place_is_no_town_abroad() -> None:
    beijing = PlaceMention(80, 87, "Beijing", "Beijing", kind="GPE")
    shan = PlaceMention(0, 4, "Shan", "Shan", kind="GPE")
    town = ResolvedPlace("Beijing", "China", "Beijing", geonameid=5)
    resolved: dict[tuple[int, int], ResolvedPlace | None] = {(0, 4): SHAN, (80, 87): town}
    found = default_place([shan, beijing], resolved, set(), "Myanmar")
    assert found is not None and found[1].name == "Shan"
    assert default_place([shan, beijing], resolved, set())[1].name == "Beijing"  # type: ignore[index]


def test_precision_rank_prefers_the_district_to_the_state() -> None:
    from warcount.geo.report import precision_rank
    district = ResolvedPlace("Kishtwar", "India", "Kashmir", geo_precision=3, feature_code="ADM2")
    state = ResolvedPlace("Jammu and Kashmir", "India", "Jammu and Kashmir", geo_precision=3,
                          feature_code="ADM1")
    assert min([state, district], key=precision_rank) is district


def test_one_sense_a_cued_namesake_outside_the_reports_countries_is_none() -> None:
    county = ResolvedPlace("Mora", "United States", "New Mexico", geo_precision=3, geonameid=5)
    town = ResolvedPlace("Mora", "Cameroon", "Far North", geonameid=6)
    cued = PlaceMention(0, 4, "Mora", "Mora", kind="pattern", reason="cue=admin; pattern")
    bare = PlaceMention(50, 54, "Mora", "Mora", kind="pattern", reason="cue=none; in Mora")
    assert one_sense([(cued, county), (bare, town)], {"Cameroon"}) == {}
    assert one_sense([(cued, county), (bare, town)])[(50, 54)].country == "United States"


def test_report_places_a_units_home_is_no_event_place() -> None:
    from warcount.geo.report import named_as_way_out
    text = "The 18th Brigade, which is based in Arauca, blamed the rebels."
    assert named_as_way_out(text, text.index("Arauca"))
    text = "The rebels attacked a base in Arauca."
    assert not named_as_way_out(text, text.index("Arauca"))


def test_report_places_a_victims_home_is_no_event_place() -> None:
    from warcount.geo.report import named_as_way_out
    text = "Sepoy Khan (age 23 years, resident of District Karak) and a man who hailed from Bannu."
    assert named_as_way_out(text, text.index("Karak"))
    assert named_as_way_out(text, text.index("Bannu"))



def test_report_places_a_namesake_outside_the_bracketed_division_is_none() -> None:
    from warcount.geo.gazetteer import Gazetteer, PlaceRow
    from warcount.geo.report_country import CountryClues, place_report
    from warcount.geo.resolve import load_geo_weights
    from warcount.mentions.places import find_places

    def row(i: int, name: str, admin1: str, code: str = "PPL", cls: str = "P",
            pop: int = 5000) -> PlaceRow:
        return PlaceRow(id=i, name=name, country="Bangladesh", country_code="BD", lat=23.0,
                        lon=90.0 + i / 10, population=pop, feature_class=cls,
                        feature_code=code, admin1=admin1)
    gaz = Gazetteer.from_rows([
        row(1, "Mohampur", "Rajshahi"), row(-2, "Noakal", "Chattagram", "ADM2", "A"),
        row(-3, "Chattagram", "Chattagram", "ADM1", "A", 900000),
        row(-4, "Bangladesh", "", "PCLI", "A", 1000000)])
    text = "Police detained nine activists in Mohampur town, Subar upazila (Noakal, Chattagram)."
    found = find_places(text, gazetteer=gaz)
    resolved, country = place_report(found, text, CountryClues(), gazetteer=gaz,
                                     weights=load_geo_weights(), neighbours={})
    assert country == "Bangladesh"
    placed = {m.name: resolved.get((m.start, m.end)) for m in found}
    assert placed["Mohampur"] is None  # a Mohampur of another division
    chattagram = placed["Chattagram"]
    assert chattagram is not None and chattagram.admin1 == "Chattagram"


def test_a_wide_region_holds_a_town_nearby_but_not_one_far_away() -> None:
    from warcount.events.assemble import _holds
    darfur = ResolvedPlace("Darfur", "Sudan", "", latitude=13.0, longitude=24.0,
                           geo_precision=3, feature_class="L", feature_code="RGN")
    near = ResolvedPlace("Tarlo", "Sudan", "North", latitude=13.6, longitude=25.3)
    far = ResolvedPlace("Merka", "Sudan", "Red Sea", latitude=19.6, longitude=37.2)
    area = ResolvedPlace("Ombu area", "Sudan", "", latitude=13.6, longitude=25.3,
                         geo_precision=3, feature_class="L", feature_code="AREA")
    assert _holds(darfur, near) and not _holds(darfur, far) and not _holds(area, near)


def test_report_places_namesakes_abroad_do_not_make_a_second_country() -> None:
    from warcount.geo.gazetteer import Gazetteer, PlaceRow
    from warcount.geo.report_country import CountryClues, place_report
    from warcount.geo.resolve import load_geo_weights
    from warcount.mentions.countries import find_countries, load_countries
    from warcount.mentions.places import find_places

    def row(i: int, name: str, cc: str, country: str, lat: float) -> PlaceRow:
        return PlaceRow(id=i, name=name, country=country, country_code=cc, lat=lat,
                        lon=-86.0 + i / 10, population=20000 + i, admin1="A" + cc)
    gaz = Gazetteer.from_rows([
        row(1, "Masaya", "NI", "Nicaragua", 12.0), row(2, "Leon", "NI", "Nicaragua", 12.4),
        row(3, "Jinotepe", "NI", "Nicaragua", 11.8),
        row(4, "Alvarado", "US", "United States", 32.4),
        row(5, "Guadalupe", "US", "United States", 34.9)])
    text = ("Police stormed barricades in Masaya, Nicaragua. Staff at the Humberto Alvarado "
            "hospital in Masaya counted the dead. In Leon, people marched from the Guadalupe "
            "church. A student was seized in Jinotepe.")
    clues = CountryClues()
    clues.add_countries(find_countries(text, lexicon=load_countries()), text, in_name=[],
                        force_starts=set())
    found = find_places(text, gazetteer=gaz)
    resolved, country = place_report(found, text, clues, gazetteer=gaz,
                                     weights=load_geo_weights(), neighbours={})
    assert country == "Nicaragua"
    placed = {m.name: resolved.get((m.start, m.end)) for m in found}
    assert placed["Alvarado"] is None and placed["Guadalupe"] is None
    masaya = placed["Masaya"]
    assert masaya is not None and masaya.country == "Nicaragua"


def test_report_places_where_a_briefing_was_given_is_no_event_place() -> None:
    from warcount.geo.report import named_as_speakers_town

    def said_in(text: str) -> bool:
        name = text.rstrip(".").rsplit(" ", 1)[1]
        start = text.rindex(name)
        return named_as_speakers_town(text, start, start + len(name))

    assert said_in("Two soldiers were killed, a spokesman said at a briefing in Kyiv.")
    assert said_in("The minister said on Monday at a news conference in Kabul.")
    assert said_in("Three died, he told reporters in Islamabad.")
    assert not said_in("The governor said fighting continued in Avdiivka.")
