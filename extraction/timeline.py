"""Timeline events of the review process (death, CSP notified, panels, QA panel, publication).

A chronology holds hundreds of dates; only the few that date a stage of the review are timeline events. Each
sentence is first checked for an event cue (cheap regexes); only then are its dates parsed, and each date goes
to the cue nearest to it. Cues of what is *not* a stage (the trial, a conviction, a call to the police, another
kind of review) compete for the dates too, so "found guilty of murder on DATE" stays out. The title page (the
leading title-like lines of the first page) is read on its own terms: a bare "Month Year" under the author's name
is the report's date. Candidates for one event are pooled over the document and the date with the most
support wins (reports repeat the key dates in summary, introduction and timeline table).

A date's reach is its clause: a cue across a comma or semicolon from a date that has a cue in its own clause,
or outside the brackets the date sits in, does not take it ("the report into the death of Ms A, who was killed
in March 2018, was published this week"); a period's bound ("since 2011", "between ... and", "from DATE to") and
a web page's time stamp date no stage.

Nearness is not enough for a death: in a narrative sentence naming one, what each date attaches to is parsed
(:mod:`extraction.timeline_attach`, a dependency parse): a death reading of a date that a conviction, an arrest,
a call or an assault governs is dropped, and a date a death verb or noun governs is the death even where no cue
reached it ("Craig was convicted in May 2019 of the murder of Dionne in October 2018": the death is 2018-10 and
the conviction no event; "he died in hospital three days later on 6 March 2016").

A dated attack with no death word ("Linda, 74, suffered at least 15 stab wounds ... on DATE", "was attacked in
Greenford in November 2009") is the death only on the document's evidence: the document tells a death (not
"attempted murder"), dates none, and dates one attack only (a news report of a killing). A review's chronology
dates many assaults and its death, so there the attacks stay chronology.

The reading of a sentence's dates by their cues is :mod:`extraction.timeline_read`; which document a
"published" or "completed" speaks of, and title or web lines that date no report (a page's stamp or byline, a
listing cell, an agenda, a strategy's title), is :mod:`extraction.timeline_scope`; the labelled fields of a title
line or flattened table ("Date of incident: D1 Date of death: D2") are :mod:`extraction.timeline_fields`; the
choice of one date per event over the document is :mod:`extraction.timeline_choose`.

Measured on real dated sentences with ``python -m evaluation.real_timeline --split dev``, on the sentences
written for the tests (``tests/extraction/test_timeline_written.py``, ``test_timeline_attach.py``,
``test_timeline_variants_*.py``), and honestly with ``python -m training.timeline_replay`` (blind real batches
read by the rules of their day) and ``python -m training.timeline --cv`` (grouped by CSP). A learned sentence
model (:mod:`extraction.timeline_model`: TF-IDF over the words around the date and logistic regression) adds a
death where the rules read none, in narrative sentences telling violence that no death cue reads
(:mod:`extraction.timeline_learned`). It is on by default (:data:`LEARNED`): on the blind batches it lifted the
rules of their day from 0.717 to 0.776 F1 with no false positive added, in grouped CV from 0.957 to 0.967, on
real dev from 0.969 to 0.990; ``learned=False`` reads with the rules alone.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dhr.dates import FoundDate
from dhr.schema import TimelineEvent
from extraction import timeline_attach, timeline_model
from extraction.document import Document
from extraction.timeline_choose import choose as _choose
from extraction.timeline_cues import (  # noqa: F401 - _ANCHOR, _ANY_CUE, _NOT_EVENT, _PANEL_LIST: tests
    _ANCHOR,
    _ANY_CUE,
    _CLAUSE_BREAK,
    _CLAUSE_WORD,
    _CLOCK,
    _CONTACT,
    _CSP,
    _CUES,
    _DEAR,
    _DEATH_WORD,
    _DIGIT,
    _FIELD,
    _FOR_PUBLICATION,
    _FORWARD_ONLY,
    _FULL_STOP,
    _HOME_OFFICE_QA,
    _LETTER_ANCHOR,
    _LETTER_CUES,
    _MONTH,
    _NOT_EVENT,
    _NOT_EVENT_WEIGHT,
    _PANEL_LIST,
    _PERIOD_BEFORE,
    _QAP_RE,
    _SAME_DAY,
    _STAMP_EVENTS,
    _TITLE_NAME,
    _WHEN_AFTER,
    _YEAR,
    RESUBMISSION,
)
from extraction.timeline_dates import Day, find_dates, last_full_day, sentence_dates
from extraction.timeline_fields import field_readings
from extraction.timeline_learned import learned_readings
from extraction.timeline_letter import is_qa_letter, qa_letter_sign_off, sentences
from extraction.timeline_panel import _panel_list, _with_panel_list
from extraction.timeline_parsed import attached as _attached
from extraction.timeline_parsed import worth_parsing as _worth_parsing
from extraction.timeline_read import _Candidate, _candidates_in, _lower, _occurrences, died_after
from extraction.timeline_readings import (
    ATTACK_WORD,
    DEATH_NEXT,
    IT_COMPLETED,
    LATER_WORD,
    REVIEW_SUBJECT,
    lifespan_years,
)
from extraction.timeline_scope import (
    not_a_report_title,
    other_document_title,
    page_byline,
    stamp_only,
    unreported_long_line,
    unsaid_listing_date,
    unsigned_stamp,
)
from extraction.timeline_title_cues import (
    _ACTION_PLAN,
    _LETTER_LINE,
    _LIFESPAN,
    _NAMED_REVIEW,
    _PROCESS_DOCUMENT,
    _SIGNATURE,
    _TITLE_DEATH,
    _TITLE_REVISED,
    _TITLE_ROLE,
    _TRAILING_YEAR,
    _VERSION_TABLE,
    PANEL_HEADING,
    SIGNED_DATE_LINE,
    SIGNER_ROLE,
    unsaid_title_dates,
)


def _title_like(sentence: str) -> bool:
    if not _FULL_STOP.search(sentence):
        return True
    words = sentence.split()
    if _FIELD.match(sentence) and len(words) <= 8:
        return True
    return len(words) <= 12 and not _CLAUSE_WORD.search(sentence.lower())


#: Whether the sentence model reads by default (see the module docstring for the figures that switched it on).
LEARNED = True


def extract_timeline(document: Document, *, learned: bool | None = None) -> list[TimelineEvent]:
    """The review's timeline events found in ``document``, one per event type, in process order.

    ``learned``: where the rules read no event at a date of a narrative sentence telling a death or violence,
    also ask the sentence model (:mod:`extraction.timeline_model`) and keep a confident death as a weak
    candidate; None (default) is :data:`LEARNED`, False the cue rules alone.
    """
    model = timeline_model.load_model() if (LEARNED if learned is None else learned) else None
    candidates: list[_Candidate] = []
    last_year: int | None = None
    last_day: Day | None = None  # the latest full day-date: the month of a day written alone ("the 4th")
    # month -> year the title page printed together ("... in August 2023"), until the text prints a year itself
    title_months: dict[int, int] | None = {}
    undated_death = False  # "... Mrs B, who was 71 when she died." then "At 23:15hrs on the 02/11/2017 ..."
    # "Mr X set fire to the house on DATE;" then "Ms Y died in the fire.": the attack's date, if the death follows
    attack_before: _Candidate | None = None
    letter_cues = _LETTER_CUES if is_qa_letter(document) else []
    # The title page: the leading run of title-like lines of the first page, where a bare "Month Year" under the
    # author's name is the report's date. (A QA letter's head is an address block, read by _qa_letter.)
    in_title = not letter_cues
    title_before = ""
    # the title page has named the review (or its report) on a line so far: a "Date of publication:" further down
    # is the review's, however many lines (partners, chair, author) lie between (title_before keeps 160 characters)
    title_named = False
    after_qap = False  # "... submitted to the Home Office QA Panel. The Panel considered the report on ..."
    after_review = (
        False  # "The review, published by ... on DATE, found ... It was completed in October 2023 ..."
    )
    # narrative sentences whose readings wait for the date-attachment parse (batched after the loop, bounded)
    pending: list[tuple[str, list[FoundDate], list[_Candidate], int, int]] = []
    maybe_attacks: list[tuple[str, list[FoundDate], list[_Candidate], int, int]] = []
    tells_death = False  # the document says someone was killed or died (evidence an attack was the fatal one)
    learned_ids: set[int] = set()  # the sentence model's candidates (see _learned_fill)
    read = sentences(document)
    # a QA letter's lines before its "Dear ..." (page 1): addresses and the letter's own date
    dear = next((i for i, (s, p) in enumerate(read) if p == 1 and _DEAR.match(s)), -1) if letter_cues else -1
    signer_before = False  # the line before is a signature's role ("Independent Chair and Author")
    panel_rows = 0  # lines still to look at for the first dated row under a "Panel meetings" heading
    for position, (sentence, page) in enumerate(read):
        in_title = in_title and page == 1 and _title_like(sentence)
        if position < dear and _title_like(sentence):
            continue  # "Date: 5 October 2023" there is the letter's, read (if it clears the report) by _qa_letter
        if panel_rows and _title_like(sentence):
            # "2.3 Panel meetings" / "Meeting | Date" / "1 | 19 October 2021" / ...: the first dated row
            rows = [
                d for d in find_dates(sentence, default_year=last_year) if d.precision in ("day", "month")
            ]
            if rows:
                candidates.append(_Candidate("first_panel", rows[0], sentence, page, 1.5, position))
            panel_rows = 0 if rows else panel_rows - 1
        elif PANEL_HEADING.match(_lower(sentence)):
            panel_rows = 3
        else:
            panel_rows = 0
        if in_title:
            if _DIGIT.search(sentence):
                found = _title_candidates(sentence, title_before, page, position, last_year, title_named)
                low = _lower(sentence)
                if _PANEL_LIST.search(low) or model:  # "Dates of panel meetings: 4 May 2017; 19 July 2017"
                    dates = _occurrences(find_dates(sentence, default_year=last_year))
                    found = _with_panel_list(found, _panel_list(sentence, low, dates, page, position))
                    # the model's readings pass the title page's checks too (a page's stamp, a byline)
                    added = learned_readings(model, sentence, dates, found, page, position)
                    learned_ids.update(id(c) for c in added)
                    found.extend(_title_scope(added, sentence, low, title_before, 0, title_named))
                candidates.extend(field_readings(sentence, found, page, position, last_year))
            title_before = f"{title_before} {sentence}"[-160:]
            title_named = title_named or not stamp_only(_lower(sentence))
            for d in find_dates(sentence):
                if d.precision == "month" and title_months is not None:
                    title_months[int(d.iso[5:7])] = d.year
            years = _YEAR.findall(sentence)
            if years:
                last_year = int(years[-1])
            continue
        # cheap tests first: every date has a digit, every cue one of a few anchor words
        low = _lower(sentence)
        # "Dr A Sandhu / Independent Chair and Author / 14th December 2020" closing the report: its signing off
        if (
            (signer_before or _SIGNATURE.search(low))
            and _DIGIT.search(sentence)
            and SIGNED_DATE_LINE.match(low)
        ):
            signed = [
                d for d in find_dates(sentence, default_year=last_year) if d.precision in ("day", "month")
            ]
            if len(signed) == 1:
                candidates.append(_Candidate("report_completed", signed[0], sentence, page, 1.0, position))
        signer_before = _title_like(sentence) and bool(SIGNER_ROLE.search(low))
        tells_death = tells_death or bool(_KILLING_TOLD.search(low))
        anchored = bool(_ANCHOR.search(low))
        cued = anchored and bool(_ANY_CUE.search(low) or _PANEL_LIST.search(low))
        panel_cues = letter_cues or (_LETTER_CUES if after_qap or RESUBMISSION.search(low) else [])
        if panel_cues and not cued and _LETTER_ANCHOR.search(low):
            cued = any(cue.search(low) for _, cue, _ in panel_cues)
        if after_review and IT_COMPLETED[1].match(low):
            panel_cues, cued = [*panel_cues, IT_COMPLETED], anchored
        after_qap = bool(_QAP_RE.search(low))
        after_review = bool(REVIEW_SUBJECT.match(low))
        # a narrative sentence naming a death or an act near one: what each date attaches to is parsed
        attach = len(pending) < _MAX_PARSES and bool(
            _FULL_STOP.search(sentence) and timeline_attach.ATTACH_WORD.search(low)
        )
        if _DIGIT.search(sentence) and (cued or undated_death or (anchored and model) or attach):
            dates = _occurrences(sentence_dates(sentence, last_year, last_day, title_months))
            found = []
            if dates and cued:
                found = _candidates_in(sentence, dates, page, position, panel_cues)
                found = _with_panel_list(found, _panel_list(sentence, low, dates, page, position))
            if "(" in sentence and _KILLING_TOLD.search(low):  # "the death of Kim (1979 - 2018)"
                found.extend(_lifespan(sentence, dates, page, position))
            if dates and anchored:
                added = learned_readings(model, sentence, dates, found, page, position)
                learned_ids.update(id(c) for c in added)
                found.extend(added)
            # parsed only where it can change the reading: a death the rules read (to check what its date
            # attaches to), or a death verb or noun beside a date the rules left unread
            if dates and attach and _worth_parsing(low, dates, found):
                pending.append((sentence, dates, found, page, position))
                found = []
            candidates.extend(
                field_readings(sentence, found, page, position, last_year) if _title_like(sentence) else found
            )
            if dates and undated_death and not cued and dates[0].precision == "day":
                candidates.append(_Candidate("death", dates[0], sentence, page, 0.7, position))
            # "... who was 71 when she died." has a digit but no date: the death's date may come next
            undated_death = not dates and bool(cued and _DEATH_WORD.search(low))
        else:
            undated_death = bool(cued and _DEATH_WORD.search(low))
        if (
            len(maybe_attacks) < _MAX_ATTACKS
            and (not pending or pending[-1][4] != position)
            and _DIGIT.search(sentence)
            and _FULL_STOP.search(sentence)
            and len(sentence) <= timeline_attach.MAX_CHARS
            and _WOUNDING.search(low)
        ):  # parsed only if the document dates no death (see _only_attack)
            dates = _occurrences(sentence_dates(sentence, last_year, last_day, title_months))
            if dates:
                maybe_attacks.append((sentence, dates, [], page, position))
        attack_before = _attack_then_death(
            attack_before, sentence, low, page, position, last_year, candidates
        )
        years = _YEAR.findall(sentence)
        if years:
            last_year = int(years[-1])
            last_day = last_full_day(sentence, last_day)
            title_months = None
    verdicts = timeline_attach.verdicts_many([(sentence, dates) for sentence, dates, *_ in pending])
    for (sentence, dates, found, page, position), verdict in zip(pending, verdicts, strict=True):
        candidates.extend(_attached(verdict, sentence, dates, found, page, position))
    if tells_death and not any(c.event == "death" for c in candidates):
        more = timeline_attach.verdicts_many(
            [(sentence, dates) for sentence, dates, *_ in maybe_attacks], every=True
        )
        candidates.extend(
            _only_attack([*zip(pending, verdicts, strict=True), *zip(maybe_attacks, more, strict=True)])
        )
    candidates.extend(_qa_letter(document))
    return _choose(_learned_fill(candidates, learned_ids))


def _learned_fill(candidates: list[_Candidate], learned_ids: set[int]) -> list[_Candidate]:
    """The model's deaths fill a gap only: kept where the rules date no death in the document and the model dates
    one (a news report of one killing). A review's chronology dates many assaults the model may read as fatal;
    there, as with the rules' dated attacks (:func:`_only_attack`), they stay chronology."""
    if not learned_ids:
        return candidates
    rules = [c for c in candidates if id(c) not in learned_ids]
    learned = [c for c in candidates if id(c) in learned_ids]
    deaths = {c.date.iso for c in learned if c.event == "death"}
    if any(c.event == "death" for c in rules) or len(deaths) > 1:
        learned = [c for c in learned if c.event != "death"]
    return rules + learned


def _lifespan(sentence: str, dates: list[FoundDate], page: int, position: int) -> list[_Candidate]:
    """A life span in years after a name, in a sentence telling a death: its second year is the death's."""
    return [
        _Candidate("death", FoundDate(start, end, year, year, "year"), sentence, page, 1.0, position)
        for start, end, year in lifespan_years(sentence)
        if not any(d.start <= start < d.end for d in dates)
    ]


#: A death told somewhere in the document ("was murdered", "her death", "the killing"; not "attempted murder").
_KILLING_TOLD = re.compile(
    r"\b(?<!attempted )(?:died|death|killed|killing|killer|murder(?:ed|er)?|manslaughter|homicide|found dead|"
    r"fatally|fatal (?:injur|wound|stab|attack))"
)


def _only_attack(
    read: list[
        tuple[tuple[str, list[FoundDate], list[_Candidate], int, int], dict[int, timeline_attach.Verdict]]
    ],
) -> list[_Candidate]:
    """A dated attack on someone as the death, where the document tells a death, dates no death of its own and
    dates one attack only (a news report of a killing: "Linda, 74, suffered at least 15 stab wounds ... on
    DATE"). A review's chronology dates many assaults, and its death: there the attacks stay chronology."""
    attacks = [
        _Candidate("death", d, sentence, page, 0.5, position)
        for (sentence, dates, _, page, position), verdict in read
        for d in dates
        if verdict.get(d.start) in ("attack", "wounding")
        and d.precision in ("day", "month")
        # (not "... causing injuries from which she died two days later": a death after the attack's day)
        and not died_after(_lower(sentence), d)
        and not LATER_WORD.search(_lower(sentence), d.end)
    ]
    return attacks[:1] if len({c.date.iso for c in attacks}) == 1 else []


#: Sentences that may date an attack, kept for the fallback above (parsed only where no death is dated).
_WOUNDING = re.compile(
    r"\b(?:attacked|assaulted|stabbed|shot|strangled|hit|hitting|beat|beaten|battered|struck|punched|kicked|stamped|"
    r"stab wounds?|injuries)\b"
)
_MAX_ATTACKS = 20


def _attack_then_death(
    before: _Candidate | None,
    sentence: str,
    low: str,
    page: int,
    position: int,
    default_year: int | None,
    candidates: list[_Candidate],
) -> _Candidate | None:
    """Read a death told, undated, right after a sentence dating an attack ("Mr X set fire to the house on DATE;
    Ms Y died in the fire."), adding the attack's date as a weak death candidate; return this sentence's dated
    attack (one day-precision date and an attack word), for the next sentence."""
    has_digit = bool(_DIGIT.search(sentence))
    if before is not None and not has_digit and DEATH_NEXT.search(low) and not LATER_WORD.search(low):
        candidates.append(replace(before, score=0.7, position=position))
    if not has_digit or not ATTACK_WORD.search(low) or len(sentence) > 400:
        return None
    dates = _occurrences(find_dates(sentence, default_year=default_year))
    if len(dates) != 1 or dates[0].precision != "day":
        return None
    return _Candidate("death", dates[0], sentence, page, 0.7, position)


#: At most this many sentences of one document are parsed for date attachment (a long chronology names deaths
#: often); past it the rules decide alone.
_MAX_PARSES = 150


def _title_candidates(
    sentence: str, before: str, page: int, position: int, default_year: int | None, named: bool = False
) -> list[_Candidate]:
    """Events dated on the title page: the report's date (after the author, "Final", "Date:"), "Published ...",
    "Died ...", a life span (a bare bracketed date after a name is none). A procedure's date
    is no review's; an action plan's own date is not the report's (a listing of the report, its action plan and
    letter keeps its publication date)."""
    low = _lower(sentence)
    if _PROCESS_DOCUMENT.search(low):
        return []
    out = _title_readings(sentence, low, before, page, position, default_year)
    # dates are placed in "before | sentence"
    return _title_scope(out, sentence, low, before, len(before.strip()) + 3 if before.strip() else 0, named)


def _title_scope(
    out: list[_Candidate], sentence: str, low: str, before: str, shift: int, named: bool = False
) -> list[_Candidate]:
    """``out`` less the readings the title line's kind rules out (an action plan's, a letter's, a page's or a
    committee paper's date; a listing cell's bare date). ``shift``: where the sentence starts in the text the
    candidates' dates were found in."""
    if _ACTION_PLAN.search(low):
        out = [c for c in out if c.event == "publication"]
    listed = _PANEL_LIST.search(low)
    if listed:  # "Review panel meetings: 19 January 2021; ...": the meetings', not a report's
        out = [c for c in out if c.event != "report_completed"]
        # nor another stage's that a cue on a line before reaches ("Home Office informed: DATE" above
        # "Panel meetings: 6 April, 22 June ..."): a date the list gives is a meeting's
        out = [c for c in out if c.event == "first_panel" or c.date.start - shift < listed.start()]
    if _LETTER_LINE.search(low):
        out = [c for c in out if c.event in ("publication", "death")]
    if page_byline(low) or other_document_title(low):  # "Published ... by Press Office | 5 min read"
        out = [c for c in out if c.event not in _STAMP_EVENTS]
    elif not_a_report_title(low) or unreported_long_line(low):  # an agenda, a committee paper, a caption
        out = [c for c in out if c.event != "report_completed"]
    # "Published on Tuesday 01 December 2020": a page's stamp (``named``: a title page that named the review on
    # an earlier line, beyond ``before``)
    if not named and stamp_only(_lower(f"{before} {sentence}")):
        out = [c for c in out if c.event != "publication"]
    if unsigned_stamp(_lower(f"{before} {sentence}")):  # "Updated 17 February 2023 Share this page"
        out = [c for c in out if c.event != "report_completed"]
    return [
        c
        for c in out
        if c.event != "report_completed"
        or not unsaid_listing_date(sentence, c.date.start - shift, c.date.end - shift)
    ]


def _title_readings(
    sentence: str, low: str, before: str, page: int, position: int, default_year: int | None
) -> list[_Candidate]:
    # the line(s) just before on the title page: "Author - Anthony Wills" above "August 2016"
    text = f"{before.strip()} | {sentence}" if before.strip() else sentence
    offset = len(text) - len(sentence)
    dates = [d for d in _occurrences(find_dates(text, default_year=default_year)) if d.start >= offset]
    out: list[_Candidate] = []
    span_years: set[int] = set()
    for m in _LIFESPAN.finditer(sentence):
        born, died = int(m.group(1)), int(m.group(2))
        if 10 <= died - born <= 110:
            span_years.update((m.start(1) + offset, m.start(2) + offset))
            date = FoundDate(m.start(2) + offset, m.end(2) + offset, m.group(2), m.group(2), "year")
            out.append(_Candidate("death", date, sentence, page, 1.5, position))
    trailing = _TRAILING_YEAR.search(sentence)
    if trailing and not any(d.start <= trailing.start(1) + offset < d.end for d in dates):
        start = trailing.start(1) + offset
        dates.append(FoundDate(start, start + 4, trailing.group(1), trailing.group(1), "year"))
    dates = [
        d
        for d in dates
        if d.start not in span_years
        and not (text[: d.start].rstrip().endswith("(") and text[d.end :].lstrip().startswith(")"))
    ]
    # A bare bracketed date after a name ("Overview Report Elizabeth (March 2016) 10 January 2019", "... in the
    # case of Steven (March 2022)", "QA letter on the DHR for 'Rachael' (January 2020)") does not say whether
    # it is the death, the report, the publication or a letter: `other` by the team's conventions, no event.
    # "DOMESTIC HOMICIDE REVIEW 'SCOTT' OCTOBER 2015", "Domestic Homicide Review Dorothy/April 2018": a review
    # named by its subject and a month. The team labels that date `other` (not said to be the death; the
    # report's own date comes with its author), so it dates no event (annotations/real/README.md).
    dates = [d for d in dates if not _named_review_before(text[max(offset, d.start - 80) : d.start])]
    unsaid = unsaid_title_dates(text, dates, offset)  # a listing line, a draft row
    dates = [d for d in dates if d.start not in unsaid]
    if dates and _VERSION_TABLE.search(low):
        # a version history ("Version date / Changes 19/8/11 / Version 1 25/03/14 / ..."): only the latest
        # version dates the report, and weakly (a title page's own date outweighs it)
        latest = max(dates, key=lambda d: d.iso)
        return [*out, _Candidate("report_completed", latest, sentence, page, 0.5, position)]
    if dates:
        out.extend(
            replace(c, sentence=sentence)
            for c in _candidates_in(
                text,
                dates,
                page,
                position,
                [
                    ("death", _TITLE_DEATH, 2.5),
                    ("report_completed", _TITLE_REVISED, 2.0),
                    ("report_completed", _TITLE_ROLE, 1.5),
                    # (a line naming the QA panel names the report as what the panel handled: "Date the QA panel
                    # signed off the report: DATE" is the sign-off's date, not a cover's)
                    *([] if _QAP_RE.search(low) else [("report_completed", _TITLE_NAME, 0.8)]),
                ],
                top_only=True,
            )
        )
        # "... Arising from the death of 'Neil' – December 2020 Safer Devon Partnership November 2023": a
        # cover giving the death's date in its title gives the report's own date last
        # (the death's cue reaches the date right after it only)
        deaths = [c.date for c in out if c.event == "death"] if _TITLE_DEATH.search(low) else []
        last = dates[-1]
        if (
            deaths
            and last.start > min(d.start for d in deaths)
            and last.iso not in {d.iso for d in deaths if d is not last}
            and all(c.event == "death" for c in out if c.date is last)
        ):
            out = [c for c in out if c.date is not last]
            out.append(_Candidate("report_completed", last, sentence, page, 0.6, position))
    return out


def _qa_letter(document: Document) -> list[_Candidate]:
    """A Home Office QA feedback letter clearing a report: its date is the QA panel's sign-off."""
    found = qa_letter_sign_off(document)
    if found is None:
        return []
    date, snippet, page = found
    return [_Candidate("qap_signed_off", date, snippet, page, 3.0, 0)]


def _named_review_before(text: str) -> bool:
    """Does ``text`` end with a review's name and one capitalised or quoted name (see :data:`_NAMED_REVIEW`)?"""
    m = _NAMED_REVIEW.search(_lower(text))
    return bool(m) and not text[m.start("name")].islower()
