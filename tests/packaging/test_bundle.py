"""The PyInstaller bundle (packaging/centre-desk.spec) builds, and what it built runs on
its own: the version, setting up an installation, checking its audit trail, and the
window offscreen up to the sign-in (first-run set-up on an empty data dir).

Marked ``packaging`` (left out of the default run); needs the ``packaging`` extra:
``pip install -e ".[test,packaging]" && python -m pytest tests/packaging -m packaging``.
The build takes about a minute on the 2-core development machine.
"""

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from centre_desk import __version__
from centre_desk.ui.shell.app import SHOW_AND_QUIT

pytestmark = pytest.mark.packaging

ROOT = Path(__file__).resolve().parents[2]
EXE = "centre-desk.exe" if sys.platform == "win32" else "centre-desk"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    """The bundled program, built once for this module's tests."""
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.fail('PyInstaller is missing: pip install -e ".[test,packaging]"')
    work = tmp_path_factory.mktemp("bundle")
    built = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
         str(ROOT / "packaging" / "centre-desk.spec")],
        cwd=work, capture_output=True, text=True, timeout=1200)
    assert built.returncode == 0, built.stderr[-4000:]
    program = work / "dist" / "centre-desk" / EXE
    assert program.is_file()
    return program


def _run(program: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    # The bundle must stand alone: nothing of this interpreter or its packages.
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    return subprocess.run([str(program), *args], capture_output=True, text=True, timeout=120,
                          env={**clean, "QT_QPA_PLATFORM": "offscreen", **env})


@pytest.fixture(scope="module")
def installed(bundle, tmp_path_factory) -> Path:
    """A data dir the bundle set up itself with ``init``."""
    folder = tmp_path_factory.mktemp("installed")
    password = folder / "password"
    password.write_text("bundle admin password\n", encoding="utf-8")
    data_dir = folder / "data"
    done = _run(bundle, "init", "--data-dir", str(data_dir), "--centre", "Центр проверки",
                "--region", "Алматы", "--admin", "admin", "--password-file", str(password))
    assert done.returncode == 0, done.stderr
    assert (data_dir / "centre-desk.sqlite3").is_file()
    return data_dir


def test_the_bundle_says_its_version(bundle):
    done = _run(bundle, "--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"centre-desk {__version__}"


def test_the_bundle_sets_up_an_installation_with_an_intact_audit_trail(bundle, installed):
    done = _run(bundle, "audit", "verify", "--data-dir", str(installed))
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_bundle_opens_the_sign_in_window_in_russian(bundle, installed):
    done = _run(bundle, "--data-dir", str(installed), **{SHOW_AND_QUIT: "1"})
    assert done.returncode == 0, done.stderr
    # The title in Russian: the bundled lrelease compiled the shipped translation.
    assert done.stdout.splitlines() == ["loginDialog\tCentre Desk: вход"]


def test_the_bundle_offers_first_run_set_up_on_an_empty_data_dir(bundle, tmp_path):
    done = _run(bundle, "--data-dir", str(tmp_path / "empty"), **{SHOW_AND_QUIT: "1"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["firstRunDialog\tCentre Desk: первоначальная настройка"]


def test_the_bundle_carries_qts_catalogues_our_supplement_and_the_guide(bundle):
    # Qt's file dialog and standard buttons speak the UI language only if the bundle
    # holds Qt's catalogues and ours that fills what they leave in English.
    shipped = {path.name for path in bundle.parent.rglob("*") if path.is_file()}
    assert {"qtbase_ru.qm", "qtbase_kk.qm", "qtbase_supplement_ru.ts",
            "qtbase_supplement_kk.ts"} <= shipped
    guide = next(path for path in bundle.parent.rglob("guide") if path.is_dir())
    assert sorted(path.name for path in guide.iterdir()) == ["en.html", "kk.html", "ru.html"]
