"""Pack the built two-language site into one zip that a reader unzips and opens from disk."""

from __future__ import annotations

import zipfile
from pathlib import Path

from .errors import BookError
from .settings import Settings

TOP = "mxbook-site"  # the folder the zip unpacks to: mxbook-site/index.html, zh/, en/


def make_offline_zip(settings: Settings) -> Path:
    site = settings.site
    if not (site / "index.html").is_file():
        raise BookError(f"{site} has no built site. Run `make html` first.")
    target = settings.offline_zip
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".zip.partial")  # never leave a half-written zip behind
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        for path in sorted(site.rglob("*")):
            if path.is_file() and ".doctrees" not in path.parts and path.name != ".buildinfo":
                zf.write(path, f"{TOP}/{path.relative_to(site)}")
    partial.replace(target)
    return target
