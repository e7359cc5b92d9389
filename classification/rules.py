"""The rules/lexicon baseline: level, themes and department from keywords and the addressees.

The level's keyword rules live with every other level rule in :mod:`classification.level`.

It needs no trained model, so the classifier falls back to it when ``models/classifiers/`` is empty, and the
training run reports it as baseline (a). Learned models use :func:`feature_text` as their input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from classification.addressees import addressees
from classification.agencies import is_national_surface
from classification.gazetteer import SURFACE_DEPARTMENT
from classification.level import ASK_RX, asks_for_change, text_level
from dhr.taxonomy import AGENCY_DEPARTMENT, NATIONAL_AGENCIES, load_taxonomy

#: The theme ids, in the taxonomy's order (the one list: ``dhr/data/taxonomy.json``).
THEMES: tuple[str, ...] = tuple(load_taxonomy().theme_ids)

#: Theme -> (regex, weight). Distinctive mechanisms weigh more (they make the main theme, per the guide).
THEME_LEXICON: dict[str, list[tuple[str, float]]] = {
    "training": [
        (r"\btrain(ing|ed|s)?\b", 3.0),
        (r"\be-?learning\b", 2.5),
        (r"\bcpd\b", 2.0),
        (r"\bworkshops?\b", 1.5),
        (r"\blearning (and|&) development\b", 2.0),
        (r"\bcompetenc(e|y|ies)\b", 1.0),
        (r"\bupskill", 2.0),
        (r"\bcourses?\b", 1.5),
        (r"\bmodules?\b", 1.0),
        (r"\bsupervision\b", 0.5),
    ],
    "awareness_raising": [
        (r"\bawareness\b", 2.5),
        (r"\bcampaigns?\b", 3.0),
        (r"\bbriefings?\b", 2.5),
        (r"\bremind(er|ers|ed)?\b", 2.5),
        (r"\b(share|sharing|disseminat\w+) (the )?(learning|lessons)\b", 3.0),
        (r"\bleaflets?\b", 2.0),
        (r"\bposters?\b", 2.0),
        (r"\bpublicis\w+\b", 2.0),
        (r"\bpublic\b", 1.0),
        (r"\bcommunit(y|ies)\b", 0.5),
        (r"\bseven minute\b|\b7[- ]minute\b", 3.0),
        (r"\bnewsletters?\b", 2.0),
        (r"\bmessag(e|es|ing)\b", 1.0),
        (r"\bconference\b", 1.0),
        (r"\blearning event", 2.5),
        (r"\bhighlight", 1.0),
        (r"\bcommunicat\w+", 0.5),
    ],
    "policy": [
        (r"\bpolic(y|ies)\b", 3.0),
        (r"\bprocedures?\b", 2.5),
        (r"\bprotocols?\b", 2.5),
        (r"\bguidance\b", 2.5),
        (r"\bpathways?\b", 2.5),
        (r"\bstatutory\b", 1.5),
        (r"\blegislation\b", 2.5),
        (r"\blaw\b", 2.0),
        (r"\bstrateg(y|ies)\b", 1.0),
        (r"\bframework\b", 1.5),
        (r"\bescalation\b", 1.0),
        (r"\bthresholds?\b", 1.0),
        (r"\bstandard operating\b", 2.5),
        (r"\btoolkit\b", 1.0),
        (r"\bflowchart\b", 2.0),
        (r"\bamend\b", 1.0),
        (r"\bcommission(ing|ed)?\b", 0.5),
        (r"\bservice specifications?\b", 1.5),
        (r"\bprocess(es)?\b", 1.0),
    ],
    "technology_systems": [
        (r"\b(it|ict) systems?\b", 3.0),
        (r"\bsystems?\b", 1.5),
        (r"\bflags?\b|\bflagging\b", 2.5),
        (r"\bprompts?\b", 2.0),
        (r"\balerts?\b", 2.0),
        (r"\bdatabases?\b", 2.5),
        (r"\belectronic\b", 2.0),
        (r"\bsoftware\b", 2.5),
        (r"\b(systmone|emis|rio|niche|athena|liquidlogic|mosaic|nfa|pnc|pnd|lcs)\b", 3.0),
        (r"\bcase management system\b", 3.0),
        (r"\btags?\b|\btagg", 2.0),
        (r"\bdigital\b", 1.5),
        (r"\bautomat\w+\b", 2.0),
        (r"\bfields?\b", 1.0),
        (r"\binterface\b", 2.0),
        (r"\bonline\b", 1.0),
        (r"\btelephony\b|\bcall recording\b", 2.0),
        (r"\bdrop-?down\b", 2.5),
    ],
    "identification_of_risk": [
        (r"\brisks?\b", 1.5),
        (r"\brisk assessments?\b", 2.5),
        (r"\bdash\b", 2.5),
        (r"\bric\b", 2.0),
        (r"\broutine (or selective )?enquiry\b", 3.0),
        (r"\bprofessional curiosity\b", 3.0),
        (r"\bcoercive\b", 1.5),
        (r"\bcontrolling\b", 1.0),
        (r"\bsuicid\w+\b", 1.5),
        (r"\bstalking\b", 1.5),
        (r"\bstrangulation\b", 1.5),
        (r"\bidentif\w+\b", 1.0),
        (r"\bscreening\b", 1.5),
        (r"\bwarning signs\b", 2.0),
        (r"\bindicators?\b", 1.0),
        (r"\bvulnerab\w+\b", 1.0),
        (r"\bask(ing)? about\b", 1.5),
        (r"\bassess\w*\b", 1.0),
        (r"\bsafety plan", 1.5),
        (r"\bhigh[- ]risk\b", 1.5),
        (r"\bexploring\b|\bexplore\b", 1.0),
        (r"\bdisclos\w+\b", 1.0),
        (r"\bclare'?s law\b|\bddvps\b", 2.0),
        (r"\bthink family\b", 1.0),
        (r"\bselective enquiry\b", 2.5),
    ],
    "multi_agency_working": [
        (r"\binformation[- ]sharing\b|\bshare (information|intelligence)\b|\bsharing of information\b", 3.0),
        (r"\bmulti[- ]agency\b", 2.5),
        (r"\breferr?al(s)?\b|\brefer(red)?\b", 2.0),
        (r"\bmarac\b", 1.5),
        (r"\bjoint\b", 1.5),
        (r"\bpartnership working\b", 2.5),
        (r"\bmash\b", 1.5),
        (r"\bliais\w+\b", 2.0),
        (r"\bcommunication between\b", 2.0),
        (r"\bcoordinat\w+\b", 1.5),
        (r"\bsignpost\w*\b", 1.5),
        (r"\bstrategy meetings?\b|\bcase conferences?\b", 2.0),
        (r"\binformation sharing agreements?\b", 2.0),
        (r"\bpartners?\b", 0.5),
        (r"\bother agencies\b", 1.5),
        (r"\bhandover\b", 1.0),
        (r"\bcollaborat\w+\b", 1.5),
    ],
    "record_keeping": [
        (r"\brecord(s|ed|ing)?\b", 2.0),
        (r"\brecord[- ]keeping\b", 3.0),
        (r"\bcase notes?\b", 3.0),
        (r"\bdocument(ed|ation|ing)?\b", 2.0),
        (r"\bnotes\b", 1.5),
        (r"\bchronolog(y|ies)\b", 1.5),
        (r"\baccurate(ly)?\b", 1.0),
        (r"\bfiles?\b", 1.0),
        (r"\bdata quality\b", 2.0),
        (r"\bminut(es|ed)\b", 1.0),
        (r"\brecorded\b", 1.0),
        (r"\bnext of kin\b", 1.0),
        (r"\bcontemporaneous\b", 2.0),
    ],
    "other": [
        (r"\bresourc\w+\b", 2.0),
        (r"\bworkloads?\b|\bcaseloads?\b", 2.5),
        (r"\bcontracts?\b", 2.0),
        (r"\bfunding\b|\bfunded\b|\bfund\b", 2.0),
        (r"\bcapacity\b", 1.5),
        (r"\bgovernance\b", 1.5),
        (r"\bstaffing\b|\brecruit\w+\b", 2.0),
        (r"\baction plan\b", 1.0),
        (r"\bmonitor\w*\b", 0.5),
        (r"\bbudgets?\b", 2.0),
        (r"\btimescales?\b", 1.0),
        (r"\breview process\b", 1.0),
        (r"\bvacanc\w+\b", 2.0),
    ],
}
_THEME_RX = {t: [(re.compile(rx, re.I), w) for rx, w in items] for t, items in THEME_LEXICON.items()}
#: Mechanisms that make the main theme when present (labelling guide).
_MECHANISMS = ("training", "awareness_raising", "policy", "technology_systems")

# --- the directive's mechanism (labelling guide: the main theme is the mechanism asked for, when distinctive) ---
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


_DEPT_LEXICON: dict[str, list[str]] = {
    "home_office": [
        r"\bpolice\b",
        r"\bdhr\b",
        r"\bdomestic homicide review",
        r"\bstatutory guidance\b",
        r"\bimmigration\b",
        r"\bclare'?s law\b",
        r"\bddvp",
        r"\bstalking\b",
        r"\bdomestic abuse act\b",
        r"\bcrime\b",
        r"\bcommunity safety partnership",
        r"\bcsps?\b",
        r"\bqa panel\b",
        r"\bhome office\b",
    ],
    "dhsc": [
        r"\bhealth\b",
        r"\bmental health act\b",
        r"\bsocial care\b",
        r"\bcare act\b",
        r"\bsuicide\b",
        r"\bpublic health\b",
        r"\bdepartment of health\b",
        r"\bcqc\b",
        r"\bcarers?\b",
        r"\bdhsc\b",
    ],
    "nhs_england": [
        r"\bgps?\b",
        r"\bgeneral practi",
        r"\bnhs\b",
        r"\bprimary care\b",
        r"\bhospitals?\b",
        r"\bmidwi",
        r"\bhealth visit",
        r"\bccgs?\b",
        r"\bicbs?\b",
        r"\bpatients?\b",
        r"\bclinical\b",
        r"\bmental health (trusts|services)\b",
        r"\bsafeguarding lead",
        r"\bsystmone|emis\b",
    ],
    "moj_hmpps": [
        r"\bprobation\b",
        r"\bprison",
        r"\bcourts?\b",
        r"\bsentenc",
        r"\boffender",
        r"\bparole\b",
        r"\bhmpps\b",
        r"\bministry of justice\b",
        r"\bmoj\b",
        r"\bmappa\b",
        r"\blicen[cs]e\b",
        r"\bjudiciary\b",
        r"\bcafcass\b",
        r"\bfamily court",
        r"\bcrc\b",
        r"\bnps\b",
        r"\blegal aid\b",
    ],
    "dfe": [
        r"\bschools?\b",
        r"\beducation\b",
        r"\bteachers?\b",
        r"\bpupils?\b",
        r"\bcurriculum\b",
        r"\bchildren'?s social care\b",
        r"\bcolleges?\b",
        r"\buniversit",
        r"\brelationships education\b",
        r"\bworking together\b",
        r"\bdfe\b",
        r"\bofsted\b",
        r"\bstudents?\b",
    ],
    "dwp": [
        r"\bbenefits?\b",
        r"\buniversal credit\b",
        r"\bjobcentre",
        r"\bwork coach",
        r"\bdwp\b",
        r"\bchild maintenance\b",
        r"\bpip\b",
        r"\bpension",
        r"\bsanction",
    ],
    "mhclg": [
        r"\bhousing\b",
        r"\bhomeless",
        r"\blandlords?\b",
        r"\btenan",
        r"\blocal government\b",
        r"\bsocial housing\b",
        r"\brefuge accommodation\b",
        r"\bsafe accommodation\b",
        r"\bmhclg|dluhc|dclg\b",
    ],
    "dbt": [
        r"\bemployers?\b",
        r"\bworkplace",
        r"\bemployment\b",
        r"\bhr policies\b",
        r"\bbusiness(es)?\b",
        r"\bbanks?\b",
        r"\bfinancial\b",
        r"\bfirearms? licen",
        r"\bdbt\b",
    ],
    "dcms": [
        r"\bgambling\b",
        r"\bsocial media\b",
        r"\bonline platforms?\b",
        r"\bmedia\b",
        r"\bsport",
        r"\bbroadcast",
        r"\bdcms\b",
        r"\bdating (apps|sites)\b",
    ],
    "college_of_policing": [
        r"\bcollege of policing\b",
        r"\bauthorised professional practice\b",
        r"\bapp\b",
        r"\bpolice training\b",
        r"\bofficers?\b",
        r"\bnpcc\b",
        r"\bpolice curriculum\b",
    ],
}
_DEPT_RX = {d: [re.compile(rx, re.I) for rx in items] for d, items in _DEPT_LEXICON.items()}


@dataclass(frozen=True)
class RuleOutput:
    agencies: list[str]
    named_departments: list[str]
    level: str
    level_score: float
    themes: list[str]
    theme_scores: dict[str, float]
    department: str | None
    department_score: float
    #: The main theme settled by the directive (:func:`directive_theme`): its mechanism, or ``other``.
    directive: str | None = None


def theme_scores(text: str) -> dict[str, float]:
    """Lexicon score of each theme (0 when no keyword matched)."""
    scores: dict[str, float] = {}
    for theme, items in _THEME_RX.items():
        scores[theme] = sum(w * min(2, len(rx.findall(text))) for rx, w in items)
    return scores


def rule_themes(text: str, directive: str | None = None) -> tuple[list[str], dict[str, float]]:
    """1-3 themes, main first: the ``directive`` theme when given, else the strongest substance."""
    scores = theme_scores(text)
    ranked = sorted((t for t in THEMES if scores[t] > 0), key=lambda t: -scores[t])
    if directive is not None and directive not in ranked:
        ranked.insert(0, directive)
    if not ranked:
        return ["other"], {t: (1.0 if t == "other" else 0.0) for t in THEMES}
    substance = [t for t in ranked if t not in _MECHANISMS]
    main = directive or (substance[0] if substance else ranked[0])
    rest = [t for t in ranked if t != main and scores[t] >= max(2.0, 0.5 * scores[main]) and t != "other"]
    themes = [main] + rest[:2]
    total = sum(scores.values()) or 1.0
    return themes, {t: round(scores[t] / total, 4) for t in THEMES}


def rule_department(text: str, named: list[str]) -> tuple[str | None, float]:
    """The department by keyword; the named one breaks ties."""
    scores = {d: sum(len(rx.findall(text)) for rx in items) for d, items in _DEPT_RX.items()}
    for d in named:
        scores[d] = scores.get(d, 0) + 1.5
    best = max(scores, key=lambda d: scores[d])
    if scores[best] == 0:
        return (named[0] if named else "other"), 0.3
    total = sum(scores.values())
    return best, scores[best] / total


def analyse(text: str, context: str | None = None) -> RuleOutput:
    """Agencies, level, themes and department of one recommendation by rules alone."""
    adds = addressees(text, context)
    leads = [a for a in adds if a.role == "lead"]
    agencies: list[str] = []
    for a in leads:
        if a.agency not in agencies:
            agencies.append(a.agency)
    named: list[str] = []
    national_named = False
    # A national body the text asks for a change ("write to the Home Office asking it to ...") is not an
    # addressee, but it makes the recommendation national and is the department it names; one written to
    # only to share the learning is neither.
    asked = [
        a
        for a in adds
        if a.role == "consulted"
        and a.start >= 0
        and ASK_RX.search(text[max(0, a.start - 40) : a.start])
        and (a.agency in NATIONAL_AGENCIES or is_national_surface(a.text))
        and asks_for_change(text, a.end)
    ]
    for a in leads + asked:
        dep = SURFACE_DEPARTMENT.get(a.text.lower())
        if dep is None and a.agency in NATIONAL_AGENCIES:
            dep = AGENCY_DEPARTMENT.get(a.agency)
        if dep is not None or a.agency in NATIONAL_AGENCIES or is_national_surface(a.text):
            national_named = True
        if dep and dep not in named:
            named.append(dep)
    level, level_score = text_level(text, context, agencies, national_named)
    directive = directive_theme(text)
    themes, scores = rule_themes(text, directive)
    department, dep_score = (None, 0.0)
    if level == "national":
        department, dep_score = rule_department(text, named)
    return RuleOutput(agencies, named, level, level_score, themes, scores, department, dep_score, directive)


def feature_text(text: str, context: str | None = None, rules: RuleOutput | None = None) -> str:
    """The input of the learned models: the text, the heading, and the rules' findings as tokens.

    The tokens (addressee ids, named departments, the lexicon's themes and level, the directive's theme) let a
    linear model combine the rules, which generalise to new phrasings, with the words of the training data. The
    words of the directive itself (:func:`directive_span`, "review staffing levels" of "... so that referrals
    are allocated") are added again as ``zs<word>``, so the model can tell what is asked from why.
    """
    r = rules if rules is not None else analyse(text, context)
    tags = [f"zmech{r.directive or 'none'}"] * 2
    tags += [f"zag{a}" for a in r.agencies]
    tags += [f"znamed{d}" for d in r.named_departments]
    tags += [f"zlevel{r.level}"]
    tags += [f"zmain{r.themes[0]}"] + [f"ztheme{t}" for t in r.themes]
    if r.department:
        tags.append(f"zdept{r.department}")
    if r.level == "national":
        content, _ = rule_department(text, [])
        tags += [f"zcontent{content}"] * 2
    span = " ".join(f"zs{w}" for w in _WORD_RX.findall(directive_span(text).lower()) if len(w) > 2)
    return f"{text} [ctx] {context or ''} [rules] {' '.join(tags)} [span] {span}"


_WORD_RX = re.compile(r"[a-z]+")
