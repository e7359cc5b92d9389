"""Write ``corpus.jsonl`` (records for ``dhr library add``) and ``queries.jsonl`` from ``topics.py``.

Run: ``python -m annotations.retrieval.build_corpus``. Deterministic (seeded): variants are spread over areas,
years and regions, and given actions with statuses, quality and evidence as the oversight form records them.
A query's relevant recommendations are the five variants of its topic. Queries are split into ``dev`` (used to
tune fusion weights) and ``test`` (reported separately) by topic.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from annotations.retrieval.topics import TOPICS

HERE = Path(__file__).resolve().parent

AREAS: list[tuple[str, str]] = [
    ("Ashford Community Safety Partnership", "South East"),
    ("Barnsley Safer Communities Partnership", "Yorkshire and the Humber"),
    ("Bristol Community Safety Partnership", "South West"),
    ("Cheshire West and Chester CSP", "North West"),
    ("Coventry Police and Crime Board", "West Midlands"),
    ("Croydon Safer Croydon Partnership", "London"),
    ("Derby Community Safety Partnership", "East Midlands"),
    ("Durham Safe Durham Partnership", "North East"),
    ("East Sussex Safer Communities Partnership", "South East"),
    ("Gateshead Community Safety Board", "North East"),
    ("Hackney Community Safety Partnership", "London"),
    ("Hertfordshire Community Safety Partnership", "East of England"),
    ("Kirklees Communities Board", "Yorkshire and the Humber"),
    ("Leeds Safer Leeds", "Yorkshire and the Humber"),
    ("Lincolnshire Community Safety Partnership", "East Midlands"),
    ("Manchester Community Safety Partnership", "North West"),
    ("Norfolk County Community Safety Partnership", "East of England"),
    ("North Somerset Community Safety Partnership", "South West"),
    ("Nottingham Crime and Drugs Partnership", "East Midlands"),
    ("Plymouth Safer Plymouth", "South West"),
    ("Sandwell Safer Partnership", "West Midlands"),
    ("Sheffield Safer and Sustainable Communities Partnership", "Yorkshire and the Humber"),
    ("Southwark Safer Southwark Partnership", "London"),
    ("Suffolk Community Safety Partnership", "East of England"),
    ("Swindon Community Safety Partnership", "South West"),
    ("Tower Hamlets Community Safety Partnership", "London"),
    ("Wakefield Community Safety Partnership", "Yorkshire and the Humber"),
    ("Wiltshire Community Safety Partnership", "South West"),
    ("Wirral Community Safety Partnership", "North West"),
    ("Worcestershire Safer Communities Board", "West Midlands"),
]

ACTION_OUTCOMES = [
    (
        "completed",
        "fully",
        "gold",
        "Audit after six months showed sustained improvement; reported to the DA board.",
    ),
    ("completed", "fully", "silver", "Delivered to all teams; attendance records provided."),
    ("completed", "partly", "bronze", "Briefing circulated by email; no evidence of impact."),
    ("in_progress", "partly", "not_met_yet", "Delivery under way; first audit due next quarter."),
    ("not_started", "not_yet", "not_met_yet", None),
    ("abandoned", "not_yet", "not_met", "Abandoned: funding for the post was not renewed."),
    ("abandoned", "not_yet", "not_met", "Abandoned: superseded by a regional procurement."),
    ("incomplete", "somewhat", "not_met", "Partly delivered before the lead officer left; not picked up."),
]

ACTION_TEMPLATES = [
    "Deliver briefing sessions to frontline staff on this recommendation.",
    "Update the relevant policy and circulate it to all staff.",
    "Audit a sample of cases to check practice has changed.",
    "Report progress to the Domestic Abuse Partnership Board.",
]


def record(
    rng: random.Random,
    rid: str,
    text: str,
    area: tuple[str, str],
    years: tuple[int, int],
    labels: tuple[list[str], list[str], str],
    start: int,
) -> dict:
    """One library record: ``text`` from ``area`` (CSP, region) in a year drawn from ``years``, with its
    (agencies, themes, level) ``labels`` and up to two actions drawn from the templates from ``start`` on.
    Draws from ``rng`` in a fixed order (year, action count, each action's outcome, the review's number), so that
    a seed gives the same records."""
    csp, region = area
    agencies, themes, level = labels
    year = rng.randint(*years)
    actions = []
    for a_index in range(rng.randint(0, 2)):
        status, impl, quality, evidence = rng.choice(ACTION_OUTCOMES)
        action = {
            "text": ACTION_TEMPLATES[(start + a_index) % len(ACTION_TEMPLATES)],
            "status": status,
            "implementation_level": impl,
            "quality": quality,
        }
        if evidence:
            action["evidence"] = evidence
        actions.append(action)
    return {
        "id": rid,
        "text": text,
        "csp": csp,
        "region": region,
        "review": f"DHR {csp.split()[0]} {year}-{rng.randint(1, 9):02d}",
        "year": year,
        "agencies": agencies,
        "themes": themes,
        "level": level,
        "actions": actions,
    }


def build(seed: int = 20261126) -> tuple[list[dict], list[dict]]:
    rng = random.Random(seed)
    corpus: list[dict] = []
    queries: list[dict] = []
    for t_index, (topic, agencies, themes, level, variants, topic_queries) in enumerate(TOPICS):
        areas = rng.sample(AREAS, len(variants))
        ids = []
        for v_index, (text, area) in enumerate(zip(variants, areas, strict=True)):
            rid = f"{topic}-{v_index + 1}"
            ids.append(rid)
            labels = (agencies, themes, level)
            corpus.append(record(rng, rid, text, area, (2015, 2024), labels, t_index + v_index))
        split = "test" if t_index % 2 else "dev"
        for q_index, query in enumerate(topic_queries):
            queries.append(
                {
                    "id": f"q-{topic}-{q_index + 1}",
                    "query": query,
                    "relevant": ids,
                    "split": split,
                    "topic": topic,
                }
            )
    rng.shuffle(corpus)
    return corpus, queries


def main() -> None:
    corpus, queries = build()
    with open(HERE / "corpus.jsonl", "w", encoding="utf-8") as fh:
        for record in corpus:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    with open(HERE / "queries.jsonl", "w", encoding="utf-8") as fh:
        for query in queries:
            fh.write(json.dumps(query, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
