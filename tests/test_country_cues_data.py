"""The country cue lexicon (data/country_cues.yaml) against its schema and the other lexicons:
country names spelled as in countries.yaml, and no cue that countries.yaml or actors.yaml
already knows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

DATA = Path(__file__).resolve().parents[1] / "src" / "warcount" / "data"


class _UniqueKeyLoader(yaml.SafeLoader):
    """SafeLoader that refuses a mapping with a repeated key (safe_load keeps the last)."""


def _mapping_no_duplicates(loader: _UniqueKeyLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}", key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep=True)


_UniqueKeyLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_no_duplicates)


def _load(name: str) -> Any:
    return yaml.safe_load((DATA / name).read_text("utf-8"))


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


@pytest.fixture(scope="module")
def cues() -> dict[Any, Any]:
    data = _load("country_cues.yaml")
    assert isinstance(data, dict) and isinstance(data.get("cues"), dict)
    return data["cues"]


@pytest.fixture(scope="module")
def countries() -> list[dict[str, Any]]:
    data = _load("countries.yaml")
    return data["countries"]


@pytest.fixture(scope="module")
def actor_forms() -> set[str]:
    """Folded names and aliases of actors.yaml's actors, generics and state agents."""
    data = _load("actors.yaml")
    forms: set[str] = set()
    for section in ("actors", "generic", "agents"):
        for entry in data.get(section) or []:
            forms.add(_fold(str(entry["name"])))
            forms.update(_fold(str(a)) for a in entry.get("aliases") or [])
            forms.update(_fold(str(a)) for a in entry.get("composed_only") or [])
    return forms


def _bad_entries(cues: dict[Any, Any], names: set[str]) -> list[str]:
    """Cues whose value is not a non-empty list of unique, known country names."""
    bad = []
    for cue, value in cues.items():
        if (not isinstance(value, list) or not value or len(set(value)) != len(value)
                or not all(isinstance(c, str) and c in names for c in value)):
            bad.append(f"{cue}: {value!r}")
    return bad


def test_country_cues_loads_as_a_mapping_of_strings(cues: dict[Any, Any]) -> None:
    assert len(cues) >= 300
    assert all(isinstance(cue, str) for cue in cues), [c for c in cues if not isinstance(c, str)]
    assert all(cue == cue.strip() and "  " not in cue for cue in cues)


def test_country_cues_no_duplicate_keys() -> None:
    text = (DATA / "country_cues.yaml").read_text("utf-8")
    yaml.load(text, Loader=_UniqueKeyLoader)
    with pytest.raises(yaml.constructor.ConstructorError):
        yaml.load("cues:\n  Pokot: [Kenya]\n  Pokot: [Uganda]\n", Loader=_UniqueKeyLoader)


def test_country_cues_same_folded_cue_same_countries(cues: dict[Any, Any]) -> None:
    """"ZANU-PF" and "Zanu-PF" may both be listed, but must then agree on the countries."""
    by_fold: dict[str, set[str]] = {}
    clashes = []
    for cue, value in cues.items():
        key = _fold(cue)
        if key in by_fold and by_fold[key] != set(value):
            clashes.append(cue)
        by_fold.setdefault(key, set(value))
    assert clashes == []


def test_country_cues_countries_exist_in_countries_yaml(
        cues: dict[Any, Any], countries: list[dict[str, Any]]) -> None:
    names = {c["name"] for c in countries}
    assert _bad_entries(cues, names) == []
    # the check is real: a misspelt country, a repeat and an empty list are caught
    wrong = {"Ogiek": ["Kenia"], "Pokot": ["Kenya", "Kenya"], "Turkana": [], "Luo": "Kenya"}
    assert len(_bad_entries(wrong, names)) == 4


def test_country_cues_long_enough(cues: dict[Any, Any]) -> None:
    assert [cue for cue in cues if len(cue.strip()) < 3] == []


def test_country_cues_not_a_country_name_alias_or_demonym(
        cues: dict[Any, Any], countries: list[dict[str, Any]]) -> None:
    known = set()
    for c in countries:
        known.add(_fold(c["name"]))
        known.update(_fold(a) for a in c.get("aliases") or [])
        known.update(_fold(d) for d in c.get("demonyms") or [])
    assert "kenyan" in known and "drc" in known
    assert sorted(cue for cue in cues if _fold(cue) in known) == []


def test_country_cues_not_an_actor_name_or_alias(
        cues: dict[Any, Any], actor_forms: set[str]) -> None:
    assert "odm" in actor_forms and "awami league" in actor_forms
    assert sorted(cue for cue in cues if _fold(cue) in actor_forms) == []


def test_country_cues_found_in_text() -> None:
    from warcount.mentions.country_cues import load_country_cues

    found = load_country_cues().find("Pokot raiders shot an upazila chairman; ANC and anc.")
    assert [(c.text, c.countries) for c in found] == [
        ("Pokot", ("Kenya", "Uganda")), ("upazila chairman", ("Bangladesh",)),
        ("ANC", ("South Africa", "Kenya"))]
