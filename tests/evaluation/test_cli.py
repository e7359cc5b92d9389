from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dhr.cli import app
from dhr.schema import ExtractionResult

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "reports"
runner = CliRunner()


def _one_line_error(result) -> str:
    assert result.exit_code == 2, result.output
    out = (result.stderr if hasattr(result, "stderr") else result.output).strip()
    assert len(out.splitlines()) == 1 and "Traceback" not in out
    return out


def test_missing_gold_dir_is_one_line_exit_2(tmp_path):
    msg = _one_line_error(runner.invoke(app, ["evaluate", "extraction", "--gold", str(tmp_path / "nope")]))
    assert "nope" in msg


def test_gold_dir_without_gold_files(tmp_path):
    msg = _one_line_error(runner.invoke(app, ["evaluate", "extraction", "--gold", str(tmp_path)]))
    assert "gold.json" in msg


def test_invalid_gold_file_names_it(tmp_path):
    (tmp_path / "bad.gold.json").write_text('{"source": {"filename": 3}}')
    (tmp_path / "bad.pdf").write_bytes(b"%PDF-1.4")
    msg = _one_line_error(
        runner.invoke(
            app, ["evaluate", "extraction", "--gold", str(tmp_path), "--pred", str(tmp_path), "--no-mlflow"]
        )
    )
    assert "bad.gold.json" in msg


def test_bad_method_and_threshold(tmp_path):
    _one_line_error(runner.invoke(app, ["evaluate", "extraction", "--gold", str(FIXTURES), "--method", "x"]))
    _one_line_error(
        runner.invoke(app, ["evaluate", "extraction", "--gold", str(FIXTURES), "--threshold", "2"])
    )


def test_evaluate_with_predictions_dir(tmp_path):
    gold = tmp_path / "gold"
    pred = tmp_path / "pred"
    gold.mkdir()
    pred.mkdir()
    for g in sorted(FIXTURES.glob("*.gold.json"))[:2]:
        shutil.copy(g, gold / g.name)
    g0, g1 = sorted(gold.glob("*.gold.json"))
    # a perfect prediction for the first document, none for the second
    shutil.copy(g0, pred / (g0.name[: -len(".gold.json")] + ".json"))
    out = tmp_path / "m.json"
    res = runner.invoke(
        app,
        [
            "evaluate",
            "extraction",
            "--gold",
            str(gold),
            "--pred",
            str(pred),
            "--no-mlflow",
            "--out",
            str(out),
        ],
    )
    assert res.exit_code == 0, res.output
    last = json.loads(res.stdout.strip().splitlines()[-1])
    n0 = len(ExtractionResult.model_validate_json(g0.read_text()).recommendations)
    n1 = len(ExtractionResult.model_validate_json(g1.read_text()).recommendations)
    assert last["recommendations_recall"] == pytest.approx(n0 / (n0 + n1), abs=1e-3)
    assert last["recommendations_precision"] == 1.0
    full = json.loads(out.read_text())
    assert [d["failure"] for d in full["documents"]] == [None, "no prediction file"]


def test_generate_command(tmp_path):
    res = runner.invoke(
        app, ["evaluate", "generate", "--out", str(tmp_path / "g"), "--n", "2", "--seed", "1"]
    )
    assert res.exit_code == 0, res.output
    assert len(list((tmp_path / "g").glob("*.gold.json"))) == 2
    _one_line_error(runner.invoke(app, ["evaluate", "generate", "--out", str(tmp_path), "--n", "0"]))


def test_bench_missing_file_is_one_line(tmp_path):
    _one_line_error(runner.invoke(app, ["bench", "extraction", "--file", str(tmp_path / "x.pdf")]))


@pytest.mark.slow
def test_mlflow_logging(tmp_path, monkeypatch):
    from dhr.settings import get_settings
    from evaluation.extraction import evaluate_folder, log_to_mlflow

    monkeypatch.setenv("DHR_MLFLOW_TRACKING_URI", f"sqlite:///{tmp_path}/mlflow.db")
    get_settings.cache_clear()
    try:
        total, results = evaluate_folder(FIXTURES, FIXTURES)  # no <name>.json there: all empty predictions
        run_id = log_to_mlflow(total, results, {"gold": "fixtures"})
        import mlflow

        run = mlflow.get_run(run_id)
        assert run.data.metrics["recommendations_recall"] == 0.0
    finally:
        get_settings.cache_clear()
