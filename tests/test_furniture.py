"""Page furniture in scraped text: which lines are flagged, and which must never be."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from warcount.read.furniture import (
    FurnitureLexicon,
    furniture_spans,
    load_furniture_lexicon,
    parse_furniture_lexicon,
)

FIXTURES = Path(__file__).parent / "fixtures" / "read"


@pytest.fixture(scope="module")
def lexicon() -> FurnitureLexicon:
    return load_furniture_lexicon()


def flagged(text: str, lexicon: FurnitureLexicon, title: str | None = None) -> dict[str, str]:
    return {text[s:e]: why for s, e, why in furniture_spans(text, title=title, lexicon=lexicon)}


def test_furniture_scraped_page(lexicon: FurnitureLexicon) -> None:
    text = (FIXTURES / "scraped_page.txt").read_text(encoding="utf-8")
    found = flagged(text, lexicon)
    assert found == {
        "Popular Topics": "navigation or related links",
        "Militants storm police post in Redhill district": "title line",
        "3 min read": "reading time",
        "12 March, 2023": "date line",
        "Police officers guard a road near Redhill last month [Getty]": "photo caption or credit",
        "FILE PHOTO: A police vehicle on patrol in Redhill district. Picture: Example Agency":
            "photo caption or credit",
        "By Jane Doe": "byline",
        "Redhill district, Karvia [click to enlarge]": "photo caption or credit",
        "Share": "share or comment widget",
        "Related: Curfew extended in two southern towns": "navigation or related links",
        "Advertisement": "advertisement",
        "Reporting by John Roe; Editing by Ann Poe": "byline",
        "Copyright 2023 Example Daily News. All rights reserved.": "copyright",
    }


def test_furniture_both_title_lines_flagged(lexicon: FurnitureLexicon) -> None:
    text = (FIXTURES / "scraped_page.txt").read_text(encoding="utf-8")
    spans = furniture_spans(text, lexicon=lexicon)
    titles = [s for s in spans if s[2] == "title line"]
    assert len(titles) == 2
    assert all(text[s:e] == "Militants storm police post in Redhill district" for s, e, _ in titles)


def test_furniture_keeps_dateline_lead_and_paragraphs(lexicon: FurnitureLexicon) -> None:
    text = (FIXTURES / "scraped_page.txt").read_text(encoding="utf-8")
    found = flagged(text, lexicon)
    for line in text.split("\n"):
        if line.startswith(("REDHILL - ", "The attackers", "By Saturday", "Security forces")):
            assert line not in found


def test_furniture_title_given(lexicon: FurnitureLexicon) -> None:
    text = "Home World Rebels seize border post\nRebels seize border post\nRebels seized a post.\n"
    found = flagged(text, lexicon, title="Rebels seize border post")
    assert found == {
        "Home World Rebels seize border post": "title after a breadcrumb",
        "Rebels seize border post": "title line",
    }


def test_furniture_no_title_inferred_from_a_single_first_line(lexicon: FurnitureLexicon) -> None:
    text = "Rebels seize border post\nRebels seized a border post on Monday, officials said.\n"
    assert flagged(text, lexicon) == {}


@pytest.mark.parametrize(
    "line",
    [
        "5 min read",
        "Share this article",
        "Advertisement",
        "Subscribe to our newsletter for the latest news",
        "Picture: AFP",
        "Photo: Example Agency",
        "FILE: Soldiers on patrol near the border last year.",
        "Image: Example Images/Staff",
        "Smoke rises over the old town (AFP)",
        "Smoke rises over the old town [Reuters]",
        "(AFP)",
        "By JANE DOE",
        "By Jane Doe and John Roe, Example News Agency",
        "Reporting by Jane Doe; Editing by John Roe",
        "© 2022 Example Media",
        "Tuesday, 4 January 2022",
        "Jan. 4, 2022 10:30 a.m. GMT",
        "Updated 21:59",
        "#Attack #Karvia #News",
        "Reuters, Nortown",
        "Leave a Reply",
    ],
)
def test_furniture_lines_flagged(line: str, lexicon: FurnitureLexicon) -> None:
    assert lexicon.match(line) is not None, line


@pytest.mark.parametrize(
    "line",
    [
        "NORTOWN - At least 12 people were killed when gunmen attacked a market, officials said.",
        "NORTOWN (Reuters) - Rebels shelled the airport on Monday, the army said.",
        "By Monday, Government forces had retaken the town.",
        "By nightfall the fighting had stopped.",
        "Violence has displaced more than a million people in the region. (Example Agency)",
        "Violence has displaced more than a million people in the region. (AFP)",
        "The army said it would share intelligence with its neighbours.",
        "Related attacks were reported in two other provinces, the police said.",
        "Read more about the ceasefire in the statement, the spokesman told reporters.",
        "On 4 January 2022, gunmen attacked the convoy.",
        "Photographs taken by residents showed burned houses.",
        "NORTOWN",
    ],
)
def test_furniture_story_lines_never_flagged(line: str, lexicon: FurnitureLexicon) -> None:
    assert lexicon.match(line) is None, line


def test_furniture_repeated_line(lexicon: FurnitureLexicon) -> None:
    caption = "Trucks of the convoy near the border"
    text = f"Intro line here.\nOne.\nTwo.\nThree.\n{caption}\nStory text.\n{caption}\n"
    assert flagged(text, lexicon) == {caption: "repeated line"}


def test_furniture_repeated_sentence_at_top_is_not_a_title(lexicon: FurnitureLexicon) -> None:
    sentence = "Gunmen killed two guards at the gate, police said."
    text = f"{sentence}\nMore text.\n{sentence}\n"
    spans = furniture_spans(text, lexicon=lexicon)
    assert [(s, why) for s, _, why in spans] == [(text.rindex(sentence), "repeated line")]


def test_furniture_spans_point_into_text(lexicon: FurnitureLexicon) -> None:
    text = "  Share  \r\nFighting went on.\n\t2 min read\n"
    spans = furniture_spans(text, lexicon=lexicon)
    assert [(text[s:e], why) for s, e, why in spans] == [
        ("Share", "share or comment widget"), ("2 min read", "reading time")]


def test_furniture_lexicon_schema_errors(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="bad pattern"):
        parse_furniture_lexicon({"rules": [{"name": "x", "patterns": ["("]}]})
    with pytest.raises(ValueError, match="keys"):
        parse_furniture_lexicon({"rules": [{"name": "x", "patterns": ["a"], "colour": 1}]})
    with pytest.raises(ValueError, match="top-level"):
        parse_furniture_lexicon({"patterns": []})


def test_furniture_custom_lexicon_file(tmp_path: Path) -> None:
    path = tmp_path / "f.yaml"
    path.write_text(
        'macros: {w: "(?:watch|see)"}\nrules:\n  - name: video\n    patterns: ["^%w% video$"]\n'
    )
    lexicon = load_furniture_lexicon(path)
    assert lexicon.match("Watch video") == "video" and lexicon.match("Share") is None


@pytest.mark.shared
def test_furniture_dev_news_keeps_wire_leads(lexicon: FurnitureLexicon) -> None:
    path = Path("/work/shared/data/dev/news_dev.jsonl")
    if not path.exists():
        pytest.skip("shared dev data absent")
    lead = re.compile(r"^[A-Z][A-Z .'-]{2,}(?: \([A-Za-z]+\))? ?[-–—] \S")
    total = 0
    for raw in path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(raw)
        spans = furniture_spans(doc["text"], title=doc.get("title"), lexicon=lexicon)
        total += len(spans)
        for start, end, _ in spans:
            assert not lead.match(doc["text"][start:end])
    assert total > 0


def test_furniture_a_title_line_without_the_pages_label(lexicon: FurnitureLexicon) -> None:
    text = ("PRESS RELEASE\n\nSix Militants Killed, Two Soldiers Martyred in Kurram\n\n"
            "1. On 13 March, troops conducted an operation.")
    got = [(text[a:b], r) for a, b, r in furniture_spans(
        text, title="ISPR: Six militants killed, two soldiers martyred in Kurram",
        lexicon=lexicon)]
    assert ("Six Militants Killed, Two Soldiers Martyred in Kurram", "title line") in got, got


def test_furniture_a_caption_ending_on_its_wire_credit(lexicon: FurnitureLexicon) -> None:
    text = ("TAMARA, March 14 (Wire) - A bomb killed two officers on Tuesday, police said.\n\n"
            "The blast shattered windows along several blocks, witnesses said.\n\n"
            "Police inspect the site of the blast in Tamara, March 13, 2019. REUTERS/Stringer\n\n"
            "A man walks past a burnt bus in Kessa. AP Photo/Rahim Gul\n\n"
            "On Wednesday, soldiers clashed with rebels near the border, AFP/Getty reported.\n")
    flagged = [text[a:b] for a, b, why in furniture_spans(text, lexicon=lexicon)
               if why == "photo caption or credit"]
    assert flagged == [
        "Police inspect the site of the blast in Tamara, March 13, 2019. REUTERS/Stringer",
        "A man walks past a burnt bus in Kessa. AP Photo/Rahim Gul"], flagged
