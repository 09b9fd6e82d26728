"""Run the prototype: ``python -m app [--host 127.0.0.1] [--port 8000]``.

Settings come from the environment: ``PROTOTYPE_DB`` (the SQLite file, default
``signups.db``), ``PROTOTYPE_ADMIN_TOKEN`` (the admin login's token; unset, the admin
view is off), ``PROTOTYPE_SECRET`` (signs CSRF tokens and admin sessions; unset, one is
made once and kept in ``prototype.secret`` beside the database) and ``PROTOTYPE_HOSTS``
(more host names the app may be reached by, comma-separated, besides 127.0.0.1,
localhost and the ``--host`` given; ``*`` for any).
"""

import argparse
import os

import uvicorn

from app.main import create_app


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m app", description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args()
    if args.host not in ("0.0.0.0", "::", ""):
        host = f"[{args.host}]" if ":" in args.host else args.host
        extra = os.environ.get("PROTOTYPE_HOSTS", "")
        os.environ["PROTOTYPE_HOSTS"] = f"{extra},{host}" if extra else host
    # proxy_headers off: uvicorn would otherwise take X-Forwarded-For from any local
    # client as the client's address, and a guesser could dodge the admin throttle.
    uvicorn.run(create_app(), host=args.host, port=args.port, log_level="warning",
                server_header=False, proxy_headers=False)


if __name__ == "__main__":
    main()
