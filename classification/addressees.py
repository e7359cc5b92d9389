"""Who a recommendation is FOR: each agency mention with its role (``lead``, ``consulted``, ``mentioned``).

:func:`addressees` tells the bodies a recommendation is FOR (``lead``) from those it only consults or mentions,
following ``LABELLING-GUIDE.md``: grammatical and joint subjects, actors of the change ("ensure that all GP
practices ..."), passive agents; consulted partners, letter recipients and audiences are not leads; passive or
subject-less text takes its addressee from the heading (``context``, read by
:mod:`classification.addressee_heading`). The mentions themselves come from the one agency recogniser,
:mod:`classification.agencies`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from classification.addressee_heading import _context_agencies, _surface_key, addressee_context
from classification.addressee_refine import (
    BE_SUPPORTED_BY,
    IMPERATIVE_OPENING,
    LATER_AGENT,
    NOUN_AFTER,
    REDUCED_AGENT,
    commissioned_practices,
    including_leads,
    setting_words,
    split_tag,
    trust_by_unit,
)
from classification.addressee_units import BOARD, arm_agency, board_units, own_units, unit_kind
from classification.addressee_words import (
    COUNCIL_STAFF,
    EMBEDDED_WITH,
    INSIDE_NOUN_PHRASE,
    NHS_PROVIDERS,
    PROVIDER_CLASSES,
    SUBJECT_ASIDES,
    TRUST_STAFF,
    TRUST_UNITS,
    VAGUE_SUBJECTS,
    beside_class,
    heading_people,
    names_no_body,
)
from classification.agencies import (
    COUNCIL_DEPARTMENTS,
    GENERIC_DEFAULT,
    raw_matches,
    resolve,
)
from classification.agency_topics import council_service, is_modifier, topic_owner
from classification.gazetteer import KNOWN_ACRONYMS
from dhr.schema.classification import AddresseeRole


@dataclass(frozen=True)
class Addressee:
    """An agency mention with its role in the recommendation: ``lead`` ones are the addressees."""

    start: int
    end: int
    text: str
    agency: str
    role: AddresseeRole


# -------------------------------------------------------------------------------------------------- addressees
_MODAL = re.compile(
    r"\b(should|must|shall|will|would|could|to|need|needs|ought|is|are|has|have|be|ensure|ensures|review|"
    r"reviews|develop|develops|consider|considers|provide|provides|undertake|undertakes|agree|agrees|"
    r"establish|establishes|implement|implements|commission|commissions|ask|asks|write|writes|make|makes|"
    r"take|takes|work|works|share|shares|seek|seeks|include|includes|adopt|adopts|deliver|delivers|lead|leads)\b",
    re.I,
)
# A trigger right before a mention makes it a non-addressee; "consulted" ones are named partners.
_CONSULT = re.compile(
    r"(\bconsult(ation|ing|s|ed)?\b(\s+with)?|\bwith\b|\balongside\b|\bwrite\s+to\b|\bwriting\s+to\b|"
    r"\bletter\s+to\b|\breport\s+to\b|\breport(ing|s)?\s+(back\s+)?to\b|\bfrom\b|\binvolv(e|ing)\b|\bsupport\s+of\b|"
    r"\bask(s|ing)?\b|\brequest(s|ing)?\b|\blobby(ing)?\b|\bengage\b|\binvite\b|\bnotify\b|\binform\b|\btell(?:s|ing)?\b|"
    r"(?<!be\s)(?<!been\s)\b(?:supported|assisted|aided)\s+by\b|"
    r"\b(?:satisf(?:y|ies|ied)|assur(?:e|es|ed))\s+(?:itself|themselves)\s+that\b|\bassurance\s+that\b|"
    r"\bliaise\b|\bpartnership\s+with\b|\bcontact\b|\bpresent(ed)?\s+to\b|\bsend\b|\bsent\s+to\b|\brefer(red|ral|rals)?\s+to\b)"
    r"[\s\w,'’()-]{0,25}$",
    re.I,
)
_AUDIENCE = re.compile(
    r"(\b(in|within|across|of|for|to|at|on|about|between|among|amongst|including|and\s+other|such\s+as|"
    r"e\.g\.|into|under|via|through|than|like)\b)\s*((all|the|each|every|any|other|relevant|local|their|its|our|"
    r"partner|staff|practitioners|professionals|employed|working|teams?)\s+)*"
    r"(?:AGENCYX\s*(?:,|and|&)\s*(?:(?:the|all|each|every|any|other|relevant|local)\s+)*)*$",  # "between X and the Y"
    re.I,
)
_ACTOR = re.compile(
    r"\b(ensure|ensures|ensuring|require|requires|requiring|direct|directs|mandate|mandates)\b\s+(that\s+)?"
    r"((all|the|each|every|any|relevant|local|their|its|our|partner|individual|member|commissioned|contracted)\s+)*$",
    re.I,
)
_MAKE_SURE = re.compile(
    r"\b(mak(?:e|es|ing)\s+sure)\s+(?:that\s+)?((all|the|each|every|any|relevant|local|their|its|our|member)\s+)*$",
    re.I,
)
#: A body's document after its name ("the Home Office guidance", "NICE guidelines", "police policies"): nouns
#: that are no verbs, so the body only says whose document is meant.
_DOCUMENT_AFTER = re.compile(
    r"\s+(?:guidance|guidelines|policy|policies|procedures?|protocols?|standards|data|systems?|notifications?|"
    r"letters?|requirements|criteria|framework|toolkit|template|forms?|documents?|strategy)\b",
    re.I,
)
#: A trust's community and maternity staff ("its health visitors", "district nurses", "midwives"): after "make sure
#: that" they are made to act, as after "ensure that", and own_units folds them into their trust. Emergency
#: department staff are left out: "make sure that ED staff can see ..." is about what they are shown, and with no
#: trust named they would stand as a body of their own.
_ARM_STAFF = TRUST_STAFF - {"emergency department staff"}
#: A receiving verb after the body an "ensure that" clause names: it is given something, it is not asked to act.
#: The body's staff noun and a short "in the region" may come between ("ensure that primary care staff receive
#: training", "ensure that GP practices in the region receive the learning").
_RECEIVES = re.compile(
    r"(?:\s+(?:staff|practitioners|clinicians|colleagues|workers|teams?))?"
    r"(?:\s+(?:in|across)\s+(?:the|its|their|this|that)\s+\w+)?"
    r"\s+(?:(?:should|will|can|always)\s+)?(?:receive|receives|get|gets|(?:have|has)\s+access\s+to)\b",
    re.I,
)
# "It is recommended for the Police to ...", "there is a need for all GP practices to ..." (not "a pathway for
# housing officers to refer ...", "training for housing officers to ...": those are audiences)
_FOR_TO = re.compile(
    r"\b(recommend\w*|necessary|important|essential|vital|advisable|appropriate|needs?|needed|required|"
    r"expect\w*|helpful|useful|practice|time)\s+for\s+((all|the|each|every|relevant|local)\s+)*$",
    re.I,
)
# passive agents, joint ones included: "should be agreed between probation and the MARAC", "by X and Y"
# (a participle must follow the verb "be": "there is a need to check the records made by the GP" has no agent)
_PARTICIPLE = (
    r"(?:\w+(?:ed|en|wn|ne)|made|held|led|put|set|sent|kept|built|brought|taught|sought|paid|run|met|told|"
    r"undertaken|overseen|drawn|done)"
)
_BY_AGENT = re.compile(
    r"\b(be|been|being|is|are)\s+(?:\w+ly\s+)?"
    + _PARTICIPLE
    + r"\b[^.;]*\b(by|between)\s+((the|all|each|relevant|local)\s+)*"
    r"(AGENCYX\s*(,|and|&)\s*((the|all|each|relevant|local)\s+)*)*$",
    re.I,
)
#: The mention right after "by" (not "supported by"): a passive agent, even after a consulted body in the clause.
_AGENT_BY = re.compile(
    r"(?<!supported\s)(?<!assisted\s)(?<!aided\s)\bby\s+((the|all|each|every|relevant|local)\s+)*$", re.I
)
_PASSIVE_AFTER = re.compile(
    r"\s+(?:should|must|will|to|need to|needs to)?\s*(?:be|are|is)\s+\w+(?:ed|en)\b", re.I
)
_OFFICE_OF = re.compile(
    r"\s*(?:the|each|all|every)?\s*(?:chair|chairs|chairperson|head|heads|manager|managers|director|directors|"
    r"lead|leads|members?|coordinator|co-ordinator|executive|board|chief executive|leadership)\s+of\s+"
    r"(?:the\s+|each\s+|all\s+|every\s+)?",
    re.I,
)
#: "The Head of Safeguarding at X", "The Safeguarding Lead for X", "The Named Nurse within X": an office-holder
#: named by title (capitalised words ending in a role noun) before the body they act for.
_ROLE_AT = re.compile(
    r"\s*(?:the|each|every)?\s*(?:[A-Z][\w'’-]*\s+(?:(?:of|for|and)\s+)?){0,4}"
    r"(?:Head|Lead|Director|Manager|Officer|Nurse|Doctor|Chair|Coordinator|Co-ordinator|Executive|Adviser|"
    r"Advisor|Consultant|Practitioner|Professional|Team)(?:\s+(?:of|for)\s+(?:[A-Z][\w'’-]*\s*){1,3})?"
    r"\s+(?:at|for|within|in|of)\s+(?:the\s+|each\s+)?"
)
#: "The provider of the perpetrator programme should ...": the provider of a service is that service acting.
_PROVIDER_OF = re.compile(
    r"\s*(?:the|each|every|any|all)?\s*(?:commissioned\s+|contracted\s+)?providers?\s+of\s+(?:the\s+|each\s+|any\s+)?",
    re.I,
)
_LEAD_ADVERBIAL = re.compile(
    r"\s*(?:in|following|when|where|whenever|as|after|given|once|if|within|during|before|until|since|although|"
    r"while|whilst|to\s+\w+)\b(?![^,]*AGENCYX)[^,;]*,\s*(?:(?:the|all|each|every|any)\s+)?"
    r"(?:AGENCYX\s*(?:,|and|&)\s*(?:(?:the|all|each|every|any)\s+)?)*",
    re.I,
)
#: A sentence that opens with a subordinate clause ("When a referral is made by the police, the MASH ..."): an
#: agent inside it is not the main clause's actor.
_SUBORDINATE = re.compile(
    r"\s*(?:when|whenever|where|if|once|after|before|until|as\s+soon\s+as|following)\b[^,;]*$", re.I
)
#: The rest of a joint subject after a mention: ", the CCG and the Police" up to the verb.
_JOINT_GAP = re.compile(r"\s*(?:,|and|&)\s*", re.I)
_ARTICLE = re.compile(r"(?:the|all|each|every|any)\s+", re.I)


def _joint_end(text: str, end: int, spans: list[tuple[int, int]]) -> int:
    """Where the joint subject starting with the mention ending at ``end`` ends ("X and Y should": after Y)."""
    starts = {s: e for s, e in spans}
    while True:
        gap = _JOINT_GAP.match(text, end)
        if gap is None:
            return end
        at = gap.end()
        if at not in starts and (article := _ARTICLE.match(text, at)):
            at = article.end()
        if at not in starts:
            return end
        end = starts[at]


_VERB_AFTER = re.compile(r"\s+(?:should|must|shall|will|to|needs?\s+to|is|are|has|have)\b", re.I)
_EARLIER_SUBJECT = re.compile(
    r"AGENCYX\s+(?!(?:and|or|&|the|all|its|their)\b)[a-z][\w'’-]*(?:\s+[\w'’,()-]+){2,}\s+that\s*$", re.I
)
#: An earlier body as the subject with its verb already said ("That probation practitioners check police
#: call-out records"): a later mention is inside its predicate, not a second subject (a joint subject's last
#: body comes after "and", "or", "&" or a comma instead).
_IN_PREDICATE = re.compile(
    r"^\s*(?i:(?:the|all|each|every|any)\s+)?AGENCYX\s+(?!(?:and|or|nor|plus)\b)[a-z][\w'’-]*\b"
    r"(?!.*(?:,|\band|\bor|&)\s*(?i:(?:the|all|each|every|any|other|relevant|local)\s+)*$).*$",
    re.S,
)
#: An embedded question after the verb ("Audit how often enquiry is made by X", "review whether it is done by
#: X"): a passive agent inside it is what is looked at, not the body asked to act.
_EMBEDDED = re.compile(
    r"\b(?:how(?:\s+(?:often|many|much|well|quickly|far|long|soon))?|whether|what|which|why)\b[^,;]*$", re.I
)
#: Words before a subject other than a determiner: the mention is not the sentence's first noun phrase.
_WORDS_BEFORE = re.compile(r"(?i)\b(?!(?:all|each|every|any|the|relevant|local|that)\b)[a-z]{2,}")
_QUANT = re.compile(r"\b(all|each|every)\s+$", re.I)
_CLAUSE_BREAK = re.compile(r"[.;:!?]\s|,\s|\(|\)|\n|\s-\s|\s–\s")


def _clause_prefix(text: str, start: int) -> str:
    """The text between the last clause break (sentence end, comma, bracket) and ``start``, lead-in removed."""
    head = text[:start]
    last = 0
    for m in _CLAUSE_BREAK.finditer(head):
        last = m.end()
    prefix = head[last:]
    m = _LEADIN.match(prefix)
    return prefix[m.end() :] if m else prefix


_LEADIN = re.compile(
    r"^\s*(?:[\w\s,'’()-]*?\b(?:recommend(?:s|ed|ation)?|proposes?|suggests?)\b(?:\s+\d+)?\s*[:.-]?\s*(?:that\s+)?"
    r"|that\s+)",
    re.I,
)


def _sentence_prefix(text: str, start: int) -> str:
    """The text between the sentence start and ``start``, without a lead-in ("It is recommended that")."""
    head = text[:start]
    last = 0
    for m in re.finditer(r"[.;!?]\s", head):
        last = m.end()
    prefix = head[last:]
    m = _LEADIN.match(prefix)
    return prefix[m.end() :] if m else prefix


def _strip_agencies(prefix: str, spans: list[tuple[int, int]], offset: int) -> str:
    """``prefix`` with the agency mentions in it replaced by a placeholder word."""
    out = prefix
    for s, e in sorted(spans, reverse=True):
        if offset <= s and e <= offset + len(prefix):
            out = out[: s - offset] + " AGENCYX " + out[e - offset :]
    return out


def _role(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> tuple[AddresseeRole, bool]:
    """The role of the mention at ``[start, end)``; the flag says it is quantified ("all GP practices")."""
    clause = _clause_prefix(text, start)
    sentence = _sentence_prefix(text, start)
    clause_clean = _strip_agencies(clause, spans, start - len(clause))
    sentence_clean = _strip_agencies(sentence, spans, start - len(sentence))
    quantified = bool(_QUANT.search(clause))
    if (
        _OFFICE_OF.fullmatch(sentence_clean)
        or _ROLE_AT.fullmatch(sentence_clean)
        or _PROVIDER_OF.fullmatch(sentence)
    ):
        return (
            "lead",
            quantified,
        )  # "The Chair of the CSP should ...": the body acts through its office-holder
    if _LEAD_ADVERBIAL.fullmatch(sentence_clean) and _VERB_AFTER.match(text, _joint_end(text, end, spans)):
        return "lead", quantified  # "In light of this review, the MARAC should ..."
    embedded = (
        _EMBEDDED.search(sentence_clean) is not None
    )  # "Audit how often X is made by Y": Y is not asked
    if BE_SUPPORTED_BY.search(clause_clean) and "AGENCYX" in sentence_clean:
        return "consulted", quantified  # "X should be supported by Y to offer ...": X acts, Y supports
    if (
        _AGENT_BY.search(clause_clean)
        and _BY_AGENT.search(sentence_clean)
        and not _SUBORDINATE.match(sentence_clean)
        and not embedded
    ):
        return "lead", quantified  # "... should be shared with the MARAC by all agencies": the agent acts
    if EMBEDDED_WITH.search(clause_clean):
        return (
            "mentioned",
            quantified,
        )  # "Agree how wardens share concerns with the police": inside the question
    if _CONSULT.search(clause_clean.replace("AGENCYX", "")) and not _ACTOR.search(clause_clean):
        # "in consultation with X", "work with X", "write to X", "seek assurance from X"
        if re.search(
            r"\b(with|from|to|alongside|consult\w*|ask\w*|request\w*|lobby\w*|notify|inform|liaise|supported|"
            r"assisted|aided|satisf\w*|assur\w*|"
            r"engage|invite|contact|send|tell\w*|involv\w*)\b",
            clause_clean,
            re.I,
        ):
            return "consulted", quantified
    actor = _ACTOR.search(clause_clean)
    if actor and actor.group(1).lower()[:5] in ("requi", "direc", "manda") and NOUN_AFTER.match(text, end):
        actor = None  # "should not require police evidence": a modifier of the object, not a body told to act
    surface = " ".join(text[start:end].lower().split())
    if actor is None and (
        surface in PROVIDER_CLASSES or f"{surface}s" in PROVIDER_CLASSES or surface in _ARM_STAFF
    ):
        # "should make sure that GP practices add ...", "... that every GP practice has ...": a class of providers
        # made to act (rule 4); "X Trust should make sure that its health visitors record ...": a trust's staff,
        # whom own_units then folds into the trust (as after "ensure that"). Other bodies after "make sure that"
        # are mostly the subject's own staff and units ("its community safety officers")
        actor = _MAKE_SURE.search(clause_clean)
    if actor and _DOCUMENT_AFTER.match(text, end):
        actor = None  # "ensure the Home Office guidance on X is followed": whose guidance, not who acts
    if actor and _RECEIVES.match(text, end):
        actor = None  # "make sure that GP practices receive the MARAC outcome": given it, not told to act (rule 2)
    if actor or _FOR_TO.search(clause_clean) and re.match(r"\s*(to|should|must)\b", text[end:]):
        return "lead", quantified
    if _BY_AGENT.search(sentence_clean) and not _SUBORDINATE.match(sentence_clean) and not embedded:
        return "lead", quantified
    if _AUDIENCE.search(clause_clean) or REDUCED_AGENT.search(clause_clean):
        return "mentioned", quantified  # (or "every victim referred by X": who referred, not who acts)
    # Subject position: nothing verb-like between the sentence start and the mention (other agencies aside), and
    # no earlier body with its own predicate ("That NHS England build into its contracts a requirement that GP
    # practices ...": the practices are inside what NHS England is to do)
    words = re.sub(r"AGENCYX", " ", sentence_clean)
    if (
        _EARLIER_SUBJECT.search(sentence_clean)
        or _IN_PREDICATE.match(sentence_clean)
        or _IN_PREDICATE.match(SUBJECT_ASIDES.sub("", sentence_clean))
        or INSIDE_NOUN_PHRASE.match(sentence_clean)
    ):
        return "mentioned", quantified
    if not _MODAL.search(words) and not _AUDIENCE.search(words.strip() + " "):
        if LATER_AGENT.match(text, end) or IMPERATIVE_OPENING.match(sentence_clean):
            return "mentioned", quantified  # "Funding for a hospital post should be identified by X": X acts
        return "lead", quantified
    return "mentioned", quantified


#: "<noun phrase with no verb> from [the] X [and Y]": the actor of a verbless recommendation.
#: (not after a verb of getting, nor "referrals (made) from X": X is where the audited referrals came from)
_NOMINAL_FROM = re.compile(
    r"^(?![^.;]*\b(?:seek\w*|sought|obtain\w*|receiv\w*|request\w*|ask\w*|get|gain\w*|require\w*|referr\w*)\b)"
    r"[^.;]*\bfrom\s+((?:the|all|each|every|relevant)\s+)*(AGENCYX\s*(?:,|and|&)\s*((?:the|all|each|relevant)\s+)*)*$",
    re.I,
)
#: A text that opens with a noun phrase, not an imperative: an article or a noun of action ("Consideration", "The
#: provision of ...", "Assurance ...").
_NOUN_OPENING = re.compile(
    r"\s*(?:(?:the|a|an|any|further)\s|[A-Za-z]+(?:tion|sion|ment|ance|ence|ness|ity|al|ure)s?\s)", re.I
)
_BE_PARTICIPLE = re.compile(r"\b(?:be|been|being|is|are)\s+(?:\w+ly\s+)?" + _PARTICIPLE + r"\b", re.I)
_RECOMMENDER = re.compile(
    r"\s+(?:therefore\s+|also\s+|further\s+|strongly\s+)?(?:recommends?|recommended|proposes?|suggests?|"
    r"makes\s+the\s+following|has\s+made|concluded|concludes)\b",
    re.I,
)


def addressees(text: str, context: str | None = None) -> list[Addressee]:
    """Every agency mention in ``text`` with its role; ``lead`` ones are the bodies the text is FOR.

    Args:
        text: the recommendation as written.
        context: the heading it sat under (agency heading, Lead Agency cell, or a tag like ``10 (CCG)``).
            Its agencies become leads (with offsets -1) when the text names no addressee of its own (passive or
            subject-less text, "the Trust", "the service"), or beside a quantified actor ("all GP practices").
    """
    text, context = split_tag(text, context)  # "(CCG) Review ...": the numbering's tag left in the text
    raw = raw_matches(text)
    spans = [(s, e) for s, e, _, _ in raw]
    context = addressee_context(context)
    ctx = _context_agencies(context)
    out: list[Addressee] = []
    generic_lead = False
    vague: list[str] = []  # what vague subjects ("officers") read as alone: the heading's body's people
    quantified_lead = False
    classes: list[str] = []  # the ids of provider classes as subjects ("GP practices to ..."), "" for other
    attributive: list[int] = []
    # leads naming a body as the subject: a quantified actor beside one needs no heading
    named: list[int] = []
    recipients: list[int] = []
    trust_ends: list[int] = []  # where "the Trust" as an actor ends
    possessed: list[str] = []  # the ids of the generic trust's own units that act ("The Trust's CMHT ...")
    prev: tuple[int, str] = (-1, "")  # the end and pattern id of the mention before
    for s, e, surface, internal in raw:
        role, quantified = _role(text, s, e, spans)
        owner_end, owner = prev
        prev = (e, internal)
        owned = resolve(internal, surface) or "other"
        if (
            ctx
            and owner in GENERIC_DEFAULT
            and owned not in TRUST_UNITS  # (a unit of the trust: see own_units below)
            and _POSSESSIVE.fullmatch(text[owner_end:s])
        ):
            # "The Trust's call handlers ..." under a trust heading: the heading's body through its own staff
            out.append(Addressee(s, e, surface, owned, "mentioned"))
            if role == "lead":
                possessed.append(owned)  # ("The Trust's community mental health team": what kind of trust)
            generic_lead = generic_lead or role == "lead"
            continue
        if role == "lead" and _RECOMMENDER.match(text, e):
            role = "mentioned"  # "The review panel recommends that the Police ...": the author of the text
        if role == "lead" and ctx and heading_people(surface, text, e, owned, ctx):
            vague.append(owned)  # "Officers should ..." under "Housing Options"
            out.append(Addressee(s, e, surface, vague[-1], "mentioned"))
            continue
        if role == "lead" and _RECIPIENT_PASSIVE.match(text, e):
            if ctx:
                role = "mentioned"  # "Southall Black Sisters should be funded ..." under "Commissioners"
            else:
                recipients.append(len(out))  # "... Children's Social Care should be told when ...": see below
        modifier = role == "lead" and is_modifier(text, e)
        if internal.startswith("_") and internal != "_nhs_trust":
            if role == "lead" and not (internal == "_self" and re.match(r"\s+of\b", text[e:])):
                generic_lead = True  # (not "The provider of X": X, the service it provides, is the subject)
                if internal == "_trust":
                    trust_ends.append(e)  # "The Trust's maternity service": the heading's trust acts
                if ctx:
                    continue  # the heading says which trust/council/service "the Trust" is
            agency = GENERIC_DEFAULT.get(internal)
            if agency is None:
                continue
        else:
            agency = resolve(internal, surface) or "other"
        if (
            role == "lead"
            and agency != "all_agencies"  # every agency, the heading's among them: nothing to add beside
            and (quantified or _PASSIVE_AFTER.match(text, e) or _surface_key(surface) in PROVIDER_CLASSES)
        ):
            quantified_lead = True  # "all GP practices to ...", "GP practices are reminded ...": heading too
            # (as the subject: a passive agent, "shared between the police and housing providers", is not)
            subject = not _WORDS_BEFORE.search(_sentence_prefix(text, s))
            classes.append(agency if subject and _surface_key(surface) in PROVIDER_CLASSES else "")
        if modifier:
            attributive.append(len(out))
        elif (
            role == "lead"
            and not quantified
            and agency not in TRUST_UNITS
            and _surface_key(surface) not in PROVIDER_CLASSES
            and not _PASSIVE_AFTER.match(text, e)
            and not _WORDS_BEFORE.search(_sentence_prefix(text, s))
        ):
            named.append(len(out))  # a body named as the sentence's subject ("NHS X ICB to ensure that ...")
        out.append(Addressee(s, e, surface, agency, role))
    including_leads(text, out)  # "All agencies, including GP practices, should ..."
    trust_by_unit(text, out)  # "BCHFT to ensure that its crisis team ...": a mental health trust
    commissioned_practices(text, out)  # "The ICB should ensure that practices ...": its GP practices too
    if recipients and len(recipients) < sum(a.role == "lead" for a in out):
        # a body that is only to be told, funded or consulted is no addressee beside one that acts
        for i in recipients:
            a = out[i]
            out[i] = Addressee(a.start, a.end, a.text, a.agency, "mentioned")
    if attributive and (ctx or len(attributive) < sum(a.role == "lead" for a in out)):
        # a modifier is no actor where something else acts: another subject or the heading
        for i in attributive:
            a = out[i]
            out[i] = Addressee(a.start, a.end, a.text, a.agency, "mentioned")
    providers = [c for c in ctx if c.agency in NHS_PROVIDERS]
    if len(providers) == 1:
        # an unknown trust acronym typed by default ("The NTHFT should ...") under a heading that names the trust
        # in full ("North Tees and Hartlepool Foundation Trust") takes the heading's type
        for i, a in enumerate(out):
            if (
                a.role == "lead"
                and a.agency in NHS_PROVIDERS
                and a.text.isupper()
                and " " not in a.text
                and a.text not in KNOWN_ACRONYMS
            ):
                out[i] = Addressee(a.start, a.end, a.text, providers[0].agency, a.role)
    if not any(a.role == "lead" for a in out):
        # a verbless recommendation names its actor after "from" ("The provision of assurances from Merseyside
        # Police and the Probation Service that ...", "Consideration from all agencies on ..."), under a heading
        # too (the text comes first); "seek assurance from X" has a verb before it and stays consulted
        for i, a in enumerate(out):
            if a.role != "consulted" or a.start < 0 or not _names_body(text, a):
                continue  # ("Learning from the police review": a topic word, not a body)
            prefix = _sentence_prefix(text, a.start)
            if ctx and (not _NOUN_OPENING.match(prefix) or _BE_PARTICIPLE.search(text)):
                # under a heading only a plainly verbless text: "Review the route from X" (an imperative) and
                # "Evidence from the Police to be provided" (passive: rule 3) are the heading's
                continue
            if _NOMINAL_FROM.search(_strip_agencies(prefix, spans, a.start - len(prefix))):
                out[i] = Addressee(a.start, a.end, a.text, a.agency, "lead")
    # a trust's units and staff act for the trust the text or heading names; its community arm is a community trust
    for_heading, arm = own_units(text, out, trust_ends, any(c.agency in NHS_PROVIDERS for c in ctx))
    arm = arm or unit_kind(possessed)
    if for_heading:
        quantified_lead = True
        classes.append("")
    _demote_descriptions(text, out)
    # "The Health Board's community mental health team", or a team under the board's heading: the board acts
    board_units(text, out, any(c.agency == "local_health_trust" and BOARD.search(c.text) for c in ctx))
    setting_words(text, out)  # "a referral to the hospital IDVA": the IDVA's setting, not a partner
    if any(a.role == "lead" and a.agency in COUNCIL_DEPARTMENTS for a in out):
        # "Children's Services to ensure that social workers see ...": the department's own staff, not the council
        for i, a in enumerate(out):
            if a.role == "lead" and a.agency == "local_authority" and a.text.lower() in COUNCIL_STAFF:
                out[i] = Addressee(a.start, a.end, a.text, a.agency, "mentioned")
    has_lead = any(a.role == "lead" for a in out)
    if (
        not re.search(r"[A-Za-z]{2,}", context or "")  # no heading (a bare number tag is none)
        and not has_lead
        and _INFINITIVE_AIM.match(text)
        and not any(_names_body(text, a) for a in out)
    ):
        # "To raise the value of adult safeguarding training ...", "To develop information sharing protocols ...":
        # an aim with no heading and no body named is the panel's aim for every agency (LABELLING-GUIDE: "all
        # agencies"); a body named in it ("To review the MARAC protocol") is left to the learned fallback
        out.append(Addressee(-1, -1, "all agencies", "all_agencies", "lead"))
        has_lead = True
    if not has_lead and (
        not re.search(r"[A-Za-z]{2,}", context or "")
        or (not ctx and all(names_no_body(p) for p in (context or "").split(" | ")))
    ):
        # (no heading, or a title that names no body: "Training", "National recommendations"; not a name the
        # recogniser does not know, "KSCS", which the learned fallback may)
        # firearms licensing -> police; "sharing between agencies" -> all agencies; a duty -> its holder
        for agency, surface in topic_owner(text, out):
            out.append(Addressee(-1, -1, surface, agency, "lead"))
            has_lead = True
    elif not has_lead and (owned := topic_owner(text, out)) and [a for a, _ in owned] == ["home_office"]:
        # a change in firearms law ("a national review of the Firearms Act ...") is the Home Office's under any
        # local heading: no local body can make it
        out.append(Addressee(-1, -1, owned[0][1], "home_office", "lead"))
        has_lead = True
    vague_lead = any(
        v not in {a.agency for a in out if a.role == "lead"} for v in vague
    )  # not "officers and police"
    # "NHS X ICB to ensure that every GP practice ..." under a Lead cell naming another body: the actor inside is
    # labelled beside the subject the text names (rule 4), the cell adds nothing (rule 1: the text comes first)
    quantified_alone = quantified_lead and not any(out[i].role == "lead" for i in named)
    if ctx and (not has_lead or generic_lead or quantified_alone or vague_lead):
        # a heading listing every body involved ("Kent Police | KSCS") names no addressee in one the text only
        # consults ("... in consultation with KSCS"), unless that would leave none
        consulted = {a.agency for a in out if a.role == "consulted"}
        kept = [m for m in ctx if m.agency not in consulted] or ctx
        if has_lead and not (generic_lead or vague_lead):
            # only a provider class as the subject: the heading beside it where it commissions the class
            wanted = beside_class([m.agency for m in kept], classes)
            kept = kept if wanted is None else [m for m in kept if m.agency in wanted]
        for m in kept:
            if has_lead and m.agency == "all_agencies":
                continue  # a "Multi-agency" section title beside a body the text names: that body alone
            agency = arm_agency(m.agency, arm, bool(BOARD.search(m.text) or BOARD.search(context or "")))
            out.append(Addressee(-1, -1, m.text, council_service(agency, text), "lead"))
    return out


#: An appositive that describes the subject's role ("MOPAC, as commissioner of pan-London services, should ..."):
#: the bodies named in it say what the subject is, not who acts.
_AS_ROLE = re.compile(
    r",\s*as\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|one\s+of\s+the\s+)?(?:[\w'’&-]+\s+){0,3}?"
    r"(?:commissioners?|providers?|funders?|hosts?|employers?|operators?|leads?|owners?|chairs?|members?)\s+"
    r"(?:of|for)\b[^,;.]*,"
)
#: A clause that gives the subject's history ("The Council's Housing Service, which took over the housing duties
#: of the former X and Y District Councils, should ...", "The ICB, which replaced NHS X CCG, ...", "X, formerly Y,
#: ..."): the bodies named in it are predecessors, not addressees. Bounded to one clause (no comma, no full stop).
_HISTORY = re.compile(
    r",\s*(?:(?:which|who)\s+(?:has\s+|have\s+)?(?:took\s+(?:over|on)|taken\s+(?:over|on)|replaced|succeeded|absorbed|"
    r"inherited|merged\s+with|(?:was|were)\s+(?:formed|created|established)\s+(?:in\s+\d{4}\s+)?"
    r"(?:from|by\s+merging))|(?:formerly|previously)(?:\s+known\s+as)?|until\s+\d{4}\s+(?:known\s+as|called))"
    r"\b[^,;.]{1,200}(?:,|$)"
    r"|\(\s*(?:formerly|previously)\b[^()]{1,200}\)"
)
_SENTENCE_END = re.compile(r"[.;!?]\s")
#: "The council's Strategic Commissioning Unit", "the Trust's maternity service": the owner acts through its unit.
_POSSESSIVE = re.compile(r"['’]s?\s+")
#: Officers of a council service or housing provider named as the subject are its own staff, not the police
#: ("The council's Environmental Health team should ensure that officers ...").
_OWN_OFFICERS = frozenset({"officers", "officer"})
_OFFICER_EMPLOYERS = COUNCIL_DEPARTMENTS | {"local_authority"}


def _demote_descriptions(text: str, out: list[Addressee]) -> None:
    """Leads that only describe another lead: inside its role appositive, its possessor, its own officers."""
    roles = [(m.start(), m.end()) for m in _AS_ROLE.finditer(text)]
    leads = [a for a in out if a.role == "lead" and a.start >= 0]
    # a history clause right after a lead ("X, which took over the duties of the former Y, should ..."): only
    # where a lead stands before it, so the subject itself stays
    roles += [
        (m.start(), m.end())
        for m in _HISTORY.finditer(text)
        if any(b.end <= m.start() and not _SENTENCE_END.search(text, b.end, m.start()) for b in leads)
    ]
    for i, a in enumerate(out):
        if a.role != "lead" or a.start < 0:
            continue
        inside = any(s <= a.start and a.end <= e for s, e in roles)
        gap = _POSSESSIVE.match(text, a.end)
        owner = gap is not None and any(
            b.start == gap.end() and b.agency != a.agency and not b.agency.startswith("_") for b in leads
        )
        own_staff = (
            _surface_key(a.text) in _OWN_OFFICERS
            and a.agency == "police"
            and any(
                b.end <= a.start
                and b.agency in _OFFICER_EMPLOYERS
                and _surface_key(b.text) not in VAGUE_SUBJECTS
                for b in leads
            )
            and not any(b.agency == "police" and b is not a for b in leads)
        )
        # a lower-case body word before an acronym names the post's setting, not a second body ("the hospital
        # IDVA should ...": the IDVA service acts)
        modifier = (
            a.text.islower()
            and any(
                b.start == a.end + 1 and b.agency != a.agency and b.text.rstrip("s").isupper() for b in leads
            )
            and text[a.end : a.end + 1] == " "
        )
        if inside or owner or own_staff or modifier:
            out[i] = Addressee(a.start, a.end, a.text, a.agency, "mentioned")


_RECIPIENT_PASSIVE = re.compile(
    r"\s+(?:should|must|will|to|needs?\s+to|is\s+to|are\s+to)?\s*(?:be|are|is)\s+(?:\w+ly\s+)?"
    r"(?:funded|commissioned|resourced|consulted|informed|notified|told|offered|given|sent)\b"
    # asked by another body ("should be asked by the force to review"), invited to a meeting: not "X is asked
    # to ensure ..." / "invited to consider ...", which address X
    r"|\s+(?:should|must|will|to)?\s*(?:be|are|is)\s+(?:asked|invited|requested)\b(?=[^.;]*\bby\b)"
    r"|\s+(?:should|must|will|to)?\s*(?:be|are|is)\s+invited\s+to\s+(?:the|its|their|a|an|all|each|every)\b"
    # asked FOR something ("Make sure that the police are asked for call-out information"): a source of
    # information, not a body told to act ("are asked to review" addresses it)
    r"|\s+(?:should|must|will|to)?\s*(?:be|are|is)\s+asked\s+(?:for|about|whether|if|what|how)\b",
    re.I,
)
#: A recommendation written as an aim: "To <verb> ..." (capital T: the start of the text, not "to" mid-sentence).
_INFINITIVE_AIM = re.compile(r"\s*(?:[-•–]\s*)?To\s+[a-z]+\b")
#: A lower-case mention followed by a noun is a topic, not a body ("adult safeguarding training").
_TOPIC_USE = re.compile(
    r"\s+(?!(?:and|or|should|must|shall|will|to|is|are|has|have|can|may|in|on|of|for|with|by|at|as)\b)[a-z]{3,}"
)


def _names_body(text: str, a: Addressee) -> bool:
    """True when the mention names a body, False for a topic word ("adult safeguarding training")."""
    if a.start < 0 or a.text != a.text.lower():
        return True
    if _surface_key(a.text) in _PLACE_WORDS:
        return False  # "across the borough": where, not who
    return _TOPIC_USE.match(text, a.end) is None


_PLACE_WORDS = frozenset({"the borough", "borough", "the county", "the city", "the district"})


def lead_agencies(text: str, context: str | None = None) -> list[str]:
    """The addressee ids of a recommendation, first mention first, no duplicates."""
    ids: list[str] = []
    for a in addressees(text, context):
        if a.role == "lead" and a.agency not in ids:
            ids.append(a.agency)
    return ids
