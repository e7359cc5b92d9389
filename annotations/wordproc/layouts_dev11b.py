"""The ``dev11/`` documents (second half) and the command that builds the set.

What they add (none of dev..dev10 has them): "Key learning" bullets and the "Recommendations" list under bold
body-text headings (no heading style); a Word list followed straight away, with no paragraph space, by the
chair's signature lines and a date; each recommendation a long Heading 3 numbered "8.1".. by an outline list,
with a typed contents page; a one-column table "Recommendations" with typed "1." rows over pages; agency-prefixed
numbers with a dot ("KP.1"); a table of full-width merged "Recommendation N" rows, each over a Text | Lead row;
a bare list number on a line of its own above the text; "1a", "1b", "2a" numbers; run-in "Recommendation No. 1
\u2013 " labels; a Word list carried on by typed numbers pasted in with the same hanging indent.

Build (needs ``soffice``): ``python -m annotations.wordproc.layouts_dev11b [--only NAME ...] [--no-pdf]``;
the set is scored like the others (``annotations.wordproc.score.score(["dev11"])``).
"""

import sys

from annotations.wordproc.batch import run_batch
from annotations.wordproc.gold import Gold, RealRec
from annotations.wordproc.layouts_dev3 import FILLER, _header_footer
from annotations.wordproc.layouts_dev4 import _intro, _justify_hyphenate, _toc
from annotations.wordproc.layouts_dev7 import CLOSING, PANEL_PROSE, _look, _opening, _shade_span_rows, _title
from annotations.wordproc.layouts_dev10 import LESSONS, _tab_numbered
from annotations.wordproc.layouts_dev11 import DEV11A, PDF_OPTIONS_11
from annotations.wordproc.layouts_dev11c import DEV11C
from annotations.wordproc.leads import KENT_NAMES, NORFOLK_NAMES, SEFTON_NAMES, gold_lead
from annotations.wordproc.parts import Builder, closing, pick
from annotations.wordproc.worddoc import Level, WordDoc

#: The chair's sign-off printed straight under the last recommendation (none of it a recommendation).
SIGN_OFF = ["Jane Roberts", "Independent Chair and Author", "March 2019"]


def _bold_line(w: WordDoc, text: str, size: float | None = None) -> None:
    """A heading typed as a bold body-text paragraph (Normal style, no outline level), kept with the next."""
    w.para(text, bold=True, size=size, keep_with_next=True)


def dev_learning_bold_body(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Calibri 11: the chapters Heading 1, but "Key learning" and "Recommendations" bold Normal paragraphs in
    12 pt; the learning as Word bullets, the recommendations a Word list "1."."""
    g = Gold("dev11-11-learning-bold-body", "Kent Community Safety Partnership", "Mr F5")
    w = WordDoc("Calibri", 11)
    _look(w, 1.08, 8)
    _title(w, g)
    w.heading("Introduction", 1)
    _intro(w, g, fill=1)
    w.heading("Conclusions", 1)
    w.para(PANEL_PROSE[0])
    _bold_line(w, "Key learning", 12)
    bullets = w.num(w.abstract([Level("bullet", "\uf0b7")]))
    for lesson in LESSONS:
        w.para(lesson, num=(bullets, 0))
    _bold_line(w, "Recommendations", 12)
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    for real in pick(pool, "Kent", "", 7, used):
        g.rec(real, w.para(real.text, num=(nid, 0)), "overview")
    w.heading("Glossary", 1)
    w.para("KSCS - Kent Specialist Children's Services.")
    _header_footer(w, f"Kent DHR {g.subject}", "Page {n} of {m}")
    return w, g


def dev_signature_after_list(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Arial 10, single spacing and no space between paragraphs: a Word list "1." ended by the chair's name,
    role and the month printed straight under the last item, then a new chapter."""
    g = Gold("dev11-12-signature-after-list", "Sefton Community Safety Partnership", "Adult R1")
    w = WordDoc("Arial", 10)
    _look(w, 1.0, 0)
    _opening(w, g, fill=2, prose=PANEL_PROSE[1:2], lead_in="The panel recommends that:")
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    for real in pick(pool, "Sefton", "", 7, used):
        g.rec(real, w.para(real.text, num=(nid, 0)), "overview")
    for line in SIGN_OFF:
        w.para(line)
    w.heading("Appendix A: Glossary", 1)
    w.para("IDVA - Independent Domestic Violence Advocate.")
    _header_footer(w, "Sefton DHR 2018 - Overview Report", "{n}")
    return w, g


def dev_recs_as_headings(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Calibri 11: an outline list numbers the Heading 1 chapters ("8") and each recommendation, set as a long
    Heading 3 ("8.1"), as authors do to list them in the contents; a typed contents page of the chapters; the
    panel's unnumbered comment under two of them."""
    g = Gold("dev11-13-recs-as-headings", "Norfolk County Community Safety Partnership", "Adult S1")
    w = WordDoc("Calibri", 11)
    _look(w, 1.08, 8)
    _title(w, g)
    _toc(w, [("1. Introduction", 2), ("2. Analysis", 3), ("3. Recommendations", 4), ("4. Glossary", 6)])
    nid = w.num(w.abstract([Level("decimal", "%1."), Level("decimal", "%1.%2")]))
    w.heading("Introduction", 1, num=(nid, 0))
    _intro(w, g, fill=1)
    w.heading("Analysis", 1, num=(nid, 0))
    w.para(PANEL_PROSE[2])
    w.heading("Recommendations", 1, num=(nid, 0))
    w.para("Each recommendation is set out below with the panel's comment where it made one.")
    for k, real in enumerate(pick(pool, "Norfolk", "", 6, used)):
        g.rec(real, w.heading(real.text, 3, num=(nid, 1)), "overview")
        if k in (1, 3):
            w.para(PANEL_PROSE[3] if k == 1 else FILLER)
    w.heading("Glossary", 1, num=(nid, 0))
    w.para("MASH - Multi-Agency Safeguarding Hub.")
    _header_footer(w, f"Norfolk DHR {g.subject}", "Page {n} of {m}")
    return w, g


def dev_one_column_table(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Arial 10 at 1.5: a one-column table headed "Recommendations" (repeated), each row a typed "1." and the
    text, rows split by page breaks."""
    g = Gold("dev11-14-one-column-table", "Kent Community Safety Partnership", "Mrs G6")
    w = WordDoc("Arial", 10)
    _look(w, 1.5, 6)
    _opening(
        w, g, fill=2, prose=PANEL_PROSE[:1], lead_in="The panel's recommendations are set out in the table."
    )
    reals = pick(pool, "Kent", "", 7, used)
    w.table(
        [["Recommendations"], *[[f"{k}. {r.text}"] for k, r in enumerate(reals, 1)]], [16.0], font_size=10
    )
    for k, real in enumerate(reals, 1):
        g.rec(real, str(k), "overview")
    w.para(CLOSING)
    closing(w, "KMPT - Kent and Medway NHS and Social Care Partnership Trust.", "Kent DHR 2017", "Page {n}")
    return w, g


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[0].isupper())[:4]


def dev_prefixed_dot_numbers(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Verdana 10 (substituted): bold agency lines, each over its items typed with the agency's initials, a dot
    and a count restarting per agency ("KP.1", "KP.2", "K.1"), a tab and the text hanging at 1.6 cm."""
    g = Gold("dev11-15-prefixed-dot-numbers", "Kent Community Safety Partnership", "Mr H7")
    w = WordDoc("Verdana", 10)
    _look(w, 1.15, 6)
    _opening(w, g, fill=1, lead_in="Each agency's recommendations carry its initials.")
    groups: dict[str, list[RealRec]] = {}
    for real in pick(pool, "Kent", "", 8, used):
        groups.setdefault(gold_lead(real, KENT_NAMES), []).append(real)
    for lead, reals in groups.items():
        w.para(lead, bold=True, keep_with_next=True)
        for k, real in enumerate(reals, 1):
            label = f"{_initials(lead)}.{k}"
            _tab_numbered(w, label, real.text, 1.6)
            g.rec(real, label, "overview")
    w.para(CLOSING)
    closing(w, "KSCS - Kent Specialist Children's Services.", f"Kent DHR {g.subject}", "{n}")
    return w, g


def dev_label_rows_merged(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Arial 10: a Recommendation | Lead agency table where each recommendation opens with a shaded full-width
    merged row "Recommendation N" over its text and Lead cells; header repeated."""
    g = Gold("dev11-16-label-rows-merged", "Norfolk County Community Safety Partnership", "Adult T1")
    w = WordDoc("Arial", 10)
    _look(w, 1.15, 6)
    _opening(w, g, fill=2, prose=PANEL_PROSE[3:4], lead_in="The recommendations and their leads:")
    reals = pick(pool, "Norfolk", "", 7, used)
    rows: list[list[str | None]] = [["Recommendation", "Lead agency"]]
    for k, real in enumerate(reals, 1):
        rows += [[f"Recommendation {k}"], [real.text, gold_lead(real, NORFOLK_NAMES)]]
    w.table(rows, [12.0, 4.0], font_size=10)
    _shade_span_rows(w)
    for k, real in enumerate(reals, 1):
        g.rec(real, str(k), "overview")
    w.para(CLOSING)
    closing(w, "NHCP - Norfolk Healthy Child Programme.", f"Norfolk DHR {g.subject}", "Page {n} of {m}")
    return w, g


def dev_number_line_above(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Times New Roman 12: each recommendation's typed number ("1.") a bold paragraph of its own, kept with the
    text paragraph under it."""
    g = Gold("dev11-17-number-line-above", "Nottingham Crime and Drugs Partnership", "Adult U1")
    w = WordDoc("Times New Roman", 12)
    _look(w, 1.0, 6)
    _opening(w, g, fill=1, prose=PANEL_PROSE[:1], lead_in="The panel recommends the following.")
    for k, real in enumerate(pick(pool, "Nottingham", "", 6, used), 1):
        w.para(f"{k}.", bold=True, keep_with_next=True)
        w.para(real.text)
        g.rec(real, str(k), "overview")
    w.para(CLOSING)
    closing(w, "NRN - Nottingham Recovery Network.", f"Nottingham DHR {g.subject}", "Page {n}")
    return w, g


def dev_sub_lettered_numbers(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Calibri 10.5, justified and hyphenated: typed "1a", "1b", "2a", "2b", "3" numbers, a tab and the text
    hanging at 1.2 cm (a recommendation's parts numbered with a letter)."""
    g = Gold("dev11-18-sub-lettered-numbers", "Norfolk County Community Safety Partnership", "Adult V1")
    w = WordDoc("Calibri", 10.5)
    _look(w, 1.1, 6)
    _justify_hyphenate(w)
    _opening(w, g, fill=2, prose=PANEL_PROSE[2:3], lead_in="The panel recommends:")
    labels = ["1a", "1b", "2a", "2b", "3", "4a", "4b"]
    for label, real in zip(labels, pick(pool, "Norfolk", "", 7, used), strict=True):
        _tab_numbered(w, label, real.text, 1.2)
        g.rec(real, label, "overview")
    w.para(CLOSING)
    closing(w, "MASH - Multi-Agency Safeguarding Hub.", f"Norfolk DHR {g.subject} (2018)", "Page {n} of {m}")
    return w, g


def dev_rec_no_dash(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Garamond 11 (substituted): bold run-in "Recommendation No. 1 \u2013 " labels, the text running on; a
    "Lead:" line after each naming its gold agencies."""
    g = Gold("dev11-19-rec-no-dash", "Sefton Community Safety Partnership", "Adult W1")
    w = WordDoc("Garamond", 11)
    _look(w, 1.1, 8)
    _opening(w, g, fill=1, prose=PANEL_PROSE[1:2])
    for k, real in enumerate(pick(pool, "Sefton", "", 6, used), 1):
        p = w.doc.add_paragraph()
        p.add_run(f"Recommendation No. {k} \u2013 ").bold = True
        p.add_run(real.text)
        g.rec(real, str(k), "overview")
        w.para(f"Lead: {gold_lead(real, SEFTON_NAMES)}")
    w.para(CLOSING)
    closing(w, "IDVA - Independent Domestic Violence Advocate.", "Sefton DHR 2020/01", "{n}")
    return w, g


def dev_typed_after_automatic(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Tahoma 10 (substituted): items 1-3 a Word list (hanging 1.1 cm), items 4-7 typed "4." and a tab with the
    same hanging indent, as when text is pasted in from another draft."""
    g = Gold("dev11-20-typed-after-automatic", "Kent Community Safety Partnership", "Mrs J8")
    w = WordDoc("Tahoma", 10)
    _look(w, 1.15, 6)
    _opening(w, g, fill=1, prose=PANEL_PROSE[3:4], lead_in="The panel makes the following recommendations:")
    nid = w.num(w.abstract([Level("decimal", "%1.")]))
    for k, real in enumerate(pick(pool, "Kent", "", 7, used), 1):
        if k <= 3:
            g.rec(real, w.para(real.text, num=(nid, 0)), "overview")
        else:
            _tab_numbered(w, f"{k}.", real.text, 1.1)
            g.rec(real, str(k), "overview")
    w.para(CLOSING)
    closing(
        w, "KMPT - Kent and Medway NHS and Social Care Partnership Trust.", f"Kent DHR {g.subject}", "{n}"
    )
    return w, g


DEV11B: dict[str, Builder] = {
    "dev11-11-learning-bold-body": dev_learning_bold_body,
    "dev11-12-signature-after-list": dev_signature_after_list,
    "dev11-13-recs-as-headings": dev_recs_as_headings,
    "dev11-14-one-column-table": dev_one_column_table,
    "dev11-15-prefixed-dot-numbers": dev_prefixed_dot_numbers,
    "dev11-16-label-rows-merged": dev_label_rows_merged,
    "dev11-17-number-line-above": dev_number_line_above,
    "dev11-18-sub-lettered-numbers": dev_sub_lettered_numbers,
    "dev11-19-rec-no-dash": dev_rec_no_dash,
    "dev11-20-typed-after-automatic": dev_typed_after_automatic,
}
DEV11: dict[str, Builder] = {**DEV11A, **DEV11B, **DEV11C}


def main(argv: list[str] | None = None) -> int:
    """Build ``dev11/`` with ``build.build`` (the same writer, PDF export and gold check as every set); its PDF
    options are added to the build's table for this run."""
    return run_batch(DEV11, "dev11", argv, PDF_OPTIONS_11)


if __name__ == "__main__":
    sys.exit(main())
