"""Where a date sits in a sentence's structure, for :mod:`extraction.timeline_attach`: readings that look at the
path between the date's governor and the death rather than at the governor's own word.

Kept apart from that module so each stays small. The governor's word alone ("married", "diagnosed", "met",
"carried out") cannot be listed for every act a news or narrative sentence dates beside a death; where the act
sits can. Each reading was found on phrasing the word lists missed (own-words batch
``tests/extraction/timeline_variants_h.jsonl`` and the real ``timeline_h`` train/dev errors; labels by the
annotations/real conventions):

- apart: a date whose governor is no death and is a relative clause on a person ("Sophie, who had reported him
  on DATE, was murdered the following month", "he killed his wife, who was diagnosed with ... in 2015"), or a
  clause told as before or after the death ("two weeks after she married X on DATE", "after she ended the
  relationship in February 2018"), or a branch the death does not dominate ("Stuart, who stabbed his wife to
  death, had been cautioned for assaulting her on DATE"), dates that act, not the death;
- an examination's finding: "A post-mortem on DATE found that X died ...", "Tests carried out on DATE showed
  that ..." date the examination;
- found, no death: "was found with serious head injuries in March 2013", "were found at their home on DATE
  after a house fire", with nothing in the sentence saying anyone died, dates no death (the conventions);
- joined acts: a date on one act of a coordination whose other act is the killing ("shot X and Y and buried
  them ... in 1998", "on DATE drove to the home, took the knife and stabbed her") is the killing's day when the
  sentence has that one date;
- the day of the killing: "On DATE, the day of the murder, ...", "On the day she was killed, DATE, ..." (not
  "the day before the murder");
- a place described by a state ("at the home they shared in Pontypool on the morning of DATE"): a parser may
  hang the date on "shared"; the date is the act's whose place it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

Pred = Callable[["Token"], bool]

#: A clause told as before or after another ("after she married him on DATE"): its date is its own act's.
_TIME_MARK = re.compile(r"^(?:after|before|since|until|till|once|prior)$")
#: Examinations whose finding a death is: the date is the examination's.
_EXAMINATION = re.compile(
    r"^(?:post-mortem|mortem|postmortem|autopsy|examination|examinations|tests?|results?|toxicology|scan|scans)$"
)
_FATAL = re.compile(r"^(?:fatal|fatally|mortally|lethal|non-survivable|unsurvivable)$")
_HAPPENED = re.compile(r"^(?:occurred|happened|took)$")
_MONTH = re.compile(
    r"^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$"
)
_FOUND = re.compile(r"^(?:found|discovered|located)$")
#: States that describe a place, not an act with a day ("the home they shared", "the flat he rented").
_STATE = re.compile(r"^(?:shared|lived|owned|rented|occupied)$")
_DAY = re.compile(r"^(?:day|night|morning|evening|afternoon|date)$")


def reattach(gov: Token, is_death: Pred) -> Token:
    """The act whose place a state describes: "stabbed X ... at the home they shared in Y on DATE" (a parser
    may hang "on DATE" on "shared")."""
    if _STATE.match(gov.lower_) and gov.dep_ in ("relcl", "ccomp", "acl"):
        for up in gov.ancestors:
            if up.i < gov.i and (up.pos_ in ("VERB", "AUX") or is_death(up)):
                return up
    return gov


def day_of_death(tokens: list[Token], is_death: Pred) -> bool:
    """Is the date named as the day of the killing ("On DATE, the day of the murder", "On the day she was
    murdered, DATE")? Not "the day before the murder" (only "of" or a clause naming the death)."""
    doc = tokens[0].doc
    first, last = tokens[0].i, tokens[-1].i
    nouns = [c for t in tokens for c in t.children if c.dep_ == "appos" and _DAY.match(c.lower_)]
    nouns += [t.head for t in tokens if t.dep_ == "appos" and _DAY.match(t.head.lower_)]
    # a parser may hang the noun beside the date, not on it: the noun's phrase set off by a comma right after
    # the date ("DATE, the day of the murder,") or right before it ("On the day she was murdered, DATE")
    for noun in doc:
        if not _DAY.match(noun.lower_) or noun.pos_ != "NOUN":
            continue
        span = list(noun.subtree)
        between_after = doc[last + 1 : span[0].i]
        between_before = doc[span[-1].i + 1 : first]
        if (0 < span[0].i - last <= 3 and all(t.is_punct or t.pos_ == "DET" for t in between_after)) or (
            0 < first - span[-1].i <= 2 and all(t.is_punct for t in between_before)
        ):
            nouns.append(noun)
    for noun in nouns:
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "of" and any(is_death(g) for g in child.children):
                return True
            if child.dep_ in ("relcl", "acl") and is_death(child):
                return True
    return False


def apart(gov: Token, doc: Doc, is_death: Pred, court: Pred) -> bool:
    """Is the act the date hangs on told apart from every death in the sentence (see the module docstring)?"""
    deaths = [t for t in doc if t.dep_ != "compound" and is_death(t)]
    # (the act told as fatal is the death's: "Casey, who was found with fatal head injuries in 2010")
    # (a death told in a clause on the act's subject describes that person: "Mr A, who later killed Ms B, was
    # stopped by police on DATE"; not "called to the home of X, who was pronounced dead", told after the act)
    subjects = [c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")]
    described = {
        t.i for p in subjects for r in p.children if r.dep_ == "relcl" and _on_person(r) for t in r.subtree
    }
    below = [t for t in gov.subtree if t.i not in described]
    if not deaths or is_death(gov) or any(is_death(t) or _FATAL.match(t.lower_) for t in below):
        return False
    # "following a domestic homicide occurred in October 2022": a parser may hang "occurred" elsewhere
    if _HAPPENED.match(gov.lower_) and gov.i > 0 and is_death(doc[gov.i - 1]):
        return False
    node = gov
    while True:
        # (a clause on the death itself describes it: "following a domestic homicide occurred in October 2022")
        if (node.dep_ == "relcl" and _on_person(node)) or (node.dep_ == "advcl" and _told_apart(node)):
            return True
        if node.head.i == node.i:
            # no death above the act, nor below it: a branch of its own ("Stuart, who stabbed his wife to
            # death, had been cautioned for assaulting her on DATE"); not a death that names a time ("The date
            # on which Mrs Q died is believed to be DATE")
            # (only where each death is itself told in a clause on a person: a parser's odd attachment of the
            # date in a sentence whose main clause is the death leaves it to the rest)
            # (a court step about the death is no act: "Parker, who admitted manslaughter at an earlier hearing,
            # kicked and stamped on her head on DATE")
            acts = [d for d in deaths if not any(court(a) for a in (d, *d.ancestors))]
            return bool(acts) and all(
                any(a.dep_ == "relcl" and _on_person(a) for a in (d, *d.ancestors)) for d in acts
            )
        if is_death(node.head):
            return False
        node = node.head


def _on_person(clause: Token) -> bool:
    """A relative clause on a person ("Sophie, who had reported him ...", "Clare, whom he had met ..."), not on
    an event ("the attack, which took place on DATE, ...") nor on the death itself ("a homicide occurred in")."""
    if any(c.lower_ in ("who", "whom", "whose") for c in clause.children):
        return True
    # (a name, not a month: "It was on 9 July 2019 that Omar killed his wife")
    return clause.head.pos_ == "PROPN" and not _MONTH.match(clause.head.lower_)


#: "died after she was pushed down the stairs on DATE": the dying may follow its cause the same day (the rules
#: decide), unless a span is counted ("two weeks after she married X on DATE")
_DYING = re.compile(r"^(?:died|dies|death)$")
_SPAN = re.compile(r"^(?:days?|weeks?|months?|years?|hours?|fortnight)$")


def _told_apart(clause: Token) -> bool:
    marks = [c.lower_ for c in clause.children if c.dep_ == "mark" and _TIME_MARK.match(c.lower_)]
    if not marks:
        return False
    if marks[0] != "after" or not _DYING.match(clause.head.lower_):
        return True
    near = [*clause.children, *clause.head.children]
    return any(c.dep_ == "npadvmod" and any(_SPAN.match(t.lower_) for t in c.subtree) for c in near)


_WOUNDING = re.compile(
    r"^(?:attacked|assaulted|stabbed|shot|strangled|hit|hitting|beat|beaten|battered|struck|punched|kicked|"
    r"stamped|bludgeoned|smothered|suffocated)$"
)
_WOUNDS = re.compile(r"^(?:wounds?|injuries|injury)$")


def attack_on(gov: Token) -> bool:
    """An attack on someone ("stabbed Linda", "was attacked in Greenford", "suffered 15 stab wounds"): a death
    only where the document says this attack killed (see :func:`extraction.timeline.extract_timeline`)."""
    word = gov.lower_
    if word in ("suffered", "sustained", "received"):
        return any(c.dep_ == "dobj" and _WOUNDS.match(c.lower_) for c in gov.children)
    # someone attacked: the object, the passive subject, or "stamped on her head"; or an attack joined to one
    # ("kicked and stamped on his girlfriend's head")
    joined = [gov, *(c for c in gov.children if c.dep_ == "conj")]
    return bool(_WOUNDING.match(word)) and any(
        c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "prep" and c.lower_ in ("on", "at"))
        for j in joined
        for c in j.children
    )


def examination(gov: Token) -> bool:
    """An examination's finding ("A post-mortem on DATE found that ...", "Tests carried out on DATE showed")."""
    owner = gov.head if gov.dep_ == "acl" else gov
    if _EXAMINATION.match(owner.lower_):
        return True
    return any(c.dep_ in ("nsubj", "nsubjpass") and _EXAMINATION.match(c.lower_) for c in owner.children)


def found_no_death(gov: Token, doc: Doc, is_death: Pred, death_word: re.Pattern[str]) -> bool:
    """Found or discovered, with no one said to have died ("was found with serious head injuries")."""
    if not _FOUND.match(gov.lower_) or is_death(gov):
        return False
    # a state said of the one found ("found collapsed", "found unconscious") is left to the rest
    if any(c.dep_ in ("acomp", "oprd", "xcomp", "ccomp", "advcl") for c in gov.children):
        return False
    return not death_word.search(doc.text.lower()) and not any(is_death(t) for t in doc)


def joined_killing(gov: Token, is_death: Pred, later: Pred) -> bool:
    """An act joined (by "and", in a chain) to the killing, which shares the sentence's one date: "shot X and Y
    and buried them ... in 1998", "on DATE drove to the home, took the knife and stabbed her"."""
    if gov.pos_ not in ("VERB", "AUX"):
        return False
    top = gov
    while top.dep_ == "conj" and top.head.pos_ in ("VERB", "AUX"):
        top = top.head
    chain = [top]
    for member in chain:
        chain.extend(c for c in member.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))
    # (not a death with a day of its own: "dialed 999 on March 22, 2010 but he died in the early hours of March 23")
    return any(m.i != gov.i and is_death(m) and not later(m) and not own_time(m) for m in chain)


# Moved here from timeline_attach (kept under the module size limit): the death as a reference point, the CSP told.
_OFFSET = re.compile(r"^(?:before|after|prior|until|since)$")


def offset_reference(token: Token) -> Token | None:
    """The "before"/"after" of a death that other dates are counted from ("six weeks before her death", "five
    months before Mrs W was killed"), or None. A date in that sentence is some other act's, unless it follows
    that word and the death governs it ("Three months after her death on 12 May 2016")."""
    if token.dep_ == "pobj" and _OFFSET.match(token.head.lower_):
        anchor = token.head
    else:
        anchor = next((c for c in token.children if c.dep_ == "mark" and _OFFSET.match(c.lower_)), None)
        if anchor is None:
            return None
    nearby = [*anchor.children, *token.children, *(anchor.head.children if anchor.dep_ == "prep" else [])]
    counted = any(c.dep_ == "npadvmod" and any(_SPAN.match(t.lower_) for t in c.subtree) for c in nearby)
    return anchor if counted else None


_TOLD = re.compile(r"^(?:notified|informed|told|advised)$")
_CSP_WORD = re.compile(r"^(?:csp|partnership|partnerships)$")


def csp_told(gov: Token, death_noun: re.Pattern[str]) -> bool:
    """The partnership told of the death: "The CSP was notified of the death of Mr T, who died on 30 May 2018, on
    4 June 2018", "the police informed the Safer Eastholm Partnership on DATE" (the one told is the passive
    subject or the object, and the telling is of a death or names none)."""
    # "the police made the partnership aware of Mrs C's death": "aware" holds the one told and what of
    aware = next(
        (c for c in gov.children if c.lower_ == "aware" and c.dep_ in ("ccomp", "oprd", "acomp")), None
    )
    if aware is None and not _TOLD.match(gov.lower_):
        return False
    frame = gov if aware is None or gov.lower_ not in ("made", "make", "makes") else aware
    told = [
        c for c in frame.children if c.dep_ in ("nsubjpass", "dobj", *(("nsubj",) if frame is aware else ()))
    ]
    if not any(_CSP_WORD.match(t.lower_) or t.lower_ == "community" for c in told for t in c.subtree):
        return False
    about = [g for c in frame.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return not about or any(death_noun.match(a.lower_) for a in about)


def caused_by_death(gov: Token, is_death: Pred, someone_else: Pred) -> bool:
    """The act or state the date hangs on told as caused by the killing: "In February 2009, the country was
    shocked by the murder of X", "In March 2016 the town was left stunned by the killing of Y" (the agent of a
    passive, or of a state it is left in). The date is the killing's: nothing else happened then."""
    verbs = [gov, *(c for c in gov.children if c.dep_ in ("oprd", "xcomp", "acomp"))]
    agents = [
        g for v in verbs for c in v.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
    ]
    return any(is_death(a) and a.pos_ == "NOUN" and not someone_else(a) for a in agents)


def own_time(death: Token) -> bool:
    """The death told with a day of its own ("... dialed 999 on March 22, 2010 but he died in the early hours of
    March 23"): it does not share the date of the act joined to it."""
    return any(
        c.dep_ == "prep" and any(t.pos_ == "PROPN" and _MONTH.match(t.lower_) for t in c.subtree)
        for c in death.children
    )


_SELF_WOUND = re.compile(r"^(?:stabbed|strangled|smothered|suffocated|bludgeoned)$")


def self_wound(gov: Token) -> bool:
    """A wound one gave oneself ("he had stabbed himself in the stomach in 1995"): no killing, unless fatal."""
    return bool(_SELF_WOUND.match(gov.lower_)) and any(
        c.dep_ == "dobj" and c.lower_ in ("himself", "herself", "themselves") for c in gov.children
    )
