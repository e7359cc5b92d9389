"""One settings object, read from the environment (prefix ``DHR_``) in one place.

Everything configurable lives here: limits on input documents, where the library and the models are, the
mlflow tracking store. ``get_settings()`` caches the object; tests build their own ``Settings(...)``.

Everything the program writes at run time goes under one data directory (``DHR_DATA_DIR``, default the user's
data folder, e.g. ``~/.local/share/dhr-learning``): the library (and its corrections and audit log), models the
user trains, mlflow runs, the audit key and the demo's outputs. Each has its own override (``DHR_LIBRARY_DIR``,
...). Nothing is ever written inside the installed package (``tests/dhr/test_install.py`` checks it).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent


def _bundled_models_dir() -> Path:
    """The models shipped inside the package (read only)."""
    import models

    return Path(models.__file__).resolve().parent


def _default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("dhr-learning", appauthor=False))


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="DHR_", extra="ignore")

    # --- input limits (extraction, API uploads) ---
    max_pages: int = Field(default=1000, ge=1, description="Documents with more pages are refused.")
    max_file_mb: float = Field(default=100.0, gt=0, description="Files larger than this are refused.")
    per_file_timeout_s: float = Field(default=120.0, gt=0, description="Bulk mode: per-file time limit.")
    # A DOCX is a ZIP: a small upload can unpack to a huge XML tree (python-docx holds it all in memory, ~10x the
    # XML), so its text parts and paragraphs are bounded before parsing. A 1,000-page report has ~5 MB of XML.
    max_docx_xml_mb: float = Field(
        default=20.0, gt=0, description="A .docx whose XML parts unpack to more than this is refused."
    )
    max_docx_paragraphs: int = Field(
        default=100_000, ge=1, description="A .docx with more paragraphs than this is refused."
    )
    ocr: Literal["auto", "off"] = Field(
        default="auto",
        description="Scanned PDF pages (images, no text layer): 'auto' = read them by OCR (rapidocr, offline), "
        "'off' = refuse a scanned PDF with a 'no text layer' error.",
    )
    ocr_max_pages: int = Field(
        default=200, ge=1, description="A PDF with more scanned (image-only) pages than this is refused."
    )
    ocr_dpi: int = Field(
        default=200, ge=72, le=400, description="Resolution scanned pages are read at by OCR."
    )

    # --- locations ---
    data_dir: Path = Field(
        default_factory=_default_data_dir,
        description="Everything written at run time goes under it unless its own setting says otherwise.",
    )
    library_dir: Path = Field(
        default_factory=lambda data: data["data_dir"] / "library",
        description="Library store and index directory (default <data_dir>/library).",
    )
    database_url: str | None = Field(
        default=None,
        description="Library database URL (e.g. postgresql+psycopg://...); default: SQLite file in library_dir.",
    )
    index_exact_max: int = Field(
        default=50_000, ge=1, description="Library sizes up to this use exact (flat) search; IVF above."
    )
    embedding_model: str = Field(
        default="all-MiniLM-L6-v2",
        description="Library embeddings: 'all-MiniLM-L6-v2', or 'hash' (tests only).",
    )
    embedding_adapter: str = Field(
        default="auto",
        description="Search adapter on top of MiniLM (dhr train embeddings): 'auto' = "
        "adapter.npz of Settings.model_dir('embeddings') (the trained one, else the shipped) when present, 'none' = "
        "stock model, or a path.",
    )
    query_precision: Literal["auto", "fp32", "int8", "mixed"] = Field(
        default="auto",
        description="Search queries' MiniLM (onnxruntime) weights: 'fp32'; 'mixed' (int8 but the FFN "
        "down-projections, ~2x less CPU); 'int8' (all int8, ~3x less CPU, less exact); or 'auto' "
        "(encoder.minilm.AUTO_QUERY_PRECISION, chosen by measured Recall@10). Documents are always fp32.",
    )
    models_dir: Path = Field(
        default_factory=_bundled_models_dir,
        description="Models to load and where `dhr train` writes when set; default: per model, the one the user "
        "trained (<data_dir>/models/<kind>) when present, else the one shipped in the package.",
    )
    corrections_path: Path | None = Field(
        default=None,
        description="Where label corrections made through the API (and `dhr annotate`) are appended; default: "
        "corrections.jsonl in library_dir (never inside the installed package).",
    )
    mlflow_tracking_uri: str = Field(
        default_factory=lambda data: f"sqlite:///{data['data_dir'] / 'mlflow' / 'mlflow.db'}",
        description="mlflow store of `dhr train` and `dhr evaluate` runs (default sqlite in <data_dir>/mlflow).",
    )

    # --- service (API) ---
    admin_key: SecretStr | None = Field(default=None, description="Bootstrap admin API key (DHR_ADMIN_KEY).")
    audit_key_path: Path = Field(
        default_factory=lambda data: data["data_dir"] / "keys" / "audit.key",
        description="Key of the audit log's keyed hashes (HMAC-SHA256), created (mode 0600) on first use. Kept "
        "outside the library folder (refused inside it), so whoever can edit the library cannot re-forge the log.",
    )
    api_timeout_s: float = Field(default=30.0, gt=0, description="API: time limit for extracting one upload.")
    api_extract_workers: int = Field(default=2, ge=1, description="API: extractions run at once (threads).")
    api_blocking_workers: int = Field(
        default=2, ge=1, description="API: CSV imports and sheet exports run at once (threads; 503 beyond)."
    )
    api_max_body_mb: float = Field(
        default=105.0, gt=0, description="API: largest request body of a file upload (extract, CSV import)."
    )
    # Background jobs (service/jobs.py): uploads over these sizes answer 202 with a job to poll.
    api_job_extract_min_mb: float = Field(
        default=5.0, ge=0, description="API: extraction uploads over this size run as background jobs (202)."
    )
    api_job_import_min_mb: float = Field(
        default=1.0, ge=0, description="API: CSV imports over this size run as background jobs (202)."
    )
    api_job_workers: int = Field(default=1, ge=1, description="API: background jobs run at once per process.")
    api_job_queue_max: int = Field(default=100, ge=1, description="API: queued jobs at most (503 beyond).")
    api_job_timeout_s: float = Field(
        default=900.0, gt=0, description="API: time limit of one background job."
    )
    api_job_stale_s: float = Field(
        default=60.0, gt=0, description="API: a running job without a heartbeat this long is re-queued."
    )
    api_job_max_attempts: int = Field(
        default=2, ge=1, description="API: runs of a job interrupted by a stopped process before it fails."
    )
    # Every other route takes JSON: a draft of a long report is a few hundred KB, and a few MB of JSON is
    # already a million objects to validate (issue 14), so these bodies are refused before parsing.
    api_max_json_mb: float = Field(default=2.0, gt=0, description="API: largest JSON request body accepted.")
    api_rate_per_s: float = Field(
        default=50.0, ge=0, description="API: requests per second per key (0 = off)."
    )
    api_rate_burst: int = Field(default=200, ge=1, description="API: token-bucket burst per key.")
    # A verified API key is trusted this long without reading its row again (service/keys.py): the bound on how
    # long another API process on the same database may still accept a key revoked through one.
    api_key_cache_s: float = Field(
        default=1.0, ge=0, le=60, description="API: seconds a verified key is trusted unread (0 = never)."
    )
    # Failed authentication is throttled before the key lookup, per client address and for the whole process,
    # so guessing keys costs the attacker time and the key store nothing (0 = off).
    api_auth_fail_per_s: float = Field(
        default=1.0, ge=0, description="API: failed authentications per second per client address."
    )
    api_auth_fail_burst: int = Field(
        default=20, ge=1, description="API: failed-authentication burst per address."
    )
    api_auth_fail_global_per_s: float = Field(
        default=50.0, ge=0, description="API: failed authentications per second from all addresses together."
    )
    api_auth_fail_global_burst: int = Field(
        default=500, ge=1, description="API: failed-authentication burst from all addresses together."
    )

    # --- runtime ---
    debug: bool = Field(
        default=False, description="Show tracebacks for unexpected errors (development only)."
    )

    @property
    def corrections_file(self) -> Path:
        """The corrections file: ``corrections_path``, else the library's data folder."""
        return self.corrections_path or self.library_dir / "corrections.jsonl"

    def model_dir(self, kind: str) -> Path:
        """Where to load the ``kind`` models from ("classifiers", "embeddings", "encoder"): ``models_dir`` when
        set; else the user's trained ones (``<data_dir>/models/<kind>``) when present, else the shipped ones."""
        if "models_dir" in self.model_fields_set:
            return self.models_dir / kind
        trained = self.trained_model_dir(kind)
        return trained if trained.is_dir() and any(trained.iterdir()) else self.models_dir / kind

    def trained_model_dir(self, kind: str) -> Path:
        """Where `dhr train` writes ``kind`` models: ``models_dir`` when set, else ``<data_dir>/models/<kind>``
        (never into the installed package)."""
        if "models_dir" in self.model_fields_set:
            return self.models_dir / kind
        return self.data_dir / "models" / kind


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
