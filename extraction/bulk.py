"""Bulk extraction: a folder of reports -> one output file per report plus ``errors.jsonl``.

Each file is extracted in one long-lived worker process (models load once, in the worker); the parent waits at
most ``timeout_s`` for each file, and when a file takes longer or crashes the worker, the worker is killed and
a fresh one started for the next file. A bad file never stops the run: its error goes to ``errors.jsonl`` (one
``{"file": ..., "error": ...}`` line per failure) and the run goes on. Outputs are written atomically (a temp
file, then ``os.replace``), so a killed run never leaves a half-written result behind.

Output names are ``<stem>.<fmt>``; when two inputs share a stem (``a.pdf`` and ``a.docx``) both keep their
suffix (``a.pdf.json``, ``a.docx.json``), and any remaining clash gets ``-2``, ``-3``...
"""

from __future__ import annotations

import json
import multiprocessing
import signal
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from dhr.errors import DHRError, InputError
from dhr.files import atomic_write
from dhr.settings import Settings, get_settings

#: The per-file function run in the worker: ``(path, settings) -> ExtractionResult`` (or anything JSON-able).
ExtractFn = Callable[[Path, Settings | None], Any]
#: Run once in each fresh worker before it takes files (load models here, not on the first file's clock).
WarmupFn = Callable[[Settings | None], Any]

FORMATS = ("json", "csv", "xlsx")
#: How long a fresh worker may take to start and warm up (load models) before the run gives up.
WORKER_START_TIMEOUT_S = 600.0
ERRORS_FILE = "errors.jsonl"


def default_extract(path: Path, settings: Settings | None = None) -> Any:
    """The real per-file function: :func:`extraction.pipeline.extract_path` (a text file named .pdf refused)."""
    from extraction.pipeline import extract_path

    refuse_misnamed(path)
    return extract_path(path, settings)


def default_warmup(settings: Settings | None = None) -> None:
    """Load the pipeline's models once per worker (:func:`extraction.pipeline.get_extractor`)."""
    from extraction.pipeline import get_extractor

    get_extractor(settings)


def no_warmup(settings: Settings | None = None) -> None:
    """A warm-up that does nothing (for stand-in per-file functions)."""


@dataclass(slots=True)
class BulkFailure:
    file: str
    error: str


@dataclass(slots=True)
class BulkSummary:
    """What a bulk run did. ``describe()`` gives the one-line summary the CLI prints."""

    out_dir: Path
    n_ok: int = 0
    n_failed: int = 0
    n_timed_out: int = 0
    seconds: float = 0.0
    outputs: list[Path] = field(default_factory=list)
    failures: list[BulkFailure] = field(default_factory=list)

    @property
    def n_files(self) -> int:
        return self.n_ok + self.n_failed

    @property
    def errors_path(self) -> Path:
        return self.out_dir / ERRORS_FILE

    def describe(self) -> str:
        text = f"{self.n_ok} ok, {self.n_failed} failed of {self.n_files} files in {self.seconds:.1f} s"
        if self.n_timed_out:
            text += f" ({self.n_timed_out} timed out)"
        if self.n_failed:
            text += f"; errors in {self.errors_path}"
        return text

    def __str__(self) -> str:
        return self.describe()


def _visible(path: Path) -> bool:
    return not path.name.startswith(".")


def find_documents(directory: Path, *, recursive: bool = False) -> list[Path]:
    """The documents in ``directory`` (.pdf .docx .html .htm .txt), by path; its subfolders too when
    ``recursive`` (hidden files and folders never)."""
    from extraction.readers import SUPPORTED_SUFFIXES

    if not directory.is_dir():
        raise InputError(f"{directory}: not a folder")
    found: list[Path] = []
    folders = [directory]
    while folders:
        folder = folders.pop()
        for p in folder.iterdir():
            if not _visible(p):
                continue
            if p.is_dir():
                if recursive:
                    folders.append(p)
            elif p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES:
                found.append(p)
    return sorted(found, key=lambda p: p.relative_to(directory).parts)


def skipped_folders(directory: Path) -> list[Path]:
    """The subfolders a run without ``recursive`` leaves out (hidden ones are not counted), by name."""
    return sorted(p for p in directory.iterdir() if p.is_dir() and _visible(p))


def refuse_misnamed(path: Path) -> None:
    """Refuse a .pdf or .docx file that holds plain text or HTML (InputError naming it).

    The reader reads a document by its content whatever its name, so such a file used to be extracted as text
    and succeed; but a "PDF" that is text is almost always a mistake (a saved web page, an export gone wrong)
    that its user should hear about rather than get a draft from. Renamed to .txt or .html it is read.
    """
    from extraction.readers import sniff_format

    suffix = path.suffix.lower()
    if suffix not in (".pdf", ".docx"):
        return
    try:
        with path.open("rb") as fh:
            head = fh.read(65536)
    except OSError:
        return  # the reader reports unreadable files with its own message
    if not head:
        return  # empty: the reader says so
    try:
        fmt = sniff_format(head, path.name)
    except DHRError:
        return  # not ours at all: the reader's message says what it is
    if fmt in ("text", "html"):
        kind = "plain text" if fmt == "text" else "HTML"
        rename = ".txt" if fmt == "text" else ".html"
        raise InputError(
            f"{path.name}: is named {suffix} but holds {kind}, not a {suffix[1:].upper()} document; "
            f"rename it to {rename} to extract it as {kind}"
        )


def output_names(paths: Sequence[Path], fmt: str = "json", *, root: Path | None = None) -> dict[Path, str]:
    """Output file name for each input: ``<stem>.<fmt>``, or ``<name>.<fmt>`` when stems clash, never equal.

    With ``root`` (a recursive run) each name keeps the input's folder under ``root`` (``2023/a.json``), so
    the outputs mirror the inputs' folders."""

    def folder(path: Path) -> str:
        if root is None:
            return ""
        rel = path.parent.relative_to(root).as_posix()
        return "" if rel == "." else rel + "/"

    stems = Counter((folder(p), p.stem.lower()) for p in paths)
    used: set[str] = set()
    names: dict[Path, str] = {}
    for path in paths:
        where = folder(path)
        base = path.stem if stems[(where, path.stem.lower())] == 1 else path.name
        candidate = f"{where}{base}.{fmt}"
        n = 2
        while candidate.lower() in used or candidate == ERRORS_FILE:
            candidate = f"{where}{base}-{n}.{fmt}"
            n += 1
        used.add(candidate.lower())
        names[path] = candidate
    return names


def render(result: Any, fmt: str) -> str | bytes:
    """A result in the output format: JSON (indented), CSV or XLSX (via :mod:`extraction.export`)."""
    if fmt == "json":
        if hasattr(result, "model_dump_json"):
            return result.model_dump_json(indent=2) + "\n"
        return json.dumps(result, indent=2, ensure_ascii=False, default=str) + "\n"
    from extraction.export import to_csv, to_xlsx

    return to_csv(result) if fmt == "csv" else to_xlsx(result)


# --------------------------------------------------------------------------------------------------------------
# The worker process
# --------------------------------------------------------------------------------------------------------------


def _one_line(text: str) -> str:
    return " ".join(str(text).split()) or "unknown error"


def _worker_main(
    conn: Connection, extract_fn: ExtractFn, warmup_fn: WarmupFn, settings: Settings | None
) -> None:
    """Worker loop: receive a path, send back ("ok", result) or ("error", message); None stops it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    try:
        warmup_fn(settings)
    except BaseException as exc:  # noqa: BLE001 - report why the worker cannot start, whatever it is
        message = str(exc) if isinstance(exc, DHRError) else f"{type(exc).__name__}: {exc}"
        conn.send(("fatal", _one_line(message)))
        return
    conn.send(("ready", None))
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            return
        if request is None:
            return
        try:
            reply: tuple[str, Any] = ("ok", extract_fn(Path(request), settings))
        except DHRError as exc:
            reply = ("error", _one_line(str(exc)))
        except MemoryError:
            reply = ("error", "ran out of memory while extracting this file")
        except Exception as exc:  # noqa: BLE001 - an unexpected bug must not stop the run; it is reported
            reply = ("error", _one_line(f"internal error: {type(exc).__name__}: {exc}"))
        try:
            conn.send(reply)
        except Exception as exc:  # noqa: BLE001 - e.g. an unpicklable result
            conn.send(("error", _one_line(f"internal error: cannot return the result ({exc})")))


class _Worker:
    """One worker process and the pipe to it; restarted after a timeout or a crash."""

    def __init__(self, extract_fn: ExtractFn, warmup_fn: WarmupFn, settings: Settings | None) -> None:
        self._ctx = multiprocessing.get_context("spawn")
        self._args = (extract_fn, warmup_fn, settings)
        self._proc: Any = None
        self._conn: Connection | None = None
        self.starts = 0

    def _start(self) -> None:
        parent, child = self._ctx.Pipe()
        proc = self._ctx.Process(
            target=_worker_main, args=(child, *self._args), daemon=True, name="dhr-extract"
        )
        proc.start()
        child.close()
        self._proc, self._conn = proc, parent
        self.starts += 1
        if not parent.poll(WORKER_START_TIMEOUT_S):
            self.kill()
            raise DHRError(f"the extraction worker did not start within {WORKER_START_TIMEOUT_S:g} s")
        try:
            kind, detail = parent.recv()
        except (EOFError, OSError):
            code = proc.exitcode
            self.kill()
            raise DHRError(f"the extraction worker failed to start (exit code {code})") from None
        if kind != "ready":
            self.kill()
            raise DHRError(f"the extraction worker could not load the pipeline: {detail}")

    def run(self, path: Path, timeout_s: float) -> tuple[str, Any]:
        """("ok", result), ("error", message) or ("timeout", message) for one file."""
        if self._proc is None or not self._proc.is_alive():
            self.kill()
            self._start()
        assert self._conn is not None
        try:
            self._conn.send(str(path))
        except (BrokenPipeError, OSError):
            self.kill()
            self._start()
            self._conn.send(str(path))
        if not self._conn.poll(timeout_s):
            self.kill()
            return "timeout", f"timed out after {timeout_s:g} s (the file was skipped)"
        try:
            kind, detail = self._conn.recv()
        except (EOFError, OSError):
            self._proc.join(5)
            code = self._proc.exitcode
            self.kill()
            return "error", f"the extraction worker crashed on this file (exit code {code})"
        return kind, detail

    def kill(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if self._proc is not None:
            if self._proc.is_alive():
                self._proc.kill()
            self._proc.join(5)
            self._proc = None

    def close(self) -> None:
        """Ask the worker to stop; kill it if it does not."""
        if self._conn is not None and self._proc is not None and self._proc.is_alive():
            try:
                self._conn.send(None)
                self._proc.join(5)
            except (BrokenPipeError, OSError):
                pass
        self.kill()


# --------------------------------------------------------------------------------------------------------------
# The runner
# --------------------------------------------------------------------------------------------------------------


def extract_many(
    paths: list[Path],
    out_dir: Path,
    *,
    timeout_s: float,
    fmt: str = "json",
    progress: bool = True,
    extract_fn: ExtractFn = default_extract,
    warmup_fn: WarmupFn | None = None,
    settings: Settings | None = None,
    root: Path | None = None,
) -> BulkSummary:
    """Extract each file into ``out_dir``; failures go to ``out_dir/errors.jsonl``; returns what happened.

    ``extract_fn`` runs in a worker process (it must be importable by name, e.g. a module-level function);
    ``warmup_fn`` runs once per fresh worker before its first file (default: load the pipeline's models when
    ``extract_fn`` is the default, else nothing). ``timeout_s`` bounds each file; a file over it is reported and
    skipped and the worker restarted. Input paths that are missing or not files are reported like bad files.
    ``root``: the folder a recursive run started from; outputs then mirror the inputs' folders under it.
    """
    if fmt not in FORMATS:
        raise InputError(f"unknown output format {fmt!r}: use one of {', '.join(FORMATS)}")
    if not timeout_s > 0:
        raise InputError(f"the per-file timeout must be positive, got {timeout_s!r}")
    if out_dir.exists() and not out_dir.is_dir():
        raise InputError(f"{out_dir}: exists and is not a folder")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{out_dir}: cannot create the output folder ({exc.strerror or exc})") from None
    if warmup_fn is None:
        warmup_fn = default_warmup if extract_fn is default_extract else no_warmup
    settings = settings if settings is not None else get_settings()

    paths = [Path(p) for p in paths]
    names = output_names(paths, fmt, root=root)
    summary = BulkSummary(out_dir=out_dir)
    started = time.perf_counter()
    worker = _Worker(extract_fn, warmup_fn, settings)
    bar = _progress_bar(len(paths), progress)
    errors_path = out_dir / ERRORS_FILE
    try:
        with errors_path.open("w", encoding="utf-8") as errors:

            def failed(path: Path, message: str) -> None:
                summary.n_failed += 1
                summary.failures.append(BulkFailure(file=str(path), error=message))
                errors.write(json.dumps({"file": str(path), "error": message}, ensure_ascii=False) + "\n")
                errors.flush()

            for path in paths:
                if bar is not None:
                    bar.set_postfix_str(path.name[:40], refresh=True)
                if not path.is_file():
                    failed(path, f"{path}: no such file")
                else:
                    kind, detail = worker.run(path, timeout_s)
                    if kind == "ok":
                        try:
                            target = out_dir / names[path]
                            atomic_write(target, render(detail, fmt))
                            summary.n_ok += 1
                            summary.outputs.append(target)
                        except DHRError as exc:
                            failed(path, _one_line(str(exc)))
                        except OSError as exc:
                            failed(path, _one_line(f"cannot write the output: {exc}"))
                    else:
                        summary.n_timed_out += kind == "timeout"
                        failed(path, detail)
                if bar is not None:
                    bar.update(1)
    finally:
        worker.close()
        if bar is not None:
            bar.close()
        summary.seconds = time.perf_counter() - started
    return summary


def _progress_bar(total: int, enabled: bool) -> Any:
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="file", desc="extract", file=sys.stderr, dynamic_ncols=True)


__all__ = [
    "BulkFailure",
    "BulkSummary",
    "ERRORS_FILE",
    "ExtractFn",
    "atomic_write",
    "default_extract",
    "default_warmup",
    "extract_many",
    "find_documents",
    "no_warmup",
    "output_names",
    "refuse_misnamed",
    "render",
    "skipped_folders",
]
