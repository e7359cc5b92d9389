"""The rules/lexicon baseline: level, themes and department from keywords and the addressees.

The level's keyword rules live with every other level rule in :mod:`classification.level`; the directive (what
is asked, and its mechanism: the main theme the rules settle) is read in :mod:`classification.directive`.

It needs no trained model, so the classifier falls back to it when ``models/classifiers/`` is empty, and the
training run reports it as baseline (a). Learned models use :func:`feature_text` as their input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from classification.addressees import addressees
from classification.agencies import is_national_surface
from classification.directive import directive_span, directive_theme
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
