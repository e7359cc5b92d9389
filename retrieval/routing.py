"""Department routing of national recommendations, written when recommendations are added or re-worded.

The analysts' report (``dhr analyse``: "National recommendations by department" and the routing flags) reads
``recommendation_routing`` (``retrieval.analytics_tables``). :func:`route` fills it for recommendations just
written to the library: for each one whose *stored* level is ``national`` it asks the recommendation
classifier for the department it should go to, finds the department its text names (the addressee rules of
``classification.rules``, as the labelling guide says), and replaces its row:

- ``department``: the classifier's department (the rules' keyword department when the classifier does not
  think the text national: the stored level wins, e.g. after a person corrected it);
- ``named_department``: the department the text names (the predicted one when the text names several and it is
  among them), or NULL;
- ``flag``: ``misaddressed`` when the text names a department and not the predicted one,
  ``no_department_named`` when it names none, else NULL.

Recommendations given that are not national (any more) lose their row. When the classifier cannot be loaded
the routing is skipped with a warning (an ingest never fails for it): rows of recommendations that are no longer
national are still removed, nothing is written for the national ones, and :func:`route_library` fills the gaps
later. A classifier that fails while predicting is treated the same way. Routing is derived data written in its
own transaction after the review's write.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol, TypeVar

from sqlalchemy import delete, insert, select

from dhr.errors import ModelNotAvailableError
from dhr.schema.classification import Classification, ClassifyInput
from retrieval import tables as t
from retrieval.analytics_tables import FLAG_MISADDRESSED, FLAG_NO_DEPARTMENT, RecommendationRouting

if TYPE_CHECKING:
    from retrieval.store import LibraryStore

log = logging.getLogger(__name__)
_T = TypeVar("_T")

_routing = RecommendationRouting.__table__
_recs = t.Recommendation.__table__

#: Ids per SQL ``IN (...)`` and recommendations per classifier call.
CHUNK = 500


class ClassifierLike(Protocol):
    """What routing needs of :class:`classification.classifier.RecommendationClassifier`."""

    def predict(self, items: list[ClassifyInput]) -> list[Classification]: ...


@dataclass
class RoutingReport:
    """What :func:`route` did."""

    routed: int = 0
    """National recommendations whose row was written."""
    flagged: int = 0
    """Of those, rows with a flag (misaddressed or no department named)."""
    removed: int = 0
    """Rows deleted because their recommendation is not national (any more)."""
    skipped: int = 0
    """National recommendations left unrouted (classifier unavailable)."""
    flags: dict[str, int] = field(default_factory=dict)
    """Rows written per flag."""


def _chunks(items: Sequence[_T], size: int = CHUNK) -> Iterator[list[_T]]:
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


def _load_classifier() -> ClassifierLike | None:
    try:
        from classification.classifier import load_classifier

        return load_classifier()
    except (ImportError, ModelNotAvailableError, FileNotFoundError, OSError) as exc:
        log.warning("national recommendations not routed: classifier unavailable (%s)", exc)
        return None


def _named_departments(text: str) -> list[str]:
    """Departments the text names as addressees, in order (``classification.rules``)."""
    from classification.rules import analyse

    return list(analyse(text).named_departments)


def _fallback_department(text: str, named: list[str]) -> str:
    from classification.rules import rule_department

    dept, _score = rule_department(text, named)
    return dept or "other"


def routing_row(vec_id: int, text: str, prediction: Classification) -> dict[str, object]:
    """The ``recommendation_routing`` row of one national recommendation and its classification."""
    from dhr.taxonomy import DEPARTMENT_LABELS

    named = _named_departments(text)
    dept = prediction.department or _fallback_department(text, named)
    if dept in named:
        named_dept: str | None = dept
        flag = None
        note = None
    elif named:
        named_dept = named[0]
        flag = FLAG_MISADDRESSED
        names = ", ".join(DEPARTMENT_LABELS.get(d, d) for d in named)
        note = (
            prediction.department_flag
            or f"addressed to {names}; predicted {DEPARTMENT_LABELS.get(dept, dept)}"
        )
    else:
        named_dept = None
        flag = FLAG_NO_DEPARTMENT
        note = "the text names no department"
    return {"vec_id": vec_id, "department": dept, "named_department": named_dept, "flag": flag, "note": note}


def route(
    store: LibraryStore,
    recommendation_ids: Sequence[str],
    classifier: ClassifierLike | None = None,
) -> RoutingReport:
    """Recompute the routing rows of the recommendations ``recommendation_ids`` (string ids) just written.

    National ones (by their stored level) get their row replaced; the others lose theirs; unknown ids are
    ignored. ``classifier`` defaults to ``load_classifier()``, loaded only when a national recommendation is
    among them. Never raises for an unavailable classifier (see the module docstring).
    """
    report = RoutingReport()
    ids = list(dict.fromkeys(recommendation_ids))
    if not ids:
        return report
    national: list[tuple[int, str]] = []
    other: list[int] = []
    with store.engine.connect() as conn:
        for chunk in _chunks(ids):
            rows = conn.execute(
                select(_recs.c.vec_id, _recs.c.text, _recs.c.level).where(_recs.c.id.in_(chunk))
            )
            for vec_id, text, level in rows:
                if level == "national":
                    national.append((int(vec_id), str(text)))
                else:
                    other.append(int(vec_id))
    new_rows: list[dict[str, object]] = []
    if national:
        clf = classifier if classifier is not None else _load_classifier()
        if clf is None:
            report.skipped = len(national)
        else:
            try:
                for batch in _chunks(national):
                    predictions = clf.predict(
                        [ClassifyInput(id=str(vec_id), text=text) for vec_id, text in batch]
                    )
                    for (vec_id, text), prediction in zip(batch, predictions, strict=True):
                        new_rows.append(routing_row(vec_id, text, prediction))
            except Exception as exc:  # noqa: BLE001 - the write is stored; routing is derived and can be redone
                log.warning(
                    "national recommendations not routed: classifier failed (%s: %s)", type(exc).__name__, exc
                )
                new_rows = []
                report.skipped = len(national)
    with store.engine.begin() as conn:
        for chunk in _chunks(other):
            report.removed += conn.execute(delete(_routing).where(_routing.c.vec_id.in_(chunk))).rowcount or 0
        written = [vec_id for vec_id, _text in national] if new_rows else []
        for chunk in _chunks(written):
            conn.execute(delete(_routing).where(_routing.c.vec_id.in_(chunk)))
        # only recommendations still there and national (a concurrent write may have changed one since)
        alive: set[int] = set()
        for chunk in _chunks(written):
            query = select(_recs.c.vec_id).where(_recs.c.vec_id.in_(chunk), _recs.c.level == "national")
            alive.update(int(v) for v in conn.scalars(query))
        new_rows = [r for r in new_rows if r["vec_id"] in alive]
        if new_rows:
            conn.execute(insert(_routing), new_rows)
    report.routed = len(new_rows)
    for r in new_rows:
        if r["flag"]:
            report.flagged += 1
            report.flags[str(r["flag"])] = report.flags.get(str(r["flag"]), 0) + 1
    if report.routed or report.removed:
        log.info(
            "routing: %d national recommendation(s) routed (%d flagged), %d row(s) removed",
            report.routed,
            report.flagged,
            report.removed,
        )
    return report


def route_library(store: LibraryStore, classifier: ClassifierLike | None = None) -> RoutingReport:
    """Route every national recommendation of the library that has no routing row yet (a library built before
    routing was written on ingest, or one whose classifier was unavailable then), and drop rows of
    recommendations that are no longer national."""
    with store.engine.connect() as conn:
        missing = list(
            conn.scalars(
                select(_recs.c.id)
                .outerjoin(_routing, _routing.c.vec_id == _recs.c.vec_id)
                .where(_recs.c.level == "national", _routing.c.vec_id.is_(None))
            )
        )
        stale = list(
            conn.scalars(
                select(_recs.c.id)
                .join(_routing, _routing.c.vec_id == _recs.c.vec_id)
                .where(_recs.c.level != "national")
            )
        )
    return route(store, missing + stale, classifier)
