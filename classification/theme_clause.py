"""Where a recommendation's ask is: the sentence that asks (:func:`directive_clause`) and the parts of it that are
not what is asked for (a purpose stated before the addressee, a condition that says when the ask applies).

Real recommendations put a paragraph of rationale, a report's label ("Recommendation 2 (Training):"), a lead-in
("It is recommended that"), a list of asks or a second ask joined by "and" around the ask; the main theme is read
from the first ask alone (the labelling guide, "themes"). The directive cues (:mod:`classification.theme_cues`),
the substance cues (:mod:`classification.main_theme`) and the ask model (:mod:`classification.theme_ask`) all read
it from here.
"""

from __future__ import annotations

import re

from classification.directive import _MODAL_RX, _TO_VERBS, recommending_part

_LEAD_IN = re.compile(
    # "Recommendation 3:", "Recommendation 2 (Training):", "Recommendation 3 – Information Sharing:": the
    # report's own label of the item is not the ask ("(Training): GPs should ask about abuse" is risk)
    # ... nor is its reference ("R4.", "3.1", "12)", "(b)") when the text follows it
    r"^\s*(?:(?:(?:R|Rec\.?)\s*)?\d{1,2}(?:\.\d{1,2}){0,3}[a-z]?(?:\s*[.:)–—-])?\s+(?=(?-i:[A-Z“\"'‘]))|"
    r"\(?[a-h]\)\s+)?"
    r"(?:recommendation\s*(?:\d+(?:\.\d+)*\s*(?:\([^)]{0,40}\)\s*[:.–—-]?|[–—-]\s*[A-Z][\w ,&/'’-]{0,40}?:|"
    r"[:.–—-])?|[:.–—-])\s*|"
    # an action plan's row label ("Action: audit ten cases a quarter ... Lead: Housing."): the ask follows it
    r"(?:(?:recommended|agreed|proposed)\s+)?actions?(?:\s+point)?(?:\s*\d+(?:\.\d+)*)?\s*[:–—]\s*|"
    r"(?:it is|we) recommend(?:ed)? that\s+|"
    r"the (?:review |dhr )?panel recommends that\s+|the review recommends that\s+|that\s+)?"
    # ... and the recommending "That" after a label ("Recommendation 4: That the two services share ...")
    r"(?:(?<=[:.–—-]\s)(?:(?:it is|we) recommend(?:ed)? that|the (?:review |dhr )?panel recommends that|that)\s+)?",
    re.IGNORECASE,
)
_FIRST_SENTENCE = re.compile(
    # ... but not after a list item's number ("ensure that: 1. Supervisors review ...; 2. The review is ...")
    r"(?<=[a-z0-9)’'\"”])(?<!: \d)(?<!; \d)(?<!\band \d)(?<!^\d)[.;]\s+(?=[A-Z•])|\s+•\s+"
)
#: The items of a list of asks inside one sentence: "(a) ... (b) ...", "a) ... b) ...", "(i) ... (ii) ...",
#: "1. ... 2. ...". The first item is the first ask; the second starts the next one.
_FIRST_ITEM = re.compile(r"(?:^|(?<=[\s:;,—–-]))(?:\((?:a|i|1)\)|(?:a|i|1)\)|1\.)\s", re.IGNORECASE)
_SECOND_ITEM = re.compile(r"[\s,;]*(?:\band\s+|\bor\s+)?(?:\((?:b|ii|2)\)|(?:b|ii|2)\)|2\.)\s", re.IGNORECASE)
#: A second directive joined to the first ("... include a question, and staff should be trained to ask it"):
#: the first is the ask (the rules cut their directive span at the same place).
_SECOND_ASK = re.compile(
    rf"(?<!\bWork)(?<!\bwork)(?:,? and (?:that )?(?:[\w'’-]+ ){{1,4}}(?:should|must|will)|"
    # a second clause of "ensure that ..." after a comma ("ensure that providers raise a concern ..., and that
    # their staff understand ...") is a second ask
    rf", and that (?=(?:[\w'’-]+ ){{1,6}}(?:is|are|be|have|has|know|knows|understand|understands|receive|receives|"
    rf"can|do|does)\b)|"
    # "X to <verb>" after "and" is a second ask only after a comma: "engage with faith and community leaders to
    # raise awareness" is one ask
    rf", and (?:that )?(?:[\w'’-]+ ){{1,4}}to (?=(?:{_TO_VERBS})\b))\b",
    re.IGNORECASE,
)
#: An introduction to a list of asks, ending in a colon ("which this review recommends are undertaken:").
_INTRO = re.compile(r":\s*$")
#: A finding in the past tense, not an ask ("The review found ...", "Staff were unaware ...").
_BACKGROUND = re.compile(
    r"\b(?:was|were|did|had|found|showed|identified|highlighted|noted|became|appeared|seemed|"
    # narrative and the panel's view before the ask ("The victim told her health visitor ...", "The Panel
    # considers that this was a missed opportunity", "This case shows the value of ...")
    r"told|said|saw|knew|felt|heard|described|meant|attended|disclosed|reported|failed|missed|considers|"
    r"considered|shows|concluded|learnt|learned|is clear|it is evident|recognises|acknowledges|welcomes|"
    # what the people in the case did, in the past tense ("The victim made three reports ...", "He rang the
    # police twice"): a modal-free sentence of narrative before the ask
    r"made|gave|took|went|lived|rang|called|spoke|left|moved|returned|refused|declined|stopped|"
    # a body's past decision or a need it judged ("The hub decided that the referral needed no further action"):
    # narrative too
    r"decided|needed|wrote|sent|visited|tried)\b",
    re.IGNORECASE,
)
#: An auxiliary of the present passive or perfect before a finding's verb ("where abuse has been identified", "how
#: frequent attenders are identified"): what the ask is about, not what the review found.
_PRESENT_PASSIVE = re.compile(r"\b(?:is|are|be|been|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
#: A sentence in the recommending form ("That agencies ...") after the rationale: the ask.
_THAT_ASK = re.compile(r"\W*that\s+(?=[A-Za-z])(?!(?:this|these|it|he|she|they)\b)", re.IGNORECASE)


def _finding(sentence: str) -> bool:
    """Whether ``sentence`` reads as a finding of the review (:data:`_BACKGROUND`), a verb of the present passive
    or perfect aside."""
    # the auxiliary is looked for only in the 60 characters before each verb, so a long paragraph read as one
    # sentence costs linear time (``endpos`` ends the text for ``$``; ``pos`` keeps the word boundary before it)
    return any(
        not _PRESENT_PASSIVE.search(sentence, max(0, m.start() - 60), m.start())
        for m in _BACKGROUND.finditer(sentence)
    )


#: What should or could have happened, in the rationale before the ask ("Officers should have recognised the signs",
#: "It would have been good practice to record ..."): a judgement of the past, not an ask.
_COUNTERFACTUAL = re.compile(
    r"\b(?:should|must|could|would|might|ought to)(?: not|n't)? have\b(?: been\b.*)?",
    re.IGNORECASE | re.DOTALL,
)


#: An infinitive in narrative ("they did not feel confident to ask about abuse", "he failed to attend", "she
#: tried to leave"): in a finding, "to ask" after such a word is what someone did or could not do, not "X to <verb>".
_NARRATIVE_TO = re.compile(
    r"\b(?:confident|able|unable|willing|unwilling|reluctant|hesitant|afraid|frightened|scared|comfortable|"
    r"equipped|failed|tried|wanted|chose|decided|attempted|continued|began|started|seemed|appeared|refused|declined|"
    r"managed|struggled|needed)\s+(?:not\s+)?to\b",
    re.IGNORECASE,
)


def _asks_in_finding(sentence: str) -> bool:
    """Whether a finding ``sentence`` still holds an ask (:func:`_asks`) once its narrative infinitives
    (:data:`_NARRATIVE_TO`) are set aside."""
    return _asks(_NARRATIVE_TO.sub(lambda m: m.group(0)[:-2], sentence))


def _asks(sentence: str) -> bool:
    """Whether ``sentence`` has a modal of an ask once its counterfactuals ("should have done") are set aside."""
    return bool(_MODAL_RX.search(_COUNTERFACTUAL.sub(" ", sentence)))


#: A finite modal of an ask ("should", "must", "needs to"): not the bare "to <verb>" of the action-plan form.
_FINITE_MODAL = re.compile(
    r"\b(?:should|must|shall|will|needs? to|ought to|(?:is|are|be) (?:asked|invited|encouraged|required) to)\b",
    re.IGNORECASE,
)


def _finding_to_verb(first: str, later: str) -> bool:
    """Whether ``first`` is a finding whose only modal is a "to <verb>" of its narrative ("The panel took two years
    to finish its work, partly because agencies were late to send their reports.") while a later sentence asks with
    a finite modal ("The Partnership should set deadlines ..."): the later sentence is the ask."""
    if _FINITE_MODAL.search(_COUNTERFACTUAL.sub(" ", first)):
        return False
    # the narrative's verb comes before the infinitive ("took ... to finish"); in an action plan's "X to <verb>" the
    # infinitive comes first and a finding word after it is a condition ("Leads to audit cases where abuse was ...")
    modal = _MODAL_RX.search(first)
    told = next(
        (
            m
            for m in _BACKGROUND.finditer(first)
            if not _PRESENT_PASSIVE.search(first, max(0, m.start() - 60), m.start())
        ),
        None,
    )
    if told is None or modal is None or modal.start() < told.start():
        return False
    return any(
        _FINITE_MODAL.search(_COUNTERFACTUAL.sub(" ", x)) and not _BACKGROUND_ONLY.search(x)
        for x in _FIRST_SENTENCE.split(later, maxsplit=_ASK_WITHIN)[:_ASK_WITHIN]
    )


#: A lead-in that recommends ("That ...", "It is recommended that", "The Panel recommends that"): what follows is the
#: ask by its form.
_THAT_LEAD = re.compile(r"\bthat\s*$", re.IGNORECASE)
#: How many sentences after a background one are searched for the ask (real reports give a paragraph of
#: rationale before "The Trust should ...").
_ASK_WITHIN = 5
#: A first ask before a second one: a modal ("should", "X to <verb>") or a finite/passive "be" ("staff are
#: reminded", "workers to be reminded").
_FIRST_VERB = re.compile(rf"{_MODAL_RX.pattern}|\b(?:to be|is|are|be|was|were)\b", re.IGNORECASE)
#: A recommendation stated after the rationale ("Nonetheless, it recommends that ...").
_RECOMMENDS = re.compile(r"\brecommend(?:s|ed)? that\s+", re.IGNORECASE)
#: A later sentence that is still rationale though it has a modal word ("Had they been shared, officers would
#: ...", "This will have ...", "which will be ..."): "will" there is a prediction, not the ask.
_BACKGROUND_ONLY = re.compile(r"^\W*(?:had|if|this|these|it|which|there)\b[^.]{0,80}?\bwill\b", re.IGNORECASE)
#: An introduction to a list whose modal names only a general aim ("should improve its response to X by:",
#: "should strengthen its practice as follows:", "X to:"): the first item of the list is the ask.
_GENERIC_INTRO = re.compile(
    r"(?:\b(?:should|must|to|will)\s+(?:improve|strengthen|develop|enhance|review)\s+(?:its|their|the)\s+"
    r"(?:response|practice|approach|work|arrangements|services?|offer)\b[^:]{0,120}?\b(?:by|as follows|through)"
    r"|\b(?:should|must|to|will)\s*(?:the following)?)\s*:\s*$",
    re.IGNORECASE,
)


#: A purpose stated before the addressee ("To assure the Partnership that the learning is embedded, the Trust
#: should audit ...", "In order to improve ..., X must ..."): rationale, the ask follows the comma. Only when a
#: subject and a modal follow: "To develop protocols that ..." with no modal after is itself the ask.
_PURPOSE_FIRST = re.compile(
    r"^(?:in order to|so as to|to|with a view to)\s[^,;:]{5,200},\s+"
    r"(?=(?:[\w'’&()-]+\s+){1,10}?(?:should|must|shall|will|needs? to|(?:is|are) (?:asked|required) to)\s)",
    re.IGNORECASE,
)


def _first_item(sentence: str) -> str:
    """``sentence`` up to the second item of a list of asks in it ("should: (a) train staff ...; (b) introduce a
    prompt ...; and (c) audit ..."): the first item is the first ask, as with two asks joined by "and"."""
    first = _FIRST_ITEM.search(sentence)
    if first is None:
        return sentence
    second = _SECOND_ITEM.search(sentence, first.end())
    return sentence[: second.start()] if second is not None else sentence


#: A heading before the ask: a few words with no article, modal or verb of a finding ("Firearms licensing.",
#: "Information sharing:", "Lead agency: Police."), then a sentence. A nominal ask starts with its article ("A
#: review of ...") and a sentence that goes on about it with a pronoun ("This should include ...") keeps it.
_HEADING = re.compile(
    rf"^(?!(?i:a|an|the|that|all|each|every|any|there|it|we|this|these|{_TO_VERBS})\b)(?:[\w'’&()/-]+[:,]?\s+){{0,5}}?"
    # ... "It" only as the formula that opens an ask ("Information sharing. It is recommended that, ...")
    r"[\w'’&()/-]+\s*[.:]\s+(?=[A-Z“\"'‘])(?!(?:This|These|They|Such|That is)\b|It\b(?! is (?:recommended|"
    r"important|essential|vital|necessary|suggested)\b))"
)


def _drop_heading(text: str) -> str:
    """``text`` without a heading before its ask (:data:`_HEADING`)."""
    for _ in range(2):  # "Lead agency: Police. The Trust should ...": a heading and a label
        head = _HEADING.match(text)
        if head is None or _MODAL_RX.search(head.group(0)) or _finding(head.group(0)):
            return text
        rest = text[head.end() :]
        if len(rest.split()) < 4:
            return text
        text = rest
    return text


#: The label of an action-plan row's action after its recommendation ("Action:", "Actions to be taken:").
_ACTION_LABEL = re.compile(
    r"actions?(?: to be taken)?(?:\s*\d{1,2}(?:\.\d{1,2})?)?(?:\s*:|\s+[–—-])\s*", re.IGNORECASE
)


def _names_mechanism(clause: str) -> bool:
    """Whether ``clause`` cues a mechanism (:data:`classification.theme_cues._CUES`) and is not a check (an audit
    takes the theme of what it checks, so it names no mechanism)."""
    from classification.theme_cues import _CUES, _is_check  # theme_cues reads this module: imported when used

    return not _is_check(clause) and any(rx.search(clause) for _, rx in _CUES)


def directive_clause(text: str) -> str:
    """The recommendation's first sentence, lead-in ("It is recommended that") dropped: where the ask is."""
    whole = recommending_part(" ".join(text.split()))[0]
    lead = _LEAD_IN.match(whole)
    body = whole[lead.end() :] if lead is not None else whole
    if (rest := _drop_heading(body)) != body:
        # "3. Firearms licensing. It is recommended that ...": the lead-in is read after the heading
        lead = _LEAD_IN.match(rest)
        body = rest[lead.end() :] if lead is not None else rest
    # "That X ...", "It is recommended that X ...": the recommending form makes the first sentence the ask, however
    # it reads ("... where abuse has been identified" is no finding)
    recommended = (lead is not None and _THAT_LEAD.search(lead.group(0)) is not None) or bool(
        _RECOMMENDS.search(_FIRST_SENTENCE.split(body, maxsplit=1)[0])
    )
    parts = _FIRST_SENTENCE.split(body, maxsplit=1)
    first = parts[0]
    if len(parts) > 1 and _INTRO.search(first) and not _MODAL_RX.search(first):
        # "... the following recommendations are made: • To reduce caseloads ...": the introduction names
        # no ask, the first item does
        first = _FIRST_SENTENCE.split(parts[1], maxsplit=1)[0]
    elif (
        len(parts) > 1
        and not recommended
        and (_finding(first) or _COUNTERFACTUAL.search(first))
        # a narrative "to <verb>" is no ask: set aside inside the finding (_asks_in_finding), or the finding's
        # only modal while a later sentence asks with a finite one (_finding_to_verb)
        and (not _asks_in_finding(first) or _finding_to_verb(first, parts[1]))
    ):
        # a finding before the ask ("The review found that staff did not recognise coercive control. The Trust
        # should provide training ..."): the first of the next two sentences with a modal is the ask
        later_parts = _FIRST_SENTENCE.split(parts[1], maxsplit=_ASK_WITHIN)[:_ASK_WITHIN]
        for k, later in enumerate(later_parts):
            if _finding_to_verb(later, ". ".join(later_parts[k + 1 :])):
                continue  # more narrative ("took two years to finish"): the ask is further on
            rec = _RECOMMENDS.search(later)
            if rec is not None:
                # "Nonetheless, it recommends that the police ensure ...": the ask follows the "that"
                first = later[rec.end() :]
                break
            if _asks(later) and not _BACKGROUND_ONLY.search(later):
                first = _LEAD_IN.sub("", later, count=1)
                break
        else:
            # no modal after the finding: the ask is worded without one ("A review of the MARAC protocol", "That
            # agencies gain a better understanding of ...", "Undertake an audit of ..."), the first sentence
            # after the finding that is no finding itself
            plain = next(
                (
                    x
                    for x in later_parts
                    if _THAT_ASK.match(x) or not (_finding(x) or _COUNTERFACTUAL.search(x))
                ),
                None,
            )
            if plain is not None:
                first = _LEAD_IN.sub("", plain, count=1)
    elif len(parts) > 1 and _INTRO.search(first) and _GENERIC_INTRO.search(first):
        # "The Trust should improve its response to ... by: • asking every patient ...": the modal's object is
        # a general aim, the first item is the ask
        first = first + " " + _FIRST_SENTENCE.split(parts[1], maxsplit=1)[0]
    if len(parts) > 1 and (label := _ACTION_LABEL.match(parts[1])) is not None:
        # an action-plan row ("Recommendation 6: Improve the recording of ... . Action: practice managers to be
        # reminded that ... . Lead: ..."): when the recommendation states only an aim and the action names the
        # mechanism, the action is what the addressee is asked to do (a recommendation that names its own
        # mechanism, "Recommendation: review the discharge procedure. Action: add a check ...", keeps it)
        action = _FIRST_SENTENCE.split(parts[1][label.end() :], maxsplit=1)[0]
        if _names_mechanism(action) and not _names_mechanism(first):
            first = action
    first = _first_item(first)
    second = _SECOND_ASK.search(first)
    # a second ask needs a first one before it: with no modal before the "and", the words before it are a
    # joint subject ("Information about abuse, helplines and routes to support should be provided")
    if second and second.start() > 0 and _FIRST_VERB.search(first[: second.start()]):
        return first[: second.start()][:400]
    return first[:400]


#: A condition of the ask that says when it applies ("when they become aware that a victim has moved, the
#: information is passed to ..."): a body learning something is the trigger, not awareness raising asked for.
_CONDITION = re.compile(
    r"\b(?:when|whenever|once|if|where|as soon as)\s+(?:[\w'’-]+\s+){1,4}?(?:become|becomes|are made|is made|"
    r"is|are)\s+(?:\w+ly\s+)?aware\b",
    re.IGNORECASE,
)


def _unconditioned(clause: str) -> str:
    """``clause`` without its conditions' awareness words (:data:`_CONDITION`)."""
    return _CONDITION.sub(" ", clause)


#: The addressee before an active modal, named by a body's head noun ("The Safeguarding Training Team and the
#: police should ...", "The MARAC Steering Group to ..."): who is asked, not what. A subject that is itself the
#: mechanism ("Training for all staff should include ...") or a passive ask ("Training should be ...") stays.
#: A word an addressee's name does not hold: a clause's start, a modal, an ask verb in its finite form ("issues").
_NOT_SUBJECT = rf"(?!\b(?:that|which|who|whom|where|when|if|whether|so|in order|should|must|shall|will|to|(?:{_TO_VERBS})e?s)\b)"
_ADDRESSEE = re.compile(
    r"^(?!(?:the |all |any |new )?(?:training|e-?learning|guidance|polic(?:y|ies)|procedures?|protocols?|"
    r"awareness|campaigns?|briefings?|systems?)\b)"
    rf"(?P<subject>(?:{_NOT_SUBJECT}[^,;:.]){{2,120}}?"
    rf"\b(?:(?:ministry|department|secretary of state) (?:of|for)(?: (?:and )?{_NOT_SUBJECT}[\w&]+){{1,4}}|"
    r"team|group|unit|board|panel|partnership|services?|department|directorate|"
    r"trusts?|council|constabulary|police|agenc(?:y|ies)|practices?|authority|office|hub|forum|committee|network|"
    r"providers?|commissioners?|organisations?|forces?|probation|health|england|care|gps?|hospitals?|housing|"
    r"schools?|government|"
    # a post named as the addressee ("The Safeguarding Training Lead should review the referral pathway"): the
    # role's words name who is asked, not the mechanism
    r"leads?|managers?|officers?|directors?|chairs?|co-?ordinators?|advis[eo]rs?|champions?|"
    r"(?-i:[A-Z]{2,}[a-z]?)))\s+"
    rf"(?=(?:should|must|shall|will)\s+(?!be\b|have been\b)(?:[a-z]+ly\s+)?[a-z]|to\s+(?:{_TO_VERBS})\b)",
    re.IGNORECASE,
)


def asked_clause(text: str) -> str:
    """The first sentence (:func:`directive_clause`) without a purpose stated before its addressee
    (:data:`_PURPOSE_FIRST`) and with the addressee named as "They" (:data:`_ADDRESSEE`): where the mechanism or
    check asked for is read (the guide: the mechanism asked for, not a body's name). The purpose and the addressee
    still name the substance, so the substance cues and the model's cue tokens read the whole clause."""
    return _ADDRESSEE.sub("They ", _PURPOSE_FIRST.sub("", directive_clause(text), count=1), count=1)
