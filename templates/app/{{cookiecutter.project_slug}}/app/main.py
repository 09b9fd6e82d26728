"""The prototype's web app: landing page, waitlist signup, the core screen, an admin view.

Security notes: every page is rendered with Jinja autoescaping and the copy (brief.json)
is data; SQL is parameterized; each field has a size limit. ``app.security`` holds the
rest: the body limit on the bytes actually read, the Host and Origin checks, CSRF tokens
signed with the app's secret, the admin session cookie (one login with
``PROTOTYPE_ADMIN_TOKEN``, compared in constant time) and the throttle on wrong tokens.
"""

from __future__ import annotations

import csv
import hmac
import io
import json
import math
import os
import re
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape

from app.security import AdminSessions, Csrf, Guard, Signer, Throttle, load_secret
from app.store import Store

HERE = Path(__file__).resolve().parent
BRIEF = json.loads((HERE / "brief.json").read_text(encoding="utf-8"))
PALETTE = json.loads((HERE / "palette.json").read_text(encoding="utf-8"))
EMAIL = re.compile(r"^[^\s@]+@[^\s@.]+(\.[^\s@.]+)*\.[^\s@.]{2,}$")
MAX_EMAIL, MAX_NAME, MAX_TOKEN = 254, 100, 200
#: a spreadsheet runs a cell that starts with one of these as a formula (OWASP's list)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
PRIVATE = {"Cache-Control": "no-store"}

env = Environment(loader=FileSystemLoader(HERE / "templates"),
                  autoescape=select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True)


def _page(template: str, status: int = 200, headers: dict | None = None,
          **context) -> HTMLResponse:
    html = env.get_template(template).render(b=BRIEF, L=BRIEF["labels"], p=PALETTE, **context)
    return HTMLResponse(html, status_code=status, headers=headers)


def csv_cell(value: str) -> str:
    """``value`` made safe to open in a spreadsheet: a leading formula character gets a
    ``'`` in front. Only a leading one: an empty cell stays empty."""
    return "'" + value if value.startswith(FORMULA_START) else value


def create_app(db_path: str | None = None, admin_token: str | None = None,
               secret: bytes | None = None, allowed_hosts: list[str] | None = None,
               throttle: Throttle | None = None) -> FastAPI:
    db = db_path or os.environ.get("PROTOTYPE_DB", "signups.db")
    store = Store(db)
    token = admin_token if admin_token is not None else os.environ.get(
        "PROTOTYPE_ADMIN_TOKEN", "")
    signer = Signer(secret or load_secret(db))
    csrf = Csrf(signer)
    sessions = AdminSessions(signer, token)
    throttle = throttle or Throttle()
    app = FastAPI(title=BRIEF["name"], docs_url=None, redoc_url=None, openapi_url=None)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.add_middleware(Guard, allowed_hosts=allowed_hosts)

    def with_csrf(template: str, request: Request, status: int = 200,
                  headers: dict | None = None, **context) -> HTMLResponse:
        nonce = csrf.nonce(request.cookies)
        response = _page(template, status, headers, csrf=csrf.token(nonce), **context)
        response.set_cookie(csrf.cookie, nonce, httponly=True, samesite="strict",
                            max_age=86400)
        return response

    def expired() -> HTMLResponse:
        return _page("error.html", 403, message="This form has expired: reload the page "
                     "and try again.")

    @app.get("/", response_class=HTMLResponse)
    def home(request: Request, signup: str = ""):
        message = {"ok": BRIEF["labels"]["thanks"],
                   "duplicate": BRIEF["labels"]["already"]}.get(signup, "")
        return with_csrf("index.html", request, message=message, ok=bool(message))

    @app.post("/signup")
    async def signup(request: Request):
        form = await request.form()
        if not csrf.valid(request.cookies, str(form.get("csrf_token", ""))):
            return expired()
        email = str(form.get("email", "")).strip().lower()
        name = str(form.get("name", "")).strip()
        if len(email) > MAX_EMAIL or not EMAIL.match(email) or len(name) > MAX_NAME:
            return with_csrf("index.html", request, 422, error=BRIEF["labels"]["email_invalid"],
                             email=email[:MAX_EMAIL], name=name[:MAX_NAME])
        added = store.add(email, name)
        return RedirectResponse(f"/?signup={'ok' if added else 'duplicate'}#signup",
                                status_code=303)

    @app.get("/app", response_class=HTMLResponse)
    def core(request: Request):
        return _page("core.html", c=BRIEF["core_screen"])

    # -- admin: one login with the token, then a signed session cookie ---------------
    def off() -> HTMLResponse | None:
        if token:
            return None
        return _page("error.html", 503, message="The admin view is off: start the app "
                     "with PROTOTYPE_ADMIN_TOKEN set.")

    def client(request: Request) -> str:
        return request.client.host if request.client else "?"

    def too_many(request: Request, wait: float, page: bool = True) -> Response:
        headers = {**PRIVATE, "Retry-After": str(math.ceil(wait))}
        text = f"Too many wrong tokens: try again in {math.ceil(wait)} seconds."
        if page:
            return with_csrf("admin_login.html", request, 429, headers, error=text)
        return Response(text, status_code=429, headers=headers)

    def signed_in(request: Request) -> bool:
        return bool(token) and sessions.valid(request.cookies.get(sessions.cookie, ""))

    def token_matches(given: str) -> bool:
        return hmac.compare_digest(given.encode(), token.encode())

    @app.get("/admin", response_class=HTMLResponse)
    def admin(request: Request):
        if off():
            return off()
        if not signed_in(request):
            return with_csrf("admin_login.html", request, headers=PRIVATE)
        return with_csrf("admin.html", request, headers=PRIVATE, signups=store.all())

    @app.post("/admin/login")
    async def login(request: Request):
        if off():
            return off()
        form = await request.form()
        if not csrf.valid(request.cookies, str(form.get("csrf_token", ""))):
            return expired()
        wait = throttle.wait(client(request))
        if wait > 0:
            return too_many(request, wait)
        given = str(form.get("token", ""))[:MAX_TOKEN]
        if not given or not token_matches(given):
            throttle.failed(client(request))
            return with_csrf("admin_login.html", request, 403, PRIVATE,
                             error="That admin token is not right.")
        throttle.passed(client(request))
        response = RedirectResponse("/admin", status_code=303, headers=PRIVATE)
        response.set_cookie(sessions.cookie, sessions.issue(), httponly=True,
                            samesite="strict", path="/admin", max_age=8 * 3600)
        return response

    @app.post("/admin/logout")
    async def logout(request: Request):
        form = await request.form()
        if not csrf.valid(request.cookies, str(form.get("csrf_token", ""))):
            return expired()
        response = RedirectResponse("/admin", status_code=303, headers=PRIVATE)
        response.delete_cookie(sessions.cookie, path="/admin", httponly=True,
                               samesite="strict")
        return response

    @app.get("/admin/signups.csv")
    def export(request: Request):
        if off():
            return off()
        if not signed_in(request):
            bearer = request.headers.get("authorization", "")
            if not bearer.startswith("Bearer "):
                return Response("Sign in at /admin, or send Authorization: Bearer <token>.",
                                status_code=401, headers=PRIVATE)
            wait = throttle.wait(client(request))
            if wait > 0:
                return too_many(request, wait, page=False)
            if not token_matches(bearer.removeprefix("Bearer ").strip()[:MAX_TOKEN]):
                throttle.failed(client(request))
                return Response("That admin token is not right.", status_code=403,
                                headers=PRIVATE)
            throttle.passed(client(request))
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["email", "name", "created_at"])
        for row in store.all():
            writer.writerow([csv_cell(row["email"]), csv_cell(row["name"]),
                             csv_cell(row["created_at"])])
        return Response(out.getvalue(), media_type="text/csv", headers={
            **PRIVATE, "Content-Disposition": 'attachment; filename="signups.csv"'})

    @app.get("/theme.css")
    def theme():
        css = ":root{" + "".join(f"--{k.replace('_', '-')}:{v};" for k, v in PALETTE.items()
                                 if k != "label" and re.fullmatch(r"#[0-9a-fA-F]{3,8}", v)) + "}"
        return Response(css, media_type="text/css")

    @app.get("/healthz")
    def healthz():
        return JSONResponse({"status": "ok", "signups": len(store.all())})

    return app
