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


def _spacy_info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``, imported from ``spacy.cli`` when first called (see :func:`import_spacy`)."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def import_spacy() -> ModuleType:
    """spaCy without torch and without importing its command line (``spacy/__init__`` imports ``spacy.cli``
    only for ``spacy.info``; that pulls in typer, weasel, httpx, requests, rich: ~0.25 s of CPU per process).

    ``spacy.cli`` is a stub for the duration of the import and is removed straight after, so ``import
    spacy.cli`` later imports the real one; ``spacy.info`` imports it on first call."""
    module = sys.modules.get("spacy")
    if module is not None:
        return module
    with _LOCK:
        stubs: list[str] = []
        if "spacy.cli" not in sys.modules:
            cli, info = ModuleType("spacy.cli"), ModuleType("spacy.cli.info")
            info.info = _spacy_info  # type: ignore[attr-defined]
            cli.info = info  # type: ignore[attr-defined]
            sys.modules["spacy.cli"], sys.modules["spacy.cli.info"] = cli, info
            stubs = ["spacy.cli", "spacy.cli.info"]
        try:
            module = import_without("spacy", BLOCKED["spacy"])
        finally:
            for name in stubs:
                sys.modules.pop(name, None)
        if (
            stubs
            and "cli" in vars(module)
            and isinstance(module.cli, ModuleType)
            and module.cli.__spec__ is None
        ):
            del module.cli  # the stub; an attribute lookup would otherwise skip the real import
        return module


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
    if name == "spacy":
        return import_spacy()
    if name in BLOCKED:
        return import_without(name, BLOCKED[name])
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
