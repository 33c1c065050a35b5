"""Fatalities and other counts of one event by ACLED's rules (``fatalities_in``, ``count_claims``)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from .number_lexicon import (
    ListLexicon,
    NumberLexicon,
    Qualifier,
    list_lexicon,
    number_lexicon,
    recalled_time_patterns,
    recalled_toll_pattern,
)
from .quantities import (
    Quantity,
    date_spans_of,
    merge_qualifiers,
    number_cores,
    overlaps,
    quantities_in,
)


@dataclass(frozen=True, slots=True)
class Fatalities:
    """Reported deaths of one event by ACLED's rules, with the span they were read from."""

    value: int
    qualifier: Qualifier
    start: int
    end: int
    text: str


# words, and punctuation that ends a clause; quotation marks are skipped
_TOKEN = re.compile(r"\w[\w'’-]*|[^\w\s'’\"“”«»‘]")


def _role_after(
    text: str, q: Quantity, hi: int, lex: NumberLexicon, spans: Sequence[tuple[int, int]]
) -> tuple[str, int] | None:
    """The role word that follows ``q`` within a few words of the same clause."""
    pos = q.end
    words = 0
    while words <= 6:
        aside = lex.subset_aside.match(text, pos, hi)  # ", including three children,"
        if aside:
            pos = aside.end()
            continue
        tok = _TOKEN.search(text, pos, hi)
        if tok is None or overlaps(tok.start(), tok.end(), spans):
            return None  # end of sentence, or another quantity
        for name, regex in lex.labels:
            if regex.match(text, tok.start(), hi):
                return name, words
        if not tok.group(0)[0].isalnum():
            return None  # punctuation ends the clause
        if lex.break_word.fullmatch(tok.group(0)):
            nxt = _TOKEN.search(text, tok.end(), hi)
            if nxt is None or not any(r.match(text, nxt.start(), hi) for _, r in lex.labels):
                return None  # a conjunction ends the clause, unless "shot and killed"
            if nxt.start() < hi and overlaps(nxt.start(), nxt.end(), spans):
                return None
        words += 1
        pos = tok.end()
    return None


def _role_before(text: str, q: Quantity, lo: int, lex: NumberLexicon) -> tuple[str, int] | None:
    window = text[max(lo, q.start - 120) : q.start]
    best: tuple[str, int] | None = None
    for name, regex in lex.labels_before:
        m = regex.search(window)
        if not m:
            continue
        gap = m.group("gap").split()
        if any(lex.break_word.fullmatch(w) for w in gap):
            continue
        if best is None or len(gap) < best[1]:
            best = (name, len(gap))
    return best


def _roles(
    text: str, qs: Sequence[Quantity], lo: int, hi: int, lex: NumberLexicon
) -> list[str | None]:
    spans = [(q.start, q.end) for q in qs]
    roles: list[str | None] = []
    for q in qs:
        if q.kind != "count":
            roles.append(None)
            continue
        others = [s for s in spans if s != (q.start, q.end)]
        after = _role_after(text, q, hi, lex, others)
        before = _role_before(text, q, lo, lex)
        if after and (before is None or after[1] <= before[1]):
            roles.append(after[0])
        elif before:
            roles.append(before[0])
        else:
            roles.append(None)
    # coordination: "killed 5 soldiers and 7 civilians", "5 soldiers and 7 militants were killed"
    for _ in range(2):
        for i in range(len(qs) - 1):
            a, b = qs[i], qs[i + 1]
            if (
                a.kind != "count"
                or b.kind != "count"
                or (roles[i] is None) == (roles[i + 1] is None)
            ):
                continue
            if lex.coordinated.fullmatch(text, a.end, b.start) and not any(
                regex.search(text, a.end, b.start) for _, regex in lex.labels
            ):
                if roles[i] is None:
                    roles[i] = roles[i + 1]
                elif not _speaker(text, b, hi, lex):
                    roles[i + 1] = roles[i]
    return roles


def _speaker(text: str, q: Quantity, hi: int, lex: NumberLexicon) -> bool:
    """Does the count open the clause of who said it ("... risen to 89, four security sources
    said")? Its clause, up to the next punctuation, has a word of reporting."""
    stop = re.compile(r"[,.;:]").search(text, q.end, hi)
    return lex.contrast.search(text, q.end, stop.start() if stop else hi) is not None


def _is_subset(text: str, q: Quantity, lo: int, lex: NumberLexicon) -> bool:
    window = text[max(lo, q.start - 60) : q.start]
    return bool(lex.subset_before.search(window)) or bool(
        re.search(r",\s*$", window)
        and lex.subset_aside.search(text, max(lo, q.start - 60), q.start)
    )


def is_part(text: str, pos: int, lo: int, *, lang: str) -> bool:
    """Is the count at ``pos`` introduced as a part of another ("including four attackers",
    "dont quatre assaillants", "among them")?"""
    window = text[max(lo, pos - 60) : pos]
    return number_lexicon(lang).subset_before.search(window) is not None


def _subset_head(text: str, q: Quantity, qs: Sequence[Quantity], lex: NumberLexicon) -> Quantity | None:
    """The count a subset count belongs to ("35 civils, dont 31 femmes": 35), when it comes
    right before it and is larger."""
    before = [p for p in qs if p.kind == "count" and p.end <= q.start and q.start - p.end <= 60]
    if not before:
        return None
    head = before[-1]
    if head.value <= q.value or not lex.subset_before.search(text, head.end, q.start):
        return None
    return head


def _combine(text: str, deaths: Sequence[Quantity], lex: NumberLexicon) -> Fatalities:
    if len(deaths) == 1:
        q = deaths[0]
        qualifier: Qualifier = (
            "at_least" if q.upper is not None and q.qualifier == "exact" else q.qualifier
        )
        return Fatalities(round(q.value), qualifier, q.start, q.end, q.text)
    competing = any(lex.contrast.search(text, a.end, b.start) for a, b in pairwise(deaths))
    if competing:
        q = min(deaths, key=lambda d: d.value)
        return Fatalities(round(q.value), q.qualifier, q.start, q.end, q.text)
    qualifier = deaths[0].qualifier
    for q in deaths[1:]:
        qualifier = merge_qualifiers(qualifier, q.qualifier)
    start, end = deaths[0].start, deaths[-1].end
    total = round(sum(q.value for q in deaths))
    return Fatalities(total, qualifier, start, end, text[start:end])


def _captured_then_killed(
    text: str, qs: Sequence[Quantity], start: int, end: int, lex: NumberLexicon
) -> Fatalities | None:
    """A group seized, then killed by a pronoun ("arrested nine men … and executed them"):
    the number of the seized is the toll."""
    for q in qs:
        if q.unit is not None or q.value < 1 or q.value != int(q.value):
            continue
        if not lex.capture_before.search(text[max(start, q.start - 40) : q.start]):
            continue
        if lex.kill_them_after.search(text[q.end : end]):
            return Fatalities(int(q.value), q.qualifier, q.start, q.end, text[q.start : q.end])
    return None


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_BRACKETED = re.compile(r"\([^()]{0,200}\)")


def _recalled(text: str, q: Quantity | tuple[int, int], lo: int, hi: int, lang: str) -> bool:
    """An earlier incident's toll: a count told in the past perfect with a year after it in
    its sentence ("où quatre soldats avaient péri en 2017") or with an earlier time anywhere in
    it ("un mois après l'attaque de Kolbé, qui avait fait 71 morts"), and the count of an act
    a time before the report's dates through a relative ("a raid last month that killed 71")."""
    q_start, q_end = q if isinstance(q, tuple) else (q.start, q.end)
    aux = recalled_toll_pattern(lang)
    earlier, relative = recalled_time_patterns(lang)
    near = aux.search(text, max(0, q_start - 30), q_start) or aux.search(text, q_end, min(hi, q_end + 60))
    if near is not None and (
        _YEAR.search(text, near.end(), min(hi, near.end() + 120)) is not None
        or earlier.search(text, lo, hi) is not None
    ):
        return True
    for when in earlier.finditer(text, max(lo, q_start - 60), q_start):
        between = text[when.end() : q_start]
        if len(between) <= 30 and relative.search(between) and not re.search(r"[.;]", between):
            return True
    return False


def _current_deaths(text: str, deaths: Sequence[Quantity], lo: int, hi: int, lang: str) -> list[Quantity]:
    """The counts of the reported incident's dead: counts of an earlier incident, and a count
    in brackets that repeats one outside them ("28 soldats tués (les corps des 28 ...)"), left
    out."""
    out = [q for q in deaths if not _recalled(text, q, lo, hi, lang)]
    bracketed = [(m.start(), m.end()) for m in _BRACKETED.finditer(text, lo, hi)]

    def inside(q: Quantity) -> bool:
        return any(a < q.start and q.end < b for a, b in bracketed)

    outside = {q.value for q in out if not inside(q)}
    return [q for q in out if not (inside(q) and q.value in outside)]


_CUT_CLAUSE = re.compile(r"[ \t\u00a0]+(?=[^\W\d_])")
_CLAUSE_END = re.compile(r"[.;:!?\n]")


def _run_on(text: str, end: int) -> int:
    """Where the clause that ends the sentence ``text[..end]`` ends: past ``end`` when the
    parser cut the sentence inside a clause (no closing punctuation, the next word on the same
    line in lower case: "«63 terroristes» et 25 personnes | ont été tués jeudi")."""
    if end <= 0 or end >= len(text) or not text[end - 1].isalnum():
        return end
    gap = _CUT_CLAUSE.match(text, end)
    if gap is None or not text[gap.end()].islower():
        return end
    stop = _CLAUSE_END.search(text, gap.end())
    return stop.start() if stop else len(text)


def _main_deaths(text: str, qs: Sequence[Quantity], start: int, end: int, lang: str) -> list[Quantity]:
    """The counts of the sentence ``text[start:end]`` (its quantities ``qs``) that its toll is
    read from: counts of the dead, less those of an earlier incident and the parts of another
    count."""
    lex = number_lexicon(lang)
    ll = list_lexicon(lang)
    roles = _roles(text, qs, start, end, lex)
    deaths = [
        q
        for q, r in zip(qs, roles)
        if r == "fatalities"
        and not _animals_after(text, q.end, end, ll)
        and not _unverified(text, q.start, start, end, ll)
    ]
    deaths = _current_deaths(text, deaths, start, end, lang)
    if not deaths:
        return []
    main = [q for q in deaths if not _is_subset(text, q, start, lex)]
    if not main:  # "Trente-cinq civils, dont 31 femmes ont été tués": the whole, not the part
        heads = {h for q in deaths if (h := _subset_head(text, q, qs, lex)) is not None}
        main = sorted(heads, key=lambda h: h.start) or deaths
    return main


@lru_cache(maxsize=512)
def summed_deaths(text: str, start: int, end: int, *, lang: str) -> tuple[Quantity, ...]:
    """The counts the sentence's toll adds up ("8 assailants and 7 soldiers were killed": 8
    and 7), when ``fatalities_in`` reads its toll as their sum; ``()`` otherwise."""
    fat = fatalities_in(text, start, end, lang=lang)
    if fat is None:
        return ()
    end = _run_on(text, end)
    qs = quantities_in(text, start, end, lang)
    main = _main_deaths(text, qs, start, end, lang)
    if len(main) >= 2 and round(sum(q.value for q in main)) == fat.value and (fat.start, fat.end) == (main[0].start, main[-1].end):
        return tuple(main)
    # victims listed one by one ("huit assaillants et sept membres des forces de l'ordre ont
    # été tués"): the list's counts, when they make up its toll
    listed = [q for q in qs if q.kind == "count" and fat.start <= q.start and q.end <= fat.end]
    if len(listed) >= 2 and round(sum(q.value for q in listed)) == fat.value:
        return tuple(listed)
    return ()


@lru_cache(maxsize=512)  # a pure function, asked again for the same sentence by several passes
def fatalities_in(text: str, start: int, end: int, *, lang: str) -> Fatalities | None:
    """Reported deaths in the sentence ``text[start:end]`` by ACLED's rules, or ``None``; a
    sentence the parser cut inside a clause is read to the clause's end (``_run_on``)."""
    end = _run_on(text, end)
    lex = number_lexicon(lang)
    ll = list_lexicon(lang)
    qs = quantities_in(text, start, end, lang)
    main = _main_deaths(text, qs, start, end, lang)
    found: Fatalities | None = None
    if main:
        found = _combine(text, main, lex)
    listed = _listed_deaths(text, start, end, lex, ll)
    if listed is not None and _recalled(text, (listed[2], listed[3]), start, end, lang):
        listed = None
    if listed is not None:
        total, parts, s, e, headed = listed
        if (
            (parts >= 2 and (found is None or total > found.value))
            or (parts == 1 and found is None)
            or headed
        ):
            return Fatalities(total, "exact", s, e, text[s:e])
    if found is not None:
        return found
    captured = _captured_then_killed(text, qs, start, end, lex)
    if captured is not None:
        return captured
    zeros = list(lex.zero.finditer(text, start, end))
    single = next(
        (
            m
            for m in lex.single.finditer(text, start, end)
            if not overlaps(m.start(), m.end(), [(z.start(), z.end()) for z in zeros])
            and not _unverified(text, m.start(), start, end, ll)
        ),
        None,
    )
    if single is not None:
        return Fatalities(1, "exact", single.start(), single.end(), single.group(0))
    if zeros:
        z = zeros[0]
        return Fatalities(0, "exact", z.start(), z.end(), z.group(0))
    return None


def _blank_brackets(text: str) -> str:
    """``text`` with bracketed asides blanked out (same length, so offsets hold)."""
    return re.sub(r"\([^()]{0,120}\)|\[[^\[\]]{0,120}\]", lambda m: " " * len(m.group(0)), text)


def _clause(text: str, pos: int, lo: int, hi: int) -> tuple[int, int]:
    left = max(text.rfind(c, lo, pos) for c in ".;")
    right = min((i for i in (text.find(c, pos, hi) for c in ".;") if i >= 0), default=hi)
    return (lo if left < 0 else left + 1), right


def _unverified(text: str, pos: int, lo: int, hi: int, ll: ListLexicon) -> bool:
    """Is the count at ``pos`` given by an unconfirmed or unverifiable report?"""
    s, e = _clause(text, pos, lo, hi)
    return bool(ll.unverified.search(text, s, e))


def _animals_after(text: str, pos: int, hi: int, ll: ListLexicon) -> bool:
    """ "killed eighty horses": the count is of animals."""
    return ll.animals_after.match(text, pos, hi) is not None


def _conjunct_value(part: str, lex: NumberLexicon, ll: ListLexicon) -> int | None:
    """Victims named by one item of a list: its number, 1 for "a driver", 2 for a couple."""
    part = part.strip(" '\"‘’“”«»")
    head = ll.det.match(part)
    if head is None or head.end() == len(part.rstrip()):
        return None  # no victim, or a bare number ("between 20 and 70")
    if ll.not_item.search(part) or any(r.search(part) for r in ll.labels):
        return None  # a clause ("one soldier was killed and four wounded"), not a victim
    if ll.animal_head.search(part):
        return 0
    cores = [c for c in number_cores(part, lex, []) if c.start <= head.end() + 1]
    if cores and cores[0].end > head.start():
        return int(cores[0].value)  # "two students", "his two children", "ses deux fils"
    return 2 if ll.pair.search(part) else 1


def _count_items(
    parts: Sequence[str], lex: NumberLexicon, ll: ListLexicon
) -> tuple[int, int, bool] | None:
    """(victims, items, headed) of a list; what follows "including" is part of the item
    before it (``headed``: "nine people including two officers and seven civilians")."""
    total = 0
    items = 0
    for part in parts:
        sub = ll.subset.search(part)
        value = _conjunct_value(part[: sub.start()] if sub else part, lex, ll)
        if value is None:
            break
        total += value
        items += 1
        if sub:
            return total, items, True
    return (total, items, False) if items else None


@lru_cache(maxsize=4)
def _blanked_whole(text: str, lang: str) -> tuple[str, str, tuple[tuple[int, int], ...], list[int] | None]:
    """(``text`` with bracketed asides blanked, the same with every date blanked too, the
    dates' spans, their starts when they are in order and disjoint), once per article
    rather than once per sentence."""
    whole = _blank_brackets(text)
    spans = date_spans_of(whole, lang)
    chars = list(whole)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    ordered = all(b1 <= a2 for (_, b1), (a2, _) in pairwise(spans))
    return whole, "".join(chars), spans, [a for a, _ in spans] if ordered else None


def _blanked_up_to(text: str, lang: str, hi: int) -> str:
    """``text[:hi]`` with bracketed asides and the dates that end by ``hi`` blanked."""
    whole, dated, spans, starts = _blanked_whole(text, lang)
    if starts is not None:  # dates in order, disjoint: at most one runs past hi
        i = bisect_left(starts, hi) - 1
        if i < 0 or spans[i][1] <= hi:
            return dated[:hi]
        return dated[: spans[i][0]] + whole[spans[i][0] : hi]
    chars = list(whole[:hi])
    for a, b in spans:
        if b <= hi:
            chars[a:b] = " " * (b - a)
    return "".join(chars)


def _listed_deaths(
    text: str, lo: int, hi: int, lex: NumberLexicon, ll: ListLexicon
) -> tuple[int, int, int, int, bool] | None:
    """Victims killed one by one: "killed a customs officer and two students", "two
    militiamen and a woman were killed" -> (victims, items, start, end, headed)."""
    blank = _blanked_up_to(text, lex.lang, hi)  # "On 4 July, two militants ..."
    best: tuple[int, int, int, int, bool] | None = None
    for m in ll.kill_before.finditer(blank, lo, hi):
        cut = ll.end.search(blank, m.end(), hi)
        stop = cut.start() if cut else hi
        stretch = blank[m.end() : stop]
        parts = ll.separator.split(stretch)
        joins = [j.group(0) for j in ll.separator.finditer(stretch)]
        counted = _count_items(parts, lex, ll)
        # "killed A and B" (or "A, B, and wounded C") is a list; "killing 20 of the
        # assailants, the agency reported" is not: without an "and" among the joins of its
        # items (or right after them) only the first item counts
        if (
            counted
            and counted[1] >= 2
            and not any(ll.coordination.search(j) for j in joins[: counted[1]])
            and not ll.coordination.match(blank[stop : stop + 20].lstrip())
        ):
            counted = _count_items(parts[:1], lex, ll)
        if (
            counted
            and not _unverified(text, m.start(), lo, hi, ll)
            and (best is None or counted[1] > best[1])
        ):
            best = (counted[0], counted[1], m.start(), stop, counted[2])
    for m in ll.kill_after.finditer(blank, lo, hi):
        s, _ = _clause(blank, m.start(), lo, hi)
        stretch = blank[s : m.start()]
        parts = ll.separator.split(stretch)
        joins = [j.group(0) for j in ll.separator.finditer(stretch)]
        first = len(parts)
        while first > 0 and _conjunct_value(parts[first - 1].split(",")[-1], lex, ll) is not None:
            first -= 1
            # "A, B and C were killed" is a list; "..., the militants overran the base, four
            # soldiers were killed" is not: the last two items must be joined by "and"
            if first == len(parts) - 1 and joins and not ll.coordination.search(joins[-1]):
                break
        counted = _count_items(parts[first:], lex, ll)
        if counted is None or _unverified(text, m.start(), lo, hi, ll):
            continue
        if counted[1] == 1 and ll.singular.match(parts[first].strip(" '\"‘’“”«»")):
            continue  # "a woman was killed": one victim, read elsewhere
        if best is None or counted[1] > best[1]:
            begin = s + len(blank[s : m.start()]) - len(blank[s : m.start()].lstrip())
            best = (counted[0], counted[1], begin, m.end(), counted[2])
    return best


_ATTRIBUTES = {"followers": "followers", "distance": "distance", "money": "money", "age": "age"}


def count_claims(text: str, start: int, end: int, *, lang: str) -> list[tuple[str, Quantity]]:
    """(attribute, quantity) pairs stated in ``text[start:end]``, in text order.

    Attributes: ``fatalities`` (one claim, as ``fatalities_in`` reads it), ``injured``,
    ``victims`` (abducted, kidnapped, taken hostage, arrested), ``followers``, ``distance``,
    ``money`` and ``age``. Missing people, durations and percentages are left out.
    """
    lex = number_lexicon(lang)
    qs = quantities_in(text, start, end, lang)
    roles = _roles(text, qs, start, end, lex)
    out: list[tuple[str, Quantity]] = []
    for q, role in zip(qs, roles):
        if q.kind in _ATTRIBUTES:
            out.append((_ATTRIBUTES[q.kind], q))
        elif role in ("injured", "victims"):
            out.append((role, q))
    fat = fatalities_in(text, start, end, lang=lang)
    if fat is not None:
        exact = [q for q in qs if (q.start, q.end) == (fat.start, fat.end)]
        q = (
            exact[0]
            if exact
            else Quantity(
                fat.start, fat.end, fat.text, float(fat.value), None, fat.qualifier, None, "count"
            )
        )
        out.append(("fatalities", q))
    out.sort(key=lambda pair: pair[1].start)
    return out
