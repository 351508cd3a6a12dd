"""The whole pipeline on invented reports whose tolls come as a total with a long breakdown, a
risen toll of one side, an update "up from" an earlier figure, a rival toll "for the
firefight", a bomber among the dead, a group's lifetime toll; whose days come as "a day after
the attack", "Thursday last week" and a live blog entry's label; and whose wording names a
voice, a peaceful takeover, a kidnapping into the forest, a raid's victims, a signed
resolution and a village in "the district of" a town."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from warcount.mentions.numbers import find_numbers, load_number_lexicon
from warcount.records import Event

Extract = Callable[..., list[Event]]


def test_a_day_after_the_attack_dates_and_counts_the_new_blast(extract: Extract) -> None:
    text = ("Suspected jihadists attacked an army post in Koupela on Saturday. On Sunday, a day "
            "after the attack, three soldiers were killed when their vehicle struck an "
            "improvised explosive device near Pouytenga, a security source said.")
    events = extract(text, "2021-10-18")
    blast = next(e for e in events if e.sub_event_type == "Remote explosive/landmine/IED")
    assert (blast.event_date, blast.fatalities) == ("2021-10-17", 3)


def test_a_total_with_a_long_breakdown_is_kept_beside_a_larger_army_count(
        extract: Extract) -> None:
    text = ("Gunmen attacked an army detachment in Kantchari on Saturday, security sources "
            "said.\n\nThe attack killed 16 people, including 12 soldiers and members of the "
            "Volunteers for the Defence of the Homeland (VDP) and four assailants, a security "
            "source told AFP.\n\nIn a statement on Sunday, the army said \"about 25 terrorists "
            "were neutralised\" in the fighting.")
    [event] = extract(text, "2021-10-18")
    assert event.fatalities == 16


@pytest.mark.parametrize(("phrase", "value"), [
    ("several dozen fighters were killed", 12),
    ("a few hundred people marched", 100),
    ("several people were killed", 3),
])
def test_a_vague_word_before_a_scale_is_the_scale(phrase: str, value: int) -> None:
    [n] = find_numbers(phrase, lexicon=load_number_lexicon())
    assert n.value == value


def test_a_town_entered_with_no_shot_fired_changed_hands(extract: Extract) -> None:
    text = ("On Monday, soldiers entered Solenzo for the first time since the garrison left in "
            "March. The fighters who had held the town withdrew before the column arrived and "
            "no shot was fired, a security source said.")
    [event] = extract(text, "2023-05-11")
    assert event.sub_event_type == "Non-violent transfer of territory"


def test_the_people_who_describe_a_clash_are_a_voice_not_a_side(extract: Extract) -> None:
    text = ("On Sunday, militants and Dozo hunters clashed near Dioura, in what residents "
            "described as a reprisal.")
    [event] = extract(text, "2019-08-26")
    assert event.sub_event_type == "Armed clash"
    assert "Civilians (Mali)" not in (event.actor1, event.actor2)


def test_a_risen_toll_of_one_side_keeps_the_other_sides_dead(extract: Extract) -> None:
    text = ("Gunmen stormed the army camp in Diabaly early on Saturday, the army said. Nine "
            "soldiers were killed and \"several terrorists were neutralised\", it said.\n\nOn "
            "Monday, a local official in Niono said the toll among soldiers had risen to 12 "
            "after three of the wounded died in hospital.")
    [event] = extract(text, "2019-08-26")
    assert (event.event_date, event.fatalities) == ("2019-08-24", 15)


def test_a_toll_up_from_an_earlier_one_replaces_it_beside_a_claim(extract: Extract) -> None:
    text = ("Fighters attacked the army post at the entrance of Ayorou before dawn on Thursday, "
            "the defence ministry said. Six soldiers were killed in the first communique. The "
            "group said it had killed \"dozens of soldiers\", a figure no independent source "
            "has confirmed.\n\nThe ministry now says eight soldiers were killed in Thursday's "
            "attack, up from six, after two of the wounded died.")
    [event] = extract(text, "2024-06-16")
    assert event.fatalities == 8


def test_a_groups_lifetime_toll_is_no_event(extract: Extract) -> None:
    text = ("PEACE MARCH\n\nThis Thursday morning, about 400 people, among them relatives of "
            "the kidnapped boy and students, marched through the streets of Concepcion to "
            "demand the release of the young man. The march ended in front of the cathedral "
            "with a mass.\n\nThe group, which emerged in 2008 in the north of the country, "
            "still holds two other hostages.\n\nAccording to a count by this newspaper, the "
            "group and its splinter factions have killed at least 45 people, among them "
            "soldiers, police, ranch workers and civilians accused of being informers, since the "
            "group first appeared.")
    [event] = extract(text, "2014-09-04")
    assert (event.sub_event_type, event.fatalities) == ("Peaceful protest", 0)


def test_a_live_blog_entrys_label_is_the_days_event_told_next(extract: Extract) -> None:
    text = ("LIVE: Niger - attacks in the Tillaberi region\n\nSahel Direct - Live coverage\n"
            "Last updated: Sunday 16 June 2024, 19:05 (Niamey time)\n\n12:20 - Village "
            "attacked in Filingue department. Local sources tell Sahel Direct that gunmen on "
            "motorbikes attacked a village about 20 km north of Filingue on Wednesday afternoon, "
            "killing seven civilians.\n\n11:00 - Chief abducted in Abala. A village chief and "
            "two of his sons were abducted on Monday evening in Abala by armed men, a relative "
            "told us.\n\n10:15 - Background. The Tillaberi region has been the epicentre of "
            "jihadist violence in Niger since 2017.")
    events = extract(text, "2024-06-16")
    assert sorted((e.event_date, e.sub_event_type) for e in events) == [
        ("2024-06-10", "Abduction/forced disappearance"), ("2024-06-12", "Attack")]


def test_thursday_last_week_is_that_day_not_background(extract: Extract) -> None:
    text = ("On Thursday last week, unknown gunmen ambushed a commercial lorry on the road east "
            "of Bor, killing the driver, traders said.")
    [event] = extract(text, "2020-03-13")
    assert event.event_date == "2020-03-05"


def test_a_boy_taken_into_the_forest_was_abducted_by_the_armed_men(extract: Extract) -> None:
    text = ("About eight armed men arrived at a ranch near Yby Yau on Monday night, tied up the "
            "workers, set fire to a tractor and took the owner's son, a teenager, into the "
            "forest, his family said.")
    [event] = extract(text, "2014-09-04")
    assert event.sub_event_type == "Abduction/forced disappearance"
    assert not event.actor1.startswith("Rioters")


def test_a_signed_resolution_is_an_agreement_and_not_what_it_promises(
        extract: Extract) -> None:
    text = ("On Monday, chiefs and youth leaders of the Lou Nuer and Murle communities signed a "
            "resolution in Bor, committing to stop revenge attacks and return abducted women "
            "and children.")
    [event] = extract(text, "2020-03-10")
    assert event.sub_event_type == "Agreement"


def test_a_settlement_in_the_district_of_a_town_stays_in_the_reports_country(
        extract: Extract) -> None:
    text = ("Two soldiers were killed on Tuesday when an explosive device blew up under their "
            "vehicle in the Arroyito settlement, in the district of Horqueta, the Joint Task "
            "Force said. The military blamed the Paraguayan People's Army.")
    [event] = extract(text, "2014-09-04")
    assert event.country == "Paraguay"


def test_a_rival_toll_for_the_firefight_is_the_high_end(extract: Extract) -> None:
    text = ("Soldiers killed five suspected cartel gunmen in a firefight near Eldorado on "
            "Saturday, the Defense Department said. The soldiers returned fire, killing five of "
            "the attackers, it said.\n\nLocal media, citing the state prosecutor's office, put "
            "the death toll from the firefight at seven.")
    [event] = extract(text, "2024-11-03")
    assert (event.fatalities, event.fatalities_high) == (5, 7)


def test_the_bomber_among_the_dead_is_not_added_again(extract: Extract) -> None:
    text = ("A bomb went off aboard a passenger bus in Izmir on Tuesday, killing three people, "
            "including the bomber and injuring at least 12 others, police said.")
    [event] = extract(text, "2004-06-24")
    assert event.fatalities == 3


def test_residents_shot_as_they_fled_are_victims_not_rioters(extract: Extract) -> None:
    text = ("Gang members stormed the hamlets above Kenscoff before dawn on Saturday, shooting "
            "residents as they fled and torching houses, the mayor said. At least seven people "
            "were killed.")
    [event] = extract(text, "2025-03-17")
    assert event.sub_event_type == "Attack"


def test_forces_raiding_a_groups_camp_arrest_its_suspects(extract: Extract) -> None:
    text = ("On 18 September, Nigerien forces raided a Boko Haram camp near Mainé-Soroa, "
            "arresting four suspects and seizing weapons, the regional authorities said.")
    [event] = extract(text, "2015-09-21")
    assert (event.sub_event_type, event.actor1) == ("Arrests", "Military Forces of Niger")


def test_residents_of_a_town_who_hold_a_sit_in_protest_there(extract: Extract) -> None:
    text = ("On 15 September, armed men raided a camp near Nguigmi, the authorities said.\n\n"
            "On 16 September, several hundred residents of Diffa took part in a peaceful sit-in "
            "in front of the governorate to demand the lifting of the ban on motorcycles.")
    events = extract(text, "2015-09-21")
    protest = next(e for e in events if e.event_type == "Protests")
    assert protest.location == "Diffa"


def test_a_road_to_a_town_with_a_landmark_after_it_is_placed_by_the_landmark(
        extract: Extract) -> None:
    text = ("Fighting between the UPC and anti-Balaka militiamen resumed on Sunday afternoon on "
            "the road to Bria, about ten kilometres east of Ippy, leaving four dead, a local "
            "source said.")
    [event] = extract(text, "2020-02-12")
    assert event.location == "Ippy"


def test_residents_of_a_town_who_protest_in_the_capital_protest_in_the_capital(
        extract: Extract) -> None:
    text = ("On Monday morning, about 200 residents of Nahuala held a protest in front of the "
            "National Palace of Culture in Guatemala City to demand that the government settle "
            "the boundary dispute. The protest ended peacefully.")
    [event] = extract(text, "2021-07-19")
    assert event.location == "Guatemala City"
