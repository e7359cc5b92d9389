"""A report's glossary: initials and short names it defines ('PCFT', 'the Board'), spelt out for the classifier.

Reports define most of their addressees once ("Pennine Care NHS Foundation Trust (PCFT)", a glossary table at the
back) and use the initials alone after that, so a recommendation classified on its own ("PCFT should ...") names
no agency the gazetteer knows. The extraction pipeline reads each document's glossary itself
(``extraction.agency_context.agency_acronyms``); a caller of ``POST /v1/classify`` or ``dhr classify`` who has
only the recommendations passes the glossary in. :func:`expand_glossary` is the one spelling-out both use.

The work is bounded whatever the caller sends: single-word keys (nearly all initials) are looked up word by word
in one pass over the text, so a glossary of hundreds of entries costs one scan, not one scan an entry; only the
first :data:`MAX_PHRASE_KEYS` keys of several words are matched one by one; each key is spelt out at most
:data:`MAX_REPLACEMENTS` times, so the text can grow by a bounded amount.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence

import pydantic

from dhr.errors import ValidationError
from dhr.schema.classification import MAX_GLOSSARY_ENTRIES, ClassifyInput, Glossary

#: Keys of several words matched one by one ("the Safeguarding Board", "0-19 team"); the rest are left as written.
MAX_PHRASE_KEYS = 50
#: Times one key is spelt out in one text.
MAX_REPLACEMENTS = 50

#: A word a single-word key can be: letters, digits and '&' ("PCFT", "B&NES", "A&E"), preceded by an optional
#: article so that a defined short name's "the" goes with it ("the Trust" -> "Northshire NHS Trust").
_WORD = re.compile(r"\b(?:(?P<the>[Tt]he)\s+)?(?P<word>[A-Za-z0-9&]+)\b")
_SINGLE = re.compile(r"[A-Za-z0-9&]+")

#: A glossary line of a text file: "PCFT - Pennine Care ...", "PCFT: ...", "PCFT = ...", "PCFT<tab>...",
#: "PCFT | ...", "PCFT, ..." (a CSV row).
_LINE = re.compile(
    r"^\s*(?P<key>[^\t:=|,]{1,40}?)\s*(?:\t+|\s[-\u2013\u2014]\s|[:=|,])\s*(?P<name>\S.{0,199})$"
)


def expand_glossary(text: str, glossary: Mapping[str, str]) -> str:
    """``text`` with each key of ``glossary`` spelt out as its name: a plain key ("PCFT") as a whole word, a key
    with an article ("the Board") with its article, at a sentence's start too; a one-word short name ("Humber")
    only where it stands alone, not inside a longer name. Case matters for plain keys (initials are written in
    capitals; "ASC" is not "asc")."""
    if not glossary or not text:
        return text
    plain: dict[str, str] = {}
    with_article: dict[str, str] = {}
    phrases: list[tuple[str, str]] = []
    for key, name in glossary.items():
        bare = key[4:] if key.startswith("the ") else key
        if _SINGLE.fullmatch(bare):
            (with_article if bare is not key else plain)[bare] = name
        elif len(phrases) < MAX_PHRASE_KEYS:
            phrases.append((key, name))
    if plain or with_article:
        used: dict[str, int] = {}

        def spell(m: re.Match[str]) -> str:
            word, the = m["word"], m["the"]
            name = with_article.get(word) if the else None
            if name is None:
                name = plain.get(word)
                if name is None or (word[1:].islower() and _inside_name(m.string, m.start("word"), m.end())):
                    return m[0]
                name = f"{the} {name}" if the else name  # the article stays before spelt-out initials
            used[word] = used.get(word, 0) + 1
            return name if used[word] <= MAX_REPLACEMENTS else m[0]

        text = _WORD.sub(spell, text)
    for key, name in phrases:
        if key.startswith("the "):
            pattern = rf"\b[Tt]he\s+{re.escape(key[4:])}\b"
        elif key in text:
            pattern = rf"\b{re.escape(key)}\b"
        else:
            continue
        if key.startswith("the ") or key.isupper():
            text = re.sub(pattern, lambda _m, n=name: n, text, count=MAX_REPLACEMENTS)
        else:
            # a short name of several words ("St Mary's", "Royal Free"): only where it stands alone, not inside
            # the full name it shortens ("St Mary's Hospitals NHS Trust") or another ("... and St Mary's Trust")
            text = re.sub(
                pattern,
                lambda m, n=name: m[0] if _inside_name(m.string, m.start(), m.end()) else n,
                text,
                count=MAX_REPLACEMENTS,
            )
    return text


#: A word or sign that carries a name on: a capitalised word (not a sentence's "The"), "and", "of", "&", or a
#: hyphen joining the word to another ("Humber-wide").
_NAME_BEFORE = re.compile(r"(?:\b(?!The\b)[A-Z][\w'’-]*\s+|\band\s+|\bof\s+|&\s+|-)$")
_NAME_AFTER = re.compile(r"-|\s+(?:and\b|of\b|&|[A-Z])")


def _inside_name(text: str, start: int, end: int) -> bool:
    """Whether the one-word short name at ``[start, end)`` ("Humber") is part of a longer name: a capitalised word,
    "and", "of", "&" or a hyphen right before or after it ("NHS Humber and North Yorkshire ICB", "Humber Road")."""
    return bool(_NAME_BEFORE.search(text, max(0, start - 40), start) or _NAME_AFTER.match(text, end))


def with_glossary(items: Sequence[ClassifyInput], glossary: Mapping[str, str] | None) -> list[ClassifyInput]:
    """The items with their text and context spelt out by ``glossary`` (copies; the caller's ids are kept)."""
    if not glossary:
        return list(items)
    return [
        it.model_copy(
            update={
                "text": expand_glossary(it.text, glossary),
                "context": expand_glossary(it.context, glossary) if it.context else it.context,
            }
        )
        for it in items
    ]


def parse_glossary(raw: str, where: str) -> dict[str, str]:
    """A glossary file's text: a JSON object {"PCFT": "Pennine Care NHS Foundation Trust", ...}, or one entry a
    line ("PCFT - Pennine Care ...", "PCFT: ...", "PCFT<tab>...", "PCFT, ..."; blank lines and '#' comments
    skipped). A line of another shape, or more than :data:`MAX_GLOSSARY_ENTRIES` entries, raises
    :class:`ValidationError` naming ``where`` and the line."""
    if raw.lstrip()[:1] in ("{", "["):
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise ValidationError(f"{where}: not valid JSON ({exc.msg}, line {exc.lineno})") from None
        if not isinstance(data, dict):
            raise ValidationError(
                f"{where}: expected a JSON object of initials -> name, got {type(data).__name__}"
            )
    else:
        data = {}
        for no, line in enumerate(raw.splitlines(), 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            m = _LINE.match(line)
            if m is None:
                raise ValidationError(
                    f"{where}:{no}: expected 'INITIALS - name' (or ':', '=', '|', ',' or a tab between), "
                    f"got {line[:80]!r}"
                )
            data[m["key"].strip()] = m["name"].strip()
            if len(data) > MAX_GLOSSARY_ENTRIES:
                break
    try:
        return _GLOSSARY.validate_python(data)
    except pydantic.ValidationError as exc:
        err = exc.errors()[0]
        field = ".".join(str(p) for p in err.get("loc", ())) or "glossary"
        raise ValidationError(f"{where}: {field}: {err.get('msg', 'invalid')}") from None


_GLOSSARY: pydantic.TypeAdapter[dict[str, str]] = pydantic.TypeAdapter(Glossary)
