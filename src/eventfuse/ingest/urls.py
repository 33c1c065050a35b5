"""Fetch URLs safely: http(s) only, public addresses only, redirects re-checked, size-capped.

Every hop (the URL and each redirect, at most :data:`MAX_REDIRECTS`) is checked before it is
requested: the scheme must be http or https and every address the host resolves to must be
globally routable, unless ``settings.allow_private_urls``. After connecting, the address
actually connected to is checked again (this closes the gap of a host name that resolves
differently the second time). Proxies from the environment are not used (``trust_env``
off), so that the address checked is the address connected to.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from ..config import Settings
from ..errors import FetchError, InputError

MAX_REDIRECTS = 5
_SCHEMES = ("http", "https")
_ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5"
)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched response body with where it finally came from and what it says it is."""

    url: str  # after redirects
    content_type: str  # media type, lower case, without parameters ("" when absent)
    charset: str | None
    body: bytes


def is_url(value: str) -> bool:
    """True when ``value`` looks like a URL (``scheme://...``) rather than a path."""
    scheme, sep, _ = value.partition("://")
    return bool(sep) and scheme.isascii() and scheme.isalpha() and len(scheme) > 1


def address_refusal(address: IPAddress) -> str | None:
    """Why ``address`` may not be fetched from (``"loopback"`` ...), or ``None`` if public."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    checks = (
        ("unspecified", address.is_unspecified),
        ("loopback", address.is_loopback),
        ("link-local", address.is_link_local),
        ("multicast", address.is_multicast),
        ("reserved", address.is_reserved),
        ("private", address.is_private),
        ("not globally routable", not address.is_global),
    )
    for name, flag in checks:
        if flag:
            return name
    return None


def _refused(message: str) -> FetchError:
    return FetchError(
        message,
        code="EF109",
        hint="set allow_private_urls = true to read from local or private addresses",
    )


def resolve(host: str, port: int) -> list[IPAddress]:
    """All addresses ``host`` resolves to (raises :class:`FetchError` EF108 if none)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, OSError) as exc:
        raise FetchError(f"cannot resolve host {host!r}: {exc}", hint="check the URL") from None
    addresses: list[IPAddress] = []
    for info in infos:
        literal = str(info[4][0]).split("%", 1)[0]  # drop an IPv6 zone index
        addresses.append(ipaddress.ip_address(literal))
    if not addresses:
        raise FetchError(f"host {host!r} has no address", hint="check the URL")
    return addresses


def check_url(url: str, *, settings: Settings) -> None:
    """Raise :class:`FetchError` (EF109 refused, EF108 malformed) unless ``url`` may be fetched."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise FetchError(f"malformed URL {url!r}: {exc}", hint="check the URL") from None
    scheme = parts.scheme.lower()
    if scheme not in _SCHEMES:
        raise FetchError(
            f"scheme {scheme!r} refused in {url!r}: only http and https are fetched",
            code="EF109",
            hint="give a local file as a path, not a URL",
        )
    host = parts.hostname
    if not host:
        raise FetchError(f"URL {url!r} has no host", hint="check the URL")
    if settings.allow_private_urls:
        return
    for address in resolve(host, port or (443 if scheme == "https" else 80)):
        reason = address_refusal(address)
        if reason is not None:
            raise _refused(f"{host} resolves to {address} ({reason})")


def _check_peer(response: httpx.Response, *, settings: Settings) -> None:
    if settings.allow_private_urls:
        return
    stream = response.extensions.get("network_stream")
    if stream is None:
        return
    peer = stream.get_extra_info("server_addr")
    if not peer:
        return
    try:
        address = ipaddress.ip_address(str(peer[0]).split("%", 1)[0])
    except ValueError:
        return
    reason = address_refusal(address)
    if reason is not None:
        raise _refused(f"{response.url.host} connected to {address} ({reason})")


def _too_large(url: str, size: str, limit: int) -> InputError:
    return InputError(
        f"{url} is larger than max_bytes={limit} ({size})",
        code="EF103",
        hint="raise max_bytes to read larger documents",
    )


def _read_body(response: httpx.Response, *, limit: int) -> bytes:
    declared = response.headers.get("content-length", "").strip()
    if declared.isdigit() and int(declared) > limit:
        raise _too_large(str(response.url), f"{declared} bytes announced", limit)
    body = bytearray()
    for chunk in response.iter_bytes():
        body.extend(chunk)
        if len(body) > limit:
            raise _too_large(str(response.url), "more bytes sent", limit)
    return bytes(body)


def fetch(url: str, *, settings: Settings) -> Fetched:
    """GET ``url`` under the rules above.

    Raises :class:`FetchError` ``EF109`` (refused), ``EF108`` (unreachable, timeout, HTTP
    error, too many redirects) or :class:`InputError` ``EF103`` (body over ``max_bytes``).
    """
    headers = {"User-Agent": settings.user_agent, "Accept": _ACCEPT}
    current = url
    with httpx.Client(
        timeout=settings.url_timeout,
        follow_redirects=False,
        trust_env=False,
        headers=headers,
    ) as client:
        for _ in range(MAX_REDIRECTS + 1):
            check_url(current, settings=settings)
            try:
                with client.stream("GET", current) as response:
                    _check_peer(response, settings=settings)
                    if response.is_redirect:
                        location = response.headers["location"]
                        current = str(response.url.join(location))
                        continue
                    if not response.is_success:
                        raise FetchError(
                            f"HTTP {response.status_code} {response.reason_phrase} from {current}",
                            hint="check the URL or try again later",
                        )
                    body = _read_body(response, limit=settings.max_bytes)
                    media_type, charset = _content_type(response.headers.get("content-type", ""))
                    return Fetched(
                        url=str(response.url), content_type=media_type, charset=charset, body=body
                    )
            except httpx.TimeoutException:
                raise FetchError(
                    f"timed out after {settings.url_timeout:g} s fetching {current}",
                    hint="raise url_timeout or try again later",
                ) from None
            except (httpx.HTTPError, httpx.InvalidURL) as exc:
                raise FetchError(
                    f"cannot fetch {current}: {type(exc).__name__}: {exc}",
                    hint="check the URL and the network",
                ) from None
    raise FetchError(
        f"more than {MAX_REDIRECTS} redirects from {url}", hint="open the URL in a browser"
    )


def _content_type(header: str) -> tuple[str, str | None]:
    media_type, _, params = header.partition(";")
    charset: str | None = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    return media_type.strip().lower(), charset
