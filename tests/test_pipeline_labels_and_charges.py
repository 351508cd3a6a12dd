"""The whole pipeline on invented reports: a monitor's statement whose paragraphs open on a
town's name, a war's running toll "over the same period", a night's fighting that "continued
until dawn", Nepal's Maoists, and a protest named only as what men were accused of."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from warcount.mentions.live_blog import entry_dates
from warcount.records import Event

Extract = Callable[..., list[Event]]


def test_a_statement_by_towns_gives_each_town_its_event(extract: Extract) -> None:
    text = ("Statement on the first day of the fuel protests\n\n"
            "Our monitors followed the first day of the fuel protests on Tuesday, 14 March, "
            "in six counties.\n\n"
            "Nakuru. In Bondeni, protesters burned tyres and threw stones at police officers, "
            "who fired tear gas. A boy of 16 was shot dead near the market.\n\n"
            "Kericho. Several hundred traders marched peacefully through the town and "
            "dispersed at noon.\n\n"
            "Malindi. About 100 protesters gathered near the bus park. Police fired tear gas "
            "to disperse them and arrested nine people.")
    got = sorted((e.location, e.event_date, e.sub_event_type) for e in extract(
        text, "2023-03-15"))
    assert got == [("Kericho", "2023-03-14", "Peaceful protest"),
                   ("Malindi", "2023-03-14", "Protest with intervention"),
                   ("Nakuru", "2023-03-14", "Violent demonstration")], got


def test_a_dateline_of_capitals_is_no_label(extract: Extract) -> None:
    # (guard: the round-up's lead after "KABUL -" stays its summary, not an item of its own)
    text = ("Nine killed in two Afghan provinces\n\n"
            "KABUL - At least nine people were killed in attacks and clashes in two Afghan "
            "provinces on Sunday, officials said.\n\n"
            "GHAZNI\nTaliban fighters attacked a checkpoint near Ghazni city late on Sunday, "
            "triggering a gunbattle. Five policemen were killed, a provincial official said.\n\n"
            "HELMAND\nA roadside bomb struck a minibus in Lashkar Gah on Sunday morning, "
            "killing four civilians, a spokesman said.")
    got = sorted((e.location, e.fatalities) for e in extract(text, "2018-07-09"))
    assert got == [("Ghazni", 5), ("Lashkar Gāh", 4)], got


def test_a_toll_over_the_same_period_counts_for_no_event(extract: Extract) -> None:
    text = ("Russian troops shelled Nikopol overnight on Tuesday, damaging five houses, the "
            "governor said. No casualties were reported.\n\n"
            "Kyiv says Russia has lost about 250,000 troops since the start of the invasion. "
            "A UN mission says at least 9,120 civilians have died in Ukraine over the same "
            "period.")
    [event] = extract(text, "2023-08-23")
    assert (event.location, event.fatalities) == ("Nikopol", 0)


def test_a_war_toll_in_thousands_that_have_been_killed_is_no_event_toll(
        extract: Extract) -> None:
    text = ("Russian shelling killed two men in Kherson on Tuesday, the governor said. At least "
            "9,120 civilians have been killed in Ukraine, according to the UN.")
    [event] = extract(text, "2023-08-23")
    assert event.fatalities == 2


def test_fighting_that_continued_until_dawn_is_the_night_it_began(extract: Extract) -> None:
    text = ("Six policemen and at least 12 Maoist rebels were killed when hundreds of rebels "
            "attacked a police camp in Ghorahi late on Sunday night, officials said. The "
            "fighting began at around 11 pm and continued until dawn on Monday. The bodies of "
            "12 rebels were recovered from around the camp, officials said.")
    [event] = extract(text, "2004-02-10")
    assert (event.event_date, event.fatalities) == ("2004-02-08", 18)
    assert event.actor2 == "CPN-M: Communist Party of Nepal (Maoist)" or (
        event.actor1 == "CPN-M: Communist Party of Nepal (Maoist)")


def test_rebels_after_a_named_rebel_group_are_that_group(extract: Extract) -> None:
    text = ("Maoist rebels abducted 40 students from a school in Rukum district on Saturday, "
            "and the rebels later released ten of them, officials in Nepal said.")
    [event] = extract(text, "2004-02-09")
    assert event.actor1 == "CPN-M: Communist Party of Nepal (Maoist)"


def test_men_accused_of_taking_part_in_protests_are_arrested_not_protesting(
        extract: Extract) -> None:
    text = ("Before dawn on Friday, police raided houses in the Kamenge neighbourhood of "
            "Bujumbura and arrested about 30 young men they accused of taking part in the "
            "protests, residents said.")
    [event] = extract(text, "2015-05-09")
    assert event.sub_event_type == "Arrests"


def test_a_man_killed_for_supporting_protests_is_an_attack(extract: Extract) -> None:
    text = ("In Kirundo province, members of the ruling party's youth wing beat and stabbed to "
            "death a man on Wednesday whom they accused of supporting the protests.")
    [event] = extract(text, "2015-05-08")
    assert (event.sub_event_type, event.fatalities) == ("Attack", 1)


def test_the_day_the_wounded_died_is_no_new_event(extract: Extract) -> None:
    text = ("Gunmen ambushed a state police convoy near Arcelia on Tuesday afternoon. Four "
            "officers died at the scene. Three others were wounded and taken to the hospital "
            "in Ciudad Altamirano, where two of them died late on Wednesday.")
    [event] = extract(text, "2022-05-19")
    assert event.event_date == "2022-05-17"


def test_a_ceremony_for_the_dead_is_no_event(extract: Extract) -> None:
    text = ("Gunmen killed four state police officers in an ambush near Arcelia on Tuesday. "
            "A tribute ceremony for the four officers killed in the ambush was held on "
            "Wednesday at the police academy in Chilpancingo.")
    [event] = extract(text, "2022-05-19")
    assert (event.event_date, event.location, event.fatalities) == ("2022-05-17", "Arcelia", 4)


def test_a_risen_toll_of_the_victims_leaves_the_attackers_dead(extract: Extract) -> None:
    text = ("Two officers wounded in Tuesday's ambush near Arcelia died in hospital, raising to "
            "six the number of police killed in the attack, officials said on Thursday. The "
            "officers returned fire, and the bodies of three of the attackers were recovered "
            "at the scene.")
    [event] = extract(text, "2022-05-19")
    assert (event.event_date, event.fatalities) == ("2022-05-17", 9)


def test_the_ensuing_firefight_is_the_raid_told_just_before(extract: Extract) -> None:
    text = ("Rebels shot dead two farmers near Ilaga on Saturday afternoon, police said.\n\n"
            "On Sunday, troops raided a rebel camp in the forest near Ilaga. A soldier was "
            "killed in the ensuing firefight and two rebels were shot dead, an army spokesman "
            "said on Monday.")
    got = sorted((e.event_date, e.sub_event_type, e.fatalities)
                 for e in extract(text, "2023-06-13"))
    assert got == [("2023-06-10", "Attack", 2), ("2023-06-11", "Armed clash", 3)], got


def test_a_rocket_attack_on_a_city_airport_is_at_the_city(extract: Extract) -> None:
    text = ("Early on Thursday, two rockets landed inside the perimeter of Erbil International "
            "Airport without causing casualties, officials said.")
    [event] = extract(text, "2021-06-04")
    assert (event.location, event.sub_event_type) == ("Erbil", "Shelling/artillery/missile attack")


def test_mortars_later_that_night_are_another_event_than_the_car_bomb(
        extract: Extract) -> None:
    text = ("A suicide bomber rammed a car packed with explosives into the gate of a hotel in "
            "Mogadishu on Monday evening, killing four people, police said.\n\n"
            "Later on Monday night, mortar shells fired by the militants landed inside the "
            "airport camp in Mogadishu. There were no casualties.")
    got = sorted((e.sub_event_type, e.fatalities) for e in extract(text, "2019-07-02"))
    assert got == [("Shelling/artillery/missile attack", 0), ("Suicide bomb", 5)], got


def test_a_risen_toll_that_lists_the_attackers_adds_no_bomber(extract: Extract) -> None:
    text = ("A suicide bomber rammed a car into the gate of a hotel in Mogadishu on Monday, "
            "and two gunmen then stormed the building, police said. On Tuesday, a police "
            "captain said the toll had risen to 9: five civilians, one police officer and the "
            "three attackers.")
    [event] = extract(text, "2019-07-02")
    assert event.fatalities == 9


def test_entries_posted_later_in_the_day_than_the_page_are_the_day_before(
        extract: Extract) -> None:
    text = ("Protests in Venezuela - as it happened\n\n"
            "Live summary | Thursday 25 May 2017, 08:15\n\n"
            "This page followed the protests across Venezuela on Wednesday; newest first.\n\n"
            "22:40 - In Valencia, protesters burned tyres and threw stones at National Guard "
            "troops, who fired tear gas.\n\n"
            "16:05 - In Merida, students held a silent sit-in outside the university. There "
            "were no incidents.\n\n"
            "11:30 - In Maracay, hundreds of teachers marched peacefully to the education "
            "office.")
    got = sorted((e.location, e.event_date) for e in extract(text, "2017-05-25"))
    assert [d for _, d in got] == ["2017-05-24"] * 3, got


def test_a_quarter_in_central_city_is_in_that_city(extract: Extract) -> None:
    text = ("Intelligence agents detained an opposition councillor at his home in La "
            "Candelaria, in central Caracas, early on Wednesday, his party said. Maduro "
            "accuses the United States and Colombia of backing a coup.")
    [event] = extract(text, "2017-05-25")
    assert (event.location, event.country) == ("Caracas", "Venezuela")


def test_a_count_announced_for_a_town_of_its_own_is_no_sum_of_the_others(
        extract: Extract) -> None:
    text = ("A motorcycle bomb exploded outside a police station in Suárez on Tuesday, killing "
            "two civilians, police said.\n\n"
            "On Wednesday morning, a drone dropped explosives on an army post in Morales, "
            "killing a soldier.\n\n"
            "The army also said on Wednesday that troops had killed three rebels in a clash in "
            "the rural area of Jamundí, without saying when the fighting took place.")
    got = sorted((e.location, e.fatalities) for e in extract(text, "2023-09-14"))
    assert ("Jamundí", 3) in got, got


def test_mourners_at_a_funeral_are_no_protest(extract: Extract) -> None:
    text = ("Russian shelling killed two men in Kharkiv on Tuesday, the governor said.\n\n"
            "The funeral of a volunteer medic killed in the city last week is being held at "
            "the cathedral. Hundreds of people have gathered.")
    got = [e.sub_event_type for e in extract(text, "2022-05-11")]
    assert got == ["Shelling/artillery/missile attack"], got


def test_mourners_who_chant_slogans_protest(extract: Extract) -> None:
    # (guard: a funeral that turns into a protest is one)
    text = ("Thousands of mourners marched through Kharkiv on Tuesday after the funeral of a "
            "student, chanting slogans against the governor.")
    [event] = extract(text, "2022-05-11")
    assert event.sub_event_type == "Peaceful protest"


def test_an_undated_lead_and_the_attack_it_tells_are_one_event(extract: Extract) -> None:
    text = ("Armed bandits have killed several villagers and abducted about 20 others in Dutsin "
            "Dan Ajiya village of Zamfara State, residents and police said.\n\n"
            "The attack happened on Sunday evening, when the gunmen stormed the village on "
            "motorcycles, a resident said. He said nine people were killed and buried on "
            "Monday according to Islamic rites.\n\n"
            "But the police spokesman said on Wednesday that six people were killed.")
    [event] = extract(text, "2021-05-01")
    assert (event.event_date, event.fatalities) == ("2021-04-25", 6)
    assert "Islamic" not in event.source



def test_a_lead_clause_told_again_later_is_one_strike(extract: Extract) -> None:
    text = ("Rebel forces attacked army positions on the edge of Bhamo on Tuesday, while a "
            "regime air strike on a village in Waingmaw Township killed seven civilians, "
            "according to local sources.\n\n"
            "Fighting broke out at around 4 a.m. on Tuesday near the Bhamo airport, residents "
            "said.\n\n"
            "On Sunday night, a regime jet fighter dropped two bombs on Aung Myay village in "
            "Waingmaw Township, killing seven civilians, including three children.")
    strikes = [e for e in extract(text, "2024-10-17") if e.sub_event_type == "Air/drone strike"]
    assert [(e.event_date, e.fatalities) for e in strikes] == [("2024-10-13", 7)], strikes


def test_a_side_named_by_its_home_state_sets_no_scene(extract: Extract) -> None:
    text = ("Before dawn on Monday, a gunfight broke out on the outskirts of Tepalcatepec when "
            "cartel gunmen tried to enter the town. Nine bodies were recovered. A local "
            "commander claimed his men had killed \"at least 14 of the Jalisco people\".\n\n"
            "On Tuesday morning, about 300 residents of Aguililla marched to the municipal "
            "palace to demand that the highway be reopened.")
    got = sorted((e.location, e.sub_event_type, e.fatalities)
                 for e in extract(text, "2021-06-15"))
    assert ("Tepalcatepec", "Armed clash", 9) in got and all(
        f == 0 for _, sub, f in got if sub != "Armed clash"), got


def test_a_woman_and_her_grandson_are_two_dead(extract: Extract) -> None:
    text = ("On Sunday afternoon, drones dropped explosives on houses in El Aguaje, in the "
            "municipality of Aguililla. A 62-year-old woman and her 19-year-old grandson were "
            "killed, prosecutors said.")
    [event] = extract(text, "2021-06-15")
    assert event.fatalities == 2


def test_the_dead_since_sunday_are_the_days_total(extract: Extract) -> None:
    text = ("At least nine people have died since Sunday in a new wave of violence around "
            "Aguililla.\n\n"
            "On Sunday afternoon, drones dropped explosives on houses in El Aguaje, in the "
            "municipality of Aguililla, killing two residents.\n\n"
            "Before dawn on Monday, a gunfight in Tepalcatepec left seven gunmen dead.")
    got = sorted((e.event_date, e.fatalities) for e in extract(text, "2021-06-15"))
    assert got == [("2021-06-13", 2), ("2021-06-14", 7)], got


def test_shelling_by_the_other_side_across_the_river_is_another_event(
        extract: Extract) -> None:
    text = ("Russian shelling of Kherson killed two civilians on Monday, the regional governor "
            "said.\n\n"
            "Russian-installed officials said Ukrainian artillery shelled the town of Oleshky "
            "on Monday, killing two civilians.")
    got = sorted((e.location, e.actor1) for e in extract(text, "2023-11-21"))
    assert got == [("Kherson", "Military Forces of Russia"),
                   ("Oleshky", "Military Forces of Ukraine")], got


def test_a_day_after_said_is_no_speaker(extract: Extract) -> None:
    text = ("Three soldiers were killed Tuesday when a roadside bomb exploded next to their "
            "truck north of Haditha, an army officer said Wednesday.")
    [event] = extract(text, "2005-07-29")
    assert "Wednesday" not in event.source


def test_rockets_intercepted_and_the_answer_in_response_are_two_events(
        extract: Extract) -> None:
    text = ("Three rockets were launched from Gaza towards Sderot late on Wednesday, the "
            "military said. The Iron Dome system intercepted two of them.\n\n"
            "In response, Israeli fighter jets and a helicopter struck a Hamas post in Khan "
            "Younis, the military said. No injuries were reported.")
    got = sorted((e.location, e.event_date, e.sub_event_type)
                 for e in extract(text, "2019-08-22"))
    assert ("Khān Yūnis", "2019-08-21", "Air/drone strike") in got, got
    assert any(loc == "Sderot" for loc, _, _ in got), got


def test_a_pm_stamp_after_the_page_time_is_the_evening_before() -> None:
    text = ("Live updates | Thursday 25 May 2017, 08:15\n\n"
            " 1:40 PM - Troops fired tear gas at protesters in Valencia.\n\n"
            " 11:05 AM - Students held a sit-in in Merida.\n\n"
            " 7:50 AM - A march set off in Maracay.")
    days = [d.date.day for _, _, d in entry_dates(text, dt.date(2017, 5, 25))]
    assert days == [24, 24, 25], days
