"""The SYNTHETIC national demo library: a seeded generator of invented reviews, recommendations and actions for
`dhr demo`, `dhr library demo` and the benchmarks (sits on top, beside the CLI; never imported by a stage)."""
