"""Data files of the classifiers (the agency gazetteer); a package so that they ship with it."""
