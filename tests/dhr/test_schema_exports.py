"""dhr.schema re-exports its submodules' models lazily: the lazy table must match the typed imports, every
exported name must resolve, and importing one submodule must not build the others' models."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import dhr.schema as schema

INIT = Path(schema.__file__)


def _typed_imports() -> dict[str, tuple[str, ...]]:
    """The ``if TYPE_CHECKING:`` imports of dhr/schema/__init__.py, per submodule."""
    tree = ast.parse(INIT.read_text(encoding="utf-8"))
    block = next(n for n in tree.body if isinstance(n, ast.If))
    return {
        node.module.rsplit(".", 1)[1]: tuple(alias.name for alias in node.names)
        for node in block.body
        if isinstance(node, ast.ImportFrom) and node.module
    }


def test_lazy_table_matches_the_typed_imports_and_all() -> None:
    assert _typed_imports() == schema._EXPORTS
    assert sorted(schema.__all__) == sorted(schema._MODULE_OF)


def test_every_exported_name_resolves_to_its_submodules_object() -> None:
    import importlib

    for name, module in schema._MODULE_OF.items():
        assert getattr(schema, name) is getattr(importlib.import_module(f"dhr.schema.{module}"), name)
    assert schema.library.SearchHit is schema.SearchHit  # submodules stay reachable as attributes


def test_an_unknown_name_is_an_attribute_error() -> None:
    try:
        schema.NoSuchModel  # noqa: B018
    except AttributeError as exc:
        assert "NoSuchModel" in str(exc)
    else:
        raise AssertionError("no AttributeError")


def test_the_library_models_load_without_the_service_or_extraction_models() -> None:
    code = (
        "import sys\nfrom dhr.schema import SearchFilters, Level\n"
        "print(sorted(m for m in sys.modules if m.startswith('dhr.schema.')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "dhr.schema.library" in out
    assert "dhr.schema.service" not in out and "dhr.schema.extraction" not in out
