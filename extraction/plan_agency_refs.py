"""A plan's Ref cell that names the agency before the number ("NNUH 1", "GP 1", "HO 1", "Probation 2"): the
report numbers its recommendations afresh under each agency's heading (every first one "1"), and the plan tells
them apart by the agency's initials or short name. :func:`agency_ref` splits such a ref into the name and the
number; :func:`names_heading` says whether a short name or initials name an agency heading ("NNUH" the
"Norfolk and Norwich University Hospitals NHS Foundation Trust", "CCS" the "... NHS Trust (CCS)", "Probation" the
"Probation Service"), so ``extraction.pipeline`` joins the plan row to the recommendation under that heading.
"""

from __future__ import annotations

import re
import unicodedata

#: A name of one to three words (initials or words, "&" or "/" inside) then a recommendation number, maybe
#: after a dash or stop: "NNUH 1", "GP 1", "HO-2", "Adult Social Care 3", "CCS.1".
_AGENCY_REF = re.compile(
    r"^(?P<name>[A-Za-z][A-Za-z&/'’]{0,15}(?:\s+[A-Za-z&/'’]{1,15}){0,2})\s*[-–.:]?\s*"
    r"(?P<n>\d{1,3}(?:\.\d{1,2})?[a-z]?)$"
)
#: Words of a ref that label the number, not an agency ("Rec 1", "Recommendation no 2", "Action 1", "Ref 3").
_LABEL_WORDS = re.compile(
    r"^(?:r|rec|recs|recommendations?|no|number|action|actions|ref|item|para|paragraph|section|theme|part)$",
    re.IGNORECASE,
)
#: Words left out of a name's initials ("Norfolk and Norwich ..." -> "NN...").
_STOP = frozenset({"and", "of", "the", "for", "in", "on", "&"})
_WORD = re.compile(r"[^\W\d_][\w'’]*")


def agency_ref(number: str | None) -> tuple[str, str] | None:
    """``(name, number)`` of a ref naming an agency before the number ("NNUH 1" -> ("NNUH", "1")); None for a
    plain number or a labelled one ("Rec 1", "Recommendation 2")."""
    if not number:
        return None
    m = _AGENCY_REF.match(" ".join(number.split()))
    if m is None or any(_LABEL_WORDS.match(w) for w in m.group("name").split()):
        return None
    return m.group("name"), m.group("n")


def _words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text))


def names_heading(name: str, heading: str) -> bool:
    """Do the short name or initials ``name`` name the agency heading ``heading``? Its words all among the
    heading's ("GP practices", "Probation", "Home Office"), or one word of capitals that the heading prints as a
    word ("CCS" in "... NHS Trust (CCS)") or that starts the initials of its words ("NNUH", "NC", "HO")."""
    words = [w.casefold() for w in _words(name)]
    said = _words(heading[:300])
    if not words or not said:
        return False
    if set(words) <= {w.casefold() for w in said}:
        return True
    if len(words) != 1 or not name.strip().isupper() or not 2 <= len(name.strip()) <= 8:
        return False
    initials = "".join(w[0] for w in said if w.casefold() not in _STOP).casefold()
    return initials.startswith(words[0])


__all__ = ["agency_ref", "names_heading"]
