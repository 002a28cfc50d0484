"""pyproject.toml lists the packages by hand (resources/ is mapped into the package), so
a new folder of code or data must be added there. This quick check runs in the default
suite; the wheel itself is built and checked by tests/packaging (marked packaging)."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _folders_with_files(top: Path, dotted: str) -> set[str]:
    return {".".join([dotted, *folder.relative_to(top).parts])
            for folder in [top, *top.rglob("*")]
            if folder.is_dir() and folder.name != "__pycache__"
            and any(f.is_file() and f.suffix != ".pyc" for f in folder.iterdir())}


def test_every_folder_of_the_package_is_listed_in_pyproject():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
                 ["tool"]["setuptools"]["packages"])
    present = _folders_with_files(ROOT / "centre_desk", "centre_desk") | \
        _folders_with_files(ROOT / "resources", "centre_desk.resources")
    assert present - listed == set(), "add these to [tool.setuptools] packages"
    assert listed - present == set(), "these listed packages no longer exist"
