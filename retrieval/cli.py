"""CLI commands of the retrieval package (registered on import by dhr.cli)."""

from __future__ import annotations
