"""CLI commands of the service package (registered on import by dhr.cli)."""

from __future__ import annotations
