"""What an input names: a URL or a path, and the files of a folder in the order runs read them."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from ..records import Skipped


def is_url(value: str) -> bool:
    """True when ``value`` looks like a URL (``scheme://...``) rather than a path."""
    scheme, sep, _ = value.partition("://")
    return bool(sep) and scheme.isascii() and scheme.isalpha() and len(scheme) > 1


def walk_folder(folder: Path) -> Iterator[Path | Skipped]:
    """Files under ``folder`` in a fixed order (by path parts); hidden entries are left out.

    Symbolic links to folders are not followed (no cycles); unreadable folders are ``EF115``.
    """
    errors: list[OSError] = []
    found: list[tuple[tuple[str, ...], Path]] = []
    for root, dirnames, filenames in os.walk(folder, onerror=errors.append):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            if not name.startswith("."):
                path = Path(root, name)
                found.append((path.relative_to(folder).parts, path))
    for error in errors:
        yield Skipped(str(error.filename or folder), "EF115", f"cannot list folder: {error}")
    for _, path in sorted(found, key=lambda item: item[0]):
        yield path
