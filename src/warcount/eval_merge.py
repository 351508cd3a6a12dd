"""Merge figures of docs/evaluation.md ("Merging several reports").

Gold: for each document, its gold events (news_dev form), each with a `label` shared by every
document that reports the same real event. Stored: each stored (merged) event as the list of
its member events, one per report it names. A member is labelled with the real event it
matches among its own document's gold events (eval_articles.match_events: dates, type,
place); a stored event's labels are its members' labels.

- `merge_precision`: of the report pairs a stored event puts together, the share that are
  two reports of one real event (and the stored event is labelled with it).
- `merge_recall`: of the report pairs of one real event, the share sitting in one stored
  event labelled with that event.
- `cluster_recall`: share of real events that kept a stored event of their own (one holding
  no member of another real event).
- `duplicate_events`: stored events that repeat a real event another stored event has.

news_dev.jsonl carries no cross-document labels (each gold event's `key` is unique to its
document), so these figures are computed only where such labels are given: the invented
tests and the merge pair benchmark.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from itertools import combinations
from typing import Any

from warcount.eval_articles import Gold, match_events
from warcount.records import Event


def label_members(
    stored: Sequence[Sequence[Event]], gold: Mapping[str, Sequence[Gold]]
) -> list[list[str | None]]:
    """The real-event label of each member of each stored event (None: matches no gold)."""
    by_doc: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for s, members in enumerate(stored):
        for m, e in enumerate(members):
            by_doc[e.doc_id].append((s, m))
    labels: list[list[str | None]] = [[None] * len(members) for members in stored]
    for doc_id, slots in by_doc.items():
        golds = list(gold.get(doc_id, ()))
        predicted = [stored[s][m] for s, m in slots]
        for gi, pi in match_events(golds, predicted):
            s, m = slots[pi]
            label = golds[gi].get("label")
            labels[s][m] = str(label) if label is not None else None
    return labels


def _reports(gold: Mapping[str, Sequence[Gold]]) -> dict[str, set[str]]:
    """Real event label -> the documents reporting it."""
    out: dict[str, set[str]] = defaultdict(set)
    for doc_id, events in gold.items():
        for g in events:
            if g.get("label") is not None and not g.get("optional", False):
                out[str(g["label"])].add(doc_id)
    return out


def score_merging(
    stored: Sequence[Sequence[Event]], gold: Mapping[str, Sequence[Gold]]
) -> dict[str, Any]:
    """merge_precision, merge_recall, cluster_recall, duplicate_events (module docstring)."""
    labels = label_members(stored, gold)
    reports = _reports(gold)
    predicted_pairs = correct_pairs = 0
    found: set[tuple[str, str, str]] = set()  # (label, doc, doc) gold pairs put together
    per_label = Counter[str]()
    own: set[str] = set()
    for members, member_labels in zip(stored, labels, strict=True):
        named = {lab for lab in member_labels if lab is not None}
        if len(named) == 1:
            (label,) = named
            own.add(label)
        if named:
            per_label[Counter(lab for lab in member_labels if lab).most_common(1)[0][0]] += 1
        for (e1, l1), (e2, l2) in combinations(zip(members, member_labels, strict=True), 2):
            if e1.doc_id == e2.doc_id:
                continue
            predicted_pairs += 1
            if l1 is not None and l1 == l2:
                correct_pairs += 1
                found.add((l1, *sorted((e1.doc_id, e2.doc_id))))  # type: ignore[arg-type]
    gold_pairs = {(lab, *sorted(p)) for lab, docs in reports.items()
                  for p in combinations(docs, 2)}
    return {
        "merge_precision": round(correct_pairs / predicted_pairs, 3) if predicted_pairs else None,
        "merge_recall": round(len(found & gold_pairs) / len(gold_pairs), 3) if gold_pairs else None,
        "cluster_recall": round(len(own & set(reports)) / len(reports), 3) if reports else None,
        "duplicate_events": sum(n - 1 for n in per_label.values()),
        "gold_pairs": len(gold_pairs),
        "predicted_pairs": predicted_pairs,
    }
