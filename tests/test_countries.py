"""Country lexicon and finder, on invented sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from warcount.mentions.countries import find_countries, load_countries


@pytest.fixture(scope="module")
def lexicon():  # type: ignore[no-untyped-def]
    return load_countries()


def test_countries_acled_spellings(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert lexicon.canonical("DRC") == "Democratic Republic of Congo"
    assert lexicon.canonical("Cote d'Ivoire") == "Ivory Coast"
    assert lexicon.canonical("Burma") == "Myanmar"
    assert lexicon.canonical("U.S.") == "United States"
    assert lexicon.canonical("Britain") == "United Kingdom"
    assert lexicon.canonical("SYR") == "Syria"
    assert lexicon.canonical("Atlantis") is None


def test_countries_demonyms_distinguish_niger_and_nigeria(lexicon) -> None:  # type: ignore[no-untyped-def]
    found = find_countries("Nigerien and Nigerian officers met Burkinabe envoys.", lexicon=lexicon)
    assert [(m.text, m.country, m.kind) for m in found] == [
        ("Nigerien", "Niger", "demonym"), ("Nigerian", "Nigeria", "demonym"),
        ("Burkinabe", "Burkina Faso", "demonym")]


def test_countries_offsets_and_word_boundaries(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = "Ex-Syrians aside, talks in DR Congo went on; us and USA."
    found = find_countries(text, offset=100, lexicon=lexicon)
    assert [(m.text, m.country) for m in found] == [
        ("DR Congo", "Democratic Republic of Congo"), ("USA", "United States")]
    assert found[0].start == 100 + text.index("DR Congo")


def test_countries_shared_demonym_prefers_report_country(lexicon) -> None:  # type: ignore[no-untyped-def]
    assert lexicon.of_demonym("Congolese") == "Democratic Republic of Congo"
    assert lexicon.of_demonym("Congolese", prefer="Republic of Congo") == "Republic of Congo"


def test_countries_schema_check_rejects_bad_entry(tmp_path: Path) -> None:
    bad = tmp_path / "c.yaml"
    bad.write_text("countries:\n  - name: Freedonia\n    demonyms: Freedonian\n")
    with pytest.raises(ValueError, match="list of non-empty strings"):
        load_countries(bad)


def test_countries_a_continents_american_is_not_the_united_states(lexicon) -> None:  # type: ignore[no-untyped-def]
    text = ("Students of the Central American University and the Inter-American Commission met "
            "Latin American envoys; American and South African diplomats came too.")
    assert [(m.text, m.country) for m in find_countries(text, lexicon=lexicon)] == [
        ("American", "United States"), ("South African", "South Africa")]
