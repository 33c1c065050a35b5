"""Taxonomy, settings and errors: the small tables everything else relies on."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventfuse import taxonomy
from eventfuse.config import SETTINGS_DOC, Settings, load_settings, parse_set_options
from eventfuse.errors import SKIP_REASONS, ConfigError, EventfuseError, InputError


def test_taxonomy_has_acled_shape() -> None:
    assert len(taxonomy.SUB_EVENT_TYPES) == 25
    assert len(taxonomy.EVENT_TYPES) == 6
    assert set(taxonomy.DISORDER_TYPES) == {"Political violence", "Demonstrations", "Strategic developments"}
    assert sorted(taxonomy.INTER_CODES) == list(range(1, 9))
    assert taxonomy.sub_event("Attack").event_type == "Violence against civilians"
    assert taxonomy.BY_CODE["REM_EXPLOS"].name == "Remote explosive/landmine/IED"


def test_unknown_sub_event_lists_valid_names() -> None:
    with pytest.raises(KeyError, match="Armed clash"):
        taxonomy.sub_event("Skirmish")


@pytest.mark.parametrize(("a", "b", "code"), [(2, 7, 27), (7, 2, 27), (1, None, 10), (3, 3, 33)])
def test_interaction_codes(a: int, b: int | None, code: int) -> None:
    assert taxonomy.interaction(a, b) == code


def test_settings_layers(tmp_path: Path) -> None:
    cfg = tmp_path / "eventfuse.toml"
    cfg.write_text('link_days = 5\ndb = "from-file.db"\n', encoding="utf-8")
    s = load_settings(file=cfg, env={"EVENTFUSE_LINK_DAYS": "7"}, overrides={"db": "cli.db"})
    assert (s.link_days, s.db) == (7, "cli.db")
    assert load_settings(env={}).db == Settings().db


def test_every_setting_is_documented() -> None:
    assert set(SETTINGS_DOC) == set(Settings.__dataclass_fields__)


@pytest.mark.parametrize(
    ("overrides", "message"),
    [({"nope": "1"}, "unknown setting"), ({"link_days": "soon"}, "must be int"), ({"progress": "maybe"}, "must be bool")],
)
def test_bad_settings_are_clear(overrides: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message) as info:
        load_settings(env={}, overrides=overrides)
    assert info.value.hint


def test_foreign_environment_variables_with_our_prefix_are_ignored(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level("WARNING"):
        s = load_settings(env={"EVENTFUSE_REQUIRE_BROWSER": "1", "EVENTFUSE_LINK_DAYS": "4"})
    assert s.link_days == 4
    assert "EVENTFUSE_REQUIRE_BROWSER" in caplog.text
    with pytest.raises(ConfigError, match="unknown setting"):
        load_settings(env={}, overrides={"require_browser": "1"})


def test_set_option_parsing() -> None:
    assert parse_set_options(["a=1", "b=x=y"]) == {"a": "1", "b": "x=y"}
    with pytest.raises(ConfigError):
        parse_set_options(["novalue"])


def test_errors_carry_code_and_hint() -> None:
    err = InputError("cannot read x", hint="check the path", code="EF112")
    assert isinstance(err, EventfuseError)
    assert str(err).startswith("[EF112] cannot read x")
    assert err.to_json() == {"code": "EF112", "message": "cannot read x", "hint": "check the path"}
    assert all(code.startswith("EF1") for code in SKIP_REASONS)
