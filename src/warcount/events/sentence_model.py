"""A second opinion on whether an event's sentences report a new incident.

The rules decide what is background, history, a reaction or a plan by cue words; a report
written in another hand words its background differently. A small text classifier (spaCy's
bag of words and word pairs, trained by `training/sentences/` on invented reports and their
gold only) reads each sentence as a whole. An event is dropped only when none of its
sentences reads as a report of an incident (every one scores below the model's threshold)
and another event of the same report does read as one.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

MODEL_DIR = Path(__file__).resolve().parents[1] / "data" / "models" / "sentences"
ENV = "WARCOUNT_SENTENCE_MODEL"  # another model folder (training and evaluation); "off": none


@dataclass
class SentenceModel:
    nlp: Language
    threshold: float

    @classmethod
    def load(cls, path: Path | None = None) -> SentenceModel | None:
        """The shipped model, or the folder `$WARCOUNT_SENTENCE_MODEL` names; None if absent."""
        env = os.environ.get(ENV, "")
        if path is None and env.lower() == "off":
            return None
        folder = path or (Path(env) if env else MODEL_DIR)
        if not (folder / "config.cfg").exists():
            return None
        threshold = json.loads((folder / "warcount.json").read_text())["threshold"]
        return cls(spacy.load(folder), float(threshold))

    def scores(self, texts: Iterable[str]) -> dict[str, float]:
        """P(the sentence reports an incident) for each distinct text (one batch: the
        classifier straight on the tokenizer's docs, without a pipeline's overhead)."""
        unique = list(dict.fromkeys(texts))
        if not unique:
            return {}
        textcat: Any = self.nlp.get_pipe("textcat")
        column = list(textcat.labels).index("EVENT")
        found = textcat.predict([self.nlp.make_doc(t) for t in unique])
        return {t: float(row[column]) for t, row in zip(unique, found, strict=True)}

    def incidents(self, events: Sequence[Sequence[str]]) -> list[bool]:
        """For each event (its sentences), whether to keep it: some sentence of it reads as
        an incident, or none of the events' sentences does (the rules' reading stands).
        A single event always stays; the model is not run for it."""
        if len(events) < 2:
            return [True] * len(events)
        found = self.scores(t for texts in events for t in texts)
        keep = [not texts or max(found[t] for t in texts) >= self.threshold for texts in events]
        return keep if any(keep) else [True] * len(events)
