"""The layer rules of DESIGN.md: imports only point down."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "centre_desk"
ORDER = ["domain", "store", "services", "sync", "reports", "ui"]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _files(layer: str) -> list[Path]:
    return sorted((PACKAGE / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", ["domain", "store", "services", "sync"])
def test_lower_layers_import_no_qt(layer):
    offenders = [f"{path.name}: {name}" for path in _files(layer) for name in _imports(path)
                 if name.split(".")[0] in {"PySide6", "shiboken6"}]
    assert offenders == []


def test_reports_use_qtgui_but_not_widgets():
    offenders = [path.name for path in _files("reports")
                 if any(n.startswith("PySide6.QtWidgets") for n in _imports(path))]
    assert offenders == []


@pytest.mark.parametrize("layer", ORDER)
def test_imports_only_point_down(layer):
    higher = ORDER[ORDER.index(layer) + 1:]
    offenders = [f"{path.name}: {name}" for path in _files(layer) for name in _imports(path)
                 if any(name.startswith(f"centre_desk.{up}") for up in higher)]
    assert offenders == []


def test_widgets_never_touch_sqlalchemy_or_the_store():
    """Widgets call services; they never build a query or commit."""
    offenders = [f"{path.name}: {name}" for path in _files("ui") for name in _imports(path)
                 if name.startswith(("sqlalchemy", "centre_desk.store.models"))]
    assert offenders == []


UI = PACKAGE / "ui"
TOOLKIT = "toolkit"
SHELL = "shell"
ENTRY_POINTS = {
    "centre_desk.ui.participants.opener",  # opening a participant's file from anywhere
    "centre_desk.ui.activities.dialog",  # a held session, which club and events build on
}
"""What one feature may import of another: nothing else."""


def _features() -> list[str]:
    return sorted(path.parent.name for path in UI.glob("*/__init__.py")
                  if path.parent.name not in {TOOLKIT, SHELL})


def _ui_imports(package: str) -> list[tuple[Path, str]]:
    return [(path, name) for path in sorted((UI / package).rglob("*.py"))
            for name in _imports(path) if name.startswith("centre_desk.ui.")]


def test_ui_is_packages_by_feature():
    """Every widget module lives in the toolkit, the shell or a feature package."""
    assert sorted(path.name for path in UI.glob("*.py")) == ["__init__.py"]
    assert {"participants", "placements", "activities", "club", "events", "courses",
            "sync", "statistics"} <= set(_features())


def test_toolkit_imports_no_feature():
    offenders = [f"{path.name}: {name}" for path, name in _ui_imports(TOOLKIT)
                 if not name.startswith(f"centre_desk.ui.{TOOLKIT}")]
    assert offenders == []


@pytest.mark.parametrize("feature", _features())
def test_features_import_only_the_toolkit_and_entry_points(feature):
    own = (f"centre_desk.ui.{feature}", f"centre_desk.ui.{TOOLKIT}")
    offenders = [f"{path.name}: {name}" for path, name in _ui_imports(feature)
                 if not name.startswith(own) and name not in ENTRY_POINTS]
    assert offenders == []


def test_entry_points_exist():
    for name in ENTRY_POINTS:
        assert (PACKAGE.parent / (name.replace(".", "/") + ".py")).is_file(), name
