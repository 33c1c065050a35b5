"""Alert rules: loading (YAML and TOML), matching, firing once per new or materially changed
event to a JSON lines file, a local webhook and a local SMTP server, and the watch loop."""

from __future__ import annotations

import argparse
import email
import email.policy
import json
import socketserver
import threading
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from store_records import GAO, MOPTI, make_event, make_mention, sample_events

from eventfuse.alerts import (
    WATCH,
    AdminArea,
    AlertState,
    BBox,
    Circle,
    Rule,
    evaluate,
    load_rules,
    make_sink,
    make_watcher,
    matches,
)
from eventfuse.alerts.rules import parse_rules
from eventfuse.common.cliargs import add_command
from eventfuse.config import Settings
from eventfuse.errors import ConfigError
from eventfuse.records import Article, ArticleExtraction, Event
from eventfuse.store import Store

# -- local servers ----------------------------------------------------------------------------


class Webhook:
    """An HTTP server on 127.0.0.1 that records POSTed JSON and answers ``status``."""

    def __init__(self) -> None:
        self.received: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self.status = 200
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", "0"))
                body = self.rfile.read(length)
                if outer.status == 200:
                    outer.received.append(json.loads(body))
                    outer.headers.append(dict(self.headers.items()))
                self.send_response(outer.status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.02,), daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class SMTPServer:
    """A minimal SMTP server on 127.0.0.1 that keeps every message it accepts."""

    def __init__(self) -> None:
        self.messages: list[dict[str, Any]] = []
        outer = self

        class Handler(socketserver.StreamRequestHandler):
            def reply(self, line: str) -> None:
                self.wfile.write(line.encode() + b"\r\n")

            def handle(self) -> None:
                self.reply("220 127.0.0.1 test SMTP")
                sender, in_data = "", False
                recipients: list[str] = []
                data: list[bytes] = []
                while True:
                    line = self.rfile.readline()
                    if not line:
                        return
                    if in_data:
                        if line.rstrip(b"\r\n") == b".":
                            outer.messages.append(
                                {"from": sender, "to": recipients, "data": b"".join(data)}
                            )
                            data, in_data = [], False
                            self.reply("250 OK queued")
                        else:
                            data.append(line[1:] if line.startswith(b"..") else line)
                        continue
                    command = line.decode().strip()
                    verb = command.split(" ")[0].upper()
                    if verb == "EHLO":
                        self.wfile.write(b"250-127.0.0.1\r\n250 8BITMIME\r\n")
                    elif verb in {"HELO", "RSET", "NOOP"}:
                        self.reply("250 OK")
                    elif verb == "MAIL":
                        sender = command.split(":", 1)[1].split()[0].strip("<>")
                        self.reply("250 OK")
                    elif verb == "RCPT":
                        recipients.append(command.split(":", 1)[1].strip().strip("<>"))
                        self.reply("250 OK")
                    elif verb == "DATA":
                        in_data = True
                        self.reply("354 end with .")
                    elif verb == "QUIT":
                        self.reply("221 bye")
                        return
                    else:
                        self.reply("502 not implemented")

        socketserver.ThreadingTCPServer.allow_reuse_address = True
        self.server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.02,), daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture()
def webhook() -> Iterator[Webhook]:
    server = Webhook()
    yield server
    server.close()


@pytest.fixture()
def smtp() -> Iterator[SMTPServer]:
    server = SMTPServer()
    yield server
    server.close()


# -- rules files ------------------------------------------------------------------------------

YAML_RULES = """\
sinks:
  log: {type: jsonl, path: out/alerts.jsonl}
rules:
  - name: mopti-area
    area: {circle: {lat: 14.5, lon: -4.2, radius_km: 50}}
    types: [Violence against civilians]
    sinks: [log]
  - name: deadly-battles
    area: {bbox: [-6, 12, 5, 20]}
    types: [battles]
    actors: [jnim]
    min_fatalities: 1
    min_sources: 1
    sinks: [log]
  - name: burkina
    area: {admin: [Burkina Faso]}
    sinks: log
"""

TOML_RULES = """\
[sinks.log]
type = "jsonl"
path = "out/alerts.jsonl"

[[rules]]
name = "mopti-area"
area = { circle = { lat = 14.5, lon = -4.2, radius_km = 50 } }
types = ["Violence against civilians"]
sinks = ["log"]

[[rules]]
name = "deadly-battles"
area = { bbox = [-6, 12, 5, 20] }
types = ["battles"]
actors = ["jnim"]
min_fatalities = 1
min_sources = 1
sinks = ["log"]

[[rules]]
name = "burkina"
area = { admin = ["Burkina Faso"] }
sinks = "log"
"""


def test_yaml_and_toml_rules_are_the_same(tmp_path: Path) -> None:
    (tmp_path / "rules.yaml").write_text(YAML_RULES, encoding="utf-8")
    (tmp_path / "rules.toml").write_text(TOML_RULES, encoding="utf-8")
    from_yaml = load_rules(tmp_path / "rules.yaml")
    assert from_yaml == load_rules(tmp_path / "rules.toml")
    mopti, battles, burkina = from_yaml.rules
    assert mopti.area == Circle(14.5, -4.2, 50.0)
    assert battles.area == BBox(-6.0, 12.0, 5.0, 20.0) and battles.types == ("Battles",)
    assert burkina.area == AdminArea(("Burkina Faso",)) and burkina.sinks == ("log",)


@pytest.mark.parametrize(
    ("document", "fragment"),
    [
        ({"rules": [{"name": "r", "sinks": ["x"]}]}, "sinks"),
        ({"sinks": {"x": {"type": "fax"}}, "rules": [{"name": "r", "sinks": ["x"]}]}, "type"),
        ({"sinks": {"x": {"type": "jsonl", "path": "a"}}, "rules": [{"name": "r"}]}, "sinks"),
        ({"sinks": {"x": {"type": "jsonl", "path": "a"}},
          "rules": [{"name": "r", "sinks": ["y"]}]}, "unknown sink"),
        ({"sinks": {"x": {"type": "jsonl", "path": "a"}},
          "rules": [{"name": "r", "sinks": ["x"], "colour": "red"}]}, "unknown key"),
        ({"sinks": {"x": {"type": "jsonl", "path": "a"}},
          "rules": [{"name": "r", "sinks": ["x"], "types": ["Skirmish"]}]}, "unknown type"),
        ({"sinks": {"x": {"type": "jsonl", "path": "a"}},
          "rules": [{"name": "r", "sinks": ["x"], "area": {"circle": {"lat": 99, "lon": 0,
                                                                      "radius_km": 5}}}]},
         "out of range"),
        ({"sinks": {"x": {"type": "jsonl", "path": "a"}},
          "rules": [{"name": "r", "sinks": ["x"], "area": {"polygon": []}}]}, "unknown area"),
        ({"sinks": {"x": {"type": "jsonl", "path": "a"}},
          "rules": [{"name": "r", "sinks": ["x"], "min_fatalities": -1}]}, "out of range"),
        ({"sinks": {"x": {"type": "jsonl", "path": "a"}},
          "rules": [{"name": "r", "sinks": ["x"]}, {"name": "r", "sinks": ["x"]}]}, "twice"),
        ({"sinks": {"x": {"type": "webhook", "url": "ftp://host/x"}},
          "rules": [{"name": "r", "sinks": ["x"]}]}, "http"),
        ({"sinks": {"x": {"type": "email", "host": "127.0.0.1", "from": "a@b", "to": "nobody"}},
          "rules": [{"name": "r", "sinks": ["x"]}]}, "'to'"),
    ],
)
def test_invalid_rules_are_explained(document: dict[str, Any], fragment: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_rules(document)
    assert fragment in str(caught.value)


def test_rules_file_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_rules(tmp_path / "missing.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("rules: [", encoding="utf-8")
    with pytest.raises(ConfigError, match="YAML"):
        load_rules(bad)
    other = tmp_path / "rules.json"
    other.write_text("{}", encoding="utf-8")
    with pytest.raises(ConfigError, match="yaml"):
        load_rules(other)


# -- matching ---------------------------------------------------------------------------------


@pytest.fixture()
def events() -> dict[str, Event]:
    return {e.id: e for e in sample_events()}


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        (Rule("r", ("x",), area=Circle(14.5, -4.2, 50)), {"ev-abduction"}),
        (Rule("r", ("x",), area=Circle(14.5, -4.2, 300)), {"ev-abduction"}),
        (Rule("r", ("x",), area=Circle(15.0, -2.0, 500)), {"ev-abduction", "ev-clash",
                                                           "ev-dori"}),
        (Rule("r", ("x",), area=BBox(-1, 13, 1, 17)), {"ev-clash", "ev-dori"}),
        (Rule("r", ("x",), area=BBox(170, -90, -170, 90)), set()),  # across 180°
        (Rule("r", ("x",), area=AdminArea(("gao",))), {"ev-clash"}),
        (Rule("r", ("x",), area=AdminArea(("MOPTI", "Séno"))), {"ev-abduction", "ev-dori"}),
        (Rule("r", ("x",), types=("Battles",)), {"ev-clash"}),
        (Rule("r", ("x",), types=("Abduction/forced disappearance",
                                  "Looting/property destruction")),
         {"ev-abduction", "ev-unplaced"}),
        (Rule("r", ("x",), actors=("jnim",)), {"ev-clash"}),
        (Rule("r", ("x",), actors=("milit mali",)), {"ev-clash"}),
        (Rule("r", ("x",), actors=("burkina",)), {"ev-dori"}),
        (Rule("r", ("x",), actors=("nim",)), set()),  # words match from their start
        (Rule("r", ("x",), min_fatalities=3), {"ev-clash", "ev-dori"}),
        (Rule("r", ("x",), min_sources=2), {"ev-abduction"}),
        (Rule("r", ("x",), types=("Violence against civilians",), min_fatalities=1),
         {"ev-dori"}),
    ],
)
def test_matching(rule: Rule, expected: set[str], events: dict[str, Event]) -> None:
    assert {i for i, e in events.items() if matches(rule, e)} == expected


def test_event_without_coordinates_is_in_no_circle_or_box(events: dict[str, Event]) -> None:
    unplaced = events["ev-unplaced"]
    assert not matches(Rule("r", ("x",), area=Circle(0, 0, 20_000)), unplaced)
    assert not matches(Rule("r", ("x",), area=BBox(-180, -90, 180, 90)), unplaced)


# -- firing -----------------------------------------------------------------------------------


def ruleset_for(tmp_path: Path, webhook: Webhook, smtp: SMTPServer) -> Any:
    return parse_rules(
        {
            "sinks": {
                "log": {"type": "jsonl", "path": str(tmp_path / "alerts.jsonl")},
                "hook": {"type": "webhook", "url": webhook.url,
                         "headers": {"X-Alert-Key": "k-123"}},
                "mail": {"type": "email", "host": "127.0.0.1", "port": smtp.port,
                         "from": "alerts@example.org", "to": ["desk@example.org"]},
            },
            "rules": [
                {"name": "mopti", "area": {"circle": {"lat": 14.5, "lon": -4.2,
                                                      "radius_km": 50}},
                 "sinks": ["log", "hook", "mail"]},
                {"name": "deadly", "min_fatalities": 3, "sinks": ["log"]},
            ],
        }
    )


def sinks_of(ruleset: Any) -> dict[str, Any]:
    return {name: make_sink(cfg) for name, cfg in ruleset.sinks.items()}


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_each_rule_fires_once_per_event_to_every_sink(
    tmp_path: Path, webhook: Webhook, smtp: SMTPServer, events: dict[str, Event]
) -> None:
    ruleset = ruleset_for(tmp_path, webhook, smtp)
    state = AlertState()
    sent = evaluate(events.values(), ruleset, state, sinks_of(ruleset),
                    base_url="http://127.0.0.1:8000")
    assert all(a.delivered for a in sent)
    assert sorted((a.rule, a.sink, a.event_id) for a in sent) == [
        ("deadly", "log", "ev-clash"), ("deadly", "log", "ev-dori"),
        ("mopti", "hook", "ev-abduction"), ("mopti", "log", "ev-abduction"),
        ("mopti", "mail", "ev-abduction"),
    ]
    # the file
    lines = read_jsonl(tmp_path / "alerts.jsonl")
    assert len(lines) == 3
    mopti = next(x for x in lines if x["rule"] == "mopti")
    assert mopti["change"] == "new" and mopti["event"]["id"] == "ev-abduction"
    assert mopti["url"] == "http://127.0.0.1:8000/#/event/ev-abduction"
    assert "fields" not in mopti["event"] and mopti["event"]["contradictions"]
    # the webhook
    assert [w["event"]["id"] for w in webhook.received] == ["ev-abduction"]
    assert webhook.headers[0]["X-Alert-Key"] == "k-123"
    assert webhook.headers[0]["Content-Type"] == "application/json"
    # the e-mail
    assert len(smtp.messages) == 1 and smtp.messages[0]["to"] == ["desk@example.org"]
    message = email.message_from_bytes(smtp.messages[0]["data"], policy=email.policy.default)
    assert "mopti" in str(message["Subject"]) and "Mopti" in str(message["Subject"])
    body = message.get_content()
    assert "Aïssata Koné" in body and "ev-abduction" in body
    # nothing new: nothing fires again
    assert evaluate(events.values(), ruleset, state, sinks_of(ruleset)) == []
    assert len(read_jsonl(tmp_path / "alerts.jsonl")) == 3 and len(smtp.messages) == 1


def test_material_changes_fire_again_others_do_not(
    tmp_path: Path, webhook: Webhook, smtp: SMTPServer, events: dict[str, Event]
) -> None:
    ruleset = ruleset_for(tmp_path, webhook, smtp)
    state = AlertState()
    evaluate(events.values(), ruleset, state, sinks_of(ruleset))
    abduction = events["ev-abduction"]
    reworded = replace(abduction, notes="Different wording of the same facts.")
    assert evaluate([reworded], ruleset, state, sinks_of(ruleset)) == []
    deadlier = make_event("ev-abduction", sub_event_type="Abduction/forced disappearance",
                          articles=abduction.articles, fatalities=2,
                          contradictions=abduction.contradictions)
    sent = evaluate([deadlier], ruleset, state, sinks_of(ruleset))
    assert {(a.rule, a.sink, a.change) for a in sent} == {
        ("mopti", "log", "changed"), ("mopti", "hook", "changed"), ("mopti", "mail", "changed")
    }
    assert sent[0].changed_fields == ("fatalities",)
    assert webhook.received[-1]["changed_fields"] == ["fatalities"]
    assert webhook.received[-1]["event"]["fatalities"] == 2


def test_an_event_whose_id_changed_is_the_same_incident(
    tmp_path: Path, webhook: Webhook, smtp: SMTPServer, events: dict[str, Event]
) -> None:
    ruleset = ruleset_for(tmp_path, webhook, smtp)
    state = AlertState()
    evaluate(events.values(), ruleset, state, sinks_of(ruleset))
    renamed = replace(events["ev-abduction"], id="ev-abduction-2")
    assert evaluate([renamed], ruleset, state, sinks_of(ruleset)) == []
    assert "ev-abduction-2" in state.fired["mopti|hook"]
    assert "ev-abduction" not in state.fired["mopti|hook"]
    other = make_event("ev-other", place=MOPTI, articles=("zz-new",))
    sent = evaluate([renamed, other], ruleset, state, sinks_of(ruleset))
    assert {a.event_id for a in sent} == {"ev-other"}


def test_failed_delivery_is_retried_next_time(
    tmp_path: Path, webhook: Webhook, smtp: SMTPServer, events: dict[str, Event]
) -> None:
    ruleset = ruleset_for(tmp_path, webhook, smtp)
    state = AlertState()
    webhook.status = 500
    logged: list[str] = []
    sent = evaluate(events.values(), ruleset, state, sinks_of(ruleset), log=logged.append)
    failed = [a for a in sent if not a.delivered]
    assert [(a.sink, a.event_id) for a in failed] == [("hook", "ev-abduction")]
    assert "500" in failed[0].error and any("will retry" in m for m in logged)
    webhook.status = 200
    again = evaluate(events.values(), ruleset, state, sinks_of(ruleset), log=logged.append)
    assert [(a.sink, a.event_id, a.delivered) for a in again] == [("hook", "ev-abduction",
                                                                   True)]
    assert len(read_jsonl(tmp_path / "alerts.jsonl")) == 3  # the file got each alert once


def test_unreachable_smtp_server_is_a_failed_delivery(
    tmp_path: Path, webhook: Webhook, events: dict[str, Event]
) -> None:
    closed = SMTPServer()
    port = closed.port
    closed.close()
    ruleset = parse_rules({
        "sinks": {"mail": {"type": "email", "host": "127.0.0.1", "port": port,
                           "from": "a@example.org", "to": "b@example.org", "timeout": 2}},
        "rules": [{"name": "all", "sinks": ["mail"]}],
    })
    sent = evaluate(events.values(), ruleset, AlertState(), sinks_of(ruleset), log=lambda m: None)
    assert sent and not any(a.delivered for a in sent)


def test_priming_records_without_sending(
    tmp_path: Path, webhook: Webhook, smtp: SMTPServer, events: dict[str, Event]
) -> None:
    ruleset = ruleset_for(tmp_path, webhook, smtp)
    state = AlertState()
    assert evaluate(events.values(), ruleset, state, sinks_of(ruleset), deliver=False) == []
    assert not webhook.received and not smtp.messages
    assert evaluate(events.values(), ruleset, state, sinks_of(ruleset)) == []


def test_state_file_round_trip_and_damage(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    state = AlertState(fired={"r|s": {"e1": {"material": {"fatalities": 1},
                                             "articles": ["a"]}}},
                       files={"/x": [1, 2]})
    state.save(path)
    assert AlertState.load(path) == state
    assert AlertState.load(tmp_path / "none.json") == AlertState()
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ConfigError, match="delete"):
        AlertState.load(path)


# -- the watch loop ---------------------------------------------------------------------------


class StubStages:
    """Stands in for the loaded models: one attack mention per article (Mopti or Gao)."""

    def process(self, articles: Sequence[Article]) -> list[ArticleExtraction]:
        out = []
        for article in articles:
            place = GAO if "Gao" in article.text else MOPTI
            day = date(2024, 3, 4) if place is MOPTI else date(2024, 5, 1)
            out.append(ArticleExtraction(article, (
                make_mention(article, "attacked", place=place, day=day, fatalities=4),)))
        return out


def write_report(folder: Path, name: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    line = {"text": text, "published": "2024-05-02", "language": "en"}
    (folder / name).write_text(json.dumps(line) + "\n", encoding="utf-8")


@pytest.mark.parametrize("rules_format", ["yaml", "toml"])
def test_watch_reads_only_what_is_new_and_fires_once(
    tmp_path: Path, webhook: Webhook, rules_format: str
) -> None:
    inbox = tmp_path / "inbox"
    write_report(inbox, "a.jsonl", "Gunmen attacked a market near Mopti on Monday.")
    (inbox / ".hidden.jsonl").write_text("{}", encoding="utf-8")
    rules_path = tmp_path / f"rules.{rules_format}"
    if rules_format == "yaml":
        rules_path.write_text(
            "sinks:\n  log: {type: jsonl, path: out/alerts.jsonl}\n"
            f"  hook: {{type: webhook, url: '{webhook.url}'}}\n"
            "rules:\n  - {name: deadly, min_fatalities: 3, sinks: [log, hook]}\n",
            encoding="utf-8")
    else:
        rules_path.write_text(
            '[sinks.log]\ntype = "jsonl"\npath = "out/alerts.jsonl"\n'
            f'[sinks.hook]\ntype = "webhook"\nurl = "{webhook.url}"\n'
            '[[rules]]\nname = "deadly"\nmin_fatalities = 3\nsinks = ["log", "hook"]\n',
            encoding="utf-8")
    store = Store.open(tmp_path / "watch.db")
    watcher = make_watcher([str(inbox)], ruleset=load_rules(rules_path), rules_path=rules_path,
                           settings=Settings(db=store.path, progress=False), store=store,
                           state_path=tmp_path / "state.json", log=lambda m: None)
    watcher.stages = StubStages()
    first = watcher.cycle()
    assert [Path(p).name for p in first.inputs_read] == ["a.jsonl"]
    assert first.report is not None and first.report.articles_new == 1
    assert first.delivered == 2
    log_file = tmp_path / "out" / "alerts.jsonl"  # relative to the rules file
    assert [a["change"] for a in read_jsonl(log_file)] == ["new"]

    quiet = watcher.cycle()
    assert quiet.inputs_read == () and quiet.report is None and quiet.alerts == ()

    write_report(inbox, "b.jsonl", "Soldiers were attacked near Gao on Wednesday.")
    second = watcher.cycle()
    assert [Path(p).name for p in second.inputs_read] == ["b.jsonl"]
    assert second.delivered == 2
    assert [a["event"]["location"] for a in read_jsonl(log_file)] == ["Mopti", "Gao"]
    assert [w["event"]["location"] for w in webhook.received] == ["Mopti", "Gao"]

    sleeps: list[float] = []
    assert watcher.run(interval=0.01, cycles=2, sleep=sleeps.append) == 0
    assert len(sleeps) == 1
    store.close()


def test_watch_command_once_with_skip_existing(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    with Store.open(db) as store:
        store.replace_events(sample_events())
    rules = tmp_path / "rules.yaml"
    rules.write_text("sinks:\n  log: {type: jsonl, path: alerts.jsonl}\n"
                     "rules:\n  - {name: everything, sinks: [log]}\n", encoding="utf-8")
    parser = argparse.ArgumentParser(prog="eventfuse")
    add_command(parser.add_subparsers(), WATCH)
    args = parser.parse_args(["watch", "--rules", str(rules), "--db", str(db), "--once",
                              "--skip-existing"])
    assert args.func(args) == 0
    assert not (tmp_path / "alerts.jsonl").exists()  # primed, nothing sent
    assert (tmp_path / "cli.db.alerts.json").exists()
    with Store.open(db) as store:
        store.upsert_events([make_event("ev-new", place=MOPTI, articles=("a9",))])
    args = parser.parse_args(["watch", "--rules", str(rules), "--db", str(db), "--once",
                              "--base-url", "http://127.0.0.1:8000"])
    assert args.func(args) == 0
    sent = read_jsonl(tmp_path / "alerts.jsonl")
    assert [a["event"]["id"] for a in sent] == ["ev-new"]
    assert sent[0]["url"].endswith("/#/event/ev-new")


def test_watch_rereads_http_urls_and_changed_files_only(tmp_path: Path) -> None:
    from eventfuse.alerts.watch import changed_inputs

    folder = tmp_path / "reports"
    (folder / "sub").mkdir(parents=True)
    (folder / "b.txt").write_text("b", encoding="utf-8")
    (folder / "sub" / "a.txt").write_text("a", encoding="utf-8")
    (folder / ".hidden").write_text("h", encoding="utf-8")
    logged: list[str] = []
    inputs = ["https://example.org/feed", "http://example.org/x", "ftp://example.org/f",
              "HTTP://example.org/upper", str(folder), str(tmp_path / "missing")]
    todo, seen = changed_inputs(inputs, AlertState(), log=logged.append)
    # files in the order `eventfuse run FOLDER` reads them; only http(s) URLs are fetched
    assert todo == ["https://example.org/feed", "http://example.org/x",
                    str(folder / "b.txt"), str(folder / "sub" / "a.txt")]
    assert len(logged) == 3 and "missing" in logged[-1]
    assert all("skipped this cycle" in line for line in logged)
    state = AlertState(files=seen)
    assert changed_inputs([str(folder)], state, log=logged.append)[0] == []
