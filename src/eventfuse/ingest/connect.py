"""Connections for URL fetching: to one checked address, under one overall deadline.

:class:`PinnedBackend` is an httpcore network backend that connects to the address given to
it, whatever host name the request names: the name is resolved once, the address judged,
and that address is the one connected to (the request still sends the name in its ``Host``
header and as the TLS server name). Every socket operation on the connection (connect, TLS
handshake, each write and read) gets at most the time left before the deadline, so that a
server sending a byte every few seconds cannot hold a fetch longer than the deadline.
"""

from __future__ import annotations

import ssl
import time
import typing

import httpcore

SocketOption = (
    tuple[int, int, int] | tuple[int, int, bytes | bytearray] | tuple[int, int, None, int]
)


class Deadline:
    """A point in time (``time.monotonic``) after which nothing more is waited for."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.at = time.monotonic() + seconds

    def left(self) -> float:
        return self.at - time.monotonic()

    def clamp(self, timeout: float | None) -> float:
        """``timeout`` shortened to the time left; raises ``httpcore.ReadTimeout`` when none is."""
        left = self.left()
        if left <= 0:
            raise httpcore.ReadTimeout(f"deadline of {self.seconds:g} s passed")
        return left if timeout is None else min(timeout, left)


class DeadlineStream(httpcore.NetworkStream):
    """A network stream whose every operation ends by the deadline."""

    def __init__(self, stream: httpcore.NetworkStream, deadline: Deadline) -> None:
        self._stream = stream
        self._deadline = deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, timeout=self._deadline.clamp(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, timeout=self._deadline.clamp(timeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._stream.start_tls(
            ssl_context, server_hostname=server_hostname, timeout=self._deadline.clamp(timeout)
        )
        return DeadlineStream(stream, self._deadline)

    def get_extra_info(self, info: str) -> typing.Any:
        return self._stream.get_extra_info(info)


class PinnedBackend(httpcore.NetworkBackend):
    """Connects every request to the first of ``addresses`` (IP literals, all checked) that
    answers, in their order, under ``deadline``."""

    def __init__(self, addresses: typing.Sequence[str], deadline: Deadline) -> None:
        self.addresses = tuple(addresses)
        self.deadline = deadline
        self._backend = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[SocketOption] | None = None,
    ) -> httpcore.NetworkStream:
        failure: httpcore.ConnectError | None = None
        for address in self.addresses:
            try:
                stream = self._backend.connect_tcp(
                    address,
                    port,
                    timeout=self.deadline.clamp(timeout),
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except httpcore.ConnectError as exc:  # as socket.create_connection: try the next
                failure = exc
                continue
            return DeadlineStream(stream, self.deadline)
        raise failure or httpcore.ConnectError("no address to connect to")

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: typing.Iterable[SocketOption] | None = None,
    ) -> httpcore.NetworkStream:  # pragma: no cover - never asked for: no uds given
        raise httpcore.ConnectError("unix sockets are not used for URLs")

    def sleep(self, seconds: float) -> None:  # pragma: no cover - no retries are configured
        time.sleep(min(seconds, max(0.0, self.deadline.left())))
