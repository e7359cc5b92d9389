from tests.fixtures.reports import synthetic_corpus, synthetic_report_pdf  # noqa: F401  (registers fixtures)
