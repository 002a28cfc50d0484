"""The built wheel carries the whole package: code, migrations, icons and translations,
and nothing else; the build says nothing is ignored or deprecated. Marked ``packaging``
(left out of the default run): ``python -m pytest tests/packaging -m packaging``."""

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.packaging

ROOT = Path(__file__).resolve().parents[2]


def test_wheel_ships_every_module_and_resource_and_nothing_else(tmp_path):
    # Built from a copy of what the build reads, so a stale build/ folder of a working
    # tree cannot leak old modules into the wheel.
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    for name in ("centre_desk", "resources"):
        shutil.copytree(ROOT / name, source / name,
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    built = subprocess.run([sys.executable, "-m", "build", "--outdir", str(tmp_path / "dist"),
                            str(source)], capture_output=True, text=True, timeout=600)
    said = built.stdout + built.stderr
    assert built.returncode == 0, said[-4000:]
    assert "would be ignored" not in said  # a data folder setuptools does not know of
    assert "deprecat" not in said.lower(), said  # e.g. the license as a TOML table

    wheel, = (tmp_path / "dist").glob("centre_desk-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    shipped = {n for n in names if not n.startswith("centre_desk-")}  # less the dist-info
    expected = {str(p.relative_to(ROOT)) for p in (ROOT / "centre_desk").rglob("*")
                if p.is_file() and p.suffix in {".py", ".mako"}}
    expected |= {"centre_desk/resources/" + str(p.relative_to(ROOT / "resources"))
                 for p in (ROOT / "resources").rglob("*")
                 if p.is_file() and "__pycache__" not in p.parts}
    assert expected - shipped == set()
    assert shipped - expected == set()
    assert {"centre_desk/resources/translations/centre_desk_kk.ts",
            "centre_desk/resources/icons/centre-desk.svg",
            "centre_desk/resources/guide/kk.html",
            "centre_desk/resources/translations/qtbase_supplement_kk.ts",
            "centre_desk/store/migrations/script.py.mako",
            "centre_desk/store/migrations/versions/0001_initial_schema.py"} <= shipped
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "centre-desk = centre_desk.cli:main" in \
        zipfile.ZipFile(wheel).read(entry_points).decode()
    metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
    assert "License-Expression: LicenseRef-Proprietary" in \
        zipfile.ZipFile(wheel).read(metadata).decode()
