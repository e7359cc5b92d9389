"""classification stage."""
