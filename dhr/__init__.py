"""Cross-cutting pieces shared by every stage: the domain schema, settings, errors and the CLI."""

__version__ = "0.1.0"
