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
