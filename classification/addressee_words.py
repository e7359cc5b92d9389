"""The word lists :mod:`classification.addressees` reads subjects with: bare health words, NHS provider ids and
their units and staff, vague subjects that take a heading's body, a council's staff, and classes of providers
that are labelled beside the body heading a recommendation (LABELLING-GUIDE rule 4). Kept apart so that the
rules module stays readable (and under the size limit)."""

from __future__ import annotations

BARE_HEALTH = frozenset(
    {"health", "health services", "health partners", "health providers", "health provider"}
)


NHS_PROVIDERS = frozenset({"hospital", "mental_health_services", "local_health_trust"})
TRUST_UNITS = frozenset({"accident_and_emergency", "midwifery", "community_health"})
TRUST_STAFF = frozenset(
    {
        "health visitor",
        "health visitors",
        "school nurse",
        "school nurses",
        "district nurses",
        "community nurses",
        "midwife",
        "midwives",
        "community midwives",
        "emergency department staff",
    }
)


#: Subjects that say who acts only by their trade or a vague plural ("Officers should ...", "Social workers ...",
#: "Key agencies to ..."): under a heading they are the heading's body; alone they keep their own id.
VAGUE_SUBJECTS = frozenset(
    {
        "agencies",
        "relevant agencies",
        "key agencies",
        "other agencies",
        "agencies involved",
        "officers",
        "social workers",
        "social work teams",
        "council officers",
        "local authority staff",
        "practitioners",
        "professionals",
        "staff",
        "commissioners",
        "the commissioners",
        "managers",
    }
)
#: A council's people named by their trade: under one of its departments as the lead, that department's staff.
COUNCIL_STAFF = frozenset({"social workers", "social worker", "social work teams", "council officers",
                            "local authority staff"})  # fmt: skip

#: A class of providers as the actor of the change ("GP practices to record ..."): labelled beside the body
#: that heads the recommendation, the commissioner (LABELLING-GUIDE rule 4).
PROVIDER_CLASSES = frozenset(
    {
        "gps",
        "gp practices",
        "gp surgeries",
        "general practices",
        "general practitioners",
        "practice managers",
        "practice staff",
        "gp practice staff",
        "primary care networks",
        "pcns",
        "gp federations",
        "schools",
        "academies",
        "care homes",
        "care providers",
        "domiciliary care providers",
        "housing providers",
        "registered providers",
        "social landlords",
        "registered social landlords",
        "pharmacies",
        "community pharmacies",
    }
)
