"""Real text from published Domestic Homicide Reviews, labelled with the labelling guide (see README.md).

One loader for every consumer (training, evaluation, tests): items are split by commissioning CSP, never by item,
so no CSP's wording is in two splits. The split of a CSP is a fixed hash of its normalised name, so it does not
move when more data is gathered: ``train`` (60%), ``dev`` (20%, for model choice, thresholds and fixing errors)
and ``test`` (20%, scored, never tuned on).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Hashable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

HERE = Path(__file__).resolve().parent
Split = Literal["train", "dev", "test"]
SPLITS: tuple[Split, ...] = ("train", "dev", "test")
_SALT = "dhr-real-split-v1:"

# Words that vary between how a CSP is written ("Safer Southwark Partnership", "Southwark CSP", "London
# Borough of Southwark"): dropped so one area always hashes to one split.
_CSP_NOISE = re.compile(
    r"\b(?:safer|safe|stronger|communities|community|safety|partnership|board|csp|city|county|borough|council|"
    r"district|metropolitan|royal|london|of|the|and|&|dhr|review|domestic|homicide)\b"
)


def csp_key(csp: str) -> str:
    """The normalised area name that decides a CSP's split ('Safer Southwark Partnership' -> 'southwark').

    A bracketed note is dropped ('Devon (Safer North Devon CSP)' -> 'devon', 'Gravesham (Kent)' -> 'gravesham'):
    gatherers wrote the commissioning partnership first and the district in brackets.
    """
    plain = re.sub(r"\([^)]*\)", " ", csp.lower())
    words = _CSP_NOISE.sub(" ", re.sub(r"[^a-z& ]+", " ", plain))
    return " ".join(words.split()) or csp.strip().lower()


@lru_cache(maxsize=1)
def _overrides() -> dict[str, Split]:
    data = json.loads((HERE / "splits.json").read_text(encoding="utf-8"))
    return {str(k): v for k, v in data["overrides"].items() if v in SPLITS}


def split_of(csp: str) -> Split:
    """The split a commissioning CSP belongs to: ``splits.json``'s override, else a stable hash of its key."""
    key = csp_key(csp)
    if key in _overrides():
        return _overrides()[key]
    bucket = int(hashlib.sha256((_SALT + key).encode()).hexdigest(), 16) % 10
    return "train" if bucket < 6 else "dev" if bucket < 8 else "test"


def _read(pattern: str) -> Iterator[tuple[Path, dict[str, Any]]]:
    for path in sorted(HERE.glob(pattern)):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                try:
                    yield path, json.loads(line)
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path.relative_to(HERE)}:{n}: not JSON ({exc.msg})") from exc


def _norm_text(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def _load(
    pattern: str, key: Callable[[dict[str, Any]], Hashable], split: Split | None
) -> list[dict[str, Any]]:
    """The items of every file matching ``pattern``, first copy of each ``key`` kept, ``split``/``file`` added."""
    seen: set[Hashable] = set()
    items: list[dict[str, Any]] = []
    for path, item in _read(pattern):
        if key(item) in seen:
            continue
        seen.add(key(item))
        item["split"] = split_of(item["csp"])
        item["file"] = str(path.relative_to(HERE))
        if split is None or item["split"] == split:
            items.append(item)
    return items


def load_recommendations(split: Split | None = None) -> list[dict[str, Any]]:
    """Every real labelled recommendation (one dict a line, with ``split`` and ``file`` added), deduplicated by text."""
    return _load("*/rec*.jsonl", lambda item: _norm_text(item["text"]), split)


def load_timeline(split: Split | None = None) -> list[dict[str, Any]]:
    """Every real dated sentence (``event``, ``date_text``, ``iso_date``, ``sentence``), with ``split`` added."""
    return _load("*/timeline*.jsonl", lambda item: (_norm_text(item["sentence"]), item["date_text"]), split)
