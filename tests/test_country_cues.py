"""Country cues: peoples, parties and offices that place a report in a country."""

from __future__ import annotations

from warcount.mentions.country_cues import build_cues, likeliest_country

CUES = build_cues({
    "Varoshi": ["Kenya", "Uganda"],
    "Tamrani": ["Kenya"],
    "PVD": ["Kenya"],
    "Party of Unity": ["Mali"],
    "kebelo": ["Ethiopia"],
})


def test_country_cues_found_with_their_countries() -> None:
    found = CUES.find("Varoshi raiders attacked Tamrani herders.", offset=10)
    assert [(c.text, c.start, c.countries) for c in found] == [
        ("Varoshi", 10, ("Kenya", "Uganda")), ("Tamrani", 35, ("Kenya",))]


def test_country_cues_acronyms_match_only_as_written() -> None:
    assert [c.text for c in CUES.find("PVD supporters marched.")] == ["PVD"]
    assert CUES.find("The pvd was closed.") == []


def test_country_cues_words_match_in_any_case_and_whole_only() -> None:
    assert [c.text for c in CUES.find("the KEBELO chairman and the Party of  Unity")] == [
        "KEBELO", "Party of  Unity"]
    assert CUES.find("kebelos and sub-kebelo") == []


def test_country_cues_likeliest_country_is_the_one_all_share() -> None:
    assert likeliest_country([("Kenya", "Uganda"), ("Kenya", "Tanzania")]) == "Kenya"
    assert likeliest_country([("Kenya",), ("Mali", "Niger")]) == "Kenya"


def test_country_cues_a_tie_gives_no_country() -> None:
    assert likeliest_country([("Kenya", "Uganda"), ("Uganda", "Kenya")]) is None
    assert likeliest_country([]) is None


def test_country_cues_the_first_of_a_few_countries_wins_a_tie() -> None:
    assert likeliest_country([("Kenya", "Uganda")]) == "Kenya"
    assert likeliest_country([("Mali", "Niger", "Chad", "Sudan")]) is None


def test_country_cues_a_groups_region_leans_to_its_home() -> None:
    assert likeliest_country([], [("Somalia", "Kenya")]) == "Somalia"
    assert likeliest_country([], [("Nigeria", "Niger", "Chad", "Cameroon")]) is None
    assert likeliest_country([("Kenya", "Uganda")], [("Somalia", "Kenya")]) == "Kenya"
