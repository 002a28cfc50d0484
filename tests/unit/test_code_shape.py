"""House rules a newcomer relies on: every module says what it is for, and none grows
past what one reading takes (Alembic's migrations aside: each is one schema step)."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "centre_desk"
MOST_LINES = 400


def _modules() -> list[Path]:
    return sorted(path for path in PACKAGE.rglob("*.py")
                  if "migrations" not in path.relative_to(PACKAGE).parts)


def test_the_rules_see_the_code():
    assert len(_modules()) > 100


@pytest.mark.parametrize("path", _modules(), ids=lambda path: str(path.relative_to(PACKAGE)))
def test_module_has_a_docstring_and_at_most_400_lines(path):
    text = path.read_text(encoding="utf-8")
    assert ast.get_docstring(ast.parse(text)), "a module docstring says what it is for"
    assert len(text.splitlines()) <= MOST_LINES
