"""LibraryStore: idempotent writes, implementation-update history, corrections, delete, counts, errors.

Every test taking ``store`` runs twice: on SQLite and on a real PostgreSQL server (``tests.pg``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import ValidationError as PydanticValidationError

from dhr.errors import NotFoundError, ValidationError
from dhr.schema.library import CorrectionCreate, ImplementationUpdateCreate, SearchFilters
from retrieval.store import ActionWrite, LibraryStore, RecommendationWrite, ReviewWrite
from tests.pg import database_url, pg_url  # noqa: F401 - fixtures: SQLite and PostgreSQL, PostgreSQL only


def _review(content: str = "a") -> ReviewWrite:
    return ReviewWrite(
        id="rv-1",
        title="DHR A",
        csp="Exampleton CSP",
        year=2020,
        published=True,
        recommendations=[
            RecommendationWrite(
                id="x1",
                text="GPs should ask about abuse",
                agencies=["gp"],
                themes=["training"],
                content_sha=content,
                actions=[ActionWrite(text="Train GPs", status="in_progress")],
            ),
            RecommendationWrite(
                id="x2", text="Police should refer to MARAC", agencies=["police"], content_sha="b"
            ),
        ],
    )


@pytest.fixture
def store(database_url: str) -> Iterator[LibraryStore]:  # noqa: F811 - the imported fixture
    opened = LibraryStore(database_url)
    yield opened
    opened.close()


def test_write_is_idempotent_and_bumps_generation(store: LibraryStore) -> None:
    first = store.write_review(_review())
    assert (first.review_added, first.added) == (True, 2)
    second = store.write_review(_review())
    assert (second.review_added, second.added, second.unchanged) == (False, 0, 2)
    assert store.counts().recommendations == 2
    assert store.generation() == 2


def test_changed_content_updates_in_place_and_keeps_history(store: LibraryStore) -> None:
    store.write_review(_review())
    store.add_implementation_update("x1-a1", ImplementationUpdateCreate(status="completed", author="chair"))
    outcome = store.write_review(_review(content="changed"))
    assert outcome.updated == 1
    action = store.get_action("x1-a1")
    assert action.status == "completed"  # the library's update is not overwritten by re-ingest
    assert len(store.list_implementation_updates("x1-a1")) == 1


def test_implementation_updates_history(store: LibraryStore) -> None:
    store.write_review(_review())
    store.add_implementation_update(
        "x1-a1", ImplementationUpdateCreate(status="abandoned", evidence="no funding", author="a")
    )
    store.add_implementation_update("x1-a1", ImplementationUpdateCreate(quality="not_met", author="b"))
    action = store.get_action("x1-a1")
    assert (action.status, action.quality, action.evidence) == ("abandoned", "not_met", "no funding")
    history = store.list_implementation_updates("x1-a1")
    assert [h.author for h in history] == ["a", "b"]


def test_empty_update_is_refused() -> None:
    with pytest.raises(PydanticValidationError):
        ImplementationUpdateCreate(author="x")


def test_correction_applies_and_is_kept(store: LibraryStore) -> None:
    store.write_review(_review())
    store.add_correction("x2", CorrectionCreate(field="themes", value=["policy"], author="analyst"))
    assert store.get_recommendation("x2").themes == ["policy"]
    assert len(store.filter_vec_ids(SearchFilters(theme="policy")) or ()) == 1
    (corr,) = store.list_corrections("x2")
    assert corr.old_value == [] and corr.new_value == ["policy"]
    # unknown ids are refused by the schema's constrained types, before the store (issue 14 finding 2)
    with pytest.raises(PydanticValidationError, match="themes"):
        CorrectionCreate(field="themes", value=["nonsense"], author="a")
    with pytest.raises(PydanticValidationError, match="unknown agency"):
        CorrectionCreate(field="agencies", value=["nope"], author="a")


def test_delete_removes_everything(store: LibraryStore) -> None:
    store.write_review(_review())
    store.add_implementation_update("x1-a1", ImplementationUpdateCreate(status="completed", author="a"))
    assert store.delete_review("rv-1") == 2
    counts = store.counts()
    assert (counts.reviews, counts.recommendations, counts.actions) == (0, 0, 0)
    with pytest.raises(NotFoundError):
        store.get_recommendation("x1")
    with pytest.raises(NotFoundError):
        store.delete_review("rv-1")


def test_list_get_publish_and_counts(store: LibraryStore) -> None:
    store.write_review(_review())
    page = store.list_reviews(csp="exampleton csp")
    assert page.count == 1 and page.data[0].recommendation_count == 2
    detail = store.get_review("rv-1")
    assert [r.id for r in detail.recommendations] == ["x1", "x2"]
    assert detail.recommendations[0].actions[0].id == "x1-a1"
    assert store.set_published("rv-1", False).published is False
    counts = store.counts()
    assert counts.recommendations_by_agency == {"gp": 1, "police": 1}
    assert counts.actions_by_status == {"in_progress": 1}
    with pytest.raises(ValidationError):
        store.list_reviews(limit=0)
    with pytest.raises(NotFoundError):
        store.get_review("missing")


def test_reopen_keeps_data_and_migrates_once(tmp_path: Path) -> None:
    LibraryStore.open(tmp_path / "lib").write_review(_review())
    again = LibraryStore.open(tmp_path / "lib")
    assert again.counts().recommendations == 2


def test_library_dir_that_is_a_file(tmp_path: Path) -> None:
    from dhr.errors import InputError

    path = tmp_path / "file"
    path.write_text("x")
    with pytest.raises(InputError, match="is a file"):
        LibraryStore.open(path)


def test_list_actions_by_agency_csp_status(store: LibraryStore) -> None:
    store.write_review(_review())
    page = store.list_actions(agency="gp")
    assert page.count == 1 and page.data[0].id == "x1-a1" and page.data[0].recommendation_id == "x1"
    assert store.list_actions(agency="police").count == 0
    assert store.list_actions(csp="exampleton  csp", status="in_progress").count == 1
    assert store.list_actions(status="completed").count == 0
    with pytest.raises(ValidationError):
        store.list_actions(limit=5000)


def test_review_kind_and_death_type_round_trip(store: LibraryStore) -> None:
    store.write_review(_review())
    assert (store.get_review("rv-1").review_kind, store.get_review("rv-1").death_type) == (
        "unknown",
        "unknown",
    )
    store.write_review(_review().model_copy(update={"review_kind": "dardr", "death_type": "suicide"}))
    got = store.get_review("rv-1")
    assert (got.review_kind, got.death_type) == ("dardr", "suicide")
    # a later write that does not know the death type keeps the stored value
    store.write_review(_review(content="changed"))
    assert store.get_review("rv-1").death_type == "suicide"
    with pytest.raises(PydanticValidationError):
        ReviewWrite(id="rv-2", death_type="accident")  # type: ignore[arg-type]


def test_migration_adds_death_type_to_an_existing_library(tmp_path: Path) -> None:
    """A library made before revision 0004 is upgraded in place on open; its reviews read 'unknown'."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine, text

    import retrieval

    url = f"sqlite:///{tmp_path / 'old.db'}"
    cfg = Config()
    cfg.set_main_option("script_location", str(Path(retrieval.__file__).parent / "migrations"))
    cfg.set_main_option("sqlalchemy.url", url)
    command.upgrade(cfg, "0003")
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO reviews (id, title, published, created_at) VALUES ('old', 'Old', 0, '2020-01-01')"
            )
        )
    engine.dispose()
    command.upgrade(cfg, "head")
    engine = create_engine(url)
    with engine.connect() as conn:
        row = conn.execute(text("SELECT review_kind, death_type FROM reviews WHERE id = 'old'")).one()
    engine.dispose()
    assert tuple(row) == ("unknown", "unknown")


def test_agency_action_rows_prefilter_by_agency_and_area(store: LibraryStore) -> None:
    store.write_review(_review())
    assert store.agency_action_rows("gp") == [("x1-a1", "Exampleton CSP", None, True)]
    assert store.agency_action_rows("police") == []  # x2 has no actions
    assert store.agency_action_rows(None, csp="EXAMPLETON   csp")[0][0] == "x1-a1"
    assert store.agency_action_rows("gp", csp="Elsewhere CSP") == []


def test_generations_follow_commits_and_the_text_log_covers_them(store: LibraryStore) -> None:
    store.write_review(_review())
    gen, text_gen = store.generation(), store.text_generation()
    store.add_implementation_update("x1-a1", ImplementationUpdateCreate(status="completed", author="a"))
    assert (store.generation(), store.text_generation()) == (gen + 1, text_gen)  # no text changed
    store.add_correction(
        "x2", CorrectionCreate(field="text", value="Police should refer every case", author="a")
    )
    assert store.text_generation() == text_gen + 1
    changed = store.text_changes_since(text_gen)
    assert changed is not None and len(changed) == 1
    assert store.counters() == (store.generation(), store.text_generation())  # both in one read


def test_migration_keeps_the_keys_of_an_existing_library(tmp_path: Path) -> None:
    """Before revision 0005 the service created ``service_api_keys`` itself; upgrading keeps its rows."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine, text

    import retrieval
    from retrieval.store import keys

    url = f"sqlite:///{tmp_path / 'old.db'}"
    cfg = Config()
    cfg.set_main_option("script_location", str(Path(retrieval.__file__).parent / "migrations"))
    cfg.set_main_option("sqlalchemy.url", url)
    command.upgrade(cfg, "0004")
    engine = create_engine(url)
    with engine.begin() as conn:  # the table as service/keys.py used to create it
        conn.execute(
            text(
                "CREATE TABLE service_api_keys (id VARCHAR(32) PRIMARY KEY, role VARCHAR(16) NOT NULL, "
                "csp VARCHAR(200), agency VARCHAR(100), label VARCHAR(200), salt VARCHAR(64) NOT NULL, "
                "hash VARCHAR(64) NOT NULL, created_at VARCHAR(40) NOT NULL, revoked_at VARCHAR(40))"
            )
        )
        conn.execute(
            text(
                "INSERT INTO service_api_keys VALUES ('k1', 'dac', NULL, NULL, 'old', 's', 'h', "
                "'2026-01-01T00:00:00+00:00', NULL)"
            )
        )
    engine.dispose()
    store = LibraryStore(url)  # upgrades to head on open
    assert [k["id"] for k in keys.list_keys(store.engine)] == ["k1"]
    store.close()


def test_keys_repository_round_trip(store: LibraryStore) -> None:
    from retrieval.store import keys

    row = dict(
        id="k2",
        role="csp",
        csp="Exampleton CSP",
        agency=None,
        label=None,
        salt="s",
        hash="h",
        created_at="2026-01-01T00:00:00+00:00",
        revoked_at=None,
    )
    keys.insert_key(store.engine, row)
    assert keys.get_key(store.engine, "k2") == row
    assert keys.revoke_key(store.engine, "k2", "2026-02-01T00:00:00+00:00")
    assert keys.list_keys(store.engine) == []
    assert keys.list_keys(store.engine, include_revoked=True)[0]["revoked_at"] == "2026-02-01T00:00:00+00:00"
    assert not keys.revoke_key(store.engine, "missing", "now")


def test_migrations_go_down_to_nothing_and_up_again(database_url: str) -> None:  # noqa: F811
    """Every revision's downgrade and upgrade run on the backend (SQLite and PostgreSQL)."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine, inspect

    from retrieval.store import MIGRATIONS_DIR

    LibraryStore(database_url).close()  # to head
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", database_url)
    command.downgrade(cfg, "base")
    engine = create_engine(database_url)
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    engine.dispose()
    store = LibraryStore(database_url)
    store.write_review(_review())
    assert store.counts().recommendations == 2
    store.close()


def test_processes_opening_a_new_postgresql_database_at_once_migrate_it_once(pg_url: str) -> None:  # noqa: F811
    import threading

    errors: list[BaseException] = []
    opened: list[LibraryStore] = []

    def open_store() -> None:
        try:
            opened.append(LibraryStore(pg_url))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=open_store) for _ in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert errors == [] and len(opened) == 4
    opened[0].write_review(_review())
    assert opened[3].counts().recommendations == 2
    for store in opened:
        store.close()
