"""Command line: `python -m mxbook <command>`; a BookError prints its message, no traceback."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .errors import BookError
from .settings import Settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="mxbook", description=__doc__)
    parser.add_argument("--root", default=".", help="folder holding chapters/ (default: .)")
    commands = parser.add_subparsers(dest="command", required=True)
    html = commands.add_parser("html", help="execute what changed and build the site")
    html.add_argument("--lang", action="append", help="build only this language (repeatable)")
    commands.add_parser("examples", help="regenerate examples/ and the library from the chapters")
    commands.add_parser("check", help="parity, seeding and stale-example checks (no execution)")
    commands.add_parser("offline", help="zip the built site for reading from disk")
    commands.add_parser("execute", help="only execute what the cache lacks")
    serve = commands.add_parser("serve", help="live-rebuilding preview of one language")
    serve.add_argument("--lang", default="en")
    serve.add_argument("--port", default="8000")
    args = parser.parse_args(argv)
    settings = Settings.at(Path(args.root))
    try:
        if args.command == "html":
            from .build import build

            build(settings, only=args.lang)
        elif args.command == "examples":
            from .pullout import write_examples

            write_examples(settings)
        elif args.command == "check":
            from .checks import run_checks

            run_checks(settings)
        elif args.command == "offline":
            from .offline import make_offline_zip

            path = make_offline_zip(settings)
            print(f"offline site: {path} ({path.stat().st_size / 1e6:.1f} MB)")
        elif args.command == "execute":
            from .execute import execute_book

            execute_book(settings)
        elif args.command == "serve":
            from .serve import serve

            serve(settings, args.lang, args.port)
    except BookError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    return 0
