"""What a chronology dates that is not a stage of the review: the timeline's not-event cues.

Moved out of :mod:`extraction.timeline_cues` (the event cue tables) so each module stays small; that module
re-exports both names. Matched on lowercased text (``extraction.timeline._lower``).
"""

from __future__ import annotations

import re

#: a month name (as :data:`extraction.timeline_cues._MONTH`; not imported from there, which imports this module)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"

#: What a chronology dates that is not a stage of the review: the criminal process, calls and visits, another
#: kind of review, the review's own working. A date whose nearest cue is one of these is no timeline event, and
#: an event cue inside one ("convicted of murder on ...") does not count.
#: An earlier review, named by the death it was about ("Learning from the earlier review into the death of Mrs F
#: in 2016 had not been embedded"): that death is another review's, not this one's.
OTHER_REVIEW = (
    r"\b(?:previous|earlier|former|prior|another|last) (?:domestic homicide |domestic abuse related death )?"
    r"(?:reviews?|dhrs?|dardrs?) (?:in|into|of|on|following|concerning|about) (?:the )?(?:deaths?|murders?|"
    r"killings?|homicides?) of\b"
)
_NOT_EVENT = re.compile(
    rf"{OTHER_REVIEW}|"
    r"\bdate of birth\b|\bd\.?o\.?b\.?\s*[:–-]|"  # a birth date field ("Date of birth: 14/02/1984")
    r"\b(?:(?:was |were |been |being )?(?:convicted|found guilty|pleaded guilty|pled guilty|admitted|charged|tried|"
    r"acquitted|sentenced|sentencing|jailed|remanded|arrested|interviewed|detained|bailed|granted bail)\b(?:[^.;]{0,40}?\b(?:of|with|for|to)\s+"
    r"(?:the\s+)?(?:[\w'’]+\s+){0,2}?(?:murder\w*|manslaughter|killing|homicide|life|\w+ imprisonment)\b)?|"
    r"(?:criminal |murder |crown court )?trial|inquest|post[- ]?mortem|appeared (?:at|before)|"
    r"(?:initial )?scoping (?:meeting|exercise)|meeting[^.;]{0,40}? to (?:establish|agree) the scope|(?:homicide |murder |police |criminal )?"
    r"investigation (?:began|started|commenced|was launched|opened)|life sentence|crown court|"
    r"(?<!and )(?<!/ )(?<!/)(?:serious case|safeguarding adults?|child safeguarding practice|learning|"
    r"multi-agency learning|adult practice|child practice|mental health homicide) reviews?\b"
    r"(?:[^.;]{0,60}?\bpublished\b)?|"
    r"(?:(?<=review )|(?<=\bit )|(?<=\bthis ))(?:began|started|commenced)|"
    r"(?:last )?(?:updated|modified|reviewed)\s*:|last (?:updated|modified|reviewed)|"
    r"presented to (?:the )?[a-z ]{0,40}?(?:partnership|csp|board)|"
    # a draft's date in a sentence ("completed in draft in August 2021"); a letter's own date where the sentence
    # does not say it cleared the report ("The QA Panel's letter of DATE is published with this report")
    r"\bin draft\b|\bletter (?:of|dated)\b(?![^.;]{0,120}?\b(?:confirm|approv|clear|agree|sign|content|satisf|"
    r"could be|can be|may be|for publication))|"
    # a date only planned ("originally planned for March 2020"), an anniversary or birthday, a broadcast
    r"\b(?:originally |initially |first )?(?:planned|scheduled|pencilled in|arranged) (?:for|to take place (?:on|in))\b|"
    r"\banniversary\b(?: of (?:[\w'’]+ ){0,3}?(?:death|murder|killing|homicide))?|would have (?:been|turned|celebrated)\b|"
    r"\bbirthday\b|\b(?:documentary|programme|podcast)\b[^.;]{0,30}?\b(?:broadcast|aired|shown)\b|\bbroadcast\b|"
    # a relative's death in the family history ("Adult A's father died in 2009", "her first husband died on ...")
    r"(?:her|his|their|[\w'’]+['’]s) (?:step-?)?(?:father|mother|parents?|grand(?:mother|father|parents?)|brother|"
    r"sister|aunt|uncle|(?:first|late|previous) (?:husband|wife|partner))(?:['’]s death| (?:had )?(?:died|passed away))|"
    # "a previous partner of the perpetrator died in 2010": someone else's death in the history
    r"(?:previous|former|earlier|ex-?) ?(?:partner|wife|husband|girlfriend|boyfriend)(?: of [\w'’ ]{1,30}?)? (?:had )?"
    r"(?:died|passed away)|"
    # a decision NOT to hold a review is no decision_to_review
    r"(?:(?:decided|agreed|concluded|determined)\b[^.;]{0,60}?\b)?(?:criteria|threshold)[^.;]{0,40}?\b"
    r"(?:(?:was|were|had) not (?:been )?met|not met)|decided (?:not to|against)|decision (?:was made )?(?:not to|against)|"
    # "The CSP decided on DATE that the death did not meet the criteria": the decision's own span, so its date
    # is no decision to review
    r"(?:(?:decided|agreed|concluded|determined)\b[^.;]{0,60}?\b)?(?:did not|does not|didn['’]t) meet the (?:criteria|threshold)|"
    r"(?:died|death) (?:in|whilst in|while in) (?:prison|custody)\b|"
    r"(?:died|killed|death)\b[^.;]{0,20}?\b(?:in|after) an? (?:car |road |traffic |motorbike |motorcycle |house )?"
    r"(?:crash|accident|collision)\b|"
    # another body's report ("the police watchdog published its report in October 2019")
    r"(?:watchdog|iopc|ipcc|ombudsman|inspectorate|hmic\w*|coroner|ofsted|cqc)\b[^.;]{0,30}?\bpublished|"
    # a meeting's own date in minutes ("Minutes of the ... Board, 5 September 2019: ...")
    r"minutes of (?:the )?[^.;:\d]{0,80}|"
    # the family told of the death (the notification of a review stage is the CSP's), a death of natural causes
    r"(?:family|families|son|sons|daughter|daughters|children|relatives?|next of kin|parents?|mother|father|brother|"
    r"sister)(?: [\w'’]+){0,2} (?:was|were|had been) (?:notified|informed|told|made aware|advised)\b"
    r"(?: of (?:the |her |his |their |[\w'’]+['’]s )?(?:death|homicide|killing|murder))?|"
    r"(?:died|death) (?:[\w'’]+ ){0,2}?(?:of|from) (?:natural causes|(?:breast |lung |bowel )?cancer|an? (?:heart attack|stroke|"
    r"long illness|illness)|illness|covid|dementia|pneumonia|heart failure|liver disease)|"
    # a killing only reported by someone in the narrative ("ran to a neighbour, saying his father had killed his
    # mother"): the date is the telling's, not the killing's
    r"\b(?:saying|screaming|shouting|claiming|crying)(?: that| out that)? (?:[\w'’]+ ){1,4}?had (?:stabbed|killed|"
    r"murdered|strangled|shot|attacked|hurt)\b|"
    # a disclosure ("she told a nurse at the walk-in centre that her husband had hit her"): the telling's date
    r"\b(?:told|disclosed to|reported to|informed) (?:[\w'’-]+ ){1,6}?that (?:[\w'’]+ ){1,3}?had (?:hit|punched|"
    r"kicked|slapped|pushed|hurt|assaulted|attacked|threatened|strangled|choked|raped|beaten)\b|"
    # a web page's time stamp ("published at 13:27 Greenwich Mean Time 4 November 2016", "updated at 16:05 BST")
    r"\b(?:published|updated|posted|modified)(?: at| on)?\s+\d{1,2}[:.]\d\d\s*(?:am|pm)?(?:\s+[a-z]+){0,3}\s*$|"
    r"\b(?:published|updated|posted|modified)(?: at| on)?\s+\d{1,2}[:.]\d\d\s*(?:am|pm)?(?:\s+[a-z]+){0,3}(?=\s+\d)|"
    # survived: "who was stabbed by her ex-partner in 2014 and survived", "shot at", "was not seriously hurt"
    r"\b(?:and|but) (?:she |he |they )?(?:survived|recovered)\b|\bshot at by\b|\bnot (?:seriously |badly )?(?:hurt|injured)\b|"
    # "assaulted on DATE and died (of his injuries) eleven days later": the date is the attack's
    r"(?:died|passed away|death|found dead)\b[^.;,]{0,40}?\b(?:[\w-]+ )?(?:days?|weeks?|months?) (?:later|afterwards)|"
    # "five days after she reported him to the police on DATE, Lauren was murdered": the date is an earlier one
    r"(?:^|(?<=[,;] ))(?:[\w-]+ )?(?:days?|weeks?|fortnights?|months?|hours?) (?:after|before)\b|reported (?:[\w'’]+ ){0,2}?missing|"
    # a later act on the body ("... before trying to set fire to her body on DATE"): the team reads a date tied
    # to another act near the death as no event (annotations/real/README.md, timeline conventions)
    r"(?:attempt\w* to |tr(?:y|ied|ying) to )?(?:set(?:ting)? fire to|dispos\w* of|dump\w*|hid(?:e|ing)|hid|"
    r"conceal\w*|mov\w*|plac\w*) (?:her|his|their|the) (?:[\w'’-]+ )?bod(?:y|ies)|"
    # a field naming another date than the report's ("Hearing date: ...", "Due for review: ...", "Next review
    # date"), a web page's heading over a list of reviews ("Completed Reviews A - 2018 J - 2022")
    r"(?:hearing|meeting|review|due|start|end|birth|court|trial|inquest|expiry|next|print|printed|issue|"
    r"created|modified|copyright|target|completion target|deadline) date\s*[:–-]|"
    # an action plan's or a recommendation's deadline ("Target date: September 2022", "Deadline: 31/03/2023")
    r"\b(?:target|deadline|timescale)\s*[:–-]|"
    # another body's thematic, annual or research report ("SafeLives published its Spotlight report on older
    # people in 2016"): not the review's publication
    r"\bpublish(?:ed|es)\s+(?:its|their|an?|the)\s+(?:[\w'’-]+\s+){0,2}?(?:annual|thematic|spotlights?|research|"
    r"national|briefing|analysis|evaluation)\b|\b(?:annual|thematic|spotlights?|research|briefing)\s+(?:report|"
    r"review|analysis|paper)s?\b[^.;]{0,40}?\bpublished\b|"
    # a charge laid ("authorised a charge of murder on DATE"): the date is the charge's
    r"\b(?:authori[sz]ed (?:a |the )?)?charges? (?:of|relating to|in relation to) (?:the )?(?:murder|manslaughter)\b|"
    # an allegation, up to the act alleged ("is alleged to have ... stabbed X in DATE", "allegedly murdered in")
    r"\b(?:allegedly|alleged to have)\b[^.;]{0,80}?\b(?:murder\w*|kill\w*|stabb\w*|strangl\w*|shot|shoot\w*|"
    r"attack\w*|assault\w*|beat\w*|batter\w*)\b|\b(?:murder|manslaughter) charges?\b|\bauthori[sz]ed (?:a |the )?charge|"
    # a web page's byline ("Written by on 23/10/2018", "Posted by admin on ...")
    r"(?:written|posted) by\s+(?:[\w.'’-]+\s+){0,3}?on\s+(?=\d)|"
    # another document of the review agreed ("An action plan was agreed by the partnership in May 2021")
    r"\b(?:action plans?|terms of reference)\b[^.;]{0,20}?\b(?:was|were|has been|have been|had been) (?:agreed|approved|"
    r"signed off|endorsed|ratified|revised)\b|"
    r"due for review|(?:next|annual) review\b|review due|completed (?:reviews|dhrs|dardrs|domestic homicide reviews)\b|"
    # a guidance or law's own publication ("the Statutory Guidance for the Conduct of DHRs, published in 2013")
    r"(?:guidance|legislation|act|policy|strategy|framework|protocol|toolkit)\b[^.;,]{0,80}?,\s*(?:which was |first )?"
    r"(?:published|issued|revised)|"
    # a draft's date ("Final Draft January 2018", "Draft v3 - 12 May 2017"): a draft is not the completed report
    # (also with the document's name between: "DRAFT v2 Overview Report 14 April 2017")
    rf"\bdraft\b(?:\s*(?:v|version)\s*\d+(?:\.\d+)?)?(?:\s+(?:overview|executive|summary|report|dhr|review)){{0,3}}"
    rf"\s*[-–:,]?\s*(?=\d|{_MONTH}\b))"
)
