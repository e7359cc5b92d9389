"""The fourth part of ``dev7/`` (``dev7-20`` on), scored blind on its own after the first nineteen were fixed:
recommendations given twice (a summary table of references and short texts, then the body with titled
recommendations and a "Rationale" paragraph under each), a Home Office style template with one label/value
table a recommendation, and an executive-summary list repeated in the body under agency paragraphs.
"""

from docx.shared import Cm

from annotations.wordproc.layouts_dev3 import FILLER, _header_footer
from annotations.wordproc.layouts_dev4 import _intro, _justify_hyphenate
from annotations.wordproc.layouts_dev7 import PANEL_PROSE, _look, _opening, _title
from annotations.wordproc.leads import NOTTINGHAM_NAMES, real_lead
from annotations.wordproc.parts import closing, pick
from annotations.wordproc.worddoc import Gold, Level, RealRec, WordDoc

PDF_OPTIONS_7D: dict[str, str] = {
    "dev7-23-summary-list-body-legal": '{"SelectPdfVersion":{"type":"long","value":"2"}}',
}

#: Rationale paragraphs under titled recommendations (written here; not recommendations).
RATIONALE = [
    "Rationale: the chronology showed three referrals that were closed without a record of why.",
    "Rationale: staff told the panel that they were unsure which service held the lead once a case was open.",
    "Rationale: the family's contact with the surgery was frequent, but domestic abuse was never asked about.",
    "Rationale: practice differed between the two teams, and neither had been audited since the service moved.",
    "Rationale: the records of the last month were brief and did not show what had been decided.",
    "Rationale: the panel heard that the guidance had not been shared with agency staff.",
]


def dev_summary_refs_body_titles(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """DejaVu Sans 10.5: the executive summary's Ref | Recommendation | Lead table (typed "R1".., rows cut by
    the page break), then in the body bold "Recommendation R1" labels over the same texts, each followed by
    a "Lead agency:" line; each counts once."""
    g = Gold("dev7-20-summary-refs-body-titles", "Nottingham Crime and Drugs Partnership", "Adult W")
    w = WordDoc("DejaVu Sans", 10.5)
    _look(w, 1.15, 6)
    _title(w, g)
    w.heading("Executive summary", 1)
    w.para(PANEL_PROSE[0])
    reals = pick(pool, "Nottingham", "", 7, used)
    # each Lead names its recommendation's real addressee (a cycled list put a wrong agency beside the text)
    leads = [real_lead(real, NOTTINGHAM_NAMES) for real in reals]
    rows: list[list[str | None]] = [["Ref", "Recommendation", "Lead"]]
    for k, real in enumerate(reals, 1):
        rows.append([f"R{k}", real.text, leads[k - 1]])
    w.table(rows, [1.4, 11.6, 3.5], font_size=10)
    w.heading("Introduction", 1)
    _intro(w, g, fill=2)
    w.heading("Recommendations", 1)
    for k, real in enumerate(reals, 1):
        w.para(f"Recommendation R{k}", bold=True, keep_with_next=True)
        w.para(real.text)
        w.para(f"Lead agency: {leads[k - 1]}")
        g.rec(real, f"R{k}", "overview")
    gloss = "DVDS - Domestic Violence Disclosure Scheme."
    closing(w, gloss, f"Nottingham DHR {g.subject} - Overview Report", "Page {n} of {m}")
    return w, g


def dev_titles_rationale(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Liberation Serif 11.5: Heading 3 titles numbered "Recommendation %1:" by a Word list, the heading text
    a short topic, the recommendation in the paragraph under it and a "Rationale:" paragraph after it."""
    g = Gold("dev7-21-titles-rationale", "Kent Community Safety Partnership", "Mr Y")
    w = WordDoc("Liberation Serif", 11.5)
    _look(w, 1.1, 8)
    _opening(w, g)
    nid = w.num(w.abstract([Level("decimal", "Recommendation %1:")]))
    topics = ["Call handling", "Referral matrix", "Carers", "Discharge", "Children's contact", "Training"]
    for k, real in enumerate(pick(pool, "Kent", "", 6, used)):
        label = w.para(topics[k], style="Heading 3", num=(nid, 0), keep_with_next=True)
        w.para(real.text)
        w.para(RATIONALE[k])
        g.rec(real, label, "overview")
    closing(w, "KSCS - Kent Specialist Children's Services.", f"Kent DHR {g.subject}", "{n}")
    return w, g


def dev_label_value_template(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Liberation Sans 10: an action-plan template with one two-column label/value table a recommendation
    ("Recommendation number" | 3, "Recommendation" | text, "Scope" | Local, "Lead agency" | ...); tables
    cut by page breaks."""
    g = Gold("dev7-22-label-value-template", "Safer Cornwall", "Jowan")
    w = WordDoc("Liberation Sans", 10)
    _look(w, 1.0, 4)
    _opening(w, g, lead_in="Each recommendation is set out in the partnership's template below.")
    for k, real in enumerate(pick(pool, "Cornwall", "", 6, used), 1):
        # Scope and Lead agency are the recommendation's own (real level, real addressee), as the gold is
        rows: list[list[str | None]] = [
            ["Recommendation number", str(k)],
            ["Recommendation", real.text],
            ["Scope", real.level.capitalize()],
            ["Lead agency", real_lead(real)],
        ]
        w.table(rows, [4.0, 12.0], header_rows=0, font_size=10)
        g.rec(real, str(k), "overview")
    closing(w, "CIC - Community Interest Company.", f"Safer Cornwall DHR {g.subject}", "Page {n}")
    return w, g


def dev_summary_list_body_legal(pool: dict[str, list[RealRec]], used: set[str]) -> tuple[WordDoc, Gold]:
    """Liberation Serif 11, justified and hyphenated, PDF/A-2b: the executive summary lists the
    recommendations 1-6 (Word list); the body gives them again at `7.2.1`.. under bold agency paragraphs
    `7.2`, `7.3` of a legal list; each counts once, with the body's number."""
    g = Gold("dev7-23-summary-list-body-legal", "Kent Community Safety Partnership", "Mrs Z")
    w = WordDoc("Liberation Serif", 11)
    _justify_hyphenate(w)
    _look(w, 1.05, 6, justified=True)
    _title(w, g)
    w.heading("Executive summary", 1)
    w.para("The review makes six recommendations, set out in full in chapter 7:")
    summary = w.num(w.abstract([Level("decimal", "%1.")]))
    groups = (("Kent Police", "Kent Police", 2), ("KMPT", "KMPT", 2), ("KCC Adult Social Care", "KCC Adult", 1),
              ("Kent Specialist Children's Services", "KSCS", 1))  # fmt: skip
    picked = [
        (heading, real) for heading, addressee, n in groups for real in pick(pool, "Kent", addressee, n, used)
    ]
    for _heading, real in picked:
        w.para(real.text, num=(summary, 0))
    legal = w.num(
        w.abstract([Level("decimal", "%1."), Level("decimal", "%1.%2"), Level("decimal", "%1.%2.%3")]),
        restart={0: 6},
    )
    w.heading("Analysis", 1, num=(legal, 0))
    w.para(FILLER, num=(legal, 1))
    w.heading("Recommendations", 1, num=(legal, 0))
    w.para("The panel's recommendations are grouped by the agency that leads on each.", num=(legal, 1))
    current = None
    for heading, real in picked:
        if heading != current:
            w.para(heading, num=(legal, 1), bold=True, keep_with_next=True)
            current = heading
        g.rec(real, w.para(real.text, num=(legal, 2)), "overview", heading)
    w.doc.paragraphs[-1].paragraph_format.space_after = Cm(0.4)
    w.heading("Glossary", 1, num=(legal, 0))
    w.para("KMPT - Kent and Medway NHS and Social Care Partnership Trust.", num=(legal, 1))
    _header_footer(w, f"Kent DHR {g.subject} | Overview Report", "Page {n} of {m}")
    return w, g


DEV7D = {
    "dev7-20-summary-refs-body-titles": dev_summary_refs_body_titles,
    "dev7-21-titles-rationale": dev_titles_rationale,
    "dev7-22-label-value-template": dev_label_value_template,
    "dev7-23-summary-list-body-legal": dev_summary_list_body_legal,
}
