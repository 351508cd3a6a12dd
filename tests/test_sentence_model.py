"""The sentence model: a second opinion on whether an event's sentences report an incident."""

from __future__ import annotations

import datetime as dt
import json
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from warcount.events.sentence_model import MODEL_DIR, SentenceModel
from warcount.pipeline import Pipeline
from warcount.records import Document

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "training" / "sentences"))
from build_data import label_document  # noqa: E402


@pytest.fixture(scope="module")
def model() -> SentenceModel:
    loaded = SentenceModel.load(MODEL_DIR)
    assert loaded is not None, "the shipped model is missing"
    return loaded


def test_the_shipped_model_carries_its_threshold_and_training_sets(model: SentenceModel) -> None:
    meta = json.loads((MODEL_DIR / "warcount.json").read_text())
    assert model.threshold == meta["threshold"] == 0.03
    assert not {17, 18, 19} & set(meta["sets"])  # the held-out sets were never trained on


@pytest.mark.parametrize("incident", [
    "Gunmen on motorcycles killed six villagers in an overnight raid on Kalgo on Saturday, "
    "police said.",
    "Two soldiers died when their patrol vehicle struck a roadside bomb near Tessit on Monday.",
    "Police fired tear gas to break up a march by several hundred traders in Ofira on Tuesday.",
])
def test_a_report_of_an_incident_reads_as_one(model: SentenceModel, incident: str) -> None:
    assert model.scores([incident])[incident] > 0.5


@pytest.mark.parametrize("background", [
    "The insurgency has killed more than 40,000 people and displaced two million since 2009.",
    "The governor vowed that those responsible would be brought to justice and promised "
    "compensation for the families.",
    "Peace talks between the government and the rebels are due to resume in Nairobi next month.",
])
def test_background_reaction_and_plans_read_as_no_incident(model: SentenceModel,
                                                           background: str) -> None:
    assert model.scores([background])[background] < 0.5


def test_an_event_stays_when_one_of_its_sentences_reads_as_an_incident(
        model: SentenceModel) -> None:
    background = "Peace talks between the government and the rebels are due to resume next month."
    incident = "Rebels ambushed an army convoy near Dorot on Friday, killing four soldiers."
    assert model.incidents([[background, incident], [background]]) == [True, False]
    assert model.incidents([[background]]) == [True]  # a lone event: the rules' reading stands
    assert model.incidents([[background], [background]]) == [True, True]  # none reads as one


def test_the_model_can_be_switched_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WARCOUNT_SENTENCE_MODEL", "off")
    assert SentenceModel.load() is None
    assert SentenceModel.load(MODEL_DIR) is not None  # a folder given outright still loads


def test_training_labels_come_from_the_gold_quotes() -> None:
    text = "Gunmen killed two farmers in Kolo. The state has seen attacks since 2019. Calm."
    cut = [(0, 33, text[0:33]), (34, 72, text[34:72]), (73, 78, text[73:78])]
    record = {"text": text, "gold": {
        "events": [{"evidence": ["killed two farmers in Kolo"]},
                   {"optional": True, "evidence": ["Calm"]}],
        "not_events": [{"why": "history", "text": "attacks since 2019"}]}}
    assert label_document(record, cut) == [(0, "EVENT"), (1, "NOT_EVENT")]


_REPORT = ("Soldiers shot dead three suspected rebels near Tessit on Monday, the army said.\n\n"
           "\"They killed my brother and burned our granary,\" said a farmer in Ansongo on "
           "Tuesday.")


def test_an_event_none_of_whose_sentences_reads_as_an_incident_is_dropped(
        pipeline: Pipeline, model: SentenceModel) -> None:
    doc = Document("t", _REPORT, dt.date(2024, 3, 13))
    rules_only = replace(pipeline, sentences=None).extract(doc)
    assert len(rules_only) == 2  # the rules read the farmer's words as a second incident
    # the quote scores about 0.2: kept at the shipped threshold, dropped at a stricter one
    strict = replace(pipeline, sentences=replace(model, threshold=0.5)).extract(doc)
    assert [e.sub_event_type for e in strict] == ["Armed clash"]
    assert str(strict[0].event_date) == "2024-03-11"
