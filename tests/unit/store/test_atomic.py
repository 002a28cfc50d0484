"""A file written through ``replacing`` is complete or absent."""

import pytest

from centre_desk.store.atomic import replacing


def test_a_complete_write_replaces_the_target(tmp_path):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    with replacing(target) as temporary:
        temporary.write_bytes(b"new")
    assert target.read_bytes() == b"new"
    assert list(tmp_path.iterdir()) == [target]


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), replacing(target) as temporary:
        temporary.write_bytes(b"half")
        raise RuntimeError("cancelled")
    assert target.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [target]


def test_a_failed_first_write_leaves_nothing(tmp_path):
    target = tmp_path / "package.cdsync"
    with pytest.raises(RuntimeError), replacing(target):
        raise RuntimeError("cancelled")
    assert list(tmp_path.iterdir()) == []
