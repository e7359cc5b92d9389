"""Trained model artefacts shipped with the package (small: tens of MB at most), read only at run time.

``dhr train ...`` writes the models a user trains to ``<data_dir>/models/<kind>`` (``Settings.trained_model_dir``),
which are then loaded instead of these (``Settings.model_dir``); ``DHR_MODELS_DIR=models`` reads and writes this
folder of a checkout instead, which is how the shipped models are retrained.
"""
