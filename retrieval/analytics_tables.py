"""Tables the analytics need that the library store lacks: review timelines and national-recommendation routing.

They sit on the store's declarative ``Base`` (``retrieval.tables``) and are created by the alembic migration
``0002_analytics`` (``retrieval/migrations/versions/0002_analytics.py``), which ``LibraryStore`` runs on open.

- ``review_timeline_events``: one dated stage of a review (death, first panel, sent to the QAP, ...; ids from the
  taxonomy's ``timeline_events``). ``day`` is the date's proleptic ordinal (``date.toordinal()``), so the
  average months between stages is plain integer arithmetic in any SQL dialect.
- ``recommendation_routing``: for a national recommendation, the department it should go to (``department``,
  a ``DepartmentId``), the department its text names (``named_department``) and a routing ``flag``
  (``misaddressed`` when the two differ, ``no_department_named`` when the text names none, else NULL).
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from retrieval.tables import Base

#: Routing flags of ``recommendation_routing.flag``.
FLAG_MISADDRESSED = "misaddressed"
FLAG_NO_DEPARTMENT = "no_department_named"
ROUTING_FLAGS = (FLAG_MISADDRESSED, FLAG_NO_DEPARTMENT)


class TimelineEvent(Base):
    __tablename__ = "review_timeline_events"
    __table_args__ = (UniqueConstraint("review_id", "event"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    review_id: Mapped[str] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"), index=True)
    event: Mapped[str] = mapped_column(String(32))
    date: Mapped[str] = mapped_column(String(10))
    day: Mapped[int] = mapped_column(Integer)


class RecommendationRouting(Base):
    __tablename__ = "recommendation_routing"
    vec_id: Mapped[int] = mapped_column(
        ForeignKey("recommendations.vec_id", ondelete="CASCADE"), primary_key=True
    )
    department: Mapped[str] = mapped_column(String(32), index=True)
    named_department: Mapped[str | None] = mapped_column(String(32))
    flag: Mapped[str | None] = mapped_column(String(32))
    note: Mapped[str | None] = mapped_column(Text)
