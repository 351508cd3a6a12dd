"""The model as the pipeline loads it: fast paths that must give what the slow ones gave."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from warcount.nlp import char_batches, sentence_entities, sentences

if TYPE_CHECKING:
    from warcount.pipeline import Pipeline


def test_nlp_char_batches_cut_by_count_and_size() -> None:
    texts = ["a" * 10, "b" * 10, "c" * 50, "d" * 5, "e" * 5, "f" * 5]
    got = list(char_batches(texts, 2, max_chars=30))
    assert got == [["a" * 10, "b" * 10], ["c" * 50], ["d" * 5, "e" * 5], ["f" * 5]]
    assert list(char_batches([], 4)) == []


def test_nlp_pipe_in_small_batches_gives_the_same_analysis(pipeline: Pipeline) -> None:
    long = " ".join(["The militia attacked the village of Varo on Sunday."] * 900)
    texts = [long, "Gunmen killed two farmers near Lunda.", long + " Police said."]
    nlp = pipeline.nlp
    assert len(list(char_batches(texts, 32))) > 1  # the batch is cut by size
    one_by_one = [nlp(t) for t in texts]
    batched = list(nlp.pipe(texts, batch_size=32))
    for a, b in zip(one_by_one, batched, strict=True):
        assert [(t.tag_, t.dep_, t.head.i, t.ent_type_, t.is_sent_start) for t in a] == [
            (t.tag_, t.dep_, t.head.i, t.ent_type_, t.is_sent_start) for t in b]


def test_nlp_whitespace_tokens_are_tagged_space(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("Rebels shelled the town.\n\nThe army  withdrew.")
    spaces = [t for t in doc if t.is_space]
    assert spaces
    assert all(t.tag_ == "_SP" and t.pos_ == "SPACE" for t in spaces)
    assert all(t.dep_ in ("dep", "") for t in spaces)


def test_nlp_new_line_starts_a_sentence(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("Clashes in Varo\nFighters from two groups met near the market.")
    assert [s.text for s in sentences(doc)] == [
        "Clashes in Varo", "Fighters from two groups met near the market."]


@pytest.mark.parametrize("n", [1, 60])
def test_nlp_sentence_entities_stay_inside_their_sentence(pipeline: Pipeline, n: int) -> None:
    text = " ".join(["Fighting spread from Kisumu to Nakuru in Kenya on Monday."] * n)
    doc = pipeline.nlp(text)
    for s in sentences(doc):
        ents = sentence_entities(doc, s, ("GPE",))
        expected = [(e.start_char - s.start, e.end_char - s.start, e.label_) for e in doc.ents
                    if e.label_ == "GPE" and e.start_char >= s.start and e.end_char <= s.end]
        assert ents == expected
        assert all(0 <= a < b <= len(s.text) for a, b, _ in ents)
