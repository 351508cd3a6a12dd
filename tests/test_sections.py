"""country_sections: a round-up's country headers."""

from __future__ import annotations

from warcount.mentions.countries import load_countries
from warcount.read.sections import country_sections


def test_sections_start_at_lines_of_capitals_naming_a_country() -> None:
    text = ("WEEKLY MONITOR\n\nGEORGIA\n\nProtests went on.\n\nDR CONGO\nFighting.\n\n"
            "KENYA:\nA march.")
    starts = country_sections(text, load_countries())
    assert [text[s:text.index("\n", s)].strip() for s in starts] == ["GEORGIA", "DR CONGO",
                                                                     "KENYA:"]
