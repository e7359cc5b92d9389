"""Timeline events of the review process (death, CSP notified, panels, QA panel, publication).

A chronology holds hundreds of dates; only the few that date a stage of the review are timeline events. Each
sentence is first checked for an event cue (cheap regexes); only then are its dates parsed, and each cue takes
the date nearest to it. Candidates for one event are pooled over the document and the date with the most
support wins (reports repeat the key dates in summary, introduction and timeline table).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import get_args

from dhr.schema import TimelineEvent, TimelineEventId
from extraction.dates import FoundDate, find_dates
from extraction.document import Document

_QAP = r"(?:(?:home office\s+)?(?:quality assurance|q\.?a\.?)\s*(?:\(qa\)\s*)?panel|qap\b)"
_CSP = (
    r"(?:community safety partnership|\bcsp\b|safer [a-z ]{0,30}partnership|safe city partnership|safer [a-z]+\b|"
    r"[a-z]+ partnership|chair of the (?:csp|partnership))"
)

#: (event, cue regex, weight). A sentence may carry several events ("died on X; the CSP was told on Y").
_CUES: list[tuple[TimelineEventId, re.Pattern[str], float]] = [
    (e, re.compile(p), w)  # matched on _lower(sentence): case-insensitive regexes are much slower
    for e, p, w in [
        ("death", r"\bdate of (?:the )?(?:death|homicide|incident)\b", 3.0),
        (
            "death",
            r"\b(?:died|was killed|were killed|was murdered|was fatally|found (?:dead|deceased)|"
            r"pronounced dead|lost (?:her|his|their) li(?:fe|ves)|tragically killed|took (?:her|his|their) own li(?:fe|ves)|"
            r"(?:her|his|their) death)\b",
            1.0,
        ),
        (
            "death",
            r"\b(?:homicide(?! review)|murder|killing|fatal (?:stabbing|assault|incident))\b(?!\s+review).{0,40}?\b(?:on|occurred|took place)\b",
            0.8,
        ),
        (
            "notification",
            rf"\b(?:notif\w*|informed|told|made aware|advised|referred|reported)\b.{{0,90}}?{_CSP}|"
            rf"{_CSP}.{{0,60}}?\b(?:was|were|had been) (?:notified|informed|made aware|told|advised)\b|"
            rf"\bdate (?:the )?{_CSP}.{{0,20}}?notified|"
            rf"{_CSP}.{{0,30}}?\breceived (?:notification|notice|a referral)\b|"
            rf"\b(?:csp|partnership) (?:notified|informed)\b",
            1.5,
        ),
        (
            # "X was notified of the death on ...": in a DHR the body told of a death is the CSP (the Home
            # Office has its own cue, which wins where it is named)
            "notification",
            r"\b(?:was|were|had been) (?:notified|informed|made aware|told) of (?:the|this|her|his|their) "
            r"(?:death|homicide|killing|murder)",
            1.2,
        ),
        (
            "decision_to_review",
            r"(?<!of the )(?<!of this )(?<!of its )\b(?:decision|decided|agreed|determined|concluded|confirmed)\b.{0,80}?\b(?:domestic homicide review|dhr(?! (?:steering|panel|group|board|meeting|sub))|"
            r"review (?:should|would|was to) be (?:conducted|undertaken|commissioned)|criteria)\b|"
            r"(?<!of the )(?<!of this )(?<!of its )\b(?:decision|decided|agreed)\b.{0,30}?\b(?:to|should|would)\b.{0,12}?\b(?:undertake|conduct|hold|commission|carry out|proceed with)\b.{0,30}?\breview\b|"
            r"\bcriteria (?:for (?:a|conducting a) (?:domestic homicide review|dhr) )?(?:were|was|had been) met\b|"
            r"\bdate of (?:the )?decision\b",
            1.5,
        ),
        (
            "home_office_notified",
            r"\bhome office\b.{0,50}?\b(?:was|were|had been) (?:notified|informed|advised|told)\b|"
            r"\b(?:notif\w*|informed|advised|told|wrote to)\b.{0,50}?\bhome office\b(?!.{0,20}?quality)|"
            r"\bhome office (?:notified|informed)\b",
            2.0,
        ),
        (
            "first_panel",
            r"\b(?:first|initial|inaugural|1st)\b.{0,25}?\b(?:panel )?meeting\b|\bpanel (?:first )?met for the first time\b|"
            r"\bpanel first met\b|\bfirst (?:review )?panel\b|"
            r"\b(?:panel|review) (?:met|has met|convened)\b.{0,50}?\bthe first\b|"
            r"\bpanel did not (?:first )?meet until\b",
            2.0,
        ),
        (
            "sent_to_qap",
            rf"\b(?:submitted|sent|forwarded|presented|submission)\b.{{0,80}}?{_QAP}|"
            rf"{_QAP}.{{0,30}}?\b(?:submission|submitted)\b|"
            r"\b(?:submitted|sent|forwarded)\b.{0,40}?\bhome office\b.{0,40}?\bquality assurance\b|"
            r"\b(?:report|review)\b.{0,30}?\b(?:was )?(?:submitted|sent)\b.{0,15}?\bto the home office\b",
            2.0,
        ),
        (
            "qap_first_heard",
            rf"{_QAP}.{{0,80}}?\b(?:considered|met|reviewed|heard|discussed|meeting)\b|"
            rf"\b(?:considered|reviewed|heard|discussed)\b.{{0,60}}?{_QAP}",
            1.5,
        ),
        (
            "qap_signed_off",
            rf"{_QAP}.{{0,100}}?\b(?:approv\w*|signed off|agreed|cleared|endorsed)\b|"
            rf"\b(?:approv\w*|signed off|sign-off|cleared|endorsed)\b.{{0,80}}?{_QAP}|"
            rf"\b(?:approved|cleared|agreed)(?: it| the (?:report|review|overview report))? for publication\b",
            2.0,
        ),
        (
            "report_completed",
            r"\b(?:report|review) (?:was |is )?(?:completed|finalised|concluded|dated)\b|"
            r"\b(?:date of (?:the )?report|report date|date of final (?:report|version)|final version|"
            r"this report is dated|version \d+(?:\.\d+)?\s*[-–:,]?\s*(?:final)?)\b|^(?:dated?|date)\s*:|"
            r"\bfinal report\s*:|\bfinal\s*[-–:,]\s*(?=[a-z]*\s*\d)|"
            r"\bsigned off by the (?:csp|community safety partnership|partnership|board)\b",
            1.5,
        ),
        (
            "publication",
            r"\b(?:was|were|been|be|will be) published\b|(?<!for )\b(?:date of )?publication(?: date)?\s*(?::|on|was)|"
            r"\bpublished(?: on|\s*:)|\bdate published\b|\bdate of publication\b|\bpublished\s+(?=\d)",
            1.5,
        ),
    ]
]
_ANY_CUE = re.compile("|".join(f"(?:{c.pattern})" for _, c, _ in _CUES))
_SENTENCE_SPLIT = re.compile(r"(?<=[.;!?])\s+(?=[A-Z(\"'])|\n{2,}")
_DIGIT = re.compile(r"\d")
_DEATH_WORD = re.compile(r"\b(?:died|was killed|was murdered|pronounced dead|found dead)\b")
#: Words at least one of which every cue above contains (kept in step with _CUES; see the tests). Matched
#: on lowercased text without IGNORECASE, which is several times faster over a long chronology.
_ANCHOR = re.compile(
    r"died|kill|murder|homicide|fatal|dead|deceased|death|\bli(?:fe|ves)\b|notif|informed|told|aware|advised|"
    r"referred|reported|decision|decided|agreed|determined|concluded|confirmed|criteria|home office|first|"
    r"initial|inaugural|1st|quality|\bq\.?a\b|qap|submi|sent|forward|present|approv|signed|sign-off|cleared|"
    r"endorsed|completed|finalised|final|dated|date|version|published|publication|considered|met\b|meet|heard|"
    r"discussed|received"
)
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
#: The taxonomy lists the events in process order.
_PROCESS_ORDER: tuple[str, ...] = get_args(TimelineEventId)


@dataclass(slots=True)
class _Candidate:
    event: TimelineEventId
    date: FoundDate
    sentence: str
    page: int
    score: float
    position: int


def _sentences(document: Document) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    for page in document.pages:
        # join lines of a block; keep block boundaries as paragraph breaks
        paragraphs: list[str] = []
        current: list[str] = []
        last_block = None
        for line in page.lines:
            if last_block is not None and line.block != last_block and current:
                paragraphs.append(" ".join(current))
                current = []
            current.append(line.text.strip())
            last_block = line.block
        if current:
            paragraphs.append(" ".join(current))
        for para in paragraphs:
            for sentence in _SENTENCE_SPLIT.split(para):
                sentence = " ".join(sentence.split())
                if sentence:
                    out.append((sentence, page.number))
    return out


#: In a Home Office QA letter "the Panel" is the QA panel: "The Panel considered the report on <date>". (In an
#: overview report "the Panel" is the review panel, so these cues apply to QA letters only.)
_LETTER_CUES: list[tuple[TimelineEventId, re.Pattern[str], float]] = [
    (
        "qap_first_heard",
        re.compile(
            r"(?<!review )(?<!dhr )(?<!csp )\bpanel\b(?!'s)(?! members?\b)(?:(?!panel).){0,40}?\b(?:considered|met|reviewed|"
            r"heard|discussed)\b|\b(?:considered|reviewed|discussed|heard)\b.{0,40}?\b(?:by|at) the panel\b|"
            r"(?<!review )(?<!dhr )\bpanel meeting\b|\b(?:report|review|it) was (?:first )?(?:considered|discussed)\b"
        ),
        1.5,
    ),
]
_LETTER_ANCHOR = re.compile(r"panel|considered|discussed")
#: A letter's salutation, and the Home Office's address in its header.
_DEAR = re.compile(r"^dear\b", re.IGNORECASE)
_HOME_OFFICE_HEADER = re.compile(r"^home office\b|\bmarsham street\b", re.IGNORECASE)


def is_qa_letter(document: Document) -> bool:
    """Is ``document`` a Home Office QA panel feedback letter, judged from its own first lines?

    The first ~40 lines must name the QA panel ("Home Office Quality Assurance Panel", "DHR Quality Assurance
    Panel", "QA Panel") and read as a letter: a "Dear ..." salutation, or the Home Office address in the header.
    An overview report that mentions the QA panel in its opening lines has neither.
    """
    head: list[str] = []
    for page in document.pages:
        for line in page.lines:
            text = line.text.strip()
            if text:
                head.append(text)
            if len(head) >= 40:
                break
        if len(head) >= 40:
            break
    if not head or not re.search(_QAP, " ".join(head), re.IGNORECASE):
        return False
    if any(_DEAR.match(text) for text in head):
        return True
    return any(_HOME_OFFICE_HEADER.search(text) for text in head[:8])


def extract_timeline(document: Document) -> list[TimelineEvent]:
    """The review's timeline events found in ``document``, one per event type, in process order."""
    candidates: list[_Candidate] = []
    last_year: int | None = None
    undated_death = False  # "... Mrs B, who was 71 when she died." then "At 23:15hrs on the 02/11/2017 ..."
    letter_cues = _LETTER_CUES if is_qa_letter(document) else []
    for position, (sentence, page) in enumerate(_sentences(document)):
        # cheap tests first: every date has a digit, every cue one of a few anchor words
        low = _lower(sentence)
        cued = bool(_ANCHOR.search(low) and _ANY_CUE.search(low))
        if letter_cues and not cued and _LETTER_ANCHOR.search(low):
            cued = any(cue.search(low) for _, cue, _ in letter_cues)
        if _DIGIT.search(sentence) and (cued or undated_death):
            dates = find_dates(sentence, default_year=last_year)
            if dates and cued:
                candidates.extend(_candidates_in(sentence, dates, page, position, letter_cues))
            if dates and undated_death and not cued and dates[0].precision == "day":
                candidates.append(_Candidate("death", dates[0], sentence, page, 0.7, position))
            undated_death = False
        else:
            undated_death = bool(cued and _DEATH_WORD.search(low))
        years = _YEAR.findall(sentence)
        if years:
            last_year = int(years[-1])
    candidates.extend(_qa_letter(document))
    return _choose(candidates)


_QA_CLEARED = re.compile(
    r"(?:arrange for (?:the )?publication|approved for publication|does not need to see (?:another|a further) "
    r"version|(?:is|was) (?:now )?(?:cleared|approved) (?:for|to) publi)",
    re.IGNORECASE,
)


def _qa_letter(document: Document) -> list[_Candidate]:
    """A Home Office QA feedback letter clearing a report: its date is the QA panel's sign-off."""
    if not document.pages:
        return []
    text = " ".join(document.text.split())
    if not (re.search(r"\bdear\b", text[:1500], re.I) and re.search(_QAP, text[:3000], re.I)):
        return []
    if not _QA_CLEARED.search(text):
        return []
    head = text[:600]
    dated = [d for d in find_dates(head) if d.precision == "day"]
    if not dated:
        return []
    date = dated[0]
    return [_Candidate("qap_signed_off", date, head[max(0, date.start - 80) : date.end + 20], 1, 3.0, 0)]


def _lower(text: str) -> str:
    """Lowercase with every character kept in place (non-ASCII -> '?'), so match offsets stay valid."""
    return text.encode("ascii", "replace").decode("ascii").lower()


def _candidates_in(
    sentence: str,
    dates: list[FoundDate],
    page: int,
    position: int,
    extra_cues: list[tuple[TimelineEventId, re.Pattern[str], float]] | None = None,
) -> list[_Candidate]:
    out: list[_Candidate] = []
    cues: list[tuple[TimelineEventId, int, int, float]] = []
    low = _lower(sentence)
    for event, cue, weight in [*_CUES, *(extra_cues or [])]:
        for m in cue.finditer(low):
            cues.append((event, m.start(), m.end(), weight))
    if not cues:
        return out
    # Each date goes to its nearest cue (so "died on X and the CSP was told on Y" gives two events); other
    # cues close by get a weaker candidate, and pooling over the document settles which reading holds.
    for date in dates:
        ranked: list[tuple[float, TimelineEventId, float]] = []
        for event, s, e, weight in cues:
            if e <= date.start:
                distance = date.start - e
            elif s >= date.end:
                # English puts the verb first ("... was informed on DATE"): a cue after the date is weaker,
                # and in "X on DATE1 and Y was told on DATE2" the cue after DATE1 belongs to DATE2
                if any(other.start >= e and other.start - e < 60 for other in dates if other is not date):
                    continue
                distance = (s - date.end) * 1.5 + 5
            else:
                # the date sits inside the cue's span ("agreed on DATE ... that the criteria were met"): measure
                # from the cue's first word, with a penalty as the rest of the cue comes after the date
                first_word = re.match(r"\S+", low[s:])
                distance = date.start - (s + (first_word.end() if first_word else 0)) + 10
            distance -= 8 * weight  # a strong cue a little further away beats a weak one next to the date
            ranked.append((distance, event, weight))
        ranked.sort(key=lambda r: r[0])
        seen: set[str] = set()
        for rank, (distance, event, weight) in enumerate(ranked):
            if distance > 150 or event in seen or (rank > 0 and distance > 60):
                continue
            seen.add(event)
            score = weight * (1.0 if distance < 50 else 0.6) * (1.0 if rank == 0 else 0.5)
            if date.precision == "year":
                score *= 0.4
            elif date.precision == "month":
                score *= 0.8
            if date.inferred_year:
                score *= 0.8
            out.append(_Candidate(event, date, sentence, page, score, position))
    return out


def _choose(candidates: list[_Candidate]) -> list[TimelineEvent]:
    by_event: dict[TimelineEventId, dict[str, list[_Candidate]]] = defaultdict(lambda: defaultdict(list))
    for c in candidates:
        by_event[c.event][c.date.iso].append(c)
    chosen: dict[TimelineEventId, _Candidate] = {}
    for event, by_date in by_event.items():
        # support for a date = summed scores; a more precise mention of the same day/month adds support
        def support(iso: str, by_date: dict[str, list[_Candidate]] = by_date) -> float:
            total = sum(c.score for c in by_date[iso])
            total += 0.5 * sum(
                c.score for other, cs in by_date.items() if other != iso and iso.startswith(other) for c in cs
            )
            return total

        ranked = sorted(by_date, key=lambda iso: (-support(iso), -len(iso), by_date[iso][0].position))
        best_iso = ranked[0]
        chosen[event] = max(by_date[best_iso], key=lambda c: (c.score, -c.position))
    # Stages of the process cannot precede the death: drop those that do (usually a chronology date).
    if "death" in chosen:
        death = chosen["death"].date.iso
        for event in list(chosen):
            if event != "death" and chosen[event].date.iso < death[: len(chosen[event].date.iso)]:
                del chosen[event]
    events = [
        TimelineEvent(
            event=c.event,
            date=c.date.iso,
            text=c.sentence[:500],
            page=c.page,
            confidence=round(min(1.0, 0.4 + 0.2 * c.score), 2),
        )
        for c in chosen.values()
    ]
    events.sort(key=lambda ev: _PROCESS_ORDER.index(ev.event))
    return events
