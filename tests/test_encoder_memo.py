"""The test session's encoder memo (``tests/_encoder_memo.py``): a hit is a copy equal to what the call gives
again, another session or chunk is a new key, and a test that patches or captures bypasses it. These tests ask for
no patching fixture (they would bypass the memo they check)."""

from __future__ import annotations

import os
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest

from tests import _encoder_memo

pytestmark = pytest.mark.skipif(
    os.environ.get("DHR_TEST_ENCODER_MEMO", "1") == "0", reason="the memos are off (DHR_TEST_ENCODER_MEMO=0)"
)


class _Session:
    """An ONNX session stand-in: hidden states from the token ids, counting its runs."""

    def __init__(self) -> None:
        self.runs = 0

    def run(self, _names: Any, feeds: dict[str, np.ndarray]) -> list[np.ndarray]:
        self.runs += 1
        ids = feeds["input_ids"].astype(np.float32)
        return [np.repeat(ids[:, :, None], 384, axis=2) + 1.0]


class _Tokenizer:
    def encode_batch(self, texts: list[str]) -> list[SimpleNamespace]:
        return [SimpleNamespace(ids=[len(w) for w in t.split()]) for t in texts]


def _encoder() -> Any:
    from encoder.minilm import OnnxEncoder

    encoder = OnnxEncoder()
    encoder._tokenizer = _Tokenizer()
    return encoder


def test_the_memo_is_installed() -> None:
    from encoder.minilm import OnnxEncoder

    assert getattr(OnnxEncoder._forward, "_test_memo", False)


def test_a_chunk_seen_before_is_not_run_again_and_its_copy_is_the_same_array() -> None:
    encoder, session = _encoder(), _Session()
    texts = ["a memo test chunk of words", "another one"]
    first = encoder._forward(session, texts)
    first[:] = 0.0  # a caller's change to its copy must not reach the memo
    again = encoder._forward(session, list(texts))
    assert session.runs == 1
    other = _Session()
    fresh = encoder._forward(other, texts)  # another session: its own key, run again
    assert other.runs == 1
    assert np.array_equal(again, fresh) and not np.array_equal(again, first)


def test_another_chunk_is_a_new_key() -> None:
    encoder, session = _encoder(), _Session()
    encoder._forward(session, ["one chunk of the memo test"])
    encoder._forward(session, ["one chunk of the memo test", "and a second text"])
    assert session.runs == 2


def test_a_test_without_patching_fixtures_uses_the_memo() -> None:
    assert not _encoder_memo._bypass()


def test_a_test_that_patches_bypasses_the_memo(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _encoder_memo._bypass()
