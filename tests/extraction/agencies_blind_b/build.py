"""A second, independent blind set for who each extracted recommendation is for (the first is
``tests/extraction/agencies_blind``, now a dev set). Written in other layouts and wordings than that set and
labelled with ``shared/docs/LABELLING-GUIDE.md`` (agencies rules 1-5) before the pipeline was run on it. Every
place, body, person and recommendation here is invented for these tests.

* ``agc-01-bold-in-sentence``: "Single agency recommendations" paragraphs naming their agency in bold inside the
  first sentence ("It is recommended that **Brindle Police** ..."); a multi-agency part for all partner agencies.
* ``agc-02-right-column``: a Ref / What the panel recommends / Addressee table, the addressee only in the
  right-hand column (council services by name, the Home Office, DHSC, a health board).
* ``agc-03-recommendation-for``: "Recommendation for: X" lines ABOVE each subject-less text.
* ``agc-04-owner-field``: blocks whose addressee is named only in an "Owner:" or "Responsible officer:" field
  (a post title and its employer), with "Timescale:" and "Measure of success:" fields.
* ``agc-05-joined``: two bodies joined by "and" (both addressees) against "with", "alongside",
  "in partnership with", "supported by" (partners, guide rule 2).
* ``agc-06-to-ensure``: "X to ensure that Y ..." forms; Y an actor of the change (guide rule 4) or not a body.
* ``agc-07-council-services``: council services by service name: Adult Social Care, Children's Services,
  Housing Options, Early Help, Public Health, the community safety team; voluntary bodies.
* ``agc-08-nhs-names``: NHS trusts by former and short names ("the Royal", a renamed mental health trust),
  "CCG (now the ICB)", an ambulance trust, a GP federation.
* ``agc-09-welsh``: Welsh bodies: a university health board, a regional safeguarding board, a VAWDASV board,
  a Welsh police force, the Welsh Ambulance service, a local name for the CSP.
* ``agc-10-national``: recommendations to the Home Office, DHSC, DWP, the Ministry of Justice, NHS England and
  "the Government"; a CSP asking a department (the CSP is the addressee).
* ``agc-11-heading-two-up``: an agency Heading 2, topic Heading 3s under it ("Training", "Policy"), passive
  numbered items: the addressee comes from the heading two levels up.
* ``agc-12-local-csp-acronyms``: the CSP under local names ("Safer Hallowmere Partnership", "the Hallowmere
  Together Board"), initials the report never defines (CMHT, CSC, ASC, NPS, ICB), the MASH.

Gold: ``<name>.gold.json`` (DOCX) and ``<name>-pdf.gold.json`` (its LibreOffice export). Only ``agencies`` (and
the recommendation texts they hang on) are labelled with care; level and themes are placeholders. Rebuild
(LibreOffice needed): ``python -m tests.extraction.agencies_blind_b.build``; score:
``python -m tests.extraction.agencies_blind_b.score``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from annotations.wordproc.worddoc import Level, WordDoc
from tests.extraction.agencies_blind.build import Recs, items, numbered, opening, titled
from tests.extraction.plans.build import Doc, build_documents

HERE = Path(__file__).resolve().parent


def _cover(w: WordDoc, subject: str, csp: str) -> None:
    w.para(f"{csp}", style="Title")
    w.para(f"Domestic Homicide Review: the death of {subject}. Overview report, published March 2023.")


def _start(
    csp: str, subject: str, font: str = "Arial", heading: str | None = "Recommendations"
) -> tuple[WordDoc, Doc]:
    """:func:`~tests.extraction.agencies_blind.build.opening` with this set's cover."""
    return opening(csp, subject, font, cover=_cover, heading=heading)


def bold_in_sentence() -> tuple[WordDoc, Doc]:
    w, d = _start("Brindle Community Safety Partnership", "Adult Q")
    w.heading("Multi-agency recommendations", 2)
    numbered(w, d, [
        ("All partner agencies should check that their safeguarding leads can name the local specialist "
         "service for older victims.", ["all_agencies"]),
    ])  # fmt: skip
    w.heading("Single agency recommendations", 2)
    rows: list[tuple[str, str, str, list[str]]] = [
        ("It is recommended that ", "Brindle Police",
         " review how officers record a victim's first account when the suspect is still at the address.",
         ["police"]),
        ("The panel recommends that ", "Kestrel Royal Infirmary",
         " offers a private room to any patient who asks to speak to a nurse alone.", ["hospital"]),
        ("It is recommended that ", "Brindle Borough Council",
         " names a senior officer to answer for domestic abuse in its own workforce policy.",
         ["local_authority"]),
        ("The panel recommends that ", "Hearthside Housing",
         " trains its income officers to spot when arrears may be caused by a controlling partner.",
         ["housing"]),
        ("It is recommended that ", "the Probation Service",
         " shares its risk summary with the victim's advocate before a licence condition is lifted.",
         ["probation_service"]),
    ]  # fmt: skip
    nid = w.num(w.abstract([Level("decimal", "%1.")]), restart={0: 2})
    for head, body, tail, agencies in rows:
        label = w.para(head, num=(nid, 0))
        p = w.doc.paragraphs[-1]
        p.add_run(body).bold = True
        p.add_run(tail)
        d.rec(label.rstrip("."), head + body + tail, agencies, "single_agency")
    return w, d


def right_column() -> tuple[WordDoc, Doc]:
    w, d = _start("Tarnford Community Safety Partnership", "Elsie", "Calibri")
    w.para("The recommendations are listed below with the body each is addressed to.")
    table = [
        ("Child protection conferences should hear from the adult victim's own support worker when one is "
         "involved.", "Children's Services", ["childrens_social_care"]),
        ("Family support workers should be given a short guide on asking a parent about abuse at home.",
         "Early Help", ["childrens_social_care"]),
        ("Applicants who are sofa surfing after leaving a partner should be assessed on the day they present.",
         "Housing Options", ["housing"]),
        ("Statutory guidance for these reviews should say how a review is to be run when the death was a "
         "suicide.", "Home Office", ["home_office"]),
        ("National guidance on routine enquiry in maternity care should be brought up to date.",
         "Department of Health and Social Care", ["dhsc"]),
        ("Safeguarding supervision should be offered to community nurses who visit older couples.",
         "Tarnford Community Health Services", ["local_health_trust"]),
    ]  # fmt: skip
    rows: list[list[str | None]] = [["Ref", "What the panel recommends", "Addressee"]]
    for k, (text, who, agencies) in enumerate(table, start=1):
        rows.append([f"R{k}", text, who])
        d.rec(f"R{k}", text, agencies)
    w.table(rows, [1.4, 10.6, 3.8], font_size=10)
    return w, d


def recommendation_for() -> tuple[WordDoc, Doc]:
    w, d = _start("Safer Ollerby Partnership", "Nadia")
    recs = [
        ("Ollerby Police", "Officers attending a report of a breach of a non-molestation order should check "
         "the order's terms on the call record before arrival.", ["police"]),
        ("Ollerby Mental Health Services", "Crisis team assessments should ask who else lives at the address "
         "and whether the patient feels safe there.", ["mental_health_services"]),
        ("Ollerby Recovery Partnership", "Key workers should ask at every review whether a partner controls "
         "the client's money or medication.", ["drug_and_alcohol_services"]),
        ("Ollerby Independent Domestic Violence Advisor Service", "Advisors should keep in touch with a "
         "high-risk victim for at least three months after a case leaves the MARAC.",
         ["domestic_abuse_services"]),
        ("all agencies", "Each agency should publish how a member of the public can raise a concern about a "
         "colleague's abusive behaviour.", ["all_agencies"]),
    ]  # fmt: skip
    for k, (who, text, agencies) in enumerate(recs, start=1):
        titled(w, d, str(k), text, agencies, before=[f"Recommendation for: {who}"])
    return w, d


def owner_field() -> tuple[WordDoc, Doc]:
    heading = "Recommendations and how they will be monitored"
    w, d = _start("Haddon Vale Community Safety Partnership", "Mr R", heading=heading)
    recs = [
        ("3.1", "A flag for repeat attendance with unexplained injuries should be added to the emergency "
         "department record.", "Owner: Named Nurse for Safeguarding Adults, Haddon Vale Hospitals NHS Trust",
         ["hospital"]),
        ("3.2", "Reviews of care packages should include a conversation with the person receiving care without "
         "their carer in the room.", "Responsible officer: Head of Service, Adult Social Care",
         ["adult_social_care"]),
        ("3.3", "Prison release plans should be shared with the police neighbourhood team for the address the "
         "prisoner is going to.", "Owner: Head of the Haddon Vale Probation Delivery Unit",
         ["probation_service"]),
        ("3.4", "An annual report on the progress of all review action plans should be presented in public.",
         "Responsible officer: Manager of the Community Safety Team, Haddon Vale District Council",
         ["council_community_safety_team"]),
        ("3.5", "Practice nurses should be told how to refer a patient to the local domestic abuse service.",
         "Owner: Designated Nurse, NHS Haddon and Wyre Integrated Care Board", ["integrated_care_board"]),
    ]  # fmt: skip
    after = ["Timescale: within twelve months", "Measure of success: an audit shows the change is in place."]
    for number, text, owner, agencies in recs:
        titled(w, d, number, text, agencies, after=[owner, *after])
    return w, d


def joined() -> tuple[WordDoc, Doc]:
    w, d = _start("Greysands Community Safety Partnership", "Lucy")
    numbered(w, d, [
        ("Greysands Police and Children's Services should agree how a child's voice is recorded after a "
         "domestic incident at the family home.", ["police", "childrens_social_care"]),
        ("The Integrated Care Board, with the GP federation, should design a simple prompt for clinicians when "
         "a patient's partner answers for them.", ["integrated_care_board"]),
        ("Adult Social Care, alongside the community mental health team, should review how carers who are also "
         "patients are assessed.", ["adult_social_care"]),
        ("The Community Safety Partnership, in partnership with local faith groups, should hold listening events "
         "for victims from minority communities.", ["community_safety_partnership"]),
        ("Greysands Women's Aid, supported by the council's commissioning team, should extend its helpline "
         "hours into the evening.", ["domestic_abuse_services"]),
        ("The hospital trust and the ambulance service should agree a shared way of recording who is present "
         "when a patient is seen at home.", ["hospital", "ambulance_service"]),
    ])  # fmt: skip
    return w, d


def to_ensure() -> tuple[WordDoc, Doc]:
    w, d = _start("Penwick Community Safety Partnership", "Carol")
    numbered(w, d, [
        ("Penwick Constabulary to ensure that call handlers ask whether the caller is safe to talk before "
         "asking about the incident.", ["police"]),
        ("The ICB to ensure that GP practices in Penwick record domestic abuse as a safeguarding concern on the "
         "patient's record.", ["integrated_care_board", "gp"]),
        ("Penwick Council to ensure that its licensing officers are trained to recognise the signs of abuse.",
         ["local_authority"]),
        ("Children's Services to ensure that every assessment of an unborn baby asks about the parents' past "
         "relationships.", ["childrens_social_care"]),
        ("The Partnership to ensure that learning from this review is shared with schools and colleges.",
         ["community_safety_partnership"]),
    ], fmt="%1)")  # fmt: skip
    return w, d


def council_services() -> tuple[WordDoc, Doc]:
    w, d = _start("Milbury Community Safety Partnership", "Sandra", "Calibri")
    numbered(w, d, [
        ("Milbury Adult Social Care should make sure that a safeguarding enquiry is not closed only because the "
         "adult has gone into hospital.", ["adult_social_care"]),
        ("Milbury Council's Children's Services should offer a separate meeting to a parent who may be afraid "
         "to speak in front of their partner.", ["childrens_social_care"]),
        ("The Housing Options team should stop asking a victim to provide proof of abuse before offering "
         "emergency accommodation.", ["housing"]),
        ("Public Health should include questions about domestic abuse in the next survey of drug and alcohol "
         "service users.", ["public_health"]),
        ("The Early Help service should add domestic abuse to the topics covered in its parenting courses.",
         ["childrens_social_care"]),
        ("Milbury Carers' Centre should give its volunteers a short briefing on abuse by family carers.",
         ["other"]),
        ("Safe Harbour, the local refuge provider, should keep a small number of rooms for women with older "
         "sons.", ["domestic_abuse_services"]),
    ])  # fmt: skip
    return w, d


def nhs_names() -> tuple[WordDoc, Doc]:
    w, d = _start("Corrington Community Safety Partnership", "Yvonne")
    numbered(w, d, [
        ("The Royal Corrington should make sure that staff in the fracture clinic know how to contact the hospital IDVA.",
         ["hospital"]),
        ("Corrington Partnership NHS Trust (formerly Corrington Mental Health Trust) should review how it "
         "follows up a patient who misses two appointments in a row.", ["mental_health_services"]),
        ("Corrington CCG (now part of the Integrated Care Board) should check that its safeguarding training for "
         "practices covers older victims.", ["integrated_care_board"]),
        ("North Corrington GP Federation should share a template letter for patients who disclose abuse.",
         ["gp"]),
        ("The ambulance trust should remind crews to pass on concerns when a patient is left at home with a "
         "partner who seems controlling.", ["ambulance_service"]),
        ("Corrington Community Healthcare should give health visitors time to see mothers alone at the "
         "six-week check.", ["local_health_trust"]),
    ])  # fmt: skip
    return w, d


def welsh() -> tuple[WordDoc, Doc]:
    w, d = _start("Safer Dyffryn Partnership", "Ffion")
    numbered(w, d, [
        ("Bro Tawel University Health Board should offer routine enquiry about abuse in its sexual health "
         "clinics.", ["local_health_trust"]),
        ("Dyfed-Glannau Police should make sure that a Welsh-speaking victim can give a statement in Welsh "
         "without delay.", ["police"]),
        ("The regional Safeguarding Adults Board should produce bilingual guidance on coercive control for carers.",
         ["safeguarding_adults_board"]),
        ("The regional VAWDASV Strategic Board should map the refuge spaces available in each county.",
         ["domestic_abuse_partnership_board"]),
        ("The Welsh Ambulance Service should add a question about safety at home to its falls assessment.",
         ["ambulance_service"]),
        ("Safer Dyffryn should ask each member agency to report on this review's actions within a year.",
         ["community_safety_partnership"]),
    ])  # fmt: skip
    return w, d


def national() -> tuple[WordDoc, Doc]:
    w, d = _start("Ashgrove Community Safety Partnership", "Mrs W")
    w.heading("National recommendations", 2)
    numbered(w, d, [
        ("The Home Office should set a time limit for the quality assurance of review reports.",
         ["home_office"]),
        ("The Department of Health and Social Care should make domestic abuse training part of the induction "
         "of all care workers.", ["dhsc"]),
        ("The Department for Work and Pensions should tell claimants how to ask for a split payment of "
         "Universal Credit.", ["dwp"]),
        ("The Ministry of Justice should review how victims are told that a perpetrator has been released.",
         ["ministry_of_justice"]),
        ("NHS England should add domestic abuse to the annual contract review for dental practices.",
         ["nhs_england"]),
        ("The Government should fund a national helpline for older victims of abuse.", ["other"]),
        ("Ashgrove Community Safety Partnership should write to the Home Office asking for a central record of "
         "review recommendations.", ["community_safety_partnership"]),
    ])  # fmt: skip
    return w, d


def heading_two_up() -> tuple[WordDoc, Doc]:
    w, d = _start("Stoneleigh Community Safety Partnership", "Priya")
    blocks: list[tuple[str, list[tuple[str, Recs]]]] = [
        ("Stoneleigh Police", [
            ("Training", [
                ("Stalking awareness sessions to be given to all neighbourhood officers.", ["police"]),
            ]),
            ("Policy and procedure", [
                ("The policy on handling a counter-allegation to be rewritten with a section on primary "
                 "aggressor.", ["police"]),
            ]),
        ]),
        ("Stoneleigh and District Hospitals NHS Foundation Trust", [
            ("Training", [
                ("Maternity staff to be trained in asking about abuse through an interpreter.", ["hospital"]),
            ]),
            ("Records", [
                ("A field for the name of any interpreter used to be added to the maternity booking record.",
                 ["hospital"]),
            ]),
        ]),
        ("Stoneleigh Children's Services", [
            ("Practice", [
                ("Case closure summaries to record whether the abusing parent still has contact with the "
                 "children.", ["childrens_social_care"]),
            ]),
        ]),
    ]  # fmt: skip
    abstract = w.abstract([Level("decimal", "%1.")])
    nid = w.num(abstract, restart={0: 1})
    for agency, topics in blocks:
        w.heading(agency, 2)
        for topic, recs in topics:
            w.heading(topic, 3)
            items(w, d, nid, recs, "single_agency")
    return w, d


def local_csp_acronyms() -> tuple[WordDoc, Doc]:
    w, d = _start("Safer Hallowmere Partnership", "Joan")
    numbered(w, d, [
        ("The Safer Hallowmere Partnership should run a campaign on economic abuse aimed at older people.",
         ["community_safety_partnership"]),
        ("The Hallowmere Together Board should check each year that the recommendations of past reviews have "
         "been carried out.", ["community_safety_partnership"]),
        ("The CMHT should make sure that a care coordinator is told when a patient's partner is arrested.",
         ["mental_health_services"]),
        ("CSC should record the name of every adult living in the household at the start of an assessment.",
         ["childrens_social_care"]),
        ("ASC should ask about abuse when a carer asks for a reduction in a care package.",
         ["adult_social_care"]),
        ("NPS should check with the MASH before approving a new address for a perpetrator.",
         ["probation_service"]),
        ("The ICB should fund a domestic abuse adviser post to work across GP practices.",
         ["integrated_care_board"]),
    ])  # fmt: skip
    return w, d


DOCUMENTS = {
    "agc-01-bold-in-sentence": bold_in_sentence,
    "agc-02-right-column": right_column,
    "agc-03-recommendation-for": recommendation_for,
    "agc-04-owner-field": owner_field,
    "agc-05-joined": joined,
    "agc-06-to-ensure": to_ensure,
    "agc-07-council-services": council_services,
    "agc-08-nhs-names": nhs_names,
    "agc-09-welsh": welsh,
    "agc-10-national": national,
    "agc-11-heading-two-up": heading_two_up,
    "agc-12-local-csp-acronyms": local_csp_acronyms,
}


def main(argv: list[str]) -> int:
    return build_documents(DOCUMENTS, HERE, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
