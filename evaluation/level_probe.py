"""A label-free differential probe of the level the extractor reads from documents.

Real train and dev recommendations and the own-words texts of the level blind sets C-E are printed as Word
documents (``evaluation/level_probe_docs.py``) for commissioning CSPs of every kind on the map, in the layouts
real reports use, with the printed context agreeing with what the reference is given. The reference of each
item is the classifier's level for its text, the addressee printed beside it and the CSP the title page names;
no gold label is used. The extractor reads each document; every extracted level that differs from the reference
is a fault of the extraction path (what it reads from the document, or how the pipeline combines it), found by
swapping one of the extractor's inputs at a time for the reference's:

- ``csp``: the CSP read (or stood in by the place named most) places elsewhere, and the reference's CSP alone
  gives the reference level;
- ``context``: the heading / Lead cell / tag read beside the text differs, and the printed one alone mends it;
- ``text``: the text read differs (cut, run on, a footnote mark), and the printed text alone mends it;
- ``several``: only two or more swaps together mend it;
- ``post``: the classifier gave the reference level but the pipeline changed it afterwards (the plan's printed
  Scope, ``document_force_scope``);
- ``missing``: the item was not found.

Run: ``python -m evaluation.level_probe [-v] [--pdf N] [--only NAME] [--layout LAYOUT] [--per-kind N]`` (``--pdf N``: also N documents, one per
layout in turn, through LibreOffice's PDF export; ``-v`` lists each disagreement). Prints the counts per cause.

Figures (2026-12-05; 156 DOCX documents, 935 items): at 1576e17 3 level disagreements (csp 2: "Cornwall and Isles
of Scilly" read as "Scilly"; context 1), 9 documents whose CSP placed elsewhere (a partnership named in a short
report's recommendations over the title page's "X CSP" / "X Council", "City of London" read as "London", the
Isles of Scilly), real texts in their own CSP's documents 105/106 against their labels; after 6a61640 1
disagreement (an "Agency: Other" line read with its label; the classifier reads "Agency: X" as all agencies
where it does not know X), 2 documents (brand names standing in by the place named most), 106/106. With
``--pdf 11`` the eleven PDFs (59 items) agree too.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evaluation.level_probe_docs import ProbeDoc, documents, write


@dataclass(slots=True)
class Finding:
    doc: str
    layout: str
    form: str
    source: str
    cause: str
    reference: str
    extracted: str
    csp_read: str | None
    csp: str
    context: str | None
    read_context: str | None
    agencies: list[str]
    read_agencies: list[str]
    basis: str
    text: str


class _Recorder:
    """The classifier with the last batch it was asked to classify kept (the extractor's own inputs)."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.inputs: list[Any] = []
        self.labels: list[Any] = []

    def predict(self, inputs: list[Any]) -> list[Any]:
        self.inputs, self.labels = list(inputs), self.inner.predict(inputs)
        return self.labels

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


def _areas(name: str | None) -> frozenset[str] | None:
    from classification.geography import resolve_csp

    area = resolve_csp(name) if name else None
    return None if area is None else frozenset(area.covered | area.partial)


def reference(docs: list[ProbeDoc], classifier: Any) -> None:
    """Each item's reference level: the classifier on its text, the printed context and the document's CSP."""
    from dhr.schema.classification import ClassifyInput

    items = [(d, it) for d in docs for it in d.items]
    inputs = [
        ClassifyInput(id=str(i), text=it.text, context=it.context, csp=d.csp)
        for i, (d, it) in enumerate(items)
    ]
    own = [inp.model_copy(update={"context": it.own}) for inp, (_, it) in zip(inputs, items, strict=True)]
    for (_, it), label, own_label in zip(
        items, classifier.predict(inputs), classifier.predict(own), strict=True
    ):
        it.level = label.level
        it.ref_agencies = list(label.agencies)
        it.own_level = own_label.level


def _cause(classifier: Any, ext_in: Any, ext_label: Any, final: str, item: Any, csp: str) -> str:
    """Which of the extractor's inputs, swapped alone for the reference's, gives the reference level."""
    if ext_label.level != final:
        return "post"
    if ext_label.level == item.level:
        return "post"
    swaps = {
        "csp": {"csp": csp},
        "context": {"context": item.context},
        "text": {"text": item.text},
    }
    tried = [ext_in.model_copy(update=u) for u in swaps.values()]
    levels = [label.level for label in classifier.predict(tried)]
    for name, level in zip(swaps, levels, strict=True):
        if level == item.level:
            return name
    return "several"


def _norm(text: str | None) -> str:
    return " ".join((text or "").replace("’", "'").split()).strip(" .;:").lower()


def _input_differences(ext_in: Any, item: Any, csp: str) -> dict[str, bool]:
    """Which of the extractor's classifier inputs differ from the reference's (text, context, CSP's areas)."""
    return {
        "text": _norm(ext_in.text) != _norm(item.text),
        "context": _norm(ext_in.context) != _norm(item.context),
        "csp": _areas(ext_in.csp) != _areas(csp),
    }


def _show(obj: Any, what: str, csp: str | None) -> str | None:
    if what == "csp":
        return csp if csp is not None else obj.csp
    return getattr(obj, what)


def run(docs: list[ProbeDoc], pdf: int = 0, verbose: bool = False) -> tuple[Counter[str], list[Finding], int]:
    from classification.classifier import load_classifier
    from extraction.pipeline import get_extractor
    from tests.extraction.level_blind_c.score import _match

    classifier = load_classifier()
    reference(docs, classifier)
    extractor = get_extractor()
    recorder = _Recorder(classifier)
    extractor.classifier = recorder
    counts: Counter[str] = Counter()
    findings: list[Finding] = []
    n = 0
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        jobs: list[tuple[ProbeDoc, Path, str]] = []
        for d in docs:
            path = out / f"{d.name}.docx"
            write(d, path)
            jobs.append((d, path, "docx"))
        if pdf:
            seen: dict[str, ProbeDoc] = {}
            for d in docs:
                seen.setdefault(d.layout, d)
            chosen = [d for d in docs if d.name.startswith("real-")][: max(pdf - len(seen), 0)]
            for d in [*seen.values(), *chosen][:pdf]:
                subprocess.run(
                    ["soffice", f"-env:UserInstallation=file://{out}/profile", "--headless", "--convert-to", "pdf",
                     "--outdir", str(out), str(out / f"{d.name}.docx")],
                    check=True, capture_output=True, timeout=180,
                )  # fmt: skip
                jobs.append((d, out / f"{d.name}.pdf", "pdf"))
        for d, path, form in jobs:
            result = extractor.extract_path(path)
            by_id = {
                inp.id: (inp, label) for inp, label in zip(recorder.inputs, recorder.labels, strict=True)
            }
            want = [{"text": it.text} for it in d.items]
            for item, rec in zip(d.items, _match(want, result.recommendations), strict=True):
                n += 1
                if rec is None:
                    cause, ext_in, ext_label, level = "missing", None, None, "-"
                else:
                    ext_in, ext_label = by_id[rec.id]
                    level = rec.level
                    if item.gold is not None and d.name.startswith("own-"):
                        # a real text in its own CSP's document: the labelled level beside all three
                        counts["gold: n"] += 1
                        counts["gold: extracted right"] += level == item.gold
                        counts["gold: reference right"] += item.level == item.gold
                        counts["gold: own-addressee reference right"] += item.own_level == item.gold
                        if verbose and level != item.gold:
                            print(f"[gold] {form} {d.name} ({d.layout}) csp read {result.review.csp!r}: gold "  # noqa: T201
                                  f"{item.gold} extracted {level} reference {item.level} own {item.own_level} | "
                                  f"printed {item.context!r} own {item.own!r} | {item.text[:80]}")  # fmt: skip
                    if set(rec.agencies) != set(item.ref_agencies):
                        # the agencies the extractor settles on after the level (Lead cells, headings, actions)
                        counts["info: agencies differ"] += 1
                        if verbose:
                            print(f"[agencies] {form} {d.name} ({d.layout}): reference {item.ref_agencies} "  # noqa: T201
                                  f"read {rec.agencies} | printed {item.context!r} | {item.text[:80]}")  # fmt: skip
                    for what, differs in _input_differences(ext_in, item, d.csp).items():
                        if differs:
                            counts[f"input: {what} differs"] += 1
                            if verbose:
                                print(f"[input {what}] {form} {d.name} ({d.layout}): printed "  # noqa: T201
                                      f"{_show(item, what, d.csp)!r} read {_show(ext_in, what, None)!r}")  # fmt: skip
                    if level == item.level:
                        counts["agree"] += 1
                        if level != item.own_level:
                            # not the extractor's: the printed names lost what the text's own addressee told
                            counts["info: printed names lose the addressee's level"] += 1
                            if verbose:
                                print(f"[printed] {d.name} ({d.layout}) csp {d.csp!r}: own {item.own!r} "  # noqa: T201
                                      f"{item.own_level} printed {item.context!r} {item.level} | {item.text[:90]}")  # fmt: skip
                        continue
                    cause = _cause(classifier, ext_in, ext_label, level, item, d.csp)
                counts[cause] += 1
                findings.append(
                    Finding(
                        d.name, d.layout, form, item.source, cause, str(item.level), level,
                        result.review.csp, d.csp, item.context, ext_in.context if ext_in else None,
                        item.ref_agencies, rec.agencies if rec else [],
                        getattr(ext_label, "level_basis", "") or "", item.text,
                    )
                )  # fmt: skip
            # the CSP the levels were read for: the one read, or the place named most standing in for it
            used = recorder.inputs[0].csp if recorder.inputs else result.review.csp
            if _areas(used) != _areas(d.csp):
                counts["csp_misread_documents"] += 1
                if verbose:
                    print(f"CSP {form} {d.name}: read {result.review.csp!r} (levels for {used!r}), "  # noqa: T201
                          f"printed {d.title[0]!r}")  # fmt: skip
    return counts, findings, n


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--pdf", type=int, default=0, help="also this many documents as LibreOffice PDFs")
    parser.add_argument("--only", default=None, help="only documents whose name contains this")
    parser.add_argument("--per-kind", type=int, default=7, help="areas of each kind on the map (all: 200)")
    parser.add_argument("--layout", default=None, help="only documents in this layout")
    args = parser.parse_args(argv)
    docs = [
        d
        for d in documents(per_kind=args.per_kind)
        if (args.only is None or args.only in d.name) and args.layout in (None, d.layout)
    ]
    counts, findings, n = run(docs, args.pdf, args.verbose)
    if args.verbose:
        for f in findings:
            sys.stdout.write(
                f"[{f.cause}] {f.form} {f.doc} ({f.layout}, {f.source}) csp {f.csp!r} read {f.csp_read!r}: "
                f"{f.reference} -> {f.extracted} | printed {f.context!r} read {f.read_context!r} | agencies "
                f"{f.agencies} read {f.read_agencies} | {f.basis} | {f.text[:100]}\n"
            )
    by_layout = Counter(f.layout for f in findings)
    sys.stdout.write(f"documents {len(docs)}, items {n}, agree {counts['agree']}\n")
    sys.stdout.write(
        f"disagreements by cause: {dict(sorted((k, v) for k, v in counts.items() if k != 'agree'))}\n"
    )
    sys.stdout.write(f"disagreements by layout: {dict(sorted(by_layout.items()))}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
