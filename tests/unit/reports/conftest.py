"""Report fixtures: use cases run as the administrator with a QApplication (the
reports lay out text with Qt), and a printed participant's file."""

from __future__ import annotations

import pytest

from tests import printing_data


@pytest.fixture
def run(run, qapp):
    """The root ``run``, with a QApplication alive."""
    return run


@pytest.fixture
def printed(run):
    return printing_data.register(run)
