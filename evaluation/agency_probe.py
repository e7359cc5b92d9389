"""A label-free differential probe of the agencies the extractor gives each recommendation it reads.

Labelled recommendation texts (the real train and dev ones in ``annotations/real``, never test; the own-words
sets ``tests/classification/data/agency_long_tail*.jsonl``; the gold of ``tests/extraction/agencies_blind`` ..
``agencies_blind_g``) are written into Word documents in many layouts (:mod:`evaluation.agency_probe_layouts`:
per-agency headings in a report's words, Agency | Recommendation tables with merged cells, Lead cells naming one
of several agencies, "Lead agency:" lines, plain lists, Home Office plans whose rows name the lead, executive
summary repeats, "All agencies" headings, lead-in sentences, initials defined in a glossary or a footnote) and
read back by the extractor. Each extracted recommendation's agencies (E) are compared with a reference (R)
that needs no document:

**Reference rule** (``LABELLING-GUIDE.md`` rules 1 and 3): R is what the classifier gives for the text alone
(A), except where the text names no addressee of its own (passive or subject-less text, a reading from its
duties or topic alone, or only a generic "the Trust" / "the service" or a trade, "officers", "health visitors",
whose body the heading names) and the document prints an addressee
for it (a heading, Agency or Lead cell, "Lead agency:" line, plan Lead cell or lead-in): then R is the ids the
printed addressee names. "All agencies" / "Multi-agency" headings are printed only over texts naming their own
addressee (R = A) or all-agency texts.

Every disagreement E != R is then put down to one side:

* ``reference``: E is the gold and R is not (the text alone misread, the printed context mended it, or the rule
  above is too narrow, e.g. rule 4's actor beside the commissioner the heading names);
* ``classifier``: E is what the classifier gives for the text with the printed addressee (initials spelled out
  as the document defines them) as its context (C):
  the extraction path passed the context faithfully, the classifier's reading of it differs from the rule;
* ``extraction``: neither: a fault of the extraction path (the context lost, another one attached, the text
  cut or merged, a lead or plan row read otherwise).

Run: ``python -m evaluation.agency_probe [--pdf N] [-v]`` (a few minutes; ``--pdf`` converts N documents with
LibreOffice and reads those PDFs too). Prints the counts by side and cause (layout, what printed the
addressee, whether agencies went missing or were added, and what heading the extractor kept).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from classification.addressee_words import COUNCIL_STAFF, TRUST_STAFF, VAGUE_SUBJECTS
from evaluation.agency_probe_layouts import CONTEXT_ONLY, LAYOUTS, OWN_ONLY, UNPRINTED, Item, Placed
from evaluation.agency_probe_names import NAME_FORMS

ROOT = Path(__file__).resolve().parent.parent
LONG_TAIL = ROOT / "tests" / "classification" / "data"
#: The agency blind sets whose gold the probe reads (only these: later sets are other sessions' blind sets).
BLIND_SETS = ("agencies_blind", *(f"agencies_blind_{c}" for c in "bcdefg"))
#: A subject that names no body by itself: the heading over it says which trust, service or force it is.
_GENERIC = re.compile(
    r"^(?:the\s+|all\s+|each\s+|every\s+|its\s+|their\s+)?(?:trust|service|force|council|board|partnership|"
    r"organisation|agency|provider|team|department|officers?|staff|practitioners|clinicians|managers?)s?$",
    re.I,
)


_TRADES = VAGUE_SUBJECTS | TRUST_STAFF | COUNCIL_STAFF


def _norm(text: str) -> str:
    return " ".join(text.split()).strip().lower()


def load_items() -> list[Item]:
    """The labelled texts, each once (train and dev real recommendations, the long-tail sets, blind gold)."""
    from annotations.real import load_recommendations

    items: list[Item] = []
    for split in ("train", "dev"):
        for rec in load_recommendations(split):  # type: ignore[arg-type]
            addressed = " and ".join(
                p.strip() for p in (rec.get("addressed_to") or "").split("|") if p.strip()
            )
            items.append(
                Item(rec["text"], list(rec.get("agencies") or []), addressed or None, f"real:{split}")
            )
    for path in sorted(LONG_TAIL.glob("agency_long_tail*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                items.append(Item(rec["text"], list(rec["agencies"]), rec.get("context"), path.stem))
    for name in BLIND_SETS:
        for path in sorted((ROOT / "tests" / "extraction" / name).glob("*.gold.json")):
            if path.name.endswith("-pdf.gold.json"):
                continue
            for rec in json.loads(path.read_text(encoding="utf-8"))["recommendations"]:
                items.append(Item(rec["text"], list(rec["agencies"]), rec.get("heading"), name))
    seen: set[str] = set()
    out = []
    for item in items:
        text = " ".join(item.text.split())
        key = _norm(text)
        # a lead-in's lower-case items finish its sentence; bullets folded into one text are not ours to redo
        if key in seen or not item.gold or not 25 <= len(text) <= 700 or not text[0].isupper() or "•" in text:
            continue
        seen.add(key)
        item.text = text
        out.append(item)
    return out


def read_alone(items: list[Item]) -> None:
    """A (the classifier on the text alone) and whether the text names its own, not generic, addressee."""
    from classification.addressees import addressees
    from classification.classifier import load_classifier
    from dhr.schema.classification import ClassifyInput

    labels = load_classifier().predict([ClassifyInput(id=str(i), text=it.text) for i, it in enumerate(items)])
    for item, label in zip(items, labels, strict=True):
        item.alone = list(label.agencies)
        # a body named in the text as its subject: not a reading from the duties or topic (no offsets), not a
        # generic word or a trade ("the Trust", "officers", "health visitors") whose body a heading names
        leads = [a for a in addressees(item.text) if a.role == "lead" and a.start >= 0]
        item.own = any(not _GENERIC.match(a.text.strip()) and a.text.lower() not in _TRADES for a in leads)


def _heading_like(context: str | None) -> bool:
    return bool(context) and "|" not in context and not context[0].isdigit()  # type: ignore[index]


def reference(placed: Placed) -> list[str]:
    """The reference rule of the module docstring."""
    item = placed.item
    if item.own or not placed.printed:
        return item.alone
    return placed.printed


def place(items: list[Item], rounds: int, seed: int) -> list[tuple[str, list[Item]]]:
    """Documents to write: (layout, texts), every text placed in ``rounds`` layouts (5 to 8 texts a document)."""
    rng = random.Random(seed)
    names = list(LAYOUTS)
    docs: list[tuple[str, list[Item]]] = []
    for r in range(rounds):
        pools: dict[str, list[Item]] = {n: [] for n in names}
        order = list(items)
        rng.shuffle(order)
        for k, item in enumerate(order):
            fits = [
                n
                for n in names
                if (n not in OWN_ONLY or item.own or item.gold == ["all_agencies"])
                and (n not in CONTEXT_ONLY or _heading_like(item.context))
                and (n in UNPRINTED or "other" not in item.gold)
            ]
            pools[fits[(k + r * 3) % len(fits)]].append(item)
        for name, pool in pools.items():
            while pool:
                size = rng.randint(5, 8)
                docs.append((name, pool[:size]))
                pool = pool[size:]
    return docs


@dataclass(slots=True)
class Row:
    layout: str
    form: str
    placed: Placed
    extracted: list[str] | None  # None: the recommendation was not found
    heading: str | None
    text_same: bool
    context_read: list[str]  # C: the classifier on the text with the printed addressee as context

    @property
    def ref(self) -> list[str]:
        return reference(self.placed)

    def side(self) -> str:
        e, r = self.extracted, self.ref
        if e is None:
            return "lost"
        if set(e) == set(r):
            return "agree"
        if set(e) == set(self.placed.item.gold):
            return "reference"
        if set(e) == set(self.context_read):
            return "classifier"
        return "extraction"

    def cause(self) -> str:
        e, r = set(self.extracted or []), set(self.ref)
        way = "+".join(x for x in ("missing" if r - e else "", "added" if e - r else "") if x)
        shown = self.placed.shown
        if not shown:
            kept = "no addressee printed" + ("" if not self.heading else ", heading kept")
        elif self.heading is None:
            kept = "printed addressee not kept as heading"
        elif _norm(self.heading) == _norm(shown):
            kept = "heading = printed"
        else:
            kept = "another heading kept"
        own = "own subject" if self.placed.item.own else "no own subject"
        text = "" if self.text_same else ", text cut or merged"
        return f"{self.layout} | {self.placed.how} | {own} | {way} | {kept}{text}"


#: The initials the layouts define (in a glossary, a footnote or a key) and their names.
_INITIALS = {short: full for forms in NAME_FORMS.values() for short, full in forms if full}


def _spelled(shown: str) -> str:
    """The printed addressee with the initials the document defines spelled out, as a reader of it knows them."""
    for short, full in _INITIALS.items():
        shown = re.sub(rf"\b{re.escape(short)}\b", full, shown)
    return shown


def _match(text: str, recs: list) -> object | None:
    from extraction.pipeline import similarity

    key = _norm(text)
    exact = [r for r in recs if _norm(r.text) == key]
    if exact:
        return exact[0]
    best = max(recs, key=lambda r: similarity(text, r.text), default=None)
    return best if best is not None and similarity(text, best.text) >= 0.8 else None


def run(rounds: int = 2, seed: int = 7, pdf: int = 0, limit: int | None = None) -> list[Row]:
    """Every labelled text placed in ``rounds`` layouts, read back; ``pdf`` documents also as LibreOffice PDFs."""
    items = load_items()
    read_alone(items)
    return read_documents(place(items, rounds, seed)[:limit], seed, pdf)


def read_documents(docs: list[tuple[str, list[Item]]], seed: int = 7, pdf: int = 0) -> list[Row]:
    """Write each (layout, texts) document, extract it, and compare (``read_alone`` must have run on the texts)."""
    from classification.classifier import load_classifier
    from dhr.schema.classification import ClassifyInput
    from extraction.pipeline import get_extractor

    extractor = get_extractor()
    rng = random.Random(seed)
    pdf_every = max(1, len(docs) // pdf) if pdf else 0
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="agency_probe_") as tmp:
        for k, (layout, texts) in enumerate(docs):
            w, placed = LAYOUTS[layout](texts, rng)
            path = Path(tmp) / f"probe-{k:03d}-{layout}.docx"
            w.save(path)
            forms = [("docx", path)]
            if pdf_every and k % pdf_every == 0:
                from annotations.wordproc.build import to_pdf

                forms.append(("pdf", to_pdf(path)))
            for form, source in forms:
                recs = extractor.extract_path(source).recommendations
                for p in placed:
                    rec = _match(p.item.text, recs)
                    rows.append(
                        Row(
                            layout,
                            form,
                            p,
                            None if rec is None else list(rec.agencies),  # type: ignore[attr-defined]
                            None if rec is None else rec.heading,  # type: ignore[attr-defined]
                            rec is not None and _norm(rec.text) == _norm(p.item.text),  # type: ignore[attr-defined]
                            [],
                        )
                    )
    with_context = [r for r in rows if r.placed.shown]
    labels = load_classifier().predict(
        [
            ClassifyInput(id=str(i), text=r.placed.item.text, context=_spelled(r.placed.shown or ""))
            for i, r in enumerate(with_context)
        ]
    )
    for row, label in zip(with_context, labels, strict=True):
        row.context_read = list(label.agencies)
    for row in rows:
        if not row.placed.shown:
            row.context_read = row.placed.item.alone
    return rows


def _f1(pairs: list[tuple[list[str], list[str]]]) -> float:
    tp = sum(len(set(p) & set(g)) for p, g in pairs)
    fp = sum(len(set(p) - set(g)) for p, g in pairs)
    fn = sum(len(set(g) - set(p)) for p, g in pairs)
    return round(2 * tp / (2 * tp + fp + fn), 3) if tp else 0.0


def report(rows: list[Row], verbose: bool = False, out=sys.stdout) -> dict[str, int]:
    sides = Counter(r.side() for r in rows)
    out.write(
        f"placements {len(rows)} (docx {sum(r.form == 'docx' for r in rows)}, pdf {sum(r.form == 'pdf' for r in rows)})\n"
    )
    out.write("by side: " + ", ".join(f"{k} {v}" for k, v in sides.most_common()) + "\n")
    found = [r for r in rows if r.extracted is not None]
    out.write(
        "agencies F1 vs gold: extracted "
        f"{_f1([(r.extracted or [], r.placed.item.gold) for r in found])}, reference "
        f"{_f1([(r.ref, r.placed.item.gold) for r in found])}, text alone "
        f"{_f1([(r.placed.item.alone, r.placed.item.gold) for r in found])}\n"
    )
    for side in ("extraction", "classifier", "reference", "lost"):
        causes = Counter(r.cause() for r in rows if r.side() == side)
        if not causes:
            continue
        out.write(f"\n{side} ({sides[side]}):\n")
        for cause, n in causes.most_common():
            out.write(f"  {n:4d}  {cause}\n")
            if verbose:
                for r in [r for r in rows if r.side() == side and r.cause() == cause][:4]:
                    out.write(
                        f"        [{r.form}] E={r.extracted} R={r.ref} C={r.context_read} gold={r.placed.item.gold}"
                        f" shown={r.placed.shown!r} heading={r.heading!r}\n        {r.placed.item.text[:160]}\n"
                    )
    return dict(sides)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2, help="layouts each text is placed in (default 2)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--pdf", type=int, default=0, help="documents also converted to PDF (needs soffice)")
    parser.add_argument("--limit", type=int, default=None, help="at most this many documents")
    parser.add_argument("-v", "--verbose", action="store_true", help="four examples a cause")
    args = parser.parse_args(argv)
    report(run(args.rounds, args.seed, args.pdf, args.limit), args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
