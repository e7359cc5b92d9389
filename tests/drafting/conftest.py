"""The drafting tests use the library fixtures of tests/retrieval (a library on the deterministic hash encoder)."""

from tests.retrieval.conftest import lib, lib_loaded, lib_records, lib_settings  # noqa: F401
