"""Reading and writing the classification JSONL files with clear, one-line errors.

- input of ``dhr classify``: ``{"id", "text", "context"?}`` per line;
- annotations (gold, train/test splits) and corrections: :class:`dhr.schema.AnnotatedRecommendation`.
A bad line raises :class:`dhr.errors.ValidationError` naming the file and the line number.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

import pydantic

from dhr.errors import InputError, ValidationError
from dhr.schema.classification import AnnotatedRecommendation, ClassifyInput, Correction
from dhr.taxonomy import load_taxonomy

M = TypeVar("M", bound=pydantic.BaseModel)

ANNOTATIONS_DIR = Path(__file__).resolve().parent.parent / "annotations" / "classification"
TRAIN_FILE = ANNOTATIONS_DIR / "train.jsonl"
TEST_FILE = ANNOTATIONS_DIR / "test.jsonl"


def _first_error(exc: pydantic.ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err.get("loc", ())) or "record"
    return f"{where}: {err.get('msg', 'invalid')}"


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    if not path.exists():
        raise InputError(f"file not found: {path}")
    if path.is_dir():
        raise InputError(f"{path} is a directory, not a JSONL file")
    try:
        with path.open(encoding="utf-8") as fh:
            for no, line in enumerate(fh, 1):
                if line.strip():
                    yield no, line
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text ({exc.reason})") from None


#: The largest side file a command reads whole (a glossary of 500 entries is some 60 kB).
MAX_SIDE_FILE_BYTES = 1_000_000


def read_text(path: Path, max_bytes: int = MAX_SIDE_FILE_BYTES) -> str:
    """A small UTF-8 side file (a glossary) read whole, with one-line errors: missing, a directory, too big, not
    UTF-8."""
    if not path.exists():
        raise InputError(f"file not found: {path}")
    if path.is_dir():
        raise InputError(f"{path} is a directory, not a file")
    with path.open("rb") as fh:
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(f"{path}: over {max_bytes:,} bytes; a glossary file is a few kB")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text ({exc.reason})") from None


def parse_line(line: str, model: type[M], where: str) -> M:
    """One JSON line -> ``model``; errors name ``where`` (file:line)."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValidationError(f"{where}: not valid JSON ({exc.msg})") from None
    if not isinstance(data, dict):
        raise ValidationError(f"{where}: expected a JSON object, got {type(data).__name__}")
    try:
        return model.model_validate(data)
    except pydantic.ValidationError as exc:
        raise ValidationError(f"{where}: {_first_error(exc)}") from None


def read_inputs(path: Path) -> list[ClassifyInput]:
    """Lines ``{"id", "text", "context"?}``; duplicated ids are allowed (the output echoes them)."""
    return [parse_line(line, ClassifyInput, f"{path}:{no}") for no, line in _lines(path)]


def check_labels(item: AnnotatedRecommendation, where: str) -> AnnotatedRecommendation:
    tax = load_taxonomy()
    for a in item.agencies:
        if a not in tax.agency_labels:
            raise ValidationError(f"{where}: unknown agency id {a!r}; see dhr/data/taxonomy.json")
    if len(set(item.themes)) != len(item.themes):
        raise ValidationError(f"{where}: a theme is repeated in {item.themes}")
    return item


def read_annotations(path: Path, model: type[AnnotatedRecommendation] = AnnotatedRecommendation) -> list:
    """Labelled items (gold, train/test, corrections), validated against the taxonomy."""
    out = []
    for no, line in _lines(path):
        where = f"{path}:{no}"
        out.append(check_labels(parse_line(line, model, where), where))
    return out


def read_corrections(path: Path | None = None) -> list[Correction]:
    p = path or corrections_path()
    return read_annotations(p, Correction) if p.exists() else []


def corrections_path() -> Path:
    """Where ``dhr annotate`` and the API append corrections: ``Settings.corrections_file`` (``DHR_CORRECTIONS_PATH``,
    default the library folder in the data directory; never inside the installed package)."""
    from dhr.settings import get_settings

    return get_settings().corrections_file


def append_correction(correction: Correction, path: Path | None = None) -> Path:
    """Append one correction as a JSON line (an append never rewrites earlier lines)."""
    p = path or corrections_path()
    check_labels(correction, str(p))
    p.parent.mkdir(parents=True, exist_ok=True)
    line = correction.model_dump_json() + "\n"
    with p.open("a", encoding="utf-8") as fh:
        fh.write(line)
        fh.flush()
        os.fsync(fh.fileno())
    return p


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()
