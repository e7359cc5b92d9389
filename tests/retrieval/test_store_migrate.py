"""Opening a store whose schema is at head skips alembic (one SELECT of ``alembic_version``); one behind head is
still upgraded, on SQLite and on PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import create_engine, inspect, text

from retrieval.store.core import MIGRATIONS_DIR, StoreCore, _head_revisions
from tests.pg import database_url  # noqa: F401 - fixture: SQLite and PostgreSQL


def _versions(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return {str(v) for v in conn.scalars(text("SELECT version_num FROM alembic_version"))}
    finally:
        engine.dispose()


def test_the_head_read_from_the_scripts_is_alembics_head() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    assert _head_revisions() == frozenset(ScriptDirectory.from_config(cfg).get_heads())


def test_a_store_one_revision_behind_is_upgraded_on_open(database_url: str) -> None:  # noqa: F811
    from alembic import command
    from alembic.config import Config

    StoreCore(database_url).close()
    heads = _head_revisions()
    assert heads is not None and _versions(database_url) == set(heads)
    (head,) = heads
    engine = create_engine(database_url)
    try:
        with engine.begin() as conn:  # take the newest migration back, as a library made before it
            cfg = Config()
            cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "-1")
        assert _versions(database_url) != {head}
        with engine.connect() as conn:
            before = set(inspect(conn).get_table_names())
    finally:
        engine.dispose()
    StoreCore(database_url).close()
    assert _versions(database_url) == {head}
    engine = create_engine(database_url)
    try:
        with engine.connect() as conn:
            assert set(inspect(conn).get_table_names()) > before
    finally:
        engine.dispose()


def test_opening_a_store_at_head_does_not_import_alembic(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'library.sqlite'}"
    StoreCore(url).close()
    code = (
        "import sys\nfrom retrieval.store.core import StoreCore\n"
        f"StoreCore({url!r}).close()\nprint('alembic' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
