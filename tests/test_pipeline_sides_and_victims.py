"""The whole pipeline on invented reports: who the sides are when a report says "the two
groups", names a group only as an accusation or as a speaker's militia, or calls the enemy
"insurgents" after naming the vigilantes; and what happened to people taken and then killed."""

from __future__ import annotations

from collections.abc import Callable

from warcount.records import Event

Extract = Callable[..., list[Event]]


def test_the_two_groups_are_the_two_sides_named_before(extract: Extract) -> None:
    text = ("Since January the ELN and the FARC dissidents have been fighting for control of "
            "Arauca.\n\nOn Tuesday, fighting between the two groups in rural Arauquita left "
            "three dead, the Ombudsman's Office said.")
    [event] = extract(text, "2022-01-26")
    assert event.sub_event_type == "Armed clash"
    assert {event.actor1, event.actor2} == {"ELN: National Liberation Army", "FARC Dissidents"}


def test_a_group_named_in_an_accusation_is_no_side(extract: Extract) -> None:
    text = ("On Monday, gunmen of the ELN killed four people in a rural area of Tame, accusing "
            "them of collaborating with the dissidents, the Ombudsman's Office said.")
    [event] = extract(text, "2022-01-26")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Attack", "ELN: National Liberation Army", "Civilians (Colombia)")


def test_the_militia_a_speaker_leads_is_no_side(extract: Extract) -> None:
    text = ("Suspected Boko Haram fighters raided a farming village near Konduga on Tuesday "
            "night and killed four farmers, said Musa Kyari, a leader of the local vigilante "
            "group known as the Civilian Joint Task Force.")
    [event] = extract(text, "2017-06-08")
    assert (event.sub_event_type, event.actor2, event.fatalities) == (
        "Attack", "Civilians (Nigeria)", 4)


def test_insurgents_are_never_the_vigilantes_named_last(extract: Extract) -> None:
    text = ("A vigilante of the Civilian Joint Task Force was wounded in Maiduguri on Monday, "
            "police said.\n\nOn Wednesday, soldiers repelled an attack by insurgents on a "
            "base in Monguno, killing 15 of them, the army said.")
    battle = next(e for e in extract(text, "2017-06-08") if e.location == "Monguno")
    assert "Civilian Joint Task Force" not in f"{battle.actor1} {battle.actor2}"


def test_the_police_who_only_describe_the_gunmen_are_no_side(extract: Extract) -> None:
    text = ("On Thursday, a council worker was shot dead in front of his home in Kumba by "
            "gunmen whom police described as separatist fighters.")
    [event] = extract(text, "2018-10-12")
    assert (event.sub_event_type, event.actor2) == ("Attack", "Civilians (Cameroon)")


def test_a_government_boarding_school_is_no_government(extract: Extract) -> None:
    text = ("Gunmen stormed a government boarding school in Dandume late on Friday, killing "
            "a guard, officials said.")
    [event] = extract(text, "2020-12-15")
    assert "Government" not in " ".join(
        str(x) for x in (event.actor1, event.actor2, event.assoc_actor_1, event.assoc_actor_2))


def test_people_taken_and_then_shot_dead_are_killed(extract: Extract) -> None:
    text = ("On Monday 11 July, armed men belonging to the Grand Ravine gang seized five "
            "residents of Martissant who were trying to leave the neighbourhood along the "
            "coast road, and shot them dead.")
    [event] = extract(text, "2022-07-14")
    assert (event.event_date, event.sub_event_type, event.fatalities) == (
        "2022-07-11", "Attack", 5)


def test_people_taken_and_let_go_are_an_abduction(extract: Extract) -> None:
    text = "Gunmen abducted four farmers near Gusau on Monday and released them on Tuesday."
    [event] = extract(text, "2022-07-14")
    assert (event.sub_event_type, event.fatalities) == ("Abduction/forced disappearance", 0)


def test_the_men_belonging_to_a_named_group_are_that_group(extract: Extract) -> None:
    text = "On Monday, armed men belonging to the G9 shot dead five residents of Cite Soleil."
    [event] = extract(text, "2022-07-14")
    assert (event.actor1, event.actor2) == ("G9 an Fanmi e Alye", "Civilians (Haiti)")
    assert event.assoc_actor_1 in (None, "", [], ())


def test_a_square_named_for_an_ideal_is_no_town(extract: Extract) -> None:
    text = ("On Saturday, relatives of soldiers missing in action rallied on Independence "
            "Square, holding portraits of their sons.")
    [event] = extract(text, "2025-03-16")
    assert event.country != "United States"
    assert event.location != "Independence"


def test_growers_who_block_a_bridge_against_a_plan_protest(extract: Extract) -> None:
    text = ("Hundreds of coca growers blocked the bridge over the river at Pichari on "
            "Wednesday to reject the government's plans for forced eradication.")
    [event] = extract(text, "2013-10-09")
    assert (event.event_type, event.location) == ("Protests", "Pichari")


def test_troops_backed_by_a_militia_lead_the_capture(extract: Extract) -> None:
    text = ("Army troops backed by local clan militias known as Macawisley captured the village "
            "of Baadi Cadde from Al-Shabaab early on Tuesday after hours of fighting, "
            "officials said.")
    [event] = extract(text, "2022-09-13")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Government regains territory", "Military Forces of Somalia", "Al Shabaab")


def test_a_group_that_governs_the_town_arrests(extract: Extract) -> None:
    text = ("On Wednesday evening, the SDF, backed by helicopters of the US-led coalition, "
            "raided a neighbourhood of Hasakah city and arrested four men suspected of "
            "belonging to ISIS cells.")
    [event] = extract(text, "2022-06-10")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Arrests", "QSD: Syrian Democratic Forces", "Islamic State (Syria)")


def test_an_armed_group_that_detains_people_abducts_them(extract: Extract) -> None:
    text = "On Wednesday the Arakan Army said it had detained 12 workers in Paletwa."
    [event] = extract(text, "2022-06-10")
    assert event.sub_event_type == "Abduction/forced disappearance"
