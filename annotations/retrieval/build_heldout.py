"""Write the held-out retrieval set: ``heldout_corpus.jsonl`` (new records) and ``heldout_queries.jsonl``.

Run: ``python -m annotations.retrieval.build_heldout``. Written on 2026-11-26 *before* any ranking change and
without looking at which dev/test queries the current code misses, to measure whether search generalises.
Queries are what a review chair drafting a recommendation would type: short and long, lay wording, acronyms,
misspellings, agencies named in other forms. Judgements are graded over the whole corpus (``corpus.jsonl`` plus
the new records here): ``relevant`` (grade 2, the same lesson) and ``partial`` (grade 1, a related lesson a chair
would be glad to see). Recall@10 and MRR count ``relevant`` only; nDCG@10 uses the grades.

The new records are eight lessons absent from ``topics.py`` (firearms licensing, technology-facilitated abuse,
protective orders, 999 call handling, ambulance crews, health commissioners (ICB/CCG), DWP and benefits,
sexual violence by a partner), so they also act as distractors for the dev/test queries.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from annotations.retrieval.build_corpus import AREAS, record

HERE = Path(__file__).resolve().parent

# topic: (agencies, themes, [texts])
NEW_TOPICS: dict[str, tuple[list[str], list[str], list[str]]] = {
    "firearms_licensing": (
        ["police"],
        ["identification_of_risk", "policy"],
        [
            "The firearms licensing unit should check domestic abuse incidents and intelligence before granting "
            "or renewing a shotgun certificate.",
            "Police should review a certificate holder's licence when a partner reports abuse or threats.",
            "Licensing decisions should seek information from the applicant's GP about mental health and "
            "relationship concerns.",
            "Where an ex-partner raises concerns about access to guns, officers should consider revoking the "
            "certificate and seizing the weapons.",
        ],
    ),
    "tech_abuse": (
        ["police", "domestic_abuse_services"],
        ["identification_of_risk", "training"],
        [
            "Officers should ask victims whether the perpetrator has access to their phone, accounts or location.",
            "Specialist services should offer checks for tracking devices and spyware as part of safety planning.",
            "Training should cover technology-facilitated abuse such as monitoring through apps, smart home "
            "devices and social media.",
            "Police should treat abusive messages sent online after separation as part of a pattern of harassment.",
        ],
    ),
    "protection_orders": (
        ["police", "hmcts"],
        ["policy"],
        [
            "Police should make greater use of Domestic Violence Protection Notices and Orders to give victims "
            "respite.",
            "Officers should apply for a Domestic Abuse Protection Order where a victim is unwilling to support a "
            "prosecution.",
            "Breaches of protective orders should be recorded and acted on consistently.",
            "Victims should be helped to apply for non-molestation and occupation orders through the family court.",
        ],
    ),
    "call_handling": (
        ["police"],
        ["identification_of_risk", "policy"],
        [
            "Call handlers should treat silent 999 calls from a known address as possible domestic abuse and use "
            "the Silent Solution.",
            "The control room should grade domestic abuse calls by risk rather than by whether the caller sounds "
            "calm.",
            "Repeat calls from the same address within a short period should be escalated to a supervisor.",
            "Response times to domestic abuse calls should be monitored and delays reviewed.",
        ],
    ),
    "ambulance": (
        ["ambulance_service"],
        ["identification_of_risk", "training"],
        [
            "Paramedics should record and refer domestic abuse concerns identified during call-outs.",
            "The ambulance trust should provide safeguarding training so crews recognise abuse in the home.",
            "Ambulance staff should share safeguarding concerns with the GP and social care after attending an "
            "injured patient.",
            "Crews attending falls and injuries should consider whether a partner's account explains the injury.",
        ],
    ),
    "icb_commissioning": (
        ["integrated_care_board"],
        ["training", "policy"],
        [
            "The Integrated Care Board should commission domestic abuse training for all primary care staff.",
            "The ICB should fund the IRIS programme across all GP practices in the area.",
            "Health commissioners should ensure safeguarding leads in every practice have domestic abuse "
            "expertise.",
            "The clinical commissioning group should include domestic abuse in contracts with health providers.",
        ],
    ),
    "dwp_benefits": (
        ["dwp"],
        ["awareness_raising", "policy"],
        [
            "Jobcentre work coaches should be trained to recognise signs of economic and domestic abuse among "
            "claimants.",
            "The Department for Work and Pensions should allow split payments of Universal Credit where there is "
            "financial control.",
            "Benefit staff should be able to refer claimants who disclose abuse to local specialist services.",
            "DWP should consider easements to work search requirements for claimants fleeing domestic abuse.",
        ],
    ),
    "isva_sexual_violence": (
        ["domestic_abuse_services"],
        ["identification_of_risk", "multi_agency_working"],
        [
            "Victims who disclose sexual violence by a partner should be referred to an ISVA.",
            "Agencies should recognise rape within a relationship as a high-risk indicator.",
            "Sexual assault referral centres should ask about domestic abuse and link with local IDVA services.",
            "Training should cover intimate partner sexual violence and how to ask about it.",
        ],
    ),
}


def _ids(topic: str, numbers: str = "12345") -> list[str]:
    return [f"{topic}-{n}" for n in numbers]


# (query, relevant (grade 2), partial (grade 1))
QUERIES: list[tuple[str, list[str], list[str]]] = [
    # --- short, lay wording, acronyms, misspellings ---
    (
        "doctors surgery should ask women about abuse",
        _ids("gp_routine_enquiry"),
        _ids("partner_present", "15"),
    ),
    (
        "IRIS programme in GP practices",
        ["gp_routine_enquiry-5", "icb_commissioning-2"],
        _ids("gp_routine_enquiry", "1234") + ["icb_commissioning-1"],
    ),
    ("DASH not done", _ids("dash_completion"), _ids("marac_referral_thresholds", "14")),
    (
        "domestic abuse stalking harrasment risk asessment by officers",
        _ids("dash_completion"),
        ["stalking-4"],
    ),
    ("MARAC refferal criteria proffesional judgement", _ids("marac_referral_thresholds"), []),
    (
        "multi agency risk assessment conference actions not followed up",
        _ids("marac_action_followup"),
        ["action_plan_monitoring-2"],
    ),
    ("hospital IDVA", _ids("hospital_idva"), _ids("idva_capacity", "12")),
    (
        "not enough independent domestic violence advisors, long waiting lists",
        _ids("idva_capacity"),
        ["hospital_idva-5"],
    ),
    (
        "A and E should spot repeat visits with injuries",
        _ids("ed_repeat_attendance"),
        ["hospital_idva-4", "non_fatal_strangulation-3"],
    ),
    ("choking by partner should be treated as high risk", _ids("non_fatal_strangulation"), []),
    (
        "right to ask scheme for checking a new boyfriend's violent past",
        _ids("dvds_clares_law"),
        _ids("probation_risk_management", "35"),
    ),
    ("Clares law", _ids("dvds_clares_law"), []),
    (
        "leaving the relationship is the most dangerous time",
        _ids("separation_risk"),
        ["stalking-1", "stalking-4"],
    ),
    (
        "ex following and harassing her after the breakup",
        _ids("stalking", "1234"),
        ["stalking-5", "separation_risk-3", "tech_abuse-4"],
    ),
    ("coercive control training for cops", _ids("coercive_control_training"), ["economic_abuse-2"]),
    (
        "financial abuse controlling money",
        _ids("economic_abuse") + ["dwp_benefits-2"],
        ["dwp_benefits-1", "coercive_control_training-4"],
    ),
    ("pregnant women asked about DV by midwife", _ids("maternity_enquiry"), _ids("partner_present", "13")),
    (
        "teachers told when police go to a domestic at a pupil's home",
        _ids("operation_encompass"),
        [],
    ),
    ("Op Encompass", _ids("operation_encompass"), []),
    (
        "children are victims too, hear the childs voice",
        _ids("children_voice"),
        ["think_family-2"],
    ),
    (
        "whole family approach adult and childrens services",
        _ids("think_family"),
        ["case_management_systems-2"],
    ),
    (
        "sharing information between agencies without consent GDPR",
        _ids("information_sharing_agreement"),
        ["case_management_systems-4"],
    ),
    (
        "police warning markers repeat perpetrator history not visible to call handler",
        _ids("record_perpetrator_flags"),
        ["call_handling-3"],
    ),
    ("using kids or husband as translator", _ids("interpreters"), []),
    ("No recourse to public funds migrant women", _ids("immigration_status"), ["refuge_access-1"]),
    ("NRPF", ["immigration_status-4"], _ids("immigration_status", "123")),
    (
        "refuge spaces for women with drug and alcohol problems",
        _ids("refuge_access", "12"),
        _ids("refuge_access", "345"),
    ),
    ("homeless women sleeping rough abuse", _ids("homelessness_rough_sleeping", "1345"), ["refuge_access-5"]),
    ("landlords spotting abuse in tenants", _ids("housing_da_training"), ["homelessness_rough_sleeping-5"]),
    (
        "elderly couple abuse put down to dementia",
        _ids("older_victims"),
        ["adult_family_homicide-1", "carers_assessment-4"],
    ),
    ("son with mental illness attacking his mum", _ids("adult_family_homicide"), ["older_victims-1"]),
    (
        "carers assessment should ask if carer is being abused",
        _ids("carers_assessment") + ["older_victims-2"],
        ["disability-2"],
    ),
    ("disabled victim dependent on abuser", _ids("disability"), ["carers_assessment-4"]),
    ("men as victims", _ids("male_victims"), []),
    ("LGBTQ same sex relationships", _ids("lgbt_victims"), []),
    ("forced marriage and HBV", _ids("honour_abuse"), []),
    ("funding a behaviour change programme for abusers", _ids("perpetrator_programme"), []),
    (
        "NPS supervising an offender who starts a new relationship",
        _ids("probation_risk_management"),
        ["dvds_clares_law-3"],
    ),
    (
        "victim not told suspect released, bail conditions",
        _ids("criminal_justice_bail", "1235"),
        ["criminal_justice_bail-4", "protection_orders-3"],
    ),
    ("CPS victimless prosecution", ["criminal_justice_bail-4"], _ids("criminal_justice_bail", "1235")),
    ("suicide after domestic abuse", _ids("suicide_da_link"), ["mental_health_da_enquiry-4"]),
    (
        "bereaved kids support after mum killed",
        _ids("bereavement_support", "1235"),
        ["bereavement_support-4"],
    ),
    ("AAFDA advocacy for families in the review", _ids("family_involvement"), ["bereavement_support-2"]),
    ("DHR actions signed off without evidence", _ids("action_plan_monitoring"), ["marac_action_followup-5"]),
    ("delays publishing homicide review reports", _ids("dhr_publication"), []),
    ("HR policy for staff experiencing abuse", _ids("workplace_policy"), []),
    ("church mosque temple outreach", _ids("faith_community", "15"), _ids("faith_community", "234")),
    ("drug and alcohol services screening for DV", _ids("substance_misuse_da"), []),
    ("CMHT should ask about abuse", _ids("mental_health_da_enquiry"), ["adult_family_homicide-5"]),
    ("professional curiousity", _ids("professional_curiosity"), []),
    (
        "see the patient on her own without the husband",
        _ids("partner_present"),
        ["maternity_enquiry-1", "maternity_enquiry-3", "gp_routine_enquiry-2"],
    ),
    (
        "relationship education in schools about controlling behaviour",
        _ids("healthy_relationships_education"),
        [],
    ),
    (
        "coding third party information in health records",
        _ids("record_keeping_third_party"),
        ["case_management_systems-3"],
    ),
    # --- lessons only in the new records ---
    ("shotgun licence holder with DV history", _ids("firearms_licensing", "1234"), []),
    ("spyware tracking her phone", _ids("tech_abuse", "12"), _ids("tech_abuse", "34")),
    (
        "online abuse on social media after separation",
        _ids("tech_abuse", "34"),
        ["stalking-2", "stalking-4"],
    ),
    ("DVPO", _ids("protection_orders", "12"), _ids("protection_orders", "34")),
    (
        "breach of protective orders",
        ["protection_orders-3", "criminal_justice_bail-3"],
        _ids("protection_orders", "124"),
    ),
    ("silent 999 calls", ["call_handling-1"], _ids("call_handling", "23")),
    (
        "slow police response to domestic calls, control room grading",
        _ids("call_handling", "234"),
        ["call_handling-1", "record_perpetrator_flags-3"],
    ),
    ("paramedics recognising abuse at call-outs", _ids("ambulance", "1234"), []),
    ("ICB commissioning DA training for health staff", _ids("icb_commissioning", "1234"), []),
    ("CCG contracts domestic abuse", ["icb_commissioning-4"], _ids("icb_commissioning", "123")),
    (
        "universal credit split payments coercive control",
        ["dwp_benefits-2"],
        _ids("dwp_benefits", "134") + ["economic_abuse-1", "economic_abuse-4"],
    ),
    ("jobcentre staff", _ids("dwp_benefits", "13"), _ids("dwp_benefits", "24")),
    ("rape by partner ISVA referral", _ids("isva_sexual_violence", "1234"), []),
    ("SARC", ["isva_sexual_violence-3"], ["isva_sexual_violence-1"]),
    # --- long, as a chair drafting a recommendation would write ---
    (
        "The victim attended the emergency department four times with injuries and was never asked about her "
        "partner; the hospital should have a specialist domestic abuse advocate on site",
        _ids("hospital_idva") + _ids("ed_repeat_attendance", "123"),
        _ids("ed_repeat_attendance", "45"),
    ),
    (
        "The perpetrator had abused three previous partners but this was not known to the officers who "
        "attended; the force should improve how previous history is flagged",
        _ids("record_perpetrator_flags"),
        ["case_management_systems-1", "dvds_clares_law-2", "dvds_clares_law-3"],
    ),
    (
        "Agencies did not consider that the victim's adult son, who used drugs and had psychosis, posed a risk "
        "to her",
        _ids("adult_family_homicide"),
        ["older_victims-1", "substance_misuse_da-3"],
    ),
    (
        "There was no evidence that the previous DHR's recommendations had been implemented; the CSP should "
        "track actions to completion",
        _ids("action_plan_monitoring"),
        ["dhr_publication-3", "family_involvement-5"],
    ),
    (
        "Her husband always came to appointments and spoke for her, so the GP never saw her alone",
        _ids("partner_present"),
        ["professional_curiosity-4", "gp_routine_enquiry-2"],
    ),
]


def build(seed: int = 20261127) -> tuple[list[dict], list[dict]]:
    rng = random.Random(seed)
    corpus: list[dict] = []
    for t_index, (topic, (agencies, themes, texts)) in enumerate(NEW_TOPICS.items()):
        for v_index, (text, area) in enumerate(zip(texts, rng.sample(AREAS, len(texts)), strict=True)):
            rid = f"{topic}-{v_index + 1}"
            labels = (agencies, themes, "local")
            corpus.append(record(rng, rid, text, area, (2015, 2025), labels, t_index + v_index))
    queries = [
        {"id": f"h-{n:02d}", "query": q, "relevant": rel, "partial": part, "split": "heldout"}
        for n, (q, rel, part) in enumerate(QUERIES, start=1)
    ]
    return corpus, queries


def check(corpus_ids: set[str], queries: list[dict]) -> None:
    for item in queries:
        for rid in item["relevant"] + item["partial"]:
            if rid not in corpus_ids:
                raise ValueError(f"{item['id']}: unknown record {rid}")
        if set(item["relevant"]) & set(item["partial"]):
            raise ValueError(f"{item['id']}: a record is both relevant and partial")


def main() -> None:
    corpus, queries = build()
    existing = {json.loads(line)["id"] for line in (HERE / "corpus.jsonl").read_text().splitlines() if line}
    check(existing | {r["id"] for r in corpus}, queries)
    with open(HERE / "heldout_corpus.jsonl", "w", encoding="utf-8") as fh:
        for record in corpus:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    with open(HERE / "heldout_queries.jsonl", "w", encoding="utf-8") as fh:
        for query in queries:
            fh.write(json.dumps(query, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
