"""Heavy libraries imported on first use, without the optional extras they drag in.

``from dhr.lazy import spacy`` (or ``pymupdf``, ``sklearn``) imports the library when that line runs (module
``__getattr__``), with some optional modules made unimportable for the duration, because the library imports
them whenever they are installed although nothing here uses them:

- spaCy's thinc imports torch (``thinc.compat``): ~1.1 s of CPU per process, and torch in the service although
  no pipeline here runs on it. thinc then runs without its torch shims.
- PyMuPDF 2 imports ``pymupdf.layout`` (pymupdf4llm, an ONNX layout model, tabulate): ~0.45 s. The readers use
  PyMuPDF's own text and table extraction, never the layout package.
- scikit-learn imports pandas (``sklearn.utils.fixes``) for DataFrame helpers: ~0.2 s. The models here are fed
  arrays and sparse matrices only.

The modules are unblocked straight after, so code in the same process (training, notebooks) can still import
them; a library imported before (by training code, say) is returned as it is.
"""

from __future__ import annotations

import importlib
import sys
import threading
from types import ModuleType
from typing import Any

#: What each library is imported without.
BLOCKED: dict[str, tuple[str, ...]] = {
    "spacy": ("torch",),
    "pymupdf": ("pymupdf.layout", "pymupdf4llm"),
    "sklearn": ("pandas",),
}

_LOCK = threading.RLock()


def import_without(name: str, blocked: tuple[str, ...]) -> ModuleType:
    """``import name`` with each module of ``blocked`` that is not imported yet made unimportable meanwhile."""
    module = sys.modules.get(name)
    if module is not None:
        return module
    with _LOCK:
        held = [b for b in blocked if b not in sys.modules]
        for b in held:
            sys.modules[b] = None  # type: ignore[assignment]  # 'import b' now raises ImportError
        try:
            return importlib.import_module(name)
        finally:
            for b in held:
                if b in sys.modules and sys.modules[b] is None:
                    del sys.modules[b]


def import_spacy() -> ModuleType:
    return import_without("spacy", BLOCKED["spacy"])


def import_pymupdf() -> ModuleType:
    return import_without("pymupdf", BLOCKED["pymupdf"])


def import_sklearn() -> ModuleType:
    """scikit-learn and the submodules the shipped models unpickle into, imported without pandas."""
    module = import_without("sklearn", BLOCKED["sklearn"])
    with _LOCK:
        held = [b for b in BLOCKED["sklearn"] if b not in sys.modules]
        for b in held:
            sys.modules[b] = None  # type: ignore[assignment]
        try:
            for sub in ("sklearn.linear_model", "sklearn.feature_extraction.text", "sklearn.preprocessing"):
                importlib.import_module(sub)
        finally:
            for b in held:
                if b in sys.modules and sys.modules[b] is None:
                    del sys.modules[b]
    return module


def __getattr__(name: str) -> Any:
    if name in BLOCKED:
        return import_without(name, BLOCKED[name])
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
