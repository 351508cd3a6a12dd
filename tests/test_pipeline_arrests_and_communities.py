"""The whole pipeline on invented reports of arrests (a raid that made arrests, an arrest
whose reason was a protest, a gang known for its crimes, rioters named only as those arrested)
and of two communities that clashed."""

from __future__ import annotations

from collections.abc import Callable

from warcount.records import Event

Extract = Callable[..., list[Event]]


def test_a_raid_that_made_arrests_is_the_arrests(extract: Extract) -> None:
    text = ("On Sunday at dawn, some 300 soldiers and police officers raided 12 houses in "
            "Machala and arrested nine people whom officials named as members of Los Lobos, the "
            "gang tied to illegal mining and drug trafficking. Four pistols were seized in the "
            "operation, the interior ministry said.")
    got = [(e.sub_event_type, e.event_date) for e in extract(text, "2024-03-19")]
    assert got == [("Arrests", "2024-03-17")], got


def test_a_raid_with_a_fight_stays_a_battle(extract: Extract) -> None:
    text = ("On Sunday, soldiers raided a hideout of Los Lobos in Machala and arrested two "
            "men after a gunfight in which one gang member was killed, the army said.")
    got = [e.sub_event_type for e in extract(text, "2024-03-19")]
    assert got == ["Armed clash"], got


def test_a_protest_that_was_only_the_reason_for_an_arrest_is_no_protest(
        extract: Extract) -> None:
    text = ("On Saturday, detectives arrested a 30-year-old activist who had helped organise "
            "the sit-in outside the presidential secretariat, at his home in "
            "Maharagama, his lawyer said.")
    got = [e.sub_event_type for e in extract(text, "2022-06-26")]
    assert got == ["Arrests"], got


def test_rioters_named_only_as_those_arrested_make_no_riot(extract: Extract) -> None:
    text = ('State television said on Tuesday that soldiers had arrested 41 "rioters" in '
            "Mandalay on Monday for disturbing public order.")
    assert [e.sub_event_type for e in extract(text, "2021-03-10")] == ["Arrests"]
    text = ("Rioters torched shops in Mandalay on Monday and police arrested 41 rioters, state "
            "television said.")
    assert [e.sub_event_type for e in extract(text, "2021-03-10")] == ["Mob violence"]


def test_two_communities_that_clashed_are_both_sides(extract: Extract) -> None:
    text = ("On Monday, six people were killed in clashes between nomadic herders and farmers "
            "near Kelo, the governor said.")
    got = [(e.sub_event_type, e.actor1, e.actor2) for e in extract(text, "2022-03-22")]
    assert got == [("Armed clash", "Unidentified Communal Militia (Chad)",
                    "Unidentified Communal Militia (Chad)")], got


def test_youths_arrested_for_organising_stone_pelting_make_no_riot(extract: Extract) -> None:
    text = ("Police said they had arrested 43 youths in overnight raids in Kulgam district on "
            "Sunday, accusing them of organising stone-pelting.")
    got = [(e.sub_event_type, e.event_date) for e in extract(text, "2016-08-29")]
    assert got == [("Arrests", "2016-08-28")], got
