"""dhr.lazy: heavy libraries imported without what they drag in, and still whole afterwards."""

from __future__ import annotations

import subprocess
import sys


def _run(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=300, check=True
    )
    return done.stdout.strip()


def test_spacy_without_torch_or_its_cli_and_the_cli_still_importable() -> None:
    out = _run(
        "import sys\n"
        "from dhr.lazy import spacy\n"
        "nlp = spacy.blank('en')\n"
        "print('torch' in sys.modules, 'spacy.cli' in sys.modules, [t.text for t in nlp('Kent Police.')])\n"
        "import spacy.cli\n"
        "print(spacy.cli.__spec__ is not None, callable(spacy.info))\n"
    )
    assert out.splitlines() == ["False False ['Kent', 'Police', '.']", "True True"]
