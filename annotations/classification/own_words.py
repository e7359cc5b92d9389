"""The own-words theme set: recommendations written for this project in the styles real reviews use.

``source/own_words_themes.psv`` holds about a hundred recommendations (police, health, social care, housing,
probation, partnerships, national bodies; modal, "That ...", "X to ...", subject-less, passive and minutes-style
wording), labelled with ``shared/docs/LABELLING-GUIDE.md``: main theme first, the mechanism when it is a
distinctive one, else the substance. They augment the theme model (``training/real_models.py``) and are a test of
the theme rules (``tests/classification/test_theme_own_words.py``). Each line:
``group | text | context | agencies | level | themes`` (a group is one imagined review; folds keep it whole).
"""

from __future__ import annotations

from pathlib import Path

from dhr.schema.classification import AnnotatedRecommendation

OWN_WORDS_FILE = Path(__file__).resolve().parent / "source" / "own_words_themes.psv"


def _split(cell: str) -> list[str]:
    return [x.strip() for x in cell.split(",") if x.strip()]


def load_own_words(path: Path = OWN_WORDS_FILE) -> list[AnnotatedRecommendation]:
    """The labelled items of the own-words set (ids ``ow-<line>``, source ``own-words#<group>``)."""
    out: list[AnnotatedRecommendation] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("|")]
        if len(cells) != 6:
            raise ValueError(f"{path.name}:{n}: expected 6 cells, found {len(cells)}")
        group, text, context, agencies, level, themes = cells
        out.append(
            AnnotatedRecommendation(
                id=f"ow-{n}",
                text=text,
                context=context or None,
                agencies=_split(agencies),
                level=level,  # type: ignore[arg-type]
                themes=_split(themes),  # type: ignore[arg-type]
                source=f"own-words#{group}",
            )
        )
    return out


#: The blind own-words theme set: written and labelled before any classifier ran on it (its first score is the
#: blind figure); themes only (``group | text | context | themes``), so it is never agency or level data.
BLIND_THEMES_FILE = Path(__file__).resolve().parent / "source" / "own_words_blind_themes.psv"


def load_blind_themes(path: Path = BLIND_THEMES_FILE) -> list[AnnotatedRecommendation]:
    """The blind own-words theme items (ids ``bw-<line>``, source ``own-blind#<group>``). Agencies and level are
    placeholders (``other``, ``local``): the file labels themes only."""
    out: list[AnnotatedRecommendation] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("|")]
        if len(cells) != 4:
            raise ValueError(f"{path.name}:{n}: expected 4 cells, found {len(cells)}")
        group, text, context, themes = cells
        out.append(
            AnnotatedRecommendation(
                id=f"bw-{n}",
                text=text,
                context=context or None,
                agencies=["other"],
                level="local",
                themes=_split(themes),  # type: ignore[arg-type]
                source=f"own-blind#{group}",
            )
        )
    return out
