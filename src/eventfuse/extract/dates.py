"""Date expressions in English and French reports, resolved against the publication date.

``find_dates`` returns every date expression of a text in text order, each resolved to a
calendar date with ACLED's time precision (1 the day, 2 the week or a few days, 3 the month).
``resolve_event_date`` picks the expression that dates an event described in one sentence.

Conventions (chosen to follow ACLED's coders; each is a documented choice):

- A date without a year takes the year that puts it on or before the publication date,
  unless it falls within a month after publication: then it is a date to come or a later
  development ("the trial opens on 28 January", "their bodies were found on 23 March" in a
  report dated 18 March), not the same day of the year before; such a date never dates an
  event (see ``resolve_event_date``).
- A chained expression set off by a comma right after a date ("On 15 June, the day before
  the ceremony, ...") describes that date; it is not a date of its own and is left out.
- A weekday ("on Friday", "ce vendredi") is the most recent such day *on or before* the
  publication date: a Friday paper's "on Friday" is that Friday (same-day wire copy dates by
  weekday only). With a word of the past ("last Thursday", "vendredi dernier", "this past
  Friday") it is the most recent such day *strictly before* publication. A weekday that
  names a custom ("Sunday mass", "la prière du vendredi", "every Monday") is no date.
- Chained expressions ("the next day", "le lendemain", "two days later", "la veille") count
  from the previous resolved expression of the text (its anchor), else from the publication
  date; they keep the anchor's precision.
- A week ("last week", "la semaine dernière") is coded to the middle day (Wednesday) of that
  Monday-to-Sunday week, precision 2; a weekend to its Saturday, precision 2; "in recent days"
  to three days before publication, precision 2.
- A month ("since September", "en septembre 2025", "earlier this month") is coded to the 15th,
  precision 3, as ACLED codes month-precision events to mid-month; never after publication.
- Parts of a month: "early October" / "début octobre" -> the 5th, "mid-October" /
  "mi-octobre" -> the 15th, "end of October" / "fin octobre" -> three days before the month's
  end, all precision 2; "courant octobre" -> the 15th, precision 3.
- "Around 3 July (week of)" / "(between 2 - 5 July)" / "(as reported)" -> that day,
  precision 2; "(month of)" -> precision 3. "between 1 and 5 July" -> the first day,
  precision 2; so are two days told together ("on 10 and 11 July", "les 10 et 11 juillet":
  ACLED codes a row per day, and the first is the incident's). A period keeps the days it
  covers (``covers``: a range's days; "early" 1-10, "mid" 11-20, "late" 21 to the end of a
  month; a month). A night across two days is dated as ACLED codes it: "the night of 3 to 4
  July" / "la nuit du 3 au 4 juillet" / "dans la nuit de samedi à dimanche" -> the second
  day (the act falls after midnight; ACLED codes the press's "nuit du 15 au 16" to the 16th:
  of the seven press nights of the real-news set, ACLED coded five to the second day);
  "the night between 3 and 4 July" / "la nuit entre le 3 et le 4" -> the first day (ACLED's
  own notes write "Overnight between 14 and 15 January" for an event coded to the 14th);
  precision 1.
- A date inside an organisation's name ("le Mouvement du 5 juin", "the June 5 Movement") is
  no date of the text (``date_spans`` still masks it).
- Bare years ("in 2012", "since 2020", "en 2012", "last year") have kind ``"year"``: value
  1 January of that year, precision 3, ``year_only`` set; callers use them to recognise
  background. ``resolve_event_date`` never picks them.
- A dateline ("NIAMEY, Dec 11 (Reuters) -") is marked ``dateline``: the day the story was
  written. Relative expressions count from it when it falls up to three days before the
  publication date given, or when none is given.
- Without a publication date (and no dateline), expressions that need one (weekdays, "yesterday", periods
  relative to now) are left out; dates without a year borrow the nearest year written
  earlier in the text, else they are left out.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from itertools import compress
from types import ModuleType

from ..common.literals import Gate, fold
from ..lang import every, literal_alternation
from .date_context import DATELINE_DAYS, DATELINE_REACH, DateContext, is_dateline
from .date_expr import KINDS, DateExpr, weekday_of
from .intervals import keep_disjoint
from .languages import supported

__all__ = [
    "KINDS",
    "DateExpr",
    "date_spans",
    "find_dates",
    "resolve_event_date",
    "weekday_of",
]

# --------------------------------------------------------------------------- patterns


@dataclass(frozen=True, slots=True)
class _Rule:
    name: str
    regex: re.Pattern[str]
    param: int
    order: int


@dataclass(frozen=True, slots=True)
class _Lexicon:
    module: ModuleType
    rules: tuple[_Rule, ...]
    note_precision: tuple[tuple[re.Pattern[str], int], ...]
    weekday_past: re.Pattern[str]  # "last Friday", "vendredi dernier"
    context: DateContext  # weekdays naming a custom, dates inside a name
    gate: Gate  # the literals each rule needs (rules that cannot match are not run)


def _month_alternation(months: dict[str, int]) -> str:
    """Month names; abbreviations ("Sept", "janv") may carry a full stop."""
    longest: dict[int, int] = {}
    for word, number in months.items():
        longest[number] = max(longest.get(number, 0), len(word))
    parts = []
    for word in sorted(months, key=len, reverse=True):
        dot = r"\.?" if len(word) < longest[months[word]] else ""
        parts.append(rf"{re.escape(word)}\b{dot}")
    return "|".join(parts)


def _tokens(mod: ModuleType) -> dict[str, str]:
    months = _month_alternation(mod.MONTHS)
    weekdays = literal_alternation(list(mod.WEEKDAYS))
    small = literal_alternation(list(mod.SMALL_NUMBERS))
    ordinal = mod.ORDINAL_SUFFIX

    def day(name: str) -> str:
        return rf"(?<![\d.,])(?P<{name}>3[01]|[12]\d|0?[1-9])(?:{ordinal})?(?![\d\w])"

    def month(name: str) -> str:
        return rf"(?P<{name}>{months})"

    def weekday(name: str) -> str:
        return rf"(?P<{name}>{weekdays})\b"

    return {
        "{D}": day("d"),
        "{D2}": day("d2"),
        "{M}": month("m"),
        "{M2}": month("m2"),
        "{WD}": weekday("wd"),
        "{WD2}": weekday("wd2"),
        "{Y}": r"(?<![\d.,])(?P<y>(?:19|20)\d{2})(?![\d])",
        "{N}": rf"(?P<n>\d{{1,2}}|(?:{small})\b)",
        "{ORD}": ordinal,
        "{APPROX}": rf"(?P<approx>{mod.APPROX_PREFIX})",
        "{NOTE}": rf"(?:\s*\((?P<note>{mod.NOTE_PATTERN})\))?",
        "{PART}": rf"(?P<part>{mod.MONTH_PART_PATTERN})",
    }


# Language-neutral numeric dates: 03/07/2021 (day first), 2021-07-03.
_COMMON_RULES: tuple[tuple[str, str, int], ...] = (
    (
        "numeric",
        r"(?<![\d/.\-])(?P<d>\d{1,2})([/.\-])(?P<m>\d{1,2})\2(?P<y>(?:19|20)\d{2}|\d{2})(?![\d/.\-]?\d)",
        0,
    ),
    ("iso", r"(?<![\d\-])(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d])", 0),
)


@lru_cache(maxsize=4)
def _lexicon(lang: str) -> _Lexicon:
    mod = supported(lang, "dates").dates
    tokens = _tokens(mod)
    rules: list[_Rule] = []
    for order, (name, pattern, param) in enumerate(tuple(mod.DATE_RULES) + _COMMON_RULES):
        for token, sub in tokens.items():
            pattern = pattern.replace(token, sub)
        regex = re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE)
        rules.append(_Rule(name, regex, param, order))
    notes = tuple((re.compile(p, re.IGNORECASE), prec) for p, prec in mod.NOTE_PRECISION)
    return _Lexicon(
        mod, tuple(rules), notes,
        weekday_past=re.compile(rf"\b(?:{literal_alternation(mod.WEEKDAY_PAST)})\b", re.IGNORECASE),
        context=DateContext.of(mod),
        gate=Gate.of(r.regex for r in rules),
    )


# --------------------------------------------------------------------------- matching


@dataclass(frozen=True, slots=True)
class _Match:
    rule: _Rule
    start: int
    end: int
    groups: dict[str, str | None]
    text: str


def _valid(match: re.Match[str], lex: _Lexicon) -> bool:
    """Reject months that are ordinary words when not capitalised ("may", "march")."""
    for key in ("m", "m2"):
        try:
            word = match.group(key)
        except IndexError:
            continue
        if (
            word
            and word.lower().rstrip(".") in lex.module.CASE_SENSITIVE_MONTHS
            and not word[0].isupper()
        ):
            return False
    return True


@lru_cache(maxsize=8)  # kept for the texts in hand: an article's dates are read and masked
def _candidates(text: str, lang: str) -> tuple[_Match, ...]:
    lex = _lexicon(lang)
    found: list[_Match] = []
    for rule in compress(lex.rules, lex.gate.open(fold(text))):  # those that may match
        for m in rule.regex.finditer(text):
            if rule.name == "weekday" and lex.context.custom(text, m.start(), m.end()):
                continue
            if m.end() > m.start() and _valid(m, lex):
                found.append(_Match(rule, m.start(), m.end(), m.groupdict(), m.group(0)))
    # longest first, then rule order; keep those that do not overlap a kept one
    found.sort(key=lambda c: (-(c.end - c.start), c.rule.order, c.start))
    kept = keep_disjoint(found)  # by bisection: every candidate against every kept one is quadratic
    kept.sort(key=lambda c: c.start)
    return tuple(kept)


def date_spans(text: str, *, lang: str) -> list[tuple[int, int]]:
    """Character spans of every date-like expression, resolved or not (for masking)."""
    return [(c.start, c.end) for c in _candidates(text, lang)]


# --------------------------------------------------------------------------- resolving


@dataclass(frozen=True, slots=True)
class _Context:
    published: date | None
    anchor: DateExpr | None  # previous resolved non-year expression
    year: int | None  # last year written in the text so far


def _month(word: str | None, lex: _Lexicon) -> int | None:
    if not word:
        return None
    return lex.module.MONTHS.get(word.lower().rstrip("."))


def _weekday(word: str | None, lex: _Lexicon) -> int | None:
    if not word:
        return None
    return lex.module.WEEKDAYS.get(word.lower())


def _count(word: str | None, lex: _Lexicon, default: int = 1) -> int:
    if not word:
        return default
    if word.isdigit():
        return int(word)
    return lex.module.SMALL_NUMBERS.get(word.lower(), default)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


# A day written without a year that falls this many days after publication is a date to
# come (or a later development), not the same day almost a year earlier.
SOON_DAYS = 31


def _infer_year(month: int, day: int, ctx: _Context) -> int | None:
    """The year that puts (month, day) on or before publication, unless that day falls within
    ``SOON_DAYS`` after publication (then the publication year); else the text's year."""
    if ctx.published is not None:
        year = ctx.published.year
        candidate = _safe_date(year, month, day)
        if candidate is None and month == 2 and day == 29:
            return year if calendar.isleap(year) else year - 1
        if candidate is not None and (candidate - ctx.published).days > SOON_DAYS:
            year -= 1
        return year
    return ctx.year


def _day_month_year(
    d: str | None, m: str | None, y: str | None, lex: _Lexicon, ctx: _Context
) -> date | None:
    month = _month(m, lex)
    if d is None or month is None:
        return None
    day = int(d)
    year = int(y) if y else _infer_year(month, day, ctx)
    if year is None:
        return None
    return _safe_date(year, month, day)


def _previous_weekday(ref: date, weekday: int, *, same_day: bool = False) -> date:
    """The most recent ``weekday`` strictly before ``ref`` (on or before it with ``same_day``)."""
    back = (ref.weekday() - weekday) % 7
    return ref - timedelta(days=back or (0 if same_day else 7))


def _mid_week(ref: date, weeks: int) -> date:
    monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=weeks)
    return min(monday + timedelta(days=2), ref)


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _month_year(month: int, y: str | None, ctx: _Context) -> int | None:
    """Year of a month written without a day: the latest not after publication."""
    if y:
        return int(y)
    if ctx.published is not None:
        pub = ctx.published
        return pub.year if month <= pub.month else pub.year - 1
    return ctx.year


def _not_after(value: date, ctx: _Context) -> date:
    if ctx.published is not None and value > ctx.published:
        return ctx.published
    return value


def _note_precision(note: str | None, lex: _Lexicon) -> int | None:
    if not note:
        return None
    for regex, precision in lex.note_precision:
        if regex.search(note):
            return precision
    return 2


Resolved = tuple[date, int, str, int | None, int | None]  # value, precision, kind, weekday, year


def _resolve(c: _Match, lex: _Lexicon, ctx: _Context) -> Resolved | None:
    g = c.groups
    name = c.rule.name
    param = c.rule.param
    pub = ctx.published
    if name in ("explicit", "numeric", "iso"):
        if name == "explicit":
            value = _day_month_year(g.get("d"), g.get("m"), g.get("y"), lex, ctx)
        else:
            value = _numeric_date(g["d"] or "", g["m"] or "", g["y"] or "")
        if value is None:
            return None
        precision = 1
        if g.get("approx"):
            precision = 2
        noted = _note_precision(g.get("note"), lex)
        if noted is not None:
            precision = max(precision, noted)
        return value, precision, "explicit", _weekday(g.get("wd"), lex), None
    if name in ("night", "range"):
        m2 = g.get("m2") or g.get("m")
        m1 = g.get("m") or m2
        second = _day_month_year(g.get("d2"), m2, g.get("y"), lex, ctx)
        if second is None:
            return None
        first_month = _month(m1, lex) or second.month
        first_year = second.year - 1 if first_month > second.month else second.year
        value = _safe_date(first_year, first_month, int(g["d"] or 0))
        if value is None or value > second:
            return None
        if name == "night":
            if param == 1:  # "the night of 3 to 4 July", "la nuit du 3 au 4": the second day
                return second, 1, "explicit", _weekday(g.get("wd2"), lex), None
            return value, 1, "explicit", _weekday(g.get("wd"), lex), None
        return value, 2, "period", None, None
    if name == "year":
        year = int(g["y"] or 0)
        return date(year, 1, 1), 3, "year", None, year
    if name == "chain" or name == "chain_days" or name == "chain_weeks":
        base = ctx.anchor.value if ctx.anchor is not None else pub
        if base is None:
            return None
        base_precision = ctx.anchor.precision if ctx.anchor is not None else 1
        if name == "chain":
            return base + timedelta(days=param), base_precision, "chained", None, None
        n = _count(g.get("n"), lex)
        if name == "chain_days":
            return base + timedelta(days=param * n), base_precision, "chained", None, None
        return base + timedelta(weeks=param * n), max(2, base_precision), "chained", None, None
    if name == "month_name" or name == "month_part":
        month = _month(g.get("m"), lex)
        if month is None:
            return None
        in_year = _month_year(month, g.get("y"), ctx)
        if in_year is None:
            return None
        if name == "month_name":
            return _not_after(date(in_year, month, 15), ctx), 3, "period", None, None
        part = _month_part(g.get("part"), lex)
        last = calendar.monthrange(in_year, month)[1]
        day, precision = {"early": (5, 2), "mid": (15, 2), "late": (last - 3, 2)}.get(part, (15, 3))
        return _not_after(date(in_year, month, day), ctx), precision, "period", None, None
    if pub is None:
        return None
    if name == "weekday":
        wd = _weekday(g.get("wd"), lex)
        if wd is None:
            return None
        same_day = not lex.weekday_past.search(c.text)
        return _previous_weekday(pub, wd, same_day=same_day), 1, "weekday", None, None
    if name == "weekday_night":
        if param == 1:  # "the night of Saturday to Sunday": the Sunday, this morning at the latest
            wd2 = _weekday(g.get("wd2"), lex)
            if wd2 is None:
                return None
            return _previous_weekday(pub, wd2, same_day=True), 1, "weekday", None, None
        wd = _weekday(g.get("wd"), lex)
        if wd is None:
            return None
        return _previous_weekday(pub, wd), 1, "weekday", None, None
    if name == "days_ago":
        days = param if param else _count(g.get("n"), lex, 0)
        return pub - timedelta(days=days), 1, "relative", None, None
    if name == "weeks_ago":
        return pub - timedelta(weeks=_count(g.get("n"), lex)), 2, "relative", None, None
    if name == "years_ago":
        year = pub.year - (param or _count(g.get("n"), lex))
        return date(year, 1, 1), 3, "year", None, year
    if name == "year_rel":
        year = pub.year + param
        return date(year, 1, 1), 3, "year", None, year
    if name == "week":
        return _mid_week(pub, param), 2, "period", None, None
    if name == "weekend":
        monday = pub - timedelta(days=pub.weekday())
        if param == 0 and pub.weekday() >= 5:
            return monday + timedelta(days=5), 2, "period", None, None
        return monday - timedelta(days=2), 2, "period", None, None
    if name == "recent":
        return pub - timedelta(days=param), 2, "period", None, None
    if name == "month":
        year, month = _shift_month(pub.year, pub.month, param)
        return _not_after(date(year, month, 15), ctx), 3, "period", None, None
    return None


# Articles before a part of a month ("the end of"), every language's.
_MONTH_PART_ARTICLES: tuple[str, ...] = every("dates", "MONTH_PART_ARTICLES")


def _month_part(word: str | None, lex: _Lexicon) -> str:
    if not word:
        return "month"
    key = " ".join(word.lower().split())
    parts: dict[str, str] = lex.module.MONTH_PARTS
    for article in _MONTH_PART_ARTICLES:
        if key.startswith(article):
            key = key.removeprefix(article)
            break
    if key in parts:
        return parts[key]
    last = key.split()[-1] if key.split() else key
    return parts.get(last, "month")


def _covers(c: _Match, value: date, lex: _Lexicon, ctx: _Context) -> tuple[date, date] | None:
    """The first and last day of a period: a range's two days; the days of a part of a month
    ("early" 1-10, "mid" 11-20, "late" 21 to the end) or of a month; ``None`` otherwise."""
    g, name = c.groups, c.rule.name
    if name == "range":
        last = _day_month_year(g.get("d2"), g.get("m2") or g.get("m"), g.get("y"), lex, ctx)
        return (value, last) if last is not None and last >= value else None
    if name in ("month_name", "month_part", "month"):
        days = calendar.monthrange(value.year, value.month)[1]
        part = _month_part(g.get("part"), lex) if name == "month_part" else "month"
        lo, hi = {"early": (1, 10), "mid": (11, 20), "late": (21, days)}.get(part, (1, days))
        return date(value.year, value.month, lo), date(value.year, value.month, hi)
    return None


def _numeric_date(d: str, m: str, y: str) -> date | None:
    year = int(y)
    if len(y) == 2:
        year += 2000
    day, month = int(d), int(m)
    value = _safe_date(year, month, day)  # day first (not the US order) ...
    if value is None:
        value = _safe_date(year, day, month)  # ... unless only month first is valid
    return value


def _dateline(text: str, candidates: Sequence[_Match]) -> _Match | None:
    for c in candidates:
        if c.start > DATELINE_REACH:
            break
        if c.rule.name == "explicit" and is_dateline(text, c.start, c.end):
            return c
    return None


def _reference(dateline: _Match | None, lex: _Lexicon, published: date | None, year: int | None) -> date | None:
    """The day a story's weekdays and "yesterday" count from: its dateline's date when that
    falls up to ``DATELINE_DAYS`` before the publication date given (a page dated in another
    time zone, or re-posted the next day) or when none is given (a dateline without a year
    then takes ``year``, the first year the text writes); else the publication date."""
    resolved = None if dateline is None else _resolve(dateline, lex, _Context(published, None, year))
    if resolved is None:
        return published
    if published is None or 0 <= (published - resolved[0]).days <= DATELINE_DAYS:
        return resolved[0]
    return published


def find_dates(text: str, *, lang: str, published: date | None) -> list[DateExpr]:
    """Every date expression of ``text`` in text order, resolved against ``published`` (or
    against the story's dateline, see ``_reference``)."""
    lex = _lexicon(lang)
    out: list[DateExpr] = []
    anchor: DateExpr | None = None
    year: int | None = None
    candidates = _candidates(text, lang)
    dateline = _dateline(text, candidates)
    written = next((int(y) for c in candidates if (y := c.groups.get("y"))), None)
    published = _reference(dateline, lex, published, written)
    for c in candidates:
        if c.rule.name == "explicit" and lex.context.in_name(text, c.start, c.end):
            continue
        ctx = _Context(published=published, anchor=anchor, year=year)
        resolved = _resolve(c, lex, ctx)
        if resolved is None:
            continue
        value, precision, kind, stated, year_only = resolved
        if kind == "chained" and out and re.fullmatch(r"\s*,\s*", text[out[-1].end : c.start]):
            continue  # "On 15 June, the day before the ceremony": an apposition
        mismatch = stated is not None and stated != value.weekday()
        expr = DateExpr(
            start=c.start,
            end=c.end,
            text=text[c.start : c.end],
            value=value,
            precision=precision,
            kind=kind,
            stated_weekday=stated,
            weekday_mismatch=mismatch,
            year_only=year_only,
            dateline=c is dateline,
            covers=_covers(c, value, lex, ctx) if kind == "period" else None,
        )
        out.append(expr)
        if kind != "year":
            anchor = expr
        if c.groups.get("y"):
            year = value.year if kind != "year" else year_only
    return out


def resolve_event_date(
    exprs: Sequence[DateExpr],
    *,
    sentence_start: int,
    sentence_end: int,
    published: date | None,
) -> DateExpr | None:
    """The date of an event described in the sentence ``[sentence_start, sentence_end)``.

    The first expression inside the sentence that is not a bare year; else the closest one
    before it, if it lies within about two sentences (``max(300, 2 × sentence length)``
    characters); else ``None`` (callers fall back to the publication date, precision 2).
    Expressions dated after ``published`` (announced or future events) are never picked.
    """

    def usable(e: DateExpr) -> bool:
        return e.kind != "year" and (published is None or e.value <= published)

    inside = [e for e in exprs if sentence_start <= e.start < sentence_end and usable(e)]
    if inside:
        return min(inside, key=lambda e: e.start)
    reach = max(300, 2 * (sentence_end - sentence_start))
    before = [
        e
        for e in exprs
        if e.end <= sentence_start and sentence_start - e.end <= reach and usable(e)
    ]
    if before:
        return max(before, key=lambda e: e.end)
    return None
