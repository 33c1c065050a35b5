"""``eventfuse gazetteer``: add GeoNames dumps or a CSV place list to the user gazetteer, look up names."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ..common.cliargs import Command, CommandGroup
from ..config import Settings
from ..errors import InputError
from ..records import PlaceMention, Span
from .context import build_context
from .entries import DEMONYM_KIND, Candidate, prior_score
from .gazetteer import Gazetteer
from .scoring import ScoreReasons, score_candidate
from .user import add_csv, add_dumps, default_user_gazetteer, user_gazetteer_path

__all__ = ["GAZETTEER", "explain_candidates", "format_lookup"]

_KIND_NAMES = {0: "own name", 1: "alias / admin short name", 2: "alternate name",
               DEMONYM_KIND: "demonym"}  # fmt: skip


def explain_candidates(
    gazetteer: Gazetteer, name: str, *, country: str | None = None, limit: int = 10
) -> list[dict[str, Any]]:
    """The gazetteer's candidates for ``name``, each with the resolver's score and its
    terms (:class:`~eventfuse.geo.scoring.ScoreReasons`) as the resolver scores them in a
    story that names only this place (``country``: a story about that country), best
    first (ties: the gazetteer's order). In a report the resolver adds context terms:
    admin names written nearby, proximity to the other places (``eventfuse.geo.scoring``)."""
    if country and gazetteer.country_code(country) is None and len(country.strip()) != 2:
        raise InputError(f"unknown country {country!r}", hint="a country name or ISO code")
    mention = PlaceMention(text=name, span=Span("lookup", 0, len(name), name))
    ctx = build_context([mention], [], gazetteer, country)
    scored = [
        (cand, score_candidate(ctx, mention, cand, ()))
        for cand in gazetteer.candidates(name, country=country, limit=limit)
    ]
    scored.sort(key=lambda cs: -cs[1].total)
    return [_explain(rank, cand, reasons) for rank, (cand, reasons) in enumerate(scored, 1)]


def _explain(rank: int, cand: Candidate, reasons: ScoreReasons) -> dict[str, Any]:
    entry = cand.entry
    how = f"{cand.match} match on {cand.key!r}" + (
        f" (similarity {cand.similarity:.0f})" if cand.match == "fuzzy" else ""
    )
    kind = _KIND_NAMES.get(cand.name_kind, str(cand.name_kind))
    return {
        "rank": rank,
        "name": entry.name,
        "geonameid": entry.geonameid,
        "feature": f"{entry.feature_class}.{entry.feature_code}",
        "country": entry.country,
        "admin1": entry.admin1,
        "admin2": entry.admin2,
        "latitude": round(entry.lat, 5),
        "longitude": round(entry.lon, 5),
        "population": entry.population,
        "match": cand.match,
        "similarity": round(cand.similarity, 1),
        "prior": round(prior_score(entry), 3),
        "rank_score": round(reasons.total, 3),
        "terms": {label: round(value, 3) for label, value in reasons.terms},
        "source": "user" if entry.from_user else "shipped",
        "reasons": [f"{how}, as {kind}", *reasons.lines()],
    }


def format_lookup(name: str, rows: list[dict[str, Any]]) -> str:
    """Candidates as readable lines."""
    if not rows:
        return f"no gazetteer entry for {name!r}"
    lines = [f"{len(rows)} candidate(s) for {name!r}, best first:"]
    for row in rows:
        where = ", ".join(x for x in (row["admin2"], row["admin1"], row["country"]) if x)
        lines.append(
            f"{row['rank']:>3}. {row['name']} ({where}) {row['feature']} "
            f"{row['latitude']:.4f},{row['longitude']:.4f}  id {row['geonameid']}  "
            f"score {row['rank_score']}  [{row['source']}]"
        )
        lines.extend(f"       - {reason}" for reason in row["reasons"])
    return "\n".join(lines)


def run_add(args: argparse.Namespace, settings: Settings) -> int:
    """``eventfuse gazetteer add DUMP... | --csv FILE``."""
    out = Path(args.out) if args.out else default_user_gazetteer(settings)
    if not args.dumps and not args.csv:
        raise InputError(
            "nothing to add",
            hint="pass GeoNames dumps (XX.txt / XX.zip) and/or --csv FILE",
        )
    counts: dict[str, int] = {}
    if args.dumps:
        counts = add_dumps(args.dumps, out)
    if args.csv:
        with Gazetteer.open() as shipped:
            counts = add_csv(args.csv, out, country_code=shipped.country_code)
    print(json.dumps({"user_gazetteer": str(out), "counts": counts}, indent=2))
    if not settings.user_gazetteer and out != default_user_gazetteer(settings):
        print(
            f"eventfuse: to use it, set user_gazetteer={out} (--set, config file or "
            "EVENTFUSE_USER_GAZETTEER)",
            file=sys.stderr,
        )
    return 0


def run_lookup(args: argparse.Namespace, settings: Settings) -> int:
    """``eventfuse gazetteer lookup NAME``."""
    with Gazetteer.open(user_path=user_gazetteer_path(settings)) as gazetteer:
        rows = explain_candidates(gazetteer, args.name, country=args.country, limit=args.limit)
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
    else:
        print(format_lookup(args.name, rows))
    return 0 if rows else 1


def add_add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("dumps", nargs="*", metavar="DUMP", help="GeoNames country dumps")
    p.add_argument("--csv", metavar="FILE", help="a CSV place list")
    p.add_argument(
        "--out",
        metavar="FILE",
        help="user gazetteer file to write (default: "
        "setting user_gazetteer, else user_gazetteer.sqlite beside the database)",
    )


def add_lookup_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("name", help="a place name as written (accents and case do not matter)")
    p.add_argument("--country", help="only places of this country (name or ISO code)")
    p.add_argument("--limit", type=int, default=10, help="most candidates to show (default 10)")
    p.add_argument("--json", action="store_true", help="candidates as JSON")


GAZETTEER = CommandGroup(
    "gazetteer",
    "add places to the user gazetteer (GeoNames dumps, CSV) and look names up",
    commands=(
        Command(
            "add",
            "add GeoNames country dumps and/or a CSV place list to the user gazetteer",
            add_add_arguments,
            run_add,
            description=(
                "Add places to the user gazetteer (a SQLite file consulted with the shipped one): "
                "GeoNames country dumps (XX.txt or XX.zip from download.geonames.org/export/dump), "
                "or with --csv a place list with the header name,alternate_names,lat,lon,admin1,"
                "admin2,country (alternate names separated by ';'; optional columns feature_code, "
                "population). The file is the user_gazetteer setting, else user_gazetteer.sqlite "
                "beside the database."
            ),
        ),
        Command(
            "lookup",
            "show the gazetteer's candidates for a name and the reasons for their rank",
            add_lookup_arguments,
            run_lookup,
        ),
    ),
    metavar="ACTION",
)
