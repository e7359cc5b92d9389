"""Theme prototypes (classification/theme_prototypes.py): the guide's definitions as embedding features."""

import numpy as np

from classification.rules import THEMES
from classification.theme_prototypes import THEME_PHRASES, build_prototypes, theme_embedding_block


def _fake_encode(texts):
    # a deterministic stand-in for MiniLM: one unit vector per text from its hash
    out = []
    for t in texts:
        v = np.random.default_rng(abs(hash(t)) % (2**32)).normal(size=8)
        out.append(v / np.linalg.norm(v))
    return np.array(out, dtype=np.float32)


def test_every_theme_has_phrases_and_one_unit_prototype():
    assert set(THEME_PHRASES) == set(THEMES)
    protos = build_prototypes(list(THEMES), _fake_encode)
    assert protos.shape == (len(THEMES), 8)
    assert np.allclose(np.linalg.norm(protos, axis=1), 1.0, atol=1e-5)


def test_the_embedding_block_adds_the_cosines_only_when_the_task_has_prototypes():
    emb = _fake_encode(["a recommendation", "another one"])
    assert theme_embedding_block(emb, {"emb_weight": 1.0}) is emb
    protos = build_prototypes(list(THEMES), _fake_encode)
    task = {
        "emb_weight": 0.5,
        "prototypes": protos,
        "proto_weight": 2.0,
        "proto_centre": np.zeros(len(THEMES)),
    }
    block = theme_embedding_block(emb, task)
    assert block.shape == (2, 8 + len(THEMES))
    # hybrid_matrix multiplies the block by emb_weight: the cosines come out times proto_weight
    assert np.allclose(block[:, 8:] * 0.5, (emb @ protos.T) * 2.0, atol=1e-5)
    assert theme_embedding_block(emb[:0], task).shape[0] == 0
