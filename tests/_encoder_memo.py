"""A test-session memo of the MiniLM forward pass (``encoder.minilm.OnnxEncoder._forward``, one pass over one
chunk of texts), installed by ``tests/conftest.py``.

Why: the classifier embeds every recommendation text, and the same texts come back many times in the default run
(a set's DOCX and its PDF export read alike, its gold texts classified with and without the CSP, the same
documents in several modules); the memo cut the set tests' CPU by about a quarter (sixteenth session, helper DO:
`tests/test_encoder_memo.py`). ``_forward`` is a pure function of its ONNX session, its tokenizer and the exact
list of texts of one chunk (``_encode`` sorts a call's texts by length and cuts them into chunks, so the same
texts give the same chunks), so a hit returns a copy of the very array that chunk gave before: bit for bit what
running it again gives, with no cross-batch padding effects (a per-text memo could differ by float rounding).

Keyed by the ids of the session and the tokenizer (both held by the entry, so the ids cannot be reused) and the
tuple of texts. Calls made while a test that asks for a patching or capturing fixture runs (``monkeypatch``,
``caplog``, ``recwarn``, ``capsys``, ``capfd``, ``mocker``...) bypass it both ways: such a test may have changed
the encoder or may expect its side effects. Bounded at :data:`MAX_VECTOR_BYTES` of arrays, least recently used
dropped first. Off with ``DHR_TEST_ENCODER_MEMO=0``.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from typing import Any

import pytest

#: Fixtures whose presence means a test may patch the pipeline or expect its side effects (logs, warnings).
BYPASS_FIXTURES = frozenset({"monkeypatch", "caplog", "recwarn", "capsys", "capfd", "capsysbinary", "capfdbinary",
                             "mocker", "class_mocker", "module_mocker", "session_mocker"})  # fmt: skip

#: Most bytes of embedding arrays the encoder memo keeps (a chunk of 32 texts is 48 kB).
MAX_VECTOR_BYTES = 256 * 2**20

_lock = threading.Lock()  # the service tests classify from worker threads
_vectors: OrderedDict[tuple[Any, ...], tuple[tuple[Any, ...], Any]] = OrderedDict()
_vector_bytes = 0
_current: pytest.Item | None = None


def _bypass() -> bool:
    """Whether the running test asks for a fixture that may change or observe the encoder."""
    return _current is not None and not BYPASS_FIXTURES.isdisjoint(getattr(_current, "fixturenames", ()))


def install() -> None:
    """Wrap ``OnnxEncoder._forward`` with the memo (once; a no-op with ``DHR_TEST_ENCODER_MEMO=0``)."""
    if os.environ.get("DHR_TEST_ENCODER_MEMO", "1") == "0":
        return
    _install_encoder()


def _install_encoder() -> None:
    from encoder.minilm import OnnxEncoder

    original = OnnxEncoder._forward
    if getattr(original, "_test_memo", False):
        return

    def _forward(self: Any, session: Any, texts: list[str]) -> Any:
        global _vector_bytes
        if _bypass():
            return original(self, session, texts)
        tokenizer = getattr(self, "_tokenizer", None)
        key = (id(session), id(tokenizer), tuple(texts))
        with _lock:
            kept = _vectors.get(key)
            if kept is not None:
                _vectors.move_to_end(key)
        if kept is not None:
            return kept[1].copy()
        out = original(self, session, texts)
        with _lock:
            if key not in _vectors:
                _vectors[key] = ((session, tokenizer), out.copy())
                _vector_bytes += out.nbytes
            while _vector_bytes > MAX_VECTOR_BYTES and _vectors:
                _vector_bytes -= _vectors.popitem(last=False)[1][1].nbytes
        return out

    _forward._test_memo = True  # type: ignore[attr-defined]
    _forward.__doc__ = original.__doc__
    OnnxEncoder._forward = _forward  # type: ignore[method-assign]


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Any:
    """Track the running test (its setup, call and teardown), so that a call knows whether to bypass the memo."""
    global _current
    _current = item
    try:
        yield
    finally:
        _current = None


def pytest_sessionstart(session: pytest.Session) -> None:
    install()
