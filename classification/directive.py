"""The directive of a recommendation: what it asks to be done, and the mechanism asked for.

The labelling guide makes the main theme the mechanism asked for when it is distinctive (training, awareness
raising, policy, technology) and ``other`` for resourcing or governance; :func:`directive_theme` settles that by
rule, :mod:`classification.rules` uses it for its baseline and its features.
"""

from __future__ import annotations

import re

#: Words that can follow "X to" as the directive verb ("The Trust to review ...").
_TO_VERBS = (
    r"review|revise|update|amend|develop|produce|write|issue|introduce|establish|agree|adopt|create|ensure|"
    r"provide|deliver|commission|run|fund|raise|remind|share|disseminate|promote|consider|undertake|audit|"
    r"implement|add|make|include|embed|set|put|seek|work|publish|explore|strengthen|improve|monitor|use|"
    r"arrange|appoint|invite|require|give|offer|extend|design|refresh|reinforce|circulate|cascade|hold|assure|"
    r"engage|build|identify|check|record|complete|conduct|carry|evaluate|inform|tell|lobby|ask|escalate"
)
_MODAL_RX = re.compile(
    r"\b(should|must|shall|will|needs? to|ought to|(?:is|are|be) (?:asked|invited|encouraged|required) to|"
    rf"to(?= (?:{_TO_VERBS})\b))\b",
    re.I,
)
#: Lead-ins before the addressee: dropped before the directive is looked for.
_LEAD_IN_RX = re.compile(
    r"^\s*(recommendation\s*\d*\s*[:.-]\s*|it is recommended that\s+|the (review )?panel recommends that\s+|"
    r"that\s+)",
    re.I,
)
_SUBJUNCTIVE_RX = re.compile(
    r"^\s*(it is recommended|the (review )?panel recommends|\w+ recommends?)\b", re.I
)
_ASKED_RX = re.compile(
    r"^(write|lobby|ask|request|petition|approach)\b.{0,80}?\b(asking|requesting|to ask|to request|"
    r"recommending)( (it|them|that it|that they))?( to| that| for)?\b|^(ask|require|invite|encourage)\b.{0,80}?\bto\b(?= \w)",
    re.I,
)
#: Where the asked-for change ends and its purpose begins.
_PURPOSE_RX = re.compile(
    r"(\bso that\b|\bin order to\b|\bto ensure\b|\bto make sure\b|\bto enable\b|\bto check\b|\bto test\b|"
    r"\bto identify\b|\bwhich\b|\bwho\b|\bwhere\b|\bwhen\b|\bbefore\b|\bafter\b|\bbecause\b|\bincluding\b|"
    r"\bto alert\b|[;(]|,? and (that )?([\w'-]+ ){1,4}(should|must|will|to)\b|,? and that\b)",
    re.I,
)
#: A directive that checks practice (audit, dip sample, monitoring) takes the theme of the practice it checks.
_CHECK_RX = re.compile(
    r"^\W*(\w+ ){0,2}(audit|dip[- ]sample|monitor|inspect|oversee|quality[- ]assure|evaluate|supervis)\w*",
    re.I,
)
_MECHANISM_RX: dict[str, re.Pattern[str]] = {
    "training": re.compile(
        r"\b(train(ing|ed|s)?|e-?learning|courses?|workshops?|cpd|upskill\w*|learning and development|"
        r"(training|learning) (programme|package|session|module)s?)\b",
        re.I,
    ),
    "awareness_raising": re.compile(
        r"\b(campaigns?|briefings?|7|seven)[- ]minute briefings?|\b(campaigns?|briefings?|remind(s|ed|er|ers|ing)?|"
        r"raise awareness|raising awareness|awareness(?! (training|course|session|e-?learning|module))|"
        r"(share|shares|sharing|shared|disseminat\w+|promot\w+|publicis\w+|circulat\w+|cascad\w+) (with [\w ]{1,30}? )?"
        r"(the |its |their )?"
        r"(learning|lessons|findings|report)|(learning|lessons|findings) ((from|of) [\w ]{0,40}?)?(is|are|has been|have been|"
        r"being|be) (shared|disseminated|circulated|cascaded|promoted)|setting out the learning|"
        r"newsletters?|leaflets?|posters?|learning events?|"
        r"(staff|officers|practitioners|clinicians|crews|workers|agencies|professionals|partners|teams?|managers|"
        r"handlers|nurses|midwives|gps|employees|members)( [\w'-]+){0,3} (are aware|understand|have an understanding|"
        r"are familiar|know about))\b",
        re.I,
    ),
    "policy": re.compile(
        r"\b(polic(y|ies)|procedures?|protocols?|pathways?|guidance|guidelines?|codes? of (practice|guidance)|"
        r"strateg(y|ies)|toolkits?|threshold documents?|standard operating|operating procedures?|"
        r"authorised professional practice|flowcharts?|practice notes?|keeping children safe in "
        r"education|working together to safeguard|^require)\b",
        re.I,
    ),
    "technology_systems": re.compile(
        r"\b(flags?|flagging|flagged|prompts?|(electronic |system |automatic |automated )alerts?|alerts? (on|to|in) "
        r"(the |its |their )?(\w+ ){0,3}(system|record)|markers?|databases?|repositor(y|ies)|national register|"
        r"software|(mandatory|drop-?down) fields?|drop-?down|"
        r"(introduce|implement|add|create|build|install|upgrade|develop|configure|procure|change|amend|update)\w* "
        r"(a |an |the |its |their )?(new )?([\w-]+ ){0,3}(it|ict|case[- ]management|electronic|computer|"
        r"command and control|patient record|records?) systems?)\b",
        re.I,
    ),
}


#: Resourcing, workload, commissioning a service, research, contract management, governance: ``other``.
_OTHER_RX = re.compile(
    r"\b(staffing|staff(ing)? levels|capacity|resourc\w+|fund(s|ing|ed)?|workloads?|caseloads?|budgets?|"
    r"posts?(?!-)|vacanc\w+|recruit\w*|commission\w* (a |an )?(specialist |new )?(\w+ ){0,3}(service|provision|post|"
    r"programme)s?|needs assessment|research|contract (management|monitoring|managers?)|performance (indicators|"
    r"framework)|governance|action plan|protected time)\b",
    re.I,
)


#: A later sentence stating the recommendation after the case's narrative ("... twice turned up at her mother's
#: house. It is recommended that the police deliver ..."): the ask is what follows its "recommend(s|ed) that".
_LATER_RECOMMENDS_RX = re.compile(r"(?<=[.;:])\s+[^.;:]{0,60}?\brecommend(?:s|ed)? that\s+", re.I)


def recommending_part(text: str) -> tuple[str, bool]:
    """``text`` from its recommending sentence on, and whether one was found: only when the sentences before it
    ask for nothing (no modal), so an ask stated first keeps its place."""
    m = _LATER_RECOMMENDS_RX.search(text)
    if m is None or _MODAL_RX.search(text[: m.start()]):
        return text, False
    return text[m.end() :], True


def directive_span(text: str) -> str:
    """The part of ``text`` that says what is to be done (the directive verb and its object).

    "X should review its policy so that ..." -> "review its policy"; a passive "A protocol should be developed"
    keeps its subject ("A protocol should be developed"); with no modal, the text up to its purpose clause.
    """
    text, recommended = recommending_part(text.strip())
    body = _LEAD_IN_RX.sub("", text, count=1)
    m = _MODAL_RX.search(body)
    if m is not None and m.group(1).lower() == "to" and (recommended or _SUBJUNCTIVE_RX.match(text)):
        m = None  # "It is recommended that X update its procedure to include ...": the verb follows X
    if m is None:
        head = body
    else:
        rest = body[m.end() :].lstrip()
        if re.match(r"(be|are|is)\b", rest, re.I):  # passive: the subject is what is asked for
            head = body[: m.start()] + " " + rest
        else:
            head = rest
    asked = _ASKED_RX.search(head)
    if asked is not None:  # "write to X asking it to <change>": the change asked for is the directive
        head = head[asked.end() :]
    cut = _PURPOSE_RX.search(head)
    if cut is not None and cut.start() > 0:
        head = head[: cut.start()]
    return " ".join(head.split())


def directive_mechanism(text: str) -> str | None:
    """The distinctive mechanism the recommendation asks for, or None when it asks for a practice change.

    Mechanisms per the labelling guide: training, awareness raising (campaign, briefing, reminder, sharing
    learning, making sure staff know), policy (a policy, procedure, protocol, pathway, guidance) and technology
    (flags, prompts, alerts, system changes). The earliest one in the directive wins ("a protocol ... shared
    with all staff" is policy; "remind staff of the protocol" is awareness raising). A directive that audits or
    monitors practice has no mechanism (it takes the theme of the practice).
    """
    span = directive_span(text)
    if not span or _CHECK_RX.match(span):
        return None
    best: tuple[int, str] | None = None
    for theme, rx in _MECHANISM_RX.items():
        m = rx.search(span)
        if m is not None and (best is None or m.start() < best[0]):
            best = (m.start(), theme)
    return best[1] if best else None


def directive_theme(text: str) -> str | None:
    """The main theme the directive settles by rule: its mechanism, else ``other`` when it asks for resourcing,
    workload, a commissioned service, research, contract management or governance; None for practice changes
    (the substance themes, which the learned model decides)."""
    mechanism = directive_mechanism(text)
    if mechanism is not None:
        return mechanism
    span = directive_span(text)
    if not span or _CHECK_RX.match(span):
        return None
    if _OTHER_RX.search(span):
        return "other"
    return None
