"""A country named as the one who struck is its armed forces; a country named as a place is not."""

from __future__ import annotations

import pytest

from warcount.mentions.countries import CountryLexicon, load_countries
from warcount.mentions.state_agents import find_state_agents


@pytest.fixture(scope="module")
def countries() -> CountryLexicon:
    return load_countries()


@pytest.mark.parametrize(("text", "expected"), [
    ("Overnight, Russia launched a wave of drones at the port.", ["Military Forces of Russia"]),
    ("Israel struck targets in the south on Monday.", ["Military Forces of Israel"]),
    ("Turkey again bombed positions in the north.", ["Military Forces of Turkey"]),
    ("Fighting in Russia killed three people.", []),
    ("Russia said it would respond.", []),
    ("Russian warplanes struck the town.", []),
    ("Russia's army attacked the village.", []),
])
def test_state_agents_subject_of_an_armed_verb(countries: CountryLexicon, text: str,
                                               expected: list[str]) -> None:
    assert [a.name for a in find_state_agents(text, countries=countries)] == expected
