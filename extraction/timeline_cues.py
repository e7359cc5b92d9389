"""The cue tables of the timeline extractor (:mod:`extraction.timeline`): which words date which review stage.

Kept apart from the extractor's logic so each stays small: the event cues (with their weights), the cues of what
is *not* a review stage (the criminal process, calls and visits), the Home Office QA letter's own cues, and the
title-page regexes. Every regex is matched on lowercased text (``extraction.timeline._lower``) unless it says
otherwise.
"""

from __future__ import annotations

import re
from typing import get_args

from dhr.schema import TimelineEventId
from extraction.timeline_not_event import _NOT_EVENT, OTHER_REVIEW  # noqa: F401 - re-exported

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
_QAP = r"(?:(?:home office\s+)?(?:quality assurance|q\.?a\.?)\s*(?:\(qa\)\s*)?panel|qap\b)"
_CSP = (
    r"(?:community safety partnership|\bcsp\b|safer [a-z ]{0,30}partnership|safe city partnership|safer [a-z]+\b|"
    r"[a-z]+ partnership|chair of the (?:csp|partnership))"
)

#: (event, cue regex, weight). A sentence may carry several events ("died on X; the CSP was told on Y").
_CUES: list[tuple[TimelineEventId, re.Pattern[str], float]] = [
    (e, re.compile(p), w)  # matched on _lower(sentence): case-insensitive regexes are much slower
    for e, p, w in [
        (
            "death",
            r"\b(?:date|year|month) of (?:the )?(?:death|homicide)\b|^(?:death|died)\s*[:–-]|\(deceased:?\s+(?=\d)|"
            # "Key dates: Death 12/03/2017; Notification to CSP 15/03/2017; ..."
            # (not "Date CSP notified of death: ...": the field names the notification)
            r"(?<!of )\b(?:death|homicide)\s*[:|–-]?\s*(?=\d{1,2}(?:st|nd|rd|th)?[/. ](?:\d|[a-z]{3}))|"
            # a key-dates row naming whose death it is: "Death of Mr B | 3rd March 2020"
            r"^\W*(?:date of )?(?:the )?(?:death|homicide|murder|killing) of (?:[\w'’.-]+ ?){1,4}\s*[:|–-]\s*(?=\d)",
            3.0,
        ),
        (
            # "Date of incident: DATE" alone is the death's; a key-dates table that also gives "Date of death"
            # (on its own row) dates the death there: the incident's field weighs less
            "death",
            r"\b(?:date|year|month) of (?:the )?incident\b",
            2.0,
        ),
        (
            "death",
            r"\b(?:died|passed away|(?:was|were|is|are) (?:\w+ly |attacked and |stabbed and |beaten and |shot and )?(?:killed|murdered)|was fatally|committed suicide|(?:found|discovered) (?:[\w'’]+ ){0,2}?(?:dead|deceased|lifeless)|shot (?:(?:her|him|them|[\w'’-]+) )?dead|"
            r"the death (?:occurred|happened|took place)|"
            r"(?:pronounced|declared|confirmed|certified) (?:dead|deceased)|with (?:fatal|non-survivable) (?:[\w-]+ )?(?:injur\w+|wounds?)|life (?:was )?pronounced extinct|lost (?:her|his|their) li(?:fe|ves)|tragically killed|took (?:her|his|their) own li(?:fe|ves)|"
            # a suicide: "hanged herself in February 2017", "killed himself", "ended her life", "the suicide of X in"
            r"(?:hanged|killed) (?:herself|himself|themselves)|ended (?:her|his|their) (?:own )?li(?:fe|ves)|"
            # "her life was ended by her husband in May 2018", "his life was taken on ..."
            r"(?:her|his|their|['’]s) li(?:fe|ves) (?:was |were )?(?:cruelly |tragically |brutally )?(?:ended|taken|cut short)|"
            r"(?:died by|death by|took) suicide|suicide of (?:[\w'’-]+ ){1,6}?(?:in|on)(?= (?:the )?\d| [a-z]+ \d)|"
            # "Ann's death" (not "her mother's death": a relative of the one the review is about); a death that
            # only marks a time ("an enquiry into her care before her death was closed in August 2021") dates
            # what follows it only where the date is the death's own ("before her death in May 2018")
            r"(?<!before )(?<!prior to )(?<!preceding )(?<!leading up to )(?<!following )"
            r"(?:her|his|their|whose|(?<!her )(?<!his )(?<!their )(?<!the )(?<!a )\b[\w-]+['’]s) death|"
            r"(?:(?<=before )|(?<=prior to )|(?<=preceding )|(?<=leading up to )|(?<=following ))"
            r"(?:her|his|their|[\w-]+['’]s) death(?=,? (?:on|in|at)\b|\s*\()|(?:stabbed|strangled|beaten|battered|burned|shot|killed|murdered|bled) to death|"
            r"(?:was|were) (?:fatally|mortally) (?:stabbed|injured|wounded|assaulted|attacked)|"
            # the attack told with its outcome: "suffered catastrophic injuries ... and did not survive"
            r"(?:did not|didn['’]t) survive|never regained consciousness|succumbed to (?:her|his|their) (?:injur|wound)\w*)\b",
            1.0,
        ),
        (
            # the act named without "died": "he stabbed her several times ... on DATE", "was found at her home on
            # DATE", "the death of Mary in 2014"; weaker, as a chronology also records assaults (the _NOT_EVENT
            # cues and the pooling over the document keep those out)
            "death",
            r"\b(?:(?:was|were|had been) (?:stabbed|strangled|killed|murdered|found (?:dead|deceased|unresponsive|"
            r"lifeless|collapsed|with|by|at|in))|(?:stabbed|strangled|killed|murdered|suffocated|smothered|drowned|knifed|throttled|"
            r"poisoned|asphyxiated|bludgeoned) (?:her|him|his|their)|\b(?:beat|battered|kicked|stabbed) (?:[\w'’-]+ ){1,3}?to death|"
            r"(?:bod(?:y|ies)|remains) (?:of [^.;]{1,30}? )?(?:was|were) (?:discovered|found|recovered)|(?:discovered|found|recovered) (?:[\w'’]+ ){0,2}?bod(?:y|ies)\b|"
            r"(?:was|were) found (?:hanged|hanging)|"
            # "... who had been released in March 2016, killed Nicola on 4 July 2016": the act with a name
            r"(?:killed|murdered|murdering|stabbed|strangled|knifed|throttled|poisoned|smothered) (?!her\b|him\b|them\b|(?:her|him|them)sel(?:f|ves)\b)[\w'’-]+(?:,? [\w'’-]+){0,16}?,? (?:on|in)(?= (?:the )?\d| [a-z]+ \d)|"
            r"(?:sadly |cruelly )?taken from (?:us|them|(?:her|his|their) (?:famil(?:y|ies)|children|loved ones))|"
            # "cut Ms G's throat before setting fire to her body on DATE"; "Shana, murdered five years ago today, DATE"
            r"cut (?:[\w'’-]+ ){0,2}?throat|(?:,|^) ?(?:murdered|killed|stabbed to death|strangled to death)\b|"
            # "the death of O in 2018" (not "review into the death of Kelly Published March 2024")
            r"(?:deaths?|murders|killings|homicides) of (?:(?!publi|approv|report|review|produced|author|chair)[^.;]){1,30}?\b(?:in|on)(?= \S*\d| [a-z]+ \d)|"
            r"(?:domestic )?homicide (?:case )?(?:that |which )?(?:occurred|happened|took place)|"
            r"(?:sustained|suffered|received) (?:an? )?(?:fatal|non-survivable) (?:[\w-]+ ){0,2}?(?:injur\w+|wounds?)|"
            # "attacked her with a knife, causing fatal injuries"; "took a fatal overdose"; "the index incident on
            # DATE resulted in the death of Mr D" (a review calls the homicide its index incident)
            r"\bcausing (?:her |him |his |their )?(?:fatal|non-survivable) (?:[\w-]+ )?(?:injur\w+|wounds?)|"
            r"\bcausing (?:her|his|their) death|\b(?:took|taken) an? fatal overdose|\bindex (?:incident|event|offence)\b|"
            r"\b(?:incident|attack|assault)\b[^.;]{0,60}?\b(?:resulted in|led to|caused) (?:the |her |his |their )?death\b|"
            r"victim of (?:a |an )?(?:homicide|murder|fatal)|"
            # "... a fire tore through the house on DATE, killing Kim and her daughter"
            r"(?:,|\band) (?:fatally )?killing (?!(?:of|time)\b))\b",
            0.8,
        ),
        (
            "death",
            r"(?<!of the )(?<!of this )\b(?:homicide(?! review)|murder|killing|fatal (?:stabbing|assault|incident))\b(?!\s+(?:review|investigation|enquiry|inquiry)).{0,40}?\b(?:on|in|occurred|took place|happened)\b",
            0.8,
        ),
        (
            "notification",
            # (not across a year: "Following notification of X's death ... on 4 April 2017, the CSP met on ...")
            # (not "the Home Office told the partnership the report could be published": the QA panel's answer)
            rf"\b(?:notif\w*|informed|told|made aware|advised|referred|reported)\b(?:(?!(?:19|20)\d\d).){{0,90}}?{_CSP}"
            r"(?![^.;]{0,60}?\b(?:could|can|may|might) (?:now )?be published)|"
            # "Following notification of Ms D's death from the police on DATE" (the partnership is the one told)
            r"\bnotification of (?:[\w'’.-]+ ){0,3}?(?:death|homicide|killing|murder)\b|"
            # "following notification from Surrey Police on DATE" (the police tell the partnership)
            r"\bnotification (?:was received )?from (?:the )?(?:[\w'’-]+ ){0,3}?(?:police|constabulary|force)\b|"
            # a key-dates row: "Referral to CSP | 13.11.2020"
            rf"\breferral (?:made )?to (?:the )?{_CSP}\s*[:|–-]|"
            rf"{_CSP}.{{0,60}}?\b(?:was|were|had been) (?:notified|informed|made aware|told|advised)\b|"
            # active: "Gwent Police made the partnership aware of the homicide on DATE"
            rf"\bmade (?:the )?{_CSP} aware\b(?: of (?:the |this |her |his |their |(?:[\w.'’-]+ )?[\w'’-]+['’]s )?"
            r"(?:death|homicide|killing|murder)\b)?|"
            rf"\bdate (?:the )?{_CSP}.{{0,20}}?notified|"
            # a key-dates field: "Date of CSP notification 29/10/2021" (not the CSP's notification to the Home Office)
            r"\b(?:csp|partnership) notification\b(?! (?:to|of) (?:the )?home office)|"
            rf"{_CSP}.{{0,30}}?\breceived (?:a |the )?(?:[\w'’-]+ ){{0,2}}?(?:notification|notice|referral)\b|"
            rf"\b(?:csp|partnership) (?:notified|informed)\b|"
            r"\b(?:dhr |homicide )?(?:referral|notification)(?: (?:of|about|regarding) (?:the |a |this )?(?:death|homicide|killing|case))? "
            r"(?:form )?(?:was |were )?received\b|"
            # the police "contacted the Safer Northshire Partnership on DATE to notify them": contact with the CSP
            # (not the Home Office writing to the partnership: its feedback on the report, not the death)
            # (nor its QA panel: "The Home Office Quality Assurance Panel wrote to the CSP on DATE")
            rf"(?<!home office )(?<!panel )(?<!qap )\b(?:contacted|wrote to|emailed|telephoned)\b.{{0,20}}?{_CSP}|"
            # "The Community Safety Partnership learned of the death on DATE"
            rf"{_CSP}.{{0,60}}?\b(?:learned|learnt|became aware) of (?:the|this|her|his|their|[\w-]+['’]s) "
            r"(?:death|homicide|killing|murder)\b",
            1.5,
        ),
        (
            # "X was notified of the death on ...": in a DHR the body told of a death is the CSP (the Home
            # Office has its own cue, which wins where it is named)
            "notification",
            r"\b(?:was|were|had been) (?:notified|informed|made aware|told) of (?:the|this|her|his|their) "
            r"(?:death|homicide|killing|murder)|\b(?:was|were|had been) (?:notified|informed|made aware|told) of "
            r"(?:(?:mrs|mr|ms|miss|dr|adult|child)\.? )?[\w-]+['’]s (?:death|homicide|killing|murder)",
            1.2,
        ),
        (
            "decision_to_review",
            r"(?<!of the )(?<!of this )(?<!of its )\b(?:decision|decided|decides|agreed|agrees|determined|concluded|confirmed)\b.{0,110}?\b(?:domestic homicide review|"
            r"domestic abuse related death review|dardr|dhr(?! (?:steering|panel|group|board|meeting|sub))|"
            r"review (?:should|would|was to) be (?:conducted|undertaken|commissioned|held|carried out)|criteria)\b|"
            r"(?<!of the )(?<!of this )(?<!of its )\b(?:decision|decided|agreed|agreement)\b.{0,30}?\b(?:to|should|would)\b.{0,12}?\b(?:undertake|conduct|hold|commission|carry out|proceed with)\b.{0,30}?\b(?:review|dhr|dardr)\b|"
            r"\bcriteria (?:for (?:a|conducting a) (?:domestic homicide review|dhr) )?(?:were|was|had been) met\b|"
            r"\bdate of (?:the )?decision\b|"
            # a key-dates row: "DHR decision | 26.11.2020", "Decision to hold DHR: ..."
            r"\b(?:dhr|dardr|review) decision\s*[:|–-]|"
            # a sub-group's recommendation to review, agreed on DATE ("... recommended that a DHR be undertaken,
            # which was agreed by the chair on DATE"): the agreement is the decision
            r"\brecommend\w* (?:that )?(?:a |the )?(?:dhr|dardr|review|domestic homicide review|domestic abuse related "
            r"death review)\b(?: (?:should |would |must )?be (?:undertaken|conducted|held|commissioned|carried out)\b|"
            r"(?! (?:should |would |must )?be\b))[^.;]{0,60}?\b(?:agreed|approved|endorsed|confirmed|accepted|ratified)"
            # "... recommended a review on DATE1 and its chair confirmed the decision on DATE2"
            r"(?: (?:the|this|that|its) (?:decision|recommendation))?(?: by (?:the )?"
            r"(?:[a-z]+ ){0,6}?(?:chair|csp|partnership|board|chairs?))?(?= (?:on|in)\b)|"
            # "the chair confirmed the decision to proceed on DATE" (the review's; not a prosecution's)
            r"\bdecision to (?:proceed|go ahead)\b(?! with (?:the |a )?(?:prosecution|charges?|trial|case against))|"
            r"(?<!of )\b(?:dhrs?|dardrs?|domestic homicide reviews?|(?:the|this|a) review)\b(?:[^.;,]{0,40}?\b(?:was|had been)|"
            r" (?:was|were|had been))(?: \w+ly)? commissioned\b|"
            # active: "the CSP instigated a review on DATE", "the Board commissioned the DHR in DATE"
            r"\b(?:commissioned|initiated|instigated) (?:a|the|this) (?:dhr|dardr|(?:domestic homicide |domestic abuse related death )?review)\b|"
            # (not "the scope of the review was agreed": what was agreed is the scope)
            r"(?<!of )\b(?:dhr|domestic homicide review|(?:the|a) review) (?:was|were) (?:agreed|approved|confirmed)\b|"
            r"\b(?:dhr|domestic homicide review|(?:the|this) review) (?:was|were)(?: \w+ly)? (?:initiated|instigated|set up|"
            r"launched)\b|"
            # "A review was not commissioned until October 2020": the review was commissioned then
            r"\b(?:dhrs?|dardrs?|domestic homicide reviews?|(?:the|this|a) review) (?:was|were|had) not (?:been )?"
            r"(?:commissioned|initiated|set up|launched) until\b|"
            r"\bmet the criteria\b|"
            # "the Chair of the Partnership agreed on 5 March" (the sub-group having found the criteria met)
            # (not "The CSP decided on DATE that the death did not meet the criteria")
            r"\b(?:chair|csp|partnership|board)\b[^.;]{0,40}?\b(?:agreed|decided|approved|endorsed)(?= on\b)"
            r"(?![^.;]{0,70}?\b(?:did not|does not|didn['’]t) meet\b)"
            # (nor "The CSP agreed on DATE to extend the terms of reference": what it agreed to do is no review)
            r"(?![^.;]{0,40}?\bto (?!(?:hold|conduct|undertake|commission|carry out|proceed|initiate|begin|start)\b)"
            r"[a-z]+\b)",
            1.5,
        ),
        (
            "home_office_notified",
            r"\bhome office\b.{0,50}?\b(?:was|were|had been) (?:\w+ly )?(?:notified|informed|advised|told)\b|"
            r"\b(?:notif\w*|informed|advised|told)\b.{0,50}?\bhome office\b(?!.{0,20}?quality)|"
            # the partnership writing to it (not a family's solicitor asking for a review)
            rf"(?:{_CSP}|\bchair\b|\bcouncil\b)[^.;]{{0,40}}?\bwrote to\b.{{0,20}}?\bhome office\b(?!.{{0,20}}?quality)|"
            r"\bhome office (?:notified|informed)\b|"
            # a key-dates field: "Date of Home Office notification 08/11/2021"
            r"\bhome office notification\b",
            2.0,
        ),
        (
            "first_panel",
            r"\b(?:first|initial|inaugural|1st)\b.{0,25}?\b(?:panel )?meetings?\b|\bpanel (?:first )?met for the first time\b|"
            r"\bpanel first (?:met|convened)\b|\bfirst (?:review )?panel\b|"
            r"\b(?:panel|review) (?:met|has met|convened)\b.{0,50}?\bthe first\b|"
            r"\bpanel did not (?:first )?meet until\b|"
            # a key-dates row: "Panel meeting 1 | 02.03.2021"
            r"\bpanel meeting (?:1|one|no\.? ?1)\s*[:|–-]",
            2.0,
        ),
        (
            "sent_to_qap",
            rf"(?<!following )(?<!following the )(?<!after )(?<!after the )\b(?:submitted|sent|forwarded|presented|submission|referred|"
            # a QA letter's thanks: "Thank you for sending the report, received on DATE, to the QA Panel"
            r"sending|submitting)\b"
            rf".{{0,80}}?{_QAP}|"
            rf"{_QAP}.{{0,30}}?\b(?:submission|submitted)\b|"
            r"\b(?:submitted|sent|forwarded)\b.{0,40}?\bhome office\b.{0,40}?\bquality assurance\b|"
            r"\b(?:report|review)\b.{0,30}?\b(?:was )?(?:submitted|sent)\b.{0,15}?\bto (?:the )?home office\b|"
            # a resubmission in a DHR goes back to the QA panel
            r"\b(?:report|review|it) (?:was |were |had been )?(?:[\w-]+ and )?re-?submitted\b",
            2.0,
        ),
        (
            # "It was sent to the Home Office on ...": what goes to the Home Office after the decision is the report
            "sent_to_qap",
            r"\b(?:submitted|sent|forwarded)(?: it)? to (?:the )?home office\b",
            1.5,
        ),
        (
            "qap_first_heard",
            # (not across an approval: "the QA Panel had approved DHR 7 for publication at its meeting on DATE")
            rf"{_QAP}(?:(?!approv|signed off).){{0,80}}?\b(?:considered|consideration|met|reviewed|heard|discussed|meeting|judged|"
            r"assessed|deemed|found|felt)\b|"
            rf"\b(?:considered|reviewed|heard|discussed)\b.{{0,60}}?{_QAP}|"
            # a key-dates field: "Date of Home Office QA Panel: 20/10/2022" (the panel's meeting)
            rf"\bdate of (?:the )?{_QAP}(?: meeting)?\s*[:|–-]?\s*(?=\d)",
            1.5,
        ),
        (
            "qap_signed_off",
            # (not across a year: "resubmitted to the QA Panel on DATE1 and was cleared for publication on DATE2")
            rf"{_QAP}(?:(?!(?:19|20)\d\d).){{0,100}}?\b(?:approv\w*|signed off|agreed|cleared|endorsed)\b|"
            # but a sign-off dated where it is told ("considered by the QA Panel on DATE1 and, following revisions,
            # signed off on DATE2") is the panel's whatever lies between
            rf"{_QAP}.{{0,100}}?\b(?:approved|signed off|endorsed)(?= (?:on|in) )|"
            rf"\b(?:approv\w*|signed off|sign-off|cleared|endorsed)\b.{{0,80}}?{_QAP}|"
            # only where the sentence names the Home Office or its QA panel (else a not-event: _FOR_PUBLICATION)
            rf"\b(?:approved|cleared|agreed)(?: it| the (?:report|review|overview report))? for publication\b|"
            r"\b(?:signed off|approved|cleared) by the home office\b|"
            # "the Home Office confirmed in a letter dated DATE that the report could be published", "... was
            # content for the report to be published": the Home Office clearing it
            r"\bhome office\b[^.;]{0,80}?\b(?:(?:confirmed|agreed|stated|wrote|told|informed|advised)\b[^.;]{0,60}?\b(?:report|review|dhr|it) "
            r"(?:could|can|may|might) (?:now )?be published|(?:was|is) (?:content|satisfied|happy) (?:for|that)\b"
            r"[^.;]{0,60}?\bpublished)",
            2.0,
        ),
        (
            # the QA panel's letter, as appended to a published report, is the one clearing it
            "qap_signed_off",
            # (not "The QA Panel's letter of DATE is published with this report": a letter's own date)
            rf"{_QAP}(?:'s)? (?:feedback )?letter\b(?:[^.;]{{0,12}}?\b(?:dated|of|on)\b(?=[^.;]{{0,120}}?"
            r"\b(?:confirm|approv|clear|agree|sign|content|satisf|could be|can be|may be|for publication))|"
            r"\s*[,:–-]\s*(?=\d))|"
            rf"\bletter dated\b(?=[^.;]{{0,60}}?{_QAP})",
            1.2,
        ),
        (
            "report_completed",
            r"(?<!from the )(?<!of the )(?<!from this )(?<!of this )(?<!from )\b(?:report|review|dhr) (?:was |is )?(?:completed|finalised|concluded(?! that)|dated)\b|"
            r"\b(?:the|this) (?:overview |final )?report (?:was|has been) (?:updated|revised|amended)\b|"
            # a panel of the review agreeing the report (not the Home Office QA panel: its own cue)
            r"\b(?:signed off|approved|agreed|endorsed) by the (?!home office|quality|qa\b)(?:[a-z]+ ){0,2}?panel\b|\b(?:report|review|dhr),\s*dated\b|"
            # (not "read the report before it was finalised": a date before the completion)
            r"(?<!from the )(?<!of the )(?<!from this )(?<!of this )(?<!from )\b(?:report|review|dhr)\b(?:(?!\b(?:before|until|prior to)\b)[^.;]){0,60}?\b(?:(?:was|were|and) |, ?)(?:completed|finalised|concluded(?! that))\b|"
            r"\b(?:date of completion|completion date|date completed|completed\s*:)|"
            # active: "The Chair and author, Dr Sam Price, completed the report in June 2020"
            r"\b(?:completed|finalised) (?:the|this|her|his|their) (?:final |overview )?(?:report|review|dhr)\b|"
            # "This version of the report was completed on DATE"; "The final report was signed off by the
            # independent chair in August 2021" (the review's own author finishing it)
            r"\bversion of (?:the|this) (?:final |overview )?report (?:was |is )?(?:completed|finalised|dated)\b|"
            r"\b(?:report|review|dhr) (?:was |is )?signed off by (?:the|its) (?:independent )?(?:chair|author)\b|"
            r"\b(?:date of (?:the )?report|report date|date of final (?:report|version)|final version|"
            r"this report is dated|version \d+(?:\.\d+)?\s*[-–:,]?\s*(?:final)?)\b|^(?:dated?|date)\s*:|"
            r"\bfinal report\s*:|\bfinal\s*[-–:,]\s*(?=[a-z]*\s*\d)|"
            r"\b(?:signed off|approved|agreed|ratified|endorsed) by the (?:[a-z]+ ){0,3}?(?:csp|community safety partnership|"
            r"partnership|board)\b|"
            r"\b(?:(?:review|dhr) panel|(?<!qa )(?<!qap )(?<!assurance )panel|csp|partnership|board) (?:signed off|agreed|approved|endorsed|ratified) the (?:final )?"
            r"(?:overview )?report\b|"
            r"\b(?:agreed|approved|signed off|endorsed)\b (?:the )?final version(?: of the (?:overview )?report)?\b",
            1.5,
        ),
        (
            # the final draft agreed: the report's date where nothing else dates it, weaker than its completion
            # ("The panel agreed the final draft on DATE1. The report was completed on DATE2")
            "report_completed",
            r"\b(?:agreed|approved|signed off|endorsed)\b (?:the )?final draft(?: of (?:the|this) (?:overview )?report)?\b",
            1.2,
        ),
        (
            # "The report was completed in draft in August 2021 and finalised in December 2021" (its own cue: the
            # completion's cue above takes "report was completed" first)
            "report_completed",
            r"\b(?:report|review|dhr)\b[^.;]{0,60}?\bin draft\b[^.;]{0,40}?\b(?:and|then|before being|but) "
            r"(?:was |only )?(?:finalised|finalized)\b",
            1.5,
        ),
        (
            "publication",
            r"\b(?:was|were|been|is|are|(?<!could )(?<!can )(?<!may )(?<!might )(?<!should )(?<!would )(?<!must )be)\s+"
            r"(?:(?:now|finally|formally|officially|publicly|subsequently|then|later|eventually|first|also|duly)\s+)?published\b"
            r"(?! to (?:the )?(?:members|panel|board|partners|family))|(?<!for )\b(?:date of )?publication(?: date)?\s*(?::(?=\s*(?:the\s+)?(?:\d|[a-z]{3,9}\s+\d))|on|was)|"
            r"\bpublished(?: on\b|\s*[:|]|\s*-\s*(?=\d))|\bnot (?:published|made public) until\b|"
            # a publication put off to its day: "Publication of the report was delayed until DATE"
            # (the date right after "until": not "delayed until the appeal was dismissed in May 2023")
            rf"\bpublication\b[^.;]{{0,40}}?\b(?:delayed|postponed|deferred|held back|put back) until(?=\s+(?:the\s+)?(?:\d|{_MONTH}\b))|"
            rf"\b(?:delayed|postponed|deferred) (?:the )?publication(?: of [^.;]{{0,30}}?)? until(?=\s+(?:the\s+)?(?:\d|{_MONTH}\b))|"
            r"\bpublication of (?:the |this )?(?:overview |final )?(?:dhr|dardr|review|report|summary)\b"
            r"(?:\s+['\"?]?[\w'-]+['\"?]?){0,2}\s*[:-]\s*(?=\d|[a-z]+ \d)|\bdate published\b|\bdate of publication(?: of (?:the )?(?:overview |final )?(?:report|review|summary|dhr))?\b|"
            # "Published 4 January 2018" / "published 14/05/2021", not "has published 12 reviews"
            r"\bpublished\s+(?=\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+[a-z]|\d{1,2}[/.]\d|(?:19|20)\d\d\b)|"
            # "... was commissioned in 2017 and published in 2019"
            r"(?:,|\band) published (?=(?:on |in )?(?:the )?\d|(?:on |in )?[a-z]+ \d)|"
            # a web listing's stamp: "Uploaded 12 May 2020" (not "Posted on ...": a page's own date, `other` by
            # the team's conventions, as the real "Posted On 14 Dec 2020" and "Posted: Fri 27th Aug 2021")
            # labelled fields: "Published Date:", "Publish date:", "Release date:", "Date of release:", "Date made
            # public:", "Published Version – DATE", "Publication 22.07.2019"
            rf"\b(?:published|publish|release|released)\s+(?:date|version)\b\s*[-:?]?\s*(?=\d|{_MONTH}\b)|"
            rf"\bdate (?:of )?(?:release|made public)\b\s*[-:?]?\s*(?=\d|{_MONTH}\b)|"
            r"\bpublication\s+(?=\d{1,2}[/.]\d)|\b(?:released|made public)\s*:\s*(?=\d)|"
            rf"\b(?:publication date|date of publication)(?: of (?:the )?(?:overview |final )?(?:report|review|summary|dhr))?"
            rf"\s*[-–:?]?\s*(?=\d|{_MONTH}\b)|"
            r"\buploaded(?: on)?\s*:?\s*(?=\d)|"
            rf"\bpublished\s+(?=(?:in\s+)?{_MONTH}\b)|\bembargoed until\b|"
            # a season dates the year ("Published Summer 2018")
            r"\bpublished\s+(?=(?:in\s+)?(?:the\s+)?(?:spring|summer|autumn|winter)\s+(?:of\s+)?(?:19|20)\d\d)|"
            r"\b(?:has |have |had |is |are |was )?publish(?:ed|es|ing) (?:the |a |an |its |this |their )?(?:[\w'’-]+ ){0,4}?"
            r"(?:review|report|dhr|dardr|summary|findings)\b|"
            # a review released: "The report, released on DATE", "the partnership released the executive summary"
            r"\b(?:report|review|summary|findings|dhr|dardr)(?:['’]s)?(?:,|\s+(?:was|were|is|are|has been|have been|had been))?"
            r"\s+(?:(?:finally|publicly|officially|formally|then|now|later)\s+)?released\b"
            # (not shared before publication: "released to the family on DATE")
            r"(?! to (?:the )?(?:family|families|panel|members|partners|agencies|author|chair|perpetrator|media under))|"
            r"\breleas(?:ed|es|ing) (?:the |a |an |its |this |their )?(?:[\w'’-]+ ){0,3}?(?:review|report|dhr|dardr|summary|findings)\b|"
            # "The report into the murder of Ms F in 2016 was released on DATE" (no person released between)
            r"\b(?:report|review|summary|dhr|dardr)\b(?:(?!\b(?:he|she|they|him|her|his|who|that|perpetrator|offender|man|woman|partner|heard|noted|found|learn\w*|told|said|showed|"
            r"husband|wife|son|daughter)\b)[^.;]){1,60}?"
            r"\b(?:was|were|has been|have been|had been)\s+(?:(?:finally|publicly|officially|formally|then|now|later)\s+)?"
            r"released\b(?! (?:to|from|on (?:bail|licen[cs]e)|without|under))|"
            r"\b(?:report|review|summary|dhr|dardr)\b[^.;]{0,40}?\b(?:went|goes|was put|were put|was posted|were posted) (?:live|online)\b|"
            # a relative clause on the victim between the review and its release ("A review into the death of
            # Jess, who was murdered by her husband in 2018, was released by the partnership in February 2021")
            r"\b(?:report|review|summary|dhr|dardr)\b[^.;,]{0,60}?,\s*(?:who|which|whose)\b[^.;,]{0,90},\s*"
            r"(?:was|were|has been|have been|had been)\s+(?:(?:finally|publicly|officially|formally|then|now|later)\s+)?"
            r"released\b(?! (?:to|from|on (?:bail|licen[cs]e)|without|under))|"
            # "The review into Mary's death, which the council released in February 2020, found ...": the
            # review is what the relative clause's verb released
            r"\b(?:report|review|summary|dhr|dardr)\b[^.;]{0,60}?,\s*which (?:the |a |an |its )?(?:[\w'’&-]+ ){0,4}?"
            r"(?:published|released|made public)\b(?! (?:to|from))|"
            r"\b(?:was|were|been) uploaded\b|"
            # "Published by Safer Leeds, 5 May 2018"; a listing line ending "... Adult K published"
            rf"\bpublished by (?:the )?(?:[\w'’&-]+ ){{0,5}}?[\w'’&-]+\s*[,:]?\s*(?:(?:on|in)\s+)?(?=\d|{_MONTH}\s+\d)|"
            r"\bpublished\s*$|\bpublished (?:today|yesterday|this week)\b|"
            # "A domestic homicide review published in 2021 found ..."
            r"\b(?:review|report|summary|dhr|dardr)\s+published\s+(?:on|in)\b|"
            # "The domestic homicide review, made public on DATE, found ...": an appositive participle
            r"\b(?:review|report|summary|dhr|dardr),\s+(?:(?:first|finally|later) )?(?:published|made public|released) (?:on|in)\b|"
            r"\bmade (?:the |its |this |their )?(?:[\w'’-]+ ){0,3}?(?:report|review|summary|findings|dhr) (?:public|publicly available)\b|"
            r"\b(?:was|were|been|is|are) (?:(?:finally|formally|officially|then|now|later)\s+)?(?:made (?:publicly )?available|made public|"
            r"placed on the (?:[\w'’-]+ ){0,3}?(?:website|web ?pages?|site))\b|"
            r"\bpublication (?:of (?:the|this) (?:overview )?report )?(?:took place|occurred)\b|"
            # "Publication of the report was postponed until the family had been consulted and took place on
            # DATE" (the publication's own verb joined by "and"; not "... until the trial, which took place on DATE")
            r"\bpublication (?:of (?:the|this) (?:overview |final )?(?:report|review|dhr|dardr) )?(?:was|were) "
            r"(?:delayed|postponed|deferred|held back|put back)\b[^.;,]{0,60}? and (?:finally |eventually |then )?"
            r"(?:took place|occurred|went ahead)\b",
            1.5,
        ),
        # Welsh, as Welsh CSPs' Welsh and bilingual reports print it ("Bu farw Eleri ar DATE", "Lladdwyd Sian gan
        # ei phartner ar DATE", "cyfarfod cyntaf y panel", "Cyhoeddwyd yr adroddiad ar DATE", "Dyddiad
        # cwblhau:"); the months are read by extraction.timeline_dates
        # (and the periphrastic passive, "Cafodd Eleri ei lladd gan ei gŵr ar DATE": "ei ladd / ei lladd /
        # ei llofruddio")
        (
            "death",
            r"\b(?:bu farw|lladdwyd|llofruddiwyd)\b|\bcafodd\b[^.;]{0,60}?\bei (?:l?ladd|l?lofruddio)\b",
            1.0,
        ),
        ("first_panel", r"\bcyfarfod cyntaf (?:y |yr )?(?:panel|adolygiad)\b", 2.0),
        ("publication", r"\b(?:cyhoeddwyd|dyddiad cyhoeddi)\b", 1.5),
        ("report_completed", r"\b(?:cwblhawyd|dyddiad cwblhau)\b", 1.5),
    ]
]
#: "Approved for publication": the QA panel's sign-off only where the sentence names the Home Office or its QA
#: panel; otherwise (the CSP's approval, "Review into the death of Mrs B Approved for publication in June 2014")
#: the team labels the date `other`, so it is then a not-event cue.
_FOR_PUBLICATION = re.compile(
    r"\b(?:approved|cleared|agreed)(?: it| the (?:report|review|overview report))? for publication\b"
)
_HOME_OFFICE_QA = re.compile(rf"{_QAP}|\bhome office\b")
#: A decision not to hold a review, reversed later in the sentence ("The CSP decided on DATE1 that the death did
#: not meet the criteria; this decision was reversed on DATE2"): the reversal is the decision to review (not a
#: court's ruling overturned on appeal, nor any other decision reversed: the refusal must come first).
_NO_REVIEW = re.compile(
    r"(?:criteria|threshold)[^.;]{0,40}?\b(?:(?:was|were|had) not (?:been )?met|not met)|"
    r"\b(?:decided|decision(?: was made)?|agreed|concluded|determined) (?:not to|against)\b|"
    r"\b(?:did not|does not|didn't) meet the (?:criteria|threshold)|"
    r"\b(?:dhr|dardr|(?:domestic homicide |the |a )?review) (?:was|is|were|would be) (?:not|un)\s?(?:required|needed|"
    r"necessary|warranted|appropriate)\b|\bno (?:dhr|dardr|review) (?:was|would be) (?:required|needed|held)\b"
)
_REVERSED = re.compile(
    r"\b(?:reversed|overturned|rescinded|revoked)\b(?! (?:on|at|following an?) appeal| by the court)"
)
#: Calls and visits: not events either, unless the sentence says the victim died ("police were called to the
#: home on DATE, where she was pronounced dead").
_CONTACT = re.compile(
    r"\b(?:called|calling|rang|telephoned|dialled|dialed|phoned|999 call|attended (?:the|a|an|her|his)|visited|contacted|"
    r"saw (?:her|him)|was seen by|referred to)\b"
)
_NOT_EVENT_WEIGHT = 1.5
_SAME_DAY = re.compile(r"[^.;]{0,25}?\b(?:on )?(?:the same|that) (?:day|date)\b")
_ANY_CUE = re.compile("|".join([*(f"(?:{c.pattern})" for _, c, _ in _CUES), f"(?:{_REVERSED.pattern})"]))
#: Sentence breaks; not after an initial before a surname and a comma or bar ("Prepared by P. Lowe, Independent
#: Author, January 2018": one title line), while "the death of Mr A. The panel ..." still breaks.
_SENTENCE_SPLIT = re.compile(
    r"(?<=[.;!?])(?<![\s(][A-Z]\.)\s+(?=[A-Z(\"'])|(?<=[\s(][A-Z]\.)\s+(?![A-Z][\w'’-]*\s*[,|])(?=[A-Z(\"'])|\n{2,}"
)
_DIGIT = re.compile(r"\d")
_DEATH_WORD = re.compile(r"\b(?:died|was killed|was murdered|pronounced dead|found dead)\b")
#: Words at least one of which every cue above contains (kept in step with _CUES; see the tests). Matched
#: on lowercased text without IGNORECASE, which is several times faster over a long chronology.
#: Attack words too: the sentence model reads a dated attack no cue names ("attacked Ms B at their home in
#: February 2017", extraction.timeline_learned).
_ANCHOR = re.compile(
    r"died|kill|murder|homicide|suicide|ended|fatal|dead|deceased|death|hang|taken from|throat|ratif|\bli(?:fe|ves)\b|passed away|convened|notif|informed|told|aware|advised|"
    r"referred|reported|decision|decid|agreed|agreement|determined|concluded|confirmed|criteria|home office|first|"
    r"initial|inaugural|1st|quality|\bq\.?a\b|qap|submi|sent|forward|present|approv|signed|sign-off|cleared|"
    r"endorsed|completed|finalised|final|dated|date|version|published|publication|considered|met\b|meet|heard|"
    r"discussed|received|stab|strangl|beaten|battered|burned|shot\b|suffocat|found|commissioned|embargoed|"
    r"completion|body|initiated|instigated|victim|injur|public|website|available|referral|notification|contacted|"
    r"wrote to|emailed|telephoned|uploaded|posted|releas|live\b|online\b|surviv|regained|succumb|suicide|short\b|publish|drown|smother|beat\b|index|bodies|discovered|knifed|throttl|"
    r"poison|asphyx|bludgeon|attack|assault|plunged|manslaughter|reversed|overturned|rescinded|revoked|"
    r"bu farw|lladdwyd|llofruddiwyd|\bei l?ladd\b|\bei l?lofruddio\b|cyfarfod cyntaf|cyhoeddwyd|cyhoeddi|cwblhawyd|cwblhau"
)
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
#: The taxonomy lists the events in process order.
_PROCESS_ORDER: tuple[str, ...] = get_args(TimelineEventId)
#: In a Home Office QA letter "the Panel" is the QA panel: "The Panel considered the report on <date>". (In an
#: overview report "the Panel" is the review panel, so these cues apply to QA letters only.)
_LETTER_CUES: list[tuple[TimelineEventId, re.Pattern[str], float]] = [
    # "The report was received by the Panel on DATE and was considered at its meeting of DATE2": the panel's
    # receiving the report is its submission (the hearing is the meeting's)
    (
        "sent_to_qap",
        re.compile(
            r"\b(?:report|review|it|dhr) was (?:first )?received by the (?:qa |quality assurance )?panel\b|"
            # in the letter (or right after the report is said to go to the QA panel) the receiving is the panel's:
            # "Your overview report was sent to us in May. It was received on DATE and the Panel discussed it ..."
            r"\b(?:report|review|it|dhr) was (?:first )?received(?= (?:on|in)\b)|"
            r"(?<!review )(?<!dhr )(?<!csp )\bpanel (?:first )?received (?:the|your|this) (?:overview )?(?:report|review)\b"
        ),
        2.0,
    ),
    (
        "qap_first_heard",
        re.compile(
            r"(?<!review )(?<!dhr )(?<!csp )\bpanel\b(?!'s)(?! members?\b)(?:(?!panel).){0,40}?\b(?:considered|met|reviewed|"
            r"heard|discussed)\b|\b(?:considered|reviewed|discussed|heard)\b.{0,40}?\b(?:by|at) the panel\b|"
            r"(?<!review )(?<!dhr )\bpanel meeting\b|\b(?:report|review|it) was (?:first )?(?:considered|discussed)\b|"
            # "following the Panel's initial consideration of it on DATE"
            r"(?<!review )(?<!dhr )\bpanel['’]s (?:initial |first |earlier )?consideration\b"
        ),
        1.5,
    ),
    (
        # "The Panel considered it on DATE1 and approved it for publication on DATE2": that panel's approval is
        # the sign-off (a CSP's "approved for publication" elsewhere stays no event); the cue runs to the end of
        # the approval, so it is as near the date as that not-event reading
        "qap_signed_off",
        re.compile(
            r"(?<!review )(?<!dhr )(?<!csp )\bpanel\b(?!'s)(?! members?\b)[^.;]{0,80}?(?:\b(?:approved|cleared|agreed)"
            r"(?: it| the (?:final |revised )?(?:overview )?(?:report|review))? for publication\b|"
            # "... and, after minor amendments, signed it off on DATE2"
            r"\bsigned (?:it |the (?:final |revised )?(?:overview )?(?:report|review) )?off\b|"
            # "the Panel confirmed on DATE that the report could be published"
            r"\b(?:confirmed|agreed|decided|stated|(?:was|is) (?:now )?(?:content|satisfied))\b[^.;]{0,40}?"
            r"\b(?:report|review|dhr|it) (?:could|can|may|might) (?:now )?be published\b)"
        ),
        2.0,
    ),
]
_QAP_RE = re.compile(_QAP)
#: A resubmission of the report: in a DHR it goes back to the Home Office QA panel, so "the Panel" around it is
#: that panel ("Following the resubmission, the Panel confirmed on DATE that the report could be published").
RESUBMISSION = re.compile(r"\bre-?submi(?:ssion|tted|tting)\b")
_LETTER_ANCHOR = re.compile(r"panel|considered|discussed")
#: A letter's salutation, and the Home Office's address in its header.
_DEAR = re.compile(r"^dear\b", re.IGNORECASE)
#: (not a key-dates row that starts with it: "Home Office notified | June 2022")
_HOME_OFFICE_HEADER = re.compile(
    r"^home office\b(?!.*\|)(?! (?:was |were )?(?:notified|informed|told|advised|made aware)\b)|\bmarsham street\b",
    re.IGNORECASE,
)
#: A sentence of the narrative ends with a full stop (perhaps inside a closing quote or bracket); title-page
#: lines, labelled fields and headings do not, or are short labelled fields ("Report Author: Mark Reed.").
_FULL_STOP = re.compile(r"[.!?][\"'”’)\]]*$")
_FIELD = re.compile(r"^[A-Za-z][A-Za-z '’&/-]{1,40}:")
#: The document's name ("Domestic Homicide Review ... Overview Report"): a weaker sign of the report's date.
_TITLE_NAME = re.compile(r"\b(?:report|review|summary)\b")
#: Words before "panel" that make the meetings the later ones (each a fixed-width look-behind).
_LATER_MEETINGS = "".join(
    # ("Later meetings of the review panel were held on ...": the later meetings too)
    f"(?<!{w} )(?<!{w} review )(?<!{w} dhr )(?<!{w} meetings of the )(?<!{w} meetings of the review )"
    for w in ("further", "subsequent", "later", "additional", "remaining", "other")
)
#: "The panel met on: 3 May 2016, 12 July 2016 ..." / "Panel meetings were held on ...": the first listed is
#: the first panel meeting.
_PANEL_LIST = re.compile(
    # (and "five panel meetings, held in April, June ... 2021": months listed, see extraction.timeline._panel_list)
    # (not the later meetings only: "Further panel meetings took place on 19 March, 14 May and ...")
    rf"{_LATER_MEETINGS}\b(?:panel|review group)\b(?: meetings?| members)?,? (?:has |had )?(?:met|were held|was held|held|took place|dates)\b"
    r"[^.;]{0,40}?(?:\bon\b|\bin\b(?= [a-z]+,)|:|following dates|\bw/c\b|\bweek commencing\b)|"
    # a field or a table's column head ("Panel meeting dates | 1 | 06/02/2019 | 2 | ...")
    r"\b(?:dates? of (?:the )?(?:review |dhr )?panel meetings?|(?:review |dhr )?panel meeting dates|"
    r"(?:review |dhr )?panel meetings)\s*[:|]"
)


#: Words of a clause: a short "sentence" without them is a title-page line ending in an abbreviation ("Ltd.").
_CLAUSE_WORD = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|should|did|does|not|this|that)\b"
)


#: Words before a date that make it a period's bound ("since 2011", "between 2011 and", "in the year to
#: March 2020", "from 1 January 2014 to ..."), which no review stage is dated by.
_PERIOD_BEFORE = re.compile(
    r"\b(?:since|between|prior to|(?:years?|period|months?|twelve months|12 months) (?:to|ending|up to)|up to|"
    r"(?<!available )(?<!published )from)"
    r"\s+(?:the\s+)?(?:\w+\s+)?$|"
    # "between the evening of 3 April 2021 and ...", "from the early hours of ..."
    r"\b(?:between|from)\s+(?:the\s+)?(?:(?:early|late|small|morning|afternoon|evening|night|hours)\s+(?:of\s+)?){1,3}$|"
    # the later end of "between DATE and DATE": the team labels a homicide dated by a range `other`
    # (also "between the evening of 4 April and the morning of 5 April 2017")
    r"\bbetween\s+[^.;]{1,45}?\s+and\s+(?:the\s+)?(?:(?:early|late|small|morning|afternoon|evening|night|hours)\s+"
    r"(?:of\s+)?){0,2}$|"
    # "over the weekend of 9 and 10 June 2018", "the nights of 3-4 May": two days, a period as "between" is
    r"\b(?:weekend|nights?|days) of\s+\d{1,2}(?:st|nd|rd|th)?\s*(?:and|&|-|to)\s*$"
)
#: "... between July 2017 and 27 August 2018 when he stabbed her to death": the range's end is itself dated.
_WHEN_AFTER = re.compile(r"\s*,?\s*when\b")
#: A clock time beside a date: a web page's or a news article's time stamp, not a review's publication.
_CLOCK = re.compile(r"(?:^|\s|,)\s*(?:at\s+)?\d{1,2}[:.]\d\d\s*(?:am|pm|bst|gmt|hrs)?\b")
_STAMP_EVENTS = frozenset({"publication", "report_completed"})
#: Where a clause ends within a sentence (the date's cue does not reach across it).
_CLAUSE_BREAK = re.compile(r"[,;]")
#: Field-like cues that date what follows them ("Date of death: ..."), never a date before them.
_FORWARD_ONLY = re.compile(r"date of\b")
