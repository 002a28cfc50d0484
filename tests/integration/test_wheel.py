"""The built wheel carries the whole package: code, migrations, icons and translations."""

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_wheel_ships_every_module_and_resource(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet",
                    "--wheel-dir", str(tmp_path), str(ROOT)], check=True)
    wheel, = tmp_path.glob("centre_desk-*.whl")
    shipped = set(zipfile.ZipFile(wheel).namelist())
    expected = {str(p.relative_to(ROOT)) for p in (ROOT / "centre_desk").rglob("*")
                if p.is_file() and p.suffix in {".py", ".mako"}}
    expected |= {"centre_desk/resources/" + str(p.relative_to(ROOT / "resources"))
                 for p in (ROOT / "resources").rglob("*")
                 if p.is_file() and "__pycache__" not in p.parts}
    assert expected - shipped == set()
    assert {"centre_desk/resources/translations/centre_desk_kk.ts",
            "centre_desk/resources/icons/centre-desk.svg"} <= shipped
    entry_points = next(n for n in shipped if n.endswith("entry_points.txt"))
    assert "centre-desk = centre_desk.cli:main" in \
        zipfile.ZipFile(wheel).read(entry_points).decode()
