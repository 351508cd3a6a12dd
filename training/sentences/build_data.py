"""Label the sentences of the invented reports (tests/fixtures/invented_news*.jsonl) for the
sentence model: EVENT when a gold event's evidence lies in the sentence, NOT_EVENT when only a
not-event quote does. Sentences are cut as the pipeline cuts them (warcount.nlp.sentences).

usage: python training/sentences/build_data.py OUT.jsonl SET [SET ...]
(SET: a set number, 1 for invented_news.jsonl; the held-out sets are left out by the caller)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from warcount.nlp import load_model, sentences

FIXTURES = Path(__file__).resolve().parents[2] / "tests" / "fixtures"


def set_path(n: int) -> Path:
    return FIXTURES / ("invented_news.jsonl" if n == 1 else f"invented_news_{n}.jsonl")


def _spans(text: str, quote: str) -> list[tuple[int, int]]:
    quote = quote.strip()
    out, i = [], text.find(quote)
    while quote and i >= 0:
        out.append((i, i + len(quote)))
        i = text.find(quote, i + 1)
    return out


def label_document(record: dict, cut: list[tuple[int, int, str]]) -> list[tuple[int, str]]:
    """(sentence index, label) for every sentence a gold quote falls in."""
    text = record["text"]
    gold = record.get("gold") or {}
    event: set[int] = set()
    other: set[int] = set()
    for ev in gold.get("events", []):
        if ev.get("optional"):
            continue
        for quote in ev.get("evidence", []):
            for a, b in _spans(text, quote):
                event |= {i for i, (s, e, _) in enumerate(cut) if s < b and a < e}
    for ne in gold.get("not_events", []):
        for a, b in _spans(text, ne.get("text", "")):
            other |= {i for i, (s, e, _) in enumerate(cut) if s < b and a < e}
    return [(i, "EVENT" if i in event else "NOT_EVENT") for i in sorted(event | other)]


def main(argv: list[str]) -> int:
    out, sets = Path(argv[0]), [int(a) for a in argv[1:]]
    nlp = load_model()
    rows = []
    for n in sets:
        records = [json.loads(line) for line in set_path(n).open(encoding="utf-8")]
        for record, doc in zip(records, nlp.pipe(r["text"] for r in records), strict=True):
            cut = [(s.start, s.end, s.text) for s in sentences(doc, record["text"])]
            rows += [{"text": cut[i][2], "label": lab, "set": n, "doc": record["id"],
                      "before": cut[i - 1][2] if i else "", "index": i}
                     for i, lab in label_document(record, cut)]
    with out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts = {lab: sum(r["label"] == lab for r in rows) for lab in ("EVENT", "NOT_EVENT")}
    print(f"{len(rows)} sentences from {len(sets)} sets: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
