"""Welsh and English side by side.

Reports of Welsh partnerships are published in both languages, often as a two-column table: Welsh on one side,
the same text in English on the other. The extractor reads English, and the Welsh text repeats it, so a
bilingual table is read as its English column in the flow (numbered paragraphs and all), and a Welsh item beside
English ones is a copy, not one more recommendation.
"""

from __future__ import annotations

import re
from typing import Any

#: Welsh words that are not also common English words (no "a", "i", "am", "ar", "o").
_WELSH_WORDS = frozenset(
    "y yr yn gyda ei eu bod sy'n mae dylai dylid ac wrth gan hwn hon hyn pob neu ond i'r o'r a'r â ein eich "
    "hefyd fel drwy trwy rhwng ôl cyn dros heb ynghylch sydd oedd fod gael cael wedi ddim nad pan oes angen sut "
    "yw ydy ydynt hynny holl bob sy lle ceir mewn ag gyfer yng ym ddylai dylent "
    # the words of a review: abuse, domestic, review, agency, police, service, partnership, victims, health
    "cam-drin domestig adolygiad adolygu asiantaeth asiantaethau heddlu gwasanaeth gwasanaethau partneriaeth "
    "bartneriaeth dioddefwr dioddefwyr argymhelliad argymhellion cyngor iechyd plant teulu swyddogion".split()
)
_ENGLISH_WORDS = frozenset(
    "the and of to should that is for with be by are was were this which have has from on in it an as must "
    "will their they its".split()
)
_WORD = re.compile(r"[a-zâêîôûŵŷäëïöüÿáéíóúẁýàèìòùẁỳ']+", re.IGNORECASE)


def language(text: str) -> str | None:
    """ "cy" or "en" when the text's function words say which clearly, else None (too short, mixed, names)."""
    # "Dylai'r", "i'r": a word with the article glued on is read as the word
    words = [w.strip("'").lower().split("'")[0] or w.lower() for w in _WORD.findall(text)]
    welsh = sum(w in _WELSH_WORDS or w.startswith(("i'r", "o'r", "a'r", "sy'n")) for w in words)
    english = sum(w in _ENGLISH_WORDS for w in words)
    if welsh >= 3 and welsh > 2 * english:
        return "cy"
    if english >= 3 and english > 2 * welsh:
        return "en"
    return None


def english_column(rows: list[list[str]]) -> int | None:
    """The English column of a two-column table whose other column is Welsh (most rows with text in both
    columns: one side Welsh, the other English), else None."""
    pairs = [row for row in rows if len(row) == 2 and all(str(cell).strip() for cell in row)]
    if not pairs:
        return None
    votes = [0, 0]
    for row in pairs:
        sides = [language(str(cell)) for cell in row]
        for k in (0, 1):
            if sides[k] == "en" and sides[1 - k] == "cy":
                votes[k] += 1
    for k in (0, 1):
        if votes[k] and votes[k] * 2 >= len([r for r in pairs if any(language(str(c)) for c in r)]):
            return k
    return None


_LANGUAGE_NAME = re.compile(r"^(?:english|saesneg|cymraeg|welsh)$", re.IGNORECASE)


def read_english_side(reader: Any, tbl: Any, column: int, w_ns: str) -> None:
    """Read the English ``column`` of a Welsh-English table in the flow (``reader._walk`` of each cell), leaving
    out a header cell that only names the language."""
    for tr in tbl.findall(f"{w_ns}tr"):
        cells = tr.findall(f"{w_ns}tc")
        if len(cells) == 2 and not _LANGUAGE_NAME.match(
            "".join(t.text or "" for t in cells[column].iter(f"{w_ns}t")).strip()
        ):
            reader._walk(cells[column])
