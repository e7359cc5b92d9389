"""Help for those drafting recommendations: a SMART check of a draft and similar recommendations from other
areas (a stage above retrieval). The department routing of national recommendations is library data, written on
every write: ``retrieval/routing.py``."""
