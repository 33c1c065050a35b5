"""One parsed article in, its event mentions out: the extractor as an ordered list of named passes.

Each sentence is read by the sentence passes (which acts are real, when, who, what kind, the
mentions); the report passes then turn the sentences' acts into the report's events.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from ..common.budget import check_budget
from ..geo.relative import describe_relation
from ..lang import any_of
from ..records import (
    Actor,
    Article,
    ArticleExtraction,
    DateMention,
    Mention,
    PlaceMention,
    SetAside,
    Span,
)
from ..taxonomy import (
    ARMED_CLASH,
    ARMED_INTERS,
    LOOTING_PROPERTY_DESTRUCTION,
    PROTESTS,
    RIOTS,
    STATE_FORCES,
    VIOLENCE_AGAINST_CIVILIANS,
    civilian_targeting,
    sub_event,
)
from . import actors as actor_lib
from . import dates as date_lib
from . import numbers as number_lib
from .classify import MISHANDLE, Involved, classify
from .demonstrations import FORCES_GATHERING, code_demonstrations, forces_gathering
from .detainees import detainees_killed
from .doc_index import places_within
from .evidence import (
    PLACE_LABELS,
    attach_article_claims,
    attribution,
    certainty,
    claimed_perpetrators,
    claims,
)
from .intervals import DateWindows
from .moves import UNARMED_MOVE, unarmed_move
from .non_conflict import no_conflict_act
from .passes import (
    attacks_that_only_took_property,
    battles_that_took_territory,
    coded_tolls,
    consolidate,
    fold_parts_of_the_main_act,
    revised_tolls,
    tolls_from_following_sentences,
)
from .place_compass import compass_part
from .place_passing import BORDER, PASSING, across_border, is_passing, places_of_other_incidents
from .recalled import acts_recalled_by_their_sentence, news_of_the_report
from .reference import not_told_as_an_act
from .scenes import coup_with_its_arrests, violence_before_its_moves
from .sides import (
    civilians,
    clash_sides,
    default_perpetrator,
    demonstration_sides,
    participants,
    persons,
    targets_forces,
    victims,
)
from .spans import actor_of, article_span
from .toll_context import toll_readings, tolls_by_side, tolls_from_the_lead
from .triggers import (
    TriggerHit,
    find_triggers,
    is_background,
    is_generic,
    is_hypothetical,
    is_negated,
)
from .when import (
    BACKGROUND_DAYS,
    LEAD_REACH,
    date_for_trigger,
    fallback_date,
    to_date_mention,
    usable_dates,
)

__all__ = ["REPORT_PASSES", "Reading", "Report", "article_country", "context_places", "extract_doc"]

# Why an act was set aside (``SetAside.reason``), besides the report passes' reasons
# (``recalled.RECALLED``, ``recalled.REACTION``, ``passes.PART_OF_MAIN``).
NEGATED = "negated"
HYPOTHETICAL = "hypothetical"  # also future and intended acts
GENERIC = "generic"  # "attacks are frequent in the region"
PAST_YEAR = "past_year"  # a sentence that names only past years
BACKGROUND = "background"  # history, context, anniversaries
DATED_BEFORE = "dated_before"  # dated well before publication
CAPTION = "caption"  # a photo caption of an earlier event ("FILE - ...")
_CAPTION = re.compile(r"\s*" + any_of("passes", "CAPTION_MARKS"))

# Characters after an act's sentence read with it when classifying ("... The toll rose to five").
FOLLOWING_CHARS = 160


@dataclass(frozen=True, slots=True)
class Report:
    """One parsed article and what every pass reads of it."""

    article: Article
    doc: Doc
    lang: str
    gazetteer: Any
    country: str | None
    date_exprs: tuple[Any, ...]
    persons: tuple[SpacySpan, ...]
    date_windows: DateWindows  # the date_exprs near each sentence, found by offset

    def dates_near(self, sentence: SpacySpan) -> tuple[Any, ...]:
        """The date expressions that can date the sentence's acts (the same answers as all
        ``date_exprs``, at a cost that does not grow with the article)."""
        return self.date_windows.near(sentence.start_char, sentence.end_char)

    @property
    def published(self) -> date | None:
        return self.article.published


@dataclass(slots=True)
class Reading:
    """What the passes have found so far in one report."""

    mentions: list[Mention] = field(default_factory=list)
    background: list[Span] = field(default_factory=list)
    not_happened: list[Span] = field(default_factory=list)
    set_aside: list[SetAside] = field(default_factory=list)  # every act set aside, with its reason
    event_sentences: set[int] = field(default_factory=set)
    anchor: DateMention | None = None  # the last date written in an act's sentence


@dataclass(frozen=True, slots=True)
class Parties:
    """Who takes part in a sentence's acts: actor matches of ``extract.actors``."""

    found: tuple[Any, ...]
    perps: list[Any]
    targets: list[Any]
    involved: Involved


def article_country(doc: Doc, gazetteer: Any, default_country: str) -> str | None:
    """The country a report is about: the most named one among its places."""
    votes: Counter[str] = Counter()
    if gazetteer is not None:
        for ent in doc.ents:
            if ent.label_ in PLACE_LABELS or ent.label_ == "NORP":
                country = gazetteer.country_of(ent.text)
                if country:
                    votes[country] += 1
    if votes:
        return votes.most_common(1)[0][0]
    return default_country or None


def _place_mentions(doc: Doc, article: Article, lang: str, start: int, end: int) -> tuple[PlaceMention, ...]:
    """The toponyms between ``start`` and ``end``. A place named in passing (a dateline, where a
    statement was made, where the wounded were taken) gets the relation "passing": the choice
    of an event's place takes it only when the story offers no other; a country named as the
    other side of a border gets the relation "border"."""
    out: list[PlaceMention] = []
    for ent in places_within(doc, start, end):  # indexed: doc.ents costs the whole doc
        if compass_part(article.text, ent.start_char, ent.end_char, lang):
            continue  # "le Nord-Ouest du Burkina": a part of the country, not a region Nord
        rel = describe_relation(article.text, ent.start_char, ent.end_char, lang)
        relation = getattr(rel, "relation", None)
        if relation in (None, "in", "near") and across_border(ent, article.text, lang):
            relation = BORDER
        elif relation in (None, "in", "region") and is_passing(ent, article.text, lang):
            relation = PASSING  # an area too: "buried in the X", "à destination du X"
        out.append(
            PlaceMention(
                text=ent.text,
                span=article_span(article, ent.start_char, ent.end_char),
                relation=relation,
                distance_km=getattr(rel, "distance_km", None),
                direction=getattr(rel, "direction", None),
            )
        )
    return tuple(out)


def context_places(doc: Doc, article: Article, lang: str) -> tuple[PlaceMention, ...]:
    """Every toponym of the article, for the geocoder's context."""
    return _place_mentions(doc, article, lang, 0, len(article.text))


# --- sentence passes -------------------------------------------------------------------------


def real_acts(report: Report, reading: Reading, sentence: SpacySpan) -> list[TriggerHit]:
    """The act words of a sentence that tell a real act: negated and hypothetical ones are set
    aside as not having happened, generic ones ("attacks are frequent") dropped."""
    real: list[TriggerHit] = []
    hits = find_triggers(sentence, report.lang)
    for hit in hits:
        span = article_span(report.article, hit.start, hit.end)
        passing = not_told_as_an_act(hit, hits, sentence, report.lang) or no_conflict_act(hit, sentence, report.lang)
        if passing is not None:
            reading.set_aside.append(SetAside(span, passing))
        elif forces_gathering(hit, sentence):
            reading.set_aside.append(SetAside(span, FORCES_GATHERING))
        elif unarmed_move(hit, sentence, report.lang):
            reading.set_aside.append(SetAside(span, UNARMED_MOVE))
        elif is_negated(hit, sentence, report.lang):
            reading.not_happened.append(span)
            reading.set_aside.append(SetAside(span, NEGATED))
        elif is_hypothetical(hit, sentence, report.lang):
            reading.not_happened.append(span)
            reading.set_aside.append(SetAside(span, HYPOTHETICAL))
        elif is_generic(hit, sentence, report.lang):
            reading.set_aside.append(SetAside(span, GENERIC))
        else:
            real.append(hit)
    return real


def _background(reading: Reading, span: Span, reason: str) -> tuple[bool, None]:
    reading.background.append(span)
    reading.set_aside.append(SetAside(span, reason))
    return False, None


def opens_a_caption(text: str, start: int) -> bool:
    """The sentence starting at ``start`` opens a line marked as a photo caption ("FILE - ...",
    "ARCHIVES - ..."; the parser may cut the mark off as a sentence of its own)."""
    line = text.rfind("\n", 0, start) + 1
    mark = _CAPTION.match(text, line)
    return mark is not None and start <= mark.end() + 1


def act_date(report: Report, reading: Reading, sentence: SpacySpan, first: TriggerHit) -> tuple[bool, DateMention | None]:
    """(whether the sentence tells a current act, the date of its first act).

    A sentence that only names past years, reads as background, opens a photo caption, or is
    dated well before publication is background; a date written in the sentence becomes the anchor of the
    sentences after it that write none.
    """
    published = report.published
    near = report.dates_near(sentence)
    expr = date_for_trigger(near, first, sentence, published)
    in_sentence = expr is not None and sentence.start_char <= expr.start < sentence.end_char
    years = [e for e in near if e.kind == "year" and sentence.start_char <= e.start < sentence.end_char]
    background = article_span(report.article, sentence.start_char, sentence.end_char)
    if opens_a_caption(report.article.text, sentence.start_char):
        return _background(reading, background, CAPTION)
    if years and published is not None and not in_sentence and all(
        (e.year_only or published.year) < published.year for e in years
    ):
        return _background(reading, background, PAST_YEAR)
    if is_background(sentence, report.lang) and not in_sentence:
        return _background(reading, background, BACKGROUND)
    when = to_date_mention(expr, report.article) if expr is not None else (reading.anchor or fallback_date(published))
    if published is not None and when is not None and when.value < published - timedelta(days=BACKGROUND_DAYS):
        return _background(reading, background, DATED_BEFORE)
    if in_sentence and when is not None:
        reading.anchor = when
    return True, when


# Families of strategic moves that may be told beside an act of violence in one sentence.
BESIDE_AN_ACT = frozenset({"change", "move", "hq", "transfer"})


def act_parties(report: Report, sentence: SpacySpan, real: list[TriggerHit], when: DateMention | None) -> Parties:
    """The actors of the sentence that take part in its first act, as perpetrators and targets.
    Forces moved, a base set up or ground handed over, told beside an act ("soldiers were
    deployed to answer the attack"), do not name that act's parties: the act comes first."""
    real = [h for h in real if h.family not in BESIDE_AN_ACT] + [h for h in real if h.family in BESIDE_AN_ACT]
    first = real[0]
    families = {h.family for h in real}
    found = actor_lib.find_actors(
        report.article.text, lang=report.lang, start=sentence.start_char, end=sentence.end_char,
        on=when.value if when else report.published, country=report.country,
    )
    perps, targets = participants(report.article, sentence, first, found, report.country, real[1:])
    for other in real[1:]:
        if targets:
            break
        if other.family == "kill":  # "carried out an airstrike, killing two militants"
            targets = [t for t in participants(report.article, sentence, other, found, report.country)[1]
                       if all(t.name != p.name for p in perps)]
    target_inters = tuple(t.inter for t in targets)
    if targets_forces(sentence, first) and not any(i in ARMED_INTERS for i in target_inters):
        target_inters += (STATE_FORCES,)
    everyone = tuple(p.inter for p in perps) + target_inters
    if "restrict" in families:  # "fled after militants threatened them": whoever the sentence names
        everyone += tuple(m.inter for m in found)
    involved = Involved(
        perpetrator_inters=tuple(p.inter for p in perps),
        target_inters=target_inters,
        all_inters=everyone,
        person_victims=bool(victims(sentence, first, list(report.persons))),
        object_named=any(c.dep_ in {"dobj", "obj"} for c in report.doc[first.token_index].children),
    )
    return Parties(tuple(found), perps, targets, involved)


def _act_sides(
    report: Report, sub_name: str, parties: Parties, family: str = ""
) -> tuple[Actor | None, Actor | None]:
    """ACLED's two sides of one act."""
    sub = sub_event(sub_name)
    perps, targets, country = parties.perps, parties.targets, report.country
    if family == MISHANDLE:  # "militants killed while planting an IED": theirs is the act, alone
        handlers = perps or targets
        return (actor_of(handlers[0], report.article) if handlers else default_perpetrator(sub_name, country)), None
    if sub_name == ARMED_CLASH:
        return clash_sides(perps, targets, report.article, country)
    if sub.event_type in {PROTESTS, RIOTS}:
        return demonstration_sides(sub_name, perps, targets, report.article, country)
    actor1 = actor_of(perps[0], report.article) if perps else default_perpetrator(sub_name, country)
    actor2 = actor_of(targets[0], report.article) if targets else (
        # ACLED: violence against civilians always has civilians as its target, and
        # looting with no armed party named takes civilians' property
        civilians(country) if sub.event_type == VIOLENCE_AGAINST_CIVILIANS
        or sub_name == LOOTING_PROPERTY_DESTRUCTION else None
    )
    return actor1, actor2


def _act_toll(report: Report, sentence: SpacySpan, sub_name: str, family: str) -> tuple[int | None, Span | None]:
    """The deaths the sentence counts for the act (none read for an abduction: zero)."""
    if not sub_event(sub_name).violent and family != MISHANDLE:  # a device's owners killed by it
        return None, None
    if family == "abduct":
        return 0, None
    fat = number_lib.fatalities_in(report.article.text, sentence.start_char, sentence.end_char, lang=report.lang)
    if fat is None:
        return None, None
    return fat.value, article_span(report.article, fat.start, fat.end)


def act_mentions(
    report: Report, sentence: SpacySpan, real: list[TriggerHit], when: DateMention | None, parties: Parties
) -> list[Mention]:
    """One mention per act the sentence tells (at most two: see ``classify``)."""
    article, lang = report.article, report.lang
    lower = sentence.text.lower()
    first = real[0]
    following = article.text[sentence.end_char : sentence.end_char + FOLLOWING_CHARS].lower()
    acts = classify({h.family for h in real}, parties.involved, lower + " " + following)
    if not acts:
        return []
    said_by, said_span = attribution(sentence, article, lang)
    sure = certainty(lower, lang, parties.perps[0].certainty if parties.perps else None)
    places = _place_mentions(report.doc, article, lang, sentence.start_char, sentence.end_char)
    out: list[Mention] = []
    for sub_name, family in acts:
        hit = next((h for h in real if h.family == family), first)
        sub = sub_event(sub_name)
        act_when = when
        if hit is not first:
            own = date_for_trigger(report.dates_near(sentence), hit, sentence, report.published)
            if own is not None and sentence.start_char <= own.start < sentence.end_char:
                act_when = to_date_mention(own, article)
        actor1, actor2 = _act_sides(report, sub_name, parties, family)
        fatalities, fatalities_span = _act_toll(report, sentence, sub_name, family)
        out.append(
            Mention(
                id=Mention.make_id(article.id, hit.start, sub_name),
                article=article.id,
                sub_event_type=sub.name,
                event_type=sub.event_type,
                disorder_type=sub.disorder_type,
                trigger=article_span(article, hit.start, hit.end),
                sentence=article_span(article, sentence.start_char, sentence.end_char),
                date=act_when,
                actor1=actor1,
                actor2=actor2,
                victims=victims(sentence, hit, list(report.persons)) if sub.violent else (),
                place_mentions=places,
                fatalities=fatalities,
                fatalities_span=fatalities_span,
                claims=tuple(claims(article, lang, sentence.start_char, sentence.end_char, "event",
                                    doc=report.doc, gazetteer=report.gazetteer)),
                attribution=said_by,
                attribution_span=said_span,
                certainty=sure,
                civilian_targeting=civilian_targeting(sub.name, actor2.inter if actor2 is not None else None),
                published=report.published,
                language=lang,
            )
        )
    return out


def read_sentence(report: Report, reading: Reading, sentence: SpacySpan) -> None:
    """The sentence passes over one sentence, in order; each may find there is no act to read."""
    real = real_acts(report, reading, sentence)
    if not real:
        return
    current, when = act_date(report, reading, sentence, real[0])
    if not current:
        return
    mentions = act_mentions(report, sentence, real, when, act_parties(report, sentence, real, when))
    if mentions:
        reading.mentions.extend(mentions)
        reading.event_sentences.add(sentence.start_char)


# --- report passes ---------------------------------------------------------------------------


def code_the_demonstration(report: Report, reading: Reading) -> list[Mention]:
    return code_demonstrations(report.article, report.lang, reading.mentions, report.country)


def merge_mentions_of_one_act(report: Report, reading: Reading) -> list[Mention]:
    return consolidate(reading.mentions)


def code_battles_that_took_territory(report: Report, reading: Reading) -> list[Mention]:
    return battles_that_took_territory(reading.mentions)


def written_dates(report: Report) -> list[tuple[int, int, date, int]]:
    """The report's dates written out ("1 July 2019"), not its datelines: (start, end, value,
    precision)."""
    return [(e.start, e.end, e.value, e.precision) for e in report.date_exprs if e.kind == "explicit" and not e.dateline]


def read_tolls_in_following_sentences(report: Report, reading: Reading) -> list[Mention]:
    sentences = [(s.start_char, s.end_char) for s in report.doc.sents]
    dates = written_dates(report)
    return tolls_from_following_sentences(report.article, report.lang, reading.mentions, sentences, dates)


def read_tolls_in_the_lead(report: Report, reading: Reading) -> list[Mention]:
    dates = written_dates(report)
    return tolls_from_the_lead(report.article, report.lang, reading.mentions, dates)


def name_claimed_perpetrators(report: Report, reading: Reading) -> list[Mention]:
    return claimed_perpetrators(report.article, report.lang, reading.mentions, report.country)


def code_attacks_that_only_took_property(report: Report, reading: Reading) -> list[Mention]:
    return attacks_that_only_took_property(reading.mentions)


def code_detainees_killed(report: Report, reading: Reading) -> list[Mention]:
    return detainees_killed(reading.mentions)


def set_aside_other_incidents(report: Report, reading: Reading) -> list[Mention]:
    dates = [(e.start, e.end, e.value, e.precision) for e in report.date_exprs]
    framed, recalled = acts_recalled_by_their_sentence(reading.mentions, dates, report.article.text)
    reading.set_aside.extend(recalled)
    kept, aside = news_of_the_report(framed)
    reading.set_aside.extend(aside)
    return kept


def fold_parts_into_the_main_act(report: Report, reading: Reading) -> list[Mention]:
    scenes = coup_with_its_arrests(violence_before_its_moves(reading.mentions))
    return fold_parts_of_the_main_act(scenes, [(e.start, e.value) for e in report.date_exprs])


def add_tolls_by_side(report: Report, reading: Reading) -> list[Mention]:
    sentences = [(s.start_char, s.end_char) for s in report.doc.sents]
    return tolls_by_side(report.article, report.lang, reading.mentions, sentences, written_dates(report))


def mark_revised_tolls(report: Report, reading: Reading) -> list[Mention]:
    sentences = [(s.start_char, s.end_char) for s in report.doc.sents]
    return revised_tolls(report.article, report.lang, reading.mentions, sentences)


def weigh_tolls(report: Report, reading: Reading) -> list[Mention]:
    sentences = [(s.start_char, s.end_char) for s in report.doc.sents]
    return toll_readings(report.article, report.lang, reading.mentions, sentences)


def apply_coded_tolls(report: Report, reading: Reading) -> list[Mention]:
    return coded_tolls(report.article, report.lang, reading.mentions)


def list_sources(report: Report, reading: Reading) -> list[Mention]:
    """Every source the report names, on each of its events."""
    sources = tuple(dict.fromkeys(
        src for sentence in report.doc.sents for src in [attribution(sentence, report.article, report.lang)[0]] if src
    ))
    return [replace(m, sources=sources) for m in reading.mentions]


def attach_counts_outside_acts(report: Report, reading: Reading) -> list[Mention]:
    return attach_article_claims(
        report.article, report.doc, report.lang, reading.mentions, reading.event_sentences, report.gazetteer
    )


def mark_primary(report: Report, reading: Reading) -> list[Mention]:
    """The report's first event is its main one."""
    mentions = list(reading.mentions)
    if mentions:
        mentions[0] = replace(mentions[0], primary=True)
    return mentions


ReportPass = Callable[[Report, Reading], list[Mention]]
REPORT_PASSES: tuple[ReportPass, ...] = (
    code_the_demonstration,
    merge_mentions_of_one_act,
    code_battles_that_took_territory,
    read_tolls_in_following_sentences,
    read_tolls_in_the_lead,
    name_claimed_perpetrators,
    code_attacks_that_only_took_property,
    code_detainees_killed,
    set_aside_other_incidents,
    fold_parts_into_the_main_act,
    add_tolls_by_side,
    apply_coded_tolls,
    mark_revised_tolls,
    weigh_tolls,
    list_sources,
    attach_counts_outside_acts,
    mark_primary,
)


def read_report(article: Article, doc: Doc, *, lang: str, gazetteer: Any, default_country: str) -> Report:
    """What every pass reads of one parsed article: its country, usable dates and people."""
    published = article.published
    date_exprs = usable_dates(date_lib.find_dates(article.text, lang=lang, published=published), article.text, published)
    return Report(
        article=article, doc=doc, lang=lang, gazetteer=gazetteer,
        country=article_country(doc, gazetteer, default_country),
        date_exprs=tuple(date_exprs), persons=tuple(persons(doc)),
        date_windows=DateWindows(date_exprs, lead=LEAD_REACH),
    )


def extract_doc(
    article: Article, doc: Doc, *, lang: str, gazetteer: Any = None, default_country: str = ""
) -> ArticleExtraction:
    """Event mentions of one parsed article: the sentence passes over each sentence, then the
    report passes in order."""
    report = read_report(article, doc, lang=lang, gazetteer=gazetteer, default_country=default_country)
    reading = Reading()
    for sentence in doc.sents:
        check_budget("sentence passes")  # the article's time budget (common.budget), if any
        read_sentence(report, reading, sentence)
    for report_pass in REPORT_PASSES:
        check_budget(report_pass.__name__)
        reading.mentions = report_pass(report, reading)
    return ArticleExtraction(
        article,
        tuple(reading.mentions),
        tuple(reading.background),
        tuple(reading.not_happened),
        places=places_of_other_incidents(
            context_places(doc, article, lang),
            [(s.start_char, s.end_char) for s in doc.sents],
            (m.sentence for m in reading.mentions),
            reading.set_aside,
        ),
        set_aside=(*reading.set_aside, *(p for m in reading.mentions for p in m.parts)),
    )
