"""The gazetteer service: keys, look-ups, the build from PyPI data, and GeoNames import."""

from __future__ import annotations

import math
import time
from pathlib import Path

import pytest

from warcount.geo.gazetteer import Gazetteer, PlaceRow
from warcount.geo.geonames_import import import_geonames
from warcount.geo.iso_admin import IsoDivision
from warcount.geo.names import name_key, skeleton_key

FIXTURES = Path(__file__).parent / "fixtures" / "geo"


def tiny_rows() -> list[PlaceRow]:
    rows = []
    for line in (FIXTURES / "tiny_gazetteer.tsv").read_text("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        f = line.split("\t")
        rows.append(PlaceRow(
            id=int(f[0]), name=f[1], country=f[2], country_code=f[3], lat=float(f[4]),
            lon=float(f[5]), population=int(f[6]), feature_class=f[7], feature_code=f[8],
            admin1=f[9], admin2=f[10], alt_names=tuple(a for a in f[11].split(";") if a)))
    return rows


@pytest.fixture(scope="module")
def tiny() -> Gazetteer:
    return Gazetteer.from_rows(tiny_rows())


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((p2 - p1) / 2) ** 2
         + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 12742.0 * math.asin(math.sqrt(a))


def test_names_key_folds_transliterations() -> None:
    variants = ["Deir az-Zour", "Deir ez-Zor", "Dayr az Zawr", "Deir Ezzor"]
    assert len({skeleton_key(v) for v in variants}) == 1
    assert name_key("Deir az-Zour") == name_key("Deir al-Zour")
    assert name_key("Hodeida") == name_key("Hodeidah")
    assert name_key("Ar-Raqqah") == name_key("Raqqa")
    assert name_key("Zawiyah") == name_key("az-Zawiya") == name_key("Zawieh")
    assert name_key("Idlib") != name_key("Homs")
    assert name_key("St. Petersburg") == name_key("Saint-Petersburg") == name_key("St.-Petersburg")


def test_gazetteer_lookup_matches_alternate_spellings(tiny: Gazetteer) -> None:
    for spelling in ("Warosh", "Al-Varosh", "al Varosh"):
        cands = tiny.lookup(spelling)
        assert any(c.geonameid == 701 for c in cands), spelling
    main = tiny.lookup("Varosh")
    assert main[0].population >= main[-1].population
    assert {c.match for c in main} == {"main"}


def test_gazetteer_lookup_scoped_to_country(tiny: Gazetteer) -> None:
    assert [c.geonameid for c in tiny.lookup("Qasr Tamim", country="Kenya")] == [704]
    assert [c.geonameid for c in tiny.lookup("Qasr Tamim", country="KE")] == [704]
    assert tiny.lookup("Qasr Tamim", country="Atlantis") == []


def test_gazetteer_lookup_falls_back_to_consonant_skeleton(tiny: Gazetteer) -> None:
    cands = tiny.lookup("Dair Nahar")
    assert cands and cands[0].geonameid == 705 and cands[0].match == "skeleton"
    assert tiny.lookup("Nowhereville") == []


def test_gazetteer_info_counts_places(tiny: Gazetteer) -> None:
    info = tiny.info()
    assert info["places"] == len(tiny_rows())
    assert info["countries"] == 5


def test_gazetteer_import_reads_geonames_dump_format(tmp_path: Path) -> None:
    db = tmp_path / "g.sqlite"
    paths = [FIXTURES / n for n in ("XX.zip", "alternateNamesV2.zip", "admin1CodesASCII.txt",
                                    "admin2Codes.txt")]
    summary = import_geonames(paths, db=db, base=False)
    assert summary["places"] == 5 and summary["admin_codes"] == 5
    assert summary["alternate_names"] == 2  # link rows and unknown ids are skipped
    gaz = Gazetteer.open(db, build=False)
    town = gaz.lookup("Tell Zouhaira")[0]
    assert (town.geonameid, town.admin1, town.admin2) == (9900001, "Deir ez-Zor", "Al Mayadin")
    assert gaz.lookup("Mersad Village")[0].geonameid == 9900002
    assert gaz.lookup("Kourouma")[0].admin1 == "Sahel"
    assert gaz.lookup("Orphan Name") == []


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Gazetteer:
    """The gazetteer built from the PyPI packages once per test session."""
    path = tmp_path_factory.getbasetemp() / "geo-build" / "gazetteer.sqlite"
    stages: list[str] = []
    gaz = Gazetteer.open(path, progress=lambda stage, frac: stages.append(stage))
    return gaz


def test_gazetteer_build_from_packages_places_founding_town(built: Gazetteer) -> None:
    info = built.info()
    assert info["places"] > 200_000 and info["countries"] > 200
    town = built.lookup("Deir az-Zour")
    top = [c for c in town if c.feature_class == "P"][0]
    assert top.country == "Syria" and top.admin1 == "Deir ez-Zor"
    assert km(top.lat, top.lon, 35.336, 40.141) < 5
    syria = built.lookup("Syria")[0]
    assert syria.is_country and abs(syria.lat - 35) < 3  # the country's centre, not Damascus


def test_gazetteer_build_lookups_are_fast(built: Gazetteer) -> None:
    names = [f"Town{i}" for i in range(2000)] + ["Aleppo", "Mosul", "Kabul", "Goma"] * 500
    built._cache.clear()
    t0 = time.perf_counter()
    for name in names:
        built.lookup(name)
    rate = len(names) / (time.perf_counter() - t0)
    assert rate >= 5000


def test_gazetteer_build_reads_regions_and_chinese_division_names() -> None:
    from warcount.geo.build import _regions, clean_admin_name

    assert clean_admin_name("Anhui Sheng") == "Anhui"
    assert clean_admin_name("Xinjiang Uygur Zizhiqu") == "Xinjiang"
    rows = {r.name: r for r in _regions()}
    darfur = rows["Darfur"]
    assert (darfur.country, darfur.feature_class, darfur.feature_code) == ("Sudan", "L", "RGN")
    assert rows["Black Sea"].country == "" and rows["Black Sea"].feature_class == "H"
    assert all(r.id <= -1_000_000 for r in rows.values())


def _division(code: str, name: str, parent: str = "") -> IsoDivision:

    return IsoDivision(code=code, name=name, raw=f"{name} Region", parent=parent,
                       root=parent or code)


def test_gazetteer_iso_tree_moves_town_to_newer_division() -> None:
    from warcount.geo.iso_admin import IsoAdmin

    tree = IsoAdmin("XX", [
        _division("XX-A", "Northland"), _division("XX-B", "Riverland"),
        _division("XX-C", "Lakeland"),  # split off Riverland; the old table lacks it
        _division("XX-PI", "Pine", "XX-A"), _division("XX-OA", "Oak", "XX-B"),
        _division("XX-RE", "Reed", "XX-C")])
    tree.align([("Northland", "Pine", "Pinetown"), ("Riverland", "Oak", "Oakford"),
                ("Riverland", "Reed", "Reedville")])
    assert tree.aligned
    assert tree.admin1_of("Riverland", "Reed") == "Lakeland"
    assert tree.admin1_of("Riverland", "Oak") == "Riverland"
    assert tree.admin1_of("Riverland", "") == "Riverland"


def test_gazetteer_iso_division_keeps_the_towns_spelling() -> None:
    from warcount.geo.iso_admin import IsoAdmin

    tree = IsoAdmin("XX", [_division("XX-A", "Northlandia"), _division("XX-B", "Riverland")])
    tree.align([("Northlandi", "", "Pinetown"), ("Riverland", "", "Oakford")])
    assert tree.top_name["XX-A"] == "Northlandi"
    assert tree.alt_names() == {"Northlandi": ("Northlandia", "Northlandia Region")}


def test_gazetteer_iso_division_takes_its_own_spelling_before_a_near_one() -> None:
    from warcount.geo.iso_admin import IsoAdmin

    # "Azarbayjan-e Sharqi" is a near spelling of "Azarbayjan-e Gharbi", but that name is the
    # other division's own; East Azerbaijan must not take it from West Azerbaijan
    tree = IsoAdmin("XX", [_division("XX-01", "Azarbayjan-e Sharqi"),
                           _division("XX-02", "Azarbayjan-e Gharbi"),
                           _division("XX-03", "Northlandia")])
    tree.align([("East Azerbaijan", "", "Tabriz"), ("Azarbayjan-e Gharbi", "", "Urmia"),
                ("Northlandi", "", "Pinetown")])
    assert tree.top_name["XX-02"] == "Azarbayjan-e Gharbi"
    assert tree.top_name["XX-01"] != "Azarbayjan-e Gharbi"
    assert tree.top_name["XX-03"] == "Northlandi"  # a near spelling left free still matches


def test_gazetteer_iso_divisions_come_in_code_order() -> None:
    from warcount.geo.build import clean_admin_name
    from warcount.geo.iso_admin import iso_divisions

    # pycountry answers with a set; its order changed from one build to the next
    codes = [d.code for d in iso_divisions("IR", clean_admin_name)]
    assert codes == sorted(codes) and len(codes) >= 31


def test_gazetteer_admin_names_lose_the_wilaya_prefix() -> None:
    from warcount.geo.build import clean_admin_name

    assert clean_admin_name("Wilaya de M'Sila") == "M'Sila"
    assert clean_admin_name("Wilayat-e Baghlan") == "Baghlan"
    assert clean_admin_name("Wilayah Persekutuan Labuan") == "Wilayah Persekutuan Labuan"


def test_names_keys_of_folds_once_as_the_three_keys_would() -> None:
    from warcount.geo.names import is_latin, keys_of, spelling

    for name in ("Deir az-Zour", "Qal'ah-ye Now", "St. Petersburg", "Sóc Trăng", "Ḩamāh",
                 "Ta`izz", "Sana'a",
                 "Al Hudaydah", "الحديدة", "Mazār-e Sharīf", "Ft. Portal", "al-"):
        expected = ((name_key(name), skeleton_key(name), spelling(name))
                    if is_latin(name) else None)
        assert keys_of(name) == expected, name


def test_gazetteer_split_division_named_for_its_seat() -> None:
    from collections import Counter

    from warcount.geo.iso_admin import split_division_names

    tops = [_division("XX-A", "Riverland"), _division("XX-Q", "Lakeland")]
    groups = {("XX", "1"): Counter({"Riverland": 10}), ("XX", "2"): Counter({"Riverland": 3})}
    towns = {("XX", "2"): ["Smalltown", "Lakeland"], ("XX", "1"): ["Riverland"]}
    out = split_division_names(groups, towns, lambda cc: tops)
    assert out == {("XX", "2"): "Lakeland"}


def test_gazetteer_build_knows_current_divisions(built: Gazetteer) -> None:
    # Mymensingh Division (2015) and Soum Province are in ISO 3166-2, not in the old table
    division = [c for c in built.lookup("Mymensingh", limit=25) if c.feature_code == "ADM1"]
    assert division and division[0].country == "Bangladesh"
    town = [c for c in built.lookup("Mymensingh") if c.feature_class == "P"][0]
    assert town.admin1 == "Mymensingh"
    soum = [c for c in built.lookup("Soum", limit=25) if c.feature_code == "ADM2"]
    assert soum and soum[0].admin1 == "Sahel"
    djibo = [c for c in built.lookup("Djibo") if c.country == "Burkina Faso"][0]
    assert (djibo.admin1, djibo.admin2) == ("Sahel", "Soum")


def test_names_key_folds_the_persian_ezafe_and_its_vowels() -> None:
    assert name_key("Qala-i-Now") == name_key("Qal'ah-ye Now") == name_key("Qala i Naw")
    assert name_key("Mazar-i-Sharif") == name_key("Mazār-e Sharīf")
    assert name_key("Kabul") != name_key("Kabil")


def test_gazetteer_lookup_tells_an_exact_spelling_from_a_shared_key() -> None:
    import sqlite3

    from warcount.geo.gazetteer import GazetteerWriter

    conn = sqlite3.connect(":memory:")
    writer = GazetteerWriter(conn)
    writer.add(PlaceRow(id=1, name="Saabo", country="Kenya", country_code="KE", lat=0.0,
                        lon=37.0, population=5000))
    writer.add(PlaceRow(id=2, name="Sabah", country="Syria", country_code="SY", lat=35.0,
                        lon=38.0, population=90000, alt_names=("Sabbah",)))
    writer.add_names(2, ["Sabaa"])  # an alternate-names file: a new spelling of one key
    writer.finish({"schema": "test"})
    g = Gazetteer(conn)
    exact = {c.name: c.exact for c in g.lookup("Saabo")}
    assert exact == {"Saabo": True}
    assert {c.name: c.exact for c in g.lookup("SABAA")} == {"Sabah": True}
    assert {c.name: c.exact for c in g.lookup("Sabbah")} == {"Sabah": True}
    assert {c.name: c.exact for c in g.lookup("Sabá")} == {"Sabah": False}


def test_gazetteer_prefetch_answers_as_the_look_ups_would() -> None:
    names = ["Varosh", "Al-Varosh", "Deir Ennahr", "Hodeidah", "Hodeyra", "Nowhereville", "Police",
             "", "the", "Varosh"]
    plain = Gazetteer.from_rows(tiny_rows())
    fetched = Gazetteer.from_rows(tiny_rows())
    fetched.prefetch(names)
    queries: list[str] = []
    fetched.conn.set_trace_callback(queries.append)
    for name in names:
        for limit, loose in ((3, False), (1, False), (25, True)):
            assert fetched.lookup(name, limit=limit, loose=loose) == plain.lookup(
                name, limit=limit, loose=loose), name
    strict = [q for q in queries if "n.key" in q]
    assert not any("Nowhereville".lower() in q or "police" in q for q in strict), strict


def test_processes_started_together_share_one_build(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3
    import threading

    from warcount.geo import build
    from warcount.geo.gazetteer import SCHEMA_VERSION, GazetteerWriter

    calls: list[Path] = []

    def slow_build(path: Path, *, progress: object = None) -> dict[str, object]:
        calls.append(path)
        time.sleep(0.3)  # long enough for the other callers to arrive while it builds
        writer = GazetteerWriter(sqlite3.connect(path))
        writer.finish({"schema": SCHEMA_VERSION, "sources": "test"})
        return {}

    monkeypatch.setattr(build, "build_gazetteer", slow_build)
    path = tmp_path / "gazetteer.sqlite"
    stale = tmp_path / "gazetteer.tmp12345"  # a killed build's half-written file
    stale.write_bytes(b"half")
    callers = [threading.Thread(target=build.build_once, args=(path,)) for _ in range(3)]
    for t in callers:
        t.start()
    for t in callers:
        t.join()
    assert calls == [path] and not stale.exists()
    build.build_once(path)
    assert calls == [path]


def test_gazetteer_iso_division_named_otherwise_by_a_table() -> None:
    from warcount.geo.iso_admin import IsoAdmin
    from warcount.geo.names import name_key

    # "Shabeellaha Hoose" and "Lower Shabeelle" share no spelling: the table says they are one
    tree = IsoAdmin("XX", [_division("XX-SH", "Shabeellaha Hoose"),
                           _division("XX-RV", "Riverland")])
    tree.align([("Lower Shabeelle", "", "Marka"), ("Riverland", "", "Oakford")],
               {name_key("Shabeellaha Hoose"): "Lower Shabeelle"})
    assert tree.top_name["XX-SH"] == "Lower Shabeelle"
    assert tree.alt_names()["Lower Shabeelle"][0] == "Shabeellaha Hoose"


def test_gazetteer_iso_only_division_sits_at_its_seat_not_the_country() -> None:
    from warcount.geo.iso_admin import IsoAdmin, iso_only_areas
    from warcount.geo.names import name_key

    tree = IsoAdmin("XX", [_division("XX-A", "Northland"), _division("XX-B", "Riverland"),
                           _division("XX-C", "Lakeland"), _division("XX-D", "Hill Country"),
                           _division("XX-E", "Northland de Zaragoza")])
    tree.aligned = True
    tree.top_name = {"XX-A": "Northland", "XX-B": "Riverland"}
    areas = {("XX", "Northland", ""): [(10.0, 10.0, 100)], ("XX", "Riverland", ""): [
        (20.0, 20.0, 100)]}
    country = {"XX": [(0.0, 0.0, 1)]}
    rows = iso_only_areas({"XX": tree}, areas, country, {}, -1,
                          lambda pts: (pts[0][0], pts[0][1]), {},
                          {("XX", name_key("Lakeland")): (30.0, 30.0),
                           ("XX", name_key("Hilton")): (40.0, 40.0)},
                          {("XX", name_key("Hill Country")): "Hilton"})
    at = {r.name: (r.lat, r.lon) for r in rows}
    assert at["Lakeland"] == (30.0, 30.0)  # the town that bears its name
    assert at["Hill Country"] == (40.0, 40.0)  # the seat the table names
    assert at["Northland de Zaragoza"] == (10.0, 10.0)  # the admin1 its name extends
