"""Alert rules read from YAML or TOML: area, types, actors, fatalities, sources → sinks."""

from __future__ import annotations

import math
import re
import tomllib
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eventfuse.errors import ConfigError
from eventfuse.geo.distance import haversine_km
from eventfuse.records import Event
from eventfuse.taxonomy import EVENT_TYPES, SUB_EVENT_TYPES

SINK_TYPES = ("jsonl", "webhook", "email")
RULE_KEYS = frozenset(
    {"name", "area", "types", "actors", "min_fatalities", "min_sources", "sinks"}
)
NAME_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}$")


@dataclass(frozen=True, slots=True)
class Circle:
    """Events within ``radius_km`` of a point."""

    latitude: float
    longitude: float
    radius_km: float


@dataclass(frozen=True, slots=True)
class BBox:
    """Events inside ``(west, south, east, north)``; ``west > east`` crosses 180°."""

    west: float
    south: float
    east: float
    north: float


@dataclass(frozen=True, slots=True)
class AdminArea:
    """Events whose country, admin1, admin2 or location is one of ``names`` (accent- and
    case-insensitive)."""

    names: tuple[str, ...]


Area = Circle | BBox | AdminArea


@dataclass(frozen=True, slots=True)
class SinkConfig:
    """Where alerts go: ``kind`` is jsonl (``path``), webhook (``url``) or email (SMTP)."""

    name: str
    kind: str
    path: str = ""
    url: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    timeout: float = 10.0
    host: str = ""
    port: int = 25
    sender: str = ""
    to: tuple[str, ...] = ()
    starttls: bool = False
    ssl: bool = False
    username: str = ""
    password_env: str = ""


@dataclass(frozen=True, slots=True)
class Rule:
    """One alert rule; every condition given must hold (``None``/empty: no condition)."""

    name: str
    sinks: tuple[str, ...]
    area: Area | None = None
    types: tuple[str, ...] = ()  # event types or sub-event types
    actors: tuple[str, ...] = ()  # words of an actor name (any actor may match)
    min_fatalities: int | None = None
    min_sources: int | None = None


@dataclass(frozen=True, slots=True)
class RuleSet:
    """The rules of one file and the sinks they name."""

    rules: tuple[Rule, ...]
    sinks: dict[str, SinkConfig]


# -- matching -------------------------------------------------------------------------------


def fold(text: str) -> str:
    """Lower case without accents: ``"Ségou"`` → ``"segou"``."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _number(value: object) -> float | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        return float(value)
    return None


def in_area(area: Area, event: Event) -> bool:
    """Whether the event lies in the area (an event without coordinates is in no circle
    or box; one without admin names in no admin area)."""
    if isinstance(area, AdminArea):
        names = {fold(str(event.value(f))) for f in ("country", "admin1", "admin2", "location")
                 if event.value(f)}
        return any(fold(n) in names for n in area.names)
    lat, lon = _number(event.value("latitude")), _number(event.value("longitude"))
    if lat is None or lon is None:
        return False
    if isinstance(area, Circle):
        return haversine_km(area.latitude, area.longitude, lat, lon) <= area.radius_km
    if not area.south <= lat <= area.north:
        return False
    if area.west <= area.east:
        return area.west <= lon <= area.east
    return lon >= area.west or lon <= area.east


def _actor_names(event: Event) -> list[str]:
    names = []
    for name in ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2"):
        fv = event.fields.get(name)
        if fv is None:
            continue
        for value in (fv.value, *(alt.value for alt in fv.alternatives)):
            if isinstance(value, str) and value:
                names.append(fold(value))
    return names


def matches(rule: Rule, event: Event) -> bool:
    """Whether ``event`` satisfies every condition of ``rule``."""
    if rule.area is not None and not in_area(rule.area, event):
        return False
    if rule.types:
        kinds = {fold(str(event.value(f))) for f in ("event_type", "sub_event_type")
                 if event.value(f)}
        if not any(fold(t) in kinds for t in rule.types):
            return False
    if rule.actors:
        names = _actor_names(event)
        if not any(actor_matches(a, names) for a in rule.actors):
            return False
    if rule.min_fatalities is not None:
        fatalities = _number(event.value("fatalities"))
        if fatalities is None or fatalities < rule.min_fatalities:
            return False
    return rule.min_sources is None or event.independent_sources >= rule.min_sources


def actor_matches(actor: str, names: Sequence[str]) -> bool:
    """Every word of ``actor`` starts a word of one of the (folded) ``names``: ``"jnim"``
    matches ``"JNIM: Group for ..."``, ``"milit mali"`` matches ``"Military Forces of Mali"``."""
    patterns = [re.compile(r"(?<![0-9a-z])" + re.escape(w)) for w in fold(actor).split()]
    return bool(patterns) and any(all(p.search(n) for p in patterns) for n in names)


# -- loading --------------------------------------------------------------------------------


def load_rules(path: str | Path) -> RuleSet:
    """Read and check a rules file (``.yaml``/``.yml`` or ``.toml``)."""
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"rules file {file} not found", hint="check the --rules path") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read rules file {file}: {exc}") from None
    suffix = file.suffix.lower()
    if suffix == ".toml":
        try:
            data: Any = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{file} is not valid TOML: {exc}") from None
    elif suffix in {".yaml", ".yml"}:
        # PyYAML (0.07 s measured) only for YAML rules: `eventfuse --help` imports this module
        import yaml

        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            raise ConfigError(f"{file} is not valid YAML: {exc}") from None
    else:
        raise ConfigError(f"rules file {file} must end in .yaml, .yml or .toml")
    return parse_rules(data, source=str(file))


def parse_rules(data: Any, *, source: str = "rules") -> RuleSet:
    """Check the decoded rules document and build the :class:`RuleSet`."""
    if not isinstance(data, Mapping):
        raise ConfigError(f"{source}: expected a mapping with 'rules' and 'sinks'",
                          hint="see docs/alerts.md for the format")
    unknown = sorted(set(data) - {"rules", "sinks"})
    if unknown:
        raise ConfigError(f"{source}: unknown top-level key(s) {', '.join(unknown)}",
                          hint="the file has two sections: sinks and rules")
    raw_sinks = data.get("sinks") or {}
    if not isinstance(raw_sinks, Mapping) or not raw_sinks:
        raise ConfigError(f"{source}: 'sinks' must name at least one sink",
                          hint="e.g. sinks: {log: {type: jsonl, path: alerts.jsonl}}")
    sinks = {str(name): _sink(str(name), spec, source) for name, spec in raw_sinks.items()}
    raw_rules = data.get("rules")
    if not isinstance(raw_rules, list) or not raw_rules:
        raise ConfigError(f"{source}: 'rules' must be a non-empty list")
    rules = tuple(_rule(i, spec, sinks, source) for i, spec in enumerate(raw_rules))
    names = [r.name for r in rules]
    doubles = sorted({n for n in names if names.count(n) > 1})
    if doubles:
        raise ConfigError(f"{source}: rule name(s) used twice: {', '.join(doubles)}")
    return RuleSet(rules=rules, sinks=sinks)


def _where(source: str, what: str) -> str:
    return f"{source}: {what}"


def _sink(name: str, spec: Any, source: str) -> SinkConfig:
    where = _where(source, f"sink {name!r}")
    if not NAME_PATTERN.match(name):
        raise ConfigError(f"{where}: names use letters, digits, '.', '_' and '-'")
    if not isinstance(spec, Mapping):
        raise ConfigError(f"{where}: expected a mapping with a 'type'")
    kind = spec.get("type")
    if kind not in SINK_TYPES:
        raise ConfigError(f"{where}: type must be one of {', '.join(SINK_TYPES)}, got {kind!r}")
    allowed = {
        "jsonl": {"type", "path"},
        "webhook": {"type", "url", "headers", "timeout"},
        "email": {"type", "host", "port", "from", "to", "starttls", "ssl", "username",
                  "password_env", "timeout"},
    }[kind]
    unknown = sorted(set(spec) - allowed)
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(unknown)}",
                          hint=f"a {kind} sink takes: {', '.join(sorted(allowed))}")
    timeout = _float(spec.get("timeout", 10.0), f"{where}: timeout")
    if not 0 < timeout <= 300:
        raise ConfigError(f"{where}: timeout must be in (0, 300] seconds")
    if kind == "jsonl":
        path = spec.get("path")
        if not isinstance(path, str) or not path.strip():
            raise ConfigError(f"{where}: a jsonl sink needs 'path'")
        return SinkConfig(name=name, kind=kind, path=path)
    if kind == "webhook":
        url = spec.get("url")
        if not isinstance(url, str) or not re.match(r"^https?://[^\s/]+", url):
            raise ConfigError(f"{where}: a webhook needs an http(s) 'url'")
        headers = spec.get("headers") or {}
        if not isinstance(headers, Mapping) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in headers.items()
        ):
            raise ConfigError(f"{where}: headers must map names to strings")
        return SinkConfig(name=name, kind=kind, url=url, timeout=timeout,
                          headers=tuple(sorted((str(k), str(v)) for k, v in headers.items())))
    host = spec.get("host")
    if not isinstance(host, str) or not host:
        raise ConfigError(f"{where}: an email sink needs 'host' (the SMTP server)")
    sender = spec.get("from")
    to = spec.get("to")
    recipients = (to,) if isinstance(to, str) else tuple(to) if isinstance(to, list) else ()
    if not isinstance(sender, str) or "@" not in sender:
        raise ConfigError(f"{where}: 'from' must be an e-mail address")
    if not recipients or not all(isinstance(r, str) and "@" in r for r in recipients):
        raise ConfigError(f"{where}: 'to' must be an address or a list of addresses")
    for key in ("username", "password_env"):
        if key in spec and not isinstance(spec[key], str):
            raise ConfigError(f"{where}: {key} must be a string")
    return SinkConfig(
        name=name, kind=kind, host=host,
        port=_int(spec.get("port", 25), f"{where}: port", low=1, high=65535),
        sender=sender, to=tuple(str(r) for r in recipients), timeout=timeout,
        starttls=_bool(spec.get("starttls", False), f"{where}: starttls"),
        ssl=_bool(spec.get("ssl", False), f"{where}: ssl"),
        username=str(spec.get("username", "")),
        password_env=str(spec.get("password_env", "")),
    )


def _rule(index: int, spec: Any, sinks: Mapping[str, SinkConfig], source: str) -> Rule:
    where = _where(source, f"rule {index + 1}")
    if not isinstance(spec, Mapping):
        raise ConfigError(f"{where}: expected a mapping")
    name = spec.get("name")
    if not isinstance(name, str) or not NAME_PATTERN.match(name):
        raise ConfigError(f"{where}: needs a 'name' of letters, digits, '.', '_' and '-'")
    where = _where(source, f"rule {name!r}")
    unknown = sorted(set(spec) - RULE_KEYS)
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(unknown)}",
                          hint=f"a rule takes: {', '.join(sorted(RULE_KEYS))}")
    targets = _strings(spec.get("sinks"), f"{where}: sinks")
    if not targets:
        raise ConfigError(f"{where}: 'sinks' must name at least one sink")
    missing = [t for t in targets if t not in sinks]
    if missing:
        raise ConfigError(f"{where}: unknown sink(s) {', '.join(missing)}",
                          hint=f"sinks defined: {', '.join(sorted(sinks))}")
    types = _strings(spec.get("types"), f"{where}: types")
    known = {fold(t): t for t in (*EVENT_TYPES, *(s.name for s in SUB_EVENT_TYPES))}
    bad = [t for t in types if fold(t) not in known]
    if bad:
        raise ConfigError(f"{where}: unknown type(s) {', '.join(bad)}",
                          hint="use ACLED event types or sub-event types, e.g. 'Battles', "
                          "'Abduction/forced disappearance'")
    min_fatalities = spec.get("min_fatalities")
    min_sources = spec.get("min_sources")
    return Rule(
        name=name,
        sinks=tuple(targets),
        area=_area(spec.get("area"), where),
        types=tuple(known[fold(t)] for t in types),
        actors=tuple(a for a in _strings(spec.get("actors"), f"{where}: actors") if a.strip()),
        min_fatalities=None if min_fatalities is None
        else _int(min_fatalities, f"{where}: min_fatalities", low=0),
        min_sources=None if min_sources is None
        else _int(min_sources, f"{where}: min_sources", low=0),
    )


def _area(spec: Any, where: str) -> Area | None:
    if spec is None:
        return None
    if not isinstance(spec, Mapping) or len(spec) != 1:
        raise ConfigError(f"{where}: area must be exactly one of circle, bbox or admin",
                          hint="e.g. area: {circle: {lat: 14.5, lon: -4.2, radius_km: 50}}")
    kind, value = next(iter(spec.items()))
    if kind == "circle":
        if not isinstance(value, Mapping) or set(value) != {"lat", "lon", "radius_km"}:
            raise ConfigError(f"{where}: circle needs lat, lon and radius_km (only)")
        lat = _float(value["lat"], f"{where}: circle lat")
        lon = _float(value["lon"], f"{where}: circle lon")
        radius = _float(value["radius_km"], f"{where}: radius_km")
        if not (-90 <= lat <= 90 and -180 <= lon <= 180 and 0 < radius <= 20_100):
            raise ConfigError(f"{where}: circle out of range",
                              hint="lat in [-90, 90], lon in [-180, 180], 0 < radius_km")
        return Circle(lat, lon, radius)
    if kind == "bbox":
        if not isinstance(value, list) or len(value) != 4:
            raise ConfigError(f"{where}: bbox is [west, south, east, north]")
        west, south, east, north = (_float(v, f"{where}: bbox") for v in value)
        if not (-180 <= west <= 180 and -180 <= east <= 180 and -90 <= south <= north <= 90):
            raise ConfigError(f"{where}: bbox out of range",
                              hint="[west, south, east, north], south <= north")
        return BBox(west, south, east, north)
    if kind == "admin":
        names = _strings(value, f"{where}: admin")
        if not names:
            raise ConfigError(f"{where}: admin needs at least one name")
        return AdminArea(tuple(names))
    raise ConfigError(f"{where}: unknown area {kind!r}", hint="circle, bbox or admin")


def _strings(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise ConfigError(f"{where} must be a string or a list of strings")


def _float(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ConfigError(f"{where} must be a number, got {value!r}")
    return float(value)


def _int(value: Any, where: str, *, low: int | None = None, high: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ConfigError(f"{where} must be a whole number, got {value!r}")
    if (low is not None and value < low) or (high is not None and value > high):
        raise ConfigError(f"{where} is out of range: {value}")
    return value


def _bool(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise ConfigError(f"{where} must be true or false, got {value!r}")
    return value
