"""Does the main-theme choice hold when a recommendation is set out as real reports set it out? A metamorphic check.

Real reports wrap the same ask in a number or label, a heading or the lead agency's name, a lead-in ("It is
recommended that"), a second body beside the addressee, a sentence of rationale before it or a timescale after it, or word it as an action plan does
("will"); none of these changes the main theme the labelling guide gives (the ask's
mechanism or substance), so the gold stays and any change in the decision is the cue code reading the wrapping
instead of the ask. The items are those of ``python -m training.main_choice`` (real train + dev held out by CSP,
each own-words set of :data:`training.main_choice.SETS` held out by set, real dev fitted on train), with the model
outputs of its cached ``base`` fit (the model's own reading of the wrapped text is not refitted: what is measured is
the text-read part, the directive, check, substance and displacement cues, over the same probabilities).

    python -m training.theme_perturb [--flips]

Prints right / total per evidence and variant; ``--flips`` lists the items whose decision a variant changes. Run
``python -m training.main_choice --only base`` first when its cache is missing.
"""

from __future__ import annotations

import argparse
import io
import pickle
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from training import main_choice


def _lower_first(text: str) -> str:
    """``text`` as it reads after "recommends that": an acronym ("NHS England", "GP practices") keeps its case."""
    return text[0].lower() + text[1:] if text[:2].isalpha() and not text[:2].isupper() else text


#: Sentences of rationale that DHR reports put before an ask; none names a theme's mechanism or substance.
RATIONALE = (
    "The review found that this was not done consistently in this case.",
    "Agencies did not always act on what they knew about the victim.",
    "The panel heard that practice varied between teams.",
)
#: What reports put after an ask: when it is due and who hears of it (no theme of its own).
AFTER = (
    "This should be completed within six months and progress reported to the Partnership.",
    "Progress should be reported to the CSP within six months.",
)

#: The ask's modal, as an action plan words it ("The Trust will ...").
_SHOULD = re.compile(r"\bshould\b")
#: An active ask's subject, up to its modal ("The Trust should", "GP practices to").
_SUBJECT = re.compile(r"^(?P<s>(?:The|the)\s[^,;:.]{2,80}?)\s+(?=(?:should|must|will|to)\s+(?!be\b)[a-z])")


def _joint(body: str, text: str) -> str:
    """``text`` with ``body`` asked beside its subject ("The Trust should ..." -> "<body> and the Trust should
    ..."); a text with no active subject first is left as written."""
    m = _SUBJECT.match(text)
    return text if m is None else f"{body} and {_lower_first(m.group('s'))}{text[m.end('s') :]}"


#: A second sentence: a lead-in goes before the ask, and an item with rationale first has its ask further on.
_SENTENCES = re.compile(r"[.;:]\s+(?=[A-Z])")


def _recommends(lead: str) -> Callable[[str], str]:
    """``lead`` put before a one-sentence item (a longer one is left as written: its ask may not come first)."""
    return lambda t: t if _SENTENCES.search(t.strip()) else lead + _lower_first(t)


VARIANTS: dict[str, Callable[[str], str]] = {
    "as written": lambda t: t,
    "numbered": lambda t: "3. " + t,
    "labelled": lambda t: "Recommendation 4: " + t,
    "it is recommended": _recommends("It is recommended that "),
    "panel recommends": _recommends("The Review Panel recommends that "),
    # a report's heading or the action plan's lead-agency cell run into the text
    "heading": lambda t: "Information sharing. " + t,
    "lead agency": lambda t: "Lead agency: Police. " + t,
    "will": lambda t: _SHOULD.sub("will", t, count=1),
    # a body whose name holds a mechanism's word asked beside the addressee: who is asked, not what
    "joint addressee": lambda t: _joint("The Safeguarding Training Team", t),
    **{f"rationale {n + 1}": (lambda t, s=s: f"{s} {t}") for n, s in enumerate(RATIONALE)},
    **{f"after {n + 1}": (lambda t, s=s: f"{t.rstrip()} {s}") for n, s in enumerate(AFTER)},
}


class _Unpickler(pickle.Unpickler):
    """The cache as ``python -m training.main_choice`` wrote it: its classes were ``__main__``'s then."""

    def find_class(self, module: str, name: str) -> Any:
        if module == "__main__":
            module = "training.main_choice"
        return super().find_class(module, name)


def load_base() -> dict[str, list[main_choice.Block]]:
    """The cached ``base`` fit of ``training.main_choice`` (its held-out model outputs and calibrations)."""
    path = Path(main_choice._CACHE.format("base"))
    return _Unpickler(io.BytesIO(path.read_bytes())).load()  # type: ignore[no-any-return]


def decide(block: main_choice.Block, n: int, text: str) -> str:
    """The shipped main theme of item ``n`` of ``block`` with its text replaced by ``text`` (same model outputs)."""
    from classification.main_theme import MODEL_MARGIN, decide_main, displaced_by, substance_cue
    from classification.rules import analyse
    from classification.theme_cues import is_check, main_directive

    out, st = block.out, block.setting
    directive = main_directive(text, analyse(text, block.items[n].context).directive)
    return decide_main(
        text=text,
        directive=directive,
        proba=out.main[n],
        classes=out.main_classes,
        substance=substance_cue(text),
        check=is_check(text),
        displaced=displaced_by(text, directive),
        mechanism_min=st["mechanism_min"],
        mechanism_rule=st["mechanism_rule"],
        substance_min=st["substance_min"],
        model_margin=MODEL_MARGIN,
    )


def measure(
    blocks: dict[str, list[main_choice.Block]],
) -> tuple[dict[tuple[str, str], tuple[int, int]], list[str]]:
    """Right / total per (evidence, variant), and one line per item a variant decides otherwise than as written."""
    right: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    flips = []
    for ev in ("a", "b", "c"):
        for block in blocks[ev]:
            if block.where.removeprefix("b:") in main_choice.UNREAD:
                continue  # a blind set is read by its aggregate in main_choice's table only, never item by item
            for n, item in enumerate(block.items):
                written = decide(block, n, item.text)
                for name, wrap in VARIANTS.items():
                    got = written if name == "as written" else decide(block, n, wrap(item.text))
                    right[(ev, name)] += got == item.themes[0]
                    total[(ev, name)] += 1
                    if got != written:
                        flips.append(
                            f"{name:17s} {block.where:26s} gold={item.themes[0]} written={written} now={got} | "
                            f"{' '.join(item.text.split())[:200]}"
                        )
    return {k: (right[k], total[k]) for k in total}, flips


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--flips", action="store_true", help="list the items whose decision a variant changes")
    args = ap.parse_args(argv)
    blocks = load_base()
    main_choice.recue({"base": blocks})
    scores, flips = measure(blocks)
    print(f"{'variant':17s} {'(a) LOCO':>12s} {'(b) LOSO':>14s} {'(c) dev':>12s}")  # noqa: T201
    for name in VARIANTS:
        cells = [f"{r}/{t} {r / t:.3f}" for r, t in (scores[(ev, name)] for ev in "abc")]
        print(f"{name:17s} {cells[0]:>12s} {cells[1]:>14s} {cells[2]:>12s}")  # noqa: T201
    pooled = [sum(scores[(ev, n)][0] for n in VARIANTS if n != "as written") for ev in "abc"]
    counts = [sum(scores[(ev, n)][1] for n in VARIANTS if n != "as written") for ev in "abc"]
    print(  # noqa: T201
        "wrapped, pooled  " + "  ".join(f"{r}/{t} {r / t:.3f}" for r, t in zip(pooled, counts, strict=True))
    )
    print(f"{len(flips)} decisions changed by a wrapping")  # noqa: T201
    if args.flips:
        print("\n".join(flips))  # noqa: T201
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
