"""names_no_scene: place names that are part of something else, not where an event was."""

from __future__ import annotations

from warcount.mentions.no_scene import names_no_scene
from warcount.records import PlaceMention


def _mention(text: str, name: str) -> PlaceMention:
    start = text.index(name)
    return PlaceMention(start, start + len(name), name, name, kind="pattern")


def test_a_sahel_state_is_a_kind_of_country() -> None:
    text = "the latest assault in the troubled Sahel state"
    assert names_no_scene(text, _mention(text, "Sahel"))
    text = "Militants attacked a village in the Sahel region of Burkina Faso."
    assert not names_no_scene(text, _mention(text, "Sahel"))


def test_a_hospital_named_for_a_town_is_no_scene() -> None:
    text = "The wounded were taken to Garissa General Hospital."
    assert names_no_scene(text, _mention(text, "Garissa"))


def test_a_clocks_zone_and_an_accord_are_no_scene() -> None:
    text = "Russia said it completed the pull-out at 5 a.m. Moscow time."
    assert names_no_scene(text, _mention(text, "Moscow"))
    text = "It was a year since the Pretoria agreement ended the war."
    assert names_no_scene(text, _mention(text, "Pretoria"))
    text = "Drones struck Moscow at 5 a.m. on Sunday, the mayor said."
    assert not names_no_scene(text, _mention(text, "Moscow"))
