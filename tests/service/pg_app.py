"""The app as the two-process test starts it (``uvicorn tests.service.pg_app:create --factory``): settings from
the environment (the shared PostgreSQL URL among them), the hash encoder and the fake extractor, so a process
starts in seconds without models."""

from __future__ import annotations

from fastapi import FastAPI


def create() -> FastAPI:
    from dhr.settings import get_settings
    from retrieval.embeddings import HashEncoder
    from service.app import create_app
    from tests.service.conftest import FakeExtractor

    get_settings.cache_clear()
    return create_app(get_settings(), extractor=FakeExtractor(), encoder=HashEncoder())  # type: ignore[arg-type]
