"""The extraction pipeline: a read document -> the draft action plan (:class:`ExtractionResult`).

Stages (each a plain function or small class, named in errors): sections -> recommendations -> action plan
(tables and prose) -> merge and de-duplicate -> labels (the classification package's models, loaded once)
-> review fields and timeline. ``Extractor.load()`` loads the models; ``extract_path`` uses a process-wide
extractor so that bulk runs and the CLI load them once.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from classification.addressee_heading import addressee_context
from classification.level import document_force_scope
from dhr.dates import find_dates
from dhr.schema import Action, AgencyMention, ExtractionResult, Recommendation
from dhr.schema.extraction import SectionKind
from dhr.settings import Settings, get_settings
from extraction.action_plan import PlanRow, agencies_from_lead, candidate_pages, parse_tables, prose_actions
from extraction.agency_context import (
    addressee_parts,
    agency_acronyms,
    expand_acronyms,
    inherit_leads,
    owner_post,
    section_addressees,
    unknown_named_subject,
    whole_headings,
)
from extraction.document import Document
from extraction.plan_agency_refs import agency_ref, names_heading
from extraction.plan_scope import printed_level, widest_level
from extraction.recommendations import RawItem, extract_items
from extraction.review_fields import csp_for_levels, review_info, with_tables
from extraction.sections import Section, body_font_size, find_sections
from extraction.target_dates import in_history_clause
from extraction.timeline import extract_timeline

if TYPE_CHECKING:
    from classification.classifier import RecommendationClassifier

logger = logging.getLogger(__name__)

_TARGET_CUE = re.compile(
    r"\b(?:by|before|during|within|no later than|until|in|from|end of|deadline)\s+(?:the\s+)?$", re.I
)
_WORD = re.compile(r"[a-z0-9]{3,}")


@dataclass(slots=True)
class _Draft:
    item: RawItem
    text: str
    actions: list[Action]
    lead_text: str | None = None
    from_plan: bool = False
    from_table: bool = False  # a row of a recommendations table (not the action plan)
    scope: str | None = None  # the plan's "Scope of recommendation" cell, as printed


def _tokens(text: str) -> set[str]:
    return set(_WORD.findall(unicodedata.normalize("NFKC", text).lower()))


def similarity(a: str, b: str) -> float:
    """Token overlap of two texts (containment-friendly: a short table cell inside the full text scores high)."""
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 0.0
    return len(ta & tb) / min(len(ta), len(tb)) * (0.5 + 0.5 * min(len(ta), len(tb)) / max(len(ta), len(tb)))


class Extractor:
    """Turns a :class:`Document` into an :class:`ExtractionResult`. Construct cheaply; call :meth:`load` once."""

    def __init__(self, settings: Settings | None = None, classifier: RecommendationClassifier | None = None):
        self.settings = settings or get_settings()
        self.classifier = classifier

    @classmethod
    def load(cls, settings: Settings | None = None) -> Extractor:
        """Load the classification models and the agency gazetteer (the slow part) once."""
        from classification.agencies import find_agencies
        from classification.classifier import load_classifier
        from dhr.schema.classification import ClassifyInput

        settings = settings or get_settings()
        # loads the agency patterns now; the statistical NER (~0.4 s, spaCy's import with it) is the last resort
        # for a recommendation with no agency found otherwise, so it loads on the first one that needs it
        find_agencies("Police")
        find_dates("On 21 August 2012, by December 2020")  # dateparser loads its locale data on first use
        classifier = load_classifier()
        # the first prediction loads the classifier's lazy parts; pay that here, not on the first document
        classifier.predict([ClassifyInput(id="warm-up", text="The Police should review training.")])
        return cls(settings, classifier)

    # --- entry points -------------------------------------------------------------------------------------
    def extract_path(self, path: Path) -> ExtractionResult:
        from extraction.readers import read

        document = read(Path(path), settings=self.settings)
        try:
            return self(document)
        finally:
            document.close()

    def extract_bytes(self, data: bytes, filename: str) -> ExtractionResult:
        from extraction.readers import read

        document = read(data, filename=filename, settings=self.settings)
        try:
            return self(document)
        finally:
            document.close()

    # --- the pipeline -------------------------------------------------------------------------------------
    def __call__(self, document: Document) -> ExtractionResult:
        warnings = list(document.warnings)
        sections = find_sections(document)
        body = body_font_size(document)
        items = extract_items(sections, body)
        section_addressees(items, sections)
        whole_headings(items, sections)
        drafts = [self._draft(item) for item in items]

        plan_rows = parse_tables(document, candidate_pages(document, sections))
        drafts, plan_rows = _recommendation_tables(drafts, plan_rows, sections)
        if not plan_rows:
            plan_rows = self._prose_plan(sections, body)
        drafts = _merge_plan(drafts, plan_rows)
        drafts = _dedupe(drafts)
        if not sections:
            warnings.append("no recommendations section found: check the document has one")
        elif not drafts:
            warnings.append(
                "a recommendations section was found but no recommendations could be read from it"
            )

        review = review_info(document)
        csp = review.csp
        if drafts and (most := csp_for_levels(csp, "\n".join(map(with_tables, document.pages)))) is not None:
            named = (
                "no commissioning CSP named on the first pages"
                if csp is None
                else f"the CSP named on the first pages ({csp}) is not on the map"
            )
            warnings.append(f"{named}: levels read as for {most}, the area the report names most (check)")
            csp = most
        recommendations = self._label(drafts, agency_acronyms(document) if drafts else {}, csp)
        # a CSP the geography does not know: a police recommendation naming no force takes the report's force
        document_force_scope(recommendations, csp, document.text)
        return ExtractionResult(
            source=document.source,
            review=review,
            timeline=extract_timeline(document),
            recommendations=recommendations,
            warnings=warnings,
        )

    def _draft(self, item: RawItem) -> _Draft:
        text, actions = prose_actions(item.text, item.page)
        return _Draft(item=item, text=text or item.text, actions=actions, lead_text=item.lead_text)

    def _prose_plan(self, sections: list, body: float) -> list[PlanRow]:
        from extraction.recommendations import split_items

        rows: list[PlanRow] = []
        for section in sections:
            if not section.is_action_plan:
                continue
            for item in split_items(section, body):
                text, actions = prose_actions(item.text, item.page)
                if not actions and item.number is None:
                    continue  # preamble prose ("... responsible for this action plan") is not a row
                rows.append(
                    PlanRow(
                        number=item.number, text=text, page=item.page, group=item.heading, actions=actions
                    )
                )
        return rows

    def _label(
        self, drafts: list[_Draft], acronyms: dict[str, str] | None = None, csp: str | None = None
    ) -> list[Recommendation]:
        from classification.agencies import find_agencies
        from dhr.schema.classification import ClassifyInput

        acronyms = acronyms or {}
        inherit_leads(drafts, acronyms)
        inputs = [
            ClassifyInput(
                id=f"r{i + 1}",
                text=expand_acronyms(d.text[: d.item.main_len] if d.item.main_len else d.text, acronyms),
                context=expand_acronyms(_context_of(d) or "", acronyms) or None,
                csp=csp,  # the level of a force- or county-wide addressee depends on the CSP's area
            )
            for i, d in enumerate(drafts)
        ]
        classifier = self.classifier
        if classifier is None:
            from classification.classifier import load_classifier

            classifier = self.classifier = load_classifier()
        labels = classifier.predict(inputs) if inputs else []
        # the agencies as read beside the heading parts that can name a body (a theme title moves the model)
        bodies = [addressee_parts(inp.context) for inp in inputs]
        redo = [i for i, (inp, c) in enumerate(zip(inputs, bodies, strict=True)) if c != inp.context]
        redone = [inputs[i].model_copy(update={"context": bodies[i]}) for i in redo]
        again = classifier.predict_agencies(redone) if redone else []
        for i, (agencies, confidence) in zip(redo, again, strict=True):
            scores = {**labels[i].scores, "agencies": confidence}
            labels[i] = labels[i].model_copy(update={"agencies": agencies, "scores": scores})
        out: list[Recommendation] = []
        for i, (draft, label) in enumerate(zip(drafts, labels, strict=True)):
            # the Agency / Lead cell is in the classifier's context: it names the addressee only where the text
            # names none (LABELLING-GUIDE rule 3; "Kent Police, in consultation with KSCS" under "Kent Police |
            # KSCS" is for the police alone), so it is not added beside the text's own subject
            agencies = list(label.agencies)
            if agencies and label.scores.get("agencies", 1.0) < 1.0 and unknown_named_subject(draft.text):
                # the fallback model's guess for a named body it cannot know ("Milbury Carers' Centre should"):
                # off the pick-list, so `other` (LABELLING-GUIDE; the name stays in the mentions)
                agencies = ["other"]
            if not agencies and draft.lead_text:
                agencies = agencies_from_lead(expand_acronyms(draft.lead_text, acronyms))
            if not agencies and (heading := addressee_context(draft.item.heading)):
                # subject-less text under an agency's heading ("Kent Police" over "That officers are
                # reminded ..."): the heading names the addressee (LABELLING-GUIDE rule 3); a group title
                # ("The partnership and its members") names none, judged as the classifier judges it
                agencies = agencies_from_lead(expand_acronyms(heading, acronyms))
            if not agencies:
                for action in draft.actions:
                    agencies.extend(a for a in action.agencies if a not in agencies)
            if not agencies:
                # last resort, for names the gazetteer lacks: spaCy's statistical NER (ORG spans normalised by
                # naming patterns), taking one in the subject position only
                # (a name the recogniser knows was already judged by the addressee rules: not an addressee)
                known = {(m.start, m.end) for m in find_agencies(draft.text)}
                subject = [
                    m
                    for m in find_agencies(draft.text, use_ner=True)
                    if m.start < 60 and (m.start, m.end) not in known
                ]
                if not subject and draft.item.already_done:
                    # "Training has been provided to all Axbridge Vale Homes staff": a recommendation written
                    # as done names its agency as the one the action was for, not as the subject
                    subject = find_agencies(draft.text, use_ner=True)[:1]
                agencies = [subject[0].agency] if subject else []
            mentions = [
                AgencyMention(
                    text=m.text,
                    agency=m.agency,
                    role="lead" if m.agency in agencies else "mentioned",
                    page=draft.item.page,
                )
                for m in find_agencies(draft.text)
            ]
            if draft.item.heading:
                mentions.extend(
                    AgencyMention(text=draft.item.heading, agency=a, role="heading", page=draft.item.page)
                    for a in agencies_from_lead(draft.item.heading)
                )
            out.append(
                Recommendation(
                    id=f"r{i + 1}",
                    number=draft.item.number,
                    text=draft.text,
                    section=draft.item.section,
                    heading=draft.item.heading,
                    agencies=agencies,
                    level=widest_level(label.level, printed_level(draft.scope)),
                    themes=list(label.themes) or ["other"],
                    page=draft.item.page,
                    target_date=_target_in_text(draft.text)
                    or (_target_in_text(f"by {draft.item.target_text}") if draft.item.target_text else None),
                    actions=draft.actions,
                    agency_mentions=mentions,
                    written_as_done=draft.item.already_done,
                    confidence=0.6 if draft.from_plan else 0.9,
                )
            )
        return out


#: The label of a bold "Agency: X" line, kept in the heading read over the items but naming no body itself
#: ("Agency: KSCS" was read as all agencies, "KSCS" as children's social care).
_AGENCY_LABEL = re.compile(r"^(?:(?:lead|responsible)\s+)?agency\s*[:\-\u2013]\s*", re.IGNORECASE)


#: A heading naming a class of bodies, not one ("Recommendations for health agencies", "Other agencies:",
#: "Partner organisations"): a part of the list grouping recommendations each given its own lead.
_GROUP_HEADING = re.compile(
    r"\b(?:agencies|organi[sz]ations|partners|bodies|providers)\s*:?\s*$", re.IGNORECASE
)


def _context_of(draft: _Draft) -> str | None:
    lead = draft.lead_text
    heading = draft.item.heading
    if (
        lead
        and heading
        and not draft.item.tag
        and _GROUP_HEADING.search(heading)
        and agencies_from_lead(_AGENCY_LABEL.sub("", lead))
    ):
        # "Agency: Norfolk Constabulary" under "3. Recommendations for other agencies", "Lead: All agencies" under
        # "... to the Partnership and its agencies": the recommendation's own lead line says which of the group it
        # is for (LABELLING-GUIDE rule 3); the group is no second addressee
        heading = None
    named = addressee_parts(addressee_context(draft.item.tag or heading))
    if lead and named and set(agencies_from_lead(named)) - {"all_agencies"}:
        # a plan's Responsible cell naming a post ("CSP manager", "Designated Safeguarding Lead", "Head of
        # Safeguarding, <trust>") under an agency's heading is the action's owner inside (or beside) the body the
        # heading names, not a second addressee: the heading names it (a body after the post's comma stays)
        post, body = owner_post(lead)
        lead = body if post else lead
    parts = [_AGENCY_LABEL.sub("", p) for p in (draft.item.tag, heading, lead) if p]
    return " | ".join(parts) if parts else None


def _target_in_text(text: str) -> str | None:
    """A target date written inside the recommendation ("... by December 2013", "during 2017-2018")."""
    for found in find_dates(text):
        # a year in a clause giving the addressee's history ("X ICB, which took over ... in July 2022, to ...")
        # follows a cue-like word ("in", "until") but dates no deadline
        if _TARGET_CUE.search(text[max(0, found.start - 20) : found.start]) and not in_history_clause(
            text, found.start, found.end
        ):
            return found.iso
    return None


#: A recommendation number as reports print it ("3", "3.", "4.2.1"), not a plan's reference ("DHR07/R1")
_PLAIN_NUMBER = re.compile(r"\d+(?:\.\d+)*\.?")


def _recommendation_tables(
    drafts: list[_Draft], rows: list[PlanRow], sections: list[Section]
) -> tuple[list[_Draft], list[PlanRow]]:
    """Tables inside a recommendations section ("No. | Recommendation | Lead agency") are the recommendations.

    Their cells also came through as lines, which the line splitter reads as items and agency headings;
    the table's rows replace those items on that page. Rows on action-plan pages are returned for merging.
    """
    kind_of_page: dict[int, SectionKind] = {}
    for section in sections:
        if not section.is_action_plan:
            for page in section.pages:
                kind_of_page.setdefault(page, section.kind)
    in_sections = [r for r in rows if r.page in kind_of_page and r.text and not _plan_page(r.page, sections)]
    if not in_sections:
        return drafts, rows
    pages = {r.page for r in in_sections}

    def from_the_table(d: _Draft) -> bool:
        # items the line splitter made out of the table's cells (whole or cut) on the same page, or on the page
        # a row cut by its break went on to (the rest of its cell under the repeated header, a header word glued
        # on: "Agency criteria for ...")
        if d.item.page not in pages | {r.last_page for r in in_sections} or d.item.section == "action_plan":
            return False
        return any(
            d.item.page in (r.page, r.last_page) and similarity(d.text, r.text) >= 0.5 for r in in_sections
        )

    kept = [d for d in drafts if not from_the_table(d)]
    replaced = [d for d in drafts if from_the_table(d)]
    for k, row in enumerate(in_sections):
        text = row.text
        # (only the page's last row can be cut by its break: a row with another under it on the same page ended
        # there, and longer line-splitter text starting with it took in a neighbouring cell's wrapped words)
        last_on_page = not any(later.page == row.page for later in in_sections[k + 1 :])
        if last_on_page and not text.rstrip().endswith((".", "!", "?")):
            # a row cut by the page break with no header repeated: the next page may not be read as the table's,
            # but the page flow read the row on over the break, its text starting with the row's
            cut = " ".join(text.split())
            text = next(
                (
                    d.text
                    for d in replaced
                    if d.item.page == row.page
                    and len(d.text) > len(cut)
                    and " ".join(d.text.split()).startswith(cut)
                ),
                text,
            )
        number = row.number
        if not (number and _PLAIN_NUMBER.fullmatch(number)):
            # a plan reference ("DHR07/R1") in the table's No. cell: the body printed the recommendation's own
            # number over the same text, and that is the number the report gives it
            body = next((d for d in replaced if d.item.number and similarity(d.text, text) >= 0.8), None)
            number = body.item.number if body else number
        # a table under an agency's heading: that agency's recommendations, as items under the heading would be
        kind = kind_of_page[row.page]
        if row.under_heading and not row.group and kind != "executive_summary":
            kind = "single_agency"
        item = RawItem(
            number=number, text=text, page=row.page, section=kind, heading=row.group or row.under_heading
        )
        kept.append(
            _Draft(item=item, text=text, actions=row.actions, lead_text=row.lead_text, from_table=True)
        )
    kept.sort(key=lambda d: d.item.page or 0)
    return kept, [r for r in rows if r not in in_sections]


def _plan_page(page: int, sections: list[Section]) -> bool:
    return any(section.is_action_plan and page in section.pages for section in sections)


#: "R1", "Rec 1", "Recommendation 1.", "1." -> "1": a plan and the body often print one number two ways
_NUMBER_PREFIX = re.compile(r"^(?:recommendation|rec)?\.?\s*r?\.?\s*(?=\d)", re.IGNORECASE)


def _number_key(number: str | None) -> str | None:
    """The number a plan row and a recommendation share, whatever prefix or closing mark each prints."""
    if not number:
        return None
    return _NUMBER_PREFIX.sub("", number.strip()).rstrip(".):").lower() or None


def _merge_plan(drafts: list[_Draft], rows: list[PlanRow]) -> list[_Draft]:
    """Attach each action-plan row to the narrative recommendation it repeats; keep the others as new ones."""
    if not rows:
        return drafts
    keys = [_number_key(d.item.number) for d in drafts]
    numbers: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        if key:
            numbers.setdefault(key, []).append(i)
    used: set[int] = set()
    for row in rows:
        best, best_score = None, 0.0
        row_key = _number_key(row.number)
        # "NNUH 1" in a Ref column: the number under the agency its initials name (numbering restarted), unless
        # the body prints the same ref ("PH1", "A2" numbering a series of its own)
        ref = agency_ref(row.number) if row_key not in numbers else None
        row_key = ref[1] if ref else row_key
        for i, d in enumerate(drafts):
            score = similarity(row.text, d.text) if row.text else 0.0
            if row_key and keys[i] == row_key:
                score += 0.3
            if i in used:
                score -= 0.25  # a plan repeating one wording for two agencies: the unused twin first
            if score > best_score:
                best, best_score = i, score
        if (
            best_score < 0.55
            and not row.text
            and row_key
            and len(_copies_apart(drafts, numbers.get(row_key, []))) == 1
        ):
            # a plan row giving only the number ("Rec | Action | Lead | Target"): its recommendation by number
            # (one recommendation, though the summary's copy of it shares the number: ``_dedupe`` joins them)
            best, best_score = numbers[row_key][0], 0.55
        elif best_score < 0.55 and not row.text and row_key and (row.lead_text or ref):
            # numbering restarted under each agency's heading: the number under the plan table's agency
            led = [
                i
                for i in numbers.get(row_key, [])
                if similarity(drafts[i].item.heading or "", row.lead_text or "") >= 0.8
            ]
            if not led:
                # the agency's short name or initials in the Ref or Lead cell ("NNUH 1" | ... | "NNUH" under
                # the heading "Norfolk and Norwich University Hospitals NHS Foundation Trust"): the one
                # heading they name
                names = [n for n in (ref[0] if ref else None, row.lead_text) if n]
                led = [
                    i
                    for i in _copies_apart(drafts, numbers.get(row_key, []))
                    if drafts[i].item.heading and any(names_heading(n, drafts[i].item.heading) for n in names)
                ]
                led = led if len(led) == 1 else []
            if not led:
                # no agency heading names the plan's agency: the recommendation of that number printed under no
                # agency heading (the overview block before the single-agency ones), when it is the only one
                led = [i for i in numbers.get(row_key, []) if not drafts[i].item.heading]
            if len(led) == 1:
                best, best_score = led[0], 0.55
        if best is not None and best_score >= 0.55:
            target = drafts[best]
            used.add(best)
            if target.item.number is None and row.number:
                # bullets in the body, numbered in the plan
                target.item.number = ref[1] if ref else row.number
                keys[best] = row_key
            target.actions.extend(row.actions)
            target.lead_text = target.lead_text or row.lead_text
            target.scope = target.scope or row.scope
            continue
        if not row.text:
            if drafts and row.actions:
                drafts[-1].actions.extend(row.actions)
            continue
        item = RawItem(
            number=row.number, text=row.text, page=row.page, section="action_plan", heading=row.group
        )
        drafts.append(
            _Draft(
                item=item,
                text=row.text,
                actions=row.actions,
                lead_text=row.lead_text,
                from_plan=True,
                scope=row.scope,
            )
        )
        keys.append(row_key)
        # a plan can repeat one recommendation's wording for several agencies: each row stays its own
        used.add(len(drafts) - 1)
    return drafts


def _copies_apart(drafts: list[_Draft], indices: list[int]) -> list[int]:
    """``indices`` less each draft that repeats an earlier one of them (the executive summary's copy of a body
    recommendation under the same number)."""
    out: list[int] = []
    for i in indices:
        if not any(_same_recommendation(drafts[j], drafts[i]) for j in out):
            out.append(i)
    return out


def _same_recommendation(a: _Draft, b: _Draft) -> bool:
    """Same text, and not two items of one list (a list can repeat a sentence under two numbers)."""
    if similarity(a.text, b.text) < 0.9:
        return _shortened_in_summary(a, b)
    if a.item.section == b.item.section:
        # within one block: the same wording under two agency headings, or under two numbers, is two
        if a.item.heading != b.item.heading and a.item.heading and b.item.heading:
            return False
        if a.item.number and b.item.number and a.item.number != b.item.number:
            return False
    return True


def _shortened_in_summary(a: _Draft, b: _Draft) -> bool:
    """The executive summary's shortened copy of a body recommendation (its first sentence, say): all of its
    words are in the body's text."""
    body = {"overview", "single_agency"}
    if {a.item.section, b.item.section} - body != {"executive_summary"} or not {
        a.item.section,
        b.item.section,
    } & body:
        return False
    short, full = sorted((_tokens(a.text), _tokens(b.text)), key=len)
    return len(short) >= 8 and len(short & full) >= 0.95 * len(short)


def _dedupe(drafts: list[_Draft]) -> list[_Draft]:
    """A recommendation listed in the summary and again in the body (or plan) is reported once."""
    out: list[_Draft] = []
    for d in drafts:
        twin = next((o for o in out if _same_recommendation(o, d)), None)
        if twin is None:
            out.append(d)
            continue
        twin.actions.extend(a for a in d.actions if all(a.text != b.text for b in twin.actions))
        twin.lead_text = twin.lead_text or d.lead_text
        if twin.item.heading is None:
            twin.item.heading = d.item.heading
        if twin.item.section == "executive_summary" and d.item.section in ("overview", "single_agency"):
            # the summary's copy came first: the body's item (its number, heading, section) and its full text
            # are the reference
            twin.item = d.item
            twin.text = d.text
    return out


_DEFAULT: dict[int, Extractor] = {}


def get_extractor(settings: Settings | None = None) -> Extractor:
    """The process-wide extractor (models loaded once)."""
    key = id(settings) if settings is not None else 0
    if key not in _DEFAULT:
        _DEFAULT[key] = Extractor.load(settings)
    return _DEFAULT[key]


def extract_path(path: Path, settings: Settings | None = None) -> ExtractionResult:
    """Read and extract one file (PDF, DOCX, HTML or text)."""
    return get_extractor(settings).extract_path(Path(path))


def extract_bytes(data: bytes, filename: str, settings: Settings | None = None) -> ExtractionResult:
    return get_extractor(settings).extract_bytes(data, filename)
