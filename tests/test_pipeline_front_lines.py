"""The whole pipeline on invented reports of front lines and crowds: a town retaken by driving
the fighters out, a ceasefire accepted, rockets shot down, jets that had struck, a crowd that
marched with pictures of the dead, gunmen who fired on a rally, a strike that hurt no one, and
a road named by its number."""

from __future__ import annotations

from collections.abc import Callable

from warcount.records import Event

Extract = Callable[..., list[Event]]


# --- territory -------------------------------------------------------------------------------

def test_driving_separatists_out_of_a_town_regains_it(extract: Extract) -> None:
    text = ("DOBROPILLIA, Ukraine (AP) - Ukrainian troops raised the national flag over the "
            "town hall in Dobropillia on Saturday after driving pro-Russian separatists out of "
            "the mining town.")
    [event] = extract(text, "2014-07-06")
    assert (event.event_date, event.sub_event_type, event.actor1) == (
        "2014-07-05", "Government regains territory", "Military Forces of Ukraine")


def test_troops_that_retook_a_district_centre_regain_it(extract: Extract) -> None:
    text = ("GHAZNI, Afghanistan (AP) - On Thursday, Afghan special forces retook the centre of "
            "Andar district, the Defence Ministry said. It said 14 insurgents were killed.")
    events = extract(text, "2016-08-12")
    assert [(e.event_date, e.sub_event_type, e.fatalities) for e in events] == [
        ("2016-08-11", "Government regains territory", 14)]


# --- strategic developments ------------------------------------------------------------------

def test_a_ceasefire_the_sides_accepted_is_an_agreement(extract: Extract) -> None:
    text = ("CAIRO (Reuters) - Egypt said on Sunday that Israel and Islamic Jihad had accepted "
            "an Egyptian-brokered ceasefire, to take effect at midnight.")
    assert [e.sub_event_type for e in extract(text, "2022-08-07")] == ["Agreement"]


def test_a_new_military_outpost_is_a_base_established(extract: Extract) -> None:
    text = ("QUNEITRA, Syria (AFP) - Israeli troops set up a new military outpost near the "
            "village of Jubata al-Khashab on Monday, a war monitor said.")
    [event] = extract(text, "2025-01-29")
    assert (event.event_date, event.sub_event_type) == (
        "2025-01-27", "Headquarters or base established")


# --- rockets and jets ------------------------------------------------------------------------

def test_rockets_most_of_which_were_intercepted_are_disrupted(extract: Extract) -> None:
    text = ("The Israeli army said about 30 rockets were fired from Lebanon towards Nahariya on "
            "Tuesday evening, most of which were intercepted by air defences.")
    subs = {e.sub_event_type for e in extract(text, "2024-10-16")}
    assert "Disrupted weapons use" in subs


def test_jets_that_had_struck_hideouts_made_an_air_strike(extract: Extract) -> None:
    text = ("KADUNA, Nigeria (Reuters) - The air force said its jets had struck bandit hideouts "
            "in a forest near Birnin Gwari on Saturday.")
    [event] = extract(text, "2020-12-15")
    assert (event.event_date, event.sub_event_type, event.actor1) == (
        "2020-12-12", "Air/drone strike", "Military Forces of Nigeria")


def test_an_air_strike_that_hurt_no_one_has_no_side_acted_on(extract: Extract) -> None:
    text = ("On 3 September 2020, the Burkinabe air force conducted airstrikes in the area of "
            "Tiwega (Koulpelogo). No casualties reported.")
    [event] = extract(text, "2020-09-04")
    assert (event.sub_event_type, event.actor2, event.interaction) == (
        "Air/drone strike", "", 10)


def test_a_drone_strike_on_a_city_that_hurt_no_one_is_still_on_civilians(
        extract: Extract) -> None:
    text = ("Russian drones struck the city of Mykolaiv overnight, damaging a school, the "
            "governor said on Tuesday. No one was hurt.")
    [event] = extract(text, "2024-03-12")
    assert event.actor2 == "Civilians (Ukraine)"


# --- crowds ----------------------------------------------------------------------------------

def test_a_crowd_marching_with_pictures_of_the_dead_is_not_dead(extract: Extract) -> None:
    text = ("In the southern city of Amarah, thousands of students marched on Friday through "
            "the city centre, carrying flags and pictures of those killed in the crackdown. The "
            "march passed peacefully.")
    [event] = extract(text, "2019-11-30")
    assert (event.sub_event_type, event.fatalities) == ("Peaceful protest", 0)


def test_gunmen_who_fired_on_protesters_attacked_them(extract: Extract) -> None:
    text = ("KARBALA, Iraq (Reuters) - Gunmen in civilian clothes fired on protesters gathered "
            "near the provincial council building in Karbala on Thursday, killing three people. "
            "Police did not identify the attackers.")
    [event] = extract(text, "2019-11-29")
    assert (event.sub_event_type, event.actor1, event.actor2, event.fatalities) == (
        "Attack", "Unidentified Armed Group (Iraq)", "Protesters (Iraq)", 3)


def test_police_who_opened_fire_on_a_march_used_excessive_force(extract: Extract) -> None:
    text = ("PUNO, Peru (Reuters) - Two people were killed on Monday when police opened fire on "
            "a march by farmers on the outskirts of Ilave.")
    [event] = extract(text, "2025-01-17")
    assert (event.sub_event_type, event.actor2, event.fatalities) == (
        "Excessive force against protesters", "Police Forces of Peru", 2)


# --- places ----------------------------------------------------------------------------------

def test_a_road_named_by_its_number_is_no_town_abroad(extract: Extract) -> None:
    text = ("HODEIDAH, Yemen (Reuters) - Heavy clashes broke out on Monday night in the eastern "
            "districts of the city near the Kilo 16 road, killing three pro-government fighters.")
    [event] = extract(text, "2019-05-08")
    assert (event.country, event.sub_event_type) == ("Yemen", "Armed clash")


def test_police_who_break_up_a_march_intervened(extract: Extract) -> None:
    text = ("LIMA (Reuters) - On Wednesday, riot police used tear gas and batons to break up a "
            "march of some 2,000 people outside Congress in Lima calling for new elections.")
    [event] = extract(text, "2025-01-17")
    assert (event.event_date, event.sub_event_type, event.actor1) == (
        "2025-01-15", "Protest with intervention", "Protesters (Peru)")


def test_arrests_told_paragraphs_after_a_shelling_nearby_are_their_own(
        extract: Extract) -> None:
    text = ("KHERSON, Ukraine (AP) - Russian artillery shelled the village of Chornobaivka on "
            "Saturday morning, killing one man, the regional governor said.\n\n"
            "Residents of the city queued for water and bread.\n\n"
            "Ukraine's police said they had detained three people in Kherson on Saturday on "
            "suspicion of collaborating with the occupation authorities.")
    assert sorted((e.event_date, e.sub_event_type) for e in extract(text, "2022-11-13")) == [
        ("2022-11-12", "Arrests"), ("2022-11-12", "Shelling/artillery/missile attack")]


# --- days ------------------------------------------------------------------------------------

def test_a_south_asian_papers_dateline_gives_no_events_day(extract: Extract) -> None:
    text = ("Churachandpur, Jun 15: Two village volunteers were killed in an exchange of fire "
            "between armed groups near Torbung on Tuesday, police said.")
    [event] = extract(text, "2023-06-15")
    assert (event.event_date, event.sub_event_type) == ("2023-06-13", "Armed clash")


def test_the_attack_took_place_on_a_day_dates_this_weeks_raid(extract: Extract) -> None:
    text = ("NYALA, Sudan (Reuters) - Militiamen on horses attacked a village in Darfur this "
            "week, killing about 20 people and burning huts, a UN official said on Friday. "
            "The attack took place on Tuesday at a village north of Kass, the official said.")
    events = extract(text, "2004-03-12")
    assert [(e.event_date, e.fatalities) for e in events] == [("2004-03-09", 20)]


def test_a_rights_groups_release_gives_the_older_attack_it_is_about(extract: Extract) -> None:
    text = ("Press release\n\n"
            "(Nairobi, March 20, 2025) – Soldiers killed at least 31 civilians, including 9 "
            "children, in an attack on the village of Dialassagou, near Bankass in the Mopti "
            "region, on February 27, 2025, the Sahel Watch group said today. The authorities "
            "should open an independent inquiry.")
    [event] = extract(text, "2025-03-20")
    assert (event.event_date, event.sub_event_type, event.fatalities, event.country) == (
        "2025-02-27", "Attack", 31, "Mali")
    assert event.actor2 == "Civilians (Mali)"


def test_a_highway_named_by_its_two_towns_yields_to_the_town_it_was_near(
        extract: Extract) -> None:
    text = ("QUETTA, Pakistan (Reuters) - Five truck drivers were shot dead late on Monday when "
            "armed men blocked the Quetta-Karachi highway near Khuzdar, police said.")
    [event] = extract(text, "2024-05-29")
    assert (event.event_date, event.location) == ("2024-05-27", "Khuzdar")


def test_warplanes_striking_a_named_range_abroad_are_an_event_of_their_own(
        extract: Extract) -> None:
    text = ("ANKARA (Reuters) - Two soldiers were killed when a roadside bomb hit their vehicle "
            "in the Lice district of Diyarbakir province on Monday, the army said. The "
            "statement added that Turkish warplanes had struck PKK targets in the Qandil "
            "mountains of northern Iraq late on Monday.")
    events = extract(text, "2016-02-24")
    assert sorted((e.sub_event_type, e.country) for e in events) == [
        ("Air/drone strike", "Iraq"), ("Remote explosive/landmine/IED", "Turkey")]


def test_a_town_recaptured_was_taken_back_by_arms(extract: Extract) -> None:
    text = ("The army spokesman said on Sunday that government forces recaptured the town of "
            "Morobo from SPLA-IO fighters. He gave no details of casualties.")
    got = [e.sub_event_type for e in extract(text, "2016-09-13")]
    assert got == ["Government regains territory"], got
