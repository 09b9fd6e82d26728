"""The HTTP transport under the openai SDK: one time limit for every attempt, and a true
count of what the server received.

The SDK has its own retry loop (``max_retries``, exponential backoff, ``Retry-After``),
and protogen uses it rather than a second layer. What the SDK lacks is a bound on the
*whole* wait: each attempt gets the full timeout again, a backoff or a ``Retry-After`` of
up to two minutes may follow, and a reply that stalls mid-stream is waited on read by
read. The :class:`Wire` built by :func:`wire_class` sits where every attempt passes (an
HTTP transport, a public extension point of httpx), and:

* cuts each attempt's timeouts to the time left, and a reply body still streaming at the
  deadline (it shuts the socket, which also ends a read that is blocked);
* calls off a retry that could not finish in time, with the SDK's own signal: a response
  gets an ``x-should-retry: false`` header; a failed attempt, or one past the deadline,
  is answered here, locally, with such a response marked :data:`STOP_HEADER` (every SDK
  version honours the header; raising an error would stop only openai 3.x's retries);
* fails at once when a server on this machine refuses the connection, or when the host
  name does not exist (waiting will not change either);
* counts the requests that reached the server, and what went wrong with each, so the
  messages say what really happened.

This module does not import ``openai``: :mod:`protogen.writers.openai` hands it the SDK's
HTTP library, and reads :data:`STOP_HEADER` on the error the SDK raises for a local answer.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import socket
import threading
import time
from collections.abc import Callable
from types import ModuleType
from typing import Any

#: Longest wait for a TCP (and TLS) connection, within the time limit.
CONNECT_TIMEOUT = 10.0
#: The SDK's backoff before retry n (counting from 0) is at most
#: min(INITIAL * 2**n, MAX) seconds; a Retry-After of up to MAX_RETRY_AFTER wins, and a
#: longer one stops its retries (openai/_constants.py, _base_client.py).
SDK_INITIAL_RETRY_DELAY = 0.5
SDK_MAX_RETRY_DELAY = 8.0
SDK_MAX_RETRY_AFTER = 120.0
#: A retry is only worth it if, after its wait, this much of the time limit is left.
MIN_ATTEMPT_SECONDS = 0.25
#: How much of a reply body is kept for messages.
HEAD_BYTES = 512
#: Marks a response made here, not by the server: its value is TIMEOUT or UNREACHABLE.
STOP_HEADER = "x-protogen-stop"
TIMEOUT, UNREACHABLE = "timeout", "unreachable"
REFUSED = "connection refused"
NO_SUCH_HOST = "the host name does not resolve"


@functools.cache
def wire_class(http: ModuleType) -> type:
    """The transport class for the HTTP library ``http`` (httpx2 or httpx)."""

    class Body(http.SyncByteStream):
        """A successful reply's body: its first bytes are kept for messages, and it is
        cut at the deadline even while a read is blocked (a server that stalls)."""

        def __init__(self, inner, wire: Any, sock: socket.socket | None) -> None:
            self.inner, self.wire, self.sock = inner, wire, sock

        def __iter__(self):
            wire = self.wire
            wire.head.clear()
            timer = threading.Timer(max(0.0, wire.deadline - time.monotonic()), self._cut)
            timer.daemon = True
            timer.start()
            try:
                for chunk in self.inner:
                    if len(wire.head) < HEAD_BYTES:
                        wire.head += chunk[: HEAD_BYTES - len(wire.head)]
                    yield chunk
            finally:
                timer.cancel()

        def _cut(self) -> None:
            self.wire.expired = True
            if self.sock is not None:
                with contextlib.suppress(OSError):
                    self.sock.shutdown(socket.SHUT_RDWR)

        def close(self) -> None:
            self.inner.close()

    class Wire(http.BaseTransport):
        """Every HTTP attempt the SDK makes passes through here (see the module's doc)."""

        def __init__(
            self,
            inner,
            *,
            budget: float,
            max_retries: int,
            loopback: bool,
            notify: Callable[[str], None],
        ) -> None:
            self.inner = inner
            self.budget = budget
            self.max_retries = max_retries
            self.loopback = loopback
            self.notify = notify
            #: when the first request was sent; the deadline is ``budget`` seconds later
            self.started: float | None = None
            self.deadline = float("inf")
            self.received = 0  # requests that reached the server
            self.unreached = 0  # attempts whose connection failed
            self.failures: list[str] = []  # what went wrong, attempt by attempt
            self.expired = False  # the time limit ran out
            self.too_long: float | None = None  # a retry wait that did not fit
            #: a 500/501 means "this response format is refused": no retry
            self.probing = False
            self.head = bytearray()  # the first bytes of the last successful reply

        def handle_request(self, request):
            now = time.monotonic()
            if self.started is None:
                self.started, self.deadline = now, now + self.budget
            left = self.deadline - now
            if left <= 0.05:
                self.expired = True
                return self._stop(request, TIMEOUT)
            retry = _int(request.headers.get("x-stainless-retry-count"))
            request.extensions["timeout"] = {
                "connect": min(CONNECT_TIMEOUT, left),
                "read": left,
                "write": left,
                "pool": left,
            }
            try:
                response = self.inner.handle_request(request)
            except (http.ConnectError, http.ConnectTimeout) as exc:
                self.unreached += 1  # the server never saw this one
                self.failures.append(connect_failure(exc))
                why = self.failures[-1]
                hopeless = why == NO_SUCH_HOST or (self.loopback and why == REFUSED)
                if hopeless or not self._fits(retry, None):
                    return self._stop(request, UNREACHABLE)
                raise
            except http.TimeoutException:
                self.received += 1
                self.failures.append("no answer in time")
                if time.monotonic() >= self.deadline - 0.05:
                    self.expired = True
                    return self._stop(request, TIMEOUT)
                if not self._fits(retry, None):
                    return self._stop(request, TIMEOUT)
                raise
            except http.TransportError:
                self.received += 1
                self.failures.append("the connection closed without an answer")
                if not self._fits(retry, None):
                    return self._stop(request, UNREACHABLE)
                raise
            self.received += 1
            status = response.status_code
            if status >= 400:
                self.failures.append(f"HTTP {status}")
                if status in (408, 409, 429) or status >= 500:
                    self._retry_or_not(response, retry)
            else:
                network = response.extensions.get("network_stream")
                sock = None
                with contextlib.suppress(Exception):
                    sock = network.get_extra_info("socket") if network is not None else None
                response.stream = Body(response.stream, self, sock)
            return response

        def _stop(self, request, kind: str):
            """A local answer that ends the SDK's retries: no server sent it."""
            body = json.dumps({"error": {"message": f"protogen stopped: {kind}"}}).encode()
            headers = {"content-type": "application/json", "x-should-retry": "false"}
            headers[STOP_HEADER] = kind
            return http.Response(599, headers=headers, content=body, request=request)

        def _retry_or_not(self, response, retry: int) -> None:
            """Tell the SDK not to retry when it should not, or could not in time."""
            if retry >= self.max_retries:
                return  # the SDK is done retrying anyway
            status = response.status_code
            if self.probing and status in (500, 501):
                response.headers["x-should-retry"] = "false"  # maybe a refused format
                return
            wait = retry_after(response.headers)
            if wait is not None and wait > SDK_MAX_RETRY_AFTER:
                self.too_long = wait
                return  # the SDK will not wait that long either
            if not self._fits(retry, wait):
                response.headers["x-should-retry"] = "false"
                self.too_long = longest_wait(retry, wait)
                return
            self.notify(f"answered HTTP {status}; retrying in {longest_wait(retry, wait):.1f} s")

        def _fits(self, retry: int, wait: float | None) -> bool:
            """Whether the SDK's next retry (if it makes one) can still be of use in time."""
            if retry >= self.max_retries:
                return True  # no retry will come: let the SDK raise its own error
            later = time.monotonic() + longest_wait(retry, wait) + MIN_ATTEMPT_SECONDS
            return later < self.deadline

        def close(self) -> None:
            self.inner.close()

    return Wire


def longest_wait(retry: int, retry_after_s: float | None) -> float:
    """The longest the SDK sleeps before retry number ``retry`` (counting from 0)."""
    if retry_after_s is not None and 0 < retry_after_s <= SDK_MAX_RETRY_AFTER:
        return retry_after_s
    return min(SDK_INITIAL_RETRY_DELAY * 2.0**retry, SDK_MAX_RETRY_DELAY)


def retry_after(headers) -> float | None:
    """Retry-After as the SDK reads it: ``retry-after-ms``, seconds, or an HTTP date."""
    for name, scale in (("retry-after-ms", 1000.0), ("retry-after", 1.0)):
        raw = headers.get(name)
        if raw is None:
            continue
        try:
            return float(raw) / scale
        except ValueError:
            continue
    raw = headers.get("retry-after")
    if raw:
        import email.utils

        with contextlib.suppress(TypeError, ValueError, OverflowError):
            parsed = email.utils.parsedate_tz(raw)
            if parsed is not None:
                return float(email.utils.mktime_tz(parsed) - time.time())
    return None


def connect_failure(exc: Exception) -> str:
    """Why a connection failed, in a few words."""
    text = str(exc).lower()
    if "refused" in text:
        return REFUSED
    if "temporary failure in name resolution" in text or "try again" in text:
        return "the host name could not be looked up just now"
    if "name or service not known" in text or "nodename nor servname" in text:
        return NO_SUCH_HOST
    if "getaddrinfo" in text or "name resolution" in text:
        return NO_SUCH_HOST
    if "timed out" in text or "timeout" in type(exc).__name__.lower():
        return "no answer to the connection attempt"
    if "unreachable" in text:
        return "network unreachable"
    return " ".join(str(exc).split())[:80] or type(exc).__name__


def is_loopback(url: str) -> bool:
    """Whether ``url`` points at this machine."""
    import ipaddress
    from urllib.parse import urlsplit

    name = (urlsplit(url).hostname or "").lower()
    if name in ("localhost", "localhost.localdomain") or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def env_proxy(url: str) -> str | None:
    """The proxy the environment names for ``url`` (HTTPS_PROXY, NO_PROXY, ...), if any.

    An httpx client given a transport of its own no longer reads these, so the inner
    transport is built with the proxy here."""
    if not any(k.lower().endswith("_proxy") for k in os.environ):
        return None
    import urllib.request
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    proxies = urllib.request.getproxies()
    proxy = proxies.get(parts.scheme) or proxies.get("all")
    if not proxy or urllib.request.proxy_bypass(parts.hostname or ""):
        return None
    return proxy


def peek(response, size: int = HEAD_BYTES) -> None:
    """Read the first bytes of a body (the wire keeps them for a message)."""
    got = 0
    with contextlib.suppress(Exception):
        for chunk in response.iter_bytes():
            got += len(chunk)
            if got >= size:
                break


def looks_like_sse(head: bytes) -> bool:
    """Whether a body starts like a server-sent event stream (possibly an empty one)."""
    start = head.lstrip()[:8]
    return not start or start.startswith((b"data:", b":", b"event:", b"id:", b"retry:"))


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0
