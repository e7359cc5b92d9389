"""The blind own-words theme sets (annotations/classification/own_words.py) and their scorer (training/theme_blind.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotations.classification.own_words import BLIND_THEMES_FILE, load_blind_themes
from classification.rules import THEMES

BATCHES = [
    BLIND_THEMES_FILE,
    BLIND_THEMES_FILE.with_name("own_words_blind2_themes.psv"),
    BLIND_THEMES_FILE.with_name("own_words_blind3_themes.psv"),
]


@pytest.mark.parametrize("path", BATCHES, ids=lambda p: p.name)
def test_each_blind_batch_parses_with_guide_themes(path: Path) -> None:
    items = load_blind_themes(path)
    assert len(items) >= 20
    assert all(1 <= len(i.themes) <= 3 and set(i.themes) <= set(THEMES) for i in items)
    assert len({i.text for i in items}) == len(items)


def test_the_first_blind_set_covers_every_theme_as_main() -> None:
    assert {i.themes[0] for i in load_blind_themes()} == set(THEMES)


def test_a_line_with_the_wrong_number_of_cells_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.psv"
    bad.write_text("g | text only | policy\n", encoding="utf-8")
    with pytest.raises(ValueError, match="expected 4 cells"):
        load_blind_themes(bad)


def test_the_scorer_reports_theme_f1_and_main_accuracy_for_the_shipped_bundle() -> None:
    from training.theme_blind import score

    res = score(path=BATCHES[2], errors=True)
    assert res["n"] == len(load_blind_themes(BATCHES[2]))
    assert 0.0 <= res["micro_f1"] <= 1.0 and 0.0 <= res["main_accuracy"] <= 1.0
    assert all({"gold", "pred", "text"} <= set(e) for e in res["errors"])


#: The figures theme_blind21 and theme_blind22 (90 items each, writer-only) reached in the sixteenth session, after
#: their errors were read and fixed (dev sets since; first scored blind by the lead: 0.866 / 0.922 and 0.846 / 0.967).
DEV_FIGURES = {"theme_blind21": (0.902, 1.0), "theme_blind22": (0.873, 1.0)}


@pytest.mark.parametrize("stem", sorted(DEV_FIGURES))
def test_the_read_sets_keep_the_figures_they_reached(stem: str) -> None:
    from training.theme_blind import score

    f1, main = DEV_FIGURES[stem]
    res = score(path=Path(__file__).resolve().parents[1] / "classification" / "data" / f"{stem}.psv")
    assert res["n"] == 90
    assert res["micro_f1"] >= f1 and res["main_accuracy"] >= main


def test_theme_blind23_reads_as_fixed_in_the_sixteenth_session() -> None:
    """theme_blind23 (real-report register; a dev set since the sixteenth session): 0.788 / 0.844 (theme F1 / main)
    unread at 9ff17af, 0.842 / 0.989 after the fixes read from its errors, 0.859 / 0.989 once later asks'
    mechanisms became secondary themes. A fall below these figures is a regression of those readings."""
    from training.theme_blind import score

    res = score(path=Path(__file__).resolve().parents[1] / "classification" / "data" / "theme_blind23.psv")
    assert res["n"] == 90
    assert res["main_accuracy"] >= 89 / 90 - 1e-9
    assert res["micro_f1"] >= 0.859
