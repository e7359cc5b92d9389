"""Reading the library's meta flags (``library_meta``): the counters the store keeps and the flags a
synthetic library is marked with (the demo generator writes them; analysis reports them as provenance)."""

from __future__ import annotations

from sqlalchemy import Engine, select

from retrieval import tables as t


def read_meta(engine: Engine) -> dict[str, int]:
    """Every ``library_meta`` key and its value."""
    with engine.connect() as conn:
        return {k: int(v) for k, v in conn.execute(select(t.Meta.key, t.Meta.value))}


def demo_info(engine: Engine) -> dict[str, int] | None:
    """The generator's meta flags when the library is synthetic (``synthetic``, ``demo_seed``, ...), else None."""
    meta = read_meta(engine)
    if not meta.get("synthetic"):
        return None
    return {k: v for k, v in meta.items() if k == "synthetic" or k.startswith("demo_")}
