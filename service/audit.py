"""The append-only, keyed hash chain of the audit log (JSONL in the library directory).

Each line is one :class:`~dhr.schema.service.AuditEntry`: who, when, what, the previous line's hash and its own
hash: an HMAC-SHA256 of the line's canonical JSON without ``hash``, keyed with a secret kept outside the
library folder (``DHR_AUDIT_KEY_PATH``, created on first use, mode 0600). Editing a line breaks its hash;
removing or reordering lines breaks the chain; re-hashing the log after an edit needs the key, so whoever can
edit the library (but not read the key) cannot re-forge it; removing lines from the end is caught by the head
file (``audit.head``), which records the last sequence number and hash after every append, under the same key.
Appends are serialised by a thread lock and an exclusive file lock, so several workers may share one log.

On PostgreSQL (several API processes, possibly on several machines, one database) the chain is kept in the
database instead (:mod:`retrieval.store.audit`): the same lines, hashes and head, in tables, appended under a
database lock on the connection of the change being audited, in its transaction. Every process must then use
the same audit key (``DHR_AUDIT_KEY_PATH``: one key file distributed with the deployment's secrets).

A change and its entry are one unit (:meth:`AuditLog.recording`): the entry is appended from the database's
commit hook, after the change is flushed and before it is committed. An append that fails aborts the commit
(the change is not stored); a commit that fails after its entry was written is followed by an
``audit.rollback`` entry naming it, so the log never lacks a stored change and says which entries did not
take effect.
"""

from __future__ import annotations

import fcntl
import hashlib
import hmac
import json
import os
import secrets
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dhr.errors import DHRError
from dhr.schema.service import AuditEntry
from service.errors import ServiceUnavailableError

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection, Engine

GENESIS = "0" * 64
LOG_NAME = "audit.jsonl"
HEAD_NAME = "audit.head"


class AuditLogError(DHRError):
    """The audit log fails verification; the message names the first bad line."""


class AuditWriteError(ServiceUnavailableError):
    """An entry could not be written (disk full, permissions): the change it audits is not stored (503)."""


def _canonical(fields: dict[str, Any]) -> bytes:
    body = {k: v for k, v in fields.items() if k != "hash"}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), default=str).encode()


def entry_hash(fields: dict[str, Any], key: bytes) -> str:
    """HMAC-SHA256 (keyed with the audit key) of the canonical JSON of an entry's fields other than ``hash``."""
    return hmac.new(key, _canonical(fields), hashlib.sha256).hexdigest()


def _unkeyed_hash(fields: dict[str, Any]) -> str:
    """The plain SHA-256 older versions wrote (and anyone can recompute): recognised only to say so."""
    return hashlib.sha256(_canonical(fields)).hexdigest()


def _head_mac(seq: int, digest: str, key: bytes) -> str:
    return hmac.new(key, f"audit.head:{seq}:{digest}".encode(), hashlib.sha256).hexdigest()


def default_key_path() -> Path:
    from dhr.settings import get_settings

    return Path(get_settings().audit_key_path).expanduser()


def _check_outside(directory: Path, key_path: Path) -> None:
    if key_path.resolve().is_relative_to(directory.resolve()):
        raise AuditLogError(
            f"the audit key {str(key_path)!r} is inside the library folder {str(directory)!r}: whoever can edit "
            "the log could then re-forge it; keep the key elsewhere (DHR_AUDIT_KEY_PATH)"
        )


def load_key(key_path: Path, *, create: bool) -> bytes | None:
    """The audit key (32 random bytes, stored as hex); created with mode 0600 when ``create`` and missing."""
    try:
        raw = key_path.read_text().strip()
    except FileNotFoundError:
        if not create:
            return None
        key_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        try:
            fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another worker made it first
            return load_key(key_path, create=False)
        with os.fdopen(fd, "w") as fh:
            fh.write(secrets.token_hex(32) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        return load_key(key_path, create=False)
    except OSError as exc:
        raise AuditLogError(f"cannot read the audit key {str(key_path)!r}: {exc.strerror or exc}") from None
    try:
        key = bytes.fromhex(raw)
    except ValueError:
        key = b""
    if len(key) < 16:
        raise AuditLogError(f"the audit key {str(key_path)!r} is not a hex key of at least 16 bytes")
    return key


@dataclass(frozen=True, slots=True)
class VerifyResult:
    ok: bool
    lines: int
    message: str
    bad_line: int | None = None


@dataclass(slots=True)
class _Pending:
    """An entry waiting for the commit of its change (:meth:`AuditLog.recording`)."""

    fields: dict[str, Any]
    entry: AuditEntry | None = None
    details: dict[str, Any] = field(default_factory=dict)


@contextmanager
def _database_write_errors() -> Iterator[None]:
    """An audit entry that cannot be written stops the change it records, with an error the API maps to 503."""
    from sqlalchemy.exc import SQLAlchemyError

    try:
        yield
    except AuditLogError as exc:
        raise AuditWriteError(f"{exc}; the change was not made", retry_after_s=30) from None
    except SQLAlchemyError as exc:
        raise AuditWriteError(
            f"the audit entry could not be written ({type(exc).__name__}), so the change was not made; "
            "retry later or tell the service's administrator",
            retry_after_s=30,
        ) from None


class AuditLog:
    """Appends entries to ``<dir>/audit.jsonl``; :func:`verify` checks a log.

    ``key_path``: the audit key (default: settings' ``audit_key_path``), outside ``directory``. ``engine``: the
    library database whose commits :meth:`recording` joins; a PostgreSQL engine also holds the chain itself.
    """

    def __init__(self, directory: Path, key_path: Path | None = None, engine: Engine | None = None) -> None:
        self.directory = Path(directory)
        self.path = self.directory / LOG_NAME
        self.head_path = self.directory / HEAD_NAME
        self.key_path = Path(key_path).expanduser() if key_path is not None else default_key_path()
        self._key: bytes | None = None
        self._lock = threading.Lock()
        self._local = threading.local()
        self._engine: Engine | None = None
        self._db: Engine | None = None  # the chain's database (PostgreSQL), else None: the file log
        if engine is not None:
            self.bind(engine)

    def key(self) -> bytes:
        if self._key is None:
            _check_outside(self.directory, self.key_path)
            self._key = load_key(self.key_path, create=True)
        assert self._key is not None
        return self._key

    def bind(self, engine: Engine) -> None:
        """Join ``engine``'s commits: an entry of :meth:`recording` is written when its change commits."""
        from sqlalchemy import event

        if self._engine is engine:
            return
        self._engine = engine
        self._db = engine if engine.dialect.name == "postgresql" else None
        event.listen(engine, "commit", self._on_commit)

    @property
    def in_database(self) -> bool:
        """Whether the chain is kept in the database (PostgreSQL) rather than the file log."""
        return self._db is not None

    def _on_commit(self, conn: Connection) -> None:
        # Runs in the committing thread after the flush, before the database commit: an exception here
        # (disk full, lock, key unreadable) propagates and the transaction is rolled back, not committed.
        pending: _Pending | None = getattr(self._local, "pending", None)
        if pending is None or pending.entry is not None:
            return
        if self._db is None:
            pending.entry = self.append(**pending.fields, details=pending.details)
            return
        # the chain in the database: the entry is written on the change's own connection, so the one commit
        # stores both or neither
        with _database_write_errors():
            pending.entry = self._append_db(conn, self.key(), **pending.fields, details=pending.details)

    @contextmanager
    def recording(
        self,
        *,
        actor: str,
        role: str,
        action: str,
        target: str | None = None,
        details: dict[str, Any] | None = None,
    ) -> Iterator[_Pending]:
        """Audit the database change made in the block in the same transaction: the entry is appended when the
        block's first commit (on the bound engine, in this thread) is about to happen, and that commit fails if
        the append does. Put only the write in the block. ``details`` may be added to until the commit."""
        if self._engine is None:
            raise RuntimeError("AuditLog.recording needs the library engine (AuditLog(..., engine=...))")
        if getattr(self._local, "pending", None) is not None:
            raise RuntimeError("AuditLog.recording blocks do not nest")
        pending = _Pending(
            fields={"actor": actor, "role": role, "action": action, "target": target},
            details=dict(details or {}),
        )
        self._local.pending = pending
        try:
            yield pending
        except BaseException as exc:
            self._local.pending = None
            if pending.entry is not None and self._db is None:  # written, but its commit failed: not stored
                # (in the database the entry was in the failed transaction, so it is gone with the change)
                self.append(
                    actor=actor,
                    role=role,
                    action="audit.rollback",
                    target=target,
                    details={"seq": pending.entry.seq, "error": type(exc).__name__},
                )
            raise
        self._local.pending = None
        if (
            pending.entry is None
        ):  # the block committed nothing on the library database: audit it all the same
            pending.entry = self.append(**pending.fields, details=pending.details)

    def append(
        self,
        *,
        actor: str,
        role: str,
        action: str,
        target: str | None = None,
        details: dict[str, Any] | None = None,
    ) -> AuditEntry:
        """Append one entry and return it (with its sequence number and hash); AuditWriteError if it cannot."""
        if self._db is not None:
            return self._append_db_now(actor=actor, role=role, action=action, target=target, details=details)
        try:
            return self._append(self.key(), actor, role, action, target, details)
        except AuditLogError as exc:  # the key: missing folder rights, a bad key file, inside the library
            raise AuditWriteError(f"{exc}; the change was not made", retry_after_s=30) from None
        except OSError as exc:
            raise AuditWriteError(
                f"the audit log could not be written ({exc.strerror or type(exc).__name__}), so the change was "
                "not made; retry later or tell the service's administrator",
                retry_after_s=30,
            ) from None

    def _append_db_now(self, **fields: Any) -> AuditEntry:
        """Append in a transaction of its own (an entry that audits no database change)."""
        assert self._db is not None
        with _database_write_errors():
            key = self.key()
            with self._db.begin() as conn:
                return self._append_db(conn, key, **fields)

    def _append_db(
        self,
        conn: Connection,
        key: bytes,
        *,
        actor: str,
        role: str,
        action: str,
        target: str | None = None,
        details: dict[str, Any] | None = None,
    ) -> AuditEntry:
        from retrieval.store import audit as repo

        made: dict[str, Any] = {}

        def build(last: str | None) -> tuple[int, str, str]:
            seq, prev = (0, GENESIS) if last is None else _seq_hash(last)
            fields = _new_fields(seq + 1, prev, actor, role, action, target, details)
            fields["hash"] = entry_hash(fields, key)
            made.update(fields)
            head = json.dumps(
                {"seq": seq + 1, "hash": fields["hash"], "mac": _head_mac(seq + 1, fields["hash"], key)}
            )
            return seq + 1, _line(fields), head

        repo.append_entry(conn, build)
        return AuditEntry(**made)

    def _append(
        self,
        key: bytes,
        actor: str,
        role: str,
        action: str,
        target: str | None,
        details: dict[str, Any] | None,
    ) -> AuditEntry:
        self.directory.mkdir(parents=True, exist_ok=True)
        with self._lock, open(self.path, "a+b") as fh:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX)
            try:
                seq, prev = self._last(fh)
                fields = _new_fields(seq + 1, prev, actor, role, action, target, details)
                fields["hash"] = entry_hash(fields, key)
                line = _line(fields) + "\n"
                fh.seek(0, os.SEEK_END)
                fh.write(line.encode())
                fh.flush()
                os.fsync(fh.fileno())
                self._write_head(fields["seq"], fields["hash"], key)
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
        return _seq_hash(last)

    def _write_head(self, seq: int, digest: str, key: bytes) -> None:
        tmp = self.head_path.with_suffix(".head.tmp")
        tmp.write_text(json.dumps({"seq": seq, "hash": digest, "mac": _head_mac(seq, digest, key)}) + "\n")
        os.replace(tmp, self.head_path)

    def entries(self) -> Iterator[AuditEntry]:
        if self._db is not None:
            from retrieval.store import audit as repo

            for line in repo.entry_lines(self._db):
                yield AuditEntry(**json.loads(line))
            return
        if not self.path.exists():
            return
        with open(self.path, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield AuditEntry(**json.loads(line))

    def verify(self) -> VerifyResult:
        if self._db is not None:
            return verify_database(self._db, self.directory, self.key_path)
        return verify(self.directory, self.key_path)


def _new_fields(
    seq: int,
    prev: str,
    actor: str,
    role: str,
    action: str,
    target: str | None,
    details: dict[str, Any] | None,
) -> dict[str, Any]:
    return {
        "seq": seq,
        "ts": datetime.now(UTC).isoformat(timespec="milliseconds"),
        "actor": actor,
        "role": role,
        "action": action,
        "target": target,
        "details": details or {},
        "prev_hash": prev,
    }


def _line(fields: dict[str, Any]) -> str:
    return json.dumps(fields, sort_keys=True, separators=(",", ":"), default=str)


def _seq_hash(line: str | bytes) -> tuple[int, str]:
    data = json.loads(line)
    return int(data["seq"]), str(data["hash"])


def _verify_key(directory: Path, key_path: Path | None, what: str) -> bytes | VerifyResult:
    """The audit key to verify with, or the failed result that says why there is none."""
    key_path = Path(key_path).expanduser() if key_path is not None else default_key_path()
    try:
        _check_outside(directory, key_path)
        key = load_key(key_path, create=False)
    except AuditLogError as exc:
        return VerifyResult(False, 0, str(exc), 1)
    if key is None:
        return VerifyResult(
            False,
            0,
            f"the audit key {str(key_path)!r} is missing, so {what} cannot be verified (set DHR_AUDIT_KEY_PATH "
            "to the key the log was written with)",
            1,
        )
    return key


def verify(directory: Path, key_path: Path | None = None) -> VerifyResult:
    """Check every line's keyed hash, the chain and the head file; name the first bad line (1-based).

    ``key_path``: the audit key (default: settings' ``audit_key_path``); without it a log cannot be verified.
    """
    directory = Path(directory)
    path = directory / LOG_NAME
    if not path.exists():
        if (directory / HEAD_NAME).exists():
            return VerifyResult(False, 0, f"{path} is missing but {HEAD_NAME} says entries were written", 1)
        return VerifyResult(True, 0, f"{path}: no audit log yet (0 entries)")
    key = _verify_key(directory, key_path, str(path))
    if isinstance(key, VerifyResult):
        return key
    head_path = directory / HEAD_NAME
    head = head_path.read_text(errors="replace") if head_path.exists() else None
    with open(path, encoding="utf-8", errors="replace") as fh:
        return _check_chain(fh, key, str(path), "line", head, str(head_path))


def verify_database(engine: Engine, directory: Path, key_path: Path | None = None) -> VerifyResult:
    """:func:`verify` for the chain kept in the database (PostgreSQL): entries are named by sequence number."""
    from retrieval.store import audit as repo

    where = f"the audit chain in {engine.url.render_as_string(hide_password=True)}"
    key = _verify_key(Path(directory), key_path, where)
    if isinstance(key, VerifyResult):
        return key
    return _check_chain(
        repo.entry_lines(engine), key, where, "entry", repo.head_line(engine), f"{where}: its head"
    )


def _check_chain(
    lines: Iterable[str], key: bytes, where_log: str, unit: str, head_text: str | None, where_head: str
) -> VerifyResult:
    """Check each line's keyed hash, the links between them and the head; name the first bad line (1-based)."""
    prev = GENESIS
    n = 0
    for n, raw in enumerate(lines, start=1):
        where = f"{where_log} {unit} {n}"
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
                f"{where}: prev_hash does not match {unit} {n - 1} (a line removed or edited)",
                n,
            )
        if not hmac.compare_digest(entry_hash(fields, key), str(fields.get("hash"))):
            if _unkeyed_hash(fields) == fields.get("hash"):
                why = "an unkeyed hash (recomputed without the audit key, or written before keyed hashes)"
            else:
                why = "hash mismatch (the line was edited, or the log was written with another key)"
            return VerifyResult(False, n - 1, f"{where}: {why}", n)
        prev = str(fields["hash"])
    if n and head_text is None:
        return VerifyResult(
            False, n, f"{where_head} is missing (lines may have been removed from the end)", n + 1
        )
    if head_text is not None:
        try:
            head = json.loads(head_text)
            if not isinstance(head, dict):
                raise ValueError("not a JSON object")
        except ValueError:
            return VerifyResult(False, n, f"{where_head} is not valid JSON", n + 1)
        mac = _head_mac(head.get("seq"), head.get("hash"), key)  # type: ignore[arg-type]
        if not hmac.compare_digest(mac, str(head.get("mac"))):
            return VerifyResult(
                False, n, f"{where_head}: its keyed hash does not match (the head file was rewritten)", n + 1
            )
        if head.get("seq") != n or head.get("hash") != prev:
            missing = int(head.get("seq", n)) - n if isinstance(head.get("seq"), int) else 0
            if missing > 0:
                msg = (
                    f"{where_log} {unit} {n + 1}: missing ({missing} line(s) removed from the end; head says "
                    f"{head['seq']})"
                )
            else:
                msg = f"{where_log}: last {unit} {n} does not match {where_head} (seq {head.get('seq')})"
            return VerifyResult(False, n, msg, n + 1)
    return VerifyResult(True, n, f"{where_log}: {n} entries, chain intact")
