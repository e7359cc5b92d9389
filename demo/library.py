"""A seeded generator of a SYNTHETIC national learning library (demo, benchmarks, the README's main job).

Everything it writes is invented and says so: review ids start ``SYN-``, titles and references say SYNTHETIC, and
the library's meta table gets ``synthetic = 1`` (with the generator's parameters, see :func:`demo_info`).

Shape (defaults): 300 Community Safety Partnerships with realistic but invented names, grouped in 43 invented
police-force areas in the ten regions of England and Wales, over five years (2021-2025), about 5.7 reviews per
CSP a year, so about 8,500 reviews, 128k recommendations and 205k actions. Proportions follow the pilot (seed
report *Learning from loss*, chapter 3 and Dashboard 1): about 15 recommendations and 24 actions per review; 70%
of reviews published; levels ~89% local, ~6.5% regional, ~4.5% national; about a quarter of recommendations for
the CSP; action status ~71% completed, 15% in progress, ~4% incomplete, ~1% abandoned; implementation ~59% fully;
quality of fully implemented actions ~42% gold; Dashboard 1's average months per stage (death -> first panel 9,
first panel -> sent to QAP 18, sent -> first heard 6, first heard -> signed off 5, signed off -> publication 5).
Note the pilot's own headline of 37 months death -> publication was computed over a different subset of reviews
than its stage averages (which sum to 43); the generator follows the stage averages.

Recommendation texts come from templates over agencies, themes and mechanisms, so search and clustering have
something to find; about 30% of local recommendations are drawn from a pool of recurring lessons (Zipf-weighted)
and reworded slightly (``It is recommended that ...``, ``... must ...``), so the same lesson appears across many
areas. National recommendations get a department in ``recommendation_routing`` and ~12% are misaddressed (the
text names another department) and ~5% name none.

The build uses SQLAlchemy Core ``executemany`` in large batches, one transaction per batch, and takes a few
tens of seconds for 200k actions on 2 cores. It computes no embeddings: the search index of a demo library is
built lazily by ``retrieval.library.Library`` the first time something searches it (or by ``dhr library`` /
``dhr search`` commands), which for 128k recommendations takes a while; analytics never need it.

    result = build_demo_library(default_demo_dir())   # reused when already built with same spec
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from sqlalchemy import Engine, delete, insert, select

from demo.generator import Generator
from demo.spec import DemoSpec, default_demo_dir  # noqa: F401 - re-exported for callers
from dhr.errors import ConflictError, InputError
from retrieval import tables as t
from retrieval.analytics_tables import (
    RecommendationRouting,
    TimelineEvent,
)
from retrieval.repository_meta import demo_info

Progress = Callable[[int, int], None]


class DemoLibraryError(ConflictError):
    """The demo library cannot be built where asked (the directory holds a real library)."""


@dataclass
class DemoBuildResult:
    directory: Path
    spec: DemoSpec
    reused: bool
    seconds: float
    reviews: int
    recommendations: int
    actions: int
    database_bytes: int
    counts: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        out = asdict(self)
        out["directory"] = str(self.directory)
        return out


# ------------------------------------------------------------------------------------------- vocabularies


def _review_count(engine: Engine) -> int:
    from sqlalchemy import func

    with engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(t.Review)) or 0)


def _counts(engine: Engine) -> dict[str, int]:
    from sqlalchemy import func

    out = {}
    with engine.connect() as conn:
        for name, table in (
            ("reviews", t.Review),
            ("recommendations", t.Recommendation),
            ("actions", t.Action),
            ("labels", t.Label),
            ("timeline_events", TimelineEvent),
            ("routing", RecommendationRouting),
        ):
            out[name] = int(conn.scalar(select(func.count()).select_from(table)) or 0)
    return out


def _db_size(directory: Path) -> int:
    from retrieval.store import DB_FILENAME

    return sum(p.stat().st_size for p in directory.glob(DB_FILENAME + "*") if p.is_file())


def build_demo_library(
    directory: Path,
    spec: DemoSpec | None = None,
    *,
    force: bool = False,
    progress: Progress | None = None,
    batch_reviews: int = 400,
) -> DemoBuildResult:
    """Build the synthetic library in ``directory`` (SQLite), or reuse it when built with the same spec.

    A directory holding a real (non-synthetic) library with reviews is never touched (:class:`DemoLibraryError`).
    A synthetic library built with another spec, or left half-built, is deleted and rebuilt; ``force`` rebuilds
    a synthetic library even when it matches.
    """
    from retrieval.store import DB_FILENAME, LibraryStore

    spec = (spec or DemoSpec()).check()
    directory = Path(directory)
    if directory.exists() and not directory.is_dir():
        raise InputError(f"library directory {str(directory)!r} is a file, not a directory")
    started = time.perf_counter()
    db = directory / DB_FILENAME
    if db.exists():
        store = LibraryStore.open(directory)
        try:
            info = demo_info(store.engine)
            if info is None:
                if _review_count(store.engine) > 0:
                    raise DemoLibraryError(
                        f"{str(directory)!r} holds a real library (not synthetic); "
                        "build the demo library in another directory"
                    )
            elif (
                not force
                and info.get("demo_complete") == 1
                and all(info.get(k) == v for k, v in spec.meta().items())
            ):
                return _result(directory, spec, _counts(store.engine), started, reused=True)
        finally:
            store.close()
        for p in directory.glob(DB_FILENAME + "*"):
            p.unlink()
        for derived in ("index.npz", "lexical.npz"):  # the derived search indexes of the old demo library
            (directory / derived).unlink(missing_ok=True)
    store = LibraryStore.open(directory)
    try:
        _build(store.engine, spec, progress, batch_reviews)
        counts = _counts(store.engine)
    finally:
        store.close()
    return _result(directory, spec, counts, started, reused=False)


def _result(
    directory: Path, spec: DemoSpec, counts: dict[str, int], started: float, *, reused: bool
) -> DemoBuildResult:
    return DemoBuildResult(
        directory=directory,
        spec=spec,
        reused=reused,
        seconds=time.perf_counter() - started,
        reviews=counts["reviews"],
        recommendations=counts["recommendations"],
        actions=counts["actions"],
        database_bytes=_db_size(directory),
        counts=counts,
    )


def _build(engine: Engine, spec: DemoSpec, progress: Progress | None, batch_reviews: int) -> None:
    gen = Generator(spec)
    plan = gen.plan()
    meta = spec.meta()
    with engine.begin() as conn:
        conn.execute(delete(t.Meta).where(t.Meta.key.in_([*meta, "demo_complete", "demo_built_at"])))
        conn.execute(insert(t.Meta), [{"key": k, "value": v} for k, v in meta.items()])
    targets = {
        "reviews": t.Review.__table__,
        "timeline": TimelineEvent.__table__,
        "recommendations": t.Recommendation.__table__,
        "labels": t.Label.__table__,
        "routing": RecommendationRouting.__table__,
        "actions": t.Action.__table__,
    }
    vec = 1
    total = len(plan)
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA synchronous=OFF")  # a half-built demo is rebuilt (no demo_complete)
            conn.commit()
        for start in range(0, total, batch_reviews):
            rows: dict[str, list[dict]] = {name: [] for name in targets}
            for area, year, k in plan[start : start + batch_reviews]:
                vec = gen.review_rows(area, year, k, vec, rows)
            with conn.begin():
                for name, table in targets.items():
                    if rows[name]:
                        conn.execute(insert(table), rows[name])
            if progress is not None:
                progress(min(start + batch_reviews, total), total)
        with conn.begin():
            # Rows were written past the text change log: derived indexes from before must do a full diff.
            keys = ["demo_complete", "demo_built_at", "generation", "text_generation", "text_log_since"]
            conn.execute(delete(t.Meta).where(t.Meta.key.in_(keys)))
            conn.execute(
                insert(t.Meta),
                [
                    {"key": "demo_complete", "value": 1},
                    {"key": "demo_built_at", "value": int(time.time())},
                    {"key": "generation", "value": 1},
                    {"key": "text_generation", "value": 1},
                    {"key": "text_log_since", "value": 1},
                ],
            )
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA synchronous=NORMAL")
            conn.commit()
