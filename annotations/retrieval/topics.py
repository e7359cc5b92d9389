"""Hand-written retrieval topics: five differently worded recommendations each, and what a chair would type.

Each topic is one lesson seen in DHR action plans (see /work/shared/docs/DHR-REPORTS.md). The variants are
worded the way different review panels write the same lesson (different agencies' phrasing, acronyms spelled
out or not), so lexical-only search cannot match them all; queries are short and paraphrased. ``build_corpus``
spreads the variants over areas and writes ``corpus.jsonl`` and ``queries.jsonl``.

The topics themselves are data, in ``topics.json`` (one object a topic: ``topic``, ``agencies``, ``themes``,
``level``, ``variants``, ``queries``); this module loads them in the tuple shape ``build_corpus`` unpacks.
"""

from __future__ import annotations

import json
from pathlib import Path

_PATH = Path(__file__).resolve().parent / "topics.json"


def _load() -> list[tuple[str, list[str], list[str], str, list[str], list[str]]]:
    with open(_PATH, encoding="utf-8") as fh:
        rows = json.load(fh)
    return [(r["topic"], r["agencies"], r["themes"], r["level"], r["variants"], r["queries"]) for r in rows]


# (topic, agencies, themes, level, [variants], [queries])
TOPICS: list[tuple[str, list[str], list[str], str, list[str], list[str]]] = _load()
