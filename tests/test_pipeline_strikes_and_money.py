"""The whole pipeline on invented reports: air strikes a speaker claims for its own aircraft,
warplanes no one names, money and casualty figures that are no death toll, and a rally in
support of someone."""

from __future__ import annotations

from collections.abc import Callable

from warcount.records import Event

Extract = Callable[..., list[Event]]


def test_a_coalition_that_says_its_aircraft_struck_is_the_striker(extract: Extract) -> None:
    text = ("The coalition said on Tuesday that its aircraft had carried out 14 strikes "
            "against Houthi positions in Sirwah district, west of Marib, killing \"more than "
            "90\" Houthi fighters.")
    [event] = extract(text, "2021-10-20")
    assert (event.sub_event_type, event.actor1, event.actor2, event.fatalities) == (
        "Air/drone strike", "Military Forces of Saudi Arabia", "Houthi Movement", 90)


def test_strikes_carried_out_against_positions_are_air_strikes(extract: Extract) -> None:
    text = "On Monday the army conducted strikes against rebel positions near Kidal."
    [event] = extract(text, "2023-10-03")
    assert event.sub_event_type == "Air/drone strike"


def test_warplanes_no_one_names_are_the_states(extract: Extract) -> None:
    text = "Fighter jets bombed a camp near Zurmi on Friday, killing 12 bandits, residents said."
    [event] = extract(text, "2021-06-13")
    assert (event.sub_event_type, event.actor1) == (
        "Air/drone strike", "Military Forces of Nigeria")


def test_drones_no_one_names_stay_unidentified(extract: Extract) -> None:
    text = "Drones struck a camp near Zurmi on Friday, killing 12 bandits, residents said."
    [event] = extract(text, "2021-06-13")
    assert event.actor1 == "Unidentified Armed Group (Nigeria)"


def test_money_lost_in_a_robbery_is_no_death_toll(extract: Extract) -> None:
    text = ("Thugs attacked a shopkeeper in Mandera town on Wednesday night and he lost "
            "Sh40,000, police said.")
    assert all(e.fatalities == 0 for e in extract(text, "2016-07-08"))


def test_soldiers_lost_killed_and_wounded_are_no_death_toll(extract: Extract) -> None:
    text = ("On Monday troops repelled 52 assaults near the village of Hrodivka, the General "
            "Staff said. Across the front line, it said, Russia had lost 1,230 soldiers killed "
            "and wounded in the past day.")
    assert all(e.fatalities < 1230 for e in extract(text, "2024-08-20"))


def test_vigilantes_who_defended_a_village_are_no_mob(extract: Extract) -> None:
    text = ("Bandits killed 16 villagers in Dan Gulbi on Thursday night, including two "
            "vigilantes who tried to defend the village, a community leader said.")
    [event] = extract(text, "2021-06-13")
    assert event.event_type == "Violence against civilians"


def test_a_crowd_gathered_in_support_of_the_army_is_a_protest(extract: Extract) -> None:
    text = ("On Tuesday, hundreds of tribesmen gathered in Marib city's Freedom Square in "
            "support of the army, carrying flags and pictures of fallen fighters.")
    [event] = extract(text, "2021-10-20")
    assert event.sub_event_type == "Peaceful protest"
    assert event.location in ("Marib", "Ma'rib")


def test_helicopters_that_killed_made_an_air_strike(extract: Extract) -> None:
    text = ("On Friday, the military spokesman said Apache helicopters had killed 21 "
            "militants in strikes on hideouts south of Sheikh Zuweid.")
    [event] = extract(text, "2015-04-18")
    assert (event.sub_event_type, event.fatalities) == ("Air/drone strike", 21)


def test_a_shell_fired_by_a_named_groups_men_is_that_groups(extract: Extract) -> None:
    text = ("Islamic State militants have attacked army posts for months.\n\nIn Rafah, a mortar "
            "shell fired by Sinai Province militants at an army post hit a house on Thursday "
            "evening, killing a woman and her daughter.")
    shelling = next(e for e in extract(text, "2015-04-17")
                    if e.sub_event_type == "Shelling/artillery/missile attack")
    assert shelling.actor1 == "Islamic State (Egypt)"


def test_a_district_named_as_a_provinces_part_is_the_place(extract: Extract) -> None:
    text = ("Three soldiers were killed on Nov. 8 when PKK militants detonated a bomb in the "
            "province of Hakkari's Şemdinli district.")
    [event] = extract(text, "2016-11-09")
    assert event.location == "Şemdinli"


def test_a_bomber_who_drove_a_minibus_laden_with_explosives(extract: Extract) -> None:
    text = ("The fighting came three days after a bombing at a checkpoint at the entrance of "
            "Beledweyne, which killed eight people on Saturday. The bomber drove a minibus "
            "laden with explosives into the checkpoint shortly after noon, witnesses said.")
    [event] = extract(text, "2022-09-13")
    assert (event.event_date, event.sub_event_type) == ("2022-09-10", "Suicide bomb")


def test_a_march_to_mourn_the_dead_counts_none_of_them(extract: Extract) -> None:
    text = ("Several hundred people marched through central Ramallah this afternoon to mourn "
            "the three Palestinians killed in Jenin, waving flags. The march dispersed "
            "without incident.")
    [event] = extract(text, "2023-05-24")
    assert (event.sub_event_type, event.fatalities) == ("Peaceful protest", 0)


def test_an_air_force_that_bombed_a_camp_made_an_air_strike(extract: Extract) -> None:
    text = ("In the south of Cauca, the Colombian Air Force bombed a FARC camp in the rural "
            "area of Argelia on Sunday, killing six rebels, the Defence Ministry said.")
    [event] = extract(text, "2012-07-11")
    assert (event.sub_event_type, event.actor1, event.fatalities) == (
        "Air/drone strike", "Military Forces of Colombia", 6)
