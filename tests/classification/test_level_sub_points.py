"""Levels read over the whole recommendation after labelling (``document_force_scope``): the classifier reads a
recommendation's lead-in without its folded sub-points, so a probation (or police) recommendation whose points
confine the change to the body's own local office or unit is local, not its region's (labelling guide, level:
regional is a change covering more than the CSP's area). And a merged CSP's several names count as one place
when the report names no CSP (``place_counts``)."""

from __future__ import annotations

from classification.geography import geography, resolve_csp
from classification.level import document_force_scope
from dhr.schema import Recommendation
from extraction.review_csp import csp_named_most

_CSP = "Harlow Community Safety Partnership"
_LEAD_IN = "The Probation Service has identified recommendations for itself which this review endorses:"


def _rec(text: str, level: str = "regional") -> Recommendation:
    return Recommendation(id="r1", text=text, agencies=["probation_service"], level=level)


def _after(text: str) -> str:
    rec = _rec(text)
    document_force_scope([rec], _CSP, text)
    return rec.level


def test_sub_points_for_the_local_office_make_it_local() -> None:
    assert resolve_csp(_CSP) is not None
    text = f"{_LEAD_IN} Reduce the caseloads of offender managers at the local office. Fill its vacant posts."
    assert _after(text) == "local"


def test_a_probation_change_with_no_local_unit_stays_regional() -> None:
    assert _after(f"{_LEAD_IN} Remind supervisors to record what was said at each session.") == "regional"


def test_a_wider_scope_in_the_points_keeps_it_regional() -> None:
    text = f"{_LEAD_IN} Reduce caseloads at the local office. Roll the new checklist out across the region."
    assert _after(text) == "regional"


def test_an_addressee_without_a_local_unit_keeps_the_reading() -> None:
    rec = _rec(f"{_LEAD_IN} Reduce caseloads at the local office.")
    rec.agencies = ["probation_service", "gp"]
    document_force_scope([rec], _CSP, rec.text)
    assert rec.level == "regional"


def test_a_merged_csps_names_count_as_one_place() -> None:
    counts = geography().place_counts(
        "NHS Kernow; Kernow CIC; Cornwall & Isles of Scilly Public Health; Cornwall"
    )
    assert len(counts) == 1 and sum(counts.values()) == 4
    text = "Kernow Carers should call. The Cornwall and Isles of Scilly team. Kernow. Cornwall & Isles of Scilly."
    most = csp_named_most(text)
    area, cornwall = resolve_csp(most), resolve_csp("Safer Cornwall")
    assert area is not None and cornwall is not None and area.covered == cornwall.covered


def test_probation_read_national_by_its_name_alone_is_its_region_without_a_csp() -> None:
    from classification.level import decide_level
    from classification.rules import analyse

    text = (
        "Assurance from the National Probation Service that the new information sharing agreement is in use."
    )
    rules = analyse(text, None)
    # the level model's "national" for the service's name, no CSP known: the probation region's, not national
    decision = decide_level(text, None, ["probation_service"], rules, "national", 0.6, None)
    assert decision.level == "regional"
    office = text.replace("is in use", "is in use at the local office")
    assert (
        decide_level(office, None, ["probation_service"], analyse(office, None), "national", 0.6, None).level
        == "local"
    )
    # a national change asked stays national
    law = "The National Probation Service should ask the Ministry of Justice to amend the Offender Management Act."
    assert (
        decide_level(law, None, ["probation_service"], analyse(law, None), "national", 0.6, None).level
        == "national"
    )
