"""``dhr train embeddings``: the search adapter on top of MiniLM (see ``training/embeddings.py``)."""

from __future__ import annotations

from pathlib import Path

import typer

from dhr.cli_app import handle_errors, train_app


@train_app.command("embeddings")
@handle_errors
def train_embeddings_cmd(
    out: Path | None = typer.Option(None, help="Output directory (default: <models_dir>/embeddings)."),
    seed: int = typer.Option(13, help="Random seed (the run is deterministic given it)."),
    sources: str = typer.Option(
        "",
        help="Comma-separated pair sources (default: handwritten,acronyms,agencies; also classification,synthetic).",
    ),
    rank: int = typer.Option(64, min=1, max=384, help="Rank of the residual adapter."),
    epochs: int = typer.Option(100, min=1, max=10_000, help="Training epochs."),
    no_mlflow: bool = typer.Option(False, help="Do not log to mlflow."),
) -> None:
    """Train the search adapter on frozen MiniLM embeddings and save it (the library uses it when present)."""
    import logging

    from dhr.settings import get_settings
    from training.embeddings import DEFAULT_SOURCES, train_embedding_adapter

    logging.basicConfig(level=logging.WARNING)
    chosen = tuple(s.strip() for s in sources.split(",") if s.strip()) or DEFAULT_SOURCES
    out_dir = out or Path(get_settings().models_dir) / "embeddings"
    r = train_embedding_adapter(
        out_dir, sources=chosen, seed=seed, log_mlflow=not no_mlflow, rank=rank, epochs=epochs
    )
    typer.echo(
        f"trained on {r.n_pairs} pairs ("
        + ", ".join(f"{k} {v}" for k, v in r.pairs_by_source.items())
        + f") in {r.seconds:.0f} s; final loss {r.final_loss:.3f}"
    )
    typer.echo(f"saved {r.path} (adapter {r.digest}); libraries re-index on their next sync")
