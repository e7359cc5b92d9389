"""Hand-written directive cues for the main theme: what the recommendation tells its addressee to do.

The labelling guide makes the mechanism asked for the main theme when it is a distinctive one (training,
awareness raising, policy, technology). :func:`classification.rules.directive_theme` finds it in the directive
span it cuts after a modal ("X should <span>"); real recommendations often have no such modal or put the ask
elsewhere: "officers are reminded of the need to ...", "that key agencies gain a deeper understanding of ...",
"learning identified in this review is shared with staff", "develops a protocol to ...", "take cognisance of the
Act". A "process" or "arrangements" under review is left to the model: labellers read it as policy or as the
practice it governs (referrals, records) about equally. :func:`main_directive` reads these cues in the recommendation's first sentence (where the ask is) and
fills or corrects the rules' directive; :func:`cue_tokens` gives the same cues to the theme model as features.

Where the ask is (the first sentence that asks, its conditions and purposes) is read in
:mod:`classification.theme_clause`.

Only phrasing that names the mechanism is listed: substance (risk, information sharing, records) stays with the
learned model, which sees the whole text. Asking for assurance or evidence that something is in place is a
check, like an audit: it takes the theme of the practice checked, not of the policy named in it.
"""

from __future__ import annotations

import re
from typing import Any

from classification.directive import _MODAL_RX, directive_theme
from classification.theme_clause import (
    _unconditioned,
    asked_clause,
    directive_clause,
)

#: The words between a policy verb and its object noun (the space after the verb included).
_OBJ = (
    # a partner named between the verb and its object ("develops, with the Safeguarding Adults Board, a pathway",
    # "agree, in consultation with the ICB, a protocol"): the object is still the verb's
    r"(?:, (?:(?:together |jointly |working )?with|in (?:partnership|consultation|conjunction) with|alongside) "
    r"[^,;.]{1,80}, | )"
    r"(?:the |its |their |a |an |any |all |existing |current |relevant |new |local |internal )*"
    # ... never across a "for": the noun before it is the object ("agree a budget for the panel's work",
    # "develop training for staff on the new pathway")
    r"(?:(?!for\b)[\w'’/()-]+ ){0,6}?"
)

#: (theme, cue): each a way real reports phrase the asked-for mechanism, matched case-insensitively.
_CUES: list[tuple[str, re.Pattern[str]]] = [
    (theme, re.compile(rx, re.IGNORECASE))
    for theme, rx in [
        # --- awareness raising: reminders, briefings, sharing learning, making staff know or understand
        ("awareness_raising", r"\b(?:is|are|be|been|being|were) (?:formally |regularly |all )?reminded\b"),
        # (a reminder a system gives is a system prompt, the guide's technology: "an automated reminder to the
        # officer when a protection order is about to expire", "a reminder on the crime system")
        (
            "awareness_raising",
            r"(?<!automated )(?<!automatic )(?<!electronic )(?<!system )\bremind(?:s|ing|er|ers)?\b"
            r"(?! (?:on|in|within|from|by) (?:the |a |an |its |their )?(?:[\w'’-]+ ){0,3}?(?:systems?|software|"
            r"databases?|apps?)\b)",
        ),
        ("awareness_raising", r"\bfamiliari[sz]\w*"),
        # briefed staff are told, not taught: "staff to be briefed on the new pathway" is awareness raising
        ("awareness_raising", r"\b(?:is|are|be|been|being|were) (?:fully |formally |all )?(?:de)?briefed\b"),
        # staff made clear about a duty or a rule ("staff need to be clear about when consent is not needed")
        (
            "awareness_raising",
            r"\b(?:needs?|have) to be (?:clear|confident|aware) (?:about|of|on|that|when|how|what|who|where)\b",
        ),
        ("awareness_raising", r"\bawareness[- ]raising\b"),
        # education of children and young people about relationships ("relationships education in schools covers
        # coercive control"): teaching the public, not training staff; making it compulsory is a policy change
        (
            "awareness_raising",
            r"\b(?:healthy |sex and |sexual )?(?:relationships? education|pshe|rse)\b"
            r"(?! (?:[\w'’-]+ ){0,2}?(?:compulsory|mandatory|statutory)\b)",
        ),
        # staff given information ("practitioners working with older people are given information about ...")
        (
            "awareness_raising",
            r"\b(?:staff|officers|practitioners|clinicians|professionals|workers|teams?|managers|colleagues|crews|"
            r"nurses|midwives|gps|handlers)\b(?: [\w'’-]+){0,4}? (?:are |be |is )(?:given|provided with|sent|issued "
            r"with) (?:[\w-]+ ){0,2}?(?:information|details|contact details)\b",
        ),
        # staff told or kept informed ("Officers should be told about the changes to the process"); a victim
        # told of a release is a practice, not awareness raising
        (
            "awareness_raising",
            r"\b(?:staff|officers|practitioners|clinicians|professionals|workers|teams?|managers|colleagues|crews|"
            r"nurses|midwives|gps|handlers)\b(?: [\w'’-]+){0,3}? (?:should |must |will |to )?(?:be |are |is )"
            r"(?:told|informed|updated|kept informed|kept up to date) (?:about|of|on)\b",
        ),
        # briefing people, in the active ("The Council should brief housing officers on the updated policy"):
        # the vehicle is a briefing, the policy is only its subject; "a brief intervention" is no briefing
        (
            "awareness_raising",
            r"\bbrief(?:s|ing)? (?:all |the |its |their |relevant |every |each |frontline |front-line |key |"
            r"partner |senior |local |ward |team )*(?:[\w'’-]+ ){0,2}?(?:staff|officers|practitioners|clinicians|"
            r"professionals|workers|teams?|managers|colleagues|members|gps|nurses|midwives|handlers|crews|partners|"
            r"agencies|schools|head ?teachers|chairs?|leads|employees)\b",
        ),
        # making staff know: "are made aware of", "be familiar with", "know how to refer", "understand that"
        (
            "awareness_raising",
            r"\b(?:made|be|are|is|become|becomes|being) (?:fully |more )?(?:aware|familiar)\b",
        ),
        (
            "awareness_raising",
            r"\b(?:staff|officers|practitioners|clinicians|professionals|workers|teams?|managers|colleagues|"
            # ... or the bodies whose staff they are ("GP practices know about the local IDVA service")
            r"agencies|partners|services|organisations|practices|schools|surgeries|providers|gps)\b"
            r"(?: [\w'’-]+){0,3}? (?:know|knows|understand|understands) (?:how|who|where|when|what|that|the|about)\b",
        ),
        ("awareness_raising", r"\bpublici[sz](?:e|es|ed|ing)\b|\bpublicity\b|\bbulletins?\b"),
        # material made to tell people where to turn ("produce a directory of local services and circulate it")
        (
            "awareness_raising",
            r"\b(?:produce|produces|create|creates|compile|compiles|publish|publishes|circulate|circulates|"
            r"distribute|distributes)\b (?:a |an |the |its |their )?(?:[\w'’-]+ ){0,3}?(?:directory|directories|"
            r"leaflets?|information packs?|resource packs?|fact ?sheets?|contact cards?|guides?|booklets?)\b",
        ),
        # material made available to people ("make available to all ward staff a short guide to local services")
        (
            "awareness_raising",
            r"\b(?:make|makes|making) available (?:to )?(?:[\w'’-]+ ){0,6}?(?:a |an |the )?(?:[\w'’-]+ ){0,3}?"
            r"(?:guides?|leaflets?|directory|directories|booklets?|posters?|contact cards?|fact ?sheets?)\b",
        ),
        # information published for those who may need it ("publish information about the scheme in community
        # languages"); information provided to another body is sharing, so only publishing verbs
        (
            "awareness_raising",
            r"\b(?:publish|publishes|publishing|circulate|circulates|distribute|distributes|display|displays)\b "
            r"(?:clear |accessible |written |printed |more |better |the |its |their )?information (?:about|on)\b",
        ),
        # people outside the services given information about abuse and where to turn ("give those who regularly
        # visit farms information about the signs of domestic abuse and about where to signpost")
        (
            "awareness_raising",
            r"\b(?:give|gives|giving|provide|provides|providing)\b (?:[\w'’,-]+ ){1,8}?information (?:about|on) "
            r"(?:the )?(?:signs|where|how|what|local (?:support|services)|support|services|help)\b",
        ),
        # anyone given written or printed information ("victims should be given written information about
        # local support services"); staff given information is matched below
        (
            "awareness_raising",
            r"\b(?:be |are |is )(?:given|provided with|offered|sent|handed) (?:clear |written |printed |accessible )"
            r"(?:information|leaflets?|details)\b",
        ),
        # information for the public or staff made available: leaflets, helpline details, routes to support
        (
            "awareness_raising",
            r"\b(?:information|leaflets?|materials?|details|posters?)\b(?: (?:about|on|of|for)\b(?: [\w,'’-]+){1,8}?)? "
            r"(?:is |are |be |to be |should be |must be |will be )(?:made )?(?:readily |widely |freely )?"
            # ... not what one body holds made available to another ("details of orders made available to police
            # forces" is information sharing)
            r"(?:available|provided|given|distributed|displayed)\b(?! to (?:the |all |other |partner |relevant )*"
            r"(?:police|forces|agencies|partners|gps?|probation|children's services|social care|marac|courts?)\b)",
        ),
        # promoting a scheme, service or helpline to those who may use it
        (
            "awareness_raising",
            r"\bpromot(?:e|es|ing)\b (?:the |a |an |its |their |local |existing )*(?:[\w'’-]+ ){0,3}?"
            r"(?:schemes?|services?|helplines?|support|offer|resources|information|messages?|champions?|"
            r"initiatives?)\b",
        ),
        ("awareness_raising", r"\bsharing (?:of )?(?:the )?(?:learning|lessons)\b"),
        # the learning published for all to read ("publish the learning from this review on its website"); the
        # report or its findings published is the review's own process (governance), so only learning or lessons
        (
            "awareness_raising",
            r"\b(?:publish|publishes|publishing)\b(?: [\w'’-]+){0,4}? (?:the )?(?:learning|lessons)\b",
        ),
        # a policy that exists made known to staff ("the revised procedure is communicated to all ward staff"):
        # the ask is telling them, not writing it
        (
            "awareness_raising",
            r"\b(?:polic(?:y|ies)|procedures?|protocols?|pathways?|guidance|changes)\b(?: [\w'’-]+){0,6}? (?:is|are|be|"
            r"being|been) (?:[\w-]+ly )?(?:communicated|circulated|disseminated|cascaded|publicised|promoted) "
            r"(?:to|among|across|with)\b",
        ),
        ("awareness_raising", r"\btakes? (?:full )?cogni[sz]ance\b"),
        (
            "awareness_raising",
            r"\b(?:better|greater|deeper|clearer|improved|increased|wider|fuller|raised|shared) "
            r"(?:understanding|awareness|knowledge|appreciation)\b",
        ),
        (
            "awareness_raising",
            r"\b(?:raise|raises|raising|raised|promote|promotes|increase|improve)s? (?:the )?awareness\b",
        ),
        (
            "awareness_raising",
            r"\b(?:learning|lessons?|findings|messages?)\b(?: [\w'’()-]+){0,10}? (?:is|are|be|being|been|to be) "
            # ... or talked through where staff meet ("a forum at which learning from reviews is discussed")
            r"(?:widely |effectively |fully |regularly )?(?:shared|disseminated|circulated|cascaded|communicated|"
            r"promoted|publicised|embedded|discussed)\b",
        ),
        (
            "awareness_raising",
            r"\b(?:share|shares|disseminate|disseminates|cascade|cascades|circulate|circulates|communicate|"
            # ... or presented to those who should learn from it ("presents the findings of this review to the
            # Board"); an audit's findings presented are a report on the practice audited
            r"communicates|publicise|publicises|promote|promotes|present|presents|presenting)\b(?: [\w'’-]+){0,5}? "
            r"(?:the )?(?:learning|lessons?|findings(?! of (?:the |an? |its |their |this )?(?:[\w-]+ )?audits?\b)|"
            r"key messages)\b",
        ),
        # learning gathered and then passed on ("bring together the learning from reviews and share it with
        # partners", "collate the lessons ... and circulate them"): the sharing is the ask
        (
            "awareness_raising",
            r"\b(?:collate|collates|collating|bring together|brings together|draw together|draws together|"
            r"pull together|pulls together) (?:the |all |any |key )?(?:[\w-]+ )?(?:learning|lessons)\b|"
            r"\b(?:learning|lessons?|findings)\b(?: [\w'’()-]+){0,12}? and (?:then )?(?:share|shares|disseminate|"
            r"disseminates|circulate|circulates|cascade|cascades|publish|publishes|present|presents) "
            r"(?:it|them|this|these)\b",
        ),
        (
            "awareness_raising",
            r"\b(?:learning|lessons?) (?:document|brief\w*|summary|note|event|bulletin|newsletter|leaflet)s?\b|"
            r"\b(?:7|seven)[- ]minute brief\w*|\bbriefings?\b|\bcampaigns?\b|\bnewsletters?\b|\bposters?\b",
        ),
        (
            "awareness_raising",
            r"\b(?:internal )?communications? (?:are|is|be) (?:refreshed|issued|sent|circulated)\b",
        ),
        # --- training
        (
            "training",
            r"\b(?:train(?:ing|ed|s)?|e-?learning|courses?|workshops?|upskill\w*|cpd|refreshers?(?! (?:briefings?|bulletins?|communications?|messages?|reminders?|campaigns?)\b)|"
            r"(?:annual|regular|yearly) updates? (?:on|in|about)|"
            r"(?:learning|development) (?:programme|package|session|module)s?|"
            # taught sessions for staff ("awareness sessions for call handlers"); sessions for the public are
            # awareness raising
            r"(?:awareness|teaching|skills) sessions?(?! (?:for|with|in) (?:the )?(?:public|residents|communit\w+|"
            r"parents|pupils|students|victims|survivors|employers|families)\b)|"
            # learning staff must take is training ("the mandatory learning for work coaches covers ...")
            # ... or the periodic update staff must attend ("the mandatory safeguarding update for midwives")
            r"(?:mandatory|core|essential|statutory) (?:[\w-]+ )?(?:learning|updates?))\b",
        ),
        # --- policy: writing or reviewing a policy, procedure, protocol, pathway, process, criteria
        (
            "policy",
            r"\b(?:review|reviews|reviewing|revise|revises|revising|update|updates|updating|amend|amends|issue|issues|"
            r"amending|rewrite|refresh|refreshes|develop|develops|developing|produce|produces|introduce|write|writes|"
            r"introduces|agree|agrees|establish|establishes|create|creates|draft|drafts|adopt|adopts|issuing|"
            r"producing|introducing|agreeing|establishing|creating|drafting|adopting|writing|reconsider|"
            r"reconsiders|revisit|revisits|tighten|tightens|"
            # done already, in action-plan voice ("the Trust has reviewed its safeguarding policy"); the
            # participle alone is left out: "risk is reviewed in line with the procedure" is no policy ask
            r"(?:has|have|had) (?:now |already |recently )?(?:reviewed|revised|updated|amended|developed|"
            r"produced|introduced|agreed|established|created|adopted|drafted)|"
            r"(?:a |an )?(?:review|revision|refresh|development|creation|introduction|production) of)\b"
            + _OBJ
            + r"(?:polic(?:y|ies)|procedures?|protocols?|pathways?|guidance|guidelines|criteria|matrix|"
            r"framework|standards|operating model|toolkit|(?:information|data)[- ]sharing agreements?|"
            r"code of practice|terms of reference|(?:common |shared |agreed )?definitions? of|strateg(?:y|ies)|threshold (?:document|guidance)s?|act|legislation|regulations|"
            # an offence's legal definition or the law ("review whether the offence of coercive control should
            # extend to carers")
            r"offences? of|law(?! enforcement)|"
            # the routes a referral takes are its pathway ("reviews the referral routes between the services")
            r"(?:referral|escalation) routes?|"
            # (a contract's specification is contract management, the guide's ``other``)
            r"eligibility|curriculum|(?<!contract )(?:service )?specifications?|"
            # statutory guidance named by its title ("updates Keeping Children Safe in Education to make clear")
            r"working together to safeguard children|keeping children safe in education"
            r")\b",
        ),
        # a referral or service threshold reviewed ("MARAC to review its threshold for repeat referrals"): the
        # criteria a procedure sets, as "criteria" above; only as the verb's own object ("review cases that meet
        # the threshold" reviews cases)
        (
            "policy",
            r"\b(?:review|reviews|reviewing|revise|revises|revising|update|updates|amend|amends|reconsider|"
            r"reconsiders|revisit|revisits|lower|lowers|change|changes|(?:a |an )?(?:review|revision) of) "
            r"(?:its|the|their|a|any) (?:[\w'’-]+ ){0,2}?thresholds?\b(?! (?:is|are|was|has been) met\b)",
        ),
        (
            "policy",
            r"\b(?:polic(?:y|ies)|procedures?|protocols?|pathways?|guidance|guidelines|practice directions?|"
            r"codes? of practice|(?:information|data)[- ]sharing agreements?)\b(?: [\w'’-]+){0,10}? "
            r"(?:should|must|to|will)? ?(?:be )?(?:reviewed|revised|updated|amended|developed|written|produced|"
            r"introduced|rewritten|refreshed|strengthened)\b",
        ),
        # reviewing how a service is arranged (its mechanisms, arrangements, offer, approach) is a policy change
        # unless the arrangements are for a practice ("processes for documenting and flagging": record keeping)
        (
            "policy",
            # (a review's name is no verb: "before the new Joint Case Review arrangements start", "the homicide
            # review process", "the review process")
            r"(?!(?<=\w )(?-i:R))(?<!homicide )(?<!dhr )(?<!safeguarding )(?<!practice )(?<!learning )"
            r"\b(?:(?<!\bthe )(?<!\ba )(?<!\bits )(?<!\btheir )(?<!\bthis )(?:review|reviews|reviewing|revisit|revisits|"
            r"refine|refines|reconsider|reconsiders)|"
            # ("a review by the Trust of the arrangements ...": the reviewer named between)
            r"(?:a |an )?(?:review|revision) (?:by (?:[\w'’&-]+ ){1,6}?)?of)\b (?:the |its |their |current |existing |"
            r"internal |local )*"
            # (commissioning or contract arrangements are contract management: the guide's ``other``)
            r"(?:[\w'’‘-]+ ){0,2}?[‘'\"“]?"
            r"(?<!commissioning )(?<!contract )(?<!contractual )(?<!contracting )(?<!funding )(?<!staffing )"
            r"(?:mechanisms?|arrangements|offer|approach|operating model|"
            # a process named by its practice ("the process by which officers refer") is left to the model
            # ... "to ensure that" after it is the review's purpose, not the practice ("review the allocation
            # process to ensure that ..." is reviewing the process)
            r"process(?:es)?\b(?! (?:for|by which|through which|whereby)\b| to\b(?! (?:ensure|make sure|check|"
            r"confirm|improve)\b)))\b[’'\"”]?"
            r"(?! for (?:recording|documenting|sharing|referr\w*|flagging|assessing))",
        ),
        # reviewing how something is done is reviewing its procedure ("review how family courts are told",
        # "review the way in which concerns are triaged")
        (
            "policy",
            r"\b(?:review|reviews|reviewing|revisit|revisits|reconsider|reconsiders|(?:a |an )?review of)\b "
            # ... but a review of how WELL something is done is a check of that practice (the guide: an audit
            # takes the theme of the practice it checks)
            r"(?:how\b(?! (?:well|effectively|far|consistently|often)\b)|the ways? (?:in which|that)\b)",
        ),
        # a new process is a procedure ("creation of a missed appointments process"); a process under review is
        # left to the pattern above, which knows the processes for a practice
        (
            "policy",
            r"\b(?:develop|develops|developing|development of|create|creates|creation of|introduce|introduces|"
            r"introduction of|establish|establishes|agree|agrees|design|designs)\b"
            + _OBJ
            + r"process(?:es)?\b",
        ),
        # a change in the law ("legislate to make ...", "seek a change to the law"), or a duty or rule made
        # binding ("considers making teaching about relationships compulsory", "placed on a statutory footing")
        (
            "policy",
            r"\blegislat(?:e|es|ing)\b|\blegislative (?:change|amendment|reform)s?\b|\bchang(?:e|es|ing) (?:in |to )?the law\b|"
            r"\bcompulsory\b(?! (?:[\w-]+ ){0,3}?(?:fields?|questions?|boxes)\b)|\bstatutory (?:footing|basis|duty|requirement)\b",
        ),
        # a procedure put in place ("there should be a clear escalation process for ...")
        (
            "policy",
            r"\bthere (?:should|must|needs to|ought to|will) be (?:a|an) (?:[\w'’-]+ ){0,4}?"
            r"(?:process|procedure|protocol|pathway|policy|(?:escalation |referral )?route)\b",
        ),
        # a policy asked to be in place ("schools should have a written procedure for responding to ...",
        # "put in place an agreed protocol"): writing it is the ask
        (
            "policy",
            r"\b(?:have|has|having|put in place|puts in place|there is)\b (?:in place )?(?:a|an) "
            r"(?:(?:clear|written|agreed|documented|formal|robust|single|local) )+(?:[\w-]+ )?"
            r"(?:polic(?:y|ies)|procedures?|protocols?|pathways?)\b",
        ),
        # a rule set out in a policy ("make clear in its procedures that the victim liaison unit is told")
        (
            "policy",
            # ("the questions set out in the guidance" is a participle: "set" there only after a modal or "to")
            r"\b(?:make|makes|making|(?:(?<=should )|(?<=must )|(?<=will )|(?<=to ))set|sets|state|states|specify|"
            r"specifies) (?:it )?(?:clear |out )?(?:in|within) "
            r"(?:its|their|the) (?:[\w-]+ ){0,2}?(?:polic(?:y|ies)|procedures?|protocols?|guidance|pathways?)\b",
        ),
        # something written into a policy document ("include strangulation in the emergency department pathway",
        # "name domestic abuse as a risk factor in the national strategy"; statutory guidance named by its title):
        # the document is rewritten
        (
            "policy",
            r"\b(?:include|includes|including|add|adds|adding|name|names|naming|insert|inserts)\b "
            r"(?:[\w'’-]+ ){0,8}?(?:in|into|within|to) (?:the |its |their |a |an |any |next |new |revised |national |"
            r"local )*(?:[\w'’&-]+ ){0,4}?(?:guidance|guidelines|pathways?|polic(?:y|ies)|procedures?|protocols?|"
            r"strateg(?:y|ies)|(?:service )?specifications?|toolkits?|working together to safeguard children|"
            r"keeping children safe in education)\b",
        ),
        # a change to what is taught (the curriculum) or guidance given to a role is a rule for it: policy
        ("policy", r"\b(?:in|into|within|to) the (?:[\w-]+ ){0,2}curriculum\b"),
        ("policy", r"\b(?:be |are |is )?given (?:clear |written |further |national )?guidance\b"),
        # widening or starting a scheme (a disclosure scheme, a notification scheme) changes the rules
        (
            "policy",
            r"\b(?:extend|extends|extending|expand|expands|expanding|widen|widens|widening)\b"
            + _OBJ
            + r"schemes?\b",
        ),
        # a policy document made to say something ("ensure that the service specification requires joint
        # working", "that its procedure sets out who is told"): writing what it says is writing the policy
        (
            "policy",
            # (a contract's terms are left out: contract management is the guide's ``other``)
            r"\b(?:polic(?:y|ies)|procedures?|protocols?|pathways?|guidance|guidelines|specifications?|"
            r"frameworks?|strateg(?:y|ies))\b(?: (?:for|on|of|about|relating to)(?: [\w'’-]+){1,4}?)? "
            # ... also in a relative clause ("has a procedure that includes asking about ...")
            r"(?:that |which )?(?:should |must |will |to )?(?:require|requires|include|includes|"
            r"set out|sets out|specify|specifies|make clear|makes clear|state|states|cover|covers|reflect|reflects|"
            r"refer to|refers to|reference|references|recognise|recognises|recognize|recognizes|address|addresses|"
            r"acknowledge|acknowledges)\b",
        ),
        # ... the addressee's own policies, named at length ("make sure their policies for working with adults
        # who misuse substances state that ..."): what they must say is the ask, however long the name
        (
            "policy",
            r"\b(?:ensure|ensures|make sure|makes sure)(?: that)? (?:its|their|all|the) (?:own )?"
            r"(?:[\w-]+ ){0,3}?(?:polic(?:y|ies)|procedures?|protocols?|guidance|guidelines|pathways?)\b"
            r"(?: [\w'’-]+){1,10}? (?:require|requires|include|includes|set out|sets out|specify|specifies|"
            r"make clear|makes clear|state|states|cover|covers)\b",
        ),
        # a requirement built into a contract or framework is a rule: policy
        (
            "policy",
            r"\b(?:build|builds|introduce|introduces|include|includes|set|sets|add|adds|make|makes|making)\b"
            r"(?: [\w'’-]+){0,8}? "
            r"(?:a |the |clear )?requirements?\b",
        ),
        # --- technology: flags, alerts, prompts, system changes
        (
            "technology_systems",
            # ("a safeguarding alert" raised is a referral to the council, not a system's alert; nor is being
            # alert: "officers need to be alert to the signs of ...")
            # ("a marker of high risk" is an indicator, not a system marker)
            # ("a request prompts an offer of help", "prompt action": the verb and the adjective, not a system prompt)
            r"\b(?:flags?|flagging|markers?(?! of\b)|prompts?(?! (?:an?|the|its|their|them|staff|action|referral|response)\b)|(?<!safeguarding )(?<!\bbe )(?<!\bare )(?<!\bis )(?<!\bremain )"
            r"(?<!\bstay )(?<!\bmore )(?<!\bkeep )alerts?(?! to (?:the )?(?:signs?|risks?|possibility|indicators?)\b)|pop-?ups?|tags?|tagging|drop-?down|mandatory fields?|"
            r"(?:it|ict|electronic|computer|case[- ]management|records?|(?:[\w-]+ )?recording|crime|patient|clinical|"
            r"command and control|custody|housing|social care|information) systems?|databases?|(?:mobile|handheld) devices?|"
            r"body[- ]?worn (?:video|cameras?)|cctv|"
            # what a system does by itself ("MARAC outcomes attached automatically to the records")
            r"automatic(?:ally)? (?:be )?(?:attached|linked|added|uploaded|transferred|populated|copied|generated|"
            r"alerted|notified|triggered)|"
            r"(?:attached|linked|added|uploaded|transferred|populated|copied|generated|alerted|notified|triggered) "
            r"automatically|"
            r"electronic (?:[\w-]+ ){0,2}(?:forms?|templates?)|"
            # a reminder the system sends by itself ("an automatic notification when a bail condition ends")
            r"(?:automated|automatic|electronic|system[- ]generated) (?:reminders?|notifications?|messages?|e-?mails?)|"
            # a system prompting staff ("crews are prompted by the electronic patient care record to ask")
            r"prompted by (?:the |a |an |its |their )?(?:[\w'’-]+ ){0,3}?(?:systems?|records?|templates?|software|apps?)|(?:mandatory|compulsory) (?:[\w-]+ ){0,3}(?:fields?|questions?))\b",
        ),
        # a form the system will not let through until it is complete ("so that a report ... cannot be submitted
        # until the questions have been answered"): a validation built into the system, an IT change
        (
            "technology_systems",
            r"\b(?:cannot|can ?not|can't|could not|will not|won't) be (?:submitted|saved|closed|completed|"
            r"finali[sz]ed|progressed|signed off|processed)\b(?: [\w'’-]+){0,4}? until\b",
        ),
        (
            "technology_systems",
            # ("clinical records" are what is written, not a system: "clinical records show who came with her")
            r"\b(?:clinical|computer|digital|electronic|case[- ]management) systems?\b|"
            r"\b(?:computer|digital|electronic|case[- ]management) records?\b|"
            # the NHS's shared and summary care records are systems a service is given access to
            r"\b(?:shared|summary|integrated) (?:care |electronic )?records?\b|"
            # a system named by what it manages ("the tenancy management system"), or a system changed
            r"\b[\w-]+ (?:management|administration|call[- ]handling|booking) systems?\b|\bgp systems?\b|"
            r"\b(?:digital|electronic|online|case[- ]recording|recording) (?:[\w-]+ ){0,2}?platforms?\b|"
            r"\b(?:appear|appears|show|shows|displayed) on (?:the )?screen\b|"
            # what a record or system lets people do ("the national patient record allows an alert to be seen")
            r"\b(?:records?|systems?|databases?|software) (?:should |must |to |will )?(?:allows?|enables?|permits?)\b|"
            # a change named by the system it changes ("make the system changes needed so that ...")
            r"\b(?:system|software|(?-i:IT|ICT)|database) (?:changes?|developments?|upgrades?|enhancements?)\b|"
            # what a system shows by itself ("a call ... automatically shows the call handler all incidents")
            r"\bautomatic(?:ally)? (?:shows?|displays?|appears?|presents?|highlights?)\b|\b(?:change|changes|changing|amend|amends|amending|upgrade|upgrades|"
            r"upgrading|configure|configures|modify|modifies|adapt|adapts) (?:the |its |their |a |an )?"
            r"(?:[\w'’-]+ ){0,2}?(?:systems?|software|databases?)\b|\bonto (?:a|the|its|their|one) (?:[\w'’-]+ ){0,2}systems?\b|"
            r"\b(?:visible|available|accessible|seen|see) (?:[\w'’-]+ ){0,4}?(?:on|through|via|in) (?:a|the|its|their) "
            r"(?:[\w'’-]+ ){0,2}(?:systems?|records?)\b",
        ),
    ]
]
#: Where an aside starts ("i.e.", "e.g.", "for example", "such as"): its words are examples, not the ask.
_ASIDE = re.compile(r"\b(?:i\.e\.|e\.g\.|for example|such as)", re.IGNORECASE)
#: A check that something is in place (assurance, evidence, audit, dip sample, supervision): not itself a
#: mechanism.
_CHECK = re.compile(
    r"^\W*(?:(?:that|the|a|an|regular|formal|annual|provision of|to|all|agency|agencies)\s+){0,4}"
    r"(?:assurances?|evidence|audit\w*|dip[- ]?sampl\w*|monitor\w*|supervis\w*|seek assurance)\b",
    re.IGNORECASE,
)
#: ... also after the addressee and modal ("The ICB should seek assurance that ...", "X to audit ...").
_CHECK_AFTER_MODAL = re.compile(
    # the subject before the modal may be long ("Managers in the Drug and Alcohol Service should audit"), but
    # holds no modal itself: "X should ensure that curiosity is covered in supervision" is no check
    # (a recommending "That" a label left before the subject: "Recommendation 4: That the Board audits ...")
    r"^\W*(?:that\s+)?(?:(?!(?:should|must|shall|will|to|that|ensures?)\b)[\w'’&()-]+:?\s+){0,10}?"
    # the recommending form's bare verb ("That the Board: (i) audits the cases ..."), the subject's colon and a
    # list mark before it
    r"(?:(?:audits|dip[- ]?samples)\b(?! (?:should|must|shall|will|are|is)\b)|"
    r"(?:should|must|shall|will|to)\s+(?:(?:seek|obtain|gain|receive|provide|give)"
    r"\s+(?:\w+\s+)?assurances?|audit|dip[- ]?sample)|(?:(?:should|must|shall|will|to)\s+)?"
    r"(?:undertakes?|carry out|carries out|conducts?|completes?)\s+(?:an?\s+|regular\s+|formal\s+|annual\s+)*"
    # "a case file audit", "a multi-agency themed audit": the audit named by what it reads
    r"(?:[\w-]+\s+){0,2}?(?:audits?|dip[- ]?samples?)|"
    # supervision and sampled reading are checks too ("use supervision to check that ...", "review a sample of
    # discharge summaries to check ...")
    r"(?:(?:should|must|shall|will|to)\s+)?(?:use|uses|through|in)\s+(?:\w+\s+)?supervision|"
    r"(?:(?:should|must|shall|will|to)\s+)?(?:review|reviews|examine|examines|look at|sample)\s+"
    r"(?:a\s+)?(?:random\s+|representative\s+)?sample\s+of|"
    # records read to check a practice ("review the case records of patients admitted ... to check whether the
    # cause was asked"): the reading is an audit
    r"(?:(?:should|must|shall|will|to)\s+)?(?:review|reviews|examine|examines|look at|looks at|read|reads)\s+"
    r"(?:the\s+|a\s+|their\s+|its\s+|all\s+)?(?:[\w'’-]+\s+){0,3}?(?:records|case files|files|case notes|notes)\b"
    r"(?=[^.;]*?\bto (?:check|see|establish|test|confirm) (?:whether|that|if)\b)|"
    # a (thematic) review of past cases to find out whether something was done or present ("consider a thematic
    # review of DHRs in which ..., to establish whether the risk indicators differ from those in the DASH"): a
    # review of cases read for a practice is an audit, so it takes the practice's theme
    r"(?:(?:should|must|shall|will|to)\s+)?(?:(?:consider|considers|undertake|undertakes|carry out|carries out|"
    r"conduct|conducts|commission|commissions|complete|completes)\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"review\s+of\s+(?:the\s+|all\s+|recent\s+|past\s+)?(?:[\w'’-]+\s+){0,3}?(?:cases|case files|records|"
    r"reviews|dhrs|incidents|referrals)\b(?=[^.;]{0,300}?\bto (?:check|see|establish|test|confirm|determine) "
    r"(?:whether|that|if)\b))\b",
    re.IGNORECASE,
)


#: A list of examples set between commas inside the ask ("to give those who visit farms, such as vets, feed
#: merchants and agricultural advisers, information about ..."): the sentence goes on after it.
_CLOSED_ASIDE = re.compile(
    r",\s*(?:such as|e\.g\.|for example)\s[^,;.:]{1,60}(?:,\s[^,;.:]{1,60}){0,6}?\s(?:and|or)\s[^,;.:]{1,60},",
    re.IGNORECASE,
)


def _is_check(clause: str) -> bool:
    return bool(_CHECK.match(clause) or _CHECK_AFTER_MODAL.match(clause))


_MECHANISMS = frozenset({"training", "awareness_raising", "policy", "technology_systems"})


def cue_mechanism(text: str) -> str | None:
    """The mechanism the first sentence's earliest cue names (None: no cue, or the ask is a check)."""
    clause = asked_clause(text)
    if not clause or _is_check(clause):
        return None
    # an aside's words are examples, not the ask ("widen their search, i.e. not searching on tags alone"); a
    # list of examples closed by a comma is dropped first, so the ask after it is read
    clause = _unconditioned(_ASIDE.split(_CLOSED_ASIDE.sub(",", clause), maxsplit=1)[0])
    best: tuple[int, int, str] | None = None
    for order, (theme, rx) in enumerate(_CUES):
        m = rx.search(clause)
        if m is not None and (best is None or (m.start(), order) < best[:2]):
            best = (m.start(), order, theme)
    return best[2] if best else None


#: An ask that uses or follows what exists ("follow the escalation policy when ...", "use the system to ...").
_USE = re.compile(
    r"^\W*(?:\w+ly )?(?:follow|follows|use|uses|using|apply|applies|comply with|complies with|adhere to|"
    r"adheres to|make use of|makes use of)\b",
    re.IGNORECASE,
)


def _uses_only(clause: str, mechanism: str) -> bool:
    """Whether the ask only uses or follows a policy or system ("agencies should follow the escalation policy
    when they disagree"), with no cue that writes or changes one: the guide's policy and technology mechanisms are
    writing or reviewing a policy and an IT change, so using one names no mechanism."""
    m = _MODAL_RX.search(clause)
    if m is None or mechanism not in ("policy", "technology_systems"):
        return False
    rest = clause[m.end() :]
    return bool(_USE.match(rest)) and not _has_cue(rest, mechanism)


#: The immigration status "no recourse to public funds" (NRPF), which names no funding.
_NO_RECOURSE = re.compile(r"\b(?:no )?recourse to public funds\b", re.IGNORECASE)


def main_directive(text: str, rule_directive: str | None) -> str | None:
    """The main theme the directive settles: the rules' directive, filled or corrected by the cues.

    - no rule directive: the cue's mechanism, if any;
    - ``other`` (resourcing, governance words in the span): a mechanism cue wins ("ensure staff take cognisance
      of the Mental Capacity Act" is awareness raising, not resourcing);
    - a mechanism found inside a check ("assurance that the information sharing pathway is used"): none, so
      the model decides the substance.
    """
    clause = asked_clause(text)
    if rule_directive == "other" and _NO_RECOURSE.search(text):
        # "no recourse to public funds" is an immigration status, not funding asked for: ``other`` stands only
        # when the rules read it without the phrase
        rule_directive = directive_theme(_NO_RECOURSE.sub(" ", text))
    if rule_directive in _MECHANISMS and clause and _is_check(clause):
        return None
    if rule_directive is not None and clause and _uses_only(clause, rule_directive):
        return None
    if rule_directive in _MECHANISMS and clause:
        # the rules' span ran past the first sentence ("... a better understanding of self-harm. It may be a
        # coping strategy") or stopped short of the object ("amend the wording of leaflets and statutory
        # guidance"), or it read a mechanism word that comes after the first ask ("brief staff on the new policy
        # and update the procedure", "review its training policy"): the mechanism cued first in the first
        # sentence, where the ask is, wins
        cue = cue_mechanism(text)
        if (
            cue is not None
            and cue != rule_directive
            and _cue_start(clause, cue) < _cue_start(clause, rule_directive)
        ):
            return cue
    if rule_directive is None or rule_directive == "other":
        cue = cue_mechanism(text)
        if cue is not None:
            return cue
    return rule_directive


def is_check(text: str) -> bool:
    """Whether the recommendation's ask is a check that something is in place (audit, assurance, dip sample)."""
    clause = asked_clause(text)
    return bool(clause) and _is_check(clause)


def substance_main(proba: Any, classes: list[str], check: bool) -> str:
    """The main-theme model's pick; for a check, the best substance theme (the guide: audits, dip samples and
    supervision take the theme of the practice they check, never the mechanism named in them)."""
    order = sorted(range(len(classes)), key=lambda j: -float(proba[j]))
    if check:
        for j in order:
            if classes[j] not in _MECHANISMS:
                return classes[j]
    return classes[order[0]]


def _cue_start(clause: str, theme: str) -> float:
    """Where the first cue of ``theme`` starts in ``clause`` (infinity: none)."""
    clause = _unconditioned(clause)
    starts = [m.start() for t, rx in _CUES if t == theme and (m := rx.search(clause)) is not None]
    return min(starts) if starts else float("inf")


def _has_cue(clause: str, theme: str) -> bool:
    return any(t == theme and rx.search(clause) for t, rx in _CUES)


def cue_tokens(text: str) -> str:
    """Feature tokens for the theme model: one ``zcue<theme>`` per theme with a cue in the first sentence."""
    clause = directive_clause(text)
    if not clause:
        return ""
    themes = sorted({theme for theme, rx in _CUES if rx.search(clause)})
    check = ["zcuecheck"] if _is_check(clause) else []
    return " ".join([f"zcue{t}" for t in themes] + check)
