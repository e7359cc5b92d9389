"""The substance cues of the main theme (the guide's second step: the practice the ask names), and the words
for resourcing and governance (``other``). Read by :mod:`classification.main_theme`; kept apart so each module stays
short."""

from __future__ import annotations

import re

#: What "multi-agency" qualifies when it is only an adjective of a mechanism or a check ("multi-agency training",
#: "a multi-agency audit of risk assessments"): the joint work is not then the substance asked for.
_NOT_JOINT = (
    r"(?:audits?|dip[- ]?samples?|training|learning|e-?learning|courses?|workshops?|briefings?|campaigns?|"
    r"communications?|polic(?:y|ies)|procedures?|protocols?|guidance|strateg(?:y|ies)|templates?|forms?|"
    r"conferences? on|events?|chronolog(?:y|ies))\b"
)

#: Substance cues (theme, pattern), each a way reports name the practice asked for; matched case-insensitively.
_SUBSTANCE: list[tuple[str, re.Pattern[str]]] = [
    (theme, re.compile(rx, re.IGNORECASE))
    for theme, rx in [
        # --- record keeping: what is written down, kept and retrieved
        (
            "record_keeping",
            # (records to be shared are the sharing asked for: "records should be shared between the teams")
            r"\b(?:record(?:s|ed|ing)?(?! (?:should |must |will |to )?(?:be |are |is )(?:[\w-]+ly )?shared\b)|"
            r"document(?:s|ed|ing|ation)?|case[- ]?notes?|notes|"
            # ... not the chronologies agencies give a review panel with their reports ("provide chronologies and
            # individual management reviews within the timescales set by the panel"): review governance, ``other``
            r"chronolog(?:y|ies)(?! (?:and|or) (?:individual management reviews?|imrs?|reports)\b)"
            r"(?! (?:[\w'’-]+ ){0,3}?(?:for|to) (?:the |this |a |future )?(?:review panel|panel|dhr|domestic homicide "
            r"review|review)s?\b)|"
            # noting on a record ("note on the customer's account where ...", "note it on the file")
            r"note(?:s|d)? (?:it |this |that )?(?:on|in) (?:the |their |its |a |each |every )?(?:[\w'’-]+ ){0,2}?"
            r"(?:accounts?|records?|files?|systems?|case ?notes)|"
            r"management information|data quality|case files?|minutes|"
            # noting something down as a verb ("note the name of any interpreter used")
            r"note (?:down )?(?:the |any |all |each )?(?:names?|details|answers?|reasons?|outcomes?|dates?|times?|"
            r"decisions?|whether)|"
            # what is written into a record, in the passive ("the MARAC information is being added to the records")
            r"(?:[\w'’-]+ ){1,6}?(?:is|are|was|were|be|being|been) (?:being )?(?:added|entered|uploaded|copied) "
            r"(?:to|in|on|onto|into) (?:the |their |its |a |each )?(?:[\w'’-]+ ){0,3}?(?:records?|case files?|notes))\b",
        ),
        # --- multi-agency working: information sharing, referrals, joint work, working with other bodies
        (
            "multi_agency_working",
            r"\b(?:information[- ]sharing|shar(?:e|es|ed|ing) (?:the |this |relevant |any |all )?"
            r"(?:information|concerns?|intelligence|details|data)|"
            # (a whole word: "with particular reference to" is no referral; "the referrer" still is)
            r"refer(?:s|red|ring|ral|rals|rers?)?\b|"
            # a document or finding that is to be shared ("make sure that the safety plan agreed with the victim is
            # shared with her GP"): the sharing is the ask, not the theme of what is shared
            r"that (?:the|a|an|any|all|each|every|its|their) (?:[\w'’-]+,? ){1,20}?(?:is|are) (?:[\w-]+ly )?"
            r"(?:(?:shared|passed on) (?:to|with)|"
            # ... or put before the court that decides ("ensure that the police risk assessment and, where there is
            # one, the IDVA's account are before the magistrates")
            r"(?:put |placed |laid )?before (?:the )?(?:courts?|magistrates|judges?|bench|tribunal|marac))\b|"
            # what a body knows passed on ("services working with the child and the parent share what they know")
            r"shar(?:e|es|ed|ing) what (?:they|it|we|each|each agency|agencies|services) (?:know|knows|hold|holds)|"
            # a meeting's name before a record word names whose record it is ("MARAC minutes record an owner")
            r"(?:marac|mash)\b(?! (?:minutes|records?|notes|chronolog(?:y|ies)|case files?)\b)|"
            r"(?:multi|inter)[- ]?agency\b(?! (?:[\w-]+ )?"
            + _NOT_JOINT
            + r")|partnership working|joint(?:ly)? (?:[\w-]+ )?"
            r"(?:working|work|assessments?|visits?|decision[- ]making|meetings?|plans?|planning|approach)|"
            r"(?:work|works|working) (?:jointly|together|closely|in partnership)|liais\w*|case conferences?|strategy (?:meetings?|discussions?)|signpost\w*|"
            r"professionals['’]? meetings?|another (?:agency|organisation)|professional disagreements?|"
            r"(?:across|between|with) (?:all |the |other |partner |relevant |key |universal |local |community |"
            r"faith |voluntary |specialist |statutory )*(?:agencies|partners|organisations|services|employers|"
            # ("contact with partners and former partners" names intimate partners, not partner agencies)
            r"groups|leaders|providers|bodies|professionals)(?! (?:and|or) (?:former|ex-?|previous|past|new) partners)|consult(?:s|ed|ing)? (?:with )?(?:the )?[A-Z]|"
            r"notif(?:y|ies|ied|ying|ications?)|(?:flow|exchange|transfer) of information|"
            # handing on to, or discussing with, another body ("this is passed to the police", "discussed with the
            # IDVA service"), or sharing among the addressees themselves ("share with one another")
            r"(?:pass(?:es|ed|ing)?|discuss(?:es|ed|ing)?) (?:on )?(?:to|with) (?:the |their |a |an |all |any |other |"
            r"partner |relevant |local )*(?:police|gps?|schools?|health visitors?|social (?:care|workers?)|children's "
            r"services|adult social care|probation|marac|idvas?|mash|agenc(?:y|ies)|partners|professionals)\b|"
            r"shar(?:e|es|ed|ing) (?:[\w'’-]+ ){0,3}?with (?:one another|each other)|"
            # enquiries made with another body ("enquiries are made with the police and children's services");
            # "checks with the police for any history" is left to the history cue (a history check is risk)
            r"enquir(?:e|es|y|ies)\b(?: [\w'’-]+){0,3}? with (?:the |their |a |an |all |other |"
            r"partner |relevant |local )*(?:police|gps?|schools?|health visitors?|social (?:care|workers?)|children's "
            r"(?:social care|services)|adult social care|probation|marac|idvas?|mash|agencies|partners|"
            r"professionals|local authority|council)\b|"
            # getting in touch with the other bodies involved ("the keyworker contacts the other agencies")
            r"contact(?:s|ed|ing)? (?:with )?(?:the |all |any )?(?:other|partner|relevant) (?:agencies|"
            r"professionals|services|organisations)|"
            # ... or a named body ("contact children's social care when there are concerns")
            r"contact(?:s|ed|ing)? (?:the |their |a |an )?(?:victim's |patient's |child's )?(?:police|gps?|"
            r"children's (?:social care|services)|adult social care|social care|probation(?: service)?|marac|idvas?|"
            r"mash|health visitors?|safeguarding team)\b|"
            # asking another body for what it holds ("information requests are answered within ten days")
            r"(?:information|records?|disclosure) requests?|requests? for (?:information|records)|"
            # what one body holds made available to another ("details of orders made available to police forces")
            r"(?:made )?available to (?:the |all |other |partner |relevant |local )*(?:police(?: forces)?|forces|"
            r"agencies|partners|gps?|probation|children's services|social care|marac|courts?|schools?)\b|"
            # sharing anything with another body ("share release dates with the police and the IDVA")
            r"shar(?:e|es|ed|ing)\b(?: [\w'’-]+){0,8}? with (?:the |their |a |an |all |other |partner |relevant |"
            r"victim's |patient's )*(?:police|gps?|schools?|health visitors?|social (?:care|workers?)|children's "
            # (the council's services by name: "share with children's social care any information they receive")
            r"(?:services|social care)|adult social care|probation|marac|idvas?|mash|agencies|partners|professionals|"
            r"services)\b|"
            # sharing in the passive ("to test whether information was shared")
            r"(?:information|concerns?|intelligence|details|data|records?)(?: [\w'’-]+){0,2}? (?:was|were|is|are|be|being|"
            r"been) (?:[\w-]+ )?shared|"
            # a safeguarding concern or alert raised is a referral to the council's safeguarding team
            r"rais(?:e|es|ed|ing) (?:a |an |any )?(?:safeguarding|adult safeguarding|child protection) "
            r"(?:concerns?|alerts?|referrals?)|"
            # another body told, in the passive ("the police are informed and ...", "the GP is notified"), the
            # body itself the subject (not "the Police ensure victims are informed")
            r"(?:police|gps?|schools?|health visitors?|social care|children's services|probation(?: service)?|marac|"
            # ... or the court or coroner deciding a case, or the partnership that commissions reviews ("the court
            # is told by the police of any earlier incidents")
            r"(?:family |criminal )?courts?|coroners?|(?:community safety )?partnership|"
            r"idvas?|mash|local authority|council|(?:partner|other|relevant) agencies)(?: (?:services?|teams?|forces?|"
            # (... also with a modal: "the other agencies involved should be told")
            r"practices?|units?|officers?|surgery))?(?: involved| concerned)?(?: should| must| will| to)? (?:is|are|be|"
            # (... or asked for what it holds: "the police are asked for any domestic abuse history")
            # ("the police are asked to provide ..." is the modal of an ask addressed to the police: only "for")
            r"being|been) (?:[\w-]+ly )?(?:informed|told|notified|alerted|updated|asked for)\b|"
            # ... and in the active ("ask the police for any callouts to the address"): information sought from
            # another body is information sharing; "ask the victim about" stays risk (below)
            r"ask(?:s|ed|ing)? (?:the |their |a |an |all |other |partner |relevant |local )*(?:police|gps?|schools?|"
            r"health visitors?|social care|children's services|probation(?: service)?|marac|idvas?|mash|"
            r"local authority|council|agencies|partners)(?: (?:services?|teams?|forces?|practices?))? for\b|"
            # communication or co-ordination between bodies
            r"(?:communication|liaison|co-?ordination|co-?operation|collaboration) (?:between|with|across)\b|"
            # telling another body ("inform the GP of every attendance", "copy notifications to the school")
            r"(?:inform|informs|informing|tell|tells|copy|copies|copying)\b(?: [\w'’-]+){0,5}? (?:to )?(?:the |their |"
            r"a |an |each |every |all )?(?:victim's |patient's |child's |relevant |registered )?(?:gps?|police|schools?|"
            r"health visitors?|social care|children's services|probation|marac|idvas?|local authority|council|"
            # ("tell the Partnership of any death that may be linked to abuse")
            r"(?:family )?courts?|coroners?|(?:community safety )?partnership|csp|"
            r"partner agencies|other agencies|agencies))",
        ),
        # --- identification of risk: assessing risk, asking, checking history, professional curiosity
        (
            "identification_of_risk",
            # ... named as a noun ("the identification of domestic abuse")
            r"\b(?:identification of (?:[\w-]+ ){0,2}?(?:abuse|risks?|signs|victims|coercive control|need)|"
            r"risk[- ]assess\w*|risks? of (?:serious )?harm (?:assess\w*|screening)|assess(?:es|ed|ing|ment|ments)? (?:of )?(?:the )?risks?|dash|"
            r"risk (?:identification|indicators?|factors?|levels?|ratings?|management)|(?:identify|identifies|"
            # ("recognising that victims in isolated villages may ..." gives the ask's reason, not a practice)
            r"identifying|recognis\w+|recogniz\w+|spot)(?! that\b) (?:the )?(?:[\w-]+ ){0,2}?(?:signs|risks?|indicators|"
            # ... not a role named after abuse ("each practice identifies a domestic abuse lead")
            r"abuse(?! (?:leads?|champions?|co-?ordinators?|officers?|workers?|advisers?|advisors?|specialists?|"
            r"services?|teams?|practitioners?)\b)|coercive control|victims)|(?:identify|identifies|identifying) "
            r"(?:whether|if)|"
            r"consider(?:s|ing)? whether (?:[\w'’-]+ ){0,8}?(?:abuse|risk|violen\w+|safe)|"
            r"impact (?:of (?:[\w'’-]+ ){1,3})?on (?:the |other |any )?(?:child(?:ren)?|family members|victims?|unborn)|"
            r"routine (?:enquiry|inquiry|questions?|asking)|"
            # questions asked to find abuse ("screening questions are asked at assessment", "a question about
            # domestic abuse on the registration form")
            r"screening (?:questions?|tools?)|questions? (?:about|on|regarding) (?:domestic )?(?:abuse|violence)|"
            # hearing the child or victim is how their risk is found ("seek the views of the children")
            r"(?:views|voices?|wishes) of (?:the |any |each |every )?(?:child|children|young people|victims?)|"
            # the risk a person poses, previous incidents looked for ("the risks posed by the other parent",
            # "check for previous incidents at the address")
            r"risks? (?:posed|presented) by|check\w* (?:for )?(?:any )?(?:previous|past|prior|earlier) (?:[\w-]+ )?"
            r"(?:incidents|history|call-?outs|convictions|reports|contacts)|"
            # another body's register looked up before acting ("officers should check the shotgun licensing
            # register"): a history check, not record keeping; records read "to see whether" a practice was done
            # are an audit, left to the check's own reading
            # (a register named by its words: "check the records" alone, "the quality of records" or an agency's own
            # "their records" is no history check)
            r"(?:check|checks|checking|search|searches|searching) (?:the |any |all |relevant |local |national )*"
            r"(?:(?!(?:of|their|its|own|quality)\b)[\w'’-]+ ){1,3}(?:records?|databases?|registers?|indices)\b"
            r"(?![^.;]{0,80}?\bto (?:check|see|ensure|make sure|confirm|establish|test)\b)|"
            # talking to the victim away from the partner ("able to talk to staff without their partner present")
            r"without (?:their|her|his|the|a) (?:partner|carer|husband|wife|abuser|perpetrator)s? (?:being )?present|"
            # concerns about safety looked into ("any concerns about safety are explored")
            r"(?:concerns?|risks?|fears|worries)(?: about (?:[\w'’-]+ ){0,2}?safety)? (?:is |are |be |being )?explored|"
            r"(?:consider|considers|considering|recognis\w+|think about) (?:the )?possibility (?:of|that)\b|"
            # what is screened may be named at length ("screen every report of neighbour nuisance for signs of
            # domestic abuse")
            r"screen(?:s|ed|ing)? (?:[\w'’-]+ ){0,6}?for (?:signs of |indicators of )?(?:domestic )?(?:abuse|violence|"
            r"risk)|"
            # an enquiry about abuse made of the person ("check that a domestic abuse enquiry was made"); one made
            # "with the police" is a check of another body's records (joint work)
            r"(?:domestic abuse|da) (?:enquir(?:y|ies)|inquir(?:y|ies))(?! (?:[\w'’-]+ ){0,3}?with\b)|"
            # concerns or disclosures followed up, abuse or risk considered or explored (professional curiosity:
            # "follow up concerns raised by relatives", "test whether domestic abuse was considered")
            r"follow(?:s|ed|ing)? up (?:on )?(?:any |the |all |such |these )?(?:concerns|disclosures)|"
            # hidden abuse looked for among cases ("to identify any complaints that may have been domestic abuse")
            r"identify (?:any|all|those|cases|reports|complaints|incidents)\b(?: [\w'’-]+){0,5}? (?:domestic )?abuse\b|"
            # ... not a condition naming the cases ("audit cases where domestic abuse was identified")
            r"(?<!where )(?<!when )(?<!where domestic )(?<!when domestic )"
            r"(?:domestic )?(?:abuse|risks?|violence) (?:was|were|is|are|has been|have been|had been) (?:[\w-]+ly )?"
            r"(?:considered|identified|recognised|recognized|explored|asked about)|"
            # how injuries came about asked ("check whether the cause of the injury was explored")
            r"cause of (?:the |any |an |their |her |his )?injur(?:y|ies)|"
            # a person's safety established or planned for ("to establish the victim's safety", "set out how the
            # child will be protected if the relationship resumes"): risk assessed and managed
            r"(?:establish|check|confirm|ascertain|assess)(?:es|ed|ing|s)? (?:the |their |her |his )?"
            r"(?:victim|child|children|patient|client|adult|person)?['’]?s?['’]? ?(?:immediate |ongoing |current )?safety|"
            r"how (?:the |a |any |each )?(?:child|children|victims?|young (?:person|people)|adults?)(?: [\w'’-]+){0,2}? "
            r"(?:will|would|is to|are to|can|could|should) be (?:protected|kept safe|safeguarded)|"
            # someone's safety weighed ("assessments consider the safety of the non-abusing parent", "the
            # partner's safety is considered before discharge"): the guide's risk assessment
            r"(?:consider|considers|considering|assess|assesses|assessing) (?:the )?(?:[\w'’-]+ ){0,2}?safety of\b|"
            r"safety (?:(?:of|needs of) (?:[\w'’-]+ ){1,3}?)?(?:is |are |be |being |been )(?:[\w-]+ly )?(?:considered|assessed)|"
            # hearing those who raise concerns is how risk is found ("families who raise concerns are listened to")
            r"(?:is|are|be|being|been) (?:properly |actively )?listened to|"
            r"(?:selective|targeted) enquiry|professional curiosity|curious|(?:enquir|inquir)(?:e|es|ing|y|ies) "
            r"(?:about|into|whether|if|after)|explor(?:e|es|ing) (?:the )?(?:relationship|history|circumstances|"
            r"home|family|situation|reasons?)|"
            r"quer(?:y|ies)|ask(?:s|ed|ing)? (?:about|whether|directly|if|the (?:victim|patient|client))|"
            r"ask(?:s|ed|ing)? (?:[\w'’-]+ ){1,6}?(?:about|whether|if)\b|"
            # exploring with the person whether they are safe ("explore with the patient alone whether ...")
            r"explor(?:e|es|ing) (?:with )?(?:[\w'’-]+ ){0,5}?(?:whether|if)\b|feels? safe\b|"
            # discussing or considering the risk ("a discussion of domestic abuse risk in every family")
            r"(?:discussion|discuss|discusses|discussing|consideration|consider|considers|considering) (?:of )?"
            r"(?:the )?(?:domestic abuse |da |any |potential |possible )?risks?\b|"
            r"seen alone|spoken to alone|(?:seen|spoken to) (?:[\w-]+ ){0,3}?(?:alone|on (?:their|her|his) own|"
            r"without (?:their|her|his|a|the) (?:partner|carer|husband|wife|family))|reassess\w*|risks? (?:to (?:the )?[\w'’]+ )?(?:is |are |be |should be )"
            r"(?:re)?(?:assessed|reviewed)|(?:history|background) (?:(?:is|was|are|were|be|been) )?(?:checks?|checked|of)|(?:review|check|consider)\w* "
            r"(?:the |any |previous |past )*history|safety plan\w*|stalking|coercive)\b",
        ),
    ]
]
#: Recording as a practice (a verb, notes, chronologies), not "the record" as the system that holds it.
_RECORDING = re.compile(
    # ... the ask's own verb ("Schools should record every concern on their system": the system is only where);
    # "record and" only joins verbs ("record and share", not "the GP record and the Summary Care Record")
    r"^\W*(?:\w+ly )?record\b(?! (?:systems?|keeping)\b)|"
    r"\b(?:record(?:ed|ing)|(?:to |and |or )record|record (?:and|or)\b(?! (?:the|a|an|its|their|his|her|any|all|"
    r"other)\b)|document(?:ed|ing|ation)|case[- ]?notes?|notes|chronolog(?:y|ies)|"
    # writing into a record is recording ("a disclosure is written in the patient record")
    r"writ(?:e|es|ten|ing) (?:down )?(?:in|on|into) (?:the |their |its |a |each )?(?:[\w'’-]+ ){0,2}?records?|"
    r"record[- ]keeping)\b",
    re.IGNORECASE,
)
#: Resourcing, workload, contracts, review governance (``other``): only when no other substance is named.
_OTHER = re.compile(
    r"\b(?:contracts?|commission(?:s|ed|ing|ers)?|(?<!recourse to public )fund(?:s|ed|ing)?|budgets?|caseloads?|workloads?|staffing|"
    r"capacity|sufficient|meet (?:the )?(?:level of )?demand|enough (?:staff|resources|capacity|funding|workers|"
    r"officers|idvas|places|time)|recruit\w*|vacanc(?:y|ies)|posts|appoint(?:s|ed|ing)?\b|appointment of|provision for|case ?loads?|(?:number|numbers) of (?:[\w-]+ ){0,2}(?:staff|nurses|officers|"
    r"workers|practitioners|posts|advisers|advisors|idvas)|timescales?|within (?:the )?(?:[\w-]+ ){0,3}"
    r"(?:time|deadline)s?|(?:quality assurance|qa) panel|"
    r"(?:recommendations|actions|action plans?)\b(?: [\w'’-]+){0,8}? (?:be )?monitored|"
    r"monitor\w* (?:the )?(?:implementation|progress|delivery|completion)|governance|"
    # the services on offer mapped or their gaps found (a needs assessment, for commissioning): "map the outreach
    # services in the county and identify any gaps"
    r"(?:map|maps|mapping) (?:the |all |local |current |existing )*(?:[\w'’-]+ ){0,2}?(?:support|services|provision)\b|"
    r"gaps? in (?:the |local |current )*(?:[\w-]+ ){0,2}?(?:support|services|provision)\b|"
    r"(?:identify|identifies|identifying) (?:any )?gaps\b(?! in)|"
    # the review process itself: families' part in it, its chair, its publication
    # a role in the review process itself ("a single point of contact named for domestic homicide reviews")
    r"(?:for|to|in) (?:future |all |the )?(?:domestic homicide reviews?|dhrs?)\b|"
    # agencies' reports to a review panel ("provide individual management reviews within the timescales",
    # "chronologies for the review")
    r"individual management reviews?|\bimrs?\b|chronolog(?:y|ies)(?: [\w'’-]+){0,3}? (?:for|to) (?:the |this |a |"
    r"future )?(?:review panel|panel|dhr|domestic homicide review|review)s?\b|"
    r"(?:contribute to|involvement in|involved in|participate in|take part in) (?:the |this |future |domestic homicide |"
    r"dhr )*reviews?|(?:reports?|reviews?|summar(?:y|ies)|dhrs?)\b(?: [\w'’-]+){0,3}? (?:is|are|be|being) published|publication of (?:the |this )(?:report|review)|(?:recommendations|actions|action plans?)\b(?: [\w'’-]+){0,6}? "
    r"(?:completed|implemented|delivered|progressed|taken))\b",
    re.IGNORECASE,
)
#: Resourcing asked for in so many words (the vehicle words of ``_OTHER`` - commissioning, monitoring - are left
#: out: "commission a review of how well agencies share information" is about the sharing).
_RESOURCING = re.compile(
    r"\b(?:(?:enough|sufficient|adequate|additional|extra) (?:[\w-]+ ){0,2}?(?:staff|resources?|capacity|funding|"
    r"workers|officers|idvas|places|time|posts)|(?<!recourse to public )fund(?:s|ed|ing)?|staffing(?: levels)?|recruit\w*)\b",
    re.IGNORECASE,
)
#: The review process's own governance asked for in so many words (deadlines for its authors, IMRs, its panel's
#: meetings, its chair): the guide's ``other`` when named before any practice ("agree deadlines for report authors
#: and refer a late report to the chief officer" asks for no referral of a victim).
_GOVERNANCE = re.compile(
    r"\b(?:deadlines?|imrs?|individual management reviews?|(?:review )?panel meetings?|independent chairs?)\b",
    re.IGNORECASE,
)
