"""Run the prototype: ``python -m app [--host 127.0.0.1] [--port 8000]``.

Settings come from the environment: ``PROTOTYPE_DB`` (the SQLite file, default
``signups.db``) and ``PROTOTYPE_ADMIN_TOKEN`` (the admin view's token; unset, the admin
view is off).
"""

import argparse

import uvicorn

from app.main import create_app


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m app", description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args()
    uvicorn.run(create_app(), host=args.host, port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
