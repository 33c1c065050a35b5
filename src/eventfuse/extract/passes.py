"""Report-level clean-up passes: the acts read sentence by sentence become the report's events
(later mentions of an act merged into it, tolls read over several sentences, the coding of
battles and property-only attacks settled)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from ..common.names import same_person
from ..geo.coding import PASSING
from ..geo.countries import names_a_country
from ..geo.normalize import name_key
from ..lang import REFERENCE, any_of
from ..records import Article, Claim, Mention, PlaceMention, SetAside
from ..taxonomy import (
    ABDUCTION_FORCED_DISAPPEARANCE,
    ARMED_CLASH,
    ARMED_INTERS,
    ATTACK,
    CHANGE_TO_GROUP_ACTIVITY,
    DISRUPTED_WEAPONS_USE,
    GOVERNMENT_REGAINS_TERRITORY,
    HEADQUARTERS_OR_BASE_ESTABLISHED,
    LOOTING_PROPERTY_DESTRUCTION,
    NON_STATE_ACTOR_OVERTAKES_TERRITORY,
    OTHER,
    RIOTS,
    act_group,
    sub_event,
)
from . import numbers as number_lib
from .captives import (
    CAPTIVE_DAYS,
    among_the_captives,
    as_the_attack,
    harms_the_abducted,
    kills_the_captive,
    on_the_abduction_day,
    same_captive,
    told_as_a_finding,
    within,
)
from .classify import more_severe
from .spans import article_span
from .toll_context import dated_elsewhere
from .triggers import language_events

# The name ACLED gives every party it could not identify starts with this.
UNIDENTIFIED = "Unidentified"
UNIDENTIFIED_ARMED = "Unidentified Armed"
TERRITORY = frozenset({NON_STATE_ACTOR_OVERTAKES_TERRITORY, GOVERNMENT_REGAINS_TERRITORY})
# Sentences after an act that still tell of it: at most this many characters after its own.
FOLLOWING_CHARS = 600

_ATTACK_WORDS = re.compile(r"^" + any_of("passes", "ATTACK_WORDS"), re.IGNORECASE)
_HARM_ATTRIBUTES = frozenset({"injured", "victims"})


def own_date(m: Mention) -> bool:
    """True when the mention's date was written in its own sentence."""
    d = m.date
    return d is not None and d.span is not None and m.sentence.start <= d.span.start < m.sentence.end


def _separate(kept: Mention, new: Mention, kept_dated: bool | None = None) -> bool:
    """Same kind of act in one report, but clearly another incident? ``kept_dated``: whether
    the kept act's date was written for it (in its sentence, or in a later mention of it it
    took the date from); by default, in its own sentence."""
    dated = own_date(kept) if kept_dated is None else kept_dated
    if dated and own_date(new) and kept.date and new.date:
        gap = abs((kept.date.value - new.date.value).days)
        if gap > 1 or (gap == 1 and kept.date.precision == 1 and new.date.precision == 1):
            return True
    vk = {c.value for c in kept.claims if c.attribute == "victims" and c.qualifier == "exact"}
    vn = {c.value for c in new.claims if c.attribute == "victims" and c.qualifier == "exact"}
    if vk and vn and not vk & vn:
        return True
    if kept.victims and new.victims and not set(kept.victims) & set(new.victims):
        return not any(same_person(a, b) for a in kept.victims for b in new.victims)
    return False


def _merge(kept: Mention, new: Mention, kept_dated: bool | None = None) -> Mention:
    """Fold a later mention of the same act into the first: it adds detail, not an event."""
    actor1 = kept.actor1
    upgrade = more_severe(new.sub_event_type, kept.sub_event_type, fight=_told_as_a_fight(new)) and not (
        # "X claimed responsibility and said it killed 100 militiamen": a side's own claim does
        # not make the reported attack a clash
        new.certainty == "claimed" and kept.certainty != "claimed"
    )
    answered = upgrade and new.sub_event_type == ARMED_CLASH  # "militiamen repelled the attack"
    # a later sentence may name the unknown perpetrator, never the act's own target
    names_target = new.actor1 is not None and kept.actor2 is not None and new.actor1.name == kept.actor2.name
    if new.actor1 is not None and not answered and not names_target and (actor1 is None or (
        actor1.name.startswith(UNIDENTIFIED) and not new.actor1.name.startswith(UNIDENTIFIED)
        and new.actor1.inter in ARMED_INTERS
    )):
        actor1 = new.actor1
    actor2 = kept.actor2 or new.actor2
    date = kept.date
    if not (own_date(kept) if kept_dated is None else kept_dated) and own_date(new):
        date = new.date
    # the act's own sentence names its place; later sentences only fill a gap, and a sentence
    # that names only a country or places in passing ("Mali President X arrested") leaves one
    places = kept.place_mentions or new.place_mentions
    if not _places_the_act(kept.place_mentions) and _places_the_act(new.place_mentions):
        places = new.place_mentions + kept.place_mentions
    fatalities, fat_span = kept.fatalities, kept.fatalities_span
    if fatalities is None or (kept.fatalities_span is None and new.fatalities_span is not None):
        fatalities, fat_span = new.fatalities, new.fatalities_span
    changes: dict[str, Any] = {}
    if upgrade:
        changes = {
            "sub_event_type": new.sub_event_type,
            "event_type": new.event_type,
            "disorder_type": new.disorder_type,
        }
        if new.sub_event_type == ARMED_CLASH:
            # "militiamen responded to the attack": the one who answered is the other side
            responder = new.actor1
            if responder is not None and (actor1 is None or responder.name != actor1.name) and not (
                responder.name.startswith(UNIDENTIFIED_ARMED) and new.actor2 is not None
            ):
                actor2 = responder
            elif new.actor2 is not None:
                actor2 = new.actor2 if actor1 is None or new.actor2.name != actor1.name else new.actor1
        if new.event_type == RIOTS:
            actor1, actor2 = new.actor1, new.actor2
    return replace(
        kept,
        **changes,
        actor1=actor1,
        actor2=actor2,
        date=date,
        place_mentions=places,
        victims=tuple(dict.fromkeys(kept.victims + new.victims)),
        fatalities=fatalities,
        fatalities_span=fat_span,
        claims=kept.claims + tuple(c for c in new.claims if c not in kept.claims),
        attribution=kept.attribution or new.attribution,
        attribution_span=kept.attribution_span or new.attribution_span,
        certainty=kept.certainty if kept.certainty != "reported" else new.certainty,
        civilian_targeting=kept.civilian_targeting or new.civilian_targeting,
    )


def _told_as_a_fight(m: Mention) -> bool:
    """The mention's trigger is a clash word ("exchanges of gunfire", "repelled the attack")."""
    quote = m.trigger.quote.lower()
    return any(
        family == "clash" and pattern.fullmatch(quote)
        for pattern, family in language_events(m.language or REFERENCE).triggers
    )


def consolidate(mentions: list[Mention]) -> list[Mention]:
    """One mention per act within a report: later references to the same act are merged."""
    kept: list[Mention] = []
    # whether each kept act's date was written for it: a headline's act takes the date of the
    # body's first dated mention of it, and an act told on another day stays apart from it
    dated: list[bool] = []
    for m in mentions:
        # "in a separate attack": another incident, never a later mention of a kept act
        for i, k in enumerate([] if told_as_another(m) else kept):
            same_act = act_group(k.sub_event_type) == act_group(m.sub_event_type)
            # "seven killed and four injured" after an IED or a clash is that act, not a new one
            detail = act_group(m.sub_event_type) == "violence" and act_group(k.sub_event_type) == "remote" and (
                not own_date(m) or (k.date is not None and m.date is not None and k.date.value == m.date.value)
            )
            if (same_act or detail) and not _separate(k, m, dated[i]):
                kept[i] = _merge(k, m, dated[i])
                dated[i] = dated[i] or own_date(m)
                break
        else:
            kept.append(m)
            dated.append(own_date(m))
    return kept


def battles_that_took_territory(mentions: list[Mention]) -> list[Mention]:
    """"X and Y clashed ... X took control of the village": ACLED codes a battle after which
    a side holds the place as the change of territory, with the battle's sides and toll."""
    if not mentions or mentions[0].sub_event_type != ARMED_CLASH:
        return mentions
    battle = mentions[0]
    for i, m in enumerate(mentions[1:], start=1):
        if m.sub_event_type in TERRITORY and (
            not own_date(m) or (m.date is not None and battle.date is not None and m.date.value == battle.date.value)
        ):
            winner = m.actor1 if m.actor1 is not None and not m.actor1.name.startswith(UNIDENTIFIED) else None
            actor1, actor2 = battle.actor1, battle.actor2
            if winner is not None and actor2 is not None and winner.name == actor2.name:
                actor1, actor2 = actor2, actor1  # the side that took the place comes first
            taken = replace(
                battle, sub_event_type=m.sub_event_type, event_type=m.event_type,
                disorder_type=m.disorder_type, actor1=actor1, actor2=actor2,
            )
            return [taken, *mentions[1:i], *mentions[i + 1 :]]
    return mentions


def after_act(article: Article, m: Mention, starts: Sequence[int]) -> int:
    """Where the sentences that follow an act and still tell of it end: at the next act's
    sentence, and at most 600 characters after the act's own sentence."""
    stop = next((s for s in starts if s > m.sentence.start), len(article.text))
    return min(stop, m.sentence.end + FOLLOWING_CHARS)


def tolls_from_following_sentences(
    article: Article, lang: str, mentions: list[Mention],
    sentences: Sequence[tuple[int, int]] = (), dates: Sequence[tuple[int, int, date, int]] = (),
) -> list[Mention]:
    """"Militants attacked the village. Three people were killed." The toll of an act is often
    in the sentences after it, up to the next act, and up to a sentence that dates another
    incident (``sentences`` and ``dates``: the report's sentences and its date expressions as
    (start, end, value, precision))."""
    starts = sorted(m.sentence.start for m in mentions)
    out: list[Mention] = []
    for m in mentions:
        if m.fatalities is None and sub_event(m.sub_event_type).violent and m.sub_event_type != ABDUCTION_FORCED_DISAPPEARANCE:
            stop = after_act(article, m, starts)
            stop = next(
                (s for s, e in sentences if m.sentence.end <= s < stop and dated_elsewhere(m, s, e, dates)), stop
            )
            if stop > m.sentence.end:
                fat = number_lib.fatalities_in(article.text, m.sentence.end, stop, lang=lang)
                if fat is not None:
                    m = replace(m, fatalities=fat.value, fatalities_span=article_span(article, fat.start, fat.end))
        out.append(m)
    return out


def fold_into_next(mentions: list[Mention], combine: Callable[[Mention, Mention], Mention | None]) -> list[Mention]:
    """Each act and the act told right after it (in the same or a later sentence, on the same
    day) become one mention where ``combine`` reads them as one act (it returns that mention,
    else ``None``)."""
    out: list[Mention] = []
    skip: set[str] = set()
    for i, m in enumerate(mentions):
        if m.id in skip:
            continue
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if (
            nxt is not None
            and nxt.sentence.start >= m.sentence.start
            and (nxt.date is None or m.date is None or nxt.date.value == m.date.value)
        ):
            one = combine(m, nxt)
            if one is not None:
                m = one
                skip.add(nxt.id)
        out.append(m)
    return out


def _property_only(m: Mention, nxt: Mention) -> Mention | None:
    harmless = (
        m.sub_event_type == ATTACK
        and _ATTACK_WORDS.match(m.trigger.quote) is not None
        and not m.fatalities
        and not m.victims
        and not any(c.attribute in _HARM_ATTRIBUTES for c in m.claims)
    )
    if not harmless or nxt.sub_event_type != LOOTING_PROPERTY_DESTRUCTION:
        return None
    loot = sub_event(LOOTING_PROPERTY_DESTRUCTION)
    return replace(
        m, sub_event_type=loot.name, event_type=loot.event_type,
        disorder_type=loot.disorder_type, fatalities=None, civilian_targeting=False,
    )  # fmt: skip


def attacks_that_only_took_property(mentions: list[Mention]) -> list[Mention]:
    """"Militants attacked the village. They burned granaries." ACLED codes burning, looting and
    stealing without fighting or harm as Looting/property destruction: an attack told only by
    the word "attacked", with no toll, no injured and no named victim, followed by a looting
    act before any other act, becomes that looting (one mention, the attack's sides)."""
    return fold_into_next(mentions, _property_only)


def coded_tolls(article: Article, lang: str, mentions: list[Mention]) -> list[Mention]:
    """A report that says how its toll is coded overrides the counts read from its sentences.

    "Fatalities coded as 4" is the toll; "unknown militant fatalities coded as 10" stands for
    the unknown part ("several militants killed", "an unspecified number") and is added to
    a toll read from exact counts; "fatalities are split across three events" gives this
    event its share of the toll (ACLED splits a toll spanning several places or days).
    """
    notes = number_lib.toll_notes(article.text, lang=lang)
    if not notes:
        return mentions
    coded = next((n for n in notes if n.kind == "coded"), None)
    split = next((n for n in notes if n.kind == "split"), None)
    out: list[Mention] = []
    for m in mentions:
        if not sub_event(m.sub_event_type).violent or m.sub_event_type == ABDUCTION_FORCED_DISAPPEARANCE:
            out.append(m)
            continue
        value, span = m.fatalities, m.fatalities_span
        if coded is not None:
            exact = value is not None and span is not None and not number_lib.is_vague_amount(span.quote, lang=lang)
            value = value + coded.value if coded.unknown and exact and value is not None else coded.value
            span = article_span(article, coded.start, coded.end)
        if split is not None:
            total = split.total if split.total is not None else value
            if total is not None:
                value = number_lib.share_of(total, split.value)
                span = span or article_span(article, split.start, split.end)
        if value != m.fatalities:
            m = replace(m, fatalities=value, fatalities_span=span)
        out.append(m)
    return out


def revised_tolls(
    article: Article, lang: str, mentions: list[Mention], sentences: Sequence[tuple[int, int]]
) -> list[Mention]:
    """"A first toll of 15 dead ... a new toll of 54": a report that tells its toll was revised
    marks the figures it gives before the revised one, and those it calls earlier, as earlier
    tolls (claims with subject ``EARLIER_TOLL`` on each of its violent acts), so that fusion
    codes the incident's current figure even when another report only had the first one."""
    text = article.text
    readings: list[tuple[int, int, bool, bool, Any]] = []  # (start, value, revised, earlier, toll)
    for s, e in sentences:
        if number_lib.toll_is_elsewhere(text, s, e, lang=lang):
            continue
        fat = number_lib.fatalities_in(text, s, e, lang=lang)
        if fat is None or fat.value <= 0:
            continue
        readings.append((s, fat.value, number_lib.toll_is_update(text, s, e, lang=lang),
                         number_lib.toll_is_earlier(text, s, e, lang=lang), fat))
    revised = [r for r in readings if r[2] and not r[3]] or [r for r in readings if r[2]]
    if not revised:
        return mentions
    top = max(revised, key=lambda r: r[1])
    earlier = [r for r in readings if r[1] < top[1] and (r[3] or r[0] < top[0])]
    if not earlier:
        return mentions
    marks = tuple(
        Claim(number_lib.EARLIER_TOLL, "fatalities", float(r[1]), None, r[4].qualifier,
              article_span(article, r[4].start, r[4].end))
        for r in earlier
    )
    return [
        replace(m, claims=m.claims + marks) if sub_event(m.sub_event_type).violent else m
        for m in mentions
    ]


# Acts that can be part of one attack as ACLED codes it: the looting and burning, the abduction,
# the mine or the air support of the attack are that attack's event, not events of their own.
PART_OF_MAIN = "part_of_main"
FOLDING_GROUPS = frozenset({"violence", "remote", "abduction", LOOTING_PROPERTY_DESTRUCTION})
# A demonstration's report folds its violence the same way (the tear-gas grenade, the fire,
# the wounded); any act folds the other acts of its scene ("ordered the women out").
MAIN_GROUPS = FOLDING_GROUPS | {"demo"}
# The army's answer told after the act (reinforcements sent, arms recovered, a post set up) is
# part of that act's report too, not an event of its own.
RESPONSES = frozenset({CHANGE_TO_GROUP_ACTIVITY, DISRUPTED_WEAPONS_USE, HEADQUARTERS_OR_BASE_ESTABLISHED})
PART_GROUPS = FOLDING_GROUPS | {OTHER} | RESPONSES
# "the attack", "cette embuscade": an act named with a determiner that points back to one
# already told (the place in its sentence is then one in passing, and its coding a variant).
_BACK = re.compile(r"(?:^|\W)" + any_of("passes", "BACK_DETERMINERS") + r"\W*$", re.IGNORECASE)


# "had attacked", "avait attaqué": an act told as earlier than the report's own.
_EARLIER = re.compile(r"(?:^|\W)" + any_of("passes", "EARLIER_AUXILIARIES") + r"\W+(?:\w+\W+){0,2}$", re.IGNORECASE)
# A headline ends with no full stop and is at most this long.
HEADLINE_CHARS = 160


# "another attack", "une attaque distincte": an act word told as another incident than one
# already told (never merged into it, nor folded as its part).
_ANOTHER_BEFORE = re.compile(r"(?:^|\W)" + any_of("passes", "ANOTHER_BEFORE") + r"\W+$", re.IGNORECASE)
_ANOTHER_AFTER = re.compile(r"^\W+" + any_of("passes", "ANOTHER_AFTER") + r"(?!\w)", re.IGNORECASE)


def told_as_another(m: Mention) -> bool:
    """The act word is told as another incident ("in a separate attack", « une attaque
    distincte »)."""
    after = m.sentence.quote[m.trigger.end - m.sentence.start : m.trigger.end - m.sentence.start + 20]
    return bool(_ANOTHER_BEFORE.search(_before_trigger(m, 20)) or _ANOTHER_AFTER.search(after))


def _before_trigger(m: Mention, width: int = 30) -> str:
    return m.sentence.quote[max(0, m.trigger.start - m.sentence.start - width) : m.trigger.start - m.sentence.start]


def _refers_back(m: Mention) -> bool:
    return bool(_BACK.search(_before_trigger(m)))


def told_as_earlier(m: Mention) -> bool:
    return bool(_EARLIER.search(_before_trigger(m)))


def _places_the_act(places: Sequence[PlaceMention]) -> bool:
    """Does a sentence put the act somewhere: a place not named in passing, and not a country
    named without a word that places the act in it ("Mali President X", not "in Mali")?"""
    return any(p.relation != PASSING and not (p.relation is None and names_a_country(p.text)) for p in places)


def _headline(m: Mention) -> bool:
    """Is the act told in the report's headline (its first line, short, with no full stop)?"""
    text = m.sentence.quote.strip()
    return m.sentence.start < 5 and len(text) <= HEADLINE_CHARS and not text.endswith((".", "!", "?", "»", '"'))


# A toponym of fewer letters than this names no place (an elided article read as a name).
NAME_LETTERS = 3
# Relations of a place mention that do not put the act there: where the wounded were taken,
# a reference, an area ("in the X region") that holds the main act's place as well as any other.
NOT_THE_ACTS_PLACE = frozenset({"passing", "distance", "border", "region", "between"})


def place_names(m: Mention, *, placing: bool = False) -> set[str]:
    """Name keys of the places the act's sentence names; ``placing``: only where it puts the act."""
    keys = (name_key(p.text) for p in m.place_mentions if not (placing and p.relation in NOT_THE_ACTS_PLACE))
    return {k for k in keys if len(k.replace(" ", "")) >= NAME_LETTERS}


def _dated_after_its_word(m: Mention) -> bool:
    """The act's own date is written after its word ("killed in the attack were buried on
    Saturday"): it dates another clause (the burial, the statement)."""
    return own_date(m) and m.date is not None and m.date.span is not None and m.date.span.start >= m.trigger.end


def _dated_apart(
    main: Mention, m: Mention, dates: Sequence[tuple[int, date]], reach: int = 1, before: int = 1
) -> bool:
    """Does the act's sentence write, after it, a date more than a day from the main act's
    ("their bodies were found executed on 23 March")? (``reach`` and ``before``: days after
    and before the main act that are still its own.)"""
    return main.date is not None and any(
        m.trigger.end <= start < m.sentence.end and not within(main, value, reach, before) for start, value in dates
    )


def _part_of(main: Mention, m: Mention, dates: Sequence[tuple[int, date]] = ()) -> bool:
    """Does ``m`` tell a part of the main act's incident rather than an incident of its own?
    It must be an act of violence, not dated apart (its own date, if any, within a day of the
    main act's), and not placed apart (no place of its own, or a place the main act names; a
    place named only as where the wounded went, a reference or an area is not its own);
    different named victims keep it apart. An act that refers back to one already told ("the
    attack") is the main act's, wherever its sentence places it, and whatever day the
    sentence writes after it (that of the burial or the statement the sentence tells). The
    abducted found killed within ``CAPTIVE_DAYS`` after their abduction are that abduction's incident."""
    if told_as_another(m):
        return False
    reach = CAPTIVE_DAYS if harms_the_abducted(main, m) else 1
    captive = kills_the_captive(main, m)  # the killing told first, the abduction it followed after
    before = CAPTIVE_DAYS if captive else 1
    back = _refers_back(m) and act_group(m.sub_event_type) in MAIN_GROUPS
    if back and (not own_date(m) or _dated_after_its_word(m)):
        return True
    if own_date(m) and m.date is not None and main.date is not None and not within(main, m.date.value, reach, before):
        return False
    if _dated_apart(main, m, dates, reach, before):
        return False
    if captive and same_captive(main, m):
        return True  # the body is often found, and told, far from where the captive was taken
    if captive and among_the_captives(m, main):
        return not place_names(m, placing=True) or bool(place_names(m) & place_names(main)) or told_as_a_finding(main)
    if back or m.sub_event_type in RESPONSES:
        return True  # (the answer may be told where it went: "reinforcements sent to the border")
    if act_group(m.sub_event_type) not in PART_GROUPS:
        return False
    if reach > 1 and same_captive(main, m):
        return True  # the body is often found, and told, where the captive was taken to
    if reach > 1 and among_the_captives(main, m):
        return not place_names(m) or bool(place_names(m) & place_names(main)) or told_as_a_finding(m)
    theirs = place_names(m, placing=True)
    if theirs and not theirs & place_names(main):
        return False
    return not _separate(main, m)


def _told_on_another_day(headline: Mention, m: Mention) -> bool:
    """Has the headline's act a day written for it (in the headline, or taken from the body's
    mention of it) more than a day from the day ``m``'s own sentence writes ("three more were
    killed on Sunday in another attack")?"""
    d = headline.date
    return (
        d is not None and d.span is not None and own_date(m) and m.date is not None and abs((m.date.value - d.value).days) > 1
    )


def fold_part(main: Mention, part: Mention) -> Mention:
    """The main act with what a part adds: a toll when it had none, named victims, claims;
    an abduction whose captives were killed or harmed becomes the attack."""
    if harms_the_abducted(main, part):
        main = as_the_attack(main, part, PART_OF_MAIN)
    elif kills_the_captive(main, part):
        main = on_the_abduction_day(main, part)
    fatalities, fat_span = main.fatalities, main.fatalities_span
    if fatalities is None and part.fatalities is not None:
        fatalities, fat_span = part.fatalities, part.fatalities_span
    return replace(
        main,
        fatalities=fatalities,
        fatalities_span=fat_span,
        victims=tuple(dict.fromkeys(main.victims + part.victims)),
        claims=main.claims + tuple(c for c in part.claims if c not in main.claims),
        place_mentions=main.place_mentions or part.place_mentions,
        attribution=main.attribution or part.attribution,
        attribution_span=main.attribution_span or part.attribution_span,
        parts=(*main.parts, SetAside(part.trigger, PART_OF_MAIN, part.sub_event_type), *part.parts),
    )


def fold_parts_of_the_main_act(mentions: list[Mention], dates: Sequence[tuple[int, date]] = ()) -> list[Mention]:
    """A report's later acts that tell part of its main (first) act — burning, looting, an
    abduction, the IED or the air support of the attack — are folded into it: ACLED codes the
    incident once. An act dated or placed apart stays an event of its own. A move told before
    the violence of its scene, and the arrests of a coup, are folded first (``extract.scenes``)."""
    if not mentions or act_group(mentions[0].sub_event_type) not in MAIN_GROUPS:
        return mentions
    main, later = mentions[0], mentions[1:]
    if _headline(main):
        # the headline sums up the act the body tells with its date and place
        told = next((m for m in later if act_group(m.sub_event_type) == act_group(main.sub_event_type)
                     and not _told_on_another_day(main, m) and not told_as_another(m)), None)
        if told is not None:
            main, later = fold_part(replace(told, primary=main.primary), main), [m for m in later if m is not told]
    rest = []
    for m in later:
        if _part_of(main, m, dates):
            main = fold_part(main, m)
        else:
            rest.append(m)
    return [main, *rest]
