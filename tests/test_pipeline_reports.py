"""The whole pipeline on invented reports written in the styles users feed it (police press
statements, radio bulletins, weekly round-ups, live blogs, features with a background
section): how their figures, days, places and actors read."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from warcount.records import Event

Extract = Callable[..., list[Event]]


def _got(events: list[Event]) -> list[tuple[str | None, str, int]]:
    return sorted((e.event_date, e.sub_event_type, e.fatalities) for e in events)


# --- figures -------------------------------------------------------------------------------

def test_a_figure_written_twice_in_a_police_statement_counts_once(extract: Extract) -> None:
    text = ("On 3rd March 2021 at about 0700hrs, a police lorry on patrol along the Wajir-Tarbaj "
            "road ran over an Improvised Explosive Device planted by Al-Shabaab militants. "
            "Three (3) officers succumbed to their injuries at the scene while two (2) others "
            "were wounded.")
    [event] = extract(text, "2021-03-04")
    assert (event.sub_event_type, event.fatalities, event.injured) == (
        "Remote explosive/landmine/IED", 3, 2)


def test_no_one_arrested_is_nobody(extract: Extract) -> None:
    text = ("Police fired tear gas to disperse a march of traders in Lomara on Monday. The "
            "police said that no one was arrested.")
    [event] = extract(text, "2022-02-08")
    assert event.sub_event_type == "Protest with intervention"
    assert not any(ev.field == "fatalities" for ev in event.evidence)


def test_an_official_toll_is_a_figure_not_an_official_killed(extract: Extract) -> None:
    text = ("Rebels attacked an army post near Dembira on Sunday night. The army spokesman gave "
            "an official toll of four soldiers killed and nine wounded.")
    [event] = extract(text, "2020-05-12")
    assert event.fatalities == 4


def test_another_voice_putting_the_toll_higher_gives_the_high_end(extract: Extract) -> None:
    text = ("On Tuesday, a minibus hit a landmine on the road between Kolta and Siribo, killing "
            "four passengers, a district official said. A trader in Kolta put the toll at "
            "seven dead.")
    [event] = extract(text, "2020-02-13")
    assert (event.fatalities, event.fatalities_high) == (4, 7)


def test_a_claim_saying_its_fighters_killed_more_is_the_high_end(extract: Extract) -> None:
    text = ("On 4 May, insurgents attacked Mirola, a village in Balama district, killing two "
            "civilians, residents said. Islamic State claimed the attack through its news "
            "agency two days later, saying its fighters had killed eight Christians.")
    [event] = extract(text, "2022-05-09")
    assert (event.fatalities, event.fatalities_high) == (2, 8)


def test_a_vague_count_of_the_other_side_adds_to_a_figure(extract: Extract) -> None:
    text = ("On Monday, soldiers guarding the outskirts of Lekwangole came under attack by "
            "armed youth. The army spokesman said three soldiers were killed and an "
            "unspecified number of the attackers died in the exchange of fire.")
    [event] = extract(text, "2023-03-07")
    assert event.fatalities == 6  # 3 + "an unspecified number" (3)


def test_a_higher_toll_given_by_another_voice_is_its_whole_sentence(extract: Extract) -> None:
    text = ("Gunmen opened fire at the Dango bus station on Monday, killing four travellers, a "
            "police officer said. A local chief gave a higher toll. \"We counted six dead, "
            "without counting the two attackers,\" he said on Tuesday.")
    [event] = extract(text, "2019-04-17")
    assert (event.fatalities, event.fatalities_high) == (4, 6)


# --- days ----------------------------------------------------------------------------------

def test_a_claim_made_on_monday_of_a_weekend_attack_is_not_mondays(extract: Extract) -> None:
    text = ("An armed group on Monday claimed a weekend attack on an army detachment in the "
            "north that left at least 15 people dead. Dozens of gunmen stormed the post in "
            "Tongomel at dawn on Saturday, the army said.")
    [event] = extract(text, "2020-03-10")
    assert (event.event_date, event.fatalities) == ("2020-03-07", 15)


def test_a_day_the_words_were_spoken_on_joins_the_event_just_told(extract: Extract) -> None:
    text = ("Insurgents attacked an army position on the island of Kolora, near Bagasi, last "
            "night. Early this morning, local sources were speaking of nine soldiers killed.")
    [event] = extract(text, "2021-06-14")
    assert (event.event_date, event.fatalities) == ("2021-06-13", 9)


def test_a_window_ends_on_the_day_the_army_spoke(extract: Extract) -> None:
    text = ("Fighter jets have killed 21 militants in the northern hills over the past 48 hours, "
            "the army said on Sunday.")
    [event] = extract(text, "2019-07-09")
    assert event.event_date == "2019-07-07" and event.time_precision == 2


def test_the_following_day_in_a_sentence_dates_the_act_after_it(extract: Extract) -> None:
    text = ("A military column burned around 60 houses in Thandaw village on Friday, residents "
            "said, before it was ambushed by resistance fighters the following day.")
    got = _got(extract(text, "2022-11-22"))
    assert [d for d, _, _ in got] == ["2022-11-18", "2022-11-19"]


def test_a_short_sentence_naming_a_day_sets_the_scene(extract: Extract) -> None:
    text = ("The attackers came after dark on Saturday. Moving through the orchards near "
            "Balad, a group of gunmen opened fire on a police post, killing three officers.")
    [event] = extract(text, "2021-11-30")
    assert event.event_date == "2021-11-27"


def test_a_sentence_opening_in_the_past_keeps_the_next_one_there(extract: Extract) -> None:
    text = ("Gunmen killed four farmers near Rowi on Sunday, police said.\n\n"
            "In April, the government disbanded the regional guard, and protests erupted in "
            "several towns.")
    assert _got(extract(text, "2023-08-15")) == [("2023-08-13", "Attack", 4)]


def test_today_in_a_story_filed_the_day_before_is_the_filing_day(extract: Extract) -> None:
    text = ("LOKTAK, Sep 12: Police fired tear gas at students marching on the governor's house "
            "today, injuring about 20 of them.")
    [event] = extract(text, "2023-09-13")
    assert event.event_date == "2023-09-12"


def test_a_weekly_summary_joins_the_events_it_sums(extract: Extract) -> None:
    text = ("WEEKLY BRIEF | 8-14 March 2021 | Published 15 March 2021\n\n"
            "Summary: Insurgent activity spread south this week, with a deadly attack in "
            "Meconta district.\n\n"
            "On 9 March, insurgents attacked Namialo, in Meconta district, killing four "
            "civilians, residents said.")
    assert _got(extract(text, "2021-03-15")) == [("2021-03-09", "Attack", 4)]


# --- what is no event ----------------------------------------------------------------------

def test_a_question_heading_is_no_event(extract: Extract) -> None:
    text = ("A drone strike on the market of Gesra killed 14 people on Sunday, a doctor said.\n\n"
            "How many people have died?\n"
            "The UN said last week that 200 people had been killed since July.")
    assert _got(extract(text, "2023-08-15")) == [("2023-08-13", "Air/drone strike", 14)]


def test_a_habit_in_the_past_is_no_event(extract: Extract) -> None:
    text = ("Masked gunmen abducted two men from their homes in Kafr Badr on Sunday. Residents "
            "blamed the Desert Brigade, which has in the past killed people it accuses of "
            "working with the army.")
    assert _got(extract(text, "2018-02-12")) == [
        ("2018-02-11", "Abduction/forced disappearance", 0)]


def test_the_background_section_of_a_report_tells_no_events(extract: Extract) -> None:
    text = ("A grenade was thrown at a shop in Qasra on Thursday, injuring two people, police "
            "said.\n\nBACKGROUND\n\nQasra has seen repeated bouts of fighting between the two "
            "districts. Clashes there killed 30 people in a week of fighting.")
    assert _got(extract(text, "2014-05-03")) == [("2014-05-01", "Grenade", 0)]


def test_the_pages_own_coverage_is_no_event(extract: Extract) -> None:
    text = ("Our live coverage of the fighting on the border has ended for today.\n\n"
            "09:12 - An army drone struck a motorcycle near Tebla, killing two fighters, a "
            "security source said.")
    assert _got(extract(text, "2024-07-10")) == [("2024-07-10", "Air/drone strike", 2)]


def test_related_story_headlines_under_a_label_are_furniture(extract: Extract) -> None:
    text = ("Gunmen raided Soba village on Tuesday and abducted nine people, the chief said.\n\n"
            "Related:\n- Kobru: fighters kill six in night raid\n- Market reopens in Soba")
    assert _got(extract(text, "2017-09-13")) == [
        ("2017-09-12", "Abduction/forced disappearance", 0)]


# --- places --------------------------------------------------------------------------------

def test_a_word_opening_a_sentence_is_no_place(extract: Extract) -> None:
    text = ("Gunmen killed three herders near Abeche on Saturday. Still in the east, a second "
            "attack struck Abeche on Sunday.")
    assert {e.country for e in extract(text, "2022-08-15")} == {"Chad"}


def test_residents_of_a_town_reporting_fighting_there_place_it(extract: Extract) -> None:
    text = ("On Monday, residents of Debre Markos, the capital of East Gojjam, reported heavy "
            "fighting in the town after Fano militiamen attacked army positions.")
    [event] = extract(text, "2023-08-15")
    assert event.location.startswith("Debre Mark")


def test_aircraft_flying_from_a_town_did_not_strike_it(extract: Extract) -> None:
    text = ("On Tuesday afternoon, two jet fighters flying from the direction of Monywa dropped "
            "four bombs on a village in Salingyi Township, killing five villagers.")
    [event] = extract(text, "2023-11-16")
    assert event.sub_event_type == "Air/drone strike" and "Monywa" not in event.location


def test_a_town_in_an_area_is_no_list_of_two_towns(extract: Extract) -> None:
    text = ("On 5 November, an army drone struck a car in Tammun, in the Tubas governorate, "
            "killing three men.")
    [event] = extract(text, "2025-11-06")
    assert event.fatalities == 3


def test_two_named_towns_with_their_own_dead_are_two_events(extract: Extract) -> None:
    text = ("An army drone strike near Naqoura killed two fighters this morning. In the "
            "evening, three people were killed in a strike on Aita al-Shaab.")
    got = sorted((e.location, e.fatalities) for e in extract(text, "2024-07-10"))
    assert [f for _, f in got] in ([2, 3], [3, 2]) and len({loc for loc, _ in got}) == 2


# --- actors and types ----------------------------------------------------------------------

def test_a_group_claiming_an_assault_after_an_apposition_is_actor1(extract: Extract) -> None:
    text = ("Dozens of armed men stormed the military post in Diblo on Saturday, killing six "
            "soldiers. The Group for Support of Islam and Muslims (JNIM), the region's main "
            "Al-Qaeda affiliate, claimed the assault on Monday.")
    [event] = extract(text, "2019-10-08")
    assert event.actor1 == "JNIM: Group for Support of Islam and Muslims"


def test_a_group_linked_to_a_network_is_not_the_network(extract: Extract) -> None:
    text = ("A jihadist group linked to Al-Qaeda attacked a gendarmerie post in Sollo on "
            "Sunday, killing four gendarmes.")
    [event] = extract(text, "2019-10-08")
    assert event.actor1 != "Al Qaeda"


def test_a_governor_attributing_the_attack_names_actor1(extract: Extract) -> None:
    text = ("A suicide bomber blew herself up at the landing stage of Bol on Monday morning, "
            "killing three people. The governor attributed the attack to Boko Haram and "
            "announced that canoe traffic will be banned.")
    [event] = extract(text, "2022-08-15")
    assert event.actor1.startswith("Boko Haram")


def test_attackers_said_to_be_of_a_community_are_its_militia(extract: Extract) -> None:
    text = ("At least 12 people were killed on Saturday when armed youth attacked Likuangole, "
            "and fought with local Murle youth who had taken up arms. Officials said the "
            "attackers were mostly Lou Nuer youth.")
    [event] = extract(text, "2023-01-10")
    assert {event.actor1, event.actor2} == {"Lou Nuer Communal Militia (South Sudan)",
                                            "Murle Communal Militia (South Sudan)"}


def test_a_states_force_named_after_the_state(extract: Extract) -> None:
    text = ("A man was killed when the Armed Forces of Ukraine shelled Tetkino yesterday, the "
            "regional governor said.")
    [event] = extract(text, "2024-04-18")
    assert event.actor1 == "Military Forces of Ukraine"


def test_suspects_held_for_a_named_group_are_its_members(extract: Extract) -> None:
    text = ("On Friday, police arrested three suspects believed to be facilitators of the "
            "Al-Shabaab terror group in Wajir town.")
    [event] = extract(text, "2022-06-12")
    assert (event.sub_event_type, event.actor2) == ("Arrests", "Al Shabaab")


def test_troops_entering_a_town_after_fighting_regain_it(extract: Extract) -> None:
    text = ("On 18 February, FACA entered Bakala after an exchange of fire with CPC elements, "
            "who withdrew towards the north.")
    [event] = extract(text, "2021-02-19")
    assert event.sub_event_type == "Government regains territory"
    assert event.actor2 == "CPC: Coalition of Patriots for Change"


def test_a_march_dispersed_with_tear_gas_is_a_protest(extract: Extract) -> None:
    text = ("In Sarh, the march called this morning by a citizens' platform to demand the "
            "departure of foreign troops was dispersed by police with tear gas.")
    [event] = extract(text, "2022-08-15")
    assert (event.sub_event_type, event.actor2) == (
        "Protest with intervention", "Police Forces of Chad")


def test_soldiers_burning_houses_is_property_destruction(extract: Extract) -> None:
    text = ("A military column burned around 50 houses in Thaya village, Kani Township, on "
            "Friday, residents said. \"They set fire to every house they could reach,\" a "
            "resident said.")
    [event] = extract(text, "2022-10-04")
    assert event.sub_event_type == "Looting/property destruction"


def test_a_firefight_after_the_explosion_is_part_of_the_attack(extract: Extract) -> None:
    text = ("On 10th June 2022, a police vehicle ran over an IED near Dadaab, killing two "
            "officers. Immediately after the explosion, the militants engaged the officers in a "
            "fire fight.")
    [event] = extract(text, "2022-06-12")
    assert event.sub_event_type == "Remote explosive/landmine/IED"


def test_a_crowd_lynching_an_accused_informant_is_mob_violence(extract: Extract) -> None:
    text = ("On 3 April, a crowd in the Gobongo neighbourhood of Bangui beat to death a man "
            "accused of being an informant for an armed group, local sources said.")
    [event] = extract(text, "2021-04-06")
    assert (event.sub_event_type, event.actor1) == (
        "Mob violence", "Rioters (Central African Republic)")


def test_a_groups_count_of_the_dead_a_neutral_source_counted_is_the_high_end(
        extract: Extract) -> None:
    text = ("On Saturday, fighting broke out near Tibu. Troops found the bodies of five men in "
            "camouflage uniforms in a hamlet outside the town, the army said. The ELN said in a "
            "message that its fighters had killed 12 members of the dissident 33rd Front.")
    [event] = extract(text, "2025-09-22")
    assert (event.fatalities, event.fatalities_high) == (5, 12)


def test_a_group_saying_its_fighters_killed_owns_the_killing(extract: Extract) -> None:
    text = ("Gunmen stopped a bus near Mastung on Thursday and shot dead six passengers, "
            "officials said. The Balochistan Liberation Army said in a statement that its "
            "fighters had killed six spies.")
    [event] = extract(text, "2025-12-05")
    assert event.actor1 == "BLA: Balochistan Liberation Army" and event.fatalities == 6


def test_interceptions_across_the_country_join_no_towns_strike(extract: Extract) -> None:
    text = ("Last night, Russian drones struck a warehouse in Izmail, killing one worker. "
            "According to the air force, 40 drones were shot down across the country.")
    [event] = extract(text, "2026-01-26")
    assert (event.sub_event_type, event.fatalities) == ("Air/drone strike", 1)


def test_a_centre_for_something_is_an_organisation(extract: Extract) -> None:
    text = ("Gang members shot dead five residents of Solino, Port-au-Prince, on Sunday, the "
            "Centre for Analysis and Research in Human Rights said.")
    [event] = extract(text, "2023-08-29")
    assert event.admin1 != "Centre"


def test_young_men_blocking_a_road_with_burning_tyres_riot(extract: Extract) -> None:
    text = ("On Monday morning, dozens of young men angry at the violence blocked the coastal "
            "road near Sabratha with burning tyres.")
    [event] = extract(text, "2024-03-12")
    assert event.event_type == "Riots"


def test_a_home_force_with_a_local_name_still_says_where_the_report_is(
        extract: Extract) -> None:
    text = ("At least 10 Iraqi soldiers were killed in a Daesh attack near the border with "
            "Syria.")
    [event] = extract(text, "2019-01-01")
    assert event.country == "Iraq"


def test_a_country_opening_a_longer_name_is_no_force_of_that_country(
        extract: Extract) -> None:
    text = ("On Monday, soldiers of the South Sudan People's Defence Forces (SSPDF) came under "
            "attack near Pibor town by armed youth. Two soldiers were killed.")
    [event] = extract(text, "2023-01-10")
    assert "PDF" not in event.actor1 + event.actor2


def test_a_base_that_fell_was_overtaken(extract: Extract) -> None:
    text = ("Taliban fighters attacked an army base in Nad Ali district on Wednesday. The base "
            "fell on Thursday after a second day of fighting in which 11 soldiers were killed.")
    got = _got(extract(text, "2018-07-13"))
    assert ("2018-07-12", "Non-state actor overtakes territory", 11) in got


def test_a_curfew_extended_until_a_day_is_not_dated_to_it(extract: Extract) -> None:
    text = ("Russian artillery shelled Kherson yesterday, killing two people. The curfew in "
            "Kherson has been extended until Monday.")
    assert [d for d, _, _ in _got(extract(text, "2023-08-17"))] == ["2023-08-16"]


def test_debris_injuring_a_woman_places_the_interception(extract: Extract) -> None:
    text = ("Air defence forces shot down eight Shahed drones over the region overnight, the air "
            "force said. Falling debris damaged a private house in Pavlohrad, injuring a woman.")
    [event] = extract(text, "2023-08-17")
    assert (event.sub_event_type, event.location, event.actor2) == (
        "Disrupted weapons use", "Pavlohrad", "Military Forces of Russia")


def test_a_jet_model_between_nationality_and_aircraft(extract: Extract) -> None:
    text = "Iraqi F-16 jets struck hideouts near Hawija on Monday, killing seven militants."
    [event] = extract(text, "2021-11-30")
    assert event.actor1 == "Military Forces of Iraq"


def test_a_crowd_bombed_with_no_protest_is_civilians(extract: Extract) -> None:
    text = ("A suicide bomber blew himself up on Wednesday among a crowd of tribal elders "
            "gathered outside a government office in Khost, killing nine people.")
    [event] = extract(text, "2018-07-13")
    assert event.actor2 == "Civilians (Afghanistan)"


def test_an_outlet_named_after_a_town_is_no_place(extract: Extract) -> None:
    text = ("AGUILILLA, Mexico, May 18 (Meridian Wire) - Gunmen killed four police officers "
            "in an ambush near El Aguaje on Saturday, officials told Meridian Wire.")
    [event] = extract(text, "2021-05-18")
    assert event.country == "Mexico"


def test_a_numbered_items_capital_label_places_it(extract: Extract) -> None:
    text = ("1. SAN LORENZO (Esmeraldas). Troops seized rifles in a raid.\n\n"
            "2. DURAN (Guayas). In the early hours of Sunday, a military patrol came under fire "
            "from gunmen in the El Recreo sector. Two attackers were killed.")
    events = extract(text, "2024-02-19")
    assert any(e.fatalities == 2 and e.admin1 == "Guayas" for e in events)


def test_a_wars_toll_in_the_perfect_is_no_events_dead(extract: Extract) -> None:
    text = ("Police fired tear gas on Sunday to disperse several hundred people protesting "
            "outside the town hall in Varto.\n\n"
            "At least 15 protesters were detained, a party spokesman said.\n\n"
            "The rebel group, listed as a terrorist organisation by the government and its "
            "allies, took up arms in 1984. More than 40,000 people have been killed in the "
            "conflict.")
    events = extract(text, "2016-09-14")
    assert events and all(e.fatalities == 0 for e in events)


def test_a_hospital_the_wounded_were_evacuated_to_is_no_scene(extract: Extract) -> None:
    text = ("A landmine exploded under an army patrol on Mount Chaambi on Saturday, wounding "
            "two soldiers. The two wounded soldiers were evacuated by helicopter to the "
            "military hospital in Tunis.")
    [event] = extract(text, "2014-08-04")
    assert event.location != "Tunis"


@pytest.mark.parametrize("toll", [
    "Thousands of soldiers and civilians have been killed and hundreds of thousands displaced.",
    "Rights groups say at least 290 protesters have been killed in the unrest, including 40 "
    "minors.",
])
def test_a_movements_or_wars_running_toll_is_no_events_dead(extract: Extract, toll: str) -> None:
    text = ("Security forces opened fire on protesters in Kolo on Saturday, killing two people, "
            "a rights group said.\n\n" + toll)
    [event] = extract(text, "2022-11-07")
    assert event.fatalities == 2


# --- crowds that fought back, targets that returned fire -----------------------------------

def test_a_crowd_that_threw_brick_chips_is_a_riot_whatever_force_met_it(extract: Extract) -> None:
    text = ("Police fired tear gas and rubber bullets in Khulna on Sunday after party supporters "
            "gathered outside the district office threw brick chips at officers. At least 20 "
            "people, including six policemen, were injured.")
    [event] = extract(text, "2019-01-15")
    assert event.sub_event_type == "Violent demonstration"


def test_barricades_of_burning_tyres_make_the_shooting_a_riots_answer(extract: Extract) -> None:
    text = ("On Monday, youths barricaded roads with burning tyres in the suburbs of Chitungwiza. "
            "Soldiers opened fire with live ammunition, and two men were brought to hospital "
            "dead.")
    [event] = extract(text, "2019-01-16")
    assert (event.sub_event_type, event.fatalities) == ("Violent demonstration", 2)


def test_a_target_that_returned_fire_makes_the_mortar_attack_a_battle(extract: Extract) -> None:
    text = ("A policeman was killed when ELN guerrillas attacked the Saravena police station "
            "with homemade mortars and rifle fire on Sunday night. Police officers returned "
            "fire from the station's trenches. The army did not return fire at the nearby "
            "base, a spokesman said.")
    [event] = extract(text, "2023-07-12")
    assert (event.sub_event_type, event.fatalities) == ("Armed clash", 1)
    assert event.actor1 == "ELN: National Liberation Army"  # the attackers first


def test_aircraft_of_a_named_air_force_that_struck_made_an_air_strike(extract: Extract) -> None:
    text = ("On Friday at dawn, aircraft of the National Air Force struck a group of terrorists "
            "gathered about 30 km north of Ouallam, neutralising several of them.")
    [event] = extract(text, "2021-03-22")
    assert event.sub_event_type == "Air/drone strike"


def test_a_people_named_as_the_attackers_is_their_communal_militia(extract: Extract) -> None:
    text = "On Sunday, Nuer raided a cattle camp in Jonglei state and burned twenty huts."
    [event] = extract(text, "2020-06-23")
    assert event.actor1 == "Nuer Communal Militia (South Sudan)" and event.inter1 == 4


def test_explosives_dropped_from_a_drone_are_an_air_strike(extract: Extract) -> None:
    text = ("On Sunday, explosives dropped from a drone wounded two farmworkers picking limes in "
            "an orchard near Uruapan, local officials said.")
    [event] = extract(text, "2025-04-15")
    assert (event.sub_event_type, event.injured) == ("Air/drone strike", 2)


def test_a_sentence_ending_on_an_hour_is_a_sentence_of_its_own(extract: Extract) -> None:
    text = ("On Sunday night in Tunis, young men threw stones at police, who responded with tear "
            "gas until around 2 a.m. In Sfax, youths burned tyres and blocked the main road "
            "before police dispersed them.")
    got = sorted((e.location, e.sub_event_type) for e in extract(text, "2021-01-18"))
    assert [loc for loc, _ in got] == ["Sfax", "Tunis"], got


def test_each_town_of_a_list_of_similar_rallies_is_an_event(extract: Extract) -> None:
    text = ("Thousands of people rallied outside parliament in Yerevan on Sunday evening to "
            "demand the prime minister's resignation. Similar peaceful rallies took place in "
            "Gyumri and Vanadzor.")
    got = sorted(e.location or "" for e in extract(text, "2024-12-03"))
    assert got == ["Gyumri", "Vanadzor", "Yerevan"], got


def test_the_previous_day_counts_from_the_day_a_force_spoke(extract: Extract) -> None:
    text = ("The Rwanda Defence Force said on 13 September that its troops had killed seven "
            "insurgents in a clash near Mocimboa da Praia the previous day.")
    [event] = extract(text, "2022-09-15")
    assert (event.event_date, event.country) == ("2022-09-12", "Mozambique")
    assert event.location is not None and event.location.startswith("Moc")


def test_repelled_assaults_are_a_battle_begun_by_the_assaulting_army(extract: Extract) -> None:
    text = ("On Saturday, Ukraine's General Staff said its forces had repelled nine Russian "
            "assaults near Lyptsi over the previous day.")
    [event] = extract(text, "2023-11-19")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Armed clash", "Military Forces of Russia", "Military Forces of Ukraine")


def test_civilian_injuries_in_a_weekly_count_are_no_crowd(extract: Extract) -> None:
    text = ("On Tuesday a Russian drone hit a substation in Dergachi. Over the week Russian "
            "forces shelled 20 villages, said the police, who registered 9 civilian injuries "
            "and 40 damaged homes.")
    events = extract(text, "2023-11-19")
    assert [e.event_type for e in events if e.event_type == "Protests"] == []
    assert all(not (e.actor2 or "").startswith("Rioters") for e in events)


def test_protesters_hurt_by_a_baton_charge_met_an_intervention(extract: Extract) -> None:
    text = ("On 4 May, teachers staged a protest in Rangpur city. Police charged batons and "
            "dispersed them. Several teachers were injured.")
    [event] = extract(text, "2023-05-05")
    assert event.sub_event_type == "Protest with intervention"


def test_protesters_hurt_by_bullets_met_excessive_force(extract: Extract) -> None:
    text = ("On 4 May, teachers staged a protest in Rangpur city. Police fired bullets to "
            "disperse them. Several teachers were injured.")
    [event] = extract(text, "2023-05-05")
    assert event.sub_event_type == "Excessive force against protesters"


def test_a_background_date_in_a_relative_clause_dates_only_that_clause(extract: Extract) -> None:
    text = ("In Varosh, which the rebels have held since last month, residents said army "
            "helicopters fired missiles at a house on Monday night, killing eight members of "
            "one family, including three children.")
    [event] = extract(text, "2014-07-08")
    assert (event.event_date, event.sub_event_type, event.fatalities) == (
        "2014-07-07", "Air/drone strike", 8)


def test_a_figure_after_including_is_part_of_the_one_before(extract: Extract) -> None:
    text = ("Army helicopters fired missiles at a house in Varosh on Monday, killing eight "
            "members of a family, including three children.")
    [event] = extract(text, "2020-01-08")
    assert event.fatalities == 8


def test_people_fired_on_while_gathered_are_the_targets_not_a_crowd(extract: Extract) -> None:
    text = ("On Friday night, armed men burst into the village of Kolbi and opened fire on "
            "residents gathered in front of a house for a wedding. At least five people were "
            "killed. The assailants also set fire to two granaries.")
    [event] = extract(text, "2023-05-07")
    assert event.sub_event_type == "Attack"
    assert (event.actor2 or "").startswith("Civilians")


def test_districts_once_again_the_scene_of_clashes_is_news(extract: Extract) -> None:
    text = ("Yesterday, the Dalaba and Korsi neighbourhoods of Lomé were once again the scene of "
            "violent clashes between young supporters of the opposition and the security forces. "
            "Young people set up barricades of burning tyres and threw stones at the police.")
    [event] = extract(text, "2010-11-18")
    assert (event.event_date, event.event_type) == ("2010-11-17", "Riots")


def test_gunmen_linked_to_a_group_are_that_group(extract: Extract) -> None:
    [event] = extract("Gunmen linked to Al Shabaab kill two on road to Garissa.", "2020-01-08")
    assert event.actor1 == "Al Shabaab"
    text = "Explosion injures police officers in Wajir; Al Shabaab is believed responsible."
    [event] = extract(text, "2020-01-08")
    assert event.actor1 == "Al Shabaab"


def test_demonstrators_who_clashed_are_no_victims_of_excessive_force(extract: Extract) -> None:
    text = ("On 3 August 2024, students staged a demonstration in Rangpur city and clashed with "
            "ruling party men and police. Party men fired bullets during the clash. At least 40 "
            "people were injured.")
    [event] = extract(text, "2024-08-04")
    assert event.sub_event_type == "Violent demonstration"


def test_protesters_who_had_not_clashed_met_excessive_force(extract: Extract) -> None:
    text = ("Security forces shot dead two protesters in Varan on Monday. The protesters had "
            "blocked the highway but had not clashed with the security forces before they "
            "opened fire.")
    [event] = extract(text, "2020-01-21")
    assert event.sub_event_type == "Excessive force against protesters"


def test_a_rally_against_a_plan_is_a_rally(extract: Extract) -> None:
    text = ("Several hundred Palestinians rallied in the Martyrs Square in Gaza City on "
            "Tuesday against Israel's plan to annex parts of the valley, waving flags. The rally "
            "ended peacefully.")
    [event] = extract(text, "2020-06-17")
    assert (event.event_date, event.sub_event_type) == ("2020-06-16", "Peaceful protest")


def test_a_football_result_is_no_attack(extract: Extract) -> None:
    text = ("The national team beat their guests 3-1 in a friendly match played on Wednesday "
            "evening in Tarsa.")
    assert extract(text, "2010-11-18") == []


def test_a_group_suspected_in_the_next_sentence_is_the_attacker(extract: Extract) -> None:
    text = ("Four people died on Tuesday when their minibus set off a roadside bomb near "
            "Elwak, police said. Al Shabaab militants were suspected.")
    [event] = extract(text, "2020-06-03")
    assert event.actor1 == "Al Shabaab"


def test_a_group_suspected_in_a_verbless_sentence_is_the_attacker(extract: Extract) -> None:
    text = ("04 June. Three Kenyan police officers were killed when their truck struck a "
            "landmine near Tarsa. Al Shabaab suspected as perpetrators. Al Shabaab claims they "
            "have killed 25 Kenyan soldiers.")
    [event] = extract(text, "2019-06-05")
    assert (event.actor1, event.actor2) == ("Al Shabaab", "Police Forces of Kenya")
    assert event.fatalities == 3  # (the group's own claim is not the toll)


def test_officials_suspecting_al_shabaab_in_lower_case_name_the_attacker(
        extract: Extract) -> None:
    text = "Blast wounds two police officers in Kenya's Tarsa; officials suspect al Shabaab"
    [event] = extract(text, "2014-03-02")
    assert event.actor1 == "Al Shabaab"


def test_a_group_that_claimed_to_have_ambushed_is_the_attacker(extract: Extract) -> None:
    text = ("On 2 March 2021, JNIM claimed to have ambushed an army patrol near Tarsa in "
            "Burkina Faso, killing two soldiers.")
    [event] = extract(text, "2021-03-03")
    assert (event.actor1, event.actor2) == ("JNIM: Group for Support of Islam and Muslims",
                                           "Military Forces of Burkina Faso")


def test_a_clan_s_militia_is_its_communal_militia(extract: Extract) -> None:
    text = ("Six people were killed in Kenya on Monday night when militia from the Garre clan "
            "raided a village near Tarsa.")
    [event] = extract(text, "2015-05-12")
    assert (event.actor1, event.inter1) == ("Garre Communal Militia (Kenya)", 4)
    [event] = extract("Degodia attack Garre civilians near Mandera, Kenya", "2013-05-25")
    assert event.actor1 == "Degodia Communal Militia (Kenya)"


def test_a_guard_killed_is_a_private_security_force_fighting(extract: Extract) -> None:
    text = ("Gunmen shot dead a security guard at a bank in Lomara, Kenya, on Friday, police "
            "said.")
    [event] = extract(text, "2016-08-13")
    assert (event.sub_event_type, event.actor1, event.actor2, event.fatalities) == (
        "Armed clash", "Unidentified Armed Group (Kenya)", "Private Security Forces (Kenya)", 1)


def test_guards_hacked_to_death_by_attackers_named_later_are_the_target(
        extract: Extract) -> None:
    text = ("Three security guards were hacked to death and two others wounded at a farm near "
            "Tarsa in Tanzania on Sunday. The victims were attacked by unknown assailants who "
            "raided their huts.")
    [event] = extract(text, "2014-05-06")
    assert (event.actor1, event.actor2) == ("Unidentified Armed Group (Tanzania)",
                                           "Private Security Forces (Tanzania)")


def test_protesters_who_scuffled_with_police_met_an_intervention(extract: Extract) -> None:
    text = ("On 21 June 2023, supporters of the opposition 'scuffled' with police during their "
            "demonstration in Lomara town, Bangladesh, over the arrest of a leader.")
    [event] = extract(text, "2023-06-21")
    assert (event.sub_event_type, event.actor2) == ("Protest with intervention",
                                                    "Police Forces of Bangladesh")


def test_an_explosive_planted_under_a_vehicle_is_a_bomb(extract: Extract) -> None:
    text = ("An al Shabaab-planted explosive attached to an army truck kills five Kenyan "
            "soldiers near Tarsa")
    [event] = extract(text, "2015-08-12")
    assert (event.sub_event_type, event.actor1, event.fatalities) == (
        "Remote explosive/landmine/IED", "Al Shabaab", 5)


def test_the_dead_named_far_before_their_verb_are_counted(extract: Extract) -> None:
    text = ("On 12 October 2019, ten police officers from a camp in Garissa County, on patrol "
            "along a dirt road near the Somali border, died as their vehicle ran over an "
            "explosive device.")
    [event] = extract(text, "2019-10-12")
    assert event.fatalities == 10


def test_here_in_a_local_paper_s_lead_is_its_dateline_city(extract: Extract) -> None:
    text = ("DERA ISMAIL KHAN: Five people were killed when a bomb exploded in a crowded market "
            "here on Sunday, police said.\n\nMeanwhile, a drone strike near Miramshah killed "
            "two militants on Saturday, officials said.")
    events = extract(text, "2011-09-19")
    assert {(e.sub_event_type, e.location) for e in events} == {
        ("Remote explosive/landmine/IED", "Dera Ismail Khan"), ("Air/drone strike", "Miran Shah")}


def test_an_agency_dateline_with_a_full_stop_and_dash_is_no_scene(extract: Extract) -> None:
    text = ("Mexico City, May 24 (EFE).- At least nine people died in a shootout between rival "
            "gangs in the border city of Ciudad Juarez late Friday, officials said.")
    [event] = extract(text, "2010-05-24")
    assert (event.event_date, event.location) == ("2010-05-21", "Ciudad Juárez")


def test_a_city_dateline_with_a_tight_dash_is_no_scene(extract: Extract) -> None:
    text = ("ZAMBOANGA CITY, Philippines\u2014Suspected Abu Sayyaf gunmen abducted a teacher in "
            "Patikul, Sulu, on Tuesday, the military said.")
    [event] = extract(text, "2014-09-17")
    assert (event.sub_event_type, event.location) == ("Abduction/forced disappearance", "Patikul")


def test_clashes_an_agreement_is_meant_to_avoid_are_no_clash(extract: Extract) -> None:
    text = ("In Tarsa, Philippines, the government and MILF ceasefire committees signed an "
            "agreement on Tuesday to coordinate operations and to avoid accidental clashes "
            "between soldiers and MILF fighters.")
    [event] = extract(text, "2014-09-17")
    assert event.sub_event_type == "Agreement"


def test_a_country_battling_an_insurgency_is_no_battle(extract: Extract) -> None:
    text = ("In neighbouring Burkina Faso, which is also battling a jihadist insurgency, gunmen "
            "killed 11 civilians at a market in the northern town of Djibo on Tuesday.")
    [event] = extract(text, "2022-08-11")
    assert (event.sub_event_type, event.actor2) == ("Attack", "Civilians (Burkina Faso)")


def test_a_new_military_base_set_up_is_a_base_established(extract: Extract) -> None:
    text = ("Malian troops and their Russian allies set up a new military base in Douentza on "
            "Monday, two local officials said.")
    [event] = extract(text, "2022-08-10")
    assert event.sub_event_type == "Headquarters or base established"


def test_a_district_the_event_names_is_not_narrowed_by_a_later_town(extract: Extract) -> None:
    text = ("Troops captured a rebel-held village near Tarsa in the Mullaitivu district of Sri "
            "Lanka on Wednesday after heavy fighting, the military said.\n\nMeanwhile, a "
            "suicide bomber blew herself up at a checkpoint near Vavuniya on Tuesday, killing "
            "two policemen.")
    events = extract(text, "2009-02-26")
    assert {e.location for e in events} == {"Mullaittivu", "Vavuniya"}


def test_police_firing_on_a_procession_is_excessive_force(extract: Extract) -> None:
    text = ("Two people were killed when police opened fire on a procession in Tarsa, "
            "Bangladesh, yesterday, as an opposition blockade entered its second day.")
    [event] = extract(text, "2013-11-28")
    assert (event.sub_event_type, event.fatalities) == ("Excessive force against protesters", 2)


def test_stones_pelted_at_police_make_the_protest_a_riot(extract: Extract) -> None:
    text = ("One person was shot dead yesterday as protests against a market levy turned "
            "chaotic in Lomara, Kenya. Hundreds of youths barricaded the highway, lit bonfires "
            "and pelted police officers with stones. Police responded with teargas and live "
            "bullets.")
    [event] = extract(text, "2025-06-25")
    assert (event.sub_event_type, event.actor2) == ("Violent demonstration",
                                                    "Police Forces of Kenya")
