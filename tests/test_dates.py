"""Date mentions and datelines, on invented sentences (codebook, "Dates")."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from warcount.mentions.dates import day_told_before, find_dateline, find_dates
from warcount.records import DateMention

SUNDAY = dt.date(2017, 10, 29)  # a Sunday report
DEV = Path("/work/shared/data/dev/acled_dev.jsonl")


def one(text: str, published: dt.date | None = SUNDAY) -> DateMention:
    found = find_dates(text, published=published)
    assert len(found) == 1, found
    return found[0]


def event_day(text: str, published: dt.date | None = SUNDAY) -> dt.date | None:
    return next((m.date for m in find_dates(text, published=published) if not m.background), None)


# -- weekdays and relative words -----------------------------------------------------------


def test_dates_saturday_in_a_sunday_report_is_the_day_before() -> None:
    m = one("The fighting that began on Saturday killed 12 militiamen.")
    assert m.date == dt.date(2017, 10, 28)
    assert (m.precision, m.background) == (1, False)
    assert "Saturday" in m.reason and "Sun 29 Oct 2017" in m.reason


def test_dates_publication_weekday_is_the_publication_day() -> None:
    assert one("A spokesman said on Sunday that the road was open.").date == SUNDAY


def test_dates_weekday_forms() -> None:
    assert one("Gunmen struck late on Friday near the market.").date == dt.date(2017, 10, 27)
    assert one("The convoy was hit on Thursday night.").date == dt.date(2017, 10, 26)
    assert one("Rebels attacked the post last Sunday.").date == dt.date(2017, 10, 22)
    assert one("Shelling continued overnight into Saturday.").date == dt.date(2017, 10, 27)


def test_dates_evidence_offsets_are_shifted() -> None:
    text = "Police said on Monday that two men were held."
    m = find_dates(text, offset=100, published=SUNDAY)[0]
    assert (m.start, m.end) == (100 + text.index("on Monday"), 100 + text.index(" that"))
    assert m.text == "on Monday"


def test_dates_yesterday_today_and_nights() -> None:
    assert one("The bridge was blown up yesterday.").date == dt.date(2017, 10, 28)
    assert one("Two shells fell on the camp last night.").date == dt.date(2017, 10, 28)
    assert one("Residents fled the town this morning.").date == SUNDAY
    assert one("A curfew starts tonight, officials said.").date == SUNDAY
    assert one("A drone was shot down overnight.").date == dt.date(2017, 10, 28)
    assert one("Six fighters died three days ago.").date == dt.date(2017, 10, 26)


def test_dates_overnight_defers_to_a_named_day() -> None:
    found = find_dates("Overnight on Friday, gunmen raided a village.", published=SUNDAY)
    assert [m.date for m in found] == [dt.date(2017, 10, 27)]
    found = find_dates(
        "Overnight between 20 and 21 October 2017, a post was hit.", published=SUNDAY
    )
    assert [m.date for m in found] == [dt.date(2017, 10, 20)]
    # a month named before the day dates the night too: one date, not "overnight" beside it
    found = find_dates("A drone attack overnight on October 28 set fire to a depot.",
                       published=SUNDAY)
    assert [m.date for m in found] == [dt.date(2017, 10, 28)]
    # the clause's weekday, a few words on, dates the night too
    found = find_dates("Police arrested 43 youths in overnight raids in Kulgam district on "
                       "Friday, officials said.", published=SUNDAY)
    assert [m.date for m in found] == [dt.date(2017, 10, 27)]


def test_dates_round_up_periods_take_the_latest_day() -> None:
    m = one("At least 40 people were killed in the last 24 hours.")
    assert (m.date, m.precision, m.background) == (SUNDAY, 1, False)
    m = one("Clashes over the weekend left nine dead.", published=dt.date(2017, 10, 31))
    assert (m.date, m.precision) == (SUNDAY, 2)
    m = one("Fighting this week displaced hundreds.", published=dt.date(2017, 11, 1))
    assert (m.date, m.precision, m.background) == (dt.date(2017, 11, 1), 2, False)


def test_dates_context_periods_are_background() -> None:
    for text in ("The militia took the hill last week.", "Talks failed earlier this month.",
                 "Turnout fell last month.", "Prices rose last year."):  # fmt: skip
        assert one(text).background, text


def test_dates_announcement_day_is_precision_two() -> None:
    m = one("The army said on Friday that it had retaken the town.")
    assert (m.date, m.precision) == (dt.date(2017, 10, 27), 2)
    assert "announced" in m.reason
    assert one("The raid took place on Friday.").precision == 1


def test_dates_day_of_month_alone() -> None:
    found = find_dates("Police fired on Monday 23rd and again on the 24th.", published=SUNDAY)
    assert [m.date for m in found] == [dt.date(2017, 10, 23), dt.date(2017, 10, 24)]
    assert find_dates("They marked the 25th anniversary.", published=SUNDAY) == []


def test_dates_weekday_with_explicit_date_is_one_mention() -> None:
    m = one("On Thursday, 26 October 2017, gunmen attacked.")
    assert m.text == "On Thursday, 26 October 2017" and m.date == dt.date(2017, 10, 26)
    assert "check" in one("Fighting began Friday [26 October].").reason  # 26 Oct was a Thursday


def test_dates_names_are_not_days() -> None:
    assert find_dates("The Sunday Times recalled Bloody Sunday.", published=SUNDAY) == []


# -- explicit dates ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On October 25, militants burned a school.", dt.date(2017, 10, 25)),
        ("On 25 October 2017, militants burned a school.", dt.date(2017, 10, 25)),
        ("On October 25th, 2017, militants burned a school.", dt.date(2017, 10, 25)),
        ("An attack on 2017-10-25 killed four.", dt.date(2017, 10, 25)),
        ("A mine exploded on 25/10 near the well.", dt.date(2017, 10, 25)),
        ("A mine exploded in the morning of 25/10/2017.", dt.date(2017, 10, 25)),
        ("A mine exploded on 10/25/2017.", dt.date(2017, 10, 25)),
        ("Fighting began Wednesday [25 October] in the hills.", dt.date(2017, 10, 25)),
        ("On Oct 25th a raid took place.", dt.date(2017, 10, 25)),
        ("Troops swept the area between October 25-27.", dt.date(2017, 10, 25)),
        ("Troops swept the area from 25 to 27 October.", dt.date(2017, 10, 25)),
        ("Gunmen struck on the night of 25 to 26 October.", dt.date(2017, 10, 25)),
        ("On the 25th of October, a convoy was ambushed.", dt.date(2017, 10, 25)),
    ],
)
def test_dates_explicit_forms(text: str, expected: dt.date) -> None:
    assert event_day(text) == expected


def test_dates_numeric_dates_prefer_day_first() -> None:
    assert one("Shots were heard on 03/10 at dawn.").date == dt.date(2017, 10, 3)


def test_dates_yearless_date_takes_the_most_recent_year() -> None:
    m = one("On December 30, a bomb went off.", published=dt.date(2018, 1, 2))
    assert m.date == dt.date(2017, 12, 30) and not m.background


def test_dates_yearless_date_allows_a_stale_publication_date() -> None:
    m = one("On October 31, a bomb went off.")  # two days after the given publication day
    assert m.date == dt.date(2017, 10, 31) and m.background  # after publication: not an event


def test_dates_older_incidents_are_background_but_keep_their_date() -> None:
    m = one("On 3 October 2017, a similar attack killed five.")
    assert (m.date, m.background) == (dt.date(2017, 10, 3), True)
    assert "background" in m.reason


def test_dates_future_dates_are_plans() -> None:
    assert one("Elections are due on 12 November 2017.").background
    assert one("Talks resume next Friday.").background


def test_dates_months_and_years_are_context() -> None:
    m = one("In early September, the army broke the siege.")
    assert (m.date, m.precision, m.background) == (dt.date(2017, 9, 1), 3, True)
    assert one("The war has raged since 2015.").background
    assert one("The party, in power since 1963, denied it.").background
    assert one("The rebels were formed in March 2015.").background
    assert one("The feud dates back to the 1990s war.").background


def test_dates_month_of_publication_is_not_background() -> None:
    m = one("Fighting in late October killed dozens.")
    assert (m.date, m.precision, m.background) == (SUNDAY, 3, False)


def test_dates_month_then_count_is_a_month() -> None:
    assert one("In March 13 soldiers deserted.").precision == 3


@pytest.mark.parametrize(
    "text",
    ["The attack began at 5 pm.", "24 people died.", "A 24-year-old was shot.",
     "Turnout was 10-12 percent.", "May God protect us.", "They march on 3 roads."],
)  # fmt: skip
def test_dates_time_and_numbers_are_not_dates(text: str) -> None:
    assert event_day(text) is None


# -- no publication date -------------------------------------------------------------------


def test_dates_without_publication_only_full_dates_resolve() -> None:
    text = "On 5 April 2018 and again on Saturday and on April 9, gunmen attacked."
    found = find_dates(text, published=None)
    assert [(m.date, m.background) for m in found] == [(dt.date(2018, 4, 5), False)]
    assert find_dates("Two men were shot yesterday.", published=None) == []


def test_dates_fast_path_without_dates() -> None:
    assert find_dates("Rebels shelled the town, killing four people.", published=SUNDAY) == []


# -- datelines -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "head",
    [
        "Clashes kill 73 in the east\n2 min read\n29 October, 2017\nFighting raged...",
        "Clashes kill 73\n\nOctober 29, 2017\n\nFighting raged on Saturday.",
        "Clashes kill 73\nSun 29 Oct 2017 14.03 GMT\nFighting raged.",
        "2017-10-29 05:54:05\nClashes kill 73",
        "Clashes kill 73\nPublished: 29 Oct 2017 | Updated 11:20\nFighting raged.",
        "Clashes kill 73\nBy Jane Doe\nMon., Oct. 29, 2017\nFighting raged.",
    ],
)
def test_dates_dateline_forms(head: str) -> None:
    assert find_dateline(head) == SUNDAY


def test_dates_wire_dateline_needs_a_year() -> None:
    head = "Clashes kill 73\n\nVALLETTA, Oct 29 (Reuters) - Fighting raged on Saturday."
    assert find_dateline(head) is None
    assert find_dateline(head, year_hint=2017) == SUNDAY
    assert find_dateline("PORT TOWN, Ruritania, Oct. 29 (Wire) -- Nine died.", year_hint=2017)


def test_dates_dateline_ignores_dates_in_sentences() -> None:
    head = "Clashes kill 73\nFILE: This picture taken on 24 October 2018 shows smoke.\nText."
    assert find_dateline(head) is None
    assert find_dateline("Army retakes town\nA convoy was hit on Monday, May 20, 2013.") is None


def test_dates_dateline_reads_only_the_head() -> None:
    assert find_dateline("x" * 700 + "\n29 October 2017\n") is None


# -- measured on third-party dev data (skips when absent) ----------------------------------


@pytest.mark.shared
def test_dates_first_event_date_matches_acled_gold() -> None:
    if not DEV.exists():
        pytest.skip("dev data absent")
    rows = [json.loads(line) for line in DEV.read_text().splitlines() if line.strip()]
    hits = found = 0
    for row in rows:
        gold = dt.date.fromisoformat(row["gold"]["event_date"])
        day = event_day(row["text"], published=gold)
        found += day is not None
        hits += day == gold
    assert hits / len(rows) > 0.5
    assert hits / found > 0.93


def test_dates_wire_dateline_without_year_is_the_filing_day() -> None:
    from warcount.mentions.datelines import dated_line_spans
    text = ("KABOR, April 28 (Wire) - Militants attacked a base on Monday.\n"
            "In Kabor, April 28 was quiet - no year here.")
    spans = [text[a:b] for a, b in dated_line_spans(text)]
    assert spans == ["KABOR, April 28 (Wire) -"]


def test_dates_wire_dateline_with_a_country_is_the_filing_day() -> None:
    from warcount.mentions.datelines import dated_line_spans
    text = "BENGHAZI, Libya, Nov. 25 (UPI) -- Nine people died after fighting broke out."
    assert [text[a:b] for a, b in dated_line_spans(text)] == ["BENGHAZI, Libya, Nov. 25 (UPI) -"]


def test_dates_a_day_counted_from_the_day_told_before() -> None:
    anchor = DateMention(0, 17, "14 November 2022", dt.date(2022, 11, 14))
    cases = {"At about 06:30 on the same day, rebels opened fire.": dt.date(2022, 11, 14),
             "The next day, gunmen attacked the village.": dt.date(2022, 11, 15),
             "Two days later, the army retook the town.": dt.date(2022, 11, 16),
             "Later that day, police arrested two men.": dt.date(2022, 11, 14),
             "Later the same day police came.": dt.date(2022, 11, 14),
             "A few hours later, police detained two men.": dt.date(2022, 11, 14),
             "That night, soldiers raided homes.": dt.date(2022, 11, 14)}
    for text, day in cases.items():
        got = day_told_before(text, offset=100, anchor=anchor)
        assert got is not None and got.date == day, text
        assert text[got.start - 100:got.end - 100] == got.text
    assert day_told_before("Police detained four men, who were released the next day.",
                           offset=0, anchor=anchor, last_told=7) is None


def test_dates_a_day_before_the_day_told() -> None:
    anchor = DateMention(0, 17, "14 November 2022", dt.date(2022, 11, 14))
    cases = {"The blast came a day after fighting erupted near the river.": 13,
             "A day earlier, gunmen had raided a farm.": 13,
             "The previous night, rebels shelled the camp.": 13,
             "Police arrested two suspects a day after the attack.": 15}
    for text, day in cases.items():
        got = day_told_before(text, offset=0, anchor=anchor)
        assert got is not None and got.date == dt.date(2022, 11, day), text


def test_dates_the_night_of_two_days_is_its_first() -> None:
    got = find_dates("Earlier, on the night of 12/13 March 2025, troops saw the infiltrators.",
                     offset=0, published=dt.date(2025, 3, 14))
    assert [(d.text, d.date, d.precision) for d in got] == [
        ("12/13 March 2025", dt.date(2025, 3, 12), 1)]


def test_dates_overnight_counts_from_the_day_it_was_told() -> None:
    text = "The air force said on Sunday that Russia launched 20 drones overnight."
    got = find_dates(text, offset=0, published=dt.date(2025, 4, 14))
    assert [(d.text, d.date) for d in got] == [("on Sunday", dt.date(2025, 4, 13)),
                                               ("overnight", dt.date(2025, 4, 12))]


def test_dates_overnight_before_the_day_told_after_it() -> None:
    text = ("At least 13 people were killed in overnight fighting in the capital, emergency "
            "services said Friday.")
    found = find_dates(text, published=dt.date(2022, 7, 23))
    night = next(d for d in found if d.text == "overnight")
    assert night.date == dt.date(2022, 7, 21), found


@pytest.mark.parametrize("text", [
    "On Monday, 3 March 2024, MONDAY's raid; 1990s; the 21st; 12/13 May; \u0663/\u0664 and "
    "\u0968\u0966\u0967\u0969",
    "Yesterday, TONIGHT, overnight, this week, months ago, a year: Ago, AGO, sago.",
    "No date here at all, only words and 7 people.",
    "",
])
def test_dates_trigger_lookahead_finds_what_the_plain_pattern_finds(text: str) -> None:
    import re

    from warcount.mentions import date_rules

    plain = re.compile(date_rules._TRIGGER)
    assert [m.span() for m in date_rules.trigger_pattern().finditer(text)] == [
        m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize("line", [
    "NAIROBI, Oct 29 (Reuters) - Police said", "Sun 29 Oct 2017 14.03 GMT", "2017-10-29",
    "on the 5th of April 2018, 30/12/2013 and \u0663/\u0664/2019", "Published: Monday, 3 May 2021",
    "no date, 7 people",
])
def test_dates_dateline_lookahead_finds_what_the_plain_pattern_finds(line: str) -> None:
    import re

    from warcount.mentions import date_rules

    guarded = date_rules._dateline_patterns()[0]
    plain = re.compile("|".join(date_rules._EXPLICIT[1:5]))
    assert [m.span() for m in guarded.finditer(line)] == [m.span() for m in plain.finditer(line)]
