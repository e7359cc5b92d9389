"""Build ``train.jsonl`` / ``test.jsonl`` from the hand-written items and the template families.

Run ``python -m annotations.classification.build`` (deterministic: fixed seed). Hand-written items
(``source/handwritten.psv``) are split by a hash of their text; template items for the test split use action
phrasings and agency spellings that never appear in train, so the test split is not a paraphrase of train.
The vocabulary the template families draw from is data in ``vocab.py``.
"""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path

from annotations.classification.vocab import (
    CONSULT_TRAPS,
    LEADINS,
    LOCAL_ACTIONS,
    MODALS,
    NATIONAL,
    NATIONAL_SUBJECTS,
    PARTNERS,
    PASSIVE,
    REGIONAL_PHRASES,
    SUBJECTS,
    Subject,
)

HERE = Path(__file__).resolve().parent
SEED = 20261126


def _item(
    text: str,
    context: str | None,
    agencies: list[str],
    level: str,
    themes: str,
    dept: str | None,
    source: str,
) -> dict:
    return {
        "text": text,
        "context": context,
        "agencies": agencies,
        "level": level,
        "themes": themes.split(","),
        "department": dept,
        "source": source,
    }


def _sentence(subject: Subject, action: str, rng: random.Random, allow_leadin: bool = True) -> str:
    leadin = rng.choice(LEADINS) if allow_leadin else ""
    if leadin.startswith(("It is", "The panel")):
        return f"{leadin}{subject.surface[0].lower() + subject.surface[1:] if subject.surface.startswith('The ') else subject.surface} {action}."
    modal = rng.choice(MODALS)
    verb = f"{modal} {action}" if modal != "is asked to" or not subject.plural else f"are asked to {action}"
    if subject.plural:
        verb = verb.replace("its ", "their ").replace("needs to", "need to")
    return f"{leadin}{subject.surface} {verb}."


def _templates(split: int, rng: random.Random, n_target: int) -> list[dict]:
    out: list[dict] = []
    groups = list(SUBJECTS)
    local_actions = LOCAL_ACTIONS[split]
    # 1. single addressee, local/regional
    for _ in range(n_target // 2):
        g = rng.choice(groups)
        subj = rng.choice(SUBJECTS[g][split])
        action, themes = rng.choice(local_actions)
        level = "regional" if subj.regional else "local"
        if g == "police" and rng.random() < 0.2:
            action = f"{action} {rng.choice(REGIONAL_PHRASES[:1])}"
            level = "regional"
        out.append(
            _item(
                _sentence(subj, action, rng),
                None,
                list(subj.agencies),
                level,
                themes,
                None,
                f"template-single-{g}#{_key(action)}",
            )
        )
    # 2. joint subjects
    for _ in range(n_target // 8):
        g1, g2 = rng.sample(groups, 2)
        s1, s2 = rng.choice(SUBJECTS[g1][split]), rng.choice(SUBJECTS[g2][split])
        if set(s1.agencies) & set(s2.agencies):
            continue
        action, themes = rng.choice(local_actions)
        lower_first = s2.surface.split()[0] in {
            "The",
            "All",
            "Partners",
            "Schools",
            "Academies",
            "Health",
            "Mental",
            "Maternity",
            "Primary",
            "General",
        }
        s2s = s2.surface[0].lower() + s2.surface[1:] if lower_first else s2.surface
        text = f"{s1.surface} and {s2s} should {action.replace('its ', 'their ')}."
        level = "regional" if (s1.regional or s2.regional) else "local"
        out.append(
            _item(
                text,
                None,
                list(s1.agencies + s2.agencies),
                level,
                themes,
                None,
                f"template-joint#{_key(action)}",
            )
        )
    # 3. consult / partner traps
    for _ in range(n_target // 8):
        g = rng.choice(groups)
        subj = rng.choice(SUBJECTS[g][split])
        partner, pid = rng.choice(PARTNERS)
        if pid in subj.agencies:
            continue
        action, themes = rng.choice(local_actions)
        trap, where = rng.choice(CONSULT_TRAPS)
        trap = trap.format(p=partner)
        if where == "before":
            text = f"{trap[0].upper() + trap[1:]}, {subj.surface[0].lower() + subj.surface[1:] if subj.surface.startswith('The ') else subj.surface} should {action}."
        elif where == "mid":
            text = f"{subj.surface}, {trap}, should {action}."
        else:
            text = f"{subj.surface} should {action} {trap}."
        level = "regional" if subj.regional else "local"
        if pid == "home_office" and where == "after":
            continue
        out.append(
            _item(text, None, list(subj.agencies), level, themes, None, f"template-consult#{_key(action)}")
        )
    # 4. passive with a heading
    for _ in range(n_target // 8):
        g = rng.choice(groups)
        subj = rng.choice(SUBJECTS[g][split])
        text, themes = rng.choice(PASSIVE[split])
        style = rng.choice(["plain", "lead", "tag"])
        name = subj.surface[4:] if subj.surface.startswith("The ") else subj.surface
        context = {"plain": name, "lead": f"Lead Agency: {name}", "tag": f"{rng.randint(1, 14)} ({name})"}[
            style
        ]
        level = "regional" if subj.regional else "local"
        out.append(
            _item(text, context, list(subj.agencies), level, themes, None, f"template-passive#{_key(text)}")
        )
    # 5. national, incl. misaddressed
    for _ in range(n_target // 5):
        surface, agency, named = rng.choice(NATIONAL_SUBJECTS[split])
        action, themes, dept = rng.choice(NATIONAL[split])
        modal = rng.choice(["should", "to", "must", "should"])
        agencies = [agency]
        if rng.random() < 0.25:
            text = f"The CSP should write to {surface[0].lower() + surface[1:] if surface.startswith('The ') else surface} asking it to {action}."
            agencies = ["community_safety_partnership"]
        else:
            text = f"{surface} {modal} {action}."
        out.append(_item(text, None, agencies, "national", themes, dept, f"template-national#{_key(action)}"))
    return out


def _key(phrase: str) -> str:
    """The template group of an item (its action phrasing): validation splits keep groups together."""
    return "-".join(phrase.lower().split()[:4])


def _dedupe(items: list[dict]) -> list[dict]:
    seen: set[str] = set()
    out = []
    for it in items:
        key = " ".join(it["text"].lower().split()) + "|" + (it["context"] or "")
        if key not in seen:
            seen.add(key)
            out.append(it)
    return out


def load_handwritten(path: Path | None = None) -> list[dict]:
    items = []
    for line in (path or HERE / "source" / "handwritten.psv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, ctx, ags, level, themes, dept = (p.strip() for p in line.split(" | "))
        items.append(
            _item(
                text,
                None if ctx == "-" else ctx,
                ags.split(","),
                level,
                themes,
                None if dept == "-" else dept,
                "handwritten",
            )
        )
    return items


def build() -> tuple[list[dict], list[dict]]:
    rng = random.Random(SEED)
    hand = load_handwritten()
    train, test = [], []
    for it in hand:
        h = int(hashlib.sha256(it["text"].encode()).hexdigest(), 16) % 100
        (test if h < 30 else train).append(it)
    train += _templates(0, rng, 300)
    extra = HERE / "source" / "extra_train.psv"
    if extra.exists():  # train-only hand-written items (confusable themes): never hashed into test
        train += load_handwritten(extra)
    test += _templates(1, rng, 110)
    train, test = _dedupe(train), _dedupe(test)
    test_keys = {t["text"].lower() for t in test}
    train = [t for t in train if t["text"].lower() not in test_keys]
    for prefix, items in (("tr", train), ("te", test)):
        for i, it in enumerate(items, 1):
            it["id"] = f"{prefix}{i:04d}"
    return train, test


def write() -> None:
    train, test = build()
    for name, items in (("train.jsonl", train), ("test.jsonl", test)):
        with (HERE / name).open("w", encoding="utf-8") as fh:
            for it in items:
                row = {"id": it["id"], **{k: v for k, v in it.items() if k != "id"}}
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    write()
