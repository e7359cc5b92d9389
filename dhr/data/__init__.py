"""Data files of the core (the taxonomy and its mappings), read by ``dhr/taxonomy.py``."""
