"""The Lead cell a layout prints beside a real recommendation: its own written addressee, else its gold
agencies' natural names (an area's own service names first). A lead cycled from a fixed list printed an agency
the gold does not hold beside the text (dev6-14, dev7-20, dev7-22 before)."""

from annotations.wordproc.gold import RealRec

#: Natural names of the gold agency ids, for a Lead cell whose real recommendation has no addressee written.
AGENCY_NAMES = {
    "police": "Police",
    "probation_service": "Probation Service",
    "adult_social_care": "Adult Social Care",
    "childrens_social_care": "Children's Social Care",
    "community_safety_partnership": "Community Safety Partnership",
    "drug_and_alcohol_services": "Drug and Alcohol Services",
    "integrated_care_board": "Integrated Care Board",
    "local_health_trust": "Community Health Trust",
    "mental_health_services": "Mental Health Trust",
    "public_health": "Public Health",
    "nhs_england": "NHS England",
    "home_office": "Home Office",
    "all_agencies": "All agencies",
    "gp": "GP practices",
    "hospital": "Hospital Trust",
    "local_authority": "Local Authority",
    "marac": "MARAC Steering Group",
}


#: Nottingham's own service names for the gold agency ids.
NOTTINGHAM_NAMES = {
    "police": "Nottinghamshire Police",
    "adult_social_care": "Nottingham City Adult Social Care",
    "drug_and_alcohol_services": "Nottingham Recovery Network",
}


#: Sefton's own names for the gold agency ids.
SEFTON_NAMES = {
    "community_safety_partnership": "Sefton Community Safety Partnership",
    "police": "Merseyside Police",
    "probation_service": "National Probation Service",
}


#: Norfolk's own names for the gold agency ids.
NORFOLK_NAMES = {
    "police": "Norfolk Constabulary",
    "local_health_trust": "Cambridgeshire Community Services",
}


#: Kent's own names for the gold agency ids (as the Kent layouts' Lead cells print them).
KENT_NAMES = {
    "police": "Kent Police",
    "mental_health_services": "KMPT",
    "integrated_care_board": "Kent and Medway CCG",
    "adult_social_care": "KCC Adult Social Care",
    "childrens_social_care": "Kent Children's Social Services",
}


def gold_names(real: RealRec, names: dict[str, str] | None = None) -> list[str]:
    """The natural names of a real recommendation's gold agencies (``names`` first: an area's own service
    names), one a gold id. Printed beside the text where its written addressee names more bodies than the gold
    holds ("KMPT | Kent Police" labelled mental_health_services only), so that the cell never contradicts it."""
    own = {**AGENCY_NAMES, **(names or {})}
    return [own.get(a, a.replace("_", " ").capitalize()) for a in real.agencies] or ["All agencies"]


def gold_lead(real: RealRec, names: dict[str, str] | None = None) -> str:
    """``gold_names`` joined by "and": a Lead cell or agency heading that names exactly the gold agencies."""
    return " and ".join(gold_names(real, names))


def real_lead(real: RealRec, names: dict[str, str] | None = None) -> str:
    """The Lead cell a real recommendation's own report would print: its written addressee (several joined by
    "and"), else its gold agencies' natural names (``names`` first: an area's own service names). A lead cycled
    from a fixed list would print an agency the gold does not hold beside the text."""
    if real.addressed_to.strip():
        return " and ".join(part.strip() for part in real.addressed_to.split("|") if part.strip())
    return gold_lead(real, names)


def lead_groups(reals: list[RealRec], names: dict[str, str] | None = None) -> list[tuple[str, list[RealRec]]]:
    """Runs of ``reals`` under one agency heading, each its ``real_lead``: a report whose recommendations sit
    under agency headings (Cornwall's "21.10 Public Health") prints the heading a subject-less text needs
    (LABELLING-GUIDE rule 3; "That key agencies gain ..." is Public Health's there, and all agencies' without)."""
    groups: list[tuple[str, list[RealRec]]] = []
    for real in reals:
        lead = real_lead(real, names)
        if groups and groups[-1][0] == lead:
            groups[-1][1].append(real)
        else:
            groups.append((lead, [real]))
    return groups
