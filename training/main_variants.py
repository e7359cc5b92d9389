"""Main-theme deciders compared on the same outputs: the shipped guide order and simpler, sturdier readings.

The main theme the classifier gives is the guide's order (``classification.main_theme.decide_main``): the
mechanism the directive names, else the substance the ask's cues name, else the main-theme model. Its cues were
fixed on real train + dev and the own-words sets, so CV over real train + dev and the fixed-against sets read
it high. These variants read the same outputs more simply, so ``training.theme_cv`` and ``training.theme_blind
--settings`` can put them side by side:

- ``model``: the main-theme model alone (a check's best substance theme);
- ``mechanism_rule``: the guide's explicit mechanisms (training, awareness raising, policy, technology) from the
  directive cues, else the model;
- ``guide_order``: the mechanism, else the ask's substance cue, else the model, with no model support asked;
- ``decider``: the calibrated decider (what ships);
- ``prototype``: the theme whose guide prototype (``classification.theme_prototypes``) is nearest the ask's
  embedding; ``mechanism_prototype``: the mechanism rule, else that prototype;
- ``prior``: the commonest main theme of the fitting data; ``mechanism_prior``: the mechanism rule, else it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np

from classification.main_theme import MECHANISMS, MODEL_MARGIN, decide_main

if TYPE_CHECKING:
    from training.real_themes import ThemeOutputs


def _best(order: list[str], check: bool) -> str:
    """The first theme of ``order``; for a check, the first substance theme (the guide: a check takes the theme
    of the practice it checks)."""
    return next((t for t in order if t not in MECHANISMS), order[0]) if check else order[0]


def variant_picks(
    out: ThemeOutputs,
    setting: dict[str, Any],
    ask_emb: np.ndarray | None = None,
    prototypes: np.ndarray | None = None,
    labels: list[str] | None = None,
    prior: str = "policy",
) -> dict[str, list[str]]:
    """Per decider, the main theme it gives each row of ``out``; ``setting`` is the calibration (mechanism rule,
    ``mechanism_min``, ``substance_min``); the prototype deciders need the asks' embeddings, the prototype rows and
    their ``labels``."""
    picks: dict[str, list[str]] = {}
    mm = float(setting.get("mechanism_min", 0.0))
    for n in range(out.main.shape[0]):
        check = bool(out.check and out.check[n])
        common = {
            "text": "",
            "directive": out.directive[n],
            "proba": out.main[n],
            "classes": out.main_classes,
            "substance": out.substance[n] if out.substance else None,
            "check": check,
            "displaced": out.displaced[n] if out.displaced else None,
        }
        row = {
            "model": decide_main(**common, mechanism_rule=False),
            "mechanism_rule": decide_main(**common, mechanism_min=mm),
            "guide_order": decide_main(**common, mechanism_min=mm, substance_min=0.0),
            "decider": decide_main(
                **common,
                mechanism_rule=bool(setting.get("mechanism_rule", True)),
                mechanism_min=mm,
                substance_min=setting.get("substance_min"),
                model_margin=setting.get("model_margin", MODEL_MARGIN),
            ),
        }
        # the mechanism the guide names, when the rule settles it (not a check, not displaced by a substance)
        d = out.directive[n]
        mech = d if d in MECHANISMS and not check else None
        if ask_emb is not None and prototypes is not None and labels is not None:
            sims = np.asarray(prototypes, dtype=np.float64) @ np.asarray(ask_emb[n], dtype=np.float64)
            proto = _best([labels[j] for j in np.argsort(-sims)], check)
            row["prototype"] = proto
            row["mechanism_prototype"] = mech or proto
        row["prior"] = prior
        row["mechanism_prior"] = mech or prior
        for k, v in row.items():
            picks.setdefault(k, []).append(v)
    return picks
