"""Spans the NER got wrong around place names, set right with the gazetteer and the words
around them: misread villages, cued names, editors' bracketed names."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from ..lang import any_of
from .place_cues import (
    CUE_NAME,
    CUED_NAME_WORDS,
    DETERMINERS,
    DISTANCE_UNIT,
    FROM_WORDS,
    GROUP_NOUNS,
    HYPHEN_TOKENS,
    LEADING_WORDS,
    LIST_WORDS,
    NAME_WORD,
    NEAR_WORDS,
    OF_PLACE,
    PLACE_CUES,
    PLACE_LABELS,
    POSSESSIVE_ENDINGS,
    ROUTE_AFTER,
    ROUTE_BEFORE,
    STRONG_CUES,
    hyphen_parts,
    name_parts,
)
from .triggers import doc_text

# Words that open a byline ("Written by X on ...", "Rédigé par X le ..."): a name the NER ran
# on into them ends before them.
_BYLINE_START = re.compile(any_of("passes", "BYLINE_BEFORE"))

# Labels the statistical NER gives a village it does not know: an organisation ("in Manni"),
# a person, a people, a product, a work of art ("between Guienbile and Barsalogo"), a number.
_MISREAD_LABELS = frozenset(
    {
        "ORG",
        "PERSON",
        "PER",
        "NORP",
        "PRODUCT",
        "WORK_OF_ART",
        "EVENT",
        "MISC",
        "CARDINAL",
    }
)
# Misreadings that are as likely a person or a people as a village: a place only after a cue.
_PEOPLE_LABELS = frozenset({"PERSON", "PER", "NORP"})
# A word after a name that makes it a person's or a people's ("X's", "Dogon civilians").
_NOT_PLACE_AFTER = POSSESSIVE_ENDINGS | GROUP_NOUNS


def _cue_before(doc: Doc, i: int) -> str:
    """ "strong" when a locative cue word stands right before token ``i``, "weak" when one
    stands before a determiner there ("at the X mine") or a plainer preposition does,
    "" otherwise."""
    if i == 0:
        return ""
    before = doc[i - 1].lower_
    if before in STRONG_CUES or (i > 1 and doc[i - 2].lower_ in NEAR_WORDS):
        return "strong"
    if before in FROM_WORDS and i > 1 and DISTANCE_UNIT.search(doc[i - 2].lower_):
        return "strong"  # "25 km from X", "two kilometers from X", "à 10 km de X"
    if before in PLACE_CUES:
        return "weak"
    if before in DETERMINERS and i > 1 and doc[i - 2].lower_ in PLACE_CUES:
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
        cut = _cut_at_byline(doc, ent)
        if cut is not ent:
            changed = True
            ent = cut
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
        if (
            not cue
            and ent.start >= 2
            and place_end == ent.start - 1
            and doc[ent.start - 1].lower_ in LIST_WORDS
        ):
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


def _cut_at_byline(doc: Doc, ent: SpacySpan) -> SpacySpan:
    """``ent`` ended before the byline the NER ran it on into ("Tamba Written by X on 3
    May", "Tamba Rédigé par X le 3 mai"); ``ent`` itself when none."""
    text = doc_text(doc)
    for i in range(ent.start + 1, ent.end):
        if doc[i].is_title and _BYLINE_START.match(text, doc[i].idx):
            return SpacySpan(doc, ent.start, i, label=ent.label_, kb_id=ent.kb_id_, span_id=ent.id_)
    return ent


def _route_context(doc: Doc, ent: SpacySpan) -> bool:
    """Whether ``ent`` stands where a road between places is named ("the axis X-Y", "the X-Y
    road") or an admin area in parentheses ("(Pobe-Mengao-Soum, Sahel)")."""
    before = doc[ent.start - 1].lower_ if ent.start else ""
    after = doc[ent.end].lower_ if ent.end < len(doc) else ""
    return before in ROUTE_BEFORE or after in ROUTE_AFTER


def _trim_place_tail(
    doc: Doc, ent: SpacySpan, level: Callable[[str], int]
) -> list[SpacySpan] | None:
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


def _split_joined_place(
    doc: Doc, ent: SpacySpan, level: Callable[[str], int]
) -> list[SpacySpan] | None:
    """A place reading the gazetteer does not know, made of listed names joined by hyphens,
    where a road or an admin area is named ("the axis Mentao-Djibo", "(Pobe-Mengao-Soum,
    Sahel)"), as those names; None to keep it."""
    if ent.ent_id_ or not any(t.text in HYPHEN_TOKENS for t in ent) or not _route_context(doc, ent):
        return None
    if level(ent.text):
        return None
    parts = hyphen_parts(ent.text, 0, len(ent.text), level)
    if len(parts) < 2:
        return None
    spans = [
        doc.char_span(
            ent.start_char + a, ent.start_char + b, label=ent.label_, alignment_mode="contract"
        )
        for a, b, _ in parts
    ]
    kept = [sp for sp in spans if sp is not None and len(sp)]
    return kept or None


_CUED_NAME = re.compile(CUE_NAME)


_BRACKETED = re.compile(rf"\[\s*(?P<name>{NAME_WORD}(?:[ \t]+[\w'’-]+){{0,3}})\s*\]")


def prefer_bracketed_names(doc: Doc) -> None:
    """ "X [Y]": an editor's square brackets give the name to use for the place X, the
    whole of Y as one name ("the village Tonou [Tondo Erkokoni]", "K06 [Touba-Koura K06]");
    X stops being a place."""
    text = doc_text(doc)
    if "[" not in text:
        return
    ents = list(doc.ents)
    changed = False
    for match in _BRACKETED.finditer(text):
        inside = [
            e for e in ents if e.start_char < match.end("name") and match.start("name") < e.end_char
        ]
        if not any(e.label_ in PLACE_LABELS for e in inside):
            continue
        span = doc.char_span(
            match.start("name"), match.end("name"), label="GPE", alignment_mode="contract"
        )
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
        if token.lower_ not in CUED_NAME_WORDS:
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
            span = doc.char_span(
                nxt.idx, nxt.idx + len(name), label="GPE", alignment_mode="contract"
            )
            if (
                span is not None
                and len(span)
                and not any(i in taken for i in range(span.start, span.end))
            ):
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
    return doc[i - 1].lower_ in STRONG_CUES


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
        tail = OF_PLACE.search(name)
        if tail and level(tail.group("name")):
            span = doc.char_span(
                ent.start_char + tail.start("name"),
                ent.start_char + tail.end("name"),
                label="GPE",
                alignment_mode="contract",
            )
            return [span] if span is not None and len(span) else None
    if not _name_shaped(name) or name.split(" ", 1)[0].casefold() in LEADING_WORDS:
        return None
    if ent.end < len(doc) and doc[ent.end].lower_ in _NOT_PLACE_AFTER:
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
        span = doc.char_span(
            ent.start_char + a, ent.start_char + b, label="GPE", alignment_mode="contract"
        )
        if span is not None and len(span):
            kept.append(span)
    if not kept:
        return None
    return kept


# A person's given names the NER read without the surname: two words or more.
_GIVEN_NAMES_MIN = 2


def join_surnames(doc: Doc) -> None:
    """A one-word place read right after a person's given names ("President Amadou Kessem
    Tarvela", Tarvela a village too; capitalised words the NER left out or read as a people
    may sit between) is the person's surname: joined to the person, so it is no place of
    the story."""
    out: list[SpacySpan] = []
    changed = False
    for ent in doc.ents:
        person = _given_names_before(doc, ent, out) if ent.label_ in PLACE_LABELS and len(ent) == 1 else None
        if person is None:
            out.append(ent)
            continue
        first = out[person]
        del out[person:]
        out.append(SpacySpan(doc, first.start, ent.end, label=first.label_))
        changed = True
    if changed:
        doc.ents = out


def _given_names_before(doc: Doc, ent: SpacySpan, before: list[SpacySpan]) -> int | None:
    """The index in ``before`` of a person's name of two words or more that ``ent`` follows
    with only capitalised words between (none a place), on one line; None when there is none."""
    for i in range(len(before) - 1, -1, -1):
        prev = before[i]
        if prev.label_ in PLACE_LABELS:
            return None
        if prev.label_ in _PEOPLE_LABELS - {"NORP"} and len(prev) >= _GIVEN_NAMES_MIN:
            words = doc[prev.start : ent.start]
            if "\n" in words.text_with_ws or not all(t.text[:1].isupper() and t.is_alpha for t in words):
                return None
            return i
        if prev.end < ent.start - 3:
            return None
    return None


# "X alias Y", "X dit Y": a nickname word between two capitalised names, matched as a whole word.
_NICKNAME = re.compile(r"(?<![\w.])" + any_of("passes", "NICKNAME_WORDS") + r"(?![\w])", re.IGNORECASE)


def _capitalised(doc: Doc, i: int) -> bool:
    return 0 <= i < len(doc) and doc[i].text[:1].isupper() and doc[i].is_alpha


def join_nicknames(doc: Doc) -> None:
    """Names on either side of a nickname word ("Adama X alias Y the Z", « X dit Y ») are a
    person's: the capitalised words before the word and the nickname's after it (an article
    may sit between two of them) become one person, so no part of them is a place."""
    spans: list[tuple[int, int]] = []
    for match in _NICKNAME.finditer(doc.text):
        words = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if words is None:
            continue
        word, after = words.start, words.end
        if not _capitalised(doc, word - 1) or not _capitalised(doc, after):
            continue  # no capitalised name on both sides ("a dit que", "as said")
        first = word - 1
        while _capitalised(doc, first - 1):
            first -= 1
        end = after
        while _capitalised(doc, end) or (
            end < len(doc) and doc[end].is_lower and doc[end].is_alpha and _capitalised(doc, end + 1)
        ):
            end += 1 if _capitalised(doc, end) else 2  # a name, or an article and a name
        spans.append((first, end))
    if not spans:
        return
    out = [ent for ent in doc.ents if not any(s <= ent.start and ent.end <= e for s, e in spans)]
    label = "PER" if doc.lang_ == "fr" else "PERSON"  # the labels of the French / English NER
    for s_, e_ in spans:
        if not any(ent.start < e_ and s_ < ent.end for ent in out):
            out.append(SpacySpan(doc, s_, e_, label=label))
    doc.ents = sorted(out, key=lambda x: x.start)
