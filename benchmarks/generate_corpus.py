"""Generate a benchmark corpus: invented English and French incident reports, any size.

Every incident and report is invented. The words come from the project's own lexicons:
month and weekday names and number words from ``eventfuse/lang/{en,fr}``, armed groups and
state forces (with their English and French aliases) from ``eventfuse/data/actors.toml``,
towns, regions and coordinates from the shipped gazetteer (GeoNames). Sentence frames are
below. Each incident is told by 1 to 5 outlets (some copy a wire sentence word for word),
in both languages, with explicit or relative dates, distances from another town, numbers
in digits or words with qualifiers, attributions and background paragraphs.

Run: ``.venv/bin/python benchmarks/generate_corpus.py --articles 10000 --out corpus.jsonl``
(``--length short|mixed|long``, ``--seed``, ``--per-day`` incidents a day, ``--truth``
writes ``article id -> incident id``). The same arguments always give the same file.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sqlite3
import sys
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from pathlib import Path

from eventfuse.lang.en import dates as en_dates
from eventfuse.lang.en import places as en_places
from eventfuse.lang.fr import dates as fr_dates

COUNTRIES = {"ML": "Mali", "BF": "Burkina Faso", "NE": "Niger"}
CAPITALS = {"Mali": "Bamako", "Burkina Faso": "Ouagadougou", "Niger": "Niamey"}
COUNTRY_FR = {"Mali": "le Mali", "Burkina Faso": "le Burkina Faso", "Niger": "le Niger"}
GROUPS = (
    "JNIM: Group for Support of Islam and Muslims",
    "Islamic State (Sahel)",
    "Ansaroul Islam",
    "Katiba Macina",
)
KINDS = ("clash", "attack", "ied", "abduction", "strike", "protest", "looting")
KIND_WEIGHTS = (5, 6, 3, 3, 2, 2, 2)
OUTLETS = {
    "en": ("Sahel Wire Service", "Desert Courier", "Niger Bend Observer", "West Sahel Daily",
           "Savanna Monitor", "Border Post Weekly"),
    "fr": ("Agence Sahel Info", "Le Courrier du Fleuve", "L'Écho des Dunes", "Sahel Matin",
           "La Voix du Liptako", "Le Journal du Gourma"),
}  # fmt: skip
DIRECTIONS = {  # bearing sector -> (English, French)
    0: ("north", "nord"), 1: ("north-east", "nord-est"), 2: ("east", "est"),
    3: ("south-east", "sud-est"), 4: ("south", "sud"), 5: ("south-west", "sud-ouest"),
    6: ("west", "ouest"), 7: ("north-west", "nord-ouest"),
}  # fmt: skip
ISSUES = {
    "en": ("power cuts", "insecurity on the roads", "the rising price of fuel", "water shortages"),
    "fr": ("les coupures d'électricité", "l'insécurité sur les routes", "la hausse du prix du carburant",
           "les pénuries d'eau"),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Town:
    name: str
    country: str
    admin1: str
    lat: float
    lon: float


@dataclass(frozen=True, slots=True)
class Lexicons:
    towns: dict[str, tuple[Town, ...]]
    groups: tuple[dict[str, tuple[str, ...]], ...]  # per group: lang -> aliases
    state: dict[str, dict[str, tuple[str, ...]]]  # country -> lang -> aliases
    months: dict[str, tuple[str, ...]]  # lang -> 12 month names
    weekdays: dict[str, tuple[str, ...]]  # lang -> 7 weekday names (Monday first)
    number_words: dict[str, dict[int, str]]  # lang -> small numbers as words


def _full_names(table: dict[str, int], count: int) -> tuple[str, ...]:
    """The longest name of each number 1..count (or 0..count-1) of a lexicon table."""
    best: dict[int, str] = {}
    for word, value in table.items():
        if value not in best or len(word) > len(best[value]):
            best[value] = word
    keys = sorted(best)
    return tuple(best[k] for k in keys)[:count]


@lru_cache(maxsize=1)
def lexicons() -> Lexicons:
    """Read the lexicons, the actor table and the gazetteer once."""
    data = resources.files("eventfuse") / "data"
    actors = tomllib.loads((data / "actors.toml").read_text(encoding="utf-8"))["actor"]
    groups = []
    for name in GROUPS:
        entry = next(a for a in actors if a["name"] == name)
        groups.append({
            lang: tuple(a for a in entry[f"aliases_{lang}"] if len(a.split()) <= 5 and a[:1].isupper())
            for lang in ("en", "fr")
        })
    state: dict[str, dict[str, tuple[str, ...]]] = {}
    for entry in actors:
        country = entry.get("country")
        if entry.get("role") == "military" and country in COUNTRIES.values() and "suffix" not in entry:
            state.setdefault(country, {
                "en": tuple(a for a in entry["aliases_en"]
                            if a.split()[0].endswith(("ian", "abe", "ien")) and "'" not in a
                            and a.split()[-1] in {"army", "forces", "troops", "military"}),
                "fr": tuple(a for a in entry["aliases_fr"] if a.startswith("armée ")),
            })
    towns: dict[str, list[Town]] = {c: [] for c in COUNTRIES.values()}
    with resources.as_file(data / "gazetteer.sqlite") as path:
        db = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        rows = db.execute(
            "SELECT p.name, p.country_code, p.admin1, p.lat_e5, p.lon_e5 FROM places p"
            " WHERE p.fclass = 'P' AND p.country_code IN ('ML', 'BF', 'NE')"
            " AND p.population >= 2000 AND p.admin1 IS NOT NULL"
            " AND (SELECT count(*) FROM places q WHERE q.name = p.name) = 1"
            " ORDER BY p.geonameid"
        ).fetchall()
        db.close()
    for name, code, admin1, lat, lon in rows:
        if name.isascii() and " " not in name and len(name) >= 4:
            towns[COUNTRIES[code]].append(Town(name, COUNTRIES[code], admin1, lat / 1e5, lon / 1e5))
    number_words = {
        "en": {int(v): w for w, v in en_places.NUMBER_WORDS.items()
               if 2 <= v <= 20 and float(v).is_integer() and " " not in w and w not in {"few", "dozen"}},
        "fr": {v: w for w, v in fr_dates.SMALL_NUMBERS.items() if 2 <= v <= 12},
    }  # fmt: skip
    return Lexicons(
        towns={c: tuple(ts) for c, ts in towns.items() if ts},
        groups=tuple(groups),
        state=state,
        months={
            "en": _month_names(en_dates.MONTHS, capital=True),
            "fr": _month_names(fr_dates.MONTHS, capital=False),
        },
        weekdays={"en": _full_names(en_dates.WEEKDAYS, 7), "fr": _full_names(fr_dates.WEEKDAYS, 7)},
        number_words=number_words,
    )


def _month_names(table: dict[str, int], *, capital: bool) -> tuple[str, ...]:
    names = _full_names(table, 12)
    return tuple(n.capitalize() if capital else n for n in names)


@dataclass(frozen=True, slots=True)
class Incident:
    id: str
    kind: str
    day: date
    town: Town
    reference: Town
    group: int
    fatalities: int
    victims: int


def _fr_of(name: str) -> str:
    """French "de" before a name: "du JNIM", "de l'État islamique"."""
    return f"de l'{name}" if name[:1] in "AEIOUÉaeioué" else f"du {name}"


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _fr_the(name: str) -> str:
    return f"L'{name}" if name[:1] in "AEIOUÉaeioué" else f"Le {name}"


def _distance_km(a: Town, b: Town) -> float:
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def _bearing_sector(origin: Town, target: Town) -> int:
    dy = target.lat - origin.lat
    dx = (target.lon - origin.lon) * math.cos(math.radians(origin.lat))
    angle = (math.degrees(math.atan2(dx, dy)) + 360) % 360
    return int((angle + 22.5) // 45) % 8


def _incident(rng: random.Random, lex: Lexicons, number: int, day: date) -> Incident:
    country = rng.choices(list(lex.towns), weights=[5, 4, 3][: len(lex.towns)])[0]
    towns = lex.towns[country]
    town = rng.choice(towns)
    near = sorted(towns, key=lambda t: _distance_km(town, t))[1:12]
    reference = rng.choice([t for t in near if _distance_km(town, t) >= 15] or near or [town])
    kind = rng.choices(KINDS, weights=KIND_WEIGHTS)[0]
    fatalities = 0 if kind in {"protest", "looting", "abduction"} else rng.choice(
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 15, 20, 25, 30]
    )
    return Incident(
        id=f"inc-{number:07d}", kind=kind, day=day, town=town, reference=reference,
        group=rng.randrange(len(lex.groups)), fatalities=fatalities, victims=rng.randint(2, 12),
    )


class _Writer:
    """Sentences of one report about one incident, in one language."""

    def __init__(self, rng: random.Random, lex: Lexicons, inc: Incident, lang: str, published: date) -> None:
        self.rng, self.lex, self.inc, self.lang, self.published = rng, lex, inc, lang, published
        self.group = rng.choice(lex.groups[inc.group][lang])
        self.state = rng.choice(lex.state[inc.town.country][lang])

    def number(self, n: int) -> str:
        words = self.lex.number_words[self.lang]
        return words[n] if n in words and self.rng.random() < 0.5 else str(n)

    def when(self) -> str:
        d, lang, rng = self.inc.day, self.lang, self.rng
        weekday = self.lex.weekdays[lang][d.weekday()]
        month = self.lex.months[lang][d.month - 1]
        relative_ok = 0 < (self.published - d).days < 6
        style = rng.random()
        if lang == "en":
            if style < 0.35 and relative_ok:
                return f"on {weekday.capitalize()}"
            if style < 0.7:
                return f"on {weekday.capitalize()}, {d.day} {month} {d.year}"
            return f"on {d.day} {month}"
        if style < 0.35 and relative_ok:
            return rng.choice([weekday, f"ce {weekday}", f"{weekday} dernier"])
        if style < 0.7:
            return f"{weekday} {d.day} {month} {d.year}"
        return f"le {d.day} {month}"

    def where(self) -> str:
        inc, rng = self.inc, self.rng
        town, ref = inc.town, inc.reference
        km = _distance_km(ref, town)
        sector = _bearing_sector(ref, town)
        style = rng.random()
        if self.lang == "en":
            if style < 0.3:
                return f"in {town.name}"
            if style < 0.55:
                return f"near {town.name}, in the {town.admin1} region"
            if style < 0.8:
                return f"in {town.name}, about {round(km / 5) * 5 or 5} km {DIRECTIONS[sector][0]} of {ref.name}"
            return f"near the village of {town.name}"
        if style < 0.3:
            return f"à {town.name}"
        if style < 0.55:
            return f"près de {town.name}, dans la région de {town.admin1}"
        if style < 0.8:
            return f"à {town.name}, à environ {round(km / 5) * 5 or 5} km au {DIRECTIONS[sector][1]} de {ref.name}"
        return f"dans le village de {town.name}"

    def source(self) -> str:
        en = ("local sources said", "a local official said", "according to a security source",
              "residents said", f"the {self.state} said in a statement")
        fr = ("selon des sources locales", "a indiqué un élu local", "selon une source sécuritaire",
              "ont rapporté des habitants", "a annoncé l'armée dans un communiqué")  # fmt: skip
        return self.rng.choice(en if self.lang == "en" else fr)

    def toll(self) -> str:
        n = self.inc.fatalities
        rng = self.rng
        if self.lang == "en":
            qualifier = rng.choice(["", "", "at least ", "more than "]) if n > 2 else ""
            return f"{qualifier}{self.number(n)} people" if n > 1 else "one person"
        qualifier = rng.choice(["", "", "au moins ", "plus de "]) if n > 2 else ""
        return f"{qualifier}{self.number(n)} personnes" if n > 1 else "une personne"

    def lead(self) -> str:
        k, when, where, src = self.inc.kind, self.when(), self.where(), self.source()
        g, s, toll = self.group, self.state, self.toll()
        if self.lang == "en":
            frames = {
                "clash": f"Fighters of {g} clashed with the {s} {when} {where}, {src}. {toll.capitalize()} were killed in the fighting.",
                "attack": f"Gunmen attacked villagers {where} {when}, killing {toll}, {src}.",
                "ied": f"{toll.capitalize()} were killed {when} when their minibus hit an improvised explosive device {where}, {src}.",
                "abduction": f"Armed men abducted {self.number(self.inc.victims)} traders {where} {when}, {src}.",
                "strike": f"A drone strike killed {toll} {where} {when}, {src}.",
                "protest": f"Hundreds of residents marched peacefully {when} {where} to protest against {self.rng.choice(ISSUES['en'])}, {src}.",
                "looting": f"Armed men looted shops and stole cattle {where} {when}, {src}.",
            }  # fmt: skip
        else:
            frames = {
                "clash": f"Des combattants {_fr_of(g)} ont affronté l'{s} {when} {where}, {src}. {toll.capitalize()} ont été tuées dans les combats.",
                "attack": f"Des hommes armés ont attaqué des villageois {where} {when}, tuant {toll}, {src}.",
                "ied": f"{toll.capitalize()} ont été tuées {when} lorsque leur minibus a sauté sur un engin explosif improvisé {where}, {src}.",
                "abduction": f"Des hommes armés ont enlevé {self.number(self.inc.victims)} commerçants {where} {when}, {src}.",
                "strike": f"Une frappe de drone a tué {toll} {where} {when}, {src}.",
                "protest": f"Des centaines d'habitants ont manifesté pacifiquement {when} {where} contre {self.rng.choice(ISSUES['fr'])}, {src}.",
                "looting": f"Des hommes armés ont pillé des boutiques et emporté du bétail {where} {when}, {src}.",
            }  # fmt: skip
        return frames[k]

    def details(self, k: int) -> list[str]:
        inc, ref = self.inc, self.inc.reference.name
        violent = inc.kind not in {"protest", "looting"}
        if self.lang == "en":
            pool = [
                "The attackers arrived on motorbikes early in the morning and fled towards the bush.",
                f"{self.group} has not commented on the incident.",
                "Shops stayed closed the next day and many families left the area.",
                f"Traffic on the road to {ref} was suspended for several hours.",
            ] + violent * [
                f"Several wounded people were taken to the health centre in {ref}.",
                "The toll could not be independently verified.",
            ]
        else:
            pool = [
                "Les assaillants, arrivés à moto tôt le matin, ont pris la fuite en direction de la brousse.",
                f"{_fr_the(self.group)} n'a pas réagi.",
                "Les boutiques sont restées fermées le lendemain et de nombreuses familles ont quitté la zone.",
                f"La circulation sur la route de {ref} a été suspendue pendant plusieurs heures.",
            ] + violent * [
                f"Plusieurs blessés ont été évacués vers le centre de santé de {ref}.",
                "Ce bilan n'a pas pu être vérifié de source indépendante.",
            ]
        return self.rng.sample(pool, k=min(len(pool), k))

    def quotes(self) -> list[str]:
        ref = self.inc.reference.name
        if self.lang == "en":
            pool = [
                "“We heard gunshots for almost two hours, then the motorbikes left,” said a resident reached by telephone.",
                "“People are afraid to go to the fields or to the market,” a community leader said.",
                f"“The road to {ref} is no longer safe, even during the day,” said a driver who travels it every week.",
                "“We ask the authorities to protect us,” said a member of a local association.",
            ]
        else:
            pool = [
                "« Nous avons entendu des tirs pendant près de deux heures, puis les motos sont reparties », a raconté un habitant joint par téléphone.",
                "« Les gens ont peur d'aller aux champs ou au marché », a confié un responsable communautaire.",
                f"« La route de {ref} n'est plus sûre, même en journée », a déclaré un chauffeur qui l'emprunte chaque semaine.",
                "« Nous demandons aux autorités de nous protéger », a déclaré le membre d'une association locale.",
            ]
        return self.rng.sample(pool, k=self.rng.randint(1, 2))

    def background(self) -> list[str]:
        inc, rng = self.inc, self.rng
        year = rng.choice([2012, 2015, 2016, 2019])
        country = inc.town.country
        if self.lang == "en":
            pool = [
                f"{country} has been fighting an insurgency since {year}.",
                f"The {inc.town.admin1} region has seen repeated attacks in recent years.",
                f"Millions of people have been displaced by the violence since {year}.",
                "Armed groups frequently target roads, markets and water points in the area.",
            ]
        else:
            pool = [
                f"{_upper_first(COUNTRY_FR[country])} est confronté depuis {year} à une insurrection jihadiste.",
                f"La région de {inc.town.admin1} est régulièrement le théâtre d'attaques depuis plusieurs années.",
                f"Les violences ont fait des milliers de morts et des millions de déplacés depuis {year}.",
                "Les groupes armés s'en prennent fréquemment aux routes, aux marchés et aux points d'eau.",
            ]
        return rng.sample(pool, k=rng.randint(1, 3))

    def title(self) -> str:
        inc = self.inc
        if self.lang == "en":
            return {
                "protest": f"Residents march in {inc.town.name}",
                "looting": f"Shops looted near {inc.town.name}",
                "abduction": f"Traders abducted near {inc.town.name}",
            }.get(inc.kind, f"{inc.fatalities} killed near {inc.town.name}")
        return {
            "protest": f"{inc.town.name} : les habitants dans la rue",
            "looting": f"{inc.town.name} : des boutiques pillées",
            "abduction": f"{inc.town.name} : des commerçants enlevés",
        }.get(inc.kind, f"{inc.town.name} : {inc.fatalities} morts")


def _report(rng: random.Random, lex: Lexicons, inc: Incident, lang: str, length: str,
            copied: str | None) -> tuple[dict[str, str], str]:
    published = inc.day + timedelta(days=rng.choice([0, 1, 1, 1, 2, 2, 3, 5]))
    w = _Writer(rng, lex, inc, lang, published)
    outlet = rng.choice(OUTLETS[lang])
    lead = copied if copied is not None else w.lead()
    body_lead = lead
    size = length if length != "mixed" else rng.choices(["short", "medium", "long"], weights=[3, 4, 3])[0]
    if rng.random() < 0.5:  # a dateline: a capital, the day of publication, the outlet
        capital = CAPITALS[inc.town.country]
        month = lex.months[lang][published.month - 1]
        lead = f"{capital.upper()}, {published.day} {month} {published.year} ({outlet}) – {lead}"
    paragraphs = [lead]
    if size == "medium":
        paragraphs.append(" ".join(w.details(rng.randint(2, 3))))
    if size == "long":
        details = w.details(rng.randint(4, 6))
        paragraphs.append(" ".join(details[:2]))
        paragraphs.append(" ".join(w.quotes()))
        paragraphs.append(" ".join(details[2:]))
        paragraphs.append(" ".join(w.background()))
    elif size == "medium" and rng.random() < 0.5:
        paragraphs.append(" ".join(w.quotes()))
        paragraphs.append(" ".join(w.background()))
    slug = outlet.lower().replace(" ", "-").replace("'", "")
    record = {
        "title": w.title(),
        "outlet": outlet,
        "url": f"https://example.org/{slug}/{published.isoformat()}/{inc.id}-{rng.randrange(10**6)}",
        "published": published.isoformat(),
        "language": lang,
        "text": "\n\n".join(paragraphs),
    }
    return record, body_lead


def generate(
    articles: int,
    *,
    seed: int = 7,
    length: str = "mixed",
    per_day: float = 6.0,
    start: date = date(2019, 1, 1),
) -> Iterator[tuple[dict[str, str], str]]:
    """``articles`` reports (JSON objects) with the id of the incident each one tells."""
    rng = random.Random(seed)
    lex = lexicons()
    made = number = 0
    while made < articles:
        number += 1
        day = start + timedelta(days=int(number / per_day))
        inc = _incident(rng, lex, number, day)
        n_reports = min(articles - made, rng.choices([1, 2, 3, 4, 5], weights=[3, 4, 3, 2, 1])[0])
        wire_lead: dict[str, str] = {}
        for _ in range(n_reports):
            lang = "en" if rng.random() < 0.5 else "fr"
            copied = wire_lead.get(lang) if rng.random() < 0.3 else None
            record, lead = _report(rng, lex, inc, lang, length, copied)
            wire_lead.setdefault(lang, lead)
            made += 1
            yield {"id": f"gen-{made:07d}", **record}, inc.id


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--length", choices=["short", "medium", "long", "mixed"], default="mixed")
    parser.add_argument("--per-day", type=float, default=6.0, help="incidents a day (all countries)")
    parser.add_argument("--out", default="-", help="JSON lines file (- for stdout)")
    parser.add_argument("--truth", help="also write article id -> incident id (JSON)")
    args = parser.parse_args(argv)
    truth: dict[str, str] = {}
    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")  # noqa: SIM115
    try:
        for record, incident in generate(args.articles, seed=args.seed, length=args.length,
                                         per_day=args.per_day):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            truth[record["id"]] = incident
    finally:
        if out is not sys.stdout:
            out.close()
    if args.truth:
        Path(args.truth).write_text(json.dumps(truth, indent=0), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
