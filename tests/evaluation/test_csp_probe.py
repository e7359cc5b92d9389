"""The CSP-reading probe (``evaluation/csp_probe.py``) on a seeded sample: every form reads and places the CSP of
areas drawn from the whole geography, and a long report costs each form little."""

from __future__ import annotations

import random

import pytest

from evaluation.csp_probe import _placed, document, long_costs, read_csp, run
from evaluation.csp_probe_forms import FORMS, Front, targets

#: Accuracy the sample must keep in every form (1.000 on the whole probe at the time of writing).
_FLOOR = 0.97


@pytest.fixture(scope="module")
def sample():
    return run(sample=60, seed=11, merged_pairs=20)


def test_every_form_reads_and_places_the_csp(sample):
    per: dict[str, list[bool]] = {}
    for result in sample:
        per.setdefault(result.form, []).append(result.used_ok)
    assert set(per) >= set(FORMS) - {"welsh_bilingual"}  # a sample may hold no Welsh area
    low = {form: round(sum(oks) / len(oks), 3) for form, oks in per.items() if sum(oks) / len(oks) < _FLOOR}
    assert not low, low


def test_the_probe_counts_a_misread_wrong():
    """A CSP read from a neighbouring area, or a former district read as its whole successor, is wrong."""
    harlow = next(t for t in targets(merged_pairs=0) if t.key == "Harlow")
    mendip = next(t for t in targets(merged_pairs=0) if t.key == "Mendip")
    assert _placed("Harlow CSP", harlow) and _placed("Harlow District Council", harlow)
    assert not _placed("Epping Forest CSP", harlow) and not _placed(None, harlow)
    assert _placed("Mendip CSP", mendip) and not _placed("Somerset CSP", mendip)
    front = FORMS["commissioned_neighbour"](harlow, random.Random(3))
    assert front is not None and _placed(read_csp(document(front))[1], harlow)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # places that are also words or parts of other places' names
        ("Domestic Homicide Review\nSafer Wokingham Partnership", {"Wokingham"}),
        ("Domestic Homicide Review\nWoking Community Safety Partnership", {"Woking"}),
        ("Domestic Homicide Review\nNewcastle-under-Lyme CSP", {"Newcastle-under-Lyme"}),
        ("Domestic Homicide Review\nSafer Newcastle upon Tyne", {"Newcastle upon Tyne"}),
        ("Domestic Homicide Review\nSafer Wyre Forest", {"Wyre Forest"}),
        ("Domestic Homicide Review\nSafer Vale Royal Partnership", {"Cheshire West and Chester"}),
        ("Domestic Homicide Review\nSafer Cheshire East", {"Cheshire East"}),
        # a merged CSP's list, longer than four words, with commas
        ("Domestic Homicide Review\nKing's Lynn and West Norfolk, Norwich & Great Yarmouth CSP",
         {"King's Lynn and West Norfolk", "Norwich", "Great Yarmouth"}),
        # partner logos as text above the name, possessives
        ("NHS Kent and Medway Integrated Care Board\nRother Community Safety Partnership", {"Rother"}),
        ("Overview Report\nThis review was commissioned by Staffordshire Moorlands's Community Safety Partnership.",
         {"Staffordshire Moorlands"}),
    ],
)  # fmt: skip
def test_hard_places(text, places):
    from classification.geography import resolve_csp

    got, used = read_csp(document(Front([text, "Contents", "Introduction"])))
    area = resolve_csp(used)
    assert area is not None and set(area.covered | area.partial) == places, (got, used)


def test_a_long_report_costs_each_form_little():
    worst = long_costs(40, seed=5, kinds=("district", "merged"))
    assert max(worst.values()) < 2.0, worst
