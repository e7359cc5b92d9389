"""An unnumbered paragraph that announces the numbered or lettered list printed under it, read as a lead-in
rather than as a recommendation of its own, where the older plain style writes its lead-ins as prose naming
who is asked ("South Yorkshire Police, working with the Partnership, is asked to take forward the following.",
"The panel found that ... It therefore recommends that every agency represented on the panel should:").

The item reader keeps a paragraph before a section's first numbered item when it reads as a directive (these
do: "is asked to", "should"), and a lead-in sentence only when it is short and a line of its own; this reading
looks at the paragraph's last sentence instead: one whose object is the list to come is no recommendation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

#: Styles of the items a lead-in announces: numbered, lettered or labelled ones, each a recommendation of its own.
#: (Bullets and unlabelled Word-list paragraphs under "X should ensure the following:" are that recommendation's
#: points, joined to it by ``clean_items``: the paragraph stays.)
_LIST_STYLES = frozenset({"numeric", "letter", "labelled"})

#: A last sentence whose object is the list to come: "... take forward the following.", "... ensure the following
#: for carers, working with ...", "... are as follows.".
_THE_FOLLOWING = re.compile(r"\b(?:the\s+following|as\s+follows)\b[^.:;!?]{0,160}[.:]$", re.IGNORECASE)

#: A last sentence left open for the items to finish ("... every agency on the panel should:", "... is asked
#: to:", "... recommends that the Partnership:").
_OPEN_END = re.compile(
    r"\b(?:should|must|shall|will|to|that|following|(?:is|are)\s+asked\s+to)(?:\s+each)?\s*:$", re.IGNORECASE
)

#: The most words a lead-in's last sentence has (a long sentence ending so is a recommendation's own list).
_MAX_WORDS = 40
#: The most characters read of an item's text (lead-ins are short; bounds the sentence split).
_MAX_CHARS = 2000


def last_sentence(text: str) -> str:
    """The last sentence of ``text`` (split at a full stop, "?" or "!" before a capital)."""
    text = " ".join(text[-_MAX_CHARS:].split())
    return re.split(r"(?<=[.!?])\s+(?=[A-Z\u2018\u201c'\"])", text)[-1]


def announces_list(items: Sequence[Any], index: int) -> bool:
    """Is ``items[index]`` an unnumbered paragraph whose last sentence announces the list item printed straight
    after it (the next item is numbered, lettered or labelled), so a lead-in and not a recommendation?"""
    item = items[index]
    if item.style != "paragraph" or index + 1 >= len(items) or items[index + 1].style not in _LIST_STYLES:
        return False
    sentence = last_sentence(item.text)
    if len(sentence.split()) > _MAX_WORDS:
        return False
    return bool(_THE_FOLLOWING.search(sentence) or _OPEN_END.search(sentence))
