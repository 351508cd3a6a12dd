"""The whole pipeline on invented reports whose toll rises, whose speakers are officers named
after their force, whose attack is told again in a quarter of its city, and whose places are
written the coders' way, "village (commune, province)"."""

from __future__ import annotations

from collections.abc import Callable

from warcount.records import Event

Extract = Callable[..., list[Event]]


def test_a_toll_that_rose_to_the_first_figure_replaces_the_interim_one(extract: Extract) -> None:
    text = ("Gunmen burst into a house in Guayaquil late on Tuesday and opened fire on a "
            "birthday party, killing eight people. Police said at least five people had died "
            "in the attack. The toll rose to eight on Wednesday after three of the wounded "
            "died in hospital.")
    [event] = extract(text, "2023-03-09")
    assert (event.event_date, event.fatalities) == ("2023-03-07", 8)


def test_an_officer_named_after_his_force_only_speaks(extract: Extract) -> None:
    text = ("Gunmen shot dead four men at a car wash in Guayaquil on Sunday night, police "
            "commander Colonel Mateo Ruales told reporters.")
    [event] = extract(text, "2023-03-13")
    assert (event.sub_event_type, event.actor2) == ("Attack", "Civilians (Ecuador)")


def test_a_force_that_initially_said_a_figure_only_speaks(extract: Extract) -> None:
    text = ("Unknown gunmen killed six people in a bar in Guayaquil on Sunday. Police initially "
            "said four people had died.")
    [event] = extract(text, "2023-03-13")
    assert event.actor2 == "Civilians (Ecuador)"


def test_the_attack_told_again_in_a_quarter_of_its_city_is_the_same_event(
        extract: Extract) -> None:
    # (two reports of the same dead, nine and seven: the conservative figure)
    text = ("Gunmen opened fire on a family gathering in Guayaquil late on Tuesday, killing "
            "nine people. Seven people had died in the attack in the Socio Vivienda district, "
            "a hospital official said.\n\n"
            "On Monday, a car bomb exploded outside a police station in Guayaquil, causing "
            "no injuries.")
    events = sorted(extract(text, "2023-03-09"), key=lambda e: e.event_date or "")
    assert [(e.event_date, e.sub_event_type, e.fatalities) for e in events] == [
        ("2023-03-06", "Remote explosive/landmine/IED", 0), ("2023-03-07", "Attack", 7)]


def test_a_village_with_its_province_in_brackets_is_the_village(extract: Extract) -> None:
    text = ("On 3 June 2021, suspected militants clashed with volunteers in the area of Pama "
            "(Kompienga). Two volunteers were killed.")
    [event] = extract(text, "2021-06-03")
    assert (event.location, event.admin1, event.country) == ("Pama", "Est", "Burkina Faso")


# --- background inside a sentence ----------------------------------------------------------

def test_an_anniversary_and_a_wars_estimated_toll_are_background(extract: Extract) -> None:
    text = ("Militiamen took control of Lalibela on Thursday after federal troops pulled out, "
            "residents said.\n\nThursday marked one year since the signing of the Pretoria "
            "agreement that ended the war in Tigray, in which hundreds of thousands of people "
            "are estimated to have died.")
    events = extract(text, "2023-11-03")
    assert [(e.location, e.fatalities) for e in events] == [("Lalibela", 0)]


def test_a_count_in_a_clause_of_background_is_no_events_count(extract: Extract) -> None:
    text = ("Soldiers burned houses in a village near Shwebo on Monday, residents said. A rights "
            "group says more than 3,100 people have been killed by the security forces since "
            "the coup, and more than 19,000 arrested.")
    events = extract(text, "2023-06-14")
    assert [(e.sub_event_type, e.fatalities) for e in events] == [
        ("Looting/property destruction", 0)]


def test_a_conflicts_yearly_toll_is_a_statistic(extract: Extract) -> None:
    text = ("Rebels kidnapped a town councillor outside Neiva on Monday, his family said. The "
            "conflict kills about 3,000 people a year, most of them civilians.")
    [event] = extract(text, "2002-05-14")
    assert (event.sub_event_type, event.fatalities) == ("Abduction/forced disappearance", 0)


# --- acts ------------------------------------------------------------------------------------

def test_fighters_who_seized_travellers_abducted_them(extract: Extract) -> None:
    text = ("On Tuesday afternoon, ISWAP fighters mounted a checkpoint on the road outside "
            "Damboa and seized at least five travellers, a militia member said.")
    [event] = extract(text, "2021-03-17")
    assert event.sub_event_type == "Abduction/forced disappearance"


def test_jets_that_had_on_sunday_bombed_made_an_air_strike(extract: Extract) -> None:
    text = ("The air force said its jets had on Sunday bombed a gathering of fighters outside "
            "Monguno, killing 14 of them.")
    [event] = extract(text, "2021-03-17")
    assert (event.event_date, event.sub_event_type, event.fatalities) == (
        "2021-03-14", "Air/drone strike", 14)


def test_a_fight_lasting_until_the_next_morning_is_dated_to_its_start(extract: Extract) -> None:
    text = ("Fighters attacked the army base in Damboa late on Monday, triggering a gunfight "
            "that lasted until the early hours of Tuesday. Nine soldiers were killed.")
    events = extract(text, "2021-03-17")
    assert [(e.event_date, e.fatalities) for e in events] == [("2021-03-15", 9)]


def test_while_sets_a_figure_beside_the_other_side_not_beside_a_report(extract: Extract) -> None:
    text = ("Fighters attacked the army base in Damboa late on Monday. \"We lost nine soldiers,\" "
            "an officer told reporters. In a statement, the army said troops had killed 20 "
            "attackers, while four soldiers died.")
    [event] = extract(text, "2021-03-16")
    assert event.fatalities == 24


def test_explosions_heard_belong_to_the_drones_just_shot_down(extract: Extract) -> None:
    text = ("Fighters stormed a village near Al Hasaheisa on Saturday, shooting dead four "
            "villagers. Further east, air defences shot down several drones over Shendi on "
            "Saturday, the army said. Residents reported loud explosions before dawn.")
    subs = sorted(e.sub_event_type for e in extract(text, "2024-08-19"))
    assert subs == ["Attack", "Disrupted weapons use"]


def test_a_farmer_among_the_dead_is_no_rioter(extract: Extract) -> None:
    text = ("On Saturday, soldiers entered Bamunka, near Ndop. The soldiers shot dead three "
            "civilians, among them a farmer and his son, and set fire to ten houses.")
    [event] = extract(text, "2019-09-30")
    assert (event.sub_event_type, event.actor2) == ("Attack", "Civilians (Cameroon)")


def test_a_flash_mob_is_a_protest(extract: Extract) -> None:
    text = ("In Yangon, about two dozen young people staged a brief \"flash mob\" protest in "
            "Hlaing township on Wednesday morning before dispersing.")
    [event] = extract(text, "2023-06-15")
    assert event.event_type == "Protests"


def test_two_names_of_one_islamic_state_branch_are_one_side(extract: Extract) -> None:
    text = ("On Thursday, insurgents of the Islamic State Mozambique Province entered a village "
            "north of Chiure and beheaded two men. The Islamic State later claimed the attack.")
    [event] = extract(text, "2022-09-14")
    assert event.sub_event_type == "Attack"


# --- round-ups, datelines, arrests ----------------------------------------------------------

def test_a_round_ups_summary_lead_does_not_turn_its_events_into_clashes(extract: Extract) -> None:
    text = ("Insurgents continued to move south this week, attacking villages in Chiure and "
            "Montepuez while fighting continued in the north.\n\n"
            "CHIURE - On Thursday, insurgents beheaded two men in a village north of Chiure.\n\n"
            "MOCIMBOA DA PRAIA - Troops clashed with insurgents on Saturday near Mocimboa da "
            "Praia.\n\n"
            "MONTEPUEZ - On Monday, insurgents burned a chapel and thirty houses in a village "
            "of Montepuez district. No one was hurt.\n\n"
            "MUEDA - On Friday, insurgents ambushed a militia patrol near Mueda.")
    subs = {e.location: e.sub_event_type for e in extract(text, "2022-09-14")}
    assert subs["Montepuez"] == "Looting/property destruction"


def test_an_agency_dateline_with_no_dash_gives_the_filing_day(extract: Extract) -> None:
    text = ("Raipur, Nov 26 (PTI) Three policemen were killed when Maoists triggered a landmine "
            "blast on a road in Dantewada district. The incident took place yesterday afternoon.")
    [event] = extract(text, "2010-11-26")
    assert (event.event_date, event.location) == ("2010-11-25", "Dantewada")


def test_a_country_and_an_agency_in_brackets_make_a_dateline(extract: Extract) -> None:
    text = ("Maiduguri (Nigeria) (AFP) - Jihadists stormed a military base in Borno state, "
            "killing soldiers, security sources said on Wednesday.\n\nThe fighters attacked "
            "the base in the garrison town of Damboa late on Monday. Seven soldiers died.")
    [event] = extract(text, "2021-03-17")
    assert (event.location, event.event_date) == ("Damboa", "2021-03-15")


def test_a_leader_arrested_at_home_is_no_intervention_in_a_sit_in(extract: Extract) -> None:
    text = ("In Srinagar, hundreds of traders staged a silent sit-in on Tuesday. Police also "
            "arrested a senior leader of the Jammu Kashmir Liberation Front from his residence "
            "in Srinagar on Tuesday night.")
    subs = sorted(e.sub_event_type for e in extract(text, "2016-08-10"))
    assert subs == ["Arrests", "Peaceful protest"]


def test_an_event_with_no_town_in_a_two_country_round_up_is_at_the_town_before(
        extract: Extract) -> None:
    text = ("BRAZIL\n\nRio de Janeiro: Eight people were killed on Tuesday during a police "
            "operation in the Mare favela complex. On Wednesday, dozens of residents set fire "
            "to a bus and blocked the main avenue in protest over the deaths.\n\n"
            "HONDURAS\n\nSan Pedro Sula: Gunmen shot dead three bus drivers at a terminal in "
            "San Pedro Sula on Wednesday night. Police blamed MS-13.\n\n"
            "Tegucigalpa: Hundreds of bus drivers went on strike in Tegucigalpa on Thursday to "
            "demand protection from extortion gangs. Drivers in San Pedro Sula joined them.")
    riots = [e for e in extract(text, "2020-10-22") if e.event_type == "Riots"]
    assert [(e.event_date, e.country) for e in riots] == [("2020-10-21", "Brazil")]


def test_a_lead_near_a_town_joins_the_attack_told_west_of_it(extract: Extract) -> None:
    text = ("PORT SUDAN, March 28 (AFP) - Paramilitary fighters killed at least 25 villagers in "
            "an attack near the town of Bara in North Kordofan state, a medics' group said on "
            "Saturday.\n\nFighters of the Rapid Support Forces stormed the village of Um "
            "Sumeima, west of Bara, on Thursday, shooting residents, the group said.")
    events = extract(text, "2026-03-28")
    assert [(e.event_date, e.fatalities) for e in events] == [("2026-03-26", 25)]


def test_a_lead_with_its_own_dead_is_no_summary_of_the_events_after_it(
        extract: Extract) -> None:
    text = ("BOGOTA, May 14 (Reuters) - Rebels attacked a remote town in northwestern Colombia "
            "with gas-cylinder bombs and rifles, killing five police officers in a battle that "
            "raged through the night, officials said on Tuesday.\n\nFARC fighters surrounded "
            "the police station in Ituango on Sunday evening and pounded it for eight hours "
            "before army reinforcements arrived and the rebels withdrew.\n\n"
            "In Barrancabermeja, gunmen shot dead six farmers on Saturday night.\n\n"
            "On Monday, a bomb exploded near a police post in Bogota, killing a vendor.")
    ituango = [e for e in extract(text, "2002-05-14") if e.location == "Ituango"]
    assert [(e.event_date, e.sub_event_type, e.fatalities) for e in ituango] == [
        ("2002-05-12", "Armed clash", 5)]


# --- crowds ----------------------------------------------------------------------------------

def test_a_march_that_dispersed_by_itself_was_peaceful(extract: Extract) -> None:
    text = ("On Monday, about 200 women marched peacefully from the market to the governor's "
            "office in Buea. The police watched but did not intervene, and the march dispersed "
            "before noon.")
    [event] = extract(text, "2019-09-30")
    assert event.sub_event_type == "Peaceful protest"


def test_arrests_on_suspicion_of_recruiting_stand_apart_from_a_sit_in(extract: Extract) -> None:
    text = ("About 300 displaced people gathered peacefully outside the government offices in "
            "Pemba on Tuesday to demand food aid. Police said on Tuesday evening they had "
            "arrested four men in Pemba on suspicion of recruiting young people for the "
            "insurgents.")
    subs = sorted(e.sub_event_type for e in extract(text, "2022-09-14"))
    assert subs == ["Arrests", "Peaceful protest"]


def test_past_attacks_a_rally_names_are_no_intervention(extract: Extract) -> None:
    text = ("Some 500 residents rallied peacefully in Iligan City on Monday, urging the "
            "government not to resume talks until the commanders responsible for the August "
            "attacks are surrendered.")
    [event] = extract(text, "2008-10-07")
    assert event.sub_event_type == "Peaceful protest"


def test_a_crowd_that_gathered_chanting_slogans_protested(extract: Extract) -> None:
    text = ("In Karak, some 400 people gathered peacefully after Friday prayers outside the "
            "governorate building, chanting slogans against fuel prices before going home.")
    [event] = extract(text, "2022-12-17")
    assert (event.event_date, event.sub_event_type) == ("2022-12-16", "Peaceful protest")


def test_where_a_victim_came_from_is_not_another_scene(extract: Extract) -> None:
    text = ("A mob lynched a Muslim man near Bangui airport on Friday, witnesses said. The man, "
            "a trader from the PK5 neighbourhood, was dragged from a taxi by a crowd on Friday "
            "afternoon and beaten to death.")
    events = extract(text, "2014-01-25")
    assert [(e.sub_event_type, e.location) for e in events] == [("Mob violence", "Bangui")]


def test_security_agents_who_took_activists_away_arrested_them(extract: Extract) -> None:
    text = ("Before dawn on Wednesday, plainclothes security agents raided the homes of four "
            "activists in Sanandaj and took them to an unknown location, their families said.")
    [event] = extract(text, "2022-10-28")
    assert event.sub_event_type == "Arrests"


# --- sources ---------------------------------------------------------------------------------

def test_a_round_ups_item_is_told_by_its_own_source_or_none(extract: Extract) -> None:
    text = ("SOMALIA\nMogadishu: A suicide bomber killed five people at a checkpoint on Monday. "
            "Al Shabaab claimed the attack. The checkpoint guards the road to the airport, "
            "which the government reopened to commercial flights last year after a long "
            "closure, and the district around it has seen repeated bombings, most of them "
            "claimed by the group. Traders said the market nearby had stayed shut all week, "
            "and that many families had left the district for the outskirts of the city.\n\n"
            "LIBYA\nTripoli: Heavy clashes erupted late on Tuesday between two armed groups, "
            "killing three people, the Ministry of Health's emergency medicine centre said.\n"
            "Zawiya: On Wednesday, hundreds of residents held a sit-in on the main square.")
    sources = {e.location: e.source for e in extract(text, "2025-08-07")}
    assert sources["Tripoli"] == "Ministry of Health's emergency medicine centre"
    assert sources["Zawiya"] == ""


def test_the_islamic_state_is_no_state_of_a_province(extract: Extract) -> None:
    text = ("Officials in Jonglei State said the road was closed.\n\n"
            "Insurgents attacked an army position outside Chiure town on Friday, killing three "
            "soldiers, according to local sources. The Islamic State claimed the attack.")
    events = [e for e in extract(text, "2025-08-04") if e.location.startswith("Chi")]
    assert "Jonglei" not in events[0].source


# --- seizures --------------------------------------------------------------------------------

def test_drones_among_seized_weapons_are_no_strike(extract: Extract) -> None:
    text = ("On Wednesday, troops searching a ranch outside Culiacan found 30 rifles, thousands "
            "of rounds of ammunition and two drones adapted to drop explosives, the army said. "
            "No one was at the ranch and no one was arrested.")
    [event] = extract(text, "2025-03-01")
    assert event.sub_event_type == "Disrupted weapons use"


def test_weapons_looted_before_are_no_looting_now(extract: Extract) -> None:
    text = ("On Thursday, police recovered 12 firearms from an abandoned hut outside "
            "Churachandpur. The chief minister appealed to people to surrender the looted "
            "weapons.")
    [event] = extract(text, "2023-07-09")
    assert event.sub_event_type == "Disrupted weapons use"


def test_trucks_set_on_fire_by_armed_men_are_property_destroyed(extract: Extract) -> None:
    text = ("Hooded men set fire to seven logging trucks at a forestry site near Ercilla on "
            "Tuesday night. No one was hurt. Leaflets left at the site claimed the attack for "
            "a Mapuche group.")
    [event] = extract(text, "2025-01-16")
    assert event.sub_event_type == "Looting/property destruction"


def test_gunmen_who_set_a_bus_ablaze_destroyed_property(extract: Extract) -> None:
    text = ("On Friday night, gunmen forced passengers off a bus in Rio de Janeiro and set it "
            "ablaze, police said; no one was hurt.")
    [event] = extract(text, "2010-11-29")
    assert event.sub_event_type == "Looting/property destruction"


def test_a_list_of_seized_weapons_with_commas_is_a_seizure(extract: Extract) -> None:
    text = ("On Sunday, soldiers searching a ranch outside Coalcoman found two drones, 30 "
            "improvised explosive devices, four rifles and body armour, the Defence Ministry "
            "said. No one was detained.")
    [event] = extract(text, "2021-05-18")
    assert (event.event_date, event.sub_event_type) == ("2021-05-16", "Disrupted weapons use")


def test_a_clocks_zone_is_no_place(extract: Extract) -> None:
    text = ("Ukrainian troops entered Kherson on Friday without a fight after Russia said it had "
            "completed its withdrawal at 5 a.m. Moscow time.")
    [event] = extract(text, "2022-11-12")
    assert (event.location, event.country) == ("Kherson", "Ukraine")
