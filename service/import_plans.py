"""The bulk import's work: validate a CSV of action plans and write its valid reviews, audited.

Shared by ``POST /v1/imports/action-plans`` (small CSVs, on a worker thread) and the background import job
(``service/jobs_runner.py``), so both answer the same report; here rather than in the router, so the job runner
imports no router.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dhr.errors import InputError
from dhr.schema.service import ImportReport
from retrieval.routing import route
from service.access import same_csp
from service.importer import parse_action_plan_csv
from service.keys import Principal

if TYPE_CHECKING:
    from service.state import ServiceState


def import_plans(
    state: ServiceState, principal: Principal, data: bytes, partial: bool, published: bool
) -> ImportReport:
    """Validate the CSV and, unless rows failed without ``partial``, write the valid rows (a worker thread)."""
    allowed = (lambda c: same_csp(c, principal.csp)) if principal.role == "csp" else None
    parsed = parse_action_plan_csv(data, allowed_csp=allowed)
    report = ImportReport(
        rows=parsed.rows, valid=parsed.valid_rows, imported=0, committed=False, errors=parsed.errors
    )
    if parsed.errors and not partial:
        return report
    if parsed.rows == 0:
        raise InputError("the CSV has a header but no data rows")
    report.imported = parsed.valid_rows
    report.committed = parsed.valid_rows > 0
    summary = {
        "rows": parsed.rows,
        "imported": report.imported,
        "errors": len(parsed.errors),
        "partial": partial,
    }
    with state.write_lock:
        for review in parsed.reviews:
            review.published = published
            # One entry per review, in that review's own write transaction (finding 9): a failed append
            # stores nothing of it, and a failure part-way leaves each stored review audited.
            with state.audit.recording(
                actor=principal.key_id,
                role=principal.role,
                action="import.action_plans",
                target=f"review:{review.id}",
                details={**summary, "recommendations": len(review.recommendations)},
            ):
                state.library.store.write_review(review)
            state.timelines.merge(review.id, parsed.timelines.get(review.id, {}))
        # national recommendations -> departments (the analysts' report), one classifier batch
        route(state.library.store, [r.id for review in parsed.reviews for r in review.recommendations])
    state.make_searchable()
    return report
