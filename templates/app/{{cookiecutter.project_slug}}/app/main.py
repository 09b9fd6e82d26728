"""The prototype's web app: landing page, waitlist signup, the core screen, an admin view.

Security notes: every page is rendered with Jinja autoescaping and the copy (brief.json)
is data; SQL is parameterized; forms carry a CSRF token checked against a SameSite
cookie (double submit); every field and the request body have size limits; the admin
view needs ``PROTOTYPE_ADMIN_TOKEN``, compared in constant time.
"""

from __future__ import annotations

import csv
import hmac
import io
import json
import os
import re
import secrets
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape

from app.store import Store

HERE = Path(__file__).resolve().parent
BRIEF = json.loads((HERE / "brief.json").read_text(encoding="utf-8"))
PALETTE = json.loads((HERE / "palette.json").read_text(encoding="utf-8"))
EMAIL = re.compile(r"^[^\s@]+@[^\s@.]+(\.[^\s@.]+)*\.[^\s@.]{2,}$")
MAX_BODY = 16 * 1024
MAX_EMAIL, MAX_NAME = 254, 100
CSRF_COOKIE = "csrf_token"

env = Environment(loader=FileSystemLoader(HERE / "templates"),
                  autoescape=select_autoescape(["html"]), trim_blocks=True, lstrip_blocks=True)


def _page(template: str, status: int = 200, **context) -> HTMLResponse:
    html = env.get_template(template).render(b=BRIEF, L=BRIEF["labels"], p=PALETTE, **context)
    return HTMLResponse(html, status_code=status)


def _with_csrf(template: str, request: Request, status: int = 200, **context) -> HTMLResponse:
    token = request.cookies.get(CSRF_COOKIE) or secrets.token_urlsafe(32)
    response = _page(template, status, csrf=token, **context)
    response.set_cookie(CSRF_COOKIE, token, httponly=True, samesite="strict", max_age=86400)
    return response


def create_app(db_path: str | None = None, admin_token: str | None = None) -> FastAPI:
    store = Store(db_path or os.environ.get("PROTOTYPE_DB", "signups.db"))
    token = admin_token if admin_token is not None else os.environ.get(
        "PROTOTYPE_ADMIN_TOKEN", "")
    app = FastAPI(title=BRIEF["name"], docs_url=None, redoc_url=None, openapi_url=None)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    @app.middleware("http")
    async def limits_and_headers(request: Request, call_next):
        length = request.headers.get("content-length")
        if length and (not length.isdigit() or int(length) > MAX_BODY):
            return Response("Request too large.", status_code=413)
        response = await call_next(request)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "same-origin"
        response.headers["Content-Security-Policy"] = (
            "default-src 'self'; style-src 'self'; img-src 'self' data:; "
            "form-action 'self'; frame-ancestors 'none'")
        return response

    @app.get("/", response_class=HTMLResponse)
    def home(request: Request, signup: str = ""):
        message = {"ok": BRIEF["labels"]["thanks"],
                   "duplicate": BRIEF["labels"]["already"]}.get(signup, "")
        return _with_csrf("index.html", request, message=message, ok=bool(message))

    @app.post("/signup")
    async def signup(request: Request):
        form = await request.form()
        sent = str(form.get("csrf_token", ""))
        cookie = request.cookies.get(CSRF_COOKIE, "")
        if not sent or not cookie or not hmac.compare_digest(sent, cookie):
            return _page("error.html", 403, message="This form has expired: reload the page "
                         "and try again.")
        email = str(form.get("email", "")).strip().lower()
        name = str(form.get("name", "")).strip()
        if len(email) > MAX_EMAIL or not EMAIL.match(email) or len(name) > MAX_NAME:
            return _with_csrf("index.html", request, 422, error=BRIEF["labels"]["email_invalid"],
                              email=email[:MAX_EMAIL], name=name[:MAX_NAME])
        added = store.add(email, name)
        return RedirectResponse(f"/?signup={'ok' if added else 'duplicate'}#signup",
                                status_code=303)

    @app.get("/app", response_class=HTMLResponse)
    def core(request: Request):
        return _page("core.html", c=BRIEF["core_screen"])

    def _authorized(request: Request) -> Response | None:
        if not token:
            return _page("error.html", 503, message="The admin view is off: start the app "
                         "with PROTOTYPE_ADMIN_TOKEN set.")
        given = request.query_params.get("token") or request.headers.get(
            "authorization", "").removeprefix("Bearer ").strip()
        if not given:
            return _page("error.html", 401, message="The admin view needs its token.")
        if not hmac.compare_digest(given.encode(), token.encode()):
            return _page("error.html", 403, message="That admin token is not right.")
        return None

    @app.get("/admin", response_class=HTMLResponse)
    def admin(request: Request):
        denied = _authorized(request)
        if denied:
            return denied
        return _page("admin.html", signups=store.all(), token=request.query_params.get(
            "token", ""))

    @app.get("/admin/signups.csv")
    def export(request: Request):
        denied = _authorized(request)
        if denied:
            return denied
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(["email", "name", "created_at"])
        for row in store.all():
            # a leading =, +, - or @ would run as a formula in a spreadsheet
            writer.writerow(["'" + v if v[:1] in "=+-@" else v for v in
                             (row["email"], row["name"], row["created_at"])])
        return Response(out.getvalue(), media_type="text/csv", headers={
            "Content-Disposition": 'attachment; filename="signups.csv"'})

    @app.get("/theme.css")
    def theme():
        css = ":root{" + "".join(f"--{k.replace('_', '-')}:{v};" for k, v in PALETTE.items()
                                 if k != "label" and re.fullmatch(r"#[0-9a-fA-F]{3,8}", v)) + "}"
        return Response(css, media_type="text/css")

    @app.get("/healthz")
    def healthz():
        return JSONResponse({"status": "ok", "signups": len(store.all())})

    return app
