"""More readings of what a date in a narrative sentence attaches to, for :mod:`extraction.timeline_attach`.

Kept apart from that module so each stays small. Each reading was found on phrasing the first readings missed
(news and narrative sentences; annotations/real conventions decide the labels):

- a survivor: a wounding whose sentence tells that the one wounded lived ("stabbed ... in 2014 and survived",
  "was not seriously hurt", "The letter was written by Gemma, who was stabbed by her ex-partner in 2014": the
  one wounded acts afterwards) dates no death;
- a death after the date in a "when" clause told by its killer ("culminated on the night of DATE, when he shot
  her dead", "when he killed her");
- a wounding survived or earlier ("had previously been stabbed in the leg") and a death only supposed ("even if
  she died") date no death;
- a death noun with the date in its own phrase, whatever verb the sentence hangs it on ("He was arrested
  following Ms K's death at her home in Slough on DATE": a parser may hang "on DATE" on the arrest; "had made
  several complaints to the police before her death in Salford in 2009": on the complaints).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from dhr.schema import TimelineEventId

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

_SURVIVED = re.compile(
    r"\b(?:survived|recovered|not (?:seriously |badly |fatally )?(?:hurt|injured|wounded)|shot at by|"
    r"escaped (?:with|from)|lived to|made an? (?:full |good |complete |slow )?recovery)\b"
)
#: What the one wounded does afterwards in the sentence's main clause: writing, speaking, campaigning.
_ACTS = re.compile(
    r"^(?:written|wrote|writes|said|says|told|tells|speaks|spoke|campaigns?|campaigned|started|founded|"
    r"described|describes|tweeted|posted|gave|shared|shares|urged|urges|welcomed|welcomes|launched|set)$"
)


def survivor(gov: Token) -> bool:
    """Does the sentence tell that the one wounded at the date lived? (``gov``: the wounding verb)."""
    if _SURVIVED.search(gov.doc.text.lower()):
        return True
    if gov.dep_ != "relcl":
        return False
    person = gov.head  # "Gemma, who was stabbed ...": Gemma
    if person.dep_ == "pobj" and person.head.dep_ == "agent":
        verb = person.head.head  # "written by Gemma"
    elif person.dep_ in ("nsubj", "appos"):
        verb = person.head
    else:
        return False
    # (not an act told before the wounding: "Kelly, who was shot in May 2019, had told police in March 2019")
    earlier = any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children)
    return bool(_ACTS.match(verb.lower_)) and not earlier


#: The date followed by the killing, told by its killer, in a "when" clause.
WHEN_KILLED = re.compile(
    r"^\s*,?\s*when\s+(?:[\w'’-]+\s+){1,3}?(?:shot|stabbed|beat|battered|strangled)\s+(?:her|him|them|[\w'’-]+)\s+"
    r"(?:dead|to death)\b|^\s*,?\s*when\s+(?:he|she|they|[\w'’-]+)\s+(?:killed|murdered)\s+(?:her|him|them|"
    r"[\w'’-]+)\b"
)
#: "following Ms K's death at her home in Slough on": a death noun (not a relative's) then place words only up to
#: the date (no verb between, nor a clause break other than the commas of a place); or opening the sentence
#: ("Clare's murder in Salford in February 2009 was widely reported").
DEATH_PHRASE_BEFORE = re.compile(
    r"(?:^(?!(?:following|after|over|into|before|prior|until|since|at|in|on|by|with|from|during)\b)|"
    r"\b(?:following|after|over|into|before|prior to|until|since|at the time of)\s+)(?:the\s+)?(?:(?:mrs?|ms|miss|mr)\.?\s+)?"
    r"(?!(?:her|his|their)\s+(?:father|mother|brother|sister|husband|wife|son|daughter))"
    r"(?:(?:her|his|their)|(?:[\w.-]+\s+){0,2}?[\w.-]+['’]s?)\s+(?:death|murder|killing|homicide|suicide)\s+"
    # (not a death in prison or custody: someone else's, not the review's)
    r"(?:(?:at|in|near|outside)\s+(?!(?:prison|custody)\b)(?:(?!(?:was|were|is|are|had|has|been|and|but|when|after|before|who|which)\b)"
    r"[^.;:()]){1,80}?)?(?:on|in)\s+(?:the\s+)?$"
)


#: A dated attack told in one sentence and the death, undated, in the next ("Mr X set fire to the house on DATE;
#: Ms Y died in the fire."): the attack's date is the death's (read by extraction.timeline across the split).
ATTACK_WORD = re.compile(
    r"\b(?:set fire|set (?:her|him|them) alight|stabbed|attacked|assaulted|shot|strangled|beat|battered|struck|"
    r"punched|kicked|pushed|hit)\b"
)
DEATH_NEXT = re.compile(
    r"^[^.;]{0,40}?\b(?:died (?:at the scene|in the fire|there|instantly|(?:of|from) (?:her|his|their) injuries)|"
    r"did not survive|never regained consciousness|was pronounced dead|was declared dead|could not be saved)\b"
)
LATER_WORD = re.compile(
    r"\b(?:later|afterwards|subsequently|weeks?|months?|years?|days?|eventually|next day|following day)\b"
)


#: A wounding told as no fatal one: "had previously been stabbed in the leg" (an earlier, survived attack).
_WOUND_VERB = re.compile(r"^(?:stabbed|shot|strangled|smothered|suffocated|bludgeoned|asphyxiated)$")
_EARLIER = re.compile(r"^(?:previously|earlier|once|formerly)$")
_LIMB = re.compile(
    r"^(?:leg|legs|arm|arms|hand|hands|foot|feet|thigh|thighs|finger|fingers|buttock|buttocks)$"
)


def survived_wound(gov: Token, fatal: Callable[[Token], bool]) -> bool:
    """A wounding the one wounded survived, or an earlier one ("previously stabbed in the leg")."""
    if not _WOUND_VERB.match(gov.lower_) or fatal(gov):
        return False
    if survivor(
        gov
    ):  # "... who was stabbed in 2014 and survived", "written by Gemma, who was stabbed in 2014"
        return True
    if any(c.dep_ == "advmod" and _EARLIER.match(c.lower_) for c in gov.children):
        return True
    return any(
        c.dep_ == "prep" and c.lower_ == "in" and any(_LIMB.match(g.lower_) for g in c.children)
        for c in gov.children
    )


#: Verbs of intent whose object clause is a killing not (yet) done: "threatened to kill her on DATE".
_INTENT = re.compile(
    r"^(?:threaten(?:ed|s|ing)?|tr(?:y|ied|ies|ying)|attempt(?:ed|s|ing)?|plann?(?:ed|ing)?|plans|want(?:ed|s)?|"
    r"intend(?:ed|s)?|vow(?:ed|s)?|promis(?:ed|es)|plott(?:ed|ing)|conspir(?:ed|ing)|offer(?:ed|s))$"
)


def hypothetical(death: Token) -> bool:
    """A death only supposed: "even if she died", "in case he killed her", "he would kill her", or only intended
    ("threatened to kill her on DATE", "tried to strangle her in 2015")."""
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether", "lest") for c in death.children):
        return True
    if death.dep_ == "xcomp" and _INTENT.match(death.head.lower_):
        return True
    return any(
        c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "may", "will") for c in death.children
    )


#: A life span in years after a name in narrative ("The review into the death of Kim (1979 - 2018) was ...",
#: "NADINE ABURAS (1986-2014): ... strangling her to death"): the date finder reads no bare year in brackets,
#: and the second year is the death's (as on a title page, annotations/real conventions).
_LIFESPAN_YEARS = re.compile(r"([A-Z][\w'’.-]*)\s*\(\s*((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)\s*\)")


def lifespan_years(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, year) of each death year of a life span in years right after a capitalised name (a span of
    10 to 110 years: not a period such as "(2015-2017)")."""
    out = []
    for m in _LIFESPAN_YEARS.finditer(sentence):
        if 10 <= int(m.group(3)) - int(m.group(2)) <= 110:
            out.append((m.start(3), m.end(3), m.group(3)))
    return out


#: An allegation told before the date ("is alleged to have ... stabbed X in the neck in November 2021", "after
#: being allegedly murdered in 1998"): like "accused of", the team labels the date `other` (no death found).
ALLEGED_BEFORE = re.compile(r"\b(?:allegedly|alleged to have|(?:is|are|was|were) alleged)\b[^.;]{0,150}$")


#: A sentence whose subject is the review or its report ("The review, published by the partnership on DATE,
#: found ..."): a next sentence's "It was completed in ..." speaks of that report.
REVIEW_SUBJECT = re.compile(
    r"^(?:the |this |a |an |its )?(?:[\w'’-]+ ){0,3}?(?:review|overview report|report|dhr|dardr|executive summary)\b"
    r"(?!\s+(?:into|of|on) (?:the )?(?:trial|investigation|inquest))"
)
#: "It was completed in October 2023 and approved by the Home Office in February 2024", right after such a
#: sentence: the report's completion (an extra cue for that sentence only).
IT_COMPLETED: tuple[TimelineEventId, re.Pattern[str], float] = (
    "report_completed",
    re.compile(r"^it (?:was|had been|has been) (?:\w+ly )?(?:completed|finalised|finalized)\b"),
    1.5,
)
