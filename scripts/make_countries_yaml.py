"""Write src/warcount/data/countries.yaml from pycountry + countryinfo, with ACLED spellings.

Run by hand (`python scripts/make_countries_yaml.py`); the YAML it writes is the shipped data
and may then be edited by hand. Names follow ACLED's country column; demonyms come from
countryinfo, corrected and extended below from public knowledge.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pycountry
import yaml
from countryinfo import CountryInfo

OUT = Path(__file__).resolve().parents[1] / "src" / "warcount" / "data" / "countries.yaml"

# ACLED's spelling of the country column, where it differs from countryinfo's short name.
ACLED_NAME = {
    "COD": "Democratic Republic of Congo",
    "COG": "Republic of Congo",
    "CIV": "Ivory Coast",
    "SWZ": "eSwatini",
    "CZE": "Czech Republic",
    "PSE": "Palestine",
    "MKD": "North Macedonia",
    "BHS": "Bahamas",
    "GMB": "Gambia",
    "TLS": "East Timor",
    "FSM": "Micronesia",
    "VAT": "Vatican City",
    "STP": "Sao Tome and Principe",
    "VGB": "British Virgin Islands",
    "VIR": "Virgin Islands, U.S.",
    "CUW": "Curacao",
    "REU": "Reunion",
    "BLM": "Saint-Barthelemy",
    "ALA": "Aland Islands",
    "PCN": "Pitcairn",
    "SGS": "South Georgia and the South Sandwich Islands",
}

# Other names a report may use (case-sensitive, as written in English news).
EXTRA_ALIASES = {
    "MMR": ["Burma"],
    "COD": ["DRC", "DR Congo", "D.R. Congo", "Congo-Kinshasa", "Congo",
            "Democratic Republic of the Congo", "the Democratic Republic of Congo"],
    "COG": ["Congo-Brazzaville", "Congo Brazzaville", "Republic of the Congo"],
    "CIV": ["Cote d'Ivoire", "Côte d'Ivoire", "Cote D'Ivoire"],
    "GBR": ["UK", "U.K.", "Britain", "Great Britain"],
    "USA": ["US", "U.S.", "USA", "U.S.A.", "United States of America", "America"],
    "ARE": ["UAE", "U.A.E.", "Emirates"],
    "SWZ": ["Swaziland", "Eswatini"],
    "CZE": ["Czechia"],
    "TUR": ["Türkiye", "Turkiye"],
    "TLS": ["Timor-Leste"],
    "CPV": ["Cabo Verde"],
    "NLD": ["Holland"],
    "PSE": ["Palestinian Territories", "Palestinian territories", "Gaza Strip", "West Bank",
            "Occupied Palestinian Territory"],
    "MKD": ["Macedonia"],
    "KOR": ["Republic of Korea"],
    "PRK": ["DPRK"],
    "CAF": ["CAR"],
    "RUS": ["Russian Federation"],
    "SYR": ["Syrian Arab Republic"],
    "IRN": ["Islamic Republic of Iran"],
    "VNM": ["Viet Nam"],
    "LAO": ["Lao PDR"],
    "KGZ": ["Kyrgyz Republic"],
}

# Demonyms and adjectives; countryinfo's are kept unless replaced here.
DEMONYMS = {
    "BFA": ["Burkinabe", "Burkinabè", "Burkinabé"],
    "COD": ["Congolese"],
    "COG": ["Congolese"],
    "PHL": ["Filipino", "Philippine"],
    "CIV": ["Ivorian"],
    "GBR": ["British", "UK"],
    "USA": ["American", "US", "U.S."],
    "ARE": ["Emirati"],
    "SAU": ["Saudi", "Saudi Arabian", "Saudi-led"],
    "NPL": ["Nepali", "Nepalese"],
    "SOM": ["Somali", "Somalian"],
    "DJI": ["Djiboutian"],
    "MMR": ["Myanmar", "Burmese"],
    "PSE": ["Palestinian"],
    "ECU": ["Ecuadorian", "Ecuadorean"],
    "ARG": ["Argentine", "Argentinian", "Argentinean"],
    "KGZ": ["Kyrgyz", "Kyrgyzstani"],
    "TJK": ["Tajik", "Tajikistani"],
    "UZB": ["Uzbek", "Uzbekistani"],
    "KAZ": ["Kazakh", "Kazakhstani"],
    "LAO": ["Lao", "Laotian"],
    "BWA": ["Botswanan", "Motswana"],
    "LSO": ["Basotho", "Mosotho"],
    "MDV": ["Maldivian"],
    "CPV": ["Cape Verdean"],
    "COM": ["Comorian"],
    "GNB": ["Bissau-Guinean"],
    "SWZ": ["Swazi", "Emaswati"],
    "TLS": ["Timorese", "East Timorese"],
    "TUR": ["Turkish"],
    "CZE": ["Czech"],
    "SVN": ["Slovenian", "Slovene"],
    "BIH": ["Bosnian"],
    "DOM": ["Dominican"],
    "KOR": ["South Korean"],
    "PRK": ["North Korean"],
    "CAF": ["Central African"],
    "SSD": ["South Sudanese"],
    "ZAF": ["South African"],
    "SLV": ["Salvadoran", "Salvadorean"],
    "YEM": ["Yemeni", "Yemenite"],
    "NER": ["Nigerien"],
}

# Territories whose countryinfo demonym belongs to another country ("French", "Chinese").
SKIP_DEMONYM = {"ATF", "HKG", "MAC", "IOT", "MNP", "MTQ", "MYT", "REU", "SPM", "SJM", "GGY", "JEY",
                "GIB", "CXR", "DMA", "GUF", "VAT"}


def main() -> None:
    rows = []
    for c in pycountry.countries:
        try:
            info: dict[str, Any] = dict(CountryInfo(c.alpha_2).info())
        except Exception:  # noqa: BLE001 - countryinfo raises plain errors for gaps
            info = {}
        short = getattr(c, "common_name", None) or info.get("name") or c.name
        name = ACLED_NAME.get(c.alpha_3, short)
        aliases = [a for a in dict.fromkeys([short, c.name, getattr(c, "official_name", "")]
                                            + EXTRA_ALIASES.get(c.alpha_3, []))
                   if a and a != name and "," not in a]
        if c.alpha_3 in DEMONYMS:
            demonyms = DEMONYMS[c.alpha_3]
        elif c.alpha_3 in SKIP_DEMONYM:
            demonyms = []
        else:
            demonyms = [d.strip() for d in (info.get("demonym") or "").split(",") if d.strip()]
        claimed = {a for k, v in EXTRA_ALIASES.items() if k != c.alpha_3 for a in v}
        aliases = [a for a in aliases if a not in claimed]
        rows.append({"name": name, "iso3": c.alpha_3, "aliases": aliases, "demonyms": demonyms})
    header = (
        "# Countries: the canonical name is ACLED's country spelling; aliases and demonyms are\n"
        "# the forms English news uses. Generated by scripts/make_countries_yaml.py from\n"
        "# pycountry (ISO 3166) and countryinfo, corrected by hand from public knowledge.\n"
        "# Schema: list of {name: str, iso3: str, aliases: [str], demonyms: [str]}.\n"
    )
    text = yaml.safe_dump({"countries": rows}, allow_unicode=True, sort_keys=False, width=100)
    OUT.write_text(header + text, encoding="utf-8")


if __name__ == "__main__":
    main()
