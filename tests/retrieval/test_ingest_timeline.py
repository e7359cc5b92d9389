"""Adding an extraction to the library keeps its timeline (the Dashboard 1 stages), and deleting drops it."""

from __future__ import annotations

from sqlalchemy import select

from dhr.schema import ExtractionResult, Recommendation, ReviewInfo, SourceInfo, TimelineEvent
from retrieval.analytics_tables import TimelineEvent as TimelineRow
from retrieval.ingest import add_paths


def _draft() -> ExtractionResult:
    return ExtractionResult(
        source=SourceInfo(filename="r.pdf", sha256="a" * 64, pages=3),
        review=ReviewInfo(title="DHR Adult A", csp="Safer Northtown Partnership"),
        timeline=[
            TimelineEvent(event="death", date="2019-03-02", text="Adult A died on 2 March 2019."),
            TimelineEvent(event="publication", date="2021-06", text="Published in June 2021."),
            TimelineEvent(event="first_panel", date="2019", text="Year only: too coarse for stage timings."),
        ],
        recommendations=[
            Recommendation(
                id="r1", number="1", text="The Police should review DASH training.", themes=["training"]
            )
        ],
    )


def test_timeline_is_stored_with_the_review_and_deleted_with_it(lib, tmp_path):
    path = tmp_path / "draft.json"
    path.write_text(_draft().model_dump_json())
    add_paths(lib, [path])
    with lib.store.engine.connect() as conn:
        rows = {r.event: r.date for r in conn.execute(select(TimelineRow.__table__))}
    assert rows == {"death": "2019-03-02", "publication": "2021-06"}
    review_id = lib.store.list_reviews().data[0].id
    lib.store.delete_review(review_id)
    with lib.store.engine.connect() as conn:
        assert conn.execute(select(TimelineRow.__table__)).first() is None
