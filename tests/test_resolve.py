"""Resolving place mentions with the document's context (tiny gazetteer; founding report)."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from test_gazetteer import km, tiny_rows

from warcount.geo.gazetteer import Gazetteer, PlaceRow
from warcount.geo.resolve import (
    PlaceContext,
    choose_event_place,
    document_country,
    load_geo_weights,
    resolve_place,
    resolve_places,
)
from warcount.mentions.places import country_hints, demonym_table, find_places
from warcount.records import PlaceMention

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "deir-ez-zor-2017-10-29.txt"
W = load_geo_weights()


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_rows(tiny_rows())


def mention(name: str, cue: str = "none", country: str | None = None) -> PlaceMention:
    return PlaceMention(0, len(name), name, name, country=country, reason=f"cue={cue}; test")


def resolve(text: str, gaz: Gazetteer) -> list[tuple[str, str | None, int | None]]:
    found = find_places(text, gazetteer=gaz)
    hints = country_hints(text, demonym_table())
    return [(m.name, r.country if r else None, r.geonameid if r else None)
            for m, r in resolve_places(found, gazetteer=gaz, weights=W, hints=hints)]


def test_resolve_country_named_alone_is_the_country(gaz: Gazetteer) -> None:
    r = resolve_place(mention("Syria"), context=PlaceContext(), gazetteer=gaz, weights=W)
    assert r is not None and r.feature_code == "PCLI" and r.geo_precision == 3


def test_resolve_province_cue_gives_the_area(gaz: Gazetteer) -> None:
    area = resolve_place(mention("Varosh", "admin"), context=PlaceContext(), gazetteer=gaz,
                         weights=W)
    town = resolve_place(mention("Varosh", "town"), context=PlaceContext(), gazetteer=gaz,
                         weights=W)
    assert area is not None and area.feature_code == "ADM1" and area.geo_precision == 3
    assert town is not None and town.geonameid == 701 and town.geo_precision == 1


def test_resolve_bare_name_prefers_the_town_over_the_area(gaz: Gazetteer) -> None:
    r = resolve_place(mention("Varosh"), context=PlaceContext(), gazetteer=gaz, weights=W)
    assert r is not None and r.geonameid == 701 and "larger population" in r.reason


def test_resolve_document_country_overrides_population(gaz: Gazetteer) -> None:
    # the "Melbourne problem": a story set in the United States means the smaller Mellor
    text = "Police in Mellor said a man was shot near Lakeside, in the United States."
    assert ("Mellor", "United States", 707) in resolve(text, gaz)
    text = "Fans gathered in Mellor and Brigsby, Australia, on Sunday."
    assert ("Mellor", "Australia", 706) in resolve(text, gaz)


def test_resolve_stated_parent_wins(gaz: Gazetteer) -> None:
    r = resolve_place(mention("Qasr Tamim", country="Kenya"), context=PlaceContext(),
                      gazetteer=gaz, weights=W)
    assert r is not None and r.geonameid == 704 and "as the text says" in r.reason


def test_resolve_nationality_words_pick_the_country(gaz: Gazetteer) -> None:
    assert ("Qasr Tamim", "Kenya", 704) in resolve(
        "Kenyan police clashed with herders in the village of Qasr Tamim.", gaz)
    assert ("Qasr Tamim", "Syria", 703) in resolve(
        "Syrian troops shelled the village of Qasr Tamim.", gaz)


def test_resolve_unknown_name_is_none_not_a_guess(gaz: Gazetteer) -> None:
    r = resolve_place(mention("Zzyzxtown"), context=PlaceContext(), gazetteer=gaz, weights=W)
    assert r is None
    weak = resolve_place(mention("Dair Nahar"), context=PlaceContext(country="Kenya"),
                         gazetteer=gaz, weights=W)
    assert weak is None  # a loose spelling in another country than the report's


def test_resolve_document_country_from_places(gaz: Gazetteer) -> None:
    ms = [mention("Varosh"), mention("Qasr Tamim"), mention("Dayr al Nahr")]
    assert document_country(ms, gazetteer=gaz) == "Syria"
    assert document_country([], gazetteer=gaz, hints=["Kenya"]) == "Kenya"


def test_resolve_event_place_prefers_the_town(gaz: Gazetteer) -> None:
    text = "In Syria, shelling hit Varosh province and the town of Qasr Tamim."
    found = find_places(text, gazetteer=gaz)
    chosen = choose_event_place(resolve_places(found, gazetteer=gaz, weights=W))
    assert chosen is not None and chosen.geonameid == 703 and chosen.geo_precision == 1


def test_resolve_weights_file_is_complete() -> None:
    assert W.threshold > 0 and not math.isnan(W.same_country)


@pytest.mark.shared
@pytest.mark.skipif(not SEED.exists(), reason="../shared/seed is absent")
def test_resolve_founding_report_is_in_deir_ez_zor_city(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    path = tmp_path_factory.getbasetemp() / "geo-build" / "gazetteer.sqlite"
    gaz = Gazetteer.open(path)
    text = SEED.read_text("utf-8")
    found = find_places(text, gazetteer=gaz)
    resolved = resolve_places(found, gazetteer=gaz, weights=W,
                              hints=country_hints(text, demonym_table()))
    place = choose_event_place(resolved)
    assert place is not None
    assert (place.country, place.admin1, place.geo_precision) == ("Syria", "Deir ez-Zor", 1)
    assert place.latitude is not None and place.longitude is not None
    assert km(place.latitude, place.longitude, 35.336, 40.141) < 5


def test_resolve_admin1_of_other_places_picks_the_namesake(gaz: Gazetteer) -> None:
    # a local US paper: with Lakeside (Florida) in the story, Mellor is Mellor, Florida
    text = "A fire broke out in Mellor on Monday. Crews came from Lakeside."
    assert ("Mellor", "United States", 707) in resolve(text, gaz)
    assert ("Mellor", "Australia", 706) in resolve("A fire broke out in Mellor.", gaz)


def test_resolve_area_named_alone_is_the_area_unless_named_for_its_seat(gaz: Gazetteer) -> None:
    florida = resolve_place(mention("Florida"), context=PlaceContext(), gazetteer=gaz, weights=W)
    assert florida is not None and florida.feature_code == "ADM1" and florida.geo_precision == 3
    varosh = resolve_place(mention("Varosh"), context=PlaceContext(), gazetteer=gaz, weights=W)
    assert varosh is not None and varosh.geonameid == 701  # the province's seat


def test_resolve_area_weights_move_the_answer(gaz: Gazetteer) -> None:
    from dataclasses import replace

    flipped = replace(W, area_named=-3.0)
    r = resolve_place(mention("Tamra"), context=PlaceContext(), gazetteer=gaz, weights=flipped)
    assert r is None or r.feature_code != "ADM1"
    r = resolve_place(mention("Tamra"), context=PlaceContext(), gazetteer=gaz, weights=W)
    assert r is not None and r.feature_code == "ADM1"


def test_resolve_abbreviated_parent_state(gaz: Gazetteer) -> None:
    found = find_places("Police in Kessa, Fla., said two men were held.", gazetteer=gaz)
    pairs = resolve_places(found, gazetteer=gaz, weights=W)
    kessa = [r for m, r in pairs if m.name == "Kessa"]
    assert kessa and kessa[0] is not None and kessa[0].geonameid == 712
    assert "as the text says" in kessa[0].reason


def test_resolve_continent_named_alone(gaz: Gazetteer) -> None:
    r = resolve_place(mention("Africa"), context=PlaceContext(country="Kenya"), gazetteer=gaz,
                      weights=W)
    assert r is not None and r.feature_code == "CONT" and r.geo_precision == 3


def test_resolve_repeats_do_not_outvote_the_other_places(gaz: Gazetteer) -> None:
    # four mentions of Mellor must not make Australia's Victoria the document's admin1
    text = "Mellor. Mellor. Mellor. Mellor. The crew came from Lakeside."
    assert all(r == ("Mellor", "United States", 707) for r in resolve(text, gaz)
               if r[0] == "Mellor")


def test_resolve_home_division_beats_the_foreign_country(gaz: Gazetteer) -> None:
    # a story set in the United States: Jordan is the (invented) state, not the kingdom
    text = "A fire in Lakeside spread to Mellor, Fla., and across Jordan; Brigsby sent help."
    assert ("Jordan", "United States", None) in resolve(text, gaz)
    assert ("Jordan", "Jordan", 248816) in resolve("Troops crossed into Jordan.", gaz)
    from dataclasses import replace

    off = replace(W, home_division=0.0)
    found = find_places(text, gazetteer=gaz)
    pairs = resolve_places(found, gazetteer=gaz, weights=off)
    assert [r.country for m, r in pairs if m.name == "Jordan" and r] == ["Jordan"]


def test_resolve_capital_beats_the_division_of_its_name(gaz: Gazetteer) -> None:
    r = resolve_place(mention("Brenford"), context=PlaceContext(), gazetteer=gaz, weights=W)
    assert r is not None and r.geonameid == 714 and r.feature_code == "PPLC"
    r = resolve_place(mention("Brenford", "admin"), context=PlaceContext(), gazetteer=gaz,
                      weights=W)
    assert r is not None and r.feature_code == "ADM1"


def test_resolve_world_city_is_not_penalised_abroad(gaz: Gazetteer) -> None:
    from dataclasses import replace

    from warcount.geo.resolve import score_candidate

    kessa = [c for c in gaz.lookup("Kessa") if c.country == "Kenya"][0]
    ctx = PlaceContext(country="United States", country_shares=(("United States", 1.0),))
    plain, why = score_candidate(kessa, mention("Kessa"), ctx, W)
    penalised, _ = score_candidate(kessa, mention("Kessa"), ctx, replace(W, world_city=-0.6))
    assert plain > penalised and "a city known worldwide" in why


def test_resolve_region_named_alone(gaz: Gazetteer) -> None:
    r = resolve_place(mention("Great Sand Basin"), context=PlaceContext(country="Kenya"),
                      gazetteer=gaz, weights=W)
    assert r is not None and r.feature_code == "RGN" and r.geo_precision == 3
    from dataclasses import replace

    low = replace(W, region_named=-2.0)
    assert resolve_place(mention("Great Sand Basin"), context=PlaceContext(), gazetteer=gaz,
                         weights=low) is None


def test_resolve_named_mentions_need_less_than_gazetteer_proposals(gaz: Gazetteer) -> None:
    from dataclasses import replace

    from warcount.geo.resolve import mention_threshold

    w = replace(W, threshold=5.0, threshold_named=0.5)
    named = PlaceMention(0, 6, "Mellor", "Mellor", kind="GPE", reason="cue=none")
    proposed = PlaceMention(0, 6, "Mellor", "Mellor", kind="gazetteer", reason="cue=none")
    assert mention_threshold(named, w) == 0.5 and mention_threshold(proposed, w) == 5.0
    assert resolve_place(named, context=PlaceContext(), gazetteer=gaz, weights=w) is not None
    assert resolve_place(proposed, context=PlaceContext(), gazetteer=gaz, weights=w) is None


def _rows_with_namesakes() -> list[PlaceRow]:
    return [*tiny_rows(),
            PlaceRow(id=901, name="Kitoro", country="Kenya", country_code="KE", lat=-0.7,
                     lon=34.8, population=30000, feature_code="PPLA", admin1="Tamra"),
            PlaceRow(id=902, name="Jinxo", country="Australia", country_code="AU", lat=-30.0,
                     lon=140.0, population=800000, alt_names=("Kitoro",)),
            PlaceRow(id=903, name="Chalto", country="Australia", country_code="AU",
                     lat=-31.0, lon=141.0, population=60000)]


def test_resolve_own_name_beats_another_towns_alternate_name() -> None:
    g = Gazetteer.from_rows(_rows_with_namesakes())
    found = resolve_places([mention("Kitoro")], gazetteer=g, weights=W)
    assert found[0][1] is not None and found[0][1].country == "Kenya"


def test_resolve_stated_country_rules_out_namesakes_abroad(gaz: Gazetteer) -> None:
    assert resolve_place(mention("Mellor", country="Kenya"), context=PlaceContext(),
                         gazetteer=gaz, weights=W) is None
    r = resolve_place(mention("Qasr Tamim", country="Kenya"), context=PlaceContext(),
                      gazetteer=gaz, weights=W)
    assert r is not None and r.country == "Kenya"


def test_resolve_gazetteer_only_word_cannot_decide_the_country() -> None:
    g = Gazetteer.from_rows(_rows_with_namesakes())
    weak = PlaceMention(0, 6, "Chalto", "Chalto", kind="gazetteer", reason="cue=none; test")
    named = PlaceMention(20, 25, "Kessa", "Kessa", kind="GPE", reason="cue=town; test")
    out = dict((m.name, r) for m, r in resolve_places([weak, named], gazetteer=g, weights=W))
    kessa = out["Kessa"]
    assert kessa is not None and kessa.country == "Kenya"


def test_resolve_the_city_that_names_its_division_beats_a_far_village() -> None:
    rows = [
        PlaceRow(id=-1, name="Dolmar", country="Testland", country_code="TL", lat=46.9,
                 lon=32.0, population=1000000, feature_class="A", feature_code="ADM1",
                 admin1="Dolmar"),
        PlaceRow(id=1, name="Dolmarov", country="Testland", country_code="TL", lat=46.97,
                 lon=31.99, population=470000, admin1="Dolmar", alt_names=("Dolmar",)),
        PlaceRow(id=2, name="Dolmarivka", country="Testland", country_code="TL", lat=48.86,
                 lon=37.76, population=14000, admin1="Donska", alt_names=("Dolmar",)),
    ]
    gaz = Gazetteer.from_rows(rows)
    # the village lies near another town of the report; the city still wins
    near = PlaceContext(anchors=(("Pokrova", 48.9, 37.8),))
    r = resolve_place(mention("Dolmar", "town"), context=near, gazetteer=gaz, weights=W)
    assert r is not None and r.geonameid == 1 and "the town that names Dolmar" in r.reason


def test_resolve_a_lone_mention_is_not_its_own_context() -> None:
    # "Inatu" is only an alternate name of a hamlet abroad: with no other place or clue in
    # the report, its own vote must not make it "the report's country"
    rows = [PlaceRow(id=921, name="Inadu", country="Japan", country_code="JP", lat=36.0,
                     lon=140.0, population=10, alt_names=("Inatu",))]
    g = Gazetteer.from_rows(rows)
    found = resolve_places([mention("Inatu")], gazetteer=g, weights=W)
    assert found[0][1] is None
    # another place of the report in that country is context
    other = PlaceMention(20, 26, "Kessa", "Kessa", kind="GPE", reason="cue=none; test")
    rows.append(PlaceRow(id=922, name="Kessa", country="Japan", country_code="JP", lat=36.1,
                         lon=140.1, population=50000))
    g = Gazetteer.from_rows(rows)
    found = resolve_places([mention("Inatu"), other], gazetteer=g, weights=W)
    assert found[0][1] is not None and "same country as the report" in found[0][1].reason


def test_resolve_a_cue_no_candidate_fits_costs_nothing() -> None:
    rows = [PlaceRow(id=931, name="Vartok", country="Turkey", country_code="TR", lat=39.0,
                     lon=41.0, population=14000, admin1="Mus"),
            PlaceRow(id=-931, name="Nyandaro", country="Kenya", country_code="KE", lat=-0.3,
                     lon=36.4, population=600000, feature_class="A", feature_code="ADM1",
                     admin1="Nyandaro"),
            PlaceRow(id=-932, name="Jhenaru", country="Bangladesh", country_code="BD",
                     lat=23.5, lon=89.2, feature_class="A", feature_code="ADM2",
                     admin1="Khulna", admin2="Jhenaru")]
    g = Gazetteer.from_rows(rows)
    # "Vartok district": the gazetteer knows only the town that names it
    r = resolve_place(mention("Vartok", "admin"), context=PlaceContext(), gazetteer=g, weights=W)
    assert r is not None and r.geonameid == 931
    # "Nyandaro town": only the county of that name
    r = resolve_place(mention("Nyandaro", "town"), context=PlaceContext(), gazetteer=g,
                      weights=W)
    assert r is not None and r.feature_code == "ADM1"
    # a district named alone, and no town or state bears its name
    r = resolve_place(mention("Jhenaru"), context=PlaceContext(), gazetteer=g, weights=W)
    assert r is not None and r.admin2 == "Jhenaru"


def test_resolve_a_name_spelled_as_written_beats_one_keyed_alike() -> None:
    # "Saabo" and "Sabbo" share a key; the large region spelled otherwise loses to the town
    rows = [PlaceRow(id=941, name="Saabo", country="Burkina Faso", country_code="BF",
                     lat=12.4, lon=-1.4, population=130000, admin1="Centre"),
            PlaceRow(id=-941, name="Sabbo", country="Malaysia", country_code="MY", lat=5.3,
                     lon=117.0, population=2000000, feature_class="A", feature_code="ADM1",
                     admin1="Sabbo"),
            PlaceRow(id=942, name="Gerre", country="France", country_code="FR", lat=48.9,
                     lon=2.3, population=75000),
            PlaceRow(id=943, name="Mandro", country="Kenya", country_code="KE", lat=3.9,
                     lon=41.8, population=80000)]
    g = Gazetteer.from_rows(rows)
    r = resolve_place(mention("Saabo"), context=PlaceContext(), gazetteer=g, weights=W)
    assert r is not None and r.geonameid == 941
    # "Gerrre" is no spelling of the French town, which lies outside the report's Kenya
    found = dict((m.name, r) for m, r in resolve_places(
        [mention("Gerrre"), PlaceMention(20, 26, "Mandro", "Mandro", kind="GPE",
                                         reason="cue=none; test")], gazetteer=g, weights=W))
    assert found["Gerrre"] is None and found["Mandro"] is not None


def test_resolve_a_village_that_shares_a_citys_name_needs_a_parent() -> None:
    rows = [
        PlaceRow(id=1, name="Kostrovo", country="Testland", country_code="TL", lat=46.9,
                 lon=32.0, population=300000, admin1="North", alt_names=("Kostrov",)),
        PlaceRow(id=2, name="Kostrovka", country="Testland", country_code="TL", lat=48.9,
                 lon=37.8, population=9000, admin1="Donska", alt_names=("Kostrov",)),
    ]
    gaz = Gazetteer.from_rows(rows)
    # the village lies near another town of the report; the town of 300,000 still wins
    near = PlaceContext(anchors=(("Pokrova", 48.95, 37.85),))
    r = resolve_place(mention("Kostrov"), context=near, gazetteer=gaz, weights=W)
    assert r is not None and r.geonameid == 1
    # unless the text says where: "Kostrov, Donska"
    rows[1] = PlaceRow(id=2, name="Kostrov", country="Testland", country_code="TL", lat=48.9,
                       lon=37.8, population=9000, admin1="Donska")
    gaz = Gazetteer.from_rows(rows)
    stated = PlaceMention(0, 7, "Kostrov", "Kostrov", reason="cue=none; parent=Donska; test")
    r = resolve_place(stated, context=near, gazetteer=gaz, weights=W)
    assert r is not None and r.geonameid == 2


def test_resolve_a_name_is_not_near_its_own_other_spelling() -> None:
    rows = [
        PlaceRow(id=1, name="Zarivska", country="Testland", country_code="TL", lat=47.85,
                 lon=35.1, population=700000, alt_names=("Zarivskia",)),
        PlaceRow(id=2, name="Zarivskia", country="Testland", country_code="TL", lat=46.96,
                 lon=35.04, population=650),
    ]
    gaz = Gazetteer.from_rows(rows)
    # the first reading put the name on the city: the hamlet is not "near" it for that
    seen = PlaceContext(anchors=(("Zarivska", 47.85, 35.1),))
    r = resolve_place(mention("Zarivskia"), context=seen, gazetteer=gaz, weights=W)
    assert r is not None and r.geonameid == 1


def _parent_rows() -> list[PlaceRow]:
    def town(i: int, name: str, admin1: str, lat: float, pop: int = 5000) -> PlaceRow:
        return PlaceRow(id=i, name=name, country="Testland", country_code="TL", lat=lat,
                        lon=30.0, population=pop, admin1=admin1)

    return [
        town(1, "Al-Hamidiyah", "Homsa", 34.7),  # a namesake far from the area the text names
        town(2, "Kuneitra", "Kuneitra", 33.1, 40000),
        PlaceRow(id=-1, name="Kuneitra", country="Testland", country_code="TL", lat=33.2,
                 lon=30.0, population=60000, feature_class="A", feature_code="ADM1",
                 admin1="Kuneitra"),
        PlaceRow(id=-2, name="Homsa", country="Testland", country_code="TL", lat=34.7,
                 lon=30.0, population=900000, feature_class="A", feature_code="ADM1",
                 admin1="Homsa"),
        town(3, "Kyaukta", "Yangona", 16.6, 20000),  # a namesake of the village
        town(4, "Minbo", "Rakhina", 20.4),
        # a district of one division that shares its name with a town of another
        PlaceRow(id=-3, name="Bijapura", country="Testland", country_code="TL", lat=16.8,
                 lon=30.0, population=300000, feature_class="A", feature_code="ADM2",
                 admin1="Karnata", admin2="Bijapura"),
        town(5, "Bijapura", "Chhatta", 18.8),
        town(6, "Tarrem", "Chhatta", 18.5, 600),
    ]


def test_resolve_a_namesake_outside_the_area_the_text_names_is_none() -> None:
    gaz = Gazetteer.from_rows(_parent_rows())
    text = ("Troops set up an outpost near the village of al-Hamidiyah in Kuneitra province. "
            "Fighting broke out near Kyaukta village in Minbo Township.")
    got = {name: country for name, country, _ in resolve(text, gaz)}
    assert got.get("al-Hamidiyah") is None  # no al-Hamidiyah lies in Kuneitra
    assert got.get("Kyaukta") is None  # nor a Kyaukta in Minbo's division
    assert got["Kuneitra"] == "Testland" and got["Minbo"] == "Testland"


def test_resolve_an_ambiguous_parent_names_only_the_country() -> None:
    gaz = Gazetteer.from_rows(_parent_rows())
    found = find_places("An IED exploded near Tarrem in Bijapura district.", gazetteer=gaz)
    tarrem = next(m for m in found if m.name == "Tarrem")
    assert tarrem.country == "Testland" and "parent=" not in tarrem.reason
    got = {name: gid for name, _, gid in resolve("An IED exploded near Tarrem in Bijapura "
                                                 "district.", gaz)}
    assert got["Tarrem"] == 6


def test_resolve_a_list_of_areas_is_no_place_and_its_parent() -> None:
    def area(i: int, name: str) -> PlaceRow:
        return PlaceRow(id=-i, name=name, country="Testland", country_code="TL", lat=30.0 + i,
                        lon=30.0, population=900000, feature_class="A", feature_code="ADM1",
                        admin1=name)
    gaz = Gazetteer.from_rows([area(1, "Delora"), area(2, "Tenessa"), area(3, "Arkana")])
    got = {name: country for name, country, _ in resolve(
        "Cases were reported in Delora, Tenessa, Arkana and two other states.", gaz)}
    assert got == {"Delora": "Testland", "Tenessa": "Testland", "Arkana": "Testland"}, got
