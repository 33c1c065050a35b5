"""``eventfuse watch``: re-read inputs on an interval, run the pipeline on what is new, and
fire each rule once per new or materially changed event."""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventfuse.common.paths import is_url, walk_folder
from eventfuse.config import Settings
from eventfuse.errors import ConfigError
from eventfuse.records import Event, RunReport
from eventfuse.store import Store

from .rules import Rule, RuleSet, matches
from .sinks import DeliveryError, Sink, make_sink

if TYPE_CHECKING:
    from eventfuse.pipeline import Stages

STATE_VERSION = 1
# A change to one of these (or to the number of independent sources or contradictions)
# fires a rule again for an event it already fired for; other changes do not.
MATERIAL_FIELDS: tuple[str, ...] = (
    "event_date", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1",
    "admin2", "location", "fatalities",
)

Log = Callable[[str], None]


def _stderr(message: str) -> None:
    print(f"eventfuse watch: {message}", file=sys.stderr, flush=True)


@dataclass
class AlertState:
    """What was already fired (per rule and sink) and which input files were already read.

    ``fired["rule|sink"][event_id] = {"material": {...}, "articles": [...]}``;
    ``files[path] = [mtime_ns, size]``. Kept in a JSON file between runs.
    """

    fired: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    files: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> AlertState:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            raise ConfigError(f"cannot read alert state {path}: {exc}",
                              hint="delete the file to start afresh (rules fire again)") from None
        if not isinstance(data, dict) or data.get("version") != STATE_VERSION:
            raise ConfigError(f"alert state {path} has an unknown format",
                              hint="delete the file to start afresh (rules fire again)")
        return cls(fired=dict(data.get("fired") or {}), files=dict(data.get("files") or {}))

    def save(self, path: Path) -> None:
        """Write atomically (a crash leaves the old state or the new one, never half)."""
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        text = json.dumps({"version": STATE_VERSION, "fired": self.fired, "files": self.files},
                          ensure_ascii=False, sort_keys=True)
        with tmp.open("w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)


@dataclass(frozen=True, slots=True)
class Alert:
    """One alert delivered (or attempted) to one sink."""

    rule: str
    sink: str
    event_id: str
    change: str  # "new" or "changed"
    changed_fields: tuple[str, ...]
    delivered: bool
    error: str = ""


@dataclass(frozen=True, slots=True)
class CycleResult:
    """What one watch cycle did."""

    inputs_read: tuple[str, ...]
    report: RunReport | None
    alerts: tuple[Alert, ...]

    @property
    def delivered(self) -> int:
        return sum(1 for a in self.alerts if a.delivered)

    @property
    def failed(self) -> int:
        return sum(1 for a in self.alerts if not a.delivered)


def material(event: Event) -> dict[str, object]:
    """The values whose change makes an event worth a new alert."""
    out: dict[str, object] = {}
    for name in MATERIAL_FIELDS:
        value = event.value(name)
        out[name] = value.isoformat() if hasattr(value, "isoformat") else value
    out["independent_sources"] = event.independent_sources
    out["contradictions"] = len(event.contradictions)
    return json.loads(json.dumps(out, default=str))  # JSON-equal to what the state file keeps


def alert_document(
    rule: Rule, event: Event, *, change: str, changed_fields: Sequence[str], base_url: str,
    now: datetime,
) -> dict[str, Any]:
    """The alert as sinks receive it: the rule, what changed, and the event (Event JSON
    without per-field provenance)."""
    doc = event.to_json()
    doc.pop("fields", None)
    alert: dict[str, Any] = {
        "rule": rule.name,
        "change": change,
        "changed_fields": list(changed_fields),
        "fired_at": now.isoformat(timespec="seconds"),
        "event": doc,
    }
    if base_url:
        alert["url"] = f"{base_url.rstrip('/')}/#/event/{event.id}"
    return alert


def _previous(
    fired: dict[str, dict[str, Any]], event: Event, current_ids: set[str]
) -> tuple[str | None, dict[str, Any] | None]:
    """The record fired for this event before: by id, or (ids change when linking regroups
    reports) the record of an event that is gone and shared an article with this one."""
    if event.id in fired:
        return event.id, fired[event.id]
    articles = set(event.articles)
    for old_id, record in fired.items():
        if old_id not in current_ids and articles & set(record.get("articles") or ()):
            return old_id, record
    return None, None


def evaluate(
    events: Iterable[Event],
    ruleset: RuleSet,
    state: AlertState,
    sinks: Mapping[str, Sink],
    *,
    base_url: str = "",
    deliver: bool = True,
    now: datetime | None = None,
    log: Log = _stderr,
) -> list[Alert]:
    """Fire every rule once per new or materially changed matching event; update ``state``
    for each successful delivery (a failed one is tried again on the next call). With
    ``deliver=False`` the state is primed without sending anything. ``events`` should be all
    current events: an event that is gone hands its record to a new one sharing an article."""
    now = now or datetime.now(UTC)
    alerts: list[Alert] = []
    events = list(events)
    current_ids = {e.id for e in events}
    for rule in ruleset.rules:
        matching = [e for e in events if matches(rule, e)]
        for sink_name in rule.sinks:
            fired = state.fired.setdefault(f"{rule.name}|{sink_name}", {})
            for event in matching:
                current = material(event)
                old_id, previous = _previous(fired, event, current_ids)
                record = {"material": current, "articles": sorted(event.articles)}
                if previous is not None and previous.get("material") == current:
                    if old_id != event.id:  # same incident under a new id: follow it
                        del fired[str(old_id)]
                        fired[event.id] = record
                    continue
                change = "new" if previous is None else "changed"
                before = (previous or {}).get("material") or {}
                changed = tuple(k for k in current if previous is not None
                                and before.get(k) != current[k])
                if not deliver:
                    _record(fired, old_id, event.id, record)
                    continue
                doc = alert_document(rule, event, change=change, changed_fields=changed,
                                     base_url=base_url, now=now)
                try:
                    sinks[sink_name].send(doc)
                except DeliveryError as exc:
                    log(f"rule {rule.name}: {sink_name}: {exc.message} (will retry)")
                    alerts.append(Alert(rule.name, sink_name, event.id, change, changed, False,
                                        exc.message))
                    continue
                _record(fired, old_id, event.id, record)
                alerts.append(Alert(rule.name, sink_name, event.id, change, changed, True))
    return alerts


def _record(fired: dict[str, Any], old_id: str | None, new_id: str, record: dict[str, Any]
            ) -> None:
    if old_id is not None and old_id != new_id:
        fired.pop(old_id, None)
    fired[new_id] = record


# -- inputs ---------------------------------------------------------------------------------


def _files_of(folder: Path) -> list[Path]:
    """The files ``eventfuse run FOLDER`` reads, in its order (unlistable folders left out)."""
    return [item for item in walk_folder(folder) if isinstance(item, Path)]


def changed_inputs(
    inputs: Sequence[str], state: AlertState, *, log: Log = _stderr
) -> tuple[list[str], dict[str, list[int]]]:
    """The inputs to read this cycle: every URL (feeds are re-fetched), and each file, or
    file inside a folder, that is new or changed since it was last read. Also returns the
    file signatures to remember once the run succeeded."""
    todo: list[str] = []
    seen: dict[str, list[int]] = {}
    for value in inputs:
        if is_url(value):
            if value.startswith(("http://", "https://")):  # re-fetched every cycle
                todo.append(value)
            else:  # as before: only http(s) addresses are read; the rest waits for a fix
                log(f"{value}: only http and https URLs are re-read (skipped this cycle)")
            continue
        path = Path(value).expanduser()
        if path.is_dir():
            files = _files_of(path)
        elif path.is_file():
            files = [path]
        else:
            log(f"{value}: no such file or folder (skipped this cycle)")
            continue
        for file in files:
            try:
                info = file.stat()
            except OSError:
                continue
            key = str(file.resolve())
            signature = [info.st_mtime_ns, info.st_size]
            if state.files.get(key) != signature:
                todo.append(str(file))
                seen[key] = signature
    return todo, seen


# -- the loop -------------------------------------------------------------------------------


@dataclass
class Watcher:
    """Runs watch cycles over a store with a rule set; one instance per ``eventfuse watch``."""

    inputs: Sequence[str]
    ruleset: RuleSet
    settings: Settings
    store: Store
    state_path: Path
    sinks: Mapping[str, Sink]
    base_url: str = ""
    stages: Stages | None = None
    log: Log = _stderr
    runner: Callable[..., RunReport] | None = None

    def cycle(self, *, deliver: bool = True) -> CycleResult:
        """Read what is new, update the events, fire the rules; save the state."""
        state = AlertState.load(self.state_path)
        todo, seen = changed_inputs(self.inputs, state, log=self.log)
        report = None
        if todo:
            # the pipeline imports ingest and extract (about 2 s measured): `eventfuse --help`
            # and the other commands, which import this module, do not pay for it
            if self.stages is None:
                from eventfuse.pipeline import Stages

                self.stages = Stages(self.settings)
            if self.runner is None:  # incremental; the engine and workers of the settings
                from eventfuse.runners import run_with_engine as runner
            else:
                runner = self.runner
            report = runner(todo, settings=self.settings, store=self.store, stages=self.stages)
            state.files.update(seen)
        events = self.store.events(limit=10**9)
        alerts = evaluate(events, self.ruleset, state, self.sinks, base_url=self.base_url,
                          deliver=deliver, log=self.log)
        state.save(self.state_path)
        return CycleResult(tuple(todo), report, tuple(alerts))

    def run(
        self,
        *,
        interval: float,
        cycles: int | None = None,
        skip_existing: bool = False,
        sleep: Callable[[float], None] = time.sleep,
    ) -> int:
        """Cycle every ``interval`` seconds (``cycles``: stop after that many); returns the
        number of alerts delivered."""
        delivered = 0
        done = 0
        first = True
        while cycles is None or done < cycles:
            started = time.monotonic()
            result = self.cycle(deliver=not (first and skip_existing))
            first = False
            done += 1
            delivered += result.delivered
            self.log(_summary(result))
            if cycles is not None and done >= cycles:
                break
            sleep(max(0.0, interval - (time.monotonic() - started)))
        return delivered


def _summary(result: CycleResult) -> str:
    parts = [f"read {len(result.inputs_read)} new or changed input(s)"]
    if result.report is not None:
        parts.append(f"{result.report.articles_new} new article(s), "
                     f"{result.report.events} event(s) in all")
    parts.append(f"{result.delivered} alert(s) sent")
    if result.failed:
        parts.append(f"{result.failed} failed (retried next cycle)")
    return "; ".join(parts)


def make_watcher(
    inputs: Sequence[str],
    *,
    ruleset: RuleSet,
    rules_path: Path,
    settings: Settings,
    store: Store,
    state_path: Path,
    base_url: str = "",
    log: Log = _stderr,
) -> Watcher:
    """A watcher with the sinks of ``ruleset`` (relative jsonl paths from the rules' folder)."""
    sinks = {name: make_sink(cfg, base=rules_path.resolve().parent)
             for name, cfg in ruleset.sinks.items()}
    return Watcher(inputs=list(inputs), ruleset=ruleset,
                   settings=replace(settings, progress=False), store=store,
                   state_path=state_path, sinks=sinks, base_url=base_url, log=log)
