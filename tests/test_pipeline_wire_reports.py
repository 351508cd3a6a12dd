"""The whole pipeline on invented wire and local-paper reports from the wars of the Middle East,
Afghanistan and Pakistan, Ukraine and Libya: arrests with the weapons they seized, tolls that
rise after the day, a city's quarters, datelines of two offices, a day counted back from
another, and the words that only describe people or plans."""

from __future__ import annotations

from collections.abc import Callable

from warcount.records import Event

Extract = Callable[..., list[Event]]


def _types(events: list[Event]) -> list[tuple[str | None, str]]:
    return sorted((e.event_date, e.sub_event_type) for e in events)


# --- arrests, plans and seizures -------------------------------------------------------------

def test_men_arrested_for_planning_attacks_were_arrested(extract: Extract) -> None:
    text = ("KABUL (AP) - Police on Saturday arrested three men suspected of planning suicide "
            "attacks in the capital, a ministry spokesman, Wali Darkhan, said. Officers found "
            "two explosive vests and a box of detonators in a house in the city.")
    [event] = extract(text, "2008-06-17")
    assert (event.event_date, event.sub_event_type, event.fatalities) == (
        "2008-06-14", "Arrests", 0)


def test_belts_and_pistols_seized_in_the_raid_are_the_arrests_not_a_kidnapping(
        extract: Extract) -> None:
    text = ("ERBIL - The security agency (Asayish) arrested four suspected IS members on Sunday "
            "in a raid on a house. Explosive belts and two pistols were seized in the raid.")
    [event] = extract(text, "2016-10-24")
    assert (event.sub_event_type, event.actor1) == ("Arrests", "Police Forces of Iraq")


def test_an_operation_to_retake_a_city_is_an_aim(extract: Extract) -> None:
    text = ("The military operation to retake Mosul began on Oct. 17 with Iraqi forces "
            "advancing from the south.")
    assert extract(text, "2016-10-24") == []


# --- who they are, not what happened ---------------------------------------------------------

def test_people_displaced_by_fighting_who_demonstrate_make_a_protest(extract: Extract) -> None:
    text = ("Hundreds of people displaced by the fighting staged a demonstration outside the "
            "Mardan Press Club on Sunday, demanding faster registration. The protesters "
            "dispersed peacefully.")
    [event] = extract(text, "2009-05-25")
    assert (event.event_date, event.sub_event_type, event.location) == (
        "2009-05-24", "Peaceful protest", "Mardan")


def test_a_tactic_once_unknown_is_a_trend_not_an_event(extract: Extract) -> None:
    text = ("Suicide attacks, once almost unknown in the country, have become a common tactic "
            "of the insurgents.")
    assert extract(text, "2008-06-17") == []


def test_no_sign_of_fighting_is_no_fighting(extract: Extract) -> None:
    text = "Correspondents saw no sign of fighting in Ajdabiya on Sunday."
    assert extract(text, "2011-03-28") == []


def test_a_crowd_in_the_streets_is_not_a_protest(extract: Extract) -> None:
    text = ("Crowds were in the streets of Kherson on Saturday, a day after Ukrainian troops "
            "entered the city following Russia's withdrawal of its forces.")
    assert all(e.event_type != "Protests" for e in extract(text, "2022-11-13"))


def test_a_woman_hurt_by_debris_is_no_rioter(extract: Extract) -> None:
    text = ("The air force said its air defences shot down ten drones launched at Dnipro "
            "overnight. Falling debris injured a 61-year-old woman and damaged the roof of a "
            "school, the governor said.")
    [event] = extract(text, "2022-11-12")
    assert event.sub_event_type == "Disrupted weapons use"
    assert "Rioters" not in f"{event.actor1} {event.actor2}"


# --- figures ----------------------------------------------------------------------------------

def test_a_count_of_policemen_is_not_the_total_of_other_dead(extract: Extract) -> None:
    text = ("A suicide bomber rammed a car into a police checkpoint in Kandahar on Monday, "
            "killing four policemen and three civilians, the police chief said. The bomber "
            "also died in the blast.")
    [event] = extract(text, "2008-06-17")
    assert event.fatalities == 8
    assert (event.deaths.side_b, event.deaths.civilians) == (4, 3)


def test_passers_by_killed_by_a_bomb_aimed_at_police_are_civilians(extract: Extract) -> None:
    text = ("In Peshawar, a bomb fitted to a parked motorcycle went off as a police van passed "
            "late on Saturday, killing a police constable and five passers-by, police said.")
    [event] = extract(text, "2009-05-25")
    assert event.fatalities == 6
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Pakistan)",
                                             "Police Forces of Pakistan")
    assert (event.deaths.side_b, event.deaths.civilians) == (1, 5)


def test_a_toll_risen_the_next_day_is_the_bombing_s(extract: Extract) -> None:
    text = ("PESHAWAR: A bomb went off in the Qissa Khwani bazaar of Peshawar late on Saturday, "
            "killing six people, police said.\n\n"
            "Separately, troops fought militants near Matta on Sunday.\n\n"
            "The city police chief said on Sunday afternoon that the toll had risen to seven "
            "after a wounded shopkeeper died in hospital.")
    events = extract(text, "2009-05-25")
    bombing = next(e for e in events if e.event_date == "2009-05-23")
    assert bombing.fatalities == 7
    assert all(e.fatalities == 0 for e in events if e is not bombing)


def test_dozens_of_is_militants_are_twelve(extract: Extract) -> None:
    text = ("Peshmerga forces recaptured six villages around Bashiqa on Sunday. The security "
            "council said that dozens of IS militants had been killed in the advance. Three "
            "Peshmerga were killed.")
    [event] = extract(text, "2016-10-24")
    assert (event.sub_event_type, event.actor1, event.fatalities) == (
        "Government regains territory", "Military Forces of Iraq", 15)


def test_a_live_blog_toll_naming_the_town_updates_its_shelling(extract: Extract) -> None:
    text = ("Live updates | Saturday, 12 November 2022\n\n"
            "09:15 - Russian shelling killed a man in Kupiansk this morning, the governor said."
            "\n\n14:00 - The UN says it has confirmed 6,490 civilian deaths since February."
            "\n\n14:30 - The Kupiansk toll has risen: the governor now says two civilians were "
            "killed there this morning.")
    [event] = extract(text, "2022-11-12")
    assert (event.sub_event_type, event.fatalities) == (
        "Shelling/artillery/missile attack", 2)


# --- types ------------------------------------------------------------------------------------

def test_fire_from_machine_guns_on_rebels_is_a_clash(extract: Extract) -> None:
    text = ("Near Brega on Monday, rebels came under heavy rocket and machine-gun fire from "
            "government forces dug in along the highway. Two rebel fighters were killed.")
    [event] = extract(text, "2011-03-28")
    assert (event.sub_event_type, event.fatalities) == ("Armed clash", 2)


def test_a_rocket_fired_and_intercepted_is_disrupted(extract: Extract) -> None:
    text = ("On Saturday a rocket was fired from Gaza toward the Israeli town of Sderot and was "
            "intercepted by the Iron Dome air defense system.")
    [event] = extract(text, "2018-05-13")
    assert event.sub_event_type == "Disrupted weapons use"


def test_shells_containing_a_chemical_agent_are_a_chemical_weapon(extract: Extract) -> None:
    text = ("The army said militants had fired artillery shells containing a chemical agent at "
            "its positions near Qayyarah on Saturday.")
    [event] = extract(text, "2016-10-24")
    assert event.sub_event_type == "Chemical weapon"


def test_a_bomb_disposal_official_defuses_nothing(extract: Extract) -> None:
    text = ("A bomb went off in a market in Quetta on Friday, killing four people. The device "
            "was detonated by remote control, a bomb disposal official said.")
    [event] = extract(text, "2012-03-10")
    assert event.sub_event_type == "Remote explosive/landmine/IED"


def test_several_thousand_gathered_to_urge_is_a_protest(extract: Extract) -> None:
    text = ("In Benghazi, several thousand people gathered in the seafront square on Sunday "
            "evening to urge Western countries to recognise the opposition council.")
    [event] = extract(text, "2011-03-28")
    assert (event.event_date, event.sub_event_type) == ("2011-03-27", "Peaceful protest")


# --- days and places --------------------------------------------------------------------------

def test_a_day_after_counts_back_from_the_day_told(extract: Extract) -> None:
    text = ("Rebels pressed west along the coast road on Monday, a day after they rolled into "
            "the oil town of Bin Jawad without firing a shot as loyalist troops abandoned their "
            "positions.")
    assert ("2011-03-27", "Non-violent transfer of territory") in _types(
        extract(text, "2011-03-28"))


def test_a_dateline_of_two_offices_is_no_scene(extract: Extract) -> None:
    text = ("MINGORA / PESHAWAR: Security forces took full control of the town of Matta on "
            "Sunday after house-to-house fighting in which 17 militants and two soldiers were "
            "killed, the army said.")
    [event] = extract(text, "2009-05-25")
    assert (event.sub_event_type, event.location, event.fatalities) == (
        "Government regains territory", "Matta", 19)


def test_a_city_s_district_named_by_the_city_is_the_quarter(extract: Extract) -> None:
    text = ("Activists said helicopter gunships strafed the Damascus district of Qaboun "
            "overnight as troops fought rebels near the bus station.")
    [event] = extract(text, "2012-07-20")
    assert event.location == "Qaboun"


def test_a_town_then_its_del_sur_province(extract: Extract) -> None:
    text = ("On Wednesday, troops recovered a rebel arms cache in the hinterlands of Lianga, "
            "Surigao del Sur, containing 15 assorted rifles.")
    [event] = extract(text, "2011-10-06")
    assert (event.location, event.sub_event_type) == ("Lianga", "Disrupted weapons use")


def test_doctors_at_a_hospital_in_a_town_say_where_they_are(extract: Extract) -> None:
    text = ("Rebels came under heavy machine-gun fire near Brega on Monday morning. Two rebel "
            "fighters were killed, according to doctors at the hospital in Ajdabiya, where the "
            "casualties were taken.")
    [event] = extract(text, "2011-03-28")
    assert event.location in ("Brega", "Al Burayqah")  # (GeoNames' spelling)
    assert event.fatalities == 2


# --- more of the same, from Latin America, Africa and Asia -----------------------------------

def test_grenades_in_a_seized_cargo_are_no_grenade_attack(extract: Extract) -> None:
    text = ("The Navy says a patrol boat intercepted an abandoned launch off the coast of "
            "Esmeraldas this morning carrying 40 grenades, 11 sticks of dynamite and six rifles.")
    [event] = extract(text, "2024-01-12")
    assert event.sub_event_type == "Disrupted weapons use"


def test_stun_grenades_of_the_police_are_no_grenade_attack(extract: Extract) -> None:
    text = ("On Wednesday, hundreds of residents blocked Avenida Brasil in Rio de Janeiro with "
            "burning tyres to protest a boy's death. Police used tear gas and stun grenades to "
            "clear the road.")
    [event] = extract(text, "2019-08-16")
    assert event.event_type in ("Riots", "Protests")
    assert event.fatalities == 0  # (the boy's death is not the crowd's)


def test_a_shootout_that_lasted_into_friday_happened_on_thursday(extract: Extract) -> None:
    text = ("Live updates | Friday 12 January 2024\n\n"
            "10:45 - More on the overnight clash in Duran: the army says a patrol was fired on "
            "late on Thursday while searching for gang members in the city. Five suspected gang "
            "members were killed in the shootout that followed, which lasted into the early "
            "hours of Friday.")
    [event] = extract(text, "2024-01-12")
    assert (event.event_date, event.fatalities) == ("2024-01-11", 5)


def test_arrests_counted_since_a_decree_are_a_tally(extract: Extract) -> None:
    text = ("Government sources say security forces have arrested more than 850 people since "
            "the president's decree earlier this week.")
    assert extract(text, "2024-01-12") == []


def test_a_protest_lodged_by_a_state_is_a_note(extract: Extract) -> None:
    text = ("On Sunday, during a lull in the ground fighting, several rebel mortar rounds fell on "
            "the town of Bunagana, killing a woman. Uganda said it had lodged a protest with "
            "both sides.")
    [event] = extract(text, "2013-11-05")
    assert (event.sub_event_type, event.fatalities) == ("Shelling/artillery/missile attack", 1)


def test_mothers_of_young_people_killed_long_ago_march_peacefully(extract: Extract) -> None:
    text = ("On Thursday, about 300 people, many of them mothers of young people killed in police "
            "operations, marched peacefully to the state legislature in Rio de Janeiro.")
    [event] = extract(text, "2019-08-16")
    assert (event.sub_event_type, event.fatalities) == ("Peaceful protest", 0)


def test_a_district_of_a_province_is_the_district(extract: Extract) -> None:
    text = ("Late on Tuesday, a car packed with explosives blew up near a gendarmerie station in "
            "the Lice district of Diyarbakir province, killing a gendarme.")
    [event] = extract(text, "2016-09-14")
    assert event.location == "Lice"


def test_a_valley_is_finer_than_its_district(extract: Extract) -> None:
    text = ("On Tuesday, the army said eight militants were killed in clashes in the Tirah valley "
            "of the Khyber tribal district.")
    [event] = extract(text, "2024-11-20")
    assert event.location == "Tirah"


def test_a_weekday_is_no_name_that_ties_a_toll_to_an_event(extract: Extract) -> None:
    text = ("Four soldiers and 11 militants were killed in clashes in Semdinli district on "
            "Monday, the military said on Wednesday.\n\n"
            "Late on Tuesday, a car bomb blew up near a gendarmerie station in the Lice district "
            "of Diyarbakir province, killing a gendarme and a passer-by.\n\n"
            "One of the wounded gendarmes died in hospital on Wednesday morning, raising the "
            "death toll to three, security sources said.")
    events = extract(text, "2016-09-14")
    bomb = next(e for e in events if e.sub_event_type == "Remote explosive/landmine/IED")
    clash = next(e for e in events if e.sub_event_type == "Armed clash")
    assert (bomb.fatalities, clash.fatalities) == (3, 15)


def test_a_crowd_dispersed_by_gunmen_was_protesting(extract: Extract) -> None:
    text = ("Several hundred people demonstrated in the centre of Idlib city on Friday against "
            "new taxes. HTS gunmen fired into the air to disperse the crowd and detained four "
            "organisers.")
    [event] = extract(text, "2019-11-23")
    assert event.sub_event_type == "Protest with intervention"


def test_gunmen_who_ambush_traders_attack_them(extract: Extract) -> None:
    text = ("On Saturday, gunmen ambushed a convoy of traders on the road between Kaya and Dori, "
            "killing at least 12 civilians, security sources said.")
    [event] = extract(text, "2020-05-08")
    assert (event.sub_event_type, event.fatalities) == ("Attack", 12)


def test_seleka_with_its_accents_is_the_group(extract: Extract) -> None:
    text = ("On Monday, anti-balaka fighters attacked ex-Séléka positions on the outskirts of "
            "Bambari. At least nine people were killed, four of them civilians caught in the "
            "crossfire.")
    [event] = extract(text, "2014-07-25")
    assert event.sub_event_type == "Armed clash"
    assert "Seleka" in f"{event.actor1} {event.actor2}"


def test_protests_of_past_years_are_background(extract: Extract) -> None:
    text = ("Some of their commanders rose to prominence in the anti-government protests of 2016 "
            "to 2018 that brought the prime minister to power.")
    assert extract(text, "2023-08-12") == []


def test_a_side_s_count_of_its_dead_civilians_is_a_war_tally(extract: Extract) -> None:
    text = ("Karabakh officials say more than 400 of their servicemen have been killed since "
            "Sept. 27. Azerbaijan says 41 of its civilians have died.")
    assert all(e.fatalities < 41 for e in extract(text, "2020-10-11"))


def test_a_spokesman_named_again_by_his_surname_is_no_place(extract: Extract) -> None:
    text = ("KANDAHAR, Afghanistan (AP) - A suicide bomber rammed a car into a police "
            "checkpoint in Kandahar on Monday, killing four policemen.\n\n"
            "A Taliban spokesman, Qari Yousef Ahmadi, said in a telephone call that the militant "
            "group carried out the bombing. Taliban spokesmen frequently exaggerate the tolls of "
            "their attacks, and Ahmadi claimed that 15 police had died.")
    events = extract(text, "2008-06-17")
    assert {e.country for e in events} == {"Afghanistan"}


def test_forces_that_push_fighters_out_of_a_city_regain_it(extract: Extract) -> None:
    text = ("On Monday, after a day of street fighting, federal forces pushed the Fano fighters "
            "out of the city of Bahir Dar, residents said.")
    [event] = extract(text, "2023-08-12")
    assert (event.sub_event_type, event.actor1) == ("Government regains territory",
                                                     "Military Forces of Ethiopia")


def test_towers_burned_in_the_next_province_that_night_are_another_event(
        extract: Extract) -> None:
    text = ("NARATHIWAT - Two rangers were killed when a roadside bomb exploded under their "
            "pick-up truck in Rueso district on Monday morning, police said.\n\n"
            "The same night, insurgents set fire to three mobile phone signal towers in Raman "
            "district of Yala. Nobody was hurt.")
    got = _types(extract(text, "2016-03-16"))
    assert got == [("2016-03-14", "Looting/property destruction"),
                   ("2016-03-14", "Remote explosive/landmine/IED")]


def test_police_who_believe_a_killing_was_political_did_not_kill(extract: Extract) -> None:
    text = ("YALA, Thailand - On Tuesday, a rubber tapper was shot dead by two gunmen on a "
            "motorcycle while he "
            "was working on his plantation near Bannang Sata. Police believe the killing was "
            "related to the insurgency.")
    [event] = extract(text, "2016-03-16")
    assert (event.sub_event_type, event.actor2) == ("Attack", "Civilians (Thailand)")


def test_troops_moving_in_without_meeting_resistance_take_it_over(extract: Extract) -> None:
    text = ("NAIROBI (Reuters) - Kenyan and Somali government troops moved into the centre of "
            "the port of Kismayu on Saturday without meeting resistance, after al Shabaab "
            "militants abandoned their last major urban stronghold overnight.")
    [event] = extract(text, "2012-09-30")
    assert (event.event_date, event.sub_event_type) == (
        "2012-09-29", "Non-violent transfer of territory")


def test_ministers_of_a_country_are_its_government(extract: Extract) -> None:
    text = ("The ceasefire was agreed early on Saturday after ten hours of talks in Moscow "
            "between the foreign ministers of Armenia and Azerbaijan.")
    [event] = extract(text, "2020-10-11")
    assert event.sub_event_type == "Agreement"
    assert "Government of Armenia" in (event.actor1, event.actor2)


def test_a_wounded_man_who_died_in_hospital_the_next_day_died_of_the_clash(
        extract: Extract) -> None:
    text = ("JHANG - Members of two rival groups clashed with sticks and stones in Jhang on "
            "Monday night. One man died on the spot and a second, who had been struck on the "
            "head, died at the District Headquarters Hospital on Tuesday.")
    assert [e.event_date for e in extract(text, "2013-07-03")] == ["2013-07-01"]


def test_similar_riots_of_a_past_summer_are_background(extract: Extract) -> None:
    text = ("Similar riots in the summer of 2012 left at least three people dead and dozens of "
            "government offices damaged in Punjab.")
    assert extract(text, "2013-07-03") == []
