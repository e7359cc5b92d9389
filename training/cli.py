"""``dhr train classifiers`` (``training/classifiers.py``) and ``dhr train embeddings``: the search adapter on top
of MiniLM (``training/embeddings.py``)."""

from __future__ import annotations

from pathlib import Path

import typer

from dhr.cli_app import handle_errors, train_app


@train_app.command("classifiers")
@handle_errors
def train_classifiers_cmd(
    seed: int = typer.Option(13, help="Random seed (the run is deterministic given it)."),
    out: Path | None = typer.Option(
        None,
        help="Output directory (default: DHR_MODELS_DIR/classifiers, else <data_dir>/models/classifiers).",
    ),
    no_embeddings: bool = typer.Option(False, help="Skip the sentence-embedding candidate (faster)."),
    corrections: Path | None = typer.Option(
        None, help="Corrections file to include (default: DHR_CORRECTIONS_PATH, else the library folder's)."
    ),
) -> None:
    """Train and compare rules, TF-IDF and embedding classifiers; save the best; log to mlflow."""
    import logging

    from classification.classifier import clear_cache
    from dhr.settings import get_settings
    from training.classifiers import KINDS, train_classifiers

    logging.basicConfig(level=logging.WARNING)
    out_dir = out or get_settings().trained_model_dir("classifiers")
    kinds = tuple(k for k in KINDS if not (no_embeddings and k == "embed"))
    r = train_classifiers(seed=seed, out_dir=out_dir, kinds=kinds, corrections_path=corrections)
    clear_cache()
    typer.echo(
        f"trained on {r.n_train} + validated on {r.n_val} items ({r.n_corrections} corrections) in {r.seconds:.0f} s"
    )
    for kind, s in r.validation.items():
        typer.echo(f"  validation {kind:6s} " + " ".join(f"{k}={v:.3f}" for k, v in s.items()))
    typer.echo("chosen: " + ", ".join(f"{k}={v}" for k, v in r.chosen.items()))
    if r.test:
        t = r.test
        typer.echo(
            f"test ({r.n_test}): agency_micro_f1={t['agency_micro_f1']:.3f} level_accuracy={t['level_accuracy']:.3f} "
            f"theme_micro_f1={t['theme_micro_f1']:.3f} main_theme_accuracy={t['main_theme_accuracy']:.3f} "
            f"department_accuracy={t['department_accuracy']}"
        )
    typer.echo(f"saved {r.model_path}; mlflow run {r.run_id}")


@train_app.command("embeddings")
@handle_errors
def train_embeddings_cmd(
    out: Path | None = typer.Option(
        None, help="Output directory (default: DHR_MODELS_DIR/embeddings, else <data_dir>/models/embeddings)."
    ),
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
    out_dir = out or get_settings().trained_model_dir("embeddings")
    r = train_embedding_adapter(
        out_dir, sources=chosen, seed=seed, log_mlflow=not no_mlflow, rank=rank, epochs=epochs
    )
    typer.echo(
        f"trained on {r.n_pairs} pairs ("
        + ", ".join(f"{k} {v}" for k, v in r.pairs_by_source.items())
        + f") in {r.seconds:.0f} s; final loss {r.final_loss:.3f}"
    )
    typer.echo(f"saved {r.path} (adapter {r.digest}); libraries re-index on their next sync")
