"""Who may ask: the Host names the API answers to, the read and write tokens, and a per-client
lockout after repeated wrong tokens."""

from __future__ import annotations

import hmac
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from eventfuse.config import Settings

from .errors import ApiError

LOCAL_HOSTS: frozenset[str] = frozenset({"localhost", "127.0.0.1", "::1"})
ANY_ADDRESS: frozenset[str] = frozenset({"0.0.0.0", "::", ""})


def allowed_hosts(settings: Settings, bind_host: str = "") -> frozenset[str]:
    """The Host names to answer: the setting ``api_allowed_hosts`` (``*``: any), else the local
    names and the address the server listens on."""
    configured = {h.strip().lower().strip("[]") for h in settings.api_allowed_hosts.split(",")}
    configured.discard("")
    if configured:
        return frozenset(configured)
    bind = bind_host.strip().lower().strip("[]")
    return LOCAL_HOSTS | ({bind} if bind not in ANY_ADDRESS else set())


def host_name(header: str) -> str:
    """The name in a Host header, without the port (``[::1]:8000`` -> ``::1``)."""
    value = header.strip().lower()
    if value.startswith("["):
        return value[1:].partition("]")[0]
    if value.count(":") == 1:
        return value.partition(":")[0]
    return value


def check_host(header: str | None, allowed: frozenset[str]) -> None:
    """Refuse (EF400) a request whose Host is not one of ``allowed`` (guards against DNS
    rebinding: a page elsewhere cannot reach a local server through its own name)."""
    if "*" in allowed:
        return
    name = host_name(header or "")
    if name not in allowed:
        raise ApiError(
            400,
            f"this server does not answer to the host {name or '(none)'!r}",
            hint="add the name clients use to the setting api_allowed_hosts "
            "(comma-separated; '*' for any)",
        )


def same_token(given: str, expected: str) -> bool:
    return bool(expected) and hmac.compare_digest(given.encode(), expected.encode())


@dataclass
class TokenGuard:
    """Counts wrong tokens per client; past ``limit`` within ``window`` seconds the client
    is refused (EF429) until the window is over."""

    limit: int
    window: float
    clock: Callable[[], float] = time.monotonic
    _failures: dict[str, list[float]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def _recent(self, client: str, now: float) -> list[float]:
        times = [t for t in self._failures.get(client, []) if now - t < self.window]
        if times:
            self._failures[client] = times
        else:
            self._failures.pop(client, None)
        return times

    def check(self, client: str) -> None:
        """Refuse a client that sent too many wrong tokens lately."""
        if self.limit <= 0:
            return
        with self._lock:
            now = self.clock()
            times = self._recent(client, now)
            if len(times) >= self.limit:
                wait = max(1, int(self.window - (now - times[0]) + 0.999))
                raise ApiError(
                    429,
                    f"too many wrong tokens from this client; try again in {wait} s",
                    hint="check the token; the limit is the setting api_token_failures "
                    "per api_token_lockout_s seconds",
                    headers={"Retry-After": str(wait)},
                )

    def failed(self, client: str) -> None:
        with self._lock:
            now = self.clock()
            self._failures[client] = [*self._recent(client, now), now]
            if len(self._failures) > 10_000:  # forget the oldest clients first
                for old in list(self._failures)[:1000]:
                    del self._failures[old]


def check_token(
    given: str,
    wanted: Iterable[str],
    *,
    guard: TokenGuard,
    client: str,
    refusal: Callable[[bool], ApiError],
) -> None:
    """Accept ``given`` when it is one of ``wanted``; else count the failure (when a token
    was given) and raise ``refusal(bool(given))``."""
    guard.check(client)
    if any(same_token(given, w) for w in wanted):
        return
    if given:
        guard.failed(client)
    raise refusal(bool(given))
