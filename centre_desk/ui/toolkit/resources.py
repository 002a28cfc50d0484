"""Finds the files shipped in centre_desk.resources (icons, translations)."""

from __future__ import annotations

import importlib.resources
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """A file shipped in the resources folder, wherever the package is installed."""
    return Path(str(importlib.resources.files("centre_desk.resources").joinpath(*parts)))


def icon_path(name: str) -> Path:
    """A shipped icon file."""
    return resource_path("icons", name)
