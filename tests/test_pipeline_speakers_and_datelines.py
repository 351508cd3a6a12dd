"""The whole pipeline on invented reports: a foreign army speaking of its own soldiers, a group
owning what its fighters fired, another act told in another town, tolls revised and risen, a
capital standing for its state, Latin American datelines, an area abroad named like a town,
and the backdrop of a handover."""

from __future__ import annotations

from collections.abc import Callable

from warcount.mentions.actors import find_actors, load_actor_lexicon
from warcount.records import Event

Extract = Callable[..., list[Event]]


def test_a_foreign_army_speaks_of_its_own_soldiers() -> None:
    lexicon = load_actor_lexicon()
    found = find_actors("The Israeli army said two soldiers were lightly wounded.",
                        lexicon=lexicon, country="Lebanon")
    assert [a.name for a in found] == ["Military Forces of Israel", "Military Forces of Israel"]
    found = find_actors("The Russian defence ministry said it had killed 30 soldiers.",
                        lexicon=lexicon, country="Ukraine")
    assert found[-1].name == "Military Forces of Ukraine"  # the ones "it" killed


def test_a_group_owns_what_its_fighters_fired(extract: Extract) -> None:
    text = ("Hezbollah said that its fighters fired guided missiles on Wednesday at an army post "
            "in the Israeli town of Shlomi.")
    [event] = extract(text, "2024-03-14")
    assert event.actor1 == "Hezbollah"


def test_another_act_in_another_town_is_an_event_of_that_day(extract: Extract) -> None:
    text = ("An Israeli drone struck a car near Naqoura on Tuesday afternoon, killing the two men "
            "inside, rescuers said.\n\nHours earlier, Israeli artillery shelled the outskirts of "
            "Kfar Kila, the state news agency reported. No casualties were reported.")
    events = extract(text, "2024-03-13")
    assert {(e.sub_event_type, e.location, str(e.event_date)) for e in events} >= {
        ("Shelling/artillery/missile attack", "Kfar Kila", "2024-03-12")}
    assert len(events) == 2


def test_a_revised_toll_stays_with_the_strike(extract: Extract) -> None:
    text = ("On 3 March, air strikes hit a cattle market in Razih district, local health "
            "officials said. At least 14 civilians were killed and 30 were injured. The health "
            "office later revised the toll to 17 after three of the wounded died on 5 March.")
    [event] = extract(text, "2019-03-07")
    assert (str(event.event_date), event.fatalities) == ("2019-03-03", 17)


def test_a_toll_from_a_named_day_rises_on_another(extract: Extract) -> None:
    text = ("The death toll from Saturday's fighting between the army and the ELN guerrilla in "
            "the rural area of Tame rose to five on Sunday, when a fourth soldier died of his "
            "wounds.")
    [event] = extract(text, "2021-10-05")
    assert (str(event.event_date), event.fatalities) == ("2021-10-02", 5)


def test_a_capital_standing_for_its_state_is_no_place(extract: Extract) -> None:
    text = ("Ethiopian jets bombed the airstrip of Kismayo on Monday, as Addis Ababa's forces "
            "pressed their offensive against the Islamists, residents said.")
    events = extract(text, "2007-01-02")
    assert {e.location for e in events} == {"Kismayo"}


def test_a_dateline_closed_by_a_stop_and_a_dash(extract: Extract) -> None:
    text = ("SAN PEDRO SULA.- Two mechanics were shot dead on Sunday by gang members at a "
            "workshop in the Colonia San José, police said.")
    [event] = extract(text, "2015-06-09")
    assert event.country == "Honduras"


def test_an_agency_dateline_with_the_day_first(extract: Extract) -> None:
    text = ("Caracas, 8 May (EFE).- Four members of an irregular armed group were killed on "
            "Thursday in a clash with troops near Elorza, in the state of Apure, the army said "
            "on Friday.\n\nThe army said the clash took place in a rural area of the Rómulo "
            "Gallegos municipality, near the town of Elorza, and that troops had killed four "
            "gunmen.")
    [event] = extract(text, "2021-05-08")
    assert (str(event.event_date), event.location) == ("2021-05-06", "Elorza")


def test_an_area_the_gazetteer_lacks_is_no_village_abroad(extract: Extract) -> None:
    text = ("Venezuelan troops have been fighting Colombian armed groups in Apure state for "
            "weeks.\n\nThe army said the latest clash took place on Thursday in a rural area of "
            "the Páez municipality, about 30 km from the town of Guasdualito.")
    [event] = extract(text, "2021-05-08")
    assert (event.country, event.location) == ("Venezuela", "Guasdualito")


def test_shelling_of_no_place_is_the_backdrop_of_a_handover(extract: Extract) -> None:
    text = ("Ukrainian troops entered the town of Snihurivka without a fight on Friday, while "
            "Russian artillery began shelling villages on the far bank of the river.")
    [event] = extract(text, "2022-11-12")
    assert event.sub_event_type == "Non-violent transfer of territory"


def test_a_unit_named_after_a_feature_is_no_place(extract: Extract) -> None:
    text = ("Two soldiers of the Battalion of Mountain Infantry were killed on Saturday when "
            "their patrol was ambushed by ELN fighters near Tame, the army said.")
    [event] = extract(text, "2021-10-04")
    assert (event.location, event.country) == ("Tame", "Colombia")


def test_an_ocean_as_an_adjective_is_no_town(extract: Extract) -> None:
    text = ("Two men were shot dead on Sunday in a poor neighbourhood of the Pacific port city "
            "of Buenaventura, police said.")
    [event] = extract(text, "2023-02-13")
    assert event.country == "Colombia"


def test_an_explosive_charge_that_destroyed_a_pylon(extract: Extract) -> None:
    text = ("An explosive charge destroyed an electricity pylon near Tumaco on Thursday, leaving "
            "the town without power, the utility said.")
    [event] = extract(text, "2021-09-12")
    assert event.sub_event_type == "Remote explosive/landmine/IED"


def test_a_quarter_the_gazetteer_lacks_is_no_village_spelled_like_it(extract: Extract) -> None:
    text = ("Armed men burst into a bar in the Las Reynas neighbourhood on Monday night and "
            "opened fire, killing four customers, police in Irapuato said.")
    [event] = extract(text, "2025-03-11")
    assert event.location == "Irapuato"


def test_suicide_car_bombs_met_in_a_battle_under_way(extract: Extract) -> None:
    text = ("Iraqi troops battled Islamic State militants street by street in Tal Afar on Friday, "
            "facing suicide car bombs and sniper fire, officers said.")
    [event] = extract(text, "2017-08-26")
    assert event.sub_event_type == "Armed clash"


def test_the_far_end_of_a_road_is_no_place_of_the_fighting(extract: Extract) -> None:
    text = ("Pro-government forces fought Houthi rebels in Hodeidah on Tuesday for a second day, "
            "officials said.\n\nFighting centred on the approaches to a hospital on the city's "
            "eastern edge, where troops tried to reach the main road linking Hodeidah to the "
            "capital Sanaa, military officials said.\n\nMedical sources told AFP that at least "
            "32 fighters were killed on Monday.")
    events = extract(text, "2018-11-07")
    assert {e.location for e in events} == {"Al Ḩudaydah"}


def test_a_convoy_heading_for_a_town_was_hit_elsewhere(extract: Extract) -> None:
    text = ("On Sunday, a supply convoy heading for Djibo hit a roadside bomb about 20 kilometres "
            "north of Kaya, killing three soldiers, a security source said.")
    [event] = extract(text, "2022-11-09")
    assert event.location == "Kaya"


def test_datelines_in_a_byline_and_with_a_full_date(extract: Extract) -> None:
    text = ("By Staff Writers | Aden, Yemen (AFP) | 7 November 2018\n\n"
            "Fighting between government forces and Houthi rebels killed 12 fighters in Hays "
            "district on Tuesday, medical sources said.")
    [event] = extract(text, "2018-11-07")
    assert event.location == "Hays"
    text = ("Ouagadougou, 9 November 2022 - Eleven volunteers were killed on Monday in an attack "
            "on their post in Bourzanga, security sources said.")
    [event] = extract(text, "2022-11-09")
    assert event.location == "Bourzanga"


def test_brazils_military_police_are_police() -> None:
    lexicon = load_actor_lexicon()
    [found] = find_actors("Military Police officers raided the favela.", lexicon=lexicon,
                          country="Brazil")
    assert found.name == "Police Forces of Brazil"
    [found] = find_actors("Military police officers detained two deserters.", lexicon=lexicon,
                          country="Israel")
    assert found.name == "Military Forces of Israel"


def test_an_airfield_and_a_road_junction_the_shipped_extracts_lack(extract: Extract) -> None:
    [event] = extract("Ethiopian jets bombed the airstrip at Baledogle, north-west of "
                      "Mogadishu, on Monday, residents said.", "2006-12-26")
    assert (event.location, event.country) == ("Ballidogle", "Somalia")
    [event] = extract("Police cleared a road blockade at Parotani on Tuesday, firing tear gas at "
                      "supporters of the former president.", "2024-10-30")
    assert (event.location, event.country) == ("Parotani", "Bolivia")


def test_a_threat_in_quotes_to_liberate_towns_is_no_capture(extract: Extract) -> None:
    text = ("Gunmen attacked a village north of Dilling on Sunday, killing nine civilians, "
            "witnesses said.\n\nThe RSF said in a statement on Wednesday that it would "
            "\"liberate Kadugli and Dilling from the remnants of the old regime\".")
    [event] = extract(text, "2024-06-13")
    assert event.sub_event_type == "Attack"


def test_a_dateline_with_a_weekday_and_a_long_aside(extract: Extract) -> None:
    text = ("Bamako, Monday 14 May 2018 (translated from a Bamako daily) - Fighters of two armed "
            "movements clashed on Saturday with jihadists near Anderamboukane, killing 16, a "
            "spokesman said.")
    [event] = extract(text, "2018-05-14")
    assert event.location == "Andéranboukan"


def test_fuel_seized_in_a_raid_is_no_abduction(extract: Extract) -> None:
    text = ("Soldiers detained a cartel boss at a house in Juventino Rosas on Tuesday. Two rifles "
            "and several hundred litres of stolen fuel were seized in the house.")
    [event] = extract(text, "2020-03-04")
    assert event.sub_event_type == "Arrests"


def test_armed_men_set_the_vehicles_alight(extract: Extract) -> None:
    text = ("Armed men stopped three trucks on the Salamanca ring road on Tuesday, forced the "
            "drivers out and set the vehicles alight, police said. Nobody was hurt.")
    [event] = extract(text, "2020-03-04")
    assert event.sub_event_type == "Looting/property destruction"
