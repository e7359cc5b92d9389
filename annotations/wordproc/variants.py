"""Re-render the ``dev``..``dev6`` layouts in other fonts, sizes and line spacings (PDF only) and score them.

A PDF export's text layer changes with the font (where lines wrap, what a narrow column breaks), the size
(which lines look like headings) and the line spacing (at 1.5, MuPDF gives each line a block of its own):
the same documents and gold, printed differently, test the PDF reading rather than the layouts. The
outputs are not committed (LibreOffice makes them in a minute or two); only the ``dev`` layouts are used.

Run (needs ``soffice``): ``python -m annotations.wordproc.variants [--out DIR] [--sets dev5]``; prints recommendations
P/R/F1 and number accuracy per variant.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Variant:
    font: str
    size: float
    spacing: float = 1.0
    justified: bool = False
    #: A4 paper (UK reports) instead of python-docx's default US Letter: other page breaks
    a4: bool = False

    @property
    def name(self) -> str:
        return (
            f"{self.font.replace(' ', '_')}-{self.size:g}-{self.spacing:g}{'-j' if self.justified else ''}"
            f"{'-a4' if self.a4 else ''}"
        )


#: Fonts LibreOffice has on a Debian machine (Word's fonts are substituted by these when missing).
VARIANTS = [
    Variant("DejaVu Sans", 10),
    Variant("DejaVu Serif", 11.5),
    Variant("Liberation Sans Narrow", 12),
    Variant("Liberation Sans", 11, 1.5, True),
    Variant("DejaVu Sans", 10.5, 1.15, True),
    Variant("Liberation Serif", 12, 1.0, False, True),
]


@contextmanager
def _printed_as(variant: Variant) -> Iterator[None]:
    """Every WordDoc made inside uses the variant's font, size, spacing and alignment."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    from annotations.wordproc import worddoc

    original = worddoc.WordDoc.__init__

    def init(self: worddoc.WordDoc, font: str = "Arial", size: float = 11.0) -> None:
        del font, size
        original(self, variant.font, variant.size)
        fmt = self.doc.styles["Normal"].paragraph_format
        fmt.line_spacing = variant.spacing
        if variant.justified:
            fmt.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            fmt.space_after = Pt(12)
        if variant.a4:
            from docx.shared import Cm

            first = self.doc.sections[0]
            first.page_width, first.page_height = Cm(21.0), Cm(29.7)

    worddoc.WordDoc.__init__ = init  # type: ignore[method-assign]
    try:
        yield
    finally:
        worddoc.WordDoc.__init__ = original  # type: ignore[method-assign]


def render(variant: Variant, out: Path, only_sets: list[str] | None = None) -> int:
    """The dev layouts (``only_sets`` of them) as PDFs printed in ``variant`` under ``out``; returns how many were made (a
    layout whose gold text the variant's narrow cells break apart is left out)."""
    from annotations.wordproc import build
    from annotations.wordproc.parts import real_pool

    shutil.rmtree(out, ignore_errors=True)
    pool = real_pool()
    made = 0
    with _printed_as(variant):
        sets = {
            "dev": build.DEV,
            "dev2": build.DEV2,
            "dev3": build.DEV3,
            "dev4": build.DEV4,
            "dev5": build.DEV5,
            "dev6": build.DEV6,
            "dev7": build.DEV7,
            "dev8": build.DEV8,
            "dev9": build.DEV9,
            "dev10": build.DEV10,
        }
        for name, builder in [item for key in (only_sets or list(sets)) for item in sets[key].items()]:
            try:
                build.build(name, builder, out, pool, True)
                made += 1
            except SystemExit as exc:  # the gold check: text not in the PDF in order
                sys.stderr.write(f"{variant.name}: {name} left out ({exc})\n")
    for path in out.glob("*"):
        if path.suffix == ".docx" or (path.name.endswith(".gold.json") and "-pdf" not in path.name):
            path.unlink()
    return made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out", type=Path, default=None, help="folder for the variants (default: a temp dir)"
    )
    parser.add_argument("--only", nargs="*", default=None, help="variant names to print (default: all)")
    parser.add_argument(
        "--sets", nargs="*", default=None, help="dev sets to print (default: all, dev..dev10)"
    )
    args = parser.parse_args(argv)
    from evaluation.extraction import evaluate_folder

    root = args.out or Path(tempfile.mkdtemp(prefix="wordproc-variants-"))
    sys.stdout.write("variant | documents | recs_p | recs_r | recs_f1 | numbers\n")
    for variant in VARIANTS:
        if args.only and variant.name not in args.only:
            continue
        folder = root / variant.name
        render(variant, folder, args.sets)
        total, results = evaluate_folder(folder)
        r = total.recommendations
        sys.stdout.write(
            f"{variant.name} | {len(results)} | {r.precision:.3f} | {r.recall:.3f} | {r.f1:.3f} | "
            f"{total.numbers.value:.3f}\n"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
