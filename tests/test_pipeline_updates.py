"""The whole pipeline on invented reports: tolls told again, clauses that describe rather than
tell, and the words of communiqués, statements and round-ups."""

from __future__ import annotations

from collections.abc import Callable

from warcount.records import Event

Extract = Callable[..., list[Event]]


def _got(events: list[Event]) -> list[tuple[str | None, str, int]]:
    return sorted((e.event_date, e.sub_event_type, e.fatalities) for e in events)


def test_a_toll_said_to_have_risen_replaces_the_first(extract: Extract) -> None:
    text = ("Soldiers shot dead eight villagers in Tshimbulu on Sunday, a coalition of local "
            "groups said.\n\nBy Monday evening the same coalition said the toll in Tshimbulu "
            "had risen to 11, after three more bodies were found.")
    assert _got(extract(text, "2017-03-07")) == [("2017-03-05", "Attack", 11)]


def test_a_toll_raised_by_its_source_names_the_event_it_counts(extract: Extract) -> None:
    text = ("Air strikes on a crowded market in Maarat al-Numan killed at least nine civilians "
            "on Tuesday, a monitor said.\n\nRebels fired rockets at Suqaylabiyah on Tuesday, "
            "killing two civilians, state media said.\n\nLater on Wednesday the monitor raised "
            "the toll from the Maarat al-Numan market strikes to 12.")
    assert _got(extract(text, "2019-05-22")) == [
        ("2019-05-21", "Air/drone strike", 12),
        ("2019-05-21", "Shelling/artillery/missile attack", 2)]


def test_a_toll_brought_to_a_bare_number(extract: Extract) -> None:
    text = ("A man was killed when a shell hit his house in Kherson on Friday evening, the "
            "regional governor said. Later his wife, who was hurt in the shelling, died in "
            "hospital, bringing the toll from that strike to two.")
    assert _got(extract(text, "2023-11-18")) == [
        ("2023-11-17", "Shelling/artillery/missile attack", 2)]


def test_a_comparison_with_the_past_tells_no_event(extract: Extract) -> None:
    text = ("Five policemen were killed when rebels set off a landmine near Bijapur on Tuesday "
            "morning.\n\nIn April last year, rebels killed 76 policemen in an ambush in "
            "Dantewada district, the deadliest attack on security forces in the insurgency.")
    assert _got(extract(text, "2011-10-12")) == [
        ("2011-10-11", "Remote explosive/landmine/IED", 5)]


def test_the_history_of_a_place_in_a_relative_clause(extract: Extract) -> None:
    text = ("Rebels on Monday stormed back into Kafr Nabuda, a village that government forces "
            "had captured earlier this month, after fighting that killed 27 fighters.")
    events = extract(text, "2019-05-22")
    assert [(e.event_date, e.location) for e in events] == [("2019-05-20", "Kafr Nabudah")]


def test_fighting_raging_elsewhere_is_the_setting_of_a_strike(extract: Extract) -> None:
    text = ("Air strikes by Syrian government and Russian warplanes on a market in Maarat "
            "al-Numan killed nine civilians on Tuesday, a monitor said, as fighting raged for a "
            "second day over a hilltop village on the edge of the rebel-held Idlib region.")
    assert _got(extract(text, "2019-05-22")) == [("2019-05-21", "Air/drone strike", 9)]


def test_words_of_reports_in_other_styles(extract: Extract) -> None:
    cases = [
        ("The police station of Morales was attacked on Sunday with at least three drones "
         "carrying explosive charges. Two officers were wounded.", "Air/drone strike"),
        ("On Tuesday two young men were taken by men in camouflage uniforms on the road "
         "outside Corinto. Their whereabouts are unknown.", "Abduction/forced disappearance"),
        ("On Sunday morning about 2,000 people marched along the seafront in Culiacan to "
         "demand an end to the violence.", "Peaceful protest"),
        ("Rebels said their fighters entered Lere \"without firing a single shot\" on Sunday "
         "after the army abandoned its camp.", "Non-violent transfer of territory"),
        ("On Saturday in Bahir Dar, the regional government signed what it called a \"peace "
         "and development agreement\" with a militia faction.", "Agreement"),
        ("The rebels on Wednesday installed their command of the sector in the camp of Lere, "
         "a spokesman said.", "Headquarters or base established"),
        ("On Sunday 17 members of the group surrendered to the army in Shariff Aguak, handing "
         "over 12 firearms.", "Change to group/activity"),
    ]
    for text, sub in cases:
        got = [e.sub_event_type for e in extract(text, "2024-07-25")]
        assert got == [sub], (text, got)


def test_statements_of_what_will_be_or_was_not(extract: Extract) -> None:
    for text in (
        "The state government announced on Thursday that a curfew would be imposed in "
        "Maiduguri from Friday.",
        "There was no fighting in or near the village of Thayet Taw on Wednesday, residents "
        "said.",
        "The rebels vowed in their statement on Monday to liberate every town of the north.",
        "Russian forces shelled the region 74 times over the past day, the governor said on "
        "Saturday.",
        "The fighting has forced more than 40,000 people to flee to Mauritania, the UN said "
        "on Monday.",
        "Aid groups opened offices in Kunduz without blast walls on Monday.",
    ):
        assert extract(text, "2023-11-18") == [], text


def test_a_weekday_market_names_no_day(extract: Extract) -> None:
    text = ("On Sunday, a drone strike hit the crowded Sunday market in Debre Tabor, the "
            "capital of South Gondar zone, killing at least 17 people.")
    events = extract(text, "2026-01-14")
    assert [(e.event_date, e.location, e.fatalities) for e in events] == [
        ("2026-01-11", "Debre Tabor", 17)]


def test_the_same_date_and_places_that_are_only_a_destination(extract: Extract) -> None:
    text = ("1. At about 7:30 AM of August 18, 2018, rebels ambushed a police patrol in "
            "Malaybalay City, killing one officer.\n\n2. At about 4:30 PM of the same date, "
            "a bomb exploded along the highway in Shariff Aguak, wounding two civilians.")
    got = sorted((e.event_date, e.location) for e in extract(text, "2018-08-20"))
    # (GeoNames calls Shariff Aguak by its old name, Maganoy)
    assert got == [("2018-08-18", "Maganoy"), ("2018-08-18", "Malaybalay")], got
    text = ("Gunmen stopped a Quetta-bound coach near Nushki on Friday and killed four "
            "passengers. Two wounded men have been evacuated to CMH Quetta.")
    assert [e.location for e in extract(text, "2025-06-15")] == ["Nushki"]


def test_what_a_crowd_asks_for_is_no_act_of_its_own(extract: Extract) -> None:
    text = ("On Friday morning about 2,000 people marched peacefully through Myitkyina to call "
            "for an end to the army's offensive and for access to civilians trapped by the "
            "fighting. Police watched the march but did not intervene.")
    assert _got(extract(text, "2016-10-07")) == [("2016-10-07", "Peaceful protest", 0)]
    text = ("After Friday prayers several hundred people gathered in al-Nour Square, in the "
            "centre of Tripoli, to demand that the army end the fighting. The rally dispersed "
            "peacefully after an hour.")
    assert [e.sub_event_type for e in extract(text, "2013-10-25")] == ["Peaceful protest"]


def test_an_event_named_to_place_another_in_time(extract: Extract) -> None:
    text = ("Overnight on Wednesday, before the fighting broke out, an unknown assailant threw "
            "a hand grenade at a shop in the Zahriyeh district of Tripoli, causing no injuries, "
            "police said.")
    assert _got(extract(text, "2013-10-25")) == [("2013-10-23", "Grenade", 0)]


def test_a_mob_after_a_bombing_is_an_event_of_its_own(extract: Extract) -> None:
    text = ("A suicide bomber blew himself up at a checkpoint in Maiduguri on Wednesday "
            "afternoon, killing four people, police said. Minutes after the blast, an angry mob "
            "seized a young man seen running from the scene and beat him to death.")
    assert _got(extract(text, "2014-06-13")) == [
        ("2014-06-11", "Mob violence", 1), ("2014-06-11", "Suicide bomb", 5)]


def test_the_dead_named_without_a_number(extract: Extract) -> None:
    text = ("At about 7:30 AM of August 18, 2018, rebels ambushed a police patrol in "
            "Malaybalay City. The troops fought back and a firefight ensued for twenty minutes. "
            "The incident resulted in the death of PO2 Renante Quijano.")
    assert _got(extract(text, "2018-08-20")) == [("2018-08-18", "Armed clash", 1)]
    # a death already counted is not counted again under its name
    text = ("Gunmen shot dead a teacher in Kananga on Monday, police said. Jean Mukendi was "
            "killed outside his home, his brother said.")
    assert [e.fatalities for e in extract(text, "2017-03-07")] == [1]


def test_a_statement_published_on_a_day_and_a_quoted_outcome(extract: Extract) -> None:
    text = ("The army used fighter jets and artillery against positions of the Kachin "
            "Independence Army near Laiza on Thursday. Three KIA fighters were killed in the "
            "fighting, a KIA spokesman said.\n\nIn a statement published in the state-run "
            "Global New Light of Myanmar on Friday, the army said its troops had repelled KIA "
            "attacks. Two soldiers were killed, the statement said.")
    got = [(e.event_date, e.fatalities) for e in extract(text, "2016-10-07")]
    assert got == [("2016-10-06", 5)], got
    text = ("Troops clashed with armed men near Nassoumbou on Saturday morning. The army said "
            "eight assailants were \"neutralised\".")
    assert _got(extract(text, "2017-12-10")) == [("2017-12-09", "Armed clash", 8)]


def test_a_round_up_summary_and_an_incident_of_the_week(extract: Extract) -> None:
    text = ("THIS WEEK IN BRIEF\nSoum saw most incidents: an attack on the Arbinda police "
            "station, a landmine near Djibo and the abduction of a school director.\n\n"
            "Monday 4 December - Arbinda\nArmed men attacked the police station in Arbinda. A "
            "police officer was killed in the exchange of fire.\n\n"
            "Wednesday 6 December - Baraboule\nFour armed men abducted the director of the "
            "primary school in Baraboule.\n\n"
            "Friday 8 December - Djibo\nAn army vehicle struck a landmine near Djibo, killing "
            "two soldiers.\n\n"
            "Thursday 7 December - Djibo\nSeveral hundred residents marched through Djibo to "
            "demand that the government reopen the schools closed because of threats.\n\n"
            "Date not specified - Djibo\nAlso during the week, armed men set fire to the town "
            "hall annex in Djibo. No one was hurt.")
    assert _got(extract(text, "2017-12-10")) == [
        ("2017-12-04", "Armed clash", 1),
        ("2017-12-06", "Abduction/forced disappearance", 0),
        ("2017-12-07", "Peaceful protest", 0),
        ("2017-12-08", "Remote explosive/landmine/IED", 2),
        ("2017-12-10", "Looting/property destruction", 0)]


def test_names_that_are_no_scene(extract: Extract) -> None:
    text = ("A suicide bomber blew himself up next to a police van in Badaber, Peshawar, on "
            "Monday, killing two policemen. The injured were shifted to Lady Reading Hospital.")
    assert [e.location for e in extract(text, "2014-10-14")] == ["Peshawar"]
    text = ("On May 13, NPA rebels burned three dump trucks of a mining company in Pantukan, "
            "Compostela Valley. The army condemns the use of landmines, which are banned under "
            "the Ottawa Convention.")
    assert [e.country for e in extract(text, "2011-05-16")] == ["Philippines"]
    text = ("Syria's state news agency Sana reports that a car bomb exploded in the Mezzeh "
            "neighbourhood of Damascus this morning, killing two citizens.")
    assert [e.location for e in extract(text, "2012-08-14")] == ["Al-Mezzeh"]  # in Damascus


def test_clashes_there_are_in_the_town_named_just_before(extract: Extract) -> None:
    text = ("09.42 A car bomb exploded in the Mezzeh neighbourhood of Damascus this morning, "
            "killing two people.\n\n11.18 Heavy fighting in Aleppo's Seif al-Dawla district.\n"
            "At least 18 people were killed in clashes there today, the Observatory says.")
    got = sorted((e.location, e.fatalities) for e in extract(text, "2012-08-14"))
    assert got == [("Al-Mezzeh", 2), ("Aleppo", 18)], got


def test_the_town_a_distance_locates_was_named_before(extract: Extract) -> None:
    text = ("Government helicopters fired on the rebel-held town of Tal Rifaat last night, "
            "activists said. The helicopters fired rockets at a residential area of the town, "
            "about 35 km north of Aleppo, killing six people.")
    assert [(e.location, e.fatalities) for e in extract(text, "2012-08-14")] == [
        ("Tall Rif\u2018at", 6)]


def test_interceptions_the_same_evening_as_a_strike_and_ongoing_harm(extract: Extract) -> None:
    text = ("A drone strike near the main entrance of El Obeid Teaching Hospital on Sunday "
            "killed five people. The Sudanese Armed Forces said their air defences shot down "
            "three drones over El Obeid on Sunday evening.\n\n\"Health workers are being "
            "killed, hospitals are being hit, and supplies are being stolen,\" the agency's "
            "head said.")
    got = sorted((e.sub_event_type, e.fatalities) for e in extract(text, "2026-02-10"))
    assert got == [("Air/drone strike", 5), ("Disrupted weapons use", 0)], got


def test_counts_of_insurgents_and_an_aside_before_the_verb(extract: Extract) -> None:
    text = ("In Bijapur district, two Maoists, including a woman cadre carrying a reward of Rs "
            "5 lakh on her head, were killed in an encounter with police near Gangaloor on "
            "Tuesday.")
    assert [e.fatalities for e in extract(text, "2015-09-17")] == [2]


def test_a_year_to_date_tally_and_a_president_named_vladimir(extract: Extract) -> None:
    text = ("Police arrested four suspected Maoists near Dornapal on Wednesday. In the current "
            "year, security forces in Sukma district have neutralised 27 Maoists and arrested "
            "112, while 64 have surrendered.")
    assert [(e.sub_event_type, e.fatalities) for e in extract(text, "2018-11-22")] == [
        ("Arrests", 0)]
    text = ("Drones hit an oil depot in Belgorod on Sunday, wounding two people.\n\nIn the "
            "neighbouring Kursk region, air defences destroyed six drones overnight, the "
            "governor said on Monday.\n\nThe attacks coincided with the three-day presidential "
            "vote that ended on Sunday, in which Vladimir Putin secured a fifth term.")
    assert "Vladimir" not in [e.location for e in extract(text, "2024-03-18")]


def test_a_correction_notice_and_officers_met_with_gunfire(extract: Extract) -> None:
    text = ("CORRECTION AND UPDATE\n\nAn earlier version of this article said that nine people "
            "had been killed in the operation.\n\nOriginal headline: Nine killed in Rio "
            "operation\n\nSeven people were killed on Monday during a police operation in the "
            "Complexo da Mare, police said. Officers were met with heavy gunfire as they "
            "entered the favela.\n\nThe operation came a day after gunmen attacked a police "
            "base in the Complexo do Alemao on Sunday night. A corporal, Rodrigo Pessanha, 31, "
            "was shot dead in the exchange of fire.")
    got = sorted((e.event_date, e.fatalities) for e in extract(text, "2018-06-26"))
    assert got == [("2018-06-24", 1), ("2018-06-25", 7)], got


def test_a_prosecutors_office_a_cartel_and_a_blocked_highway(extract: Extract) -> None:
    text = ("IRAPUATO.- Armed men burst into a bar in the Las Reynas neighbourhood on Monday "
            "night and opened fire on customers, killing six people, the State Prosecutor's "
            "Office reported.\n\nRelatives of the victims blocked the Irapuato-Salamanca "
            "highway for about two hours on Tuesday morning, demanding justice and the arrest "
            "of those responsible. The protest was peaceful.")
    got = sorted((e.event_date, e.sub_event_type, e.fatalities) for e in extract(
        text, "2025-03-11"))
    assert got == [("2025-03-10", "Attack", 6), ("2025-03-11", "Peaceful protest", 0)], got
    text = ("State security forces arrested four alleged members of the Santa Rosa de Lima "
            "Cartel on Monday during a search of a property in Guanajuato.")
    assert [e.location for e in extract(text, "2025-03-11")] != ["Santa Rosa de Lima"]


def test_a_police_informer_is_a_civilian_and_a_dharna_alleging_deaths(extract: Extract) -> None:
    text = ("Maoists killed a former sarpanch in the Kuakonda area of Dantewada district on "
            "Monday night after branding him a police informer, police said.")
    assert [(e.sub_event_type, e.actor2) for e in extract(text, "2015-09-17")] == [
        ("Attack", "Civilians (India)")]
    text = ("On Wednesday, around 300 villagers staged a dharna outside the Bijapur "
            "collectorate, alleging that the two killed in Tuesday's encounter were farmers, "
            "and demanding a judicial inquiry. The protest ended peacefully.")
    assert [(e.sub_event_type, e.fatalities) for e in extract(text, "2015-09-17")] == [
        ("Peaceful protest", 0)]


def test_a_round_ups_section_head_is_a_headline(extract: Extract) -> None:
    text = ("A CRPF constable was killed when Maoists triggered an IED near Sukma on "
            "Wednesday, police said.\n\nTwo Maoists killed in Bijapur encounter\n\nIn Bijapur "
            "district, two Maoists were killed in an encounter with police near Gangaloor on "
            "Tuesday.\n\nOn Wednesday, around 300 villagers staged a dharna outside the Bijapur "
            "collectorate, demanding a judicial inquiry. The protest ended peacefully.")
    got = sorted((e.event_date, e.sub_event_type, e.fatalities) for e in extract(
        text, "2015-09-17"))
    assert got == [("2015-09-15", "Armed clash", 2), ("2015-09-16", "Peaceful protest", 0),
                   ("2015-09-16", "Remote explosive/landmine/IED", 1)], got


def test_an_air_base_named_after_its_town(extract: Extract) -> None:
    text = ("Two rockets were fired at Balad Air Base on Sunday evening, according to the "
            "Security Media Cell. No casualties were reported.")
    assert [(e.location, e.country) for e in extract(text, "2022-08-15")] == [("Balad", "Iraq")]
