"""CLI commands of the service package (registered on import by dhr.cli).

``dhr serve``, ``dhr audit verify`` and ``dhr keys create|list|revoke``.
"""

from __future__ import annotations

import json
import math
import os
from pathlib import Path
from typing import Annotated

import typer

from dhr.cli_app import _common, app, audit_app, fail, handle_errors

keys_app = typer.Typer(help="API keys of the service (stored hashed in the library database).", **_common)
app.add_typer(keys_app, name="keys")

LibraryOpt = Annotated[
    Path | None,
    typer.Option("--library", help="Library directory (default: DHR_LIBRARY_DIR or var/library)."),
]


def _settings(library: Path | None):  # type: ignore[no-untyped-def]
    from dhr.settings import get_settings

    settings = get_settings()
    if library is not None:
        settings = settings.model_copy(update={"library_dir": library})
    return settings


@app.command("serve")
@handle_errors
def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port.")] = 8000,
    library: LibraryOpt = None,
    workers: Annotated[int, typer.Option(min=1, help="Worker processes (each loads the models).")] = 1,
    embedding_model: Annotated[
        str,
        typer.Option(help="Search embedding model: all-MiniLM-L6-v2, or 'hash' (light stand-in for tests)."),
    ] = "all-MiniLM-L6-v2",
) -> None:
    """Run the HTTP API (uvicorn). /healthz answers 200 once the models are loaded.

    With --workers N, N processes share the port (each loads the models and holds its own copy of the search
    indexes, so memory grows N times); per-key rate limits and extraction slots are divided between them.
    """
    import uvicorn

    settings = _settings(library)
    if library is not None and library.exists() and not library.is_dir():
        raise fail(f"--library {str(library)!r} is a file, not a directory")
    if workers == 1:
        from retrieval.embeddings import default_encoder
        from service.app import create_app

        encoder = default_encoder(embedding_model)
        uvicorn.run(create_app(settings, encoder=encoder), host=host, port=port, log_level="warning")
        return
    _prepare_library(settings)
    # Worker processes build their settings from the environment: pass what this command was told. Rate limits
    # are divided between them, except on PostgreSQL, where the workers count in shared buckets (issue 16).
    shares = 1 if (settings.database_url or "").startswith("postgresql") else workers
    os.environ.update(
        {
            "DHR_LIBRARY_DIR": str(settings.library_dir),
            "DHR_EMBEDDING_MODEL": embedding_model,
            "DHR_API_RATE_PER_S": str(settings.api_rate_per_s / shares),
            "DHR_API_RATE_BURST": str(max(1, math.ceil(settings.api_rate_burst / shares))),
            "DHR_API_EXTRACT_WORKERS": str(max(1, math.ceil(settings.api_extract_workers / workers))),
            "DHR_API_AUTH_FAIL_PER_S": str(settings.api_auth_fail_per_s / shares),
            "DHR_API_AUTH_FAIL_BURST": str(max(1, math.ceil(settings.api_auth_fail_burst / shares))),
            "DHR_API_AUTH_FAIL_GLOBAL_PER_S": str(settings.api_auth_fail_global_per_s / shares),
            "DHR_API_AUTH_FAIL_GLOBAL_BURST": str(
                max(1, math.ceil(settings.api_auth_fail_global_burst / shares))
            ),
        }
    )
    uvicorn.run(
        "service.app:create_app_from_env",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="warning",
    )


def _prepare_library(settings) -> None:  # type: ignore[no-untyped-def]
    """Create or migrate the database once, before worker processes start and would race to do it."""
    from retrieval.store import LibraryStore
    from service.keys import KeyStore

    store = LibraryStore.open(settings.library_dir, settings.database_url)
    try:
        KeyStore.from_engine(store.engine)
    finally:
        store.close()


@audit_app.command("verify")
def audit_verify(library: LibraryOpt = None) -> None:
    """Check the audit log's hash chain; exit 1 naming the first bad line when a line was edited or removed."""
    from service.audit import verify

    settings = _settings(library)
    directory = Path(settings.library_dir)
    if directory.exists() and not directory.is_dir():
        raise fail(f"library {str(directory)!r} is a file, not a directory")
    if (settings.database_url or "").startswith("postgresql"):  # the chain is in the database (issue 16)
        from retrieval.store import LibraryStore
        from service.audit import verify_database

        store = LibraryStore(settings.database_url)
        try:
            result = verify_database(store.engine, directory, settings.audit_key_path)
        finally:
            store.close()
    else:
        result = verify(directory, settings.audit_key_path)
    if not result.ok:
        raise fail(f"audit log FAILED verification: {result.message}", code=1)
    print(f"ok: {result.message}")


@audit_app.command("show")
def audit_show(library: LibraryOpt = None, last: Annotated[int, typer.Option(min=1)] = 20) -> None:
    """Print the last entries of the audit log (JSON lines)."""
    from service.audit import AuditLog

    settings = _settings(library)
    store = None
    if (settings.database_url or "").startswith("postgresql"):  # the chain is in the database (issue 16)
        from retrieval.store import LibraryStore

        store = LibraryStore(settings.database_url)
    log = AuditLog(
        Path(settings.library_dir), settings.audit_key_path, engine=store.engine if store else None
    )
    entries = list(log.entries())[-last:]
    if store is not None:
        store.close()
    for entry in entries:
        print(entry.model_dump_json())


def _key_store(library: Path | None):  # type: ignore[no-untyped-def]
    from retrieval.store import LibraryStore
    from service.keys import KeyStore

    settings = _settings(library)
    store = LibraryStore.open(Path(settings.library_dir), settings.database_url)
    return settings, KeyStore.from_engine(store.engine)


@keys_app.command("create")
@handle_errors
def keys_create(
    role: Annotated[str, typer.Option(help="csp, partner, chair, dac or admin.")],
    csp: Annotated[str | None, typer.Option(help="The CSP a csp key acts for.")] = None,
    agency: Annotated[str | None, typer.Option(help="The agency id a partner key acts for.")] = None,
    label: Annotated[str | None, typer.Option(help="Who the key is for.")] = None,
    library: LibraryOpt = None,
) -> None:
    """Create an API key and print it (JSON; the secret is shown this once)."""
    from pydantic import ValidationError as PydanticValidationError

    from dhr.schema.service import ApiKeyCreate
    from service.audit import AuditLog

    try:
        spec = ApiKeyCreate(role=role, csp=csp, agency=agency, label=label)  # type: ignore[arg-type]
    except PydanticValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise fail(f"{where + ': ' if where else ''}{first['msg']}") from None
    from service.keys import new_key_id

    settings, keys = _key_store(library)
    key_id = new_key_id()
    audit = AuditLog(Path(settings.library_dir), settings.audit_key_path, engine=keys.engine)
    with audit.recording(  # the entry commits with the key, or neither does
        actor="cli", role="admin", action="key.create", target=f"key:{key_id}", details={"role": spec.role}
    ):
        created = keys.create(spec, key_id)
    print(created.model_dump_json(indent=2))


@keys_app.command("list")
@handle_errors
def keys_list(
    library: LibraryOpt = None, revoked: Annotated[bool, typer.Option(help="Include revoked.")] = False
) -> None:
    """List keys (never their secrets)."""
    _, keys = _key_store(library)
    print(json.dumps([k.model_dump() for k in keys.list(include_revoked=revoked)], indent=2))


@keys_app.command("revoke")
@handle_errors
def keys_revoke(
    key_id: Annotated[str, typer.Argument(help="The key's id.")], library: LibraryOpt = None
) -> None:
    """Revoke a key."""
    from service.audit import AuditLog

    settings, keys = _key_store(library)
    audit = AuditLog(Path(settings.library_dir), settings.audit_key_path, engine=keys.engine)
    with audit.recording(  # the entry commits with the revocation, or neither does
        actor="cli", role="admin", action="key.revoke", target=f"key:{key_id}"
    ):
        revoked = keys.revoke(key_id)
    print(revoked.model_dump_json(indent=2))
