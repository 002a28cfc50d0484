"""Ways of bringing a package's rows into an encrypted (SQLCipher) site, measured on the
rows of a full package of the 100,000-person region (issue 20: "find the best way and
measure it"). Printed, not asserted.

- Today's way (sync.sealed_rows, store.memory_image): the decompressed rows written a
  chunk at a time into a named in-memory database of SQLCipher's own library, which
  the site attaches.
- The way before it, kept where that library hides SQLite's C API: the rows copied
  through Python into a work file under a random key, beside the same copy into a work
  file without a key (what the copy costs without the encryption) and beside inserting
  the attendance rows through SQLite's JSON functions in batches instead of a row at a
  time (what the copy costs without Python's part).
- The issue's way: the sender writes the rows as an SQLCipher database under a random
  key carried in the package, so an encrypted site attaches them as they come. Its
  prices: encrypting the rows at export (sqlcipher_export), a package that no longer
  compresses, a plain site turning them back into a plain file at import, and each read
  of the rows decrypting them.

The merge itself (INSERT ... SELECT into the site, with the row checks beside it) is
not here: test_sync_import_benchmark.py prints it phase by phase for both sites."""

from __future__ import annotations

import contextlib
import os
import secrets
import sqlite3
import time
from pathlib import Path

import pytest
import zstandard

from centre_desk.services import site_keys
from centre_desk.store.memory_image import MemoryImage
from centre_desk.sync import api, package
from centre_desk.sync.sealed_rows import RowsFile, connect_sealed, seal
from centre_desk.sync.tables import check_package_schema, copy_tables
from tests.perf.conftest import region_and_peer
from tests.perf.region_measures import load

pytestmark = pytest.mark.perf


def _timed(action) -> tuple[object, float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = action()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def _say(wall: float, cpu: float) -> str:
    return f"{wall:.2f} s (CPU {cpu:.2f} s)"


def _rows_file(region_data_dir: Path, folder: Path) -> Path:
    """The plain rows database of a full package of the region, as an import of it on
    a plain site unpacks it."""
    region, site = region_and_peer(region_data_dir, folder, "plain")
    try:
        target = folder / "full.cdsync"
        api.export_package(region, None, [site.db.site_id], target, full=True)
        with site.db.session(site.admin) as session:
            keys = site_keys.load_or_create(site.db.paths, session, site.db.site_id)
        opened = package.open_package(target, keys)
        rows = folder / "rows.sqlite3"
        package.unpack_rows(opened, rows)
        opened.archive.close()
        return rows
    finally:
        region.close()
        site.db.close()


def _key() -> str:
    return f"x'{secrets.token_hex(32)}'"


def _export_to(source: Path, source_key: str | None, target: Path, target_key: str) -> None:
    """SQLCipher's own copy of a database into a new file under another key ('' none)."""
    import sqlcipher3

    with contextlib.closing(sqlcipher3.connect(str(source))) as connection:
        if source_key is not None:
            connection.execute(f'PRAGMA key = "{source_key}"')
        connection.execute(f"ATTACH '{target}' AS copy KEY \"{target_key}\"")
        connection.execute("SELECT sqlcipher_export('copy')")
        connection.execute("DETACH copy")


def _compressed_size(file: Path) -> int:
    """Bytes of ``file`` compressed as package.write compresses the rows."""
    compressor = zstandard.ZstdCompressor(level=package._LEVEL, threads=-1)
    with file.open("rb") as source, open(os.devnull, "wb") as sink:
        writer = compressor.stream_writer(sink, closefd=False)
        while chunk := source.read(1 << 20):
            writer.write(chunk)
        writer.flush(zstandard.FLUSH_FRAME)
        return writer.tell()


def _unkeyed_copy(rows: Path, target: Path) -> None:
    """Today's sealing without the key: the rows deserialized, checked and copied
    (tables.copy_tables) into a work file through the same driver."""
    import sqlcipher3

    with contextlib.closing(sqlite3.connect(":memory:")) as plain, \
            contextlib.closing(sqlcipher3.connect(str(target))) as copy:
        plain.deserialize(rows.read_bytes())
        check_package_schema(plain, "main")
        copy.execute("PRAGMA journal_mode = OFF")
        copy.execute("PRAGMA synchronous = OFF")
        copy_tables(plain, "main", copy, "main")


@contextlib.contextmanager
def _attendance_copy(rows: Path, rows_file: RowsFile):
    """(the rows in memory, a new keyed work file with an empty attendance table, the
    table's quoted column names, how many); the work file committed afterwards."""
    with contextlib.closing(sqlite3.connect(":memory:")) as plain, \
            contextlib.closing(connect_sealed(rows_file)) as sealed:
        plain.deserialize(rows.read_bytes())
        columns = [row[1] for row in plain.execute('PRAGMA table_info("attendance")')]
        quoted = ", ".join(f'"{c}"' for c in columns)
        sealed.execute("PRAGMA journal_mode = OFF")
        sealed.execute(f"CREATE TABLE attendance ({quoted})")
        yield plain, sealed, quoted, len(columns)
        sealed.commit()


def _attendance_in_batches(rows: Path, rows_file: RowsFile) -> None:
    """The attendance rows into a keyed work file 20,000 at a time, each batch one JSON
    text built and taken apart by SQLite (the only Python objects: the batches)."""
    with _attendance_copy(rows, rows_file) as (plain, sealed, quoted, width):
        fields = ", ".join(f"value->>{i}" for i in range(width))
        last = 0
        while True:
            batch, count, last = plain.execute(
                f"SELECT json_group_array(json_array({quoted})), count(*), max(rowid) FROM "
                f"(SELECT rowid, {quoted} FROM attendance WHERE rowid > ? ORDER BY rowid "
                "LIMIT 20000)", (last,)).fetchone()
            if not count:
                break
            sealed.execute(f"INSERT INTO attendance ({quoted}) SELECT {fields} "
                           "FROM json_each(?)", (batch,))


def _attendance_row_by_row(rows: Path, rows_file: RowsFile) -> None:
    """The attendance rows into a keyed work file as today's copy moves them."""
    with _attendance_copy(rows, rows_file) as (plain, sealed, quoted, width):
        marks = ", ".join("?" * width)
        sealed.executemany(f"INSERT INTO attendance ({quoted}) VALUES ({marks})",
                           plain.execute(f"SELECT {quoted} FROM attendance ORDER BY rowid"))


def _in_memory(rows: Path) -> None:
    """The rows read a chunk at a time into an in-memory database of SQLCipher's
    library, as an encrypted site's import writes them there as it decompresses them."""
    with MemoryImage() as image, image.filling(rows.stat().st_size) as write, \
            rows.open("rb") as file:
        while chunk := file.read(1 << 20):
            write(chunk)


def _read_all(rows_file: RowsFile) -> int:
    """Every row of every table read once (counted), as the merge reads them."""
    with contextlib.closing(connect_sealed(rows_file, read_only=True)) as connection:
        names = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]
        return sum(connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
                   for name in names)


def _alternating(*actions, rounds: int = 2) -> tuple[tuple[float, float], ...]:
    """The best (wall, CPU) of ``rounds`` runs of each action, taken in turn (so none
    pays alone for the process's first growth)."""
    best = [(float("inf"), float("inf"))] * len(actions)
    for _round in range(rounds):
        for index, action in enumerate(actions):
            _none, wall, cpu = _timed(action)
            best[index] = min(best[index], (wall, cpu), key=lambda pair: pair[1])
    return tuple(best)


def _fresh(path: Path) -> Path:
    path.unlink(missing_ok=True)
    return path


def test_ways_into_an_encrypted_site(region_data_dir, tmp_path):
    rows = _rows_file(region_data_dir, tmp_path)
    before = load()
    size = rows.stat().st_size
    (memory_wall, memory_cpu), (seal_wall, seal_cpu), (bare_wall, bare_cpu) = _alternating(
        lambda: _in_memory(rows),
        lambda: seal(bytearray(rows.read_bytes()),
                     RowsFile(_fresh(tmp_path / "sealed"), _key())),
        lambda: _unkeyed_copy(rows, _fresh(tmp_path / "unkeyed")))
    (row_wall, row_cpu), (json_wall, json_cpu) = _alternating(
        lambda: _attendance_row_by_row(rows, RowsFile(_fresh(tmp_path / "rows"), _key())),
        lambda: _attendance_in_batches(rows, RowsFile(_fresh(tmp_path / "batches"),
                                                      _key())))
    with contextlib.closing(sqlite3.connect(f"file:{rows}?mode=ro", uri=True)) as plain:
        [(attendance,)] = plain.execute("SELECT count(*) FROM attendance").fetchall()
    keyed = RowsFile(tmp_path / "keyed", _key())
    _none, export_wall, export_cpu = _timed(lambda: _export_to(rows, None, keyed.path,
                                                               keyed.key))
    plain_bytes, keyed_bytes = _compressed_size(rows), _compressed_size(keyed.path)
    _none, back_wall, back_cpu = _timed(lambda: _export_to(
        keyed.path, keyed.key, tmp_path / "plain-again", ""))
    read, read_wall, read_cpu = _timed(lambda: _read_all(keyed))

    print(f"\n[perf] a full package's rows: {read:,} rows, {size / 1e6:.0f} MB of SQLite "
          f"(load {before} before, {load()} after)")
    print(f"[perf] today's way, in memory: {_say(memory_wall, memory_cpu)} (the rows read "
          "from the file a chunk at a time, written into an in-memory database of "
          "SQLCipher's library)")
    print(f"[perf] the sealed work file, where that library hides its C API: "
          f"{_say(seal_wall, seal_cpu)} (decompressed rows deserialized, checked, copied "
          f"through Python under a random key); the same copy without a key "
          f"{_say(bare_wall, bare_cpu)}")
    print(f"[perf]   its {attendance:,} attendance rows alone: a row at a time "
          f"{_say(row_wall, row_cpu)}, in JSON batches {_say(json_wall, json_cpu)}")
    print(f"[perf] the issue's way, keyed rows in the package: the export's extra step "
          f"{_say(export_wall, export_cpu)}; the package's rows {keyed_bytes / 1e6:.0f} MB "
          f"instead of {plain_bytes / 1e6:.0f} MB ({keyed_bytes / plain_bytes:.1f}x: "
          "encrypted pages do not compress); a plain site's extra step turning them back "
          f"into a plain file {_say(back_wall, back_cpu)}; reading them once on an "
          f"encrypted site {_say(read_wall, read_cpu)} (plain: the page cache's copy)")
