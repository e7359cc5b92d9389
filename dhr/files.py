"""Writing files so that a crash or kill never leaves a half-written one behind."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO


@contextmanager
def atomic_file(path: Path) -> Iterator[BinaryIO]:
    """A binary file to write ``path`` through: a temp file in the same folder, fsynced and moved into place
    when the block ends without error (removed otherwise), so readers see the old file or the new one."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def atomic_write(path: Path, payload: str | bytes) -> None:
    """Write ``payload`` to ``path`` via a temp file in the same folder, fsync and ``os.replace``."""
    data = payload.encode("utf-8") if isinstance(payload, str) else payload
    with atomic_file(path) as handle:
        handle.write(data)
