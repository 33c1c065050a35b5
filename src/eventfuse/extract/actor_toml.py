"""Reading ``data/actors.toml``: entries, regimes and periods, checked field by field."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..taxonomy import EXTERNAL_FORCES, STATE_FORCES
from .actor_cues import LANG_VARIABLES
from .actor_names import ActorEntry, Period

ROLES: tuple[str, ...] = (
    "military",
    "police",
    "gendarmerie",
    "government",
    "national guard",
    "forest guards",
)
ENTRY_FIELDS = frozenset(
    {
        "key",
        "name",
        "inter",
        "aliases_en",
        "aliases_fr",
        "country",
        "from",
        "until",
        "short_name",
        "regime",
        "periods",
        "suffix",
        "role",
        "generic",
        "words",
        "case_sensitive",
        "label",
        "acled_variants",
    }
)
PERIOD_FIELDS = frozenset({"name", "label", "from", "until"})


def read_table(path: Path) -> tuple[list[ActorEntry], dict[str, tuple[Period, ...]]]:
    """The entries and regimes of the table file ``path``, checked."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(
            f"actor table {path} not found", hint="check the path or use the packaged table"
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"actor table {path} is not valid TOML: {exc}") from None
    regimes = {
        str(country): tuple(
            parse_period(item, base=None, where=f"{path}: regime {country}") for item in items
        )
        for country, items in dict(data.get("regimes", {})).items()
    }
    raw_entries = data.get("actor", [])
    if not isinstance(raw_entries, list) or not raw_entries:
        raise ConfigError(f"actor table {path} has no [[actor]] entries")
    entries = [
        parse_entry(raw, regimes=regimes, where=f"{path}: actor #{i + 1}")
        for i, raw in enumerate(raw_entries)
    ]
    return entries, regimes


def parse_date(value: Any, where: str) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise ConfigError(f"{where}: {value!r} is not a date", hint="write dates as 2021-05-24")


def parse_period(item: Any, *, base: str | None, where: str) -> Period:
    if not isinstance(item, Mapping):
        raise ConfigError(f"{where}: a period must be a table {{label|name, from, until}}")
    unknown = set(item) - PERIOD_FIELDS
    if unknown:
        raise ConfigError(f"{where}: unknown period fields {sorted(unknown)}")
    if "name" in item:
        name = str(item["name"])
    elif "label" in item:
        name = f"{base} ({item['label']})" if base is not None else str(item["label"])
    else:
        raise ConfigError(f"{where}: a period needs a `name` or a `label`")
    start = parse_date(item.get("from"), where)
    end = parse_date(item.get("until"), where)
    if start and end and end < start:
        raise ConfigError(f"{where}: period {name!r} ends before it starts")
    return Period(name, start, end)


def string_list(raw: Mapping[str, Any], name: str, where: str) -> tuple[str, ...]:
    value = raw.get(name, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{where}: `{name}` must be a list of non-empty strings")
    return tuple(dict.fromkeys(value))


def parse_entry(raw: Any, *, regimes: Mapping[str, tuple[Period, ...]], where: str) -> ActorEntry:
    if not isinstance(raw, Mapping):
        raise ConfigError(f"{where}: an [[actor]] entry must be a table")
    unknown = set(raw) - ENTRY_FIELDS
    if unknown:
        raise ConfigError(
            f"{where}: unknown fields {sorted(unknown)}",
            hint=f"known fields: {', '.join(sorted(ENTRY_FIELDS))}",
        )
    name = raw.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ConfigError(f"{where}: `name` is required")
    where = f"{where} ({name})"
    inter = raw.get("inter")
    if (
        not isinstance(inter, int)
        or isinstance(inter, bool)
        or not STATE_FORCES <= inter <= EXTERNAL_FORCES
    ):
        raise ConfigError(f"{where}: `inter` must be an ACLED actor type code 1-8")
    suffix = raw.get("suffix")
    base = name
    periods: list[Period] = []
    if "regime" in raw:
        regime = raw["regime"]
        if regime not in regimes:
            raise ConfigError(
                f"{where}: unknown regime {regime!r}", hint=f"known: {', '.join(sorted(regimes))}"
            )
        periods = [Period(f"{base} ({p.name})", p.start, p.end) for p in regimes[regime]]
    for item in raw.get("periods", []):
        periods.append(parse_period(item, base=base, where=where))
    if suffix is not None:
        periods = [Period(f"{p.name} {suffix}", p.start, p.end) for p in periods]
    periods.sort(key=lambda p: p.start or date.min)
    role = raw.get("role")
    if role is not None and role not in ROLES:
        raise ConfigError(f"{where}: unknown role {role!r}", hint=f"roles: {', '.join(ROLES)}")
    generic = bool(raw.get("generic", False))
    words = raw.get("words")
    if words is not None and words not in LANG_VARIABLES:
        raise ConfigError(f"{where}: unknown word list {words!r}")
    aliases_en = string_list(raw, "aliases_en", where)
    aliases_fr = string_list(raw, "aliases_fr", where)
    if not (aliases_en or aliases_fr or words):
        raise ConfigError(f"{where}: an actor needs aliases or a `words` list")
    key = raw.get("key") or (name if suffix is None else f"{name} {suffix}")
    return ActorEntry(
        key=str(key),
        name=name if suffix is None else f"{name} {suffix}",
        inter=inter,
        aliases_en=aliases_en,
        aliases_fr=aliases_fr,
        country=raw.get("country"),
        start=parse_date(raw.get("from"), where),
        end=parse_date(raw.get("until"), where),
        short_name=raw.get("short_name"),
        periods=tuple(periods),
        role=role,
        generic=generic,
        words=words,
        case_sensitive=bool(raw.get("case_sensitive", False)),
        label=str(raw.get("label", "ORG")),
        acled_variants=string_list(raw, "acled_variants", where),
    )
