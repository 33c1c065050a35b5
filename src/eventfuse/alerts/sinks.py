"""Where alerts go: a JSON lines file, a webhook (HTTP POST) or e-mail (SMTP)."""

from __future__ import annotations

import json
import os
import smtplib
import ssl
from email.message import EmailMessage
from pathlib import Path
from typing import Any, Protocol

from eventfuse.errors import ConfigError, EventfuseError

from .rules import SinkConfig


class DeliveryError(EventfuseError):
    """An alert could not be delivered (it is tried again on the next cycle)."""

    code = "EF601"


class Sink(Protocol):
    name: str

    def send(self, alert: dict[str, Any]) -> None: ...


class JsonlSink:
    """Appends one JSON object per alert to a file (created with its folder if needed)."""

    def __init__(self, config: SinkConfig, *, base: Path | None = None) -> None:
        self.name = config.name
        path = Path(config.path).expanduser()
        self.path = path if path.is_absolute() or base is None else base / path

    def send(self, alert: dict[str, Any]) -> None:
        line = json.dumps(alert, ensure_ascii=False, sort_keys=True) + "\n"
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as handle:
                handle.write(line)
                handle.flush()
                os.fsync(handle.fileno())
        except OSError as exc:
            raise DeliveryError(f"cannot write alert to {self.path}: {exc.strerror}",
                                hint="check the path and its permissions") from None


class WebhookSink:
    """POSTs each alert as JSON; any answer but 2xx is a failed delivery."""

    def __init__(self, config: SinkConfig, *, client: Any = None) -> None:
        self.name = config.name
        self.url = config.url
        self.headers = dict(config.headers)
        self.timeout = config.timeout
        self.client = client

    def send(self, alert: dict[str, Any]) -> None:
        # httpx takes 0.3 s to import (measured); only a webhook that fires pays for it, not
        # `eventfuse --help`, which imports this module
        import httpx

        body = json.dumps(alert, ensure_ascii=False).encode("utf-8")
        headers = {"Content-Type": "application/json", "User-Agent": "eventfuse-alerts",
                   **self.headers}
        try:
            if self.client is not None:
                response = self.client.post(self.url, content=body, headers=headers)
            else:
                with httpx.Client(timeout=self.timeout, follow_redirects=False,
                                  trust_env=False) as client:
                    response = client.post(self.url, content=body, headers=headers)
        except httpx.HTTPError as exc:
            raise DeliveryError(f"webhook {self.url} failed: {type(exc).__name__}: {exc}",
                                hint="is the receiving server up?") from None
        if not 200 <= response.status_code < 300:
            raise DeliveryError(f"webhook {self.url} answered {response.status_code}",
                                hint="the receiver refused the alert")


class EmailSink:
    """Sends each alert as a plain-text e-mail through an SMTP server."""

    def __init__(self, config: SinkConfig) -> None:
        self.name = config.name
        self.config = config
        if config.username and not config.password_env:
            raise ConfigError(f"sink {config.name!r}: username without password_env",
                              hint="name the environment variable holding the password")

    def message(self, alert: dict[str, Any]) -> EmailMessage:
        msg = EmailMessage()
        msg["From"] = self.config.sender
        msg["To"] = ", ".join(self.config.to)
        msg["Subject"] = subject_of(alert)
        msg.set_content(text_of(alert))
        return msg

    def send(self, alert: dict[str, Any]) -> None:
        c = self.config
        password = ""
        if c.password_env:
            password = os.environ.get(c.password_env, "")
            if not password:
                raise DeliveryError(f"sink {c.name!r}: environment variable {c.password_env} "
                                    "is empty", hint="export the SMTP password there")
        try:
            smtp: smtplib.SMTP
            if c.ssl:
                smtp = smtplib.SMTP_SSL(c.host, c.port, timeout=c.timeout,
                                        context=ssl.create_default_context())
            else:
                smtp = smtplib.SMTP(c.host, c.port, timeout=c.timeout)
            with smtp:
                if c.starttls and not c.ssl:
                    smtp.starttls(context=ssl.create_default_context())
                if c.username:
                    smtp.login(c.username, password)
                smtp.send_message(self.message(alert))
        except (OSError, smtplib.SMTPException) as exc:
            raise DeliveryError(f"e-mail through {c.host}:{c.port} failed: {exc}",
                                hint="check host, port, TLS and credentials") from None


def subject_of(alert: dict[str, Any]) -> str:
    e = alert.get("event", {})
    what = e.get("sub_event_type") or e.get("event_type") or "event"
    where = e.get("location") or e.get("admin1") or e.get("country") or "unknown place"
    change = "updated" if alert.get("change") == "changed" else "new"
    return f"[eventfuse] {alert.get('rule')}: {change} {what} in {where}, {e.get('event_date')}"


def text_of(alert: dict[str, Any]) -> str:
    e = alert.get("event", {})
    lines = [
        subject_of(alert),
        "",
        str(e.get("notes") or ""),
        "",
        f"Date:        {e.get('event_date')}",
        f"Type:        {e.get('event_type')} / {e.get('sub_event_type')}",
        f"Actors:      {e.get('actor1')} vs {e.get('actor2')}",
        f"Place:       {', '.join(str(x) for x in (e.get('location'), e.get('admin1'), e.get('country')) if x)}",
        f"Fatalities:  {e.get('fatalities')}",
        (f"Sources:     {e.get('independent_sources')} independent, "
         f"{len(e.get('articles') or [])} articles"),
        f"Contradictions: {len(e.get('contradictions') or [])}",
    ]
    if alert.get("changed_fields"):
        lines.append(f"Changed:     {', '.join(alert['changed_fields'])}")
    if alert.get("url"):
        lines.append(f"Open:        {alert['url']}")
    lines.append(f"Event id:    {e.get('id')}")
    return "\n".join(lines) + "\n"


def make_sink(config: SinkConfig, *, base: Path | None = None) -> Sink:
    """The sink for a configuration (``base``: folder relative jsonl paths start from)."""
    if config.kind == "jsonl":
        return JsonlSink(config, base=base)
    if config.kind == "webhook":
        return WebhookSink(config)
    if config.kind == "email":
        return EmailSink(config)
    raise ConfigError(f"unknown sink type {config.kind!r}")
