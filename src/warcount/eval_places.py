"""Scoring of place mentions against geoparsing gold (LGL, GeoVirus; docs/evaluation.md).

A gold toponym is found when a predicted mention of the same document overlaps its span;
its error is the distance from the gold point to the point of the overlapping prediction
(the one overlapping most, a resolved one before an unresolved one). A found mention left
unresolved (no latitude/longitude) counts as found for `recall` and `precision` but as
an error of 20039 km, the largest possible, in `acc161_found`, `acc161_all`, the mean,
the median and `auc` (as Gritta et al. 2018 score an unanswered toponym).

`auc` is the area under the curve of the sorted ln(1 + error km) / ln(20039) over found
toponyms, by the trapezoidal rule over n - 1 unit steps, 0 best and 1 worst.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from warcount.eval_events import share
from warcount.eval_normalise import HALF_CIRCUMFERENCE_KM, distance_km

ACC_KM = 161.0  # 100 miles, the figure geoparsing papers report


@dataclass(frozen=True)
class PredictedPlace:
    """A predicted mention read from any object or mapping with start, end and a point."""

    start: int
    end: int
    latitude: float | None
    longitude: float | None


def _field(item: Any, *names: str) -> Any:
    for name in names:
        if isinstance(item, Mapping):
            if item.get(name) is not None:
                return item[name]
        elif getattr(item, name, None) is not None:
            return getattr(item, name)
    return None


def read_prediction(item: Any) -> PredictedPlace:
    """`start`, `end` and `latitude`/`longitude` (or `lat`/`lon`) of a predicted mention."""
    lat = _field(item, "latitude", "lat")
    lon = _field(item, "longitude", "lon", "lng")
    return PredictedPlace(
        start=int(_field(item, "start")),
        end=int(_field(item, "end")),
        latitude=None if lat is None else float(lat),
        longitude=None if lon is None else float(lon),
    )


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def toponym_error_km(
    toponym: Mapping[str, Any], predicted: Sequence[PredictedPlace]
) -> float | None:
    """The error of the gold toponym, or None when no prediction overlaps it."""
    start, end = int(toponym["start"]), int(toponym["end"])
    overlapping = [p for p in predicted if _overlap(start, end, p.start, p.end) > 0]
    if not overlapping:
        return None
    best = max(
        overlapping,
        key=lambda p: (p.latitude is not None, _overlap(start, end, p.start, p.end)),
    )
    if best.latitude is None or best.longitude is None:
        return HALF_CIRCUMFERENCE_KM
    lat, lon = (
        toponym.get("lat", toponym.get("latitude")),
        toponym.get("lon", toponym.get("longitude")),
    )
    if lat is None or lon is None:
        return None
    return distance_km(float(lat), float(lon), best.latitude, best.longitude)


def gritta_auc(errors_km: Sequence[float]) -> float | None:
    """Area under the sorted ln(1 + error) / ln(20039) curve; 0 best, 1 worst."""
    if not errors_km:
        return None
    scaled = sorted(
        math.log1p(min(e, HALF_CIRCUMFERENCE_KM)) / math.log(HALF_CIRCUMFERENCE_KM)
        for e in errors_km
    )
    if len(scaled) == 1:
        return scaled[0]
    area = sum((a + b) / 2 for a, b in zip(scaled, scaled[1:], strict=False))
    return area / (len(scaled) - 1)


def score_places(
    results: Sequence[tuple[Sequence[Mapping[str, Any]], Sequence[Any]]],
) -> dict[str, Any]:
    """recall, precision, acc161_found, acc161_all, mean/median error and AUC."""
    gold_total = found = predicted_total = predicted_on_gold = unresolved = 0
    errors: list[float] = []
    for toponyms, raw_predicted in results:
        predicted = [read_prediction(p) for p in raw_predicted]
        predicted_total += len(predicted)
        spans = [(int(t["start"]), int(t["end"])) for t in toponyms]
        predicted_on_gold += sum(
            any(_overlap(s, e, p.start, p.end) > 0 for s, e in spans) for p in predicted
        )
        for toponym in toponyms:
            gold_total += 1
            error = toponym_error_km(toponym, predicted)
            if error is None:
                continue
            found += 1
            errors.append(error)
            unresolved += int(error >= HALF_CIRCUMFERENCE_KM)
    close = sum(e <= ACC_KM for e in errors)
    auc = gritta_auc(errors)
    return {
        "form": "places",
        "documents": len(results),
        "recall": share(found, gold_total),
        "precision": share(predicted_on_gold, predicted_total),
        "acc161_found": share(close, len(errors)),
        "acc161_all": share(close, gold_total),
        "mean_error_km": round(statistics.fmean(errors), 1) if errors else None,
        "median_error_km": round(statistics.median(errors), 1) if errors else None,
        "auc": None if auc is None else round(auc, 4),
        "unresolved_found": unresolved,
        "n": {
            "recall": gold_total,
            "precision": predicted_total,
            "acc161_found": len(errors),
            "acc161_all": gold_total,
            "mean_error_km": len(errors),
            "median_error_km": len(errors),
            "auc": len(errors),
            "unresolved_found": found,
        },
    }
