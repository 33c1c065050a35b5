"""Fetch URLs safely: http(s) only, public addresses only, redirects re-checked, size-capped,
one overall deadline.

Every hop (the URL and each redirect, at most :data:`MAX_REDIRECTS`) is checked before it is
requested: the scheme must be http or https, the host is resolved once, and every address it
resolves to must be globally routable (an IPv6 address carrying an IPv4 one, see
:mod:`.addresses`, is judged by that IPv4 as well) unless the host or the address is in the
allow-list (setting ``url_allowlist``: host names and CIDR ranges) or
``settings.allow_private_urls`` allows every address. The connection then goes to the first
address checked, never to a second resolution of the name (:mod:`.connect`); the name is sent
in the ``Host`` header and as the TLS server name. Proxies from the environment are not used.

``settings.url_timeout`` bounds the whole fetch of a URL: connecting, sending, waiting for
the headers and reading the body, redirects included (name resolution aside: the system
resolver cannot be interrupted).
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
import zlib
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from ..config import Settings
from ..errors import FetchError, InputError
from .addresses import Allowlist, IPAddress, carried_ipv4
from .connect import Deadline, PinnedBackend

MAX_REDIRECTS = 5
_SCHEMES = ("http", "https")
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_ZLIB_AUTO = 47  # zlib window bits: gzip or zlib header, detected
_ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5"
)


@dataclass(frozen=True, slots=True)
class Fetched:
    """A fetched response body with where it finally came from and what it says it is."""

    url: str  # after redirects
    content_type: str  # media type, lower case, without parameters ("" when absent)
    charset: str | None
    body: bytes


@dataclass(frozen=True, slots=True)
class Target:
    """One hop checked: the URL as sent and the addresses to connect to (all checked)."""

    url: httpx.URL
    addresses: tuple[IPAddress, ...]


def address_refusal(address: IPAddress) -> str | None:
    """Why ``address`` may not be fetched from (``"loopback"`` ...), or ``None`` if public.

    An IPv6 address carrying an IPv4 one (mapped, compatible, 6to4, Teredo, NAT64) is refused
    when that IPv4 is ("loopback (127.0.0.1 in 6to4 form)"), and otherwise judged itself.
    """
    mapped = isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None
    for carried in carried_ipv4(address):
        reason = address_refusal(carried)
        if reason is not None:
            return reason if mapped else f"{reason}: carries {carried}"
    if mapped:
        return None  # judged as the IPv4 address it stands for
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
        hint="add the host or its range to url_allowlist to read from it "
        "(allow_private_urls = true allows every address)",
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


def _parse(url: str) -> httpx.URL:
    try:
        parsed = httpx.URL(url)
        urlsplit(url).port  # noqa: B018 - raises ValueError for a bad port
    except (httpx.InvalidURL, ValueError, TypeError) as exc:
        raise FetchError(f"malformed URL {url!r}: {exc}", hint="check the URL") from None
    return parsed


def check_url(url: str, *, settings: Settings) -> Target:
    """The checked hop for ``url``: the address its host resolved to, judged once.

    Raises :class:`FetchError` (EF109 refused, EF108 malformed or unresolvable) unless
    ``url`` may be fetched. Every address of the host must be allowed; they are tried in
    their order when connecting.
    """
    scheme = urlsplit(url).scheme.lower()
    if scheme not in _SCHEMES:
        raise FetchError(
            f"scheme {scheme!r} refused in {url!r}: only http and https are fetched",
            code="EF109",
            hint="give a local file as a path, not a URL",
        )
    parsed = _parse(url)
    host = parsed.raw_host.decode("ascii", "replace")
    if not host:
        raise FetchError(f"URL {url!r} has no host", hint="check the URL")
    addresses = resolve(host, parsed.port or (443 if scheme == "https" else 80))
    allow = Allowlist.of(settings)
    if not (settings.allow_private_urls or allow.allows_host(host)):
        for address in addresses:
            reason = address_refusal(address)
            if reason is not None and not allow.allows_address(address):
                raise _refused(f"{host} resolves to {address} ({reason})")
    return Target(parsed, tuple(addresses))


def _too_large(url: str, size: str, limit: int) -> InputError:
    return InputError(
        f"{url} is larger than max_bytes={limit} ({size})",
        code="EF103",
        hint="raise max_bytes to read larger documents",
    )


def _header(response: httpcore.Response, name: bytes) -> str:
    for key, value in response.headers:
        if key.lower() == name:
            return value.decode("latin-1").strip()
    return ""


def _read_body(response: httpcore.Response, *, url: str, limit: int) -> bytes:
    """The body, gzip or deflate decoded, refused as soon as more than ``limit`` bytes
    arrive or are decoded (a small compressed body can decode to gigabytes)."""
    declared = _header(response, b"content-length")
    encoding = _header(response, b"content-encoding").lower()
    if declared.isdigit() and int(declared) > limit:
        raise _too_large(url, f"{declared} bytes announced", limit)
    decoder = zlib.decompressobj(_ZLIB_AUTO) if encoding in ("gzip", "x-gzip", "deflate") else None
    body = bytearray()
    received = 0
    for chunk in response.iter_stream():
        received += len(chunk)
        if received > limit:
            raise _too_large(url, "more bytes sent", limit)
        try:
            body.extend(decoder.decompress(chunk, limit + 1 - len(body)) if decoder else chunk)
        except zlib.error as exc:
            raise FetchError(f"bad {encoding} body from {url}: {exc}", hint="try again later") from None
        if len(body) > limit:
            raise _too_large(url, f"more bytes once {encoding} decoded", limit)
    return bytes(body)


@lru_cache(maxsize=1)
def ssl_context() -> ssl.SSLContext:
    """The TLS context servers are verified with (httpx's: certifi's roots); the host name
    of the URL, not the address connected to, is the name verified."""
    return httpx.create_ssl_context()


def _request(target: Target) -> httpcore.URL:
    url = target.url
    return httpcore.URL(scheme=url.raw_scheme, host=url.raw_host, port=url.port, target=url.raw_path)


def _get(target: Target, *, settings: Settings, deadline: Deadline) -> Fetched | str:
    """The response for one hop, or the URL a redirect points to."""
    current = str(target.url)
    headers = [
        (b"User-Agent", settings.user_agent.encode("latin-1", "replace")),
        (b"Accept", _ACCEPT.encode("ascii")),
        (b"Accept-Encoding", b"gzip, deflate"),
    ]
    backend = PinnedBackend([str(address) for address in target.addresses], deadline)
    timeout = max(0.001, deadline.left())
    extensions = {"timeout": {key: timeout for key in ("connect", "read", "write", "pool")}}
    with (
        httpcore.ConnectionPool(ssl_context=ssl_context(), network_backend=backend) as pool,
        pool.stream("GET", _request(target), headers=headers, extensions=extensions) as response,
    ):
        if response.status in _REDIRECTS and _header(response, b"location"):
            return urljoin(current, _header(response, b"location"))
        if not 200 <= response.status < 300:
            reason = response.extensions.get("reason_phrase", b"").decode("latin-1", "replace")
            raise FetchError(
                f"HTTP {response.status} {reason} from {current}".replace("  ", " "),
                hint="check the URL or try again later",
            )
        body = _read_body(response, url=current, limit=settings.max_bytes)
        media_type, charset = _content_type(_header(response, b"content-type"))
        return Fetched(url=current, content_type=media_type, charset=charset, body=body)


def fetch(url: str, *, settings: Settings) -> Fetched:
    """GET ``url`` under the rules above.

    Raises :class:`FetchError` ``EF109`` (refused), ``EF108`` (unreachable, deadline passed,
    HTTP error, too many redirects) or :class:`InputError` ``EF103`` (body over ``max_bytes``).
    """
    deadline = Deadline(settings.url_timeout)
    current = url
    for _ in range(MAX_REDIRECTS + 1):
        target = check_url(current, settings=settings)
        try:
            result = _get(target, settings=settings, deadline=deadline)
        except httpcore.TimeoutException:
            raise FetchError(
                f"timed out: no complete response within url_timeout={settings.url_timeout:g} s "
                f"(connection, headers and body together, redirects included) from {current}",
                hint="raise url_timeout or try again later",
            ) from None
        except (httpcore.ProtocolError, httpcore.NetworkError, httpcore.UnsupportedProtocol) as exc:
            raise FetchError(
                f"cannot fetch {current}: {type(exc).__name__}: {exc}",
                hint="check the URL and the network",
            ) from None
        if isinstance(result, Fetched):
            return result
        current = result
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
