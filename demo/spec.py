"""What the demo generator makes: :class:`DemoSpec` (same spec and seed, same library) and the meta flags it
writes into a synthetic library."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from dhr.errors import InputError

#: Bump when the generator's output changes, so an old demo library is rebuilt rather than reused.
GENERATOR_VERSION = 3


def default_demo_dir() -> Path:
    """Where the demo library is built by default: ``demo-library`` in the data directory (``DHR_DATA_DIR``)."""
    from dhr.settings import get_settings

    return get_settings().data_dir / "demo-library"


SYNTHETIC_PREFIX = "SYN-"


@dataclass(frozen=True)
class DemoSpec:
    """What to generate; the same spec and seed give the same library."""

    csps: int = 300
    years: int = 5
    first_year: int = 2021
    reviews_per_csp_year: float = 5.7
    seed: int = 2025

    def check(self) -> DemoSpec:
        if not 1 <= self.csps <= 5000:
            raise InputError(f"csps must be between 1 and 5000, got {self.csps}")
        if not 1 <= self.years <= 30:
            raise InputError(f"years must be between 1 and 30, got {self.years}")
        if not 0 < self.reviews_per_csp_year <= 100:
            raise InputError(f"reviews per CSP a year must be in (0, 100], got {self.reviews_per_csp_year}")
        if not 1990 <= self.first_year <= 2100:
            raise InputError(f"first year must be between 1990 and 2100, got {self.first_year}")
        return self

    def meta(self) -> dict[str, int]:
        return {
            "synthetic": 1,
            "demo_generator": GENERATOR_VERSION,
            "demo_seed": self.seed,
            "demo_csps": self.csps,
            "demo_years": self.years,
            "demo_first_year": self.first_year,
            "demo_rate_milli": round(self.reviews_per_csp_year * 1000),
        }
