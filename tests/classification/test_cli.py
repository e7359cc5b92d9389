from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

import classification.cli  # noqa: F401  (registers the commands)
import evaluation.cli  # noqa: F401  (dhr evaluate classification)
from dhr.cli_app import app

runner = CliRunner()


def test_classify_outputs_one_line_each(tmp_path: Path):
    f = tmp_path / "in.jsonl"
    f.write_text(
        json.dumps({"id": "1", "text": "Kent Police should review its DASH training."})
        + "\n\n"
        + json.dumps({"id": "2", "text": "Staff to be reminded of MARAC criteria.", "context": "CGL"})
        + "\n"
    )
    r = runner.invoke(app, ["classify", str(f)])
    assert r.exit_code == 0, r.output
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert [x["id"] for x in rows] == ["1", "2"]
    assert {"id", "agencies", "level", "themes", "department", "scores"} <= set(rows[0])
    assert rows[1]["agencies"] == ["drug_and_alcohol_services"]


def test_classify_bad_line_names_line_number(tmp_path: Path):
    f = tmp_path / "in.jsonl"
    f.write_text(json.dumps({"id": "1", "text": "ok"}) + "\n{not json\n")
    r = runner.invoke(app, ["classify", str(f)])
    assert r.exit_code == 2
    assert "in.jsonl:2" in r.output and "not valid JSON" in r.output and "Traceback" not in r.output


def test_classify_missing_field_and_missing_file(tmp_path: Path):
    f = tmp_path / "in.jsonl"
    f.write_text(json.dumps({"id": "1"}) + "\n")
    r = runner.invoke(app, ["classify", str(f)])
    assert r.exit_code == 2 and "in.jsonl:1" in r.output and "text" in r.output
    r = runner.invoke(app, ["classify", str(tmp_path / "nope.jsonl")])
    assert r.exit_code == 2 and "not found" in r.output


def test_annotate_appends(tmp_path: Path):
    out = tmp_path / "corr.jsonl"
    args = [
        "annotate",
        "--id",
        "r7",
        "--text",
        "The CCG should audit GP records.",
        "--agencies",
        "integrated_care_board",
        "--level",
        "local",
        "--themes",
        "record_keeping",
        "--who",
        "analyst1",
        "--out",
        str(out),
    ]
    assert runner.invoke(app, args).exit_code == 0
    assert runner.invoke(app, args[:-2] + ["--note", "second", "--out", str(out)]).exit_code == 0
    lines = [json.loads(x) for x in out.read_text().splitlines()]
    assert len(lines) == 2 and lines[0]["annotator"] == "analyst1" and lines[1]["note"] == "second"
    assert lines[0]["timestamp"].endswith("+00:00")


def test_annotate_rejects_unknown_labels(tmp_path: Path):
    out = tmp_path / "corr.jsonl"
    base = ["annotate", "--id", "r1", "--text", "x", "--level", "local", "--who", "a", "--out", str(out)]
    r = runner.invoke(app, base + ["--agencies", "cops", "--themes", "training"])
    assert r.exit_code == 2 and "cops" in r.output
    r = runner.invoke(app, base + ["--agencies", "police", "--themes", "fun"])
    assert r.exit_code == 2 and "themes" in r.output
    assert not out.exists()


def test_evaluate_classification(tmp_path: Path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        json.dumps(
            {
                "id": "g1",
                "text": "Kent Police should deliver training on stalking.",
                "agencies": ["police"],
                "level": "local",
                "themes": ["training"],
            }
        )
        + "\n"
    )
    r = runner.invoke(app, ["evaluate", "classification", "--gold", str(gold), "--no-mlflow"])
    assert r.exit_code == 0, r.output
    assert "agency_micro_f1: 1.000" in r.output
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        json.dumps(
            {"id": "g1", "text": "x", "agencies": ["nobody"], "level": "local", "themes": ["training"]}
        )
        + "\n"
    )
    r = runner.invoke(app, ["evaluate", "classification", "--gold", str(bad), "--no-mlflow"])
    assert r.exit_code == 2 and "bad.jsonl:1" in r.output


def test_classify_with_a_glossary_file(tmp_path: Path):
    f = tmp_path / "in.jsonl"
    f.write_text(json.dumps({"id": "1", "text": "GDASS should offer every referral a named worker."}) + "\n")
    g = tmp_path / "glossary.txt"
    g.write_text("GDASS - Gloucestershire Domestic Abuse Support Service\n")
    r = runner.invoke(app, ["classify", str(f), "--glossary", str(g)])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["agencies"] == ["domestic_abuse_services"]
    g.write_text("GDASS Gloucestershire\n")
    r = runner.invoke(app, ["classify", str(f), "--glossary", str(g)])
    assert r.exit_code == 2 and "glossary.txt:1" in r.output and "Traceback" not in r.output
    r = runner.invoke(app, ["classify", str(f), "--glossary", str(tmp_path)])
    assert r.exit_code == 2 and "directory" in r.output
