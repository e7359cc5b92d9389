"""The word tables of the date-attachment reading (:mod:`extraction.timeline_attach`): which verbs and nouns a
date can hang on, and what each tells (a death, a court step, a chronology act, a time word, another person).
Matched against one lowercased token at a time (anchored patterns), so each stays a plain word list.
"""

from __future__ import annotations

import re

_DEATH_VERB = re.compile(
    r"^(?:die[sd]?|dying|killed|kill(?:s|ing)?|murder(?:ed|s|ing)?|stabbed|strangled|shot|smothered|suffocated|"
    r"bludgeoned|asphyxiated|drowned|knifed|throttled|poisoned)$"
)
#: Verbs that are a death only with a word beside them: "passed away", "lost her life", "took her own life",
#: "found dead", "beaten to death", "suffered fatal injuries", "the homicide took place / occurred".
_DEATH_WITH = {
    "passed": re.compile(r"^away$"),
    "lost": re.compile(r"^li(?:fe|ves)$"),
    "took": re.compile(r"^li(?:fe|ves)$"),
    "taken": re.compile(r"^li(?:fe|ves)$"),
    "found": re.compile(r"^(?:dead|deceased|unresponsive|lifeless|hanged|hanging|body|bodies|remains)$"),
    "discovered": re.compile(r"^(?:dead|deceased|body|bodies|lifeless)$"),
    "recovered": re.compile(r"^(?:body|bodies|remains)$"),
    "beaten": re.compile(r"^death$"),
    "battered": re.compile(r"^death$"),
    "burned": re.compile(r"^death$"),
    "bled": re.compile(r"^death$"),
    "suffered": re.compile(r"^(?:fatal|non-survivable|unsurvivable)$"),
    "sustained": re.compile(r"^(?:fatal|non-survivable|unsurvivable)$"),
    "received": re.compile(r"^(?:fatal|non-survivable|unsurvivable)$"),
    "pronounced": re.compile(r"^(?:dead|deceased|extinct)$"),
    "hanged": re.compile(r"^(?:herself|himself|themselves)$"),
    "ended": re.compile(r"^li(?:fe|ves)$"),
    "declared": re.compile(r"^(?:dead|deceased)$"),
    "certified": re.compile(r"^(?:dead|deceased)$"),
}
_HAPPENED = re.compile(r"^(?:occurred|happened|took|takes|occurs)$")
_DEATH_NOUN = re.compile(
    r"^(?:death|deaths|murders?|killings?|homicides?|manslaughter|stabbing|strangulation|suicide)$"
)
#: A court step: a death act beneath one is dated only if the court step has a date of its own.
_COURT = re.compile(
    r"^(?:convicted|conviction|sentenced|sentence|sentencing|jailed|charged|charge|pleaded|pled|plea|admitted|"
    r"guilty|tried|acquitted|remanded|imprisoned|trial|denied|denies|deny|denying|admits|admitting|accused|verdict|"
    r"ruled)$"
)
#: A chronology act: the date is this act's, not the death's.
_NOT_DEATH = re.compile(
    r"^(?:arrested|arrest|interviewed|detained|bailed|released|release|inquest|examination|post-mortem|"
    r"called|rang|phoned|telephoned|dialled|dialed|contacted|attended|visited|seen|saw|told|disclosed|reported|"
    r"referred|assaulted|assault|attacked|attack|threatened|hit|married|marriage|separated|divorced|born|moved|"
    r"obtained|informed|notified|advised|admitted|discharged|breached|"
    r"convicted|conviction|sentenced|sentence|sentencing|jailed|charged|pleaded|pled|tried|acquitted|"
    r"remanded|imprisoned|trial|hearing|appeared|ruled|verdict|jury|overdose|went|returned|met|held|learned|learnt|"
    r"applied|received|investigated|investigation|opened|adjourned|resumed|inquiry|enquiry)$"
)
#: Time words a date hangs on ("in the early hours of DATE", "the evening of DATE", "on or around DATE").
_TIME_NOUN = re.compile(
    r"^(?:hours?|morning|afternoon|evening|night|day|weekend|week|time|early|late|end|start|beginning|middle|"
    r"or|around|about|approximately|spring|summer|autumn|winter|part)$"
)
#: Someone other than the one the review is about: "Her father ... died", "his first wife was found dead".
_OTHER_PERSON = re.compile(
    r"^(?:father|mother|parents?|step-?(?:father|mother)|grand(?:mother|father|parents?)|brother|sister|aunt|"
    r"uncle|cousin|dad|mum)$"
)
#: Someone the review is not about, whoever owns the word: "The perpetrator died in prison in 2021".
_NOT_VICTIM = re.compile(r"^(?:perpetrator|offender|killer|suspect|defendant|accused|murderer|assailant)$")
_FORMER = re.compile(r"^(?:first|former|previous|earlier|late|ex|ex-|other|another)$")
#: Light verbs whose object (or passive subject) is the act: "a 999 call was made on DATE", "she made a report to
#: the police on DATE", "an arrest was carried out on DATE": the date is the call's, the report's, the arrest's.
LIGHT_VERB = re.compile(r"^(?:made|make|makes|placed|logged|raised|carried|took|received)$")
#: The acts a light verb makes (a chronology act: its date is no death).
LIGHT_ACT = re.compile(
    r"^(?:call|calls|report|reports|complaint|complaints|allegation|allegations|disclosure|disclosures|referral|"
    r"referrals|arrest|arrests|application|applications|statement|statements|visit|visits|threat|threats)$"
)
