"""`make serve`: sphinx-autobuild on 127.0.0.1 for one language, rebuilding on every save."""

from __future__ import annotations

import subprocess

from .build import sphinx_command
from .execute import execute_book
from .settings import Settings


def serve(settings: Settings, lang_code: str, port: str) -> None:
    lang = settings.language(lang_code)
    execute_book(settings)  # start from a filled cache; edits then run through myst-nb's cache
    command = sphinx_command(settings, lang, strict=False)
    command[1:3] = ["-m", "sphinx_autobuild"]
    command += ["--host", "127.0.0.1", "--port", port, "--watch", str(settings.chapters)]
    subprocess.run(command, check=False, cwd=settings.root)
