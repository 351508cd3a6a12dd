"""The whole pipeline on invented reports: a town described as the region's largest, a
person's past told in a relative clause, residents named by their town, a highway named by
its two ends and a district named as part of its province."""

from __future__ import annotations

from collections.abc import Callable

from warcount.records import Event

Extract = Callable[..., list[Event]]


def test_a_town_called_the_largest_in_its_region_is_no_comparison(extract: Extract) -> None:
    text = ("In Lashio, the largest town in northern Shan, soldiers and police opened fire on "
            "anti-coup protesters on Sunday morning, killing one young man.")
    [event] = extract(text, "2021-06-07")
    assert (event.sub_event_type, event.location, event.fatalities) == (
        "Excessive force against protesters", "Lashio", 1)


def test_a_victims_past_in_a_relative_clause_leaves_the_protests_day(extract: Extract) -> None:
    text = ("About 150 villagers gathered peacefully in front of the Tak Bai district office "
            "yesterday to demand an inquiry into the death of a young man, who they say was "
            "shot by rangers at a checkpoint last month.")
    events = extract(text, "2013-06-22")
    assert [(e.event_date, e.sub_event_type) for e in events] == [
        ("2013-06-21", "Peaceful protest")]


def test_residents_of_a_town_who_take_to_the_streets_protest_there(extract: Extract) -> None:
    text = ("Residents of Bannu also took to the streets on Tuesday, demanding that the "
            "government restore peace.")
    [event] = extract(text, "2023-03-22")
    assert (event.sub_event_type, event.location) == ("Peaceful protest", "Bannu")


def test_a_highways_far_end_is_not_where_it_was_blocked(extract: Extract) -> None:
    text = ("On Thursday several hundred farmers blocked the Uruapan-Lázaro Cárdenas highway "
            "at Nueva Italia for six hours, demanding the release of detainees.")
    [event] = extract(text, "2014-03-28")
    assert (event.country, event.admin1) == ("Mexico", "Michoacan")


def test_a_namesake_district_far_from_the_city_is_not_its_part(extract: Extract) -> None:
    text = "Russian missiles struck Kharkiv's Kyivskyi district on Monday, killing one man."
    [event] = extract(text, "2024-05-14")
    assert event.admin1 == "Kharkiv"



def test_also_on_a_day_opens_another_event(extract: Extract) -> None:
    text = ("BAGHDAD (AP) - A car bomb exploded in a market in Sadr City on Monday, killing nine "
            "people, police said.\n\n"
            "By evening, police said the death toll in Sadr City had risen to 11.\n\n"
            "On Sunday evening, a roadside bomb struck an army patrol in Abu Ghraib, west of "
            "Baghdad, killing two soldiers.\n\n"
            "Also Sunday, gunmen shot dead a ministry employee in the southern Dora district, "
            "police said.")
    events = extract(text, "2013-12-02")
    got = sorted((e.event_date, e.sub_event_type, e.fatalities) for e in events)
    assert got == [("2013-12-01", "Attack", 1), ("2013-12-01", "Remote explosive/landmine/IED", 2),
                   ("2013-12-02", "Remote explosive/landmine/IED", 11)]
