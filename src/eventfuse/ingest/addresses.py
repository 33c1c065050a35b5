"""IP addresses for URL fetching: IPv4 carried inside IPv6, and the allow-list setting.

An IPv6 address can carry an IPv4 one that a router or a tunnel then reaches: IPv4-mapped
(``::ffff:a.b.c.d``), IPv4-compatible (``::a.b.c.d``), 6to4 (``2002:AABB:CCDD::/16``), Teredo
(``2001:0::/32``, the client address obfuscated) and NAT64 (``64:ff9b::/96``, and the local
``64:ff9b:1::/48`` of RFC 8215). :func:`carried_ipv4` decodes them so that such an address is
judged by the IPv4 it carries as well as by itself.

The allow-list (setting :data:`ALLOW_SETTING`) names hosts and CIDR ranges that URLs may reach
although they are private: ``"intranet.example, 10.20.0.0/16, fd00::/8"``.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from typing import Any

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

# The setting naming allowed hosts and ranges (read with getattr: see ``Allowlist.of``).
ALLOW_SETTING = "url_allowlist"

_NAT64_WELL_KNOWN = ipaddress.IPv6Network("64:ff9b::/96")
_NAT64_LOCAL = ipaddress.IPv6Network("64:ff9b:1::/48")
_SEPARATORS = re.compile(r"[\s,;]+")


def carried_ipv4(address: IPAddress) -> tuple[ipaddress.IPv4Address, ...]:
    """The IPv4 addresses an IPv6 ``address`` carries (none for plain IPv6 or for IPv4)."""
    if not isinstance(address, ipaddress.IPv6Address):
        return ()
    if address.ipv4_mapped is not None:
        return (address.ipv4_mapped,)
    if address.sixtofour is not None:
        return (address.sixtofour,)
    if address.teredo is not None:
        server, client = address.teredo
        return (client, server)
    packed = address.packed
    if address in _NAT64_WELL_KNOWN:
        return (ipaddress.IPv4Address(packed[12:16]),)
    if address in _NAT64_LOCAL:  # RFC 6052, /48 prefix: bits 48-63 and 72-87, octet 8 is zero
        return (ipaddress.IPv4Address(packed[6:8] + packed[9:11]),)
    number = int(address)
    if 1 < number < 2**32:  # IPv4-compatible ::a.b.c.d (deprecated), not :: or ::1
        return (ipaddress.IPv4Address(number),)
    return ()


@dataclass(frozen=True, slots=True)
class Allowlist:
    """Hosts (lower case, no trailing dot) and networks that URLs may reach though private."""

    hosts: frozenset[str] = frozenset()
    networks: tuple[IPNetwork, ...] = ()

    @classmethod
    def parse(cls, value: str) -> Allowlist:
        """Entries separated by commas, semicolons or spaces: an address or CIDR range when
        it parses as one, else a host name."""
        hosts: set[str] = set()
        networks: list[IPNetwork] = []
        for item in _SEPARATORS.split(value.strip()):
            if not item:
                continue
            try:
                networks.append(ipaddress.ip_network(item.strip("[]"), strict=False))
            except ValueError:
                hosts.add(item.lower().rstrip("."))
        return cls(frozenset(hosts), tuple(networks))

    @classmethod
    def of(cls, settings: Any) -> Allowlist:
        """The allow-list of ``settings`` (empty while the setting is not declared)."""
        return cls.parse(str(getattr(settings, ALLOW_SETTING, "") or ""))

    def allows_host(self, host: str) -> bool:
        return host.lower().rstrip(".") in self.hosts

    def allows_address(self, address: IPAddress) -> bool:
        """True when ``address`` itself is in an allowed range (an IPv6 address carrying an
        allowed IPv4 one is not: it is routed elsewhere, through a relay or a gateway)."""
        return any(
            address.version == network.version and address in network
            for network in self.networks
        )
