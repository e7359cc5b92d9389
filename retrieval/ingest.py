"""Adding to the library: report files (through extraction), extraction JSON, or records JSONL.

Each document is written to the store in one transaction (a kill at any point loses at most the document being
written, never corrupts the store). Labels left out are computed by the classifier when it is available.
Embeddings of the new texts are cached as each document is stored, and the derived vector index is synced once
at the end (or, after a crash, the next time the library is opened). Bad files are skipped and reported by
name; the rest are added.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError as PydanticValidationError

from dhr.errors import DHRError, InputError, ModelNotAvailableError
from dhr.schema.extraction import ExtractionResult
from dhr.schema.library import IngestReport, LibraryRecord
from retrieval.library import Library
from retrieval.store import ActionWrite, RecommendationWrite, ReviewWrite, WriteOutcome
from retrieval.timelines import TimelineStore

if TYPE_CHECKING:
    from retrieval.routing import ClassifierLike

log = logging.getLogger(__name__)

REPORT_SUFFIXES = {".pdf", ".docx", ".html", ".htm", ".txt"}
JSON_SUFFIXES = {".json", ".jsonl"}


@dataclass
class Labels:
    agencies: list[str]
    themes: list[str]
    level: str


#: ``[(id, text, context)] -> {id: Labels}``
Labeler = Callable[[Sequence[tuple[str, str, str | None]]], dict[str, Labels]]


def load_labeler() -> Labeler | None:
    """The project's recommendation classifier as a labeler, or None when it is not built/installed."""
    try:
        from classification.classifier import load_classifier
        from dhr.schema.classification import ClassifyInput

        classifier = load_classifier()
    except (ImportError, ModelNotAvailableError, FileNotFoundError, OSError) as exc:
        log.warning("labels not computed: classifier unavailable (%s)", exc)
        return None

    def label(items: Sequence[tuple[str, str, str | None]]) -> dict[str, Labels]:
        inputs = [ClassifyInput(id=i, text=text, context=ctx) for i, text, ctx in items]
        return {
            c.id: Labels(agencies=list(c.agencies), themes=list(c.themes), level=str(c.level))
            for c in classifier.predict(inputs)
        }

    return label


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files given, and the supported files inside given directories (sorted); missing paths raise."""
    out: list[Path] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            out.extend(
                p
                for p in sorted(path.rglob("*"))
                if p.is_file() and p.suffix.lower() in REPORT_SUFFIXES | JSON_SUFFIXES
            )
        elif path.is_file():
            out.append(path)
        else:
            raise InputError(f"no such file or directory: {str(path)!r}")
    return out


def _sha(data: bytes | str) -> str:
    return hashlib.sha256(data.encode("utf-8") if isinstance(data, str) else data).hexdigest()


def review_id_for(csp: str, review: str | None) -> str:
    return "rv-" + _sha(f"{csp.strip().lower()}\x00{(review or '').strip().lower()}")[:16]


def add_paths(
    library: Library,
    paths: Sequence[Path],
    *,
    labeler: Labeler | None = None,
    published: bool = False,
    owner_csp: str | None = None,
    on_file: Callable[[Path], None] | None = None,
    classifier: ClassifierLike | None = None,
) -> IngestReport:
    """Add report files, extraction JSON files and records JSONL files to the library.

    Args:
        library: the open library.
        paths: files or directories.
        labeler: computes missing labels (``load_labeler()``); None leaves them empty.
        published: mark reviews added from reports / extraction JSON as published (records carry their own).
        owner_csp: the CSP that owns the reviews added (default: the review's own CSP).
        on_file: called after each file (progress bars).
        classifier: routes national recommendations to departments (``retrieval.routing``); default
            ``load_classifier()``, loaded only when a national recommendation is written.
    """
    report = IngestReport()
    with library.bulk_writes():
        _add_each(library, expand_paths(paths), labeler, published, owner_csp, on_file, classifier, report)
    return report


def _add_each(
    library: Library,
    paths: list[Path],
    labeler: Labeler | None,
    published: bool,
    owner_csp: str | None,
    on_file: Callable[[Path], None] | None,
    classifier: ClassifierLike | None,
    report: IngestReport,
) -> None:
    for path in paths:
        try:
            suffix = path.suffix.lower()
            if suffix == ".jsonl":
                _add_records_file(library, path, labeler, report, classifier)
            elif suffix == ".json":
                result = _read_extraction_json(path)
                _add_extraction(library, result, labeler, published, owner_csp, report, classifier)
            elif suffix in REPORT_SUFFIXES:
                from extraction.pipeline import extract_path

                result = extract_path(path)
                _add_extraction(library, result, labeler, published, owner_csp, report, classifier)
            else:
                raise InputError(
                    f"unsupported file type {suffix or '(none)'!r}; expected .jsonl, .json, or a report "
                    f"({', '.join(sorted(REPORT_SUFFIXES))})"
                )
        except DHRError as exc:
            report.errors.append(f"{path}: {' '.join(str(exc).split())}")
        finally:
            if on_file is not None:
                on_file(path)


def _read_extraction_json(path: Path) -> ExtractionResult:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"not readable JSON ({type(exc).__name__}: {exc})") from exc
    try:
        return ExtractionResult.model_validate(data)
    except PydanticValidationError as exc:
        raise InputError(f"not an extraction result: {_first_error(exc)}") from exc


def _first_error(exc: PydanticValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err.get("loc", ())) or "(record)"
    return f"{where}: {err.get('msg', 'invalid')}"


def _year_of(result: ExtractionResult) -> int | None:
    for event in ("publication", "report_completed", "qap_signed_off", "death"):
        for item in result.timeline:
            if item.event == event and item.date[:4].isdigit():
                return int(item.date[:4])
    return None


def _add_extraction(
    library: Library,
    result: ExtractionResult,
    labeler: Labeler | None,
    published: bool,
    owner_csp: str | None,
    report: IngestReport,
    classifier: ClassifierLike | None = None,
) -> None:
    review_id = "rv-" + result.source.sha256[:16]
    if library.store.has_source(result.source.sha256):
        report.reviews_unchanged += 1
        report.recommendations_unchanged += len(result.recommendations)
        return
    need = [(f"{review_id}-{r.id}", r.text, r.heading) for r in result.recommendations if not r.themes]
    labels = _label(labeler, need, report)
    recs = []
    for rec in result.recommendations:
        rid = f"{review_id}-{rec.id}"
        lab = labels.get(rid)
        recs.append(
            RecommendationWrite(
                id=rid,
                text=rec.text,
                number=rec.number,
                agencies=rec.agencies or (lab.agencies if lab else []),
                themes=rec.themes or (lab.themes if lab else []),
                level=(lab.level if lab and not rec.themes else rec.level),  # type: ignore[arg-type]
                target_date=rec.target_date,
                content_sha=_sha(rec.model_dump_json()),
                actions=[
                    ActionWrite(
                        text=a.text, agencies=a.agencies, target_date=a.target_date, evidence=a.outcome
                    )
                    for a in rec.actions
                ],
            )
        )
    csp = result.review.csp
    write = ReviewWrite(
        id=review_id,
        title=result.review.title or result.review.subject,
        reference=result.review.reference,
        csp=csp,
        owner_csp=owner_csp or csp,
        year=_year_of(result),
        review_kind=result.review.review_kind,
        death_type=result.review.death_type,
        published=published,
        source_filename=result.source.filename,
        source_sha256=result.source.sha256,
        recommendations=recs,
    )
    _tally(library.store.write_review(write), report)
    # the review's dated stages feed the Dashboard 1 timeliness figures
    TimelineStore(library.store.engine).replace(review_id, result.timeline)
    _route(library, [r.id for r in recs], classifier, report)
    library.embed([r.text for r in recs])
    if not recs:
        report.warnings.append(f"{result.source.filename}: no recommendations found")


def _add_records_file(
    library: Library,
    path: Path,
    labeler: Labeler | None,
    report: IngestReport,
    classifier: ClassifierLike | None = None,
) -> None:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read ({type(exc).__name__})") from exc
    records: list[LibraryRecord] = []
    seen: set[str] = set()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data: Any = json.loads(line)
            record = LibraryRecord.model_validate(data)
        except json.JSONDecodeError as exc:
            report.errors.append(f"{path}:{number}: not JSON ({exc.msg})")
            continue
        except PydanticValidationError as exc:
            report.errors.append(f"{path}:{number}: {_first_error(exc)}")
            continue
        bad = _unknown_agencies(record)
        if bad:
            report.errors.append(f"{path}:{number}: unknown agency id(s) {bad}; see dhr/data/taxonomy.json")
            continue
        if record.id in seen:
            report.errors.append(f"{path}:{number}: duplicate id {record.id!r} in this file")
            continue
        seen.add(record.id)
        records.append(record)
    if not records:
        if not any(e.startswith(f"{path}:") for e in report.errors):
            raise InputError("no records in file")
        return
    shas = {r.id: _sha(r.model_dump_json()) for r in records}
    stored = library.store.content_shas([r.id for r in records])
    changed = [r for r in records if stored.get(r.id) != shas[r.id]]
    report.recommendations_unchanged += len(records) - len(changed)
    need = [(r.id, r.text, None) for r in changed if r.agencies is None or r.themes is None]
    labels = _label(labeler, need, report)
    # Embed the new texts in batches first (cached by text hash): the per-review writes then stay short.
    library.embed([" ".join(r.text.split()) for r in changed])
    groups: dict[str, list[LibraryRecord]] = {}
    for record in changed:
        groups.setdefault(review_id_for(record.csp, record.review), []).append(record)
    for review_id, group in groups.items():
        first = group[0]
        recs = []
        for r in group:
            lab = labels.get(r.id)
            recs.append(
                RecommendationWrite(
                    id=r.id,
                    text=" ".join(r.text.split()),
                    agencies=r.agencies if r.agencies is not None else (lab.agencies if lab else []),
                    themes=r.themes if r.themes is not None else (lab.themes if lab else []),
                    level=r.level or (lab.level if lab else "local"),  # type: ignore[arg-type]
                    content_sha=shas[r.id],
                    actions=[
                        ActionWrite(
                            text=a.text,
                            agencies=a.agencies,
                            target_date=a.target_date,
                            status=a.status,
                            implementation_level=a.implementation_level,
                            quality=a.quality,
                            evidence=a.evidence,
                        )
                        for a in r.actions
                    ],
                )
            )
        write = ReviewWrite(
            id=review_id,
            title=first.review,
            csp=first.csp,
            owner_csp=first.csp,
            region=first.region,
            year=first.year,
            published=first.published,
            recommendations=recs,
        )
        _tally(library.store.write_review(write), report)
    _route(library, [r.id for r in changed], classifier, report)


def _route(library: Library, ids: list[str], classifier: ClassifierLike | None, report: IngestReport) -> None:
    """Department routing of the national recommendations just written (the analysts' report reads it)."""
    # Imported here: routing loads the recommendation classifier, needed only once a review is written.
    from retrieval.routing import route

    routing = route(library.store, ids, classifier)
    if routing.skipped:
        report.warnings.append(
            f"{routing.skipped} national recommendation(s) not routed to a department (classifier unavailable)"
        )


def _unknown_agencies(record: LibraryRecord) -> list[str]:
    from retrieval.store import _agency_ids

    known = _agency_ids()
    names = list(record.agencies or []) + [a for act in record.actions for a in act.agencies]
    return [a for a in names if known and a not in known]


def _label(
    labeler: Labeler | None, items: Sequence[tuple[str, str, str | None]], report: IngestReport
) -> dict[str, Labels]:
    if not items:
        return {}
    if labeler is None:
        msg = f"{len(items)} recommendation(s) stored without computed labels (classifier unavailable)"
        report.warnings.append(msg)
        return {}
    return labeler(items)


def _tally(outcome: WriteOutcome, report: IngestReport) -> None:
    report.reviews_added += int(outcome.review_added)
    report.recommendations_added += outcome.added
    report.recommendations_updated += outcome.updated
    report.recommendations_unchanged += outcome.unchanged
