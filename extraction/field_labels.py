"""The words a recommendation's lead-agency field is labelled with, written once.

Reports label the body that leads a recommendation in a handful of ways ("Lead agency: Kent Police",
"Agency | KMPT", "Responsible officer - Head of Service", "Owner: ICB"). Several readers look for such a label,
each in its own context (a line of its own, a table's label cell, a label in running prose, a heading); each
builds its regex from these pattern strings (no groups, case left to the caller's flags) so the vocabulary
stays the same everywhere. This module imports nothing, so any extraction module, the readers included, may
import it.
"""

from __future__ import annotations

#: "Lead", "Lead agency", "Lead agencies", "Lead organisation", "Lead partner", "Lead officer".
LEAD_WORDS = r"lead(?:\s+(?:agency|agencies|organisation|partner|officer))?"
#: "Responsible agency", "Responsible organisation", "Responsible officer", "Responsible lead".
RESPONSIBLE_WORDS = r"responsible\s+(?:agency|organisation|officer|lead)"
#: The whole lead-label vocabulary: the two families above, plus a bare "Agency" / "Agencies" (a template's
#: field, or an agency's own heading) and "Owner" (an action plan's owner column or field).
LEAD_LABEL_WORDS = rf"{LEAD_WORDS}|{RESPONSIBLE_WORDS}|agency|agencies|owner"
#: The first word of every lead label, and a bare "Responsible": enough where only the start of a text is
#: asked about ("is this a field label rather than a name?") and the caller ends it at a word boundary.
LEAD_LABEL_HEADS = r"lead|agency|agencies|owner|responsible"
