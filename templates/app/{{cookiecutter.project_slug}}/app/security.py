"""The app's defences in one place: what it accepts from a request, and from whom.

* **Body limit.** Every request's body is read in full *before* the app sees it, counting
  the bytes actually received, chunked or not, up to ``MAX_BODY``: one byte more and the
  answer is 413, without parsing anything. A body that trickles in slower than
  ``BODY_SECONDS`` gets 408. A ``Content-Length`` over the limit is refused at once.
* **Host and Origin.** The ``Host`` must be one the app is served as (127.0.0.1 and
  localhost unless ``PROTOTYPE_HOSTS`` says more), which stops DNS rebinding. A POST
  must come from the app's own origin: ``Origin`` must equal it; without ``Origin``,
  ``Sec-Fetch-Site`` must be ``same-origin`` (or ``none``); a client that sends neither is
  not a browser and carries no victim's cookies. Cookies on 127.0.0.1 are shared by
  every port, and ``SameSite`` ignores ports, so this is what keeps a page on another
  port (another prototype) from posting here.
* **Signed CSRF tokens.** The CSRF cookie holds a random nonce; the form's token is an
  HMAC of it under the app's secret. A client can set any cookie it likes, but cannot
  make the matching token without the secret.
* **Admin sessions.** One login with the admin token sets an HttpOnly, SameSite=Strict
  cookie signed with the secret and bound to the token (a new token ends old sessions),
  so the token never sits in a URL, a log or the browser's history.
* **Throttle.** Wrong admin tokens are slowed per client (3 free tries, then a wait that
  doubles from 1 s up to 5 minutes) and in total (at most 30 failures a minute from
  everyone), answered 429 with ``Retry-After`` while a wait runs.

The secret comes from ``PROTOTYPE_SECRET`` (``protogen serve`` passes one it keeps
outside the gallery), else from ``prototype.secret`` beside the database, made once with
mode 0600 and ignored by git.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import os
import re
import secrets
import threading
import time
from collections import OrderedDict, deque
from pathlib import Path

MAX_BODY = 16 * 1024
BODY_SECONDS = 10.0
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
DEFAULT_HOSTS = ("127.0.0.1", "localhost", "[::1]")
SECRET_FILE = "prototype.secret"
NONCE = re.compile(r"^[A-Za-z0-9_-]{22,64}$")
SESSION_NONCE = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
SESSION_SECONDS = 8 * 3600
CSP = ("default-src 'self'; style-src 'self'; img-src 'self' data:; "
       "form-action 'self'; frame-ancestors 'none'; base-uri 'none'")


def load_secret(db_path: str) -> bytes:
    """``PROTOTYPE_SECRET``, else the secret in ``prototype.secret`` beside the database
    (made on first use: 0600, created exclusively, so two processes agree on one)."""
    given = os.environ.get("PROTOTYPE_SECRET", "")
    if given:
        return given.encode()
    path = Path(os.path.abspath(db_path)).with_name(SECRET_FILE)
    try:
        value = path.read_bytes().strip()
        if len(value) >= 32:
            return value
    except FileNotFoundError:
        pass
    tmp = path.with_name(f".{SECRET_FILE}.{os.getpid()}.{secrets.token_hex(4)}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(secrets.token_urlsafe(32).encode() + b"\n")
    try:
        if path.exists():
            os.replace(tmp, path)  # too short to be ours: make a proper one
        else:
            os.link(tmp, path)  # the first process wins; the others read its secret
    except FileExistsError:
        pass
    finally:
        tmp.unlink(missing_ok=True)
    return path.read_bytes().strip()


class Signer:
    """HMAC-SHA256 under the app's secret, one purpose per kind of value."""

    def __init__(self, secret: bytes) -> None:
        self._key = hashlib.sha256(b"prototype-signing-key\0" + secret).digest()
        #: cookies on 127.0.0.1 are shared by every port: name ours after this app
        self.cookie_suffix = self.sign("cookie-names", "")[:10]

    def sign(self, purpose: str, value: str) -> str:
        mac = hmac.new(self._key, f"{purpose}\0{value}".encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(mac).decode().rstrip("=")

    def check(self, purpose: str, value: str, signature: str) -> bool:
        return hmac.compare_digest(self.sign(purpose, value).encode(),
                                   signature.encode("utf-8", "replace"))


class Csrf:
    """A random nonce in an HttpOnly cookie; the form carries its signature."""

    def __init__(self, signer: Signer) -> None:
        self.signer = signer
        self.cookie = "csrf_" + signer.cookie_suffix

    def nonce(self, cookies: dict[str, str]) -> str:
        current = cookies.get(self.cookie, "")
        return current if NONCE.match(current) else secrets.token_urlsafe(32)

    def token(self, nonce: str) -> str:
        return self.signer.sign("csrf", nonce)

    def valid(self, cookies: dict[str, str], sent: str) -> bool:
        nonce = cookies.get(self.cookie, "")
        return bool(NONCE.match(nonce)) and bool(sent) and self.signer.check("csrf", nonce, sent)


class AdminSessions:
    """``expires.nonce.signature`` cookies, signed over the admin token's hash too."""

    def __init__(self, signer: Signer, token: str) -> None:
        self.signer = signer
        self.cookie = "admin_" + signer.cookie_suffix
        self._bound = hashlib.sha256(token.encode()).hexdigest()

    def issue(self) -> str:
        body = f"{int(time.time()) + SESSION_SECONDS}.{secrets.token_urlsafe(16)}"
        return f"{body}.{self.signer.sign('admin', body + '.' + self._bound)}"

    def valid(self, value: str) -> bool:
        expires, _, rest = value.partition(".")
        nonce, _, signature = rest.partition(".")
        if not (expires.isdigit() and SESSION_NONCE.match(nonce) and signature):
            return False
        body = f"{expires}.{nonce}"
        return (int(expires) > time.time()
                and self.signer.check("admin", body + "." + self._bound, signature))


class Throttle:
    """Slows repeated failures: per client, and for everyone together."""

    def __init__(self, free: int = 3, base: float = 1.0, cap: float = 300.0,
                 window: float = 60.0, global_max: int = 30, clients: int = 10_000) -> None:
        self.free, self.base, self.cap = free, base, cap
        self.window, self.global_max, self.clients = window, global_max, clients
        self._lock = threading.Lock()
        self._by_client: OrderedDict[str, tuple[int, float]] = OrderedDict()
        self._recent: deque[float] = deque()

    def wait(self, client: str) -> float:
        """Seconds ``client`` must wait before a try is even looked at (0: go ahead)."""
        now = time.monotonic()
        with self._lock:
            while self._recent and self._recent[0] <= now - self.window:
                self._recent.popleft()
            everyone = (self._recent[0] + self.window - now
                        if len(self._recent) >= self.global_max else 0.0)
            _, until = self._by_client.get(client, (0, 0.0))
            return max(until - now, everyone, 0.0)

    def failed(self, client: str) -> None:
        now = time.monotonic()
        with self._lock:
            count, _ = self._by_client.pop(client, (0, 0.0))
            count += 1
            delay = 0.0 if count <= self.free else min(
                self.cap, self.base * 2 ** (count - self.free - 1))
            self._by_client[client] = (count, now + delay)
            while len(self._by_client) > self.clients:
                self._by_client.popitem(last=False)
            self._recent.append(now)

    def passed(self, client: str) -> None:
        with self._lock:
            self._by_client.pop(client, None)


class _TooLarge(Exception):
    pass


class _Gone(Exception):
    pass


def _hosts_from_env() -> list[str]:
    extra = [h.strip() for h in os.environ.get("PROTOTYPE_HOSTS", "").split(",") if h.strip()]
    return [*DEFAULT_HOSTS, *extra]


def _hostname(host: str) -> str:
    host = host.strip().lower()
    if host.startswith("["):
        return host.split("]", 1)[0] + "]"
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


class Guard:
    """ASGI middleware: Host allow-list, same-origin POSTs, the body limit, and the
    security headers on every response (errors included)."""

    def __init__(self, app, max_body: int = MAX_BODY, body_seconds: float = BODY_SECONDS,
                 allowed_hosts: list[str] | None = None) -> None:
        self.app = app
        self.max_body = max_body
        self.body_seconds = body_seconds
        hosts = allowed_hosts if allowed_hosts is not None else _hosts_from_env()
        self.any_host = "*" in hosts
        self.hosts = {_hostname(h) for h in hosts}

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                extra = [(b"x-content-type-options", b"nosniff"),
                         (b"referrer-policy", b"same-origin"),
                         (b"content-security-policy", CSP.encode())]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        headers = {k.decode("latin-1").lower(): v.decode("latin-1")
                   for k, v in scope.get("headers", [])}
        host = headers.get("host", "")
        if not self.any_host and _hostname(host) not in self.hosts:
            return await _plain(send_with_headers, 400, f"Unknown host {host[:100]!r}: add it "
                                "to PROTOTYPE_HOSTS to serve the app under that name.")
        if scope["method"] in UNSAFE_METHODS and not _same_origin(headers, scope, host):
            return await _plain(send_with_headers, 403, "Cross-site request refused.")
        length = headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            return await _plain(send_with_headers, 413, "Request too large.")
        try:
            body = await asyncio.wait_for(self._read(receive), self.body_seconds)
        except _TooLarge:
            return await _plain(send_with_headers, 413, "Request too large.")
        except asyncio.TimeoutError:
            return await _plain(send_with_headers, 408, "Request body too slow.")
        except _Gone:
            return None
        replayed = False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        return await self.app(scope, replay, send_with_headers)

    async def _read(self, receive) -> bytes:
        body = bytearray()
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                raise _Gone
            body += message.get("body", b"")
            if len(body) > self.max_body:
                raise _TooLarge
            if not message.get("more_body", False):
                return bytes(body)


def _same_origin(headers: dict[str, str], scope, host: str) -> bool:
    origin = headers.get("origin")
    if origin is not None:
        return origin.lower() == f"{scope.get('scheme', 'http')}://{host}".lower()
    return headers.get("sec-fetch-site", "same-origin") in ("same-origin", "none")


async def _plain(send, status: int, text: str) -> None:
    body = text.encode()
    await send({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", b"text/plain; charset=utf-8"),
        (b"content-length", str(len(body)).encode()),
        (b"connection", b"close")]})  # what the client still sends is never read
    await send({"type": "http.response.body", "body": body})
