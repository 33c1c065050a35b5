"""Load spaCy pipelines once per process, with an entity ruler fed from our gazetteer and actors."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from spacy.util import compile_infix_regex

from ..errors import ModelError
from .triggers import doc_text


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break always ends a sentence (titles, datelines, paragraphs); a bracket right
    after a word never starts one."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text or "\n" in doc[token.i - 1].whitespace_:
            token.is_sent_start = True
        elif token.text in {"[", "("} and not doc[token.i - 1].is_punct:
            token.is_sent_start = False  # "the village of X [Y] (A, B)" is one sentence
    return doc


# Components we never need: keeps extraction fast.
_UNUSED = ("textcat", "textcat_multilabel")


@lru_cache(maxsize=8)
def load_model(model: str) -> Language:
    """The spaCy model ``model`` (an installed package name or a path)."""
    try:
        nlp = spacy.load(model, exclude=list(_UNUSED))
    except OSError as exc:
        raise ModelError(
            f"spaCy model {model!r} is not installed",
            hint="install the project (`make install`) or set model_en/model_fr to an installed model",
        ) from exc
    return nlp


LOCATIVE = frozenset({
    "in", "at", "near", "from", "to", "outside", "around", "towards", "toward", "between", "of",
    "à", "a", "au", "aux", "de", "d'", "du", "dans", "près", "vers", "entre", "autour", "sur",
})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


# Place-name sets handed to pipeline components by key (a cache, filled once per process).
_PLACE_SETS: dict[str, frozenset[str]] = {}
# Exact gazetteer tests (any feature class) handed to pipeline components by the same key.
_PLACE_TESTS: dict[str, Callable[[str], bool]] = {}
MAX_NAME_TOKENS = 4


def build_pipeline(
    model: str,
    *,
    strong_places: Sequence[str],
    weak_places: Sequence[str],
    actor_patterns: Sequence[dict[str, Any]],
    is_place: Callable[[str], bool] | None = None,
) -> Language:
    """A fresh pipeline of ``model`` with our gazetteer and actor table around the NER.

    Countries, regions, big towns and named armed groups are set before the statistical NER
    (so "Mali" is never a person). Village names only fill gaps the NER left, and a name the
    NER took for a person or an organisation becomes a place when a locative word precedes
    it ("à Tonka", "near Kobri"): many Sahel villages share their names with people.
    ``is_place`` (a name → whether the gazetteer knows it exactly, whatever its feature
    class) admits camps, localities and mines the ruler lists leave out, after a locative.
    """
    try:
        nlp = spacy.load(model, exclude=list(_UNUSED))
    except OSError as exc:
        raise ModelError(
            f"spaCy model {model!r} is not installed",
            hint="install the project (`make install`) or set model_en/model_fr to an installed model",
        ) from exc
    if "paragraph_breaks" not in nlp.pipe_names:
        nlp.add_pipe("paragraph_breaks", first=True)
    # a full stop glued to a bracket ends the word: "in Dori.[size=dozens]"
    infixes: list[Any] = [*(nlp.Defaults.infixes or ()), r"(?<=\w)\.(?=\[)"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer  # type: ignore[union-attr]
    has_ner = "ner" in nlp.pipe_names
    strong = nlp.add_pipe("entity_ruler", name="strong_ruler", config={"overwrite_ents": True},
                          before="ner" if has_ner else None)
    patterns: list[dict[str, Any]] = [{"label": "GPE", "pattern": name} for name in strong_places]
    patterns.extend(actor_patterns)
    with nlp.select_pipes(enable=[]):
        strong.add_patterns(patterns)  # type: ignore[attr-defined]
    key = f"{len(weak_places)}:{hash(tuple(weak_places))}"
    _PLACE_SETS.setdefault(key, frozenset(weak_places))
    _PLACE_SETS.setdefault(key + ":all", frozenset(weak_places) | frozenset(strong_places))
    if is_place is not None:
        _PLACE_TESTS.setdefault(key, is_place)
    nlp.add_pipe("gazetteer_places", config={"key": key})
    return nlp


# Toponyms the statistical NER misses but the words around them give away: "the village of
# X", "the villages of X, Y and Z", and a name followed by its admin areas in parentheses,
# "X (Goundam, Tombouctou)" (checked against the gazetteer's names).
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’]*(?:[-‐][\w'’]+)*"
_CUE_NAME = rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}"
_CUE_WORDS = {
    "en": (
        r"\b(?:villages?|towns?|localit(?:y|ies)|hamlets?|settlements?|camps?|city|cities|"
        r"communes?|areas?|vicinity|outskirts|surroundings|market|forest|cercle|districts?|"
        r"municipality|department|sector|quarters?|neighbou?rhoods?|islands?|sites?)\s+of\s+(?:the\s+)?"
    ),
    "fr": (
        r"\b(?:villages?|villes?|localités?|hameaux?|hameau|campements?|camps?|communes?|"
        r"zones?|secteurs?|environs|alentours|périphérie|marché|forêt|cercle|département|"
        r"arrondissement|quartiers?|îles?|sites?)\s+(?:de\s+(?:la\s+|l['’]\s*)?|d['’]\s*|du\s+|des\s+)"
    ),
}
_LIST_TAIL = r"(?:\s*,\s*(?:and\s+|et\s+)?|\s+(?:and|et)\s+)"
_PAREN_ADMIN = re.compile(
    rf"(?P<place>{_CUE_NAME})\s*\(\s*(?P<a>{_CUE_NAME})\s*(?:[,/;]\s*(?P<b>{_CUE_NAME})\s*)?\)"
)
_SWALLOWED = re.compile(r"[(),;]")
# Capitalised words that start a sentence or a cue rather than a name.
_LEADING_WORDS = frozenset({
    "in", "on", "at", "near", "the", "from", "to", "around", "between", "and", "of", "a",
    "le", "la", "les", "l", "à", "au", "aux", "dans", "près", "vers", "entre", "de", "du",
    "des", "et", "en", "sur",
})
# Lower-case words after a village-name reading that show a group of people, not a place
# ("Dogon civilians", "Bellah militiamen").
_GROUP_NOUNS = frozenset({
    "militiamen", "militia", "militias", "militants", "civilians", "community", "communities",
    "herders", "pastoralists", "fighters", "men", "women", "youths", "youth", "traders",
    "merchants", "merchant", "hunters", "farmers", "villagers", "elders", "chiefs", "people",
    "miliciens", "milices", "civils", "communauté", "éleveurs", "chasseurs", "combattants",
})


@lru_cache(maxsize=4)
def _cue_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    cue = _CUE_WORDS.get(lang, _CUE_WORDS["en"])
    first = re.compile(rf"(?i:{cue})(?P<name>{_CUE_NAME})")
    more = re.compile(rf"{_LIST_TAIL}(?P<name>{_CUE_NAME})")
    return first, more


def _trim_name(text: str, start: int, end: int, keys: frozenset[str]) -> tuple[int, int] | None:
    """Drop capitalised function words at the front of a name ("In Gao" → "Gao") unless the
    whole name is a known place; None when nothing is left."""
    from ..geo.normalize import name_key

    name = text[start:end]
    while True:
        if name_key(name) in keys:
            return start, end
        head, _, rest = name.partition(" ")
        if not rest or head.casefold().strip("'’") not in _LEADING_WORDS:
            return (start, end) if name else None
        start += len(head) + 1
        name = rest


# "the Dogon village of X", "the Fulani community": a name right before such a word is a people.
_PEOPLE_BEFORE_FEATURE = {
    "en": re.compile(
        rf"(?P<name>{_NAME_WORD})\s+(?:villages?|hamlets?|communit(?:y|ies))\b"
    ),
}


def people_before_feature(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans of capitalised words used as an adjective of a settlement word: "Dogon" in
    "the Dogon village of Were" (English puts the people before the noun)."""
    pattern = _PEOPLE_BEFORE_FEATURE.get(lang)
    if pattern is None:
        return []
    return [(m.start("name"), m.end("name")) for m in pattern.finditer(text)]


def cue_place_spans(
    text: str, lang: str, keys: frozenset[str], *, is_place: Callable[[str], bool] | None = None
) -> list[tuple[int, int]]:
    """Character spans of toponyms given away by their context: after a feature word ("the
    village of X", "the villages of X, Y and Z"), or followed by admin names in parentheses
    that ``keys`` (gazetteer name keys) or ``is_place`` knows, "X (Goundam, Tombouctou)" —
    both the place and the admin names; an admin name that joins a commune and its province
    with a hyphen ("X (Pobe-Mengao-Soum, Sahel)") gives both when ``keys`` lists them."""
    from ..geo.normalize import name_key

    spans: list[tuple[int, int]] = []
    first, more = _cue_patterns(lang if lang in _CUE_WORDS else "en")
    for match in first.finditer(text):
        pos = match.start("name")
        end = match.end("name")
        while True:
            spans.append((pos, end))  # right after "of": a leading "In" is part of the name
            follow = more.match(text, end)
            if follow is None:
                break
            pos, end = follow.start("name"), follow.end("name")
    for match in _PAREN_ADMIN.finditer(text):
        admins = [g for g in ("a", "b") if match.group(g)]
        outer = match.group(admins[-1])  # the outermost area must be known
        if name_key(outer) not in keys and not (is_place is not None and is_place(outer)):
            continue
        trimmed = _trim_name(text, match.start("place"), match.end("place"), keys)
        if trimmed:
            spans.append(trimmed)
        for g in admins:
            start, end = match.start(g), match.end(g)
            parts = _hyphen_parts(text, start, end, lambda n: 2 if name_key(n) in keys else 0)
            spans.extend((a, b) for a, b, _ in parts)
    unique = sorted(set(spans), key=lambda se: (se[0], -se[1]))
    return [
        (a, b) for a, b in unique if not any(c <= a and b <= d and (c, d) != (a, b) for c, d in unique)
    ]


# Labels the statistical NER gives a village it does not know: an organisation ("in Manni"),
# a person, a people, a product, a work of art ("between Guienbile and Barsalogo"), a number.
_MISREAD_LABELS = frozenset({
    "ORG", "PERSON", "PER", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "MISC", "CARDINAL",
})
# Misreadings that are as likely a person or a people as a village: a place only after a cue.
_PEOPLE_LABELS = frozenset({"PERSON", "PER", "NORP"})
# Words right before a name that make it a place even when the gazetteer lacks the name:
# prepositions of place, "between X and Y", "the axis X-Y", "entered X".
_STRONG_CUES = frozenset({
    "in", "near", "into", "between", "outside", "around", "inside", "axis", "entered",
    "à", "dans", "près", "entre", "autour", "axe",
})
_PLACE_CUES = LOCATIVE | _STRONG_CUES | {"through", "via", "across", "fled", "flee", "reached", "par"}
_DISTANCE_UNIT = re.compile(r"(?:km|kms|kilom[eè]t(?:er|re)s?|miles?)$")
_DETERMINERS = frozenset({"the", "le", "la", "les", "l'", "l’"})
_LIST_WORDS = frozenset({"and", "et", ",", "or", "ou", "/"})
# Places listed in one entity: "X and Y", "X, Y", "X/Y", "X et Y".
_LIST_SPLIT = re.compile(r"\s*(?:,|/|&|\band\b|\bet\b)\s*")
_HYPHEN_TOKENS = frozenset({"-", "‐", "‑", "–"})
_HYPHEN = re.compile(r"\s*[-‐‑–]\s*")
# An institution named after its place: "the University of X", "la mairie de X".
_OF_PLACE = re.compile(rf"\b(?:of|de|du|d['’])\s*(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}})$")


def _hyphen_parts(text: str, start: int, end: int, level: Callable[[str], int]) -> list[tuple[int, int, int]]:
    """``text[start:end]`` as one name, or split at hyphens into listed names when the whole
    is not one ("Mentao-Djibo", "Gorom Gorom-Dori", "Pobe-Mengao-Soum")."""
    whole = level(text[start:end])
    seps = list(_HYPHEN.finditer(text, start, end))
    if whole or not seps:
        return [(start, end, whole)]
    pieces: list[tuple[int, int]] = []
    pos = start
    for sep in seps:
        pieces.append((pos, sep.start()))
        pos = sep.end()
    pieces.append((pos, end))
    out: list[tuple[int, int, int]] = []
    i = 0
    while i < len(pieces):
        for j in range(len(pieces), i, -1):
            a, b = pieces[i][0], pieces[j - 1][1]
            found = level(text[a:b]) if b > a else 0
            if found == 2:  # a piece the ruler lists ("Site" alone is some place somewhere)
                out.append((a, b, found))
                i = j
                break
        else:
            return [(start, end, 0)]
    return out


def name_parts(text: str, level: Callable[[str], int], *, route: bool = False) -> list[tuple[int, int, int]]:
    """(start, end, level) of each place name in an entity's text, ``level`` telling how well
    the gazetteer knows it (0: not at all): "Boungou and Ougarou" gives two names; with
    ``route`` (the words around name a road) so does "Mentao-Djibo", unless the whole is
    itself a name ("Bobo-Dioulasso")."""
    whole = level(text)
    if whole:
        return [(0, len(text), whole)]
    out: list[tuple[int, int, int]] = []
    pos = 0
    for sep in [*_LIST_SPLIT.finditer(text), None]:
        end = sep.start() if sep else len(text)
        if text[pos:end].strip():
            if route:
                out.extend(_hyphen_parts(text, pos, end, level))
            else:
                a = pos + len(text[pos:end]) - len(text[pos:end].lstrip())
                b = pos + len(text[pos:end].rstrip())
                out.append((a, b, level(text[a:b])))
        if sep is None:
            break
        pos = sep.end()
    return out


def _cue_before(doc: Doc, i: int) -> str:
    """"strong" when a locative cue word stands right before token ``i``, "weak" when one
    stands before a determiner there ("at the X mine") or a plainer preposition does,
    "" otherwise."""
    if i == 0:
        return ""
    before = doc[i - 1].lower_
    if before in _STRONG_CUES or (i > 1 and doc[i - 2].lower_ in {"near", "près"}):
        return "strong"
    if before in {"from", "de", "of", "du"} and i > 1 and _DISTANCE_UNIT.search(doc[i - 2].lower_):
        return "strong"  # "25 km from X", "two kilometers from X", "à 10 km de X"
    if before in _PLACE_CUES:
        return "weak"
    if before in _DETERMINERS and i > 1 and doc[i - 2].lower_ in _PLACE_CUES:
        return "weak"
    return ""


def _name_shaped(text: str) -> bool:
    """Capitalised words, not an acronym, no digits."""
    letters = [c for c in text if c.isalpha()]
    return (
        bool(letters) and text[:1].isupper() and not all(c.isupper() for c in letters)
        and not any(c.isdigit() for c in text)
    )  # fmt: skip


def relabel_misread_places(doc: Doc, level: Callable[[str], int]) -> None:
    """Turn the NER's misreadings of toponyms into places: a name the entity ruler lists,
    read as an organisation or a product ("the Kantchari border post"); one the gazetteer
    knows in any form (hyphen or accent variants, camps, localities) or does not know at all,
    after a locative cue ("in Manni", "near Essakan-Site"); people and person readings of
    listed names after a cue only; lists and axes split into their places ("between Boungou
    and Ougarou", "the axis Mentao-Djibo"); an institution's place ("University of Dori").
    Entities of the actor ruler (they carry an id) are left alone."""
    ents = list(doc.ents)
    changed = False
    out: list[SpacySpan] = []
    place_end = -1  # the token after the last place: "X and Y", "X, Y" continue a list
    for ent in ents:
        if ent.label_ in PLACE_LABELS:
            place_end = ent.end
            split = _split_joined_place(doc, ent, level) or _trim_place_tail(doc, ent, level)
            if split is not None:
                changed = True
                out.extend(split)
                continue
        if ent.label_ not in _MISREAD_LABELS or ent.ent_id_:
            out.append(ent)
            continue
        cue = _cue_before(doc, ent.start)
        if not cue and ent.start >= 2 and place_end == ent.start - 1 and doc[ent.start - 1].lower_ in _LIST_WORDS:
            cue = "strong"
        if not cue and _left_word(doc, ent, out):
            # "in Garin Gado Chawey": the NER kept the name's first word out
            ent = SpacySpan(doc, ent.start - 1, ent.end, label=ent.label_)
            cue = "strong"
        spans = _misread_spans(doc, ent, cue, level)
        if spans is None:
            out.append(ent)
            continue
        changed = True
        place_end = spans[-1].end
        out.extend(spans)
    if changed:
        doc.ents = sorted(out, key=lambda e: e.start)


# Words before or after "X-Y" that make it a road between two places, not one name.
_ROUTE_BEFORE = frozenset({"axis", "road", "route", "highway", "axe", "tronçon", "("})
_ROUTE_AFTER = frozenset({"axis", "road", "route", "highway", "roads", "axe", "axes"})


def _route_context(doc: Doc, ent: SpacySpan) -> bool:
    """Whether ``ent`` stands where a road between places is named ("the axis X-Y", "the X-Y
    road") or an admin area in parentheses ("(Pobe-Mengao-Soum, Sahel)")."""
    before = doc[ent.start - 1].lower_ if ent.start else ""
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    return before in _ROUTE_BEFORE or after in _ROUTE_AFTER


def _trim_place_tail(doc: Doc, ent: SpacySpan, level: Callable[[str], int]) -> list[SpacySpan] | None:
    """A place reading that ran on over lower-case words ("à Pobe-Mengao la nuit"), cut
    back to the known name it starts with; None to keep it."""
    if ent.ent_id_ or len(ent) < 2 or not ent[-1].is_lower or level(ent.text):
        return None
    for end in range(ent.end - 1, ent.start, -1):
        last = doc[end - 1]
        if last.is_lower:
            continue
        if level(doc[ent.start : end].text):
            return [SpacySpan(doc, ent.start, end, label=ent.label_)]
        return None
    return None


def _split_joined_place(doc: Doc, ent: SpacySpan, level: Callable[[str], int]) -> list[SpacySpan] | None:
    """A place reading the gazetteer does not know, made of listed names joined by hyphens,
    where a road or an admin area is named ("the axis Mentao-Djibo", "(Pobe-Mengao-Soum,
    Sahel)"), as those names; None to keep it."""
    if ent.ent_id_ or not any(t.text in _HYPHEN_TOKENS for t in ent) or not _route_context(doc, ent):
        return None
    if level(ent.text):
        return None
    parts = _hyphen_parts(ent.text, 0, len(ent.text), level)
    if len(parts) < 2:
        return None
    spans = [
        doc.char_span(ent.start_char + a, ent.start_char + b, label=ent.label_, alignment_mode="contract")
        for a, b, _ in parts
    ]
    kept = [sp for sp in spans if sp is not None and len(sp)]
    return kept or None


_CUED_NAME = re.compile(_CUE_NAME)


_BRACKETED = re.compile(rf"\[\s*(?P<name>{_NAME_WORD}(?:[ \t]+[\w'’-]+){{0,3}})\s*\]")


def prefer_bracketed_names(doc: Doc) -> None:
    """"X [Y]": an editor's square brackets give the name to use for the place X, the
    whole of Y as one name ("the village Tonou [Tondo Erkokoni]", "K06 [Touba-Koura K06]");
    X stops being a place."""
    text = doc_text(doc)
    if "[" not in text:
        return
    ents = list(doc.ents)
    changed = False
    for match in _BRACKETED.finditer(text):
        inside = [e for e in ents if e.start_char < match.end("name") and match.start("name") < e.end_char]
        if not any(e.label_ in PLACE_LABELS for e in inside):
            continue
        span = doc.char_span(match.start("name"), match.end("name"), label="GPE", alignment_mode="contract")
        if span is None or not len(span):
            continue
        before = [e for e in ents if e.end == span.start - 1 and e.label_ in PLACE_LABELS]
        ents = [e for e in ents if e not in inside and e not in before] + [span]
        changed = True
    if changed:
        doc.ents = sorted(ents, key=lambda e: e.start)


def add_cued_names(doc: Doc, level: Callable[[str], int]) -> None:
    """A capitalised name that no entity covers, right after a locative cue ("in",
    "near", "between", "à"), becomes a place when the gazetteer knows it in any form:
    camps and localities the ruler does not list, hyphenated names ("in Ti-n-Samane")."""
    ents = list(doc.ents)
    taken = {i for e in ents for i in range(e.start, e.end)}
    text = doc_text(doc)
    new: list[SpacySpan] = []
    for token in doc[:-1]:
        if token.lower_ not in _STRONG_CUES and token.lower_ != "at":
            continue
        nxt = doc[token.i + 1]
        if nxt.i in taken or not nxt.text[:1].isupper():
            continue
        match = _CUED_NAME.match(text, nxt.idx)
        if match is None:
            continue
        words = match.group(0).split()
        for count in range(len(words), 0, -1):
            name = " ".join(words[:count])
            if level(name) < 1:
                continue
            span = doc.char_span(nxt.idx, nxt.idx + len(name), label="GPE", alignment_mode="contract")
            if span is not None and len(span) and not any(i in taken for i in range(span.start, span.end)):
                new.append(span)
                taken.update(range(span.start, span.end))
            break
    if new:
        doc.ents = sorted(ents + new, key=lambda e: e.start)


def _left_word(doc: Doc, ent: SpacySpan, before: list[SpacySpan]) -> bool:
    """Whether a capitalised word outside any entity stands between a strong locative cue
    and ``ent``: "in Garin [Gado Chawey]"."""
    i = ent.start - 1
    if i < 1 or not doc[i].is_title or (before and before[-1].end > i):
        return False
    return doc[i - 1].lower_ in _STRONG_CUES


def _misread_spans(
    doc: Doc, ent: SpacySpan, cue: str, level: Callable[[str], int]
) -> list[SpacySpan] | None:
    """The place spans that replace ``ent``, or None to keep it."""
    if len(ent) > 1 and ent[-1].is_lower and ent.label_ != "ORG" and not level(ent.text):
        end = ent.end
        while end > ent.start and not doc[end - 1].text[:1].isupper():
            end -= 1  # "dans Pobe-Mengao la nuit": the name ends at its last capital
        if end == ent.start:
            return None
        ent = SpacySpan(doc, ent.start, end, label=ent.label_)
    name = ent.text
    if ent.label_ == "ORG":
        tail = _OF_PLACE.search(name)
        if tail and level(tail.group("name")):
            span = doc.char_span(ent.start_char + tail.start("name"), ent.start_char + tail.end("name"),
                                 label="GPE", alignment_mode="contract")
            return [span] if span is not None and len(span) else None
    if not _name_shaped(name) or name.split(" ", 1)[0].casefold() in _LEADING_WORDS:
        return None
    if ent.end < len(doc) and doc[ent.end].lower_ in {"'s", "’s"} | _GROUP_NOUNS:
        return None
    parts = name_parts(name, level, route=_route_context(doc, ent))
    people = ent.label_ in _PEOPLE_LABELS

    def accepted(lvl: int, part: str) -> bool:
        if lvl == 2:
            return bool(cue) or not people
        if lvl == 1:
            return bool(cue)
        return cue == "strong" and _name_shaped(part)

    kept: list[SpacySpan] = []
    for a, b, lvl in parts:
        if not accepted(lvl, name[a:b]):
            continue
        span = doc.char_span(ent.start_char + a, ent.start_char + b, label="GPE", alignment_mode="contract")
        if span is not None and len(span):
            kept.append(span)
    if not kept:
        return None
    return kept


@Language.factory("gazetteer_places", default_config={"key": ""})
def make_gazetteer_places(nlp: Language, name: str, key: str) -> Any:
    """Village names as GPE where the NER found nothing, and in place of a person or
    organisation reading when a locative word precedes the name."""
    from ..geo.normalize import name_key

    known = _PLACE_SETS.get(key, frozenset())
    every_key = frozenset(name_key(n) for n in _PLACE_SETS.get(key + ":all", known))
    first_words = frozenset(name.split(" ", 1)[0].split("-", 1)[0] for name in known)

    exact = _PLACE_TESTS.get(key)

    def level(name: str) -> int:
        """2: a ruler name; 1: a name the gazetteer knows otherwise; 0: unknown."""
        if name_key(name) in every_key:
            return 2
        return 1 if exact is not None and exact(name) else 0

    def tag(doc: Doc) -> Doc:
        relabel_misread_places(doc, level)
        add_cued_names(doc, level)
        _fill_gaps(doc)
        _add_cued(doc)
        _drop_people(doc)
        prefer_bracketed_names(doc)
        return doc

    def _drop_people(doc: Doc) -> None:
        spans = set(people_before_feature(doc_text(doc), nlp.lang or "en"))
        if not spans:
            return
        ents = list(doc.ents)
        kept = [
            e for e in ents
            if not (e.label_ in PLACE_LABELS and (e.start_char, e.end_char) in spans)
        ]  # fmt: skip
        if len(kept) != len(ents):
            doc.ents = kept

    def _add_cued(doc: Doc) -> None:
        cued: list[SpacySpan] = []
        for start, end in cue_place_spans(doc_text(doc), nlp.lang or "en", every_key,
                                          is_place=lambda n: level(n) > 0):
            span = doc.char_span(start, end, label="GPE", alignment_mode="contract")
            if span is not None and len(span) > 0:
                cued.append(span)
        if not cued:
            return
        ents = list(doc.ents)
        kept: list[SpacySpan] = []
        for span in cued:
            # an existing place reading that covers the cued span is kept as it is, unless
            # it swallowed a list or the admin areas ("Mentao (Pobe-Mengao, Soum)")
            if any(e.label_ in PLACE_LABELS and e.start <= span.start and e.end >= span.end
                   and not _SWALLOWED.search(e.text) for e in ents):
                continue
            if any(k.start < span.end and span.start < k.end for k in kept):
                continue
            kept.append(span)
        if not kept:
            return
        others = [e for e in ents if not any(e.start < k.end and k.start < e.end for k in kept)]
        doc.ents = sorted(others + kept, key=lambda e: e.start)

    def _fill_gaps(doc: Doc) -> None:
        ents = list(doc.ents)
        taken = {i for e in ents for i in range(e.start, e.end)}
        new: list[SpacySpan] = []
        i = 0
        n = len(doc)
        while i < n:
            token = doc[i]
            if i in taken or not token.text[:1].isupper() or token.text not in first_words:
                i += 1
                continue
            # hyphens are tokens of their own: "Ti-n-Samane" is five
            hyphens = sum(1 for t in doc[i + 1 : i + 2 * MAX_NAME_TOKENS] if t.text in _HYPHEN_TOKENS)
            for width in range(min(MAX_NAME_TOKENS + 2 * hyphens, n - i), 0, -1):
                if any(j in taken for j in range(i, i + width)):
                    continue
                span = doc[i : i + width]
                if span.text in known:
                    after = doc[i + width] if i + width < n else None
                    if after is None or after.lower_ not in _GROUP_NOUNS:
                        new.append(SpacySpan(doc, i, i + width, label="GPE"))
                    i += width - 1
                    break
            i += 1
        if not new:
            return
        doc.ents = sorted(ents + new, key=lambda e: e.start)

    return tag
