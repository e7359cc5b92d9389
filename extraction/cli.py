"""`dhr extract`: one report -> JSON/CSV/XLSX, or a folder of reports -> one JSON each + errors.jsonl."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from dhr.cli_app import app, fail, handle_errors
from dhr.files import atomic_write


class OutputFormat(StrEnum):
    json = "json"
    csv = "csv"
    xlsx = "xlsx"


@app.command()
@handle_errors
def extract(
    path: Annotated[Path, typer.Argument(help="A report (PDF, DOCX, HTML, text) or a folder of them.")],
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = OutputFormat.json,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Output file (single report) or folder (bulk).")
    ] = None,
    timeout: Annotated[
        float | None,
        typer.Option(help="Bulk mode: seconds allowed per file (default: DHR_PER_FILE_TIMEOUT_S)."),
    ] = None,
    recursive: Annotated[
        bool,
        typer.Option(
            "--recursive", "-r", help="Bulk mode: the subfolders' reports too (outputs mirror the folders)."
        ),
    ] = False,
) -> None:
    """Extract recommendations, actions, agencies and the review timeline from DHR reports."""
    from dhr.settings import get_settings

    settings = get_settings()
    if not path.exists():
        raise fail(f"{path}: no such file or folder")
    if path.is_dir():
        if out is None:
            raise fail("extracting a folder needs --out OUTDIR")
        from extraction import bulk

        if not recursive and (skipped := bulk.skipped_folders(path)):
            # Said before the run, not after it: the user may stop and rerun rather than wait for half a job.
            names = ", ".join(p.name for p in skipped[:5]) + (", ..." if len(skipped) > 5 else "")
            print(
                f"skipped {len(skipped)} subfolder{'s' if len(skipped) != 1 else ''} ({names}): "
                "their reports are not extracted; add --recursive to include them",
                file=sys.stderr,
            )
        summary = bulk.extract_many(
            bulk.find_documents(path, recursive=recursive),
            out,
            timeout_s=timeout or settings.per_file_timeout_s,
            fmt=fmt.value,
            progress=True,
            settings=settings,
            root=path if recursive else None,
        )
        print(summary.describe(), file=sys.stderr)
        return
    if fmt is OutputFormat.xlsx and out is None:
        raise fail("--format xlsx writes a binary file: give --out FILE.xlsx")

    from extraction.bulk import refuse_misnamed
    from extraction.export import to_csv, to_xlsx
    from extraction.pipeline import extract_path

    refuse_misnamed(path)  # a text file named .pdf: exit 2 naming it, not a draft read from text
    result = extract_path(path, settings)
    if fmt is OutputFormat.json:
        payload: str | bytes = result.model_dump_json(indent=2)
    elif fmt is OutputFormat.csv:
        payload = to_csv(result)
    else:
        payload = to_xlsx(result)
    if out is None:
        sys.stdout.write(payload if isinstance(payload, str) else payload.decode())
        if isinstance(payload, str) and not payload.endswith("\n"):
            sys.stdout.write("\n")
        return
    atomic_write(out, payload)
