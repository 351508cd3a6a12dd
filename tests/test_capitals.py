"""capital_mentions: a capital named through its country ("Kenya's capital")."""

from __future__ import annotations

from test_gazetteer import tiny_rows

from warcount.geo.gazetteer import Gazetteer
from warcount.mentions.capitals import capital_mentions
from warcount.mentions.countries import load_countries


def test_capitals_named_through_their_country() -> None:
    gaz = Gazetteer.from_rows(tiny_rows())
    countries = load_countries()
    for text, named in [("A bomb went off in Kenya's capital on Friday.", "Kenya's capital"),
                        ("Gunmen attacked a hotel in the capital of Kenya.",
                         "the capital of Kenya"),
                        ("A blast shook the Kenyan capital.", "the Kenyan capital")]:
        got = capital_mentions(text, offset=10, countries=countries, gazetteer=gaz)
        assert [(m.name, m.country, m.text) for m in got] == [("Kessa", "Kenya", named)], text
        assert text[got[0].start - 10:got[0].end - 10] == named
    assert capital_mentions("Kenyan troops and Kenya's army", offset=0, countries=countries,
                            gazetteer=gaz) == []


def test_capitals_the_capital_alone_is_the_reports_countrys() -> None:
    from warcount.mentions.capitals import bare_capital_mentions

    gaz = Gazetteer.from_rows(tiny_rows())
    text = "In the Capital, thousands formed a human chain; in the capital city, shops shut."
    got = bare_capital_mentions(text, offset=5, country="Kenya", gazetteer=gaz)
    assert [(m.name, m.country, m.text) for m in got] == [
        ("Kessa", "Kenya", "Capital"), ("Kessa", "Kenya", "capital city")]
    assert text[got[0].start - 5:got[0].end - 5] == "Capital"
    # "the capital of Mali" names its country: capital_mentions reads it
    assert bare_capital_mentions("Troops entered the capital of Mali.", offset=0,
                                 country="Kenya", gazetteer=gaz) == []
