"""Thematic analysis of the learning library: the dashboard figures (SQL aggregates), the HTML report and `dhr analyse`."""
