"""Trained model artefacts shipped with the package (small: tens of MB at most).

Larger artefacts are rebuilt by ``dhr train ...``; ``dhr.settings.Settings.models_dir`` points here by default.
"""
