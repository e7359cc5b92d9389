"""Help for those drafting and routing recommendations: a SMART check of a draft, similar recommendations from
other areas, and the department routing of national recommendations (a stage above retrieval)."""
