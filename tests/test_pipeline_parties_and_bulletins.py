"""The whole pipeline on invented reports: party supporters on both sides of a brawl, armed
groups of Mali and Egypt's Sinai by name, a person's given name that a town shares, and an
aid bulletin whose "CONTEXT" heading is followed by its "INCIDENTS"."""

from __future__ import annotations

from collections.abc import Callable

from warcount.records import Event

Extract = Callable[..., list[Event]]


def test_two_parties_supporters_are_rioters_on_both_sides(extract: Extract) -> None:
    text = ("Supporters of the ZANU-PF clashed with MDC supporters in Chitungwiza on Tuesday, "
            "leaving two people dead, police said.")
    [event] = extract(text, "2018-07-26")
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Mob violence", "Rioters (Zimbabwe)", "Rioters (Zimbabwe)")
    assert {event.assoc_actor_1, event.assoc_actor_2} == {
        "ZANU-PF: Zimbabwe African National Union-Patriotic Front",
        "MDC: Movement for Democratic Change"}


def test_a_party_crowd_has_its_party_associated(extract: Extract) -> None:
    text = "Police fired tear gas at PTI workers protesting in Lahore on Tuesday."
    [event] = extract(text, "2023-05-11")
    assert (event.actor1, event.assoc_actor_1) == (
        "Protesters (Pakistan)", "PTI: Pakistan Tehreek-e-Insaf")


def test_an_armoured_personnel_carrier_is_no_party(extract: Extract) -> None:
    text = ("On Tuesday, gunmen fired on an APC of the police near Gwoza, wounding two "
            "officers, the army said.")
    [event] = extract(text, "2019-03-14")
    assert "Progressives" not in f"{event.assoc_actor_1} {event.assoc_actor_2}"
    assert event.country == "Nigeria"


def test_the_groups_of_northern_mali_in_2012(extract: Extract) -> None:
    text = ("Fighters of Ansar Dine destroyed two shrines in Timbuktu on Wednesday, residents "
            "said.\n\nIn Gao, MUJAO fighters abducted three traders on Tuesday.")
    events = extract(text, "2012-07-20")
    assert {e.actor1 for e in events} == {
        "Ansar Dine", "MUJAO: Movement for Unity and Jihad in West Africa"}


def test_sinai_province_is_the_islamic_state_in_egypt(extract: Extract) -> None:
    text = ("Sinai Province militants attacked a checkpoint near Rafah on Tuesday, killing "
            "three soldiers, the army said.")
    [event] = extract(text, "2017-08-03")
    assert (event.actor1, event.actor2) == ("Islamic State (Egypt)", "Military Forces of Egypt")


def test_a_candidates_given_name_is_no_town(extract: Extract) -> None:
    for text in ("On Saturday, youths set fire to the car of the county assembly candidate, "
                 "Hassan Ali.",
                 "On Saturday, rival supporters attacked the convoy of a parliamentary "
                 "aspirant, Charles Kamau, injuring two.",
                 "On Saturday, unknown assailants burned the house of MCA Wilson Kiprop."):
        [event] = extract(text, "2017-08-01")
        assert event.location not in ("Hassan", "Charles", "Wilson"), text


def test_a_bulletins_incidents_follow_its_context_section(extract: Extract) -> None:
    text = ("Diffa region: Flash update no. 3\n\n"
            "CONTEXT\n\n"
            "Since 2015 the region has been affected by attacks by Boko Haram. A state of "
            "emergency has been in force since February 2015.\n\n"
            "INCIDENTS\n\n"
            "1. Bosso. On Friday 1 April, Boko Haram fighters attacked the army position in "
            "Bosso. The Ministry of Defence said five soldiers and 30 assailants were killed.\n\n"
            "2. Chetimari. On Saturday 2 April, a young woman detonated an explosive belt at "
            "the entrance of the weekly market of Chetimari, killing four civilians.\n")
    events = extract(text, "2016-04-04")
    by_day = {str(e.event_date): e for e in events}
    assert by_day["2016-04-01"].sub_event_type == "Armed clash"
    assert by_day["2016-04-01"].fatalities == 35
    assert (by_day["2016-04-02"].sub_event_type, by_day["2016-04-02"].location) == (
        "Suicide bomb", "Chetimari")


def test_the_night_of_one_numbered_day_to_the_next_is_the_first(extract: Extract) -> None:
    text = ("In the night of Sunday 3 to Monday 4 April, unidentified armed men entered a "
            "displacement site near Gueskerou and abducted six women.")
    [event] = extract(text, "2016-04-05")
    assert str(event.event_date) == "2016-04-03"


def test_aircraft_that_had_carried_out_strikes_are_an_air_strike(extract: Extract) -> None:
    text = ("On Saturday, the Malian army said its aircraft had carried out strikes near "
            "Farabougou and killed about fifteen terrorists.")
    [event] = extract(text, "2020-11-02")
    assert event.sub_event_type == "Air/drone strike"


def test_clashes_in_a_report_on_protests_are_a_riot(extract: Extract) -> None:
    text = ("Opposition protests in Conakry: a second day of clashes\n\n"
            "Clashes resumed on Tuesday in the Ratoma commune of Conakry, where young men "
            "burned tyres, witnesses said.")
    [event] = extract(text, "2015-05-05")
    assert (event.event_type, event.sub_event_type) == ("Riots", "Violent demonstration")
    assert event.location == "Ratoma"


def test_a_march_likened_to_every_friday_since_february_is_todays(extract: Extract) -> None:
    text = ("In Setif and Batna, thousands of people marched without incident on Friday, as "
            "they have done every Friday since February, local journalists reported.")
    events = extract(text, "2019-11-09")
    assert {(e.sub_event_type, str(e.event_date)) for e in events} == {
        ("Peaceful protest", "2019-11-08")}
    assert len(events) == 2


def test_civilians_killed_in_clashes_of_armed_groups_are_no_riot(extract: Extract) -> None:
    text = ("Fighting between two armed groups erupted in Zawiya on Monday.\n\nOn Tuesday the "
            "clashes spread to the port district, and at least nine people were killed, four "
            "of them civilians, the health ministry said.")
    events = extract(text, "2024-05-16")
    assert all(e.event_type != "Riots" for e in events)


def test_a_peoples_hunters_are_its_communal_militia(extract: Extract) -> None:
    text = ("On Wednesday, JNIM fighters attacked a group of Dozo hunters escorting farmers near "
            "Macina, killing five of them, local officials said.")
    [event] = extract(text, "2020-10-30")
    assert (event.sub_event_type, event.actor2) == ("Armed clash", "Dozo Communal Militia (Mali)")


def test_a_common_word_scoped_to_one_country_names_no_country(extract: Extract) -> None:
    text = ("Suspected opposition supporters burned the campaign truck of the ruling party "
            "candidate on Saturday.")
    [event] = extract(text, "2017-08-01")
    assert event.country != "Bangladesh"


def test_the_old_city_of_a_town_is_in_the_town(extract: Extract) -> None:
    text = ("A bomb planted by Islamic State militants inside a house in the Old City of Mosul "
            "went off on Monday, wounding a man and his wife.")
    [event] = extract(text, "2017-03-01")
    assert (event.location, event.country) == ("Mosul", "Iraq")


def test_northeast_of_a_town_names_the_town(extract: Extract) -> None:
    text = ("Five Syrian soldiers were killed on Monday in an ambush by the Islamic State in "
            "an area northeast of Palmyra.")
    [event] = extract(text, "2019-05-01")
    assert event.country == "Syria"


def test_puntland_is_in_somalia(extract: Extract) -> None:
    text = "Two Puntland soldiers were killed on Monday by a roadside bomb."
    [event] = extract(text, "2019-05-01")
    assert event.country == "Somalia"


def test_gunfire_between_two_peoples_youth_is_their_clash(extract: Extract) -> None:
    text = ("Three people were killed on Saturday night when gunfire broke out between "
            "suspected Konkomba and Nawuri youth in Kpandai, police said.")
    [event] = extract(text, "2023-11-21")
    assert event.sub_event_type == "Armed clash"
    assert {event.actor1, event.actor2} == {
        "Konkomba Communal Militia (Ghana)", "Nawuri Communal Militia (Ghana)"}


def test_fighting_that_spread_to_a_nearby_town_is_there(extract: Extract) -> None:
    text = ("Rebels seized the village of Souran on Tuesday, and fighting spread on Wednesday "
            "to nearby Taybat al-Imam, where nine soldiers were killed.")
    events = extract(text, "2017-03-23")
    wednesday = next(e for e in events if str(e.event_date) == "2017-03-22")
    assert wednesday.location == "Ţayyibat al Imām"


def test_a_jihadist_led_alliance_is_the_group_named_next(extract: Extract) -> None:
    text = ("A jihadist-led alliance seized the town of Souran in Hama province on Tuesday.\n\n"
            "The alliance, led by Hayat Tahrir al-Sham (HTS), attacked government positions at "
            "dawn, a monitor said.")
    [event] = extract(text, "2017-03-23")
    assert event.actor1 == "HTS: Hayat Tahrir al Sham"


def test_a_second_death_confirmed_later_raises_the_riots_toll(extract: Extract) -> None:
    text = ("Motorbike riders rioted in Makeni on Friday, setting a police post on fire, and "
            "one person was killed.\n\nOn Saturday, a police spokesman confirmed a second "
            "death, bringing the toll to two: a rider who was shot in the chest and a girl "
            "who was hit by a stray bullet.")
    [event] = extract(text, "2016-09-12")
    assert (str(event.event_date), event.fatalities) == ("2016-09-09", 2)


def test_arrests_in_connection_with_a_past_riot_are_arrests(extract: Extract) -> None:
    text = ("Motorbike riders rioted in Makeni on Friday, setting a police post on fire.\n\n"
            "Police said on Saturday that 19 people had been arrested in Makeni on Saturday "
            "morning in connection with the riot.")
    events = extract(text, "2016-09-12")
    assert {e.sub_event_type for e in events} == {"Violent demonstration", "Arrests"}


def test_a_solidarity_procession_is_a_protest(extract: Extract) -> None:
    text = ("On Saturday, about 200 riders in Kenema rode slowly through the town in a "
            "solidarity procession with their colleagues in Bo.")
    [event] = extract(text, "2016-09-12")
    assert event.sub_event_type == "Peaceful protest"


def test_a_pursuit_hours_after_an_attack_keeps_the_attacks_dead(extract: Extract) -> None:
    text = ("Gunmen killed 20 villagers in an attack near Dibate on Tuesday, officials said.\n\n"
            "Hours after the attack, soldiers pursuing the assailants clashed with them near "
            "Dibate and killed 12, the army said in a statement read on state television on "
            "Wednesday.")
    events = extract(text, "2021-02-17")
    assert {(e.sub_event_type, e.fatalities, str(e.event_date)) for e in events} == {
        ("Attack", 20, "2021-02-16"), ("Armed clash", 12, "2021-02-16")}
