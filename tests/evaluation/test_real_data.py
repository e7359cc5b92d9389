"""The real-data loader (split by CSP, never by item) and the quality gate's comparison."""

from __future__ import annotations

import json

import pytest

from annotations.real import HERE, csp_key, load_recommendations, load_timeline, split_of
from evaluation.real import FIGURES_FILE, TARGETS, format_table, gate_failures

TAXONOMY = json.loads((HERE.parent.parent / "dhr" / "data" / "taxonomy.json").read_text(encoding="utf-8"))


def test_csp_names_normalise_to_one_key() -> None:
    assert (
        csp_key("Safer Southwark Partnership")
        == csp_key("Southwark")
        == csp_key("London Borough of Southwark")
    )
    assert csp_key("Devon (Safer North Devon CSP)") == "devon"
    assert split_of("Safer Devon Partnership") == split_of("Devon (East and Mid Devon CSP)")


def test_splits_are_by_csp_and_stable() -> None:
    recs = load_recommendations()
    by_csp: dict[str, set[str]] = {}
    for r in recs + load_timeline():
        by_csp.setdefault(csp_key(r["csp"]), set()).add(r["split"])
    assert all(len(splits) == 1 for splits in by_csp.values())  # no CSP in two splits
    assert {r["split"] for r in recs} == {"train", "dev", "test"}  # every split has recommendations
    # the hash is fixed: adding data never moves a CSP
    assert (
        split_of("Manchester") == "test" and split_of("Kent") == "train" and split_of("Nottingham") == "dev"
    )


def test_items_are_labelled_with_taxonomy_ids_and_sourced() -> None:
    agencies = {a for a, _ in TAXONOMY["agencies"]["items"]}
    themes = {t for t, _ in TAXONOMY["themes"]["items"]}
    events = {e for e, _ in TAXONOMY["timeline_events"]["items"]} | {"other"}
    for r in load_recommendations():
        assert r["source_url"].startswith("http") and r["text"].strip()
        assert r["agencies"] and set(r["agencies"]) <= agencies, r["id"]
        assert r["level"] in ("local", "regional", "national")
        assert 1 <= len(r["themes"]) <= 3 and set(r["themes"]) <= themes, r["id"]
    for t in load_timeline():
        # the team's file also marks a sentencing date ('sentencing'): not a timeline event, scored as 'other'
        assert (t["event"] in events or t["file"].startswith("team/")) and t["source_url"].startswith("http")
        assert len(t["iso_date"]) in (4, 7, 10)


def test_no_text_from_the_site_the_team_measures_on_was_gathered() -> None:
    for path in HERE.glob("gathered/*.jsonl"):
        assert "accountabilityindex.uk" not in path.read_text(encoding="utf-8"), path


def test_gate_fails_only_beyond_the_margin() -> None:
    recorded = {"dev": {"classify_agencies_f1": 0.90, "classify_n": 20.0}, "test": {"timeline_f1": 0.80}}
    ok = {"dev": {"classify_agencies_f1": 0.885, "classify_n": 3.0}, "test": {"timeline_f1": 0.95}}
    assert gate_failures(ok, recorded) == []
    worse = {"dev": {"classify_agencies_f1": 0.85}, "test": {}}
    failures = gate_failures(worse, recorded)
    assert len(failures) == 2 and "classify_agencies_f1" in failures[0] and "not measured" in failures[1]


def test_table_puts_real_first_and_names_targets() -> None:
    table = format_table(
        {
            "real": {"dev": {"timeline_f1": 0.8}, "test": {"timeline_f1": 0.7}},
            "synthetic": {"timeline_f1": 0.99},
        }
    )
    header, _, row = table.splitlines()
    assert header.split(" | ")[1:4] == ["real dev", "real test", "synthetic"]
    assert row.endswith(f">= {TARGETS['timeline_f1']:.2f}")


@pytest.mark.skipif(not FIGURES_FILE.exists(), reason="no recorded figures yet")
def test_recorded_figures_cover_both_splits() -> None:
    recorded = json.loads(FIGURES_FILE.read_text(encoding="utf-8"))
    assert set(recorded) == {"dev", "test"}
