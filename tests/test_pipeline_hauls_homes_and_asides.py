"""The whole pipeline on invented reports whose victims were accused of helping a force,
whose raids find weapons carried or stored, whose places are a victim's home, a river's bank
or a past told beside a name, whose days open a movement's name, whose dead are named with
their age or told "on Thursday of", and whose quotes say what a government will not let
happen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from warcount.mentions.dates import find_dates
from warcount.records import Event

Extract = Callable[..., list[Event]]


def test_the_force_the_victims_were_accused_of_helping_took_no_part(extract: Extract) -> None:
    text = ("On Tuesday, gunmen on motorbikes killed five men in a village in the Tillia "
            "department, accusing them of collaborating with the army, a local councillor "
            "told reporters.")
    [event] = extract(text, "2023-05-10")
    assert (event.sub_event_type, event.actor2, event.fatalities) == (
        "Attack", "Civilians (Niger)", 5)


def test_a_man_named_with_his_age_is_one_dead(extract: Extract) -> None:
    text = ("On Monday evening, two gunmen on a motorcycle shot dead Ma-ae Yusoh, 47, a "
            "village headman in Rueso district, as he left a tea shop, police said.")
    [event] = extract(text, "2016-03-08")
    assert (event.sub_event_type, event.fatalities) == ("Attack", 1)


def test_arrests_in_another_town_that_night_are_an_event_of_their_own(
        extract: Extract) -> None:
    text = ("The Palestinian Health Ministry has named the man killed by settlers in Turmus "
            "Ayya overnight as a 31-year-old farmer.\n\nThe Red Crescent said its teams "
            "treated four people for tear gas inhalation in Jenin.\n\nThe Israeli army says "
            "troops arrested three wanted men in the village of Beita, south of Nablus, "
            "overnight.")
    events = extract(text, "2023-06-14")
    arrests = next(e for e in events if e.sub_event_type == "Arrests")
    assert arrests.location == "Beita"
    assert any(e.sub_event_type == "Attack" and e.fatalities == 1 for e in events)


def test_men_carrying_grenades_at_a_checkpoint_are_arrested_not_bombers(
        extract: Extract) -> None:
    text = ("Peacekeepers on Tuesday morning arrested four suspected militiamen carrying "
            "grenades at a checkpoint in Bangui, a spokesman for the mission said.")
    [event] = extract(text, "2015-02-11")
    assert event.sub_event_type == "Arrests"


def test_a_bomb_seized_in_a_raid_is_no_abduction(extract: Extract) -> None:
    text = ("The intelligence agency said on Monday that its special forces had arrested "
            "three members of an Islamic State cell in Kabul. Two suicide vests, a rifle and "
            "a magnetic bomb were seized in the raid, the agency said.")
    [event] = extract(text, "2021-03-02")
    assert event.sub_event_type == "Arrests"


def test_a_bus_carrying_traders_that_hits_a_mine_is_still_a_blast(extract: Extract) -> None:
    text = ("On Sunday, a bus carrying traders to a weekly market hit an explosive device on "
            "the road between Djibo and Arbinda, killing four passengers, a local official "
            "said.")
    [event] = extract(text, "2021-05-11")
    assert event.sub_event_type == "Remote explosive/landmine/IED"


def test_a_deposit_of_explosives_found_by_marines_is_a_seizure_by_the_military(
        extract: Extract) -> None:
    text = ("On Sunday, in a rural area of Esmeraldas province, naval infantry personnel "
            "located a hidden deposit containing 30 kg of explosive material, 200 detonators "
            "and six improvised grenades.")
    [event] = extract(text, "2023-09-12")
    assert (event.sub_event_type, event.actor1) == (
        "Disrupted weapons use", "Military Forces of Ecuador")


def test_a_river_bank_is_no_town_and_the_city_alone_is_the_city(extract: Extract) -> None:
    text = ("Russian troops shelled Dnipro on Tuesday, killing two people, the regional "
            "governor said.")
    [event] = extract(text, "2024-04-10")
    assert (event.location, event.admin1) == ("Dnipro", "Dnipropetrovsk")
    text = ("Ukrainian forces said on Tuesday they had destroyed three Russian boats near an "
            "island in the Dnipro delta, killing six soldiers.")
    [event] = extract(text, "2024-04-10")
    assert event.location != "Dnipro"


def test_a_places_past_told_beside_its_name_leaves_the_days_act(extract: Extract) -> None:
    text = ("On Thursday, thousands of people gathered peacefully at the Freedom Park in "
            "Ojota, where they sang the anthem.\n\nAlso on Thursday, police fired tear gas at "
            "a group of protesters who tried to march from Lekki Phase 1 to the Lekki toll "
            "gate, the site of the October 2020 shooting, and arrested nine of them.")
    events = extract(text, "2024-08-02")
    assert sorted((e.sub_event_type, e.location) for e in events) == [
        ("Peaceful protest", "Ojota"), ("Protest with intervention", "Lekki")]


def test_earlier_that_day_in_another_town_opens_its_own_event(extract: Extract) -> None:
    text = ("On Thursday, thousands of people gathered peacefully at the Freedom Park in "
            "Ojota, where they sang and listened to speeches.\n\nEarlier that day in "
            "Ikorodu, about 20 thugs armed with machetes attacked a group of protesters at "
            "the garage, injuring five.")
    events = extract(text, "2024-08-02")
    assert len(events) == 2 and "Ojota" in {e.location for e in events}
    assert any("Ikorodu" in e.location for e in events)


def test_a_toll_spread_over_several_states_is_no_event(extract: Extract) -> None:
    text = ("Across the country, a rights group said at least 11 people were killed by "
            "security forces on Thursday, most of them in the northern states of Kano, "
            "Katsina and Jigawa.")
    assert extract(text, "2024-08-03") == []


def test_a_day_that_opens_a_movements_name_is_no_date() -> None:
    text = ("Several hundred supporters of the June 23 Movement gathered near the April 9 "
            "Square on Friday.")
    found = find_dates(text, published=dt.date(2012, 3, 4))
    assert [d.text for d in found] == ["on Friday"]


def test_an_artist_arrested_at_home_that_night_is_an_arrest_of_its_own(
        extract: Extract) -> None:
    text = ("Police fired tear gas on Friday to disperse opposition supporters in central "
            "Dakar.\n\nLate on Friday night, police arrested a rapper of the Fed Up movement "
            "at his home in the Parcelles Assainies district of Dakar, the group said.")
    events = extract(text, "2012-03-03")
    assert sorted(e.sub_event_type for e in events) == ["Arrests", "Protest with intervention"]


def test_the_death_on_a_day_of_a_student_counts_one(extract: Extract) -> None:
    text = ("The unrest followed the death on Thursday of a 21-year-old student in "
            "Rufisque during a march against the president's candidacy. His family said he "
            "was shot by police as they charged the march.")
    [event] = extract(text, "2012-03-03")
    assert (event.event_date, event.fatalities) == ("2012-03-01", 1)


def test_an_officer_firing_a_handgun_at_students_is_excessive_force(extract: Extract) -> None:
    text = ("12:30 - Videos from Suba, in the north-west of Bogota, show a police officer "
            "firing a handgun at a group of students who were banging pots on the pavement. A "
            "19-year-old student was wounded in the leg.")
    [event] = extract(text, "2021-05-12")
    assert event.sub_event_type == "Excessive force against protesters"


def test_a_march_with_torches_is_a_protest(extract: Extract) -> None:
    text = ("Thousands of Hondurans marched with torches through the streets of Tegucigalpa "
            "on Friday night to demand the president's resignation. The march ended without "
            "incidents.")
    [event] = extract(text, "2015-07-04")
    assert (event.sub_event_type, event.location) == ("Peaceful protest", "Tegucigalpa")


def test_what_a_ministry_will_raise_in_a_capital_is_no_event_there(extract: Extract) -> None:
    text = ("The foreign ministry said on Friday it would raise the raid with the government "
            "in Juba.")
    assert extract(text, "2017-04-23") == []


def test_local_officials_who_give_a_higher_toll_make_no_event_in_their_town(
        extract: Extract) -> None:
    text = ("Armed raiders killed at least 12 people in an attack on a village about 70 km "
            "west of Gambela town on Wednesday, the regional government said. Local "
            "officials in Lare gave a higher toll, saying between 17 and 19 people had been "
            "killed.")
    [event] = extract(text, "2017-04-21")
    assert (event.event_date, event.fatalities) == ("2017-04-19", 12)


def test_children_rescued_are_not_counted_dead(extract: Extract) -> None:
    text = ("On Thursday, Ethiopian troops caught up with the raiders near the border and "
            "fought them for several hours, the spokesman said. According to the army, seven "
            "of the attackers were killed and four of the abducted children were rescued.")
    [event] = extract(text, "2017-04-21")
    assert (event.sub_event_type, event.fatalities) == ("Armed clash", 7)


def test_a_city_a_minority_will_not_take_hostage_is_no_abduction(extract: Extract) -> None:
    text = "\"The state will not let a minority take Niamey hostage,\" the ministry said on Sunday."
    assert extract(text, "2018-04-16") == []


def test_a_vow_to_rest_until_every_village_is_liberated_changes_no_hands(
        extract: Extract) -> None:
    text = ("Fighting continued on Sunday on the hills west of Berahle, the regional bureau "
            "said.\n\nThe regional president said on Monday that his forces would \"not "
            "rest until every kebele is liberated\".")
    [event] = extract(text, "2022-02-15")
    assert (event.sub_event_type, event.location) == ("Armed clash", "Berahle")


def test_a_federal_drone_is_the_states(extract: Extract) -> None:
    text = ("A rebel spokesman said on Monday that a federal drone had struck a market on the "
            "outskirts of Abala, in Ethiopia's Afar region, that morning, killing five "
            "civilians.")
    [event] = extract(text, "2022-02-15")
    assert (event.sub_event_type, event.actor1, event.admin1) == (
        "Air/drone strike", "Military Forces of Ethiopia", "Afar")


def test_a_man_who_died_where_he_was_treated_since_the_clash_counts_on_its_day(
        extract: Extract) -> None:
    text = ("A second man has died of gunshot wounds received during Friday's clashes between "
            "protesters and police in Cap-Haitien.\n\nThe man, a 31-year-old driver from the "
            "Petite-Anse neighbourhood, "
            "died on Sunday at the university hospital, where he had been treated since "
            "Friday. A student was killed at the scene on Friday afternoon when police fired "
            "to disperse protesters who had set up barricades of burning tyres.")
    events = extract(text, "2019-09-30")
    assert [(e.event_date, e.location) for e in events] == [("2019-09-27", "Cap-Haïtien")]



def test_a_police_spokesman_is_the_forces_voice_not_a_side(extract: Extract) -> None:
    text = ("Suspected members of the Lakurawa armed group have killed at least seven people "
            "in an attack on Tuesday on a village in Silame Local Government Area of Sokoto "
            "State.\n\nThe Police Public Relations Officer in the state said in a statement "
            "that the gunmen, who came on motorcycles, killed seven persons, including the "
            "village head.")
    [event] = extract(text, "2025-02-20")
    assert (event.sub_event_type, event.actor2) == ("Attack", "Civilians (Nigeria)")


def test_angry_residents_who_block_a_road_in_protest_are_protesters(extract: Extract) -> None:
    text = ("Yesterday, angry residents of Silame blocked the Sokoto-Silame road for several "
            "hours to protest against the killings. The protesters dispersed peacefully after "
            "the council chairman addressed them.")
    [event] = extract(text, "2025-02-20")
    assert event.sub_event_type == "Peaceful protest"


def test_a_toll_risen_told_the_next_day_is_the_clashs(extract: Extract) -> None:
    text = ("Clashes between Arab herders and Sara farmers in the Kyabe department on Monday "
            "left eight dead, and young farmers attacked a camp of herders the next day, "
            "officials said.\n\nOn Tuesday, the governor of "
            "Moyen-Chari, in a statement read on the national radio, said the toll had risen "
            "to 11 dead. On Tuesday, young farmers went to a camp of nomad herders 20 km east "
            "of Kyabe and set fire to the tents, killing two women and a child.")
    events = extract(text, "2023-07-06")
    tolls = {e.event_date: e.fatalities for e in events}
    assert tolls == {"2023-07-03": 11, "2023-07-04": 3}


def test_a_gang_named_like_a_village_is_the_gang(extract: Extract) -> None:
    text = ("On Monday, Venezuelan troops clashed with a group of Los Rastrojos near La Fria, "
            "in Tachira state, killing three of them, the army said.")
    [event] = extract(text, "2020-06-17")
    assert (event.actor2, event.admin1) == ("Los Rastrojos", "Tachira")
