"""The whole pipeline on invented reports: words that point back or aside (a "where" clause
about a place's past, "that attack", a running toll, "no reports of arrests"), who struck
when the weapon names its country ("a Russian missile"), and a speaker's workplace."""

from __future__ import annotations

from collections.abc import Callable

from warcount.records import Event

Extract = Callable[..., list[Event]]


def test_a_where_clause_tells_the_past_of_a_place_named_as_background(extract: Extract) -> None:
    text = ("Gunmen killed six farmers near Kutum on Friday, survivors said.\n\n"
            "The raid recalled the massacres last year in El Geneina, the capital of West "
            "Darfur, where RSF fighters attacked Masalit neighbourhoods and killed 2,000 "
            "people, UN investigators said.")
    [event] = extract(text, "2024-06-17")
    assert (event.event_date, event.location, event.fatalities) == ("2024-06-14", "Kutum", 6)


def test_a_where_clause_with_a_date_of_its_own_stays_an_event(extract: Extract) -> None:
    text = ("Rebels pushed last year into Kutum, where on Friday gunmen killed six farmers, "
            "survivors said.")
    [event] = extract(text, "2024-06-17")
    assert (event.event_date, event.fatalities) == ("2024-06-14", 6)


def test_a_running_toll_of_the_unrest_makes_no_riot_of_a_protest(extract: Extract) -> None:
    text = ("Shopkeepers in the city of Sanandaj shut their stores on Saturday to protest "
            "against the crackdown, activists said.\n\n"
            "Rights groups say at least 210 protesters have been killed in the unrest.")
    [event] = extract(text, "2022-11-06")
    assert (event.sub_event_type, event.fatalities) == ("Peaceful protest", 0)


def test_no_reports_of_arrests_is_no_arrest(extract: Extract) -> None:
    text = ("On Saturday, students held sit-ins at several universities in Tehran, chanting "
            "slogans, videos posted online showed. There were no reports of arrests.")
    [event] = extract(text, "2022-11-06")
    assert event.sub_event_type == "Peaceful protest"


def test_a_country_named_after_says_is_the_one_who_struck(extract: Extract) -> None:
    text = ("Ukraine's military says Russia unleashed a wave of drones and missiles on the "
            "city of Sumy overnight, killing two people.")
    [event] = extract(text, "2023-10-18")
    assert (event.actor1, event.actor2) == ("Military Forces of Russia", "Civilians (Ukraine)")


def test_a_weapon_named_by_its_country_names_the_striker(extract: Extract) -> None:
    text = ("On Wednesday, officials said a Russian missile hit a residential area of Mykolaiv, "
            "killing at least two people.\n\nOn Tuesday, air defences shot down a Russian "
            "Orlan-10 reconnaissance drone over Chuhuiv, the air force said.")
    events = {e.sub_event_type: e for e in extract(text, "2023-10-18")}
    strike = events["Shelling/artillery/missile attack"]
    assert (strike.actor1, strike.fatalities) == ("Military Forces of Russia", 2)
    assert events["Disrupted weapons use"].actor2 == "Military Forces of Russia"


def test_the_victims_named_first_are_the_target_of_an_air_strike(extract: Extract) -> None:
    text = ("Nine civilians were killed in overnight air strikes east of Yemen's third city of "
            "Taez, a medic said Saturday.\n\n"
            "Two children were among the nine killed in air strikes by a Saudi-led military "
            "coalition, a doctor at Al-Thawra hospital told AFP.")
    [event] = extract(text, "2019-05-25")
    assert (event.actor1, event.actor2) == ("Military Forces of Saudi Arabia",
                                            "Civilians (Yemen)")
    assert (event.location, event.fatalities) == ("Taiz", 9)


def test_that_attack_is_the_one_told_just_before(extract: Extract) -> None:
    text = ("Russia fired a wave of missiles at southern Ukraine overnight, officials said.\n\n"
            "On Wednesday, a Russian missile hit a residential area, killing at least two people. "
            "The missile hit a food shop in the village of Stepove.\n\n"
            "Another Russian missile strike earlier Wednesday hit a residential building in "
            "Zaporizhzhia. President Volodymyr Zelenskyy said in his nightly address Wednesday "
            "that attack killed five people.")
    got = sorted((e.location, e.fatalities) for e in extract(text, "2023-10-19"))
    assert got == [("Stepove", 2), ("Zaporizhzhya", 5)]


def test_a_participle_naming_places_is_no_capture(extract: Extract) -> None:
    text = ("Militants attacked an army checkpoint near Baiji on Saturday, killing two soldiers."
            "\n\nOn Saturday the minister also met tribal elders to discuss how to hold the "
            "liberated areas.")
    [event] = extract(text, "2016-11-20")
    assert event.sub_event_type == "Armed clash"


def test_an_aircraft_that_directed_a_strike_is_an_air_strike(extract: Extract) -> None:
    text = ("Yesterday evening, an aircraft of the Army Aviation directed a precise strike at a "
            "hideout used by Daesh terrorists near Balad Ruz, in Diyala province, killing four of "
            "them.")
    [event] = extract(text, "2016-11-19")
    assert (event.sub_event_type, event.actor1) == ("Air/drone strike", "Military Forces of Iraq")


def test_the_wounded_taken_to_a_hospital_leave_the_bomb_and_its_road(extract: Extract) -> None:
    text = ("This morning, an explosive device exploded on a civilian car on the road between "
            "Baqubah and al-Khalis, killing a citizen and wounding his son, who was taken to "
            "Khalis General Hospital.")
    [event] = extract(text, "2016-11-19")
    assert (event.sub_event_type, event.location) == ("Remote explosive/landmine/IED", "Baqubah")
    assert (event.fatalities, event.geo_precision) == (1, 2)


def test_a_town_written_with_a_lower_case_article_is_a_place(extract: Extract) -> None:
    text = ("At dawn today, Daesh terrorists attacked an army checkpoint in the orchards north of "
            "al-Muqdadiyah, killing two soldiers.")
    [event] = extract(text, "2016-11-19")
    assert event.location == "Al Miqdādīyah"


def test_items_labelled_with_nearby_towns_are_two_events(extract: Extract) -> None:
    text = ("Monday 14 January - Epworth, Harare: Residents barricaded roads with rocks and "
            "burning tyres and stoned a police post. Soldiers and police opened fire with live "
            "ammunition. Three people died of gunshot wounds and at least 11 others were "
            "admitted to hospital.\n\n"
            "Monday 14 January - Chitungwiza: Protesters burned tyres and looted shops at the "
            "shopping centre. One man was shot dead by police near the shopping centre.")
    got = sorted((e.location, e.sub_event_type, e.fatalities, e.injured)
                 for e in extract(text, "2019-01-17"))
    assert got == [("Chitungwiza", "Violent demonstration", 1, None),
                   ("Epworth", "Violent demonstration", 3, 11)]


def test_the_same_toll_told_again_is_the_crowds_event(extract: Extract) -> None:
    text = ("Clashes between security forces and protesters left at least 12 dead on Monday in "
            "Juliaca, in southern Peru, the ombudsman said.\n\n"
            "\u201cWe have confirmed 12 dead today in Puno during clashes with the police near the "
            "Juliaca airport,\u201d the regional health director told AFP.")
    [event] = extract(text, "2023-01-10")
    assert (event.location, event.fatalities) == ("Juliaca", 12)


def test_undated_words_after_a_dated_past_tell_that_past(extract: Extract) -> None:
    text = ("The High Court today commuted the death sentences of seven militants in a case "
            "filed over the militant attack on a cafe in Dhaka in 2016.\n\n"
            "The court said the brutal killing had tarnished the country's image. Two police "
            "officers laid down their lives trying to save people during the militant attack. "
            "Defence lawyers said they would appeal.")
    assert extract(text, "2023-10-30") == []


def test_a_weapon_system_is_no_place(extract: Extract) -> None:
    text = ("On Wednesday, two rockets launched from Lebanon were intercepted by the Iron Dome "
            "system over the Israeli town of Kiryat Shmona, the military said.")
    [event] = extract(text, "2024-03-13")
    assert (event.sub_event_type, event.location) == ("Disrupted weapons use", "Qiryat Shmona")


def test_a_force_hit_by_an_unnamed_attacker_fought_a_battle(extract: Extract) -> None:
    for text in ("A police reservist was shot dead while patrolling the market in Garissa on "
                 "Monday; the attackers escaped.",
                 "On Monday a police officer was shot and injured in Kilifi."):
        [event] = extract(text, "2023-04-05")
        assert (event.sub_event_type, event.actor1, event.actor2) == (
            "Armed clash", "Unidentified Armed Group (Kenya)", "Police Forces of Kenya"), text


def test_police_who_shot_a_suspect_acted(extract: Extract) -> None:
    [event] = extract("Police shot dead a robbery suspect in Kilifi on Monday.", "2023-04-05")
    assert (event.sub_event_type, event.actor1) == ("Attack", "Police Forces of Kenya")


def test_townspeople_who_kill_or_beat_are_a_mob(extract: Extract) -> None:
    cases = {"On Monday, villagers in Kisii killed two suspected thieves.": 2,
             "Three foreign nationals were killed on Monday when groups of local men armed with "
             "sticks attacked foreign-owned shops in Kisii.": 3,
             "Voters in Kitui beat up a county official on Monday.": 0}
    for text, dead in cases.items():
        [event] = extract(text, "2023-04-05")
        assert (event.sub_event_type, event.actor1, event.fatalities) == (
            "Mob violence", "Rioters (Kenya)", dead), text


def test_fires_stones_and_running_battles_make_a_protest_a_riot(extract: Extract) -> None:
    for text in ("On Monday, a crowd sets tyres on fire in Kisumu to protest the election result.",
                 "On Monday, traders in Molo held a demonstration over the state of the road and "
                 "barricaded it with stones and flaming tyres.",
                 "On Monday, police dispersed striking workers in Kisumu. Police and protesters "
                 "engaged in running battles.",
                 "On Monday, students in Kisii held a protest that became violent."):
        [event] = extract(text, "2023-04-05")
        assert event.sub_event_type == "Violent demonstration", text
    [vigil] = extract("On Monday, protesters lit candles in Kisumu for the victims.", "2023-04-05")
    assert vigil.sub_event_type == "Peaceful protest"


def test_a_road_collision_is_no_event(extract: Extract) -> None:
    text = ("Two people were killed on Monday when a minibus collided with a truck near "
            "Khashuri, police said.")
    assert extract(text, "2024-12-03") == []


def test_a_wars_toll_last_autumn_is_no_days_dead(extract: Extract) -> None:
    text = ("On Wednesday, Azerbaijani and Armenian troops exchanged fire near Verin Shorzha in "
            "Armenia's Gegharkunik province, killing three Armenian soldiers. The war last "
            "autumn, which killed more than 6,500 people, ended with a ceasefire.")
    [event] = extract(text, "2021-07-29")
    assert event.fatalities == 3
    assert {event.actor1, event.actor2} == {"Military Forces of Armenia",
                                            "Military Forces of Azerbaijan"}


def test_a_police_unit_name_of_india_is_another_countrys_elsewhere(extract: Extract) -> None:
    text = ("Yesterday, personnel of the Special Operations Group (GOE), while searching a "
            "property in Duran, Ecuador, were attacked with firearms; two attackers were killed.")
    [event] = extract(text, "2024-03-21")
    assert "Police Forces of Ecuador" in (event.actor1, event.actor2)


def test_a_cache_destroyed_by_algerias_anp_is_disrupted_weapons_use(extract: Extract) -> None:
    text = ("On 07 November 2021, detachments of the ANP discovered and destroyed, during a "
            "search operation in the forest of Collo, Skikda province, five hideouts used by "
            "terrorists and a cache containing a homemade bomb and two rifles.")
    [event] = extract(text, "2021-11-10")
    assert (event.sub_event_type, event.actor1) == ("Disrupted weapons use",
                                                    "Military Forces of Algeria")


def test_an_arrest_for_ordinary_crime_is_no_event(extract: Extract) -> None:
    text = ("On Saturday in Kinondoni, police arrested three persons in possession of 45 "
            "kilograms of cannabis sativa. On Sunday, 154 illegal immigrants were apprehended "
            "in Ouargla.")
    assert extract(text, "2017-05-16") == []
    [protest] = extract("On Monday, residents of Kibaha protested against drug traffickers.",
                        "2017-05-16")
    assert (protest.sub_event_type, protest.event_date) == ("Peaceful protest", "2017-05-15")


def test_a_force_that_only_tells_takes_no_side(extract: Extract) -> None:
    text = ("The Tanzania Police Force wishes to inform the public that on 13 May 2017 at "
            "Nyambunda village, Kibiti District, unknown persons armed with firearms invaded "
            "the residence of the village chairman and shot him dead. Four suspects were later "
            "fatally wounded in an exchange of fire with officers in Ikwiriri.")
    got = sorted((e.location, e.sub_event_type, e.fatalities) for e in extract(text, "2017-05-15"))
    assert got == [("Ikwiriri", "Armed clash", 4), ("Kibiti", "Attack", 1)]


def test_a_repeat_or_a_denied_report_is_no_new_event(extract: Extract) -> None:
    text = ("On Saturday, gunmen shot dead a village chairman in Kibiti.\n\n"
            "The police wish to clarify that reports on social media claiming that a police "
            "station in Kibiti was attacked on Sunday are false. No such attack took place.\n\n"
            "To repeat: the village chairman was killed by armed criminals on Saturday evening.")
    [event] = extract(text, "2017-05-16")
    assert (event.event_date, event.fatalities) == ("2017-05-13", 1)


def test_a_sentence_opening_on_a_nearby_town_tells_its_event(extract: Extract) -> None:
    text = ("MONDAY\n\nBy mid-morning on Monday, groups of youths had barricaded roads with rocks "
            "and burning tyres in Epworth in Harare. Police fired tear gas.\n\n"
            "In Chitungwiza, youths blocked the main road into town with boulders and set fire "
            "to a tollgate booth. Police dispersed them with tear gas.\n\n"
            "WEDNESDAY\n\nIn Chitungwiza, a woman said her two sons were beaten by soldiers on "
            "Wednesday.")
    got = sorted((e.event_date, e.location) for e in extract(text, "2019-01-20"))
    assert ("2019-01-14", "Chitungwiza") in got and ("2019-01-14", "Epworth") in got


def test_a_tally_over_the_unrest_is_no_days_toll(extract: Extract) -> None:
    text = ("On Monday, rioters looted shops in Bulawayo and police shot dead one man.\n\n"
            "On Thursday, police said three people had died during the disturbances and 600 had "
            "been arrested. A rights group put the death toll for the week at twelve.")
    [event] = extract(text, "2019-01-18")
    assert (event.event_date, event.fatalities) == ("2019-01-14", 1)


def test_warnings_and_bans_to_come_are_no_events(extract: Extract) -> None:
    text = ("On Monday, police dispersed protesters in Kampala with tear gas.\n\n"
            "In Jinja, security chiefs warned on Tuesday that further protests will not be "
            "tolerated. On Wednesday the Electoral Commission said rallies in Wakiso will remain "
            "suspended.")
    [event] = extract(text, "2020-11-19")
    assert (event.location, event.sub_event_type) == ("Kampala", "Protest with intervention")


def test_a_lynching_counts_its_dead_and_an_age_is_no_count(extract: Extract) -> None:
    [mob] = extract("On Monday, boda boda operators lynched two suspected robbers at Gatura "
                    "village in Kenya.", "2023-08-15")
    assert (mob.sub_event_type, mob.fatalities) == ("Mob violence", 2)
    found = extract("On August 12, the beheaded corpse of a twelve year old girl was found in "
                    "Kongoussi, Burkina Faso.", "2023-08-15")
    assert [e.fatalities for e in found] == [1]  # one body found; the age is no count


def test_a_lone_actor_is_actor1(extract: Extract) -> None:
    [sacked] = extract("Non-violent activity: On Monday, the governor of the Centre-Ouest region "
                       "was sacked by the central government of Burkina Faso.", "2011-03-10")
    assert (sacked.actor1, sacked.actor2, sacked.interaction) == (
        "Government of Burkina Faso", "", 10)
    [operation] = extract("On March 8, the Burkinabe armed forces announced an operation "
                          "underway to secure the Centre-Est region.", "2011-03-10")
    assert (operation.actor1, operation.interaction) == ("Military Forces of Burkina Faso", 10)
