"""Similar recommendations for a draft: other areas only, with how they were implemented and a SMART check."""

from __future__ import annotations

from drafting.similar import find_similar
from retrieval.library import Library


def test_similar_excludes_own_area_and_checks_smart(lib_loaded: Library) -> None:
    result = find_similar(
        lib_loaded, "The CSP should make sure police complete DASH risk assessments", k=3, csp="Northtown CSP"
    )
    assert result.smart.addressed_to_csp is True
    assert all(h.csp != "Northtown CSP" for h in result.similar)
    s1 = next(h for h in result.similar if h.id == "s1")
    assert "abandoned" in s1.implementation and "Superseded" in s1.implementation
