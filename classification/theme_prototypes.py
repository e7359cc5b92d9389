"""Theme prototypes: each theme's definition in the labelling guide, embedded, as features for the theme model.

With a few dozen real labelled recommendations a linear model over words learns the words of those few
recommendations. The guide's definitions say what each theme is in general; embedding them (with the usual
phrasings of each theme) and giving the model the cosine of a recommendation to each theme adds eight features
that carry that knowledge to wording the training data never had. The phrases are our own wording of the guide.

The prototype vectors are computed once when the model is trained (MiniLM, ``encoder.minilm``) and stored in
the model bundle (``prototypes``: one row per theme, the mean of its phrases' unit vectors, normalised), so run
time needs only the recommendation's embedding, which the theme model already uses.
"""

from __future__ import annotations

from typing import Any

import numpy as np

#: Theme -> phrases saying what a recommendation of that theme asks for (labelling guide, own words).
THEME_PHRASES: dict[str, tuple[str, ...]] = {
    "training": (
        "deliver training to staff on domestic abuse",
        "staff should attend a training course or e-learning module",
        "refresher training and workshops for practitioners and officers",
        "include domestic abuse in the training programme for new staff",
    ),
    "awareness_raising": (
        "remind staff of the importance of asking about abuse",
        "share the learning from this review with all staff through a briefing",
        "run a public awareness campaign about domestic abuse and where to get help",
        "make practitioners aware of and familiar with the support services available",
        "publish a seven minute briefing or newsletter on the findings",
    ),
    "policy": (
        "review and update the domestic abuse policy and procedure",
        "develop a protocol or pathway for responding to cases",
        "revise the guidance and statutory guidance for reviews",
        "write a procedure setting out the criteria and thresholds for referral",
    ),
    "technology_systems": (
        "add a flag or alert to the electronic record system",
        "change the IT case management system so that a prompt appears",
        "tag the record on the computer system and make it visible to other users",
        "a mandatory field or drop-down on the database",
    ),
    "identification_of_risk": (
        "complete a DASH risk assessment and act on the risk identified",
        "ask routine enquiry questions about domestic abuse and see the victim alone",
        "show professional curiosity and explore the warning signs of coercive control",
        "assess the risk to the victim and children and plan for their safety",
    ),
    "multi_agency_working": (
        "share information with other agencies and partners",
        "make a referral to MARAC or to another service",
        "improve communication and joint working between agencies",
        "invite partner agencies to case conferences and strategy meetings and liaise with them",
    ),
    "record_keeping": (
        "record the disclosure accurately in the case notes",
        "improve the quality of records and documentation",
        "case records should show the rationale for decisions and who was seen",
        "keep an accurate chronology and file notes of contacts",
    ),
    "other": (
        "review staffing levels, workload and caseloads",
        "provide funding and resources for the service",
        "contract management and commissioning of a service",
        "the partnership monitors the action plan and governance of the review",
    ),
}


def build_prototypes(themes: list[str], encode: Any) -> np.ndarray:
    """One unit vector per theme (rows in ``themes`` order): the normalised mean of its phrases' embeddings."""
    rows = []
    for t in themes:
        vecs = np.asarray(encode(list(THEME_PHRASES[t])), dtype=np.float32)
        v = vecs.mean(axis=0)
        rows.append(v / max(float(np.linalg.norm(v)), 1e-8))
    return np.stack(rows)


def theme_embedding_block(emb: np.ndarray, task: dict[str, Any]) -> np.ndarray:
    """The embedding block of the theme model's input: the embeddings, and, when the task has prototypes, the
    cosines to them (centred on the training mean, times ``proto_weight``), divided by the embedding weight,
    which :func:`classification.learned.hybrid_matrix` multiplies back."""
    protos = task.get("prototypes")
    if protos is None or emb.shape[0] == 0:
        return emb
    ew = float(task.get("emb_weight", 1.0)) or 1.0
    sims = emb.astype(np.float64) @ np.asarray(protos, dtype=np.float64).T
    sims = sims - np.asarray(task.get("proto_centre", 0.0))
    return np.hstack([emb, sims * (float(task.get("proto_weight", 1.0)) / ew)]).astype(np.float32)
