"""The core reading of the timeline extractor (:mod:`extraction.timeline`): a sentence's dates given to its cues.

Kept apart from the extractor's document loop and title-page rules so each module stays small. Each date goes to
the cue nearest to it (events and not-events alike, see :mod:`extraction.timeline_cues`), within its clause and
the brackets it sits in; a publication or completion cue that speaks of another document than the review is a
not-event cue (:func:`extraction.timeline_scope.foreign_document`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from dhr.dates import FoundDate, range_start
from dhr.schema import TimelineEventId
from extraction.timeline_cues import (
    _CLAUSE_BREAK,
    _CLOCK,
    _CONTACT,
    _CUES,
    _FOR_PUBLICATION,
    _FORWARD_ONLY,
    _HOME_OFFICE_QA,
    _NO_REVIEW,
    _NOT_EVENT,
    _NOT_EVENT_WEIGHT,
    _PERIOD_BEFORE,
    _QAP_RE,
    _REVERSED,
    _SAME_DAY,
    _STAMP_EVENTS,
    _TITLE_NAME,
    _WHEN_AFTER,
    RESUBMISSION,
)
from extraction.timeline_readings import IT_COMPLETED
from extraction.timeline_scope import EMBARGO, foreign_document, unreported_long_line

#: A review named by the death it is about ("the review into Debbie's death", "a DHR into the death of ..."):
#: a death cue right after it names the review, and dates only what directly follows it.
#: The last of a series of meetings, just before its date: "..., the last on", "the final meeting being held in".
_SERIES_END = re.compile(
    r"\b(?:the )?(?:last|final|latest|most recent)(?: (?:one|meeting|panel meeting|of (?:them|these|which)))?"
    r"(?: (?:being|was|held|taking place))?(?: held)?,? (?:on|in)\s+(?:the\s+)?$"
)
_REVIEW_OF = re.compile(
    r"\b(?:review|report|dhr|dardr|summary|findings|inquiry)\s+(?:into|of|on|about|concerning|following|regarding)"
    r"\s+(?:the\s+)?(?:circumstances\s+(?:of|surrounding)\s+(?:the\s+)?)?$"
)


_DIED_EARLIER = re.compile(
    r"\b(?:having|had) (?:died|been dead|lain dead)\b[^.;]{0,25}?\b(?:days?|weeks?|hours?|some time) (?:earlier|before)|"
    # "found on DATE, having lain undiscovered for several days"
    r"\b(?:having|had) (?:lain|been lying|been left|remained) (?:dead |undiscovered |unnoticed |there )?"
    r"(?:[\w-]+ ){0,3}?for (?:several|some|a few|many|[\w-]+) (?:days?|weeks?|months?)"
)


#: "... took an overdose on DATE and died two days later": the death after the day the date names.
_DIED_LATER = re.compile(
    r"\b(?:died|passed away|succumbed)\b[^.;]{0,40}?\b[\w-]+ (?:days?|weeks?|months?) (?:later|afterwards)\b"
)
#: A fatal attack told before its date in the clause ("stabbed Amy on DATE", "was attacked at her home on DATE"),
#: or named by its noun ("taken to hospital after an assault on DATE and died six days later").
_ATTACK_BEFORE = re.compile(
    r"\b(?:attacked|assaulted|stabbed|shot|strangled|hit|beat|beaten|battered|struck|punched|kicked|stamped|"
    # ("was set upon by her son on DATE": the phrasal verb of an attack)
    r"set fire|set upon|(?:an?|the) (?:[\w-]+ )?(?:assault|attack|stabbing))\b[^.;]{0,100}$"
)
#: The death's own printed date after "later" ("died in hospital four days later, on 5 May 2020").
_OWN_DATE_AFTER = re.compile(r"^[\s,]*(?:on|in)\s+(?:the\s+)?(?:\d|[a-z]+ \d)")


def died_after(low: str, date: FoundDate) -> bool:
    """Is the death told as after the day ``date`` names: a body found days after ("found ... on DATE, having died
    some days earlier"), or an act the victim died of later that is no attack ("took an overdose on DATE and died
    two days later"), or an attack whose death has a date of its own ("... and died four days later, on DATE")?
    Then that day is no death's (a month or a year may still be). A dated fatal attack whose death the sentence
    gives no date of its own ("was attacked on DATE ... and died two days later") stands for the death, as the
    real labels read it (annotations/real/README.md, timeline conventions)."""
    if _DIED_EARLIER.search(low, date.end, date.end + 80):
        return True
    if date.precision != "day":
        return False
    later = _DIED_LATER.search(low, date.end, date.end + 90)
    if later is None:
        return False
    attack = _ATTACK_BEFORE.search(low, max(0, date.start - 100), date.start)
    return attack is None or bool(_OWN_DATE_AFTER.match(low, later.end()))


#: A date followed by an offset phrase: ", six days after she was reported missing" counts from another act.
_COUNTED_FROM = re.compile(r"\s*,\s*(?:[\w-]+ )?(?:days?|weeks?|months?|hours?|years?) (?:after|before)\b")


#: A date's clause closed by "and" and a new subject ("... on DATE and the report was amended"), and the act
#: the date's own clause tells before it ("was received on", "were sent in").
_AND_NEW_CLAUSE = re.compile(r"\s*,?\s*(?:and|but)\s+")
_SUBJECT_START = re.compile(r"(?:the|this|her|his|their|its)\s")
_OWN_ACT_BEFORE = re.compile(
    r"\b(?:was|were|had been|has been|have been)\s+(?:\w+ly\s+)?\w+(?:ed|en|t)\b(?:(?![,;])[^.;]){0,40}?"
    r"\b(?:on|in)\s+(?:the\s+)?$"
)

#: What joins a date to a cause named after it ("... until DATE because of the criminal trial").
_CAUSE_BEFORE_CUE = re.compile(
    r"\s*,?\s*(?:because of|due to|owing to|as a result of|pending)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}?"
)


_DIED_AFTER = re.compile(
    r"\b(?:died|passed away|death)\b[^.;,]{0,30}?\b[\w-]+ (?:days?|weeks?|months?|hours?) after\b"
)


@dataclass(slots=True)
class _Candidate:
    event: TimelineEventId
    date: FoundDate
    sentence: str
    page: int
    score: float
    position: int
    #: False for the reading of a date by a cue other than its nearest ("considered at its meeting on DATE and
    #: approved": the date is the meeting's; "approved" a weaker second reading)
    primary: bool = True


def _stamped(low: str, date: FoundDate) -> bool:
    """A clock time beside the date: a web page's or a news article's time stamp."""
    return bool(
        _CLOCK.search(low, max(0, date.start - 22), date.start) or _CLOCK.match(low[date.end : date.end + 16])
    )


def _occurrences(dates: list[FoundDate]) -> list[FoundDate]:
    """Dates as times something happened: a year range ("in the year 2018/19") is none.

    ``find_dates`` reads a range as its end year, right for a target date ("during 2017-2018" = by 2018) but
    not for an event: the team labels a date range (`other`) as dating no review stage (annotations/real).
    """
    return [d for d in dates if range_start(d) is d]


def _enclosing_bracket(low: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the round brackets around ``low[start:end]`` holding more than the date, or None (an aside
    is looked for within 300 characters either side: the work per date stays bounded on a flattened table)."""
    opening = low.rfind("(", max(0, start - 300), start)
    if opening < 0 or low.rfind(")", opening, start) >= 0:
        return None
    closing = low.find(")", end, end + 300)
    if closing < 0 or "(" in low[end:closing]:
        return None
    if not low[opening + 1 : start].strip() and not low[end:closing].strip():
        return None  # "Elizabeth (March 2016)": a bare bracketed date is left to the title-page rules
    if re.search(r"\b(?:today|yesterday|this week)\s*$", low[max(0, opening - 12) : opening]):
        return None  # "has today (Wednesday 11 March 2020) published ...": the bracket dates "today"
    return opening, closing + 1


#: Only an opening bracket between a date and a cue: the cue is the date's label ("12 March 2017 (date of death)").
_OPENING_ASIDE = re.compile(
    r"\s*(?:[(\[]|,\s*(?:being |which was )?the)\s*"
)  # also ", the date of the homicide"


#: Typographic quotes and dashes as the ASCII the cue tables write ("Ann’s death", "Final – May 2019"), one
#: character for one, so offsets stay valid.
_TYPOGRAPHIC = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})


def _lower(text: str) -> str:
    """Lowercase with every character kept in place (typographic quotes and dashes as ASCII, other non-ASCII
    -> '?'), so match offsets stay valid."""
    return text.translate(_TYPOGRAPHIC).encode("ascii", "replace").decode("ascii").lower()


#: What lies between a telling's cue and the death it tells of ("informed the Safer X Board| of Mr |G's death").
_TOLD_OF = re.compile(r"[^.;,]{0,40}?\bof\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,2}$")


#: A clause opening with its own date after a comma or semicolon (", and on DATE ...", "; in DATE ...").
_NEW_DATED_CLAUSE = re.compile(r"[,;]\s*(?:and\s+|then\s+|but\s+)?(?:on|in)\s+(?:the\s+)?$")


#: "... signed off by the Panel": a bare "the Panel" approving the report, which the review-panel cue reads as the
#: report's completion.
_BY_THE_PANEL = re.compile(r"(?:signed off|approved|agreed|endorsed) by the panel\b")
#: What lies between a cue and the date it dates: its agent ("signed off by the Panel on DATE", "approved by the
#: QA Panel at its meeting on DATE").
_AGENT_THEN_DATE = re.compile(
    r" by (?:the |its )?[a-z'’ ]{1,40}? (?:on|in|at its meeting (?:on|of)) (?:the )?"
)


def _panel_is_qap(low: str, start: int) -> bool:
    """The sentence names the Home Office QA panel, or a resubmission (which goes back to it), before ``start``:
    "the Panel" after that is the QA panel ("Following changes asked for by the Home Office Quality Assurance
    Panel ..., the report was resubmitted ... and signed off by the Panel on DATE")."""
    return bool(_QAP_RE.search(low, 0, start) or RESUBMISSION.search(low, 0, start))


def _dates_its_agent(low: str, end: int, by_start: list[FoundDate], date_starts: list[int]) -> bool:
    """A later date follows the cue's end with only its agent between ("signed off by the Panel on DATE2")."""
    return any(
        _AGENT_THEN_DATE.fullmatch(low, end, later.start)
        for later in by_start[bisect_left(date_starts, end) : bisect_left(date_starts, end + 70)]
    )


def _candidates_in(
    sentence: str,
    dates: list[FoundDate],
    page: int,
    position: int,
    extra_cues: list[tuple[TimelineEventId, re.Pattern[str], float]] | None = None,
    *,
    top_only: bool = False,
) -> list[_Candidate]:
    out: list[_Candidate] = []
    cues: list[tuple[TimelineEventId | None, int, int, float]] = []
    low = _lower(sentence)
    blocked = [(m.start(), m.end()) for m in _NOT_EVENT.finditer(low)]
    if not _HOME_OFFICE_QA.search(low):
        blocked.extend(m.span() for m in _FOR_PUBLICATION.finditer(low))
    forward: set[tuple[int, int]] = set()  # spans of cues that date only what follows them
    foreign: list[tuple[int, int]] = []
    named: set[tuple[int, int]] = set()  # death cues inside a review's name
    for k, (event, cue, weight) in enumerate([*_CUES, *(extra_cues or [])]):
        for m in cue.finditer(low):
            if not any(s <= m.start() < e for s, e in blocked):
                # (the cue the context gives, "It was completed ..." right after a sentence on the review, names
                # the review itself)
                if (
                    event in _STAMP_EVENTS
                    and cue is not IT_COMPLETED[1]
                    and (
                        foreign_document(low, m.start(), m.end())
                        # "Date: 01-03-16..Pictured: ... The trial has begun of ...": a news page's date field
                        or (event == "report_completed" and m.start() == 0 and unreported_long_line(low))
                    )
                ):
                    # "the criminal trial was completed in June 2019": not the review's completion
                    foreign.append(m.span())
                    continue
                if (
                    event == "report_completed"
                    and _BY_THE_PANEL.match(low, m.start())
                    and _panel_is_qap(low, m.start())
                ):
                    event = "qap_signed_off"  # the QA panel's sign-off, not the review panel's agreeing the report
                cues.append((event, m.start(), m.end(), weight))
                # (a title's own "death of 'Sally' August 2015" cue is the title page's: extra_cues)
                if (
                    event == "death"
                    and k < len(_CUES)
                    and _REVIEW_OF.search(low, max(0, m.start() - 60), m.start())
                ):
                    named.add(m.span())  # "the review into Debbie's death": the review's name
                if cue is _TITLE_NAME:
                    # "18 Oct 2011 Casey Brittle report damns ...": a stamp before a headline is no report date
                    forward.add(m.span())
    for m in _REVERSED.finditer(low):
        # a refusal to review, reversed: the reversal is the decision (_NO_REVIEW's note)
        if _NO_REVIEW.search(low, max(0, m.start() - 200), m.start()) and not any(
            s <= m.start() < e for s, e in blocked
        ):
            cues.append(("decision_to_review", m.start(), m.end(), 1.5))
    if not cues:
        return out
    # "The partnership was informed of Mrs V's death by the police on DATE": the death is what the telling is
    # about; the date is the telling's
    told = [(s, e) for event, s, e, _ in cues if event in ("notification", "home_office_notified")]
    told_of: set[tuple[int, int]] = set()
    if told:
        cues = [c for c in cues if c[0] != "death" or not any(s <= c[1] and c[2] <= e for s, e in told)]
        # a death named as what the body was told of ("informed the Board of Mr G's death, and on DATE ..."):
        # the telling's object, no event of its own; kept in place (it takes no date) so that the telling's cue
        # stays its own date's and does not pass to a later clause's date
        told_of = {
            (c[1], c[2])
            for c in cues
            if c[0] == "death" and any(e <= c[1] and _TOLD_OF.match(low[e : c[1]]) for _, e in told)
        }
        cues = [(None, c[1], c[2], c[3]) if (c[1], c[2]) in told_of else c for c in cues]
    blocked.extend(foreign)
    if not any(event == "death" and weight >= 1.0 for event, _, _, weight in cues):
        blocked.extend((m.start(), m.end()) for m in _CONTACT.finditer(low))
    # the not-event cues compete for the dates like the event cues (None: no event)
    cues.extend((None, s, e, _NOT_EVENT_WEIGHT) for s, e in blocked)
    # Only cues near a date can take it (see the distance limit below), so each date looks at a window of the
    # cues sorted by start, and at the dates just after a cue by bisection: the work stays near linear on a long
    # flattened table, where every date against every cue was quadratic.
    cues.sort(key=lambda c: c[1])
    cue_starts = [c[1] for c in cues]
    by_start = sorted(dates, key=lambda d: d.start)
    date_starts = [d.start for d in by_start]
    # Each date goes to its nearest cue (so "died on X and the CSP was told on Y" gives two events); other
    # cues close by get a weaker candidate, and pooling over the document settles which reading holds.
    for date in dates:
        if _PERIOD_BEFORE.search(low, max(0, date.start - 70), date.start) and not _WHEN_AFTER.match(
            low, date.end
        ):
            continue  # "since 2011", "between 2011 and 2021", "in the year to March 2020": a period, no event
        # "Posted on 3 May 2022 at 10:15 am", "Published: 14:32 Thursday 10 May 2018": a web page's time stamp
        stamp = _stamped(low, date) and not EMBARGO.search(low, max(0, date.start - 45), date.start)
        ranked: list[tuple[float, TimelineEventId | None, float, bool]] = []
        bracket = _enclosing_bracket(low, date.start, date.end)
        # a cue ending over 200 characters before the date or starting over 130 after it has a distance over 150
        near = [
            c
            for c in cues[bisect_left(cue_starts, date.start - 450) : bisect_left(cue_starts, date.end + 130)]
            if c[2] > date.start - 200
        ]
        # a cue in the date's own clause ("who was killed by her husband in March 2018, was published ..."): one
        # after the next comma belongs to the main clause, not to this date
        own_clause = any(
            e <= date.start and not _CLAUSE_BREAK.search(low, e, date.start) for _, _, e, _ in near
        )
        # "the panel first met on DATE1 and five times after, the last on DATE2": the series' end is no first meeting
        series_end = bool(_SERIES_END.search(low[max(0, date.start - 45) : date.start]))
        for event, s, e, weight in near:
            if (s, e) in told_of:
                continue
            if event == "first_panel" and series_end:
                continue
            if bracket and not (bracket[0] <= s and e <= bracket[1]):
                continue  # "(which took over from the former CSP in 2019)": the date is the aside's
            if (s, e) in named and (s >= date.end or "," in low[s : date.start] or date.start - e > 45):
                # "On DATE, the review into Debbie's death was made available", "the report into Sandra's death,
                # published today (DATE)": the death names the review; only "... into the death of April in
                # January 2017" dates it
                continue
            if e <= date.start:
                if _FORWARD_ONLY.match(low, s) is None and ";" in low[e : date.start]:
                    continue  # "at the time of her death; she had given birth in June 2018"
                if event is None and _CLAUSE_BREAK.search(low, e, date.start):
                    continue  # "Three weeks after the assault, on 30 June 2015, Rachel died": not the phrase's date
                distance = date.start - e
            elif s >= date.end:
                if event is None and _COUNTED_FROM.match(low, date.end):
                    # "discovered ... on 11 July 2024, six days after he was reported missing": the acts after
                    # the offset are the earlier ones it counts from, not this date's
                    continue
                if event is None and _CAUSE_BEFORE_CUE.fullmatch(low, date.end, s):
                    # "was delayed until DATE because of the criminal trial": the trial is the delay's cause,
                    # not what the date dates
                    continue
                if (
                    event is not None
                    and _AND_NEW_CLAUSE.fullmatch(low, date.end, s)
                    and _SUBJECT_START.match(low, s)
                    and _OWN_ACT_BEFORE.search(low, max(0, date.start - 60), date.start)
                    and not _SAME_DAY.match(low, e)
                ):
                    # "The feedback letter was received on DATE and the report was amended accordingly": the
                    # date is its own clause's act; the stage told after "and" has no date of its own
                    continue
                aside = _OPENING_ASIDE.fullmatch(low, date.end, s)  # "12 March 2017 (date of the homicide)"
                if (_FORWARD_ONLY.match(low, s) and not aside) or (s, e) in forward:
                    continue  # "from 1 January 2014 to the date of the homicide": a field names what follows

                # English puts the verb first ("... was informed on DATE"): a cue after the date is weaker,
                # and in "X on DATE1 and Y was told on DATE2" the cue after DATE1 belongs to DATE2
                # (unless that date has a cue of its own nearer: "has today (DATE1) published a review following
                # the death of a local woman in DATE2")
                if any(
                    other is not date
                    and ";" not in low[e : other.start]
                    and bisect_left(cue_starts, e) == bisect_left(cue_starts, other.start)
                    for other in by_start[bisect_left(date_starts, e) : bisect_left(date_starts, e + 60)]
                ):
                    continue
                if any(
                    date.end <= other.start
                    and other.end <= s
                    and _NEW_DATED_CLAUSE.search(low, max(0, other.start - 12), other.start)
                    and not _CLAUSE_BREAK.search(low, other.end, s)
                    for other in by_start
                ):
                    # "The group met on DATE1, and on DATE2 the Chair decided to commission a review": the cue is
                    # the later clause's, which opens with its own date
                    continue
                distance = (s - date.end) * 1.5 + 5
                if own_clause and _CLAUSE_BREAK.search(low, date.end, s):
                    distance += 40
            else:
                # the date sits inside the cue's span ("agreed on DATE ... that the criteria were met"): measure
                # from the cue's first word, with a penalty as the rest of the cue comes after the date
                if by_start[
                    bisect_left(date_starts, e) : bisect_left(date_starts, e + 9)
                ] or _dates_its_agent(low, e, by_start, date_starts):
                    # a cue ending right before a later date dates that one ("recommended a review on DATE1 and
                    # the chair confirmed the decision on DATE2"): the date inside it is a step on the way; so does
                    # one ending before its agent and a later date ("... in its letter of DATE1, the report was
                    # resubmitted on DATE2 and signed off by the Panel on DATE3")
                    continue
                first_word = re.match(r"\S+", low[s:])
                distance = date.start - (s + (first_word.end() if first_word else 0)) + 10
            distance -= 8 * weight  # a strong cue a little further away beats a weak one next to the date
            # "... on DATE and the Home Office was informed on the same day": a full reading, not a second one
            same_day = s >= date.end and bool(_SAME_DAY.match(low, e))
            ranked.append((distance, event, weight, same_day))
        ranked.sort(key=lambda r: r[0])
        if ranked and ranked[0][1] is None:
            continue  # "found guilty of murder on DATE", "rang the police on DATE": a chronology date
        seen: set[str] = set()
        # a body found after the death's day ("found by her daughter on DATE, having died some days earlier"):
        # the team leaves that date no death (annotations/real/README.md)
        found_later = died_after(low, date)
        # "Rebecca died five days after she was attacked ... on DATE": that day is the attack's (a month or a year
        # may still be the death's: "died two days after being attacked ... in November 2017")
        # (the attack's date is the death's where the death has no date of its own, as with "died days later")
        after = (
            _DIED_AFTER.search(low, max(0, date.start - 120), date.start) if date.precision == "day" else None
        )
        found_later = found_later or (
            after is not None and not _ATTACK_BEFORE.search(low, after.end(), date.start)
        )
        for rank, (distance, event, weight, same_day) in enumerate(ranked):
            if event == "death" and found_later:
                continue
            if event is None:
                break  # cues further from the date than a not-event cue do not reach it
            if stamp and event in _STAMP_EVENTS:
                continue
            if distance > 150 or event in seen or (rank > 0 and (distance > 60 or top_only)):
                continue
            seen.add(event)
            primary = rank == 0 or same_day
            score = weight * (1.0 if distance < 50 else 0.6) * (1.0 if primary else 0.5)
            if date.precision == "year":
                score *= 0.4
            elif date.precision == "month":
                score *= 0.8
            if date.inferred_year:
                score *= 0.8
            out.append(_Candidate(event, date, sentence, page, score, position, primary=primary))
    return out
