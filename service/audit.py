"""The append-only, hash-chained audit log (JSONL in the library directory).

Each line is one :class:`~dhr.schema.service.AuditEntry`: who, when, what, the previous line's hash and its own
hash (SHA-256 of the line's canonical JSON without ``hash``). Editing a line breaks its hash; removing or
reordering lines breaks the chain; removing lines from the end is caught by the head file (``audit.head``),
which records the last sequence number and hash after every append. Appends are serialised by a thread lock
and an exclusive file lock, so several workers may share one log.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from dhr.errors import DHRError
from dhr.schema.service import AuditEntry

GENESIS = "0" * 64
LOG_NAME = "audit.jsonl"
HEAD_NAME = "audit.head"


class AuditLogError(DHRError):
    """The audit log fails verification; the message names the first bad line."""


def entry_hash(fields: dict[str, Any]) -> str:
    """SHA-256 of the canonical JSON of an entry's fields other than ``hash``."""
    body = {k: v for k, v in fields.items() if k != "hash"}
    return hashlib.sha256(json.dumps(body, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class VerifyResult:
    ok: bool
    lines: int
    message: str
    bad_line: int | None = None


class AuditLog:
    """Appends entries to ``<dir>/audit.jsonl``; :func:`verify` checks a log."""

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)
        self.path = self.directory / LOG_NAME
        self.head_path = self.directory / HEAD_NAME
        self._lock = threading.Lock()

    def append(
        self,
        *,
        actor: str,
        role: str,
        action: str,
        target: str | None = None,
        details: dict[str, Any] | None = None,
    ) -> AuditEntry:
        """Append one entry and return it (with its sequence number and hash)."""
        self.directory.mkdir(parents=True, exist_ok=True)
        with self._lock, open(self.path, "a+b") as fh:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
            try:
                seq, prev = self._last(fh)
                fields: dict[str, Any] = {
                    "seq": seq + 1,
                    "ts": datetime.now(UTC).isoformat(timespec="milliseconds"),
                    "actor": actor,
                    "role": role,
                    "action": action,
                    "target": target,
                    "details": details or {},
                    "prev_hash": prev,
                }
                fields["hash"] = entry_hash(fields)
                line = json.dumps(fields, sort_keys=True, separators=(",", ":"), default=str) + "\n"
                fh.seek(0, os.SEEK_END)
                fh.write(line.encode())
                fh.flush()
                os.fsync(fh.fileno())
                self._write_head(fields["seq"], fields["hash"])
            finally:
                fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
        return AuditEntry(**fields)

    def _last(self, fh: Any) -> tuple[int, str]:
        """Sequence number and hash of the last line (0, GENESIS for an empty log)."""
        fh.seek(0, os.SEEK_END)
        size = fh.tell()
        if size == 0:
            return 0, GENESIS
        block = min(size, 65536)
        while True:
            fh.seek(size - block)
            tail = fh.read(block).rstrip(b"\n")
            if b"\n" in tail or block == size:
                last = tail.rsplit(b"\n", 1)[-1]
                break
            block = min(size, block * 4)
        data = json.loads(last)
        return int(data["seq"]), str(data["hash"])

    def _write_head(self, seq: int, digest: str) -> None:
        tmp = self.head_path.with_suffix(".head.tmp")
        tmp.write_text(json.dumps({"seq": seq, "hash": digest}) + "\n")
        os.replace(tmp, self.head_path)

    def entries(self) -> Iterator[AuditEntry]:
        if not self.path.exists():
            return
        with open(self.path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield AuditEntry(**json.loads(line))

    def verify(self) -> VerifyResult:
        return verify(self.directory)


def verify(directory: Path) -> VerifyResult:
    """Check every line's hash, the chain and the head file; name the first bad line (1-based)."""
    directory = Path(directory)
    path = directory / LOG_NAME
    if not path.exists():
        if (directory / HEAD_NAME).exists():
            return VerifyResult(False, 0, f"{path} is missing but {HEAD_NAME} says entries were written", 1)
        return VerifyResult(True, 0, f"{path}: no audit log yet (0 entries)")
    prev = GENESIS
    n = 0
    with open(path, encoding="utf-8", errors="replace") as fh:
        for n, raw in enumerate(fh, start=1):
            where = f"{path} line {n}"
            try:
                fields = json.loads(raw)
                if not isinstance(fields, dict):
                    raise ValueError("not a JSON object")
            except ValueError as exc:
                return VerifyResult(False, n - 1, f"{where}: not a valid entry ({exc})", n)
            if fields.get("seq") != n:
                return VerifyResult(
                    False,
                    n - 1,
                    f"{where}: sequence number {fields.get('seq')!r}, expected {n} (lines removed?)",
                    n,
                )
            if fields.get("prev_hash") != prev:
                return VerifyResult(
                    False,
                    n - 1,
                    f"{where}: prev_hash does not match line {n - 1} (a line removed or edited)",
                    n,
                )
            if entry_hash(fields) != fields.get("hash"):
                return VerifyResult(False, n - 1, f"{where}: hash mismatch (the line was edited)", n)
            prev = str(fields["hash"])
    head_path = directory / HEAD_NAME
    if head_path.exists():
        try:
            head = json.loads(head_path.read_text())
        except ValueError:
            return VerifyResult(False, n, f"{head_path} is not valid JSON", n + 1)
        if head.get("seq") != n or head.get("hash") != prev:
            missing = int(head.get("seq", n)) - n if isinstance(head.get("seq"), int) else 0
            if missing > 0:
                msg = f"{path} line {n + 1}: missing ({missing} line(s) removed from the end; head says {head['seq']})"
            else:
                msg = f"{path}: last line {n} does not match {HEAD_NAME} (seq {head.get('seq')})"
            return VerifyResult(False, n, msg, n + 1)
    return VerifyResult(True, n, f"{path}: {n} entries, chain intact")
