"""Score toponym resolution on geoparsing gold corpora (GeoWebNews, LGL): within 161 km, mean km."""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..common.cliargs import Command
from ..config import Settings
from ..errors import InputError
from ..geo import Gazetteer, describe_relation, haversine_km, resolve_mentions
from ..geo.user import user_gazetteer_path
from ..records import PlaceMention, Span

__all__ = [
    "GoldArticle",
    "GoldToponym",
    "evaluate_geoparse",
    "format_geoparse",
    "read_geoparse",
]

ACCURACY_KM = 161.0  # 100 miles, the field's usual threshold
NOTE = (
    "resolution only: the gold toponym spans are given as input (no toponym detection is "
    "scored); each toponym is resolved with the article's other gold toponyms as context"
)


@dataclass(frozen=True, slots=True)
class GoldToponym:
    """One gold toponym: its span in the article text and its gold coordinates."""

    start: int
    end: int
    name: str
    lat: float
    lon: float


@dataclass(frozen=True, slots=True)
class GoldArticle:
    """An article of a geoparsing corpus with its gold toponyms that carry coordinates."""

    id: str
    text: str
    toponyms: tuple[GoldToponym, ...]


def _float(node: ET.Element | None) -> float | None:
    if node is None or node.text is None:
        return None
    try:
        return float(node.text.strip())
    except ValueError:
        return None


def _int(node: ET.Element | None) -> int | None:
    value = _float(node)
    return None if value is None else int(value)


def _toponym(node: ET.Element, text: str) -> GoldToponym | None:
    """A toponym in any of the formats: GeoWebNews (``latitude``/``longitude``), GeoVirus
    (``<location>`` with ``lat``/``lon``) or LGL and TR-News (``gaztag/lat``/``gaztag/lon``).
    Toponyms without coordinates are not scored."""
    start, end = _int(node.find("start")), _int(node.find("end"))
    if start is None or end is None or not 0 <= start < end <= len(text):
        return None
    lat = _float(node.find("latitude"))
    lon = _float(node.find("longitude"))
    if lat is None or lon is None:
        lat, lon = _float(node.find("lat")), _float(node.find("lon"))
    if lat is None or lon is None:
        gaz = node.find("gaztag")
        if gaz is not None:
            lat, lon = _float(gaz.find("lat")), _float(gaz.find("lon"))
    if lat is None or lon is None:
        return None
    start, end = _aligned(node, text, start, end)
    return GoldToponym(start=start, end=end, name=text[start:end], lat=lat, lon=lon)


def _aligned(node: ET.Element, text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the toponym's written ``<name>`` nearest to the given offsets: some
    corpora count from 1 (GeoVirus), so the offsets alone can be one character off."""
    name_node = node.find("name")
    name = (name_node.text or "").strip() if name_node is not None else ""
    if not name or text[start:end] == name:
        return start, end
    lo = max(0, start - 5)
    found = text.find(name, lo, end + len(name) + 5)
    if found < 0:
        return start, end
    return found, found + len(name)


def read_geoparse(path: str | Path) -> Iterator[GoldArticle]:
    """Articles of a geoparsing XML corpus (GeoWebNews ``GWN.xml``, ``lgl.xml``, TR-News,
    GeoVirus and others of the same shape: ``<article>`` with ``<text>`` and ``<toponyms>``
    or ``<locations>``)."""
    source = Path(path)
    if not source.is_file():
        raise InputError(
            f"geoparsing corpus {source} not found",
            hint="pass an XML file such as GWN.xml or lgl.xml",
            code="EF112",
        )
    try:
        root = ET.parse(source).getroot()
    except ET.ParseError as exc:
        raise InputError(
            f"{source} is not readable XML ({exc})",
            hint="pass a geoparsing corpus in the GeoWebNews/LGL XML format",
        ) from None
    for number, article in enumerate(root.iter("article")):
        text_node = article.find("text")
        text = (text_node.text or "") if text_node is not None else ""
        ident = article.get("docid") or article.get("file") or str(number)
        nodes = article.find("toponyms")
        tag = "toponym"
        if nodes is None:  # GeoVirus: <locations><location>
            nodes, tag = article.find("locations"), "location"
        toponyms = []
        for node in nodes.iter(tag) if nodes is not None else ():
            found = _toponym(node, text)
            if found is not None:
                toponyms.append(found)
        yield GoldArticle(id=ident, text=text, toponyms=tuple(toponyms))


def evaluate_geoparse(
    path: str | Path,
    *,
    settings: Settings,
    limit: int | None = None,
    language: str = "en",
    document_default: bool = False,
) -> dict[str, Any]:
    """Resolve every gold toponym of a corpus and score it against the gold coordinates.

    Input is the gold spans (resolution only). Each span becomes a PlaceMention whose
    relation is read from the words around it; all spans of an article are its context.
    Returns counts, the share within 161 km, mean and median error in km (over resolved
    toponyms), and the share left unresolved (counted as misses). ``document_default``
    (see :func:`eventfuse.geo.resolve_mentions`): names the gazetteer lacks are placed at
    the article's main place; ``placed_by_default`` counts them, ``within_161km_found``
    scores only the gazetteer's own answers (defaults counted as misses).
    """
    gazetteer = Gazetteer.open(user_path=user_gazetteer_path(settings))
    errors: list[float] = []
    total = unresolved = articles = defaults = found_within = 0
    start_time = time.perf_counter()
    try:
        for article in read_geoparse(path):
            if limit is not None and articles >= limit:
                break
            articles += 1
            if not article.toponyms:
                continue
            mentions = []
            for top in article.toponyms:
                rel = describe_relation(article.text, top.start, top.end, language)
                mentions.append(
                    PlaceMention(
                        text=top.name,
                        span=Span(article.id, top.start, top.end, top.name),
                        relation=rel.relation,
                        distance_km=rel.distance_km,
                        direction=rel.direction,
                    )
                )
            resolved = resolve_mentions(
                mentions, mentions, gazetteer=gazetteer,
                country_hint=settings.default_country or None,
                document_default=document_default,
            )  # fmt: skip
            for top, item in zip(article.toponyms, resolved, strict=True):
                total += 1
                if item.entry is None:
                    unresolved += 1
                    continue
                km = haversine_km(item.entry.lat, item.entry.lon, top.lat, top.lon)
                errors.append(km)
                defaults += item.default
                found_within += not item.default and km <= ACCURACY_KM
    finally:
        gazetteer.close()
    seconds = time.perf_counter() - start_time
    within = sum(1 for km in errors if km <= ACCURACY_KM)
    return {
        "file": str(path),
        "mode": NOTE,
        "articles": articles,
        "toponyms": total,
        "resolved": len(errors),
        "unresolved": unresolved,
        "within_161km": round(within / total, 4) if total else None,
        "within_161km_of_resolved": round(within / len(errors), 4) if errors else None,
        "placed_by_default": defaults,
        "within_161km_found": round(found_within / total, 4) if total else None,
        "mean_error_km": round(statistics.fmean(errors), 1) if errors else None,
        "median_error_km": round(statistics.median(errors), 1) if errors else None,
        "auc_log_error": _auc(errors, unresolved),
        "toponyms_per_second": round(total / seconds, 1) if seconds else None,
    }


def _auc(errors: list[float], unresolved: int) -> float | None:
    """Area under the curve of log errors (Gritta et al.), unresolved counted as the worst
    error (20,039 km): 0 is perfect, 1 is worst."""
    worst = math.log(20039 + 1)
    values = [math.log(km + 1) / worst for km in errors] + [1.0] * unresolved
    return round(statistics.fmean(values), 4) if values else None


FORMAT_LINES = (
    ("articles", "articles"),
    ("toponyms", "gold toponyms with coordinates"),
    ("resolved", "resolved"),
    ("unresolved", "unresolved (counted as misses)"),
    ("within_161km", "within 161 km"),
    ("within_161km_of_resolved", "within 161 km (of resolved)"),
    ("placed_by_default", "placed at the article's main place"),
    ("within_161km_found", "within 161 km, without defaults"),
    ("mean_error_km", "mean error km (resolved)"),
    ("median_error_km", "median error km (resolved)"),
    ("auc_log_error", "AUC of log error (lower is better)"),
    ("toponyms_per_second", "toponyms per second"),
)


def format_geoparse(report: dict[str, Any]) -> str:
    """The headline numbers of a geoparsing evaluation, one per line."""
    lines = [f"eval geoparse {report.get('file')}", f"  ({report.get('mode')})"]
    for key, label in FORMAT_LINES:
        lines.append(f"  {label:36} {report.get(key)}")
    return "\n".join(lines)


def run_command(args: argparse.Namespace, settings: Settings) -> int:
    """``eventfuse eval geoparse FILE.xml``."""
    report = evaluate_geoparse(
        args.corpus, settings=settings, limit=args.limit,
        document_default=args.document_default,
    )  # fmt: skip
    if args.json:
        Path(args.json).write_text(
            json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8"
        )
    print(format_geoparse(report), file=sys.stdout)
    return 0


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("corpus", metavar="FILE.xml", help="GeoWebNews / LGL style XML corpus")
    p.add_argument("--limit", type=int, help="score only the first N articles")
    p.add_argument("--json", metavar="OUT", help="also write the report as JSON")
    p.add_argument(
        "--document-default", action="store_true",
        help="place names the gazetteer lacks at the article's main place (a guess, flagged; "
        "off by default, and never used by the pipeline)",
    )  # fmt: skip


EVAL_GEOPARSE = Command(
    "geoparse",
    "resolve the gold toponyms of a geoparsing corpus (GWN.xml, lgl.xml) and score "
    "them: share within 161 km, mean error km",
    add_arguments, run_command,
)
