"""store.memory_image: a serialized database written into SQLCipher's library a chunk at
a time, read by its connections through ATTACH, bounded to its size, gone when closed."""

from __future__ import annotations

import contextlib
import sqlite3

import pytest
import sqlcipher3

from centre_desk.store.memory_image import ImageRefused, MemoryImage, supported


def _fill(memory: MemoryImage, image: bytes, chunk: int = 4096) -> None:
    """As an import decompresses its rows into it: a chunk at a time."""
    with memory.filling(len(image)) as write:
        for start in range(0, len(image), chunk):
            write(bytes(image[start:start + chunk]))


def _image(rows: int) -> bytearray:
    with contextlib.closing(sqlite3.connect(":memory:")) as source:
        source.execute("CREATE TABLE person (id INTEGER PRIMARY KEY, surname TEXT)")
        source.executemany("INSERT INTO person (surname) VALUES (?)",
                           [(f"Әлиұлы {n}",) for n in range(rows)])
        source.commit()
        return bytearray(source.serialize())


@pytest.fixture
def keyed(tmp_path):
    """An SQLCipher database under a password, as an encrypted site's."""
    connection = sqlcipher3.connect(str(tmp_path / "site.sqlite3"))
    connection.execute("PRAGMA key = 'a long database password'")
    yield connection
    connection.close()


def test_the_library_sqlcipher3_ships_exports_what_the_image_needs():
    assert supported()


def test_an_encrypted_connection_reads_the_image_attached_plain(keyed):
    image = _image(2000)
    memory = MemoryImage()
    try:
        _fill(memory, image, chunk=1000)  # not a page's size: a write may split pages
        keyed.execute("ATTACH DATABASE ? AS pkg KEY ''", (memory.uri,))
        assert keyed.execute("SELECT count(*), max(surname) FROM pkg.person").fetchone() == (
            2000, "Әлиұлы 999")
        keyed.execute("DETACH DATABASE pkg")
    finally:
        memory.close()


def test_the_image_cannot_outgrow_what_it_was_given(keyed):
    memory = MemoryImage()
    try:
        _fill(memory, _image(10))
        keyed.execute("ATTACH DATABASE ? AS pkg KEY ''", (memory.uri,))
        with pytest.raises(sqlcipher3.OperationalError, match="full"):
            keyed.execute("INSERT INTO pkg.person (surname) "
                          "SELECT surname || zeroblob(4000) FROM pkg.person")
            keyed.commit()  # the pages reach the image as the transaction commits
        keyed.rollback()
        assert keyed.execute("SELECT count(*) FROM pkg.person").fetchone() == (10,)
        keyed.execute("DETACH DATABASE pkg")
    finally:
        memory.close()


@pytest.mark.parametrize("image", ["name,surname\nЛи,Ким\n".encode() * 500,
                                   b"SQLite format 3\x00"],
                         ids=["text", "a header alone"])
def test_bytes_that_are_no_database_are_refused_where_they_are_attached(keyed, image):
    # (An import never gets there: unpacking refuses them by their header first.)
    memory = MemoryImage()
    try:
        _fill(memory, image)
        with pytest.raises(sqlcipher3.DatabaseError):
            keyed.execute("ATTACH DATABASE ? AS pkg KEY ''", (memory.uri,))
            keyed.execute("SELECT count(*) FROM pkg.sqlite_master").fetchone()
    finally:
        memory.close()


def test_no_more_is_written_than_the_limit_and_what_was_written_stays():
    image = _image(50)
    memory = MemoryImage()
    try:
        with pytest.raises(ImageRefused, match=str(len(image) - 1)):
            with memory.filling(len(image) - 1) as write:
                write(bytes(image[:100]))
                write(bytes(image[100:]))
        with contextlib.closing(sqlcipher3.connect(memory.uri, uri=True)) as reader:
            # the first 100 bytes alone: not a database any more than a cut file is
            with pytest.raises(sqlcipher3.DatabaseError):
                reader.execute("SELECT count(*) FROM person").fetchone()
    finally:
        memory.close()


def test_a_closed_image_is_gone_for_every_connection():
    memory = MemoryImage()
    _fill(memory, _image(5))
    uri = memory.uri
    memory.close()
    with contextlib.closing(sqlcipher3.connect(uri, uri=True)) as later:
        assert later.execute("SELECT count(*) FROM sqlite_master").fetchone() == (0,)


def test_what_a_connection_writes_into_it_serializes_with_the_writers_page_size(keyed):
    memory = MemoryImage(limit=1 << 30)
    try:
        keyed.execute("ATTACH DATABASE ? AS pkg KEY ''", (memory.uri,))
        keyed.execute("PRAGMA pkg.page_size = 65536")  # as an export's rows are written
        keyed.execute("CREATE TABLE pkg.person (surname TEXT)")
        keyed.executemany("INSERT INTO pkg.person VALUES (?)",
                          [(f"Қасымов {n}",) for n in range(5000)])
        keyed.commit()
        keyed.execute("DETACH DATABASE pkg")
        image = memory.serialized()
        assert int.from_bytes(image[16:18], "big") == 1  # 65536
        with contextlib.closing(sqlite3.connect(":memory:")) as plain:
            plain.deserialize(image)
            assert plain.execute("PRAGMA quick_check").fetchone() == ("ok",)
            assert plain.execute("SELECT count(*), max(surname) FROM person").fetchone() == (
                5000, "Қасымов 999")
    finally:
        memory.close()
