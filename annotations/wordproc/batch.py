"""The runner of a word-processor batch kept out of ``build.py``'s folder list (``dev11/`` on): each batch's
``layouts_devNb.py`` ends in ``main`` calling :func:`run_batch` with its documents, its folder and its LibreOffice
PDF export options, so that no batch carries a copy of the command line and loop.

Kept apart from ``build.py`` (which it calls) because ``build.py`` imports the batches it registers: a batch
registered there after scoring would otherwise import the module that imports it.
"""

import argparse
import logging

from annotations.wordproc.parts import Builder


def run_batch(
    batch: dict[str, Builder], folder: str, argv: list[str] | None, pdf_options: dict[str, str] | None = None
) -> int:
    """Write ``folder`` (under ``annotations/wordproc``) from ``batch`` through ``build.build`` (the same writer,
    PDF check and gold as every folder), with the command line every batch runner has (``--only NAME ...``,
    ``--no-pdf``) and the batch's own LibreOffice PDF export options added to the build's table for this run."""
    # imported on call: importing a batch's layouts (the tests do) need not load every layout ``build`` registers
    from annotations.wordproc import build

    parser = argparse.ArgumentParser(description=f"Build the {folder} word-processor documents.")
    parser.add_argument("--only", nargs="*", default=None)
    parser.add_argument("--no-pdf", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    build.PDF_OPTIONS.update(pdf_options or {})
    pool = build.real_pool()
    for name, builder in batch.items():
        if args.only and name not in args.only:
            continue
        build.build(name, builder, build.HERE / folder, pool, not args.no_pdf)
    return 0
