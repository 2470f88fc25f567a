"""Problems a reader would hit in a built site: broken internal links, resources from the web."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlparse

from bs4 import BeautifulSoup

RESOURCES = (("a", "href"), ("link", "href"), ("script", "src"), ("img", "src"))


def site_problems(site: Path) -> tuple[list[str], list[str]]:
    """(broken internal links, resources loaded from the network) of every page."""
    broken, remote = [], []
    for html_file in site.rglob("*.html"):
        if "_static" in html_file.parts:
            continue  # theme template fragments, not pages
        soup = BeautifulSoup(html_file.read_text(encoding="utf-8"), "html.parser")
        for tag, attr in RESOURCES:
            for node in soup.find_all(tag):
                url = node.get(attr)
                if not url:
                    continue
                parsed = urlparse(url)
                if parsed.scheme in ("http", "https") or url.startswith("//"):
                    if tag != "a":  # a link out is fine; loading a resource is not
                        remote.append(f"{html_file.relative_to(site)}: {url}")
                    continue
                if parsed.scheme or not parsed.path:
                    continue
                if not (html_file.parent / unquote(parsed.path)).resolve().exists():
                    broken.append(f"{html_file.relative_to(site)}: {url}")
    return broken, remote
