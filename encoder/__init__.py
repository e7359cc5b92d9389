"""The one sentence encoder every stage shares: all-MiniLM-L6-v2 on onnxruntime (:mod:`encoder.minilm`).

A stage of its own below classification, since both the classifiers and the library's search embed text with
it: one model and one set of vectors per process (:func:`encoder.minilm.shared_encoder`).
"""
