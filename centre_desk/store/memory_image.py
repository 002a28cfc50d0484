"""Named in-memory databases of SQLCipher's library, which that library's connections
in this process ATTACH by their URI: a serialized database loaded into one (an
encrypted site's import), or one written through ATTACH and serialized (its export).

Why: an encrypted site must not write a package's decrypted rows to the disk, and its
driver (sqlcipher3) has neither ``serialize`` nor ``deserialize``. Without this the rows
were copied a row at a time through Python between the site's connection and a stdlib
in-memory database (16 s of a region's import, 8-10 s of its export). The library itself
exports SQLite's C API, so the image is handed over whole: ``sqlite3_deserialize`` on a
connection of our own reads the bytes where they lie, and SQLite's backup copies its
pages into a shared ``memdb`` database (a memory copy of a second or so), which lives
while our connection holds it open; ``sqlite3_serialize`` copies one out.

Where the library does not export those functions (a build that hides its symbols,
as the Windows wheel does), ``supported()`` says so and the callers keep their copies.
"""

from __future__ import annotations

import ctypes
import functools
import secrets

_OPEN_FLAGS = 0x02 | 0x04 | 0x40  # SQLITE_OPEN_READWRITE | CREATE | URI
_DESERIALIZE_READONLY = 4
_FCNTL_SIZE_LIMIT = 36
_DONE = 101  # SQLITE_DONE
_FUNCTIONS = {
    "sqlite3_open_v2": ([ctypes.c_char_p, ctypes.POINTER(ctypes.c_void_p), ctypes.c_int,
                         ctypes.c_char_p], ctypes.c_int),
    "sqlite3_close_v2": ([ctypes.c_void_p], ctypes.c_int),
    "sqlite3_errmsg": ([ctypes.c_void_p], ctypes.c_char_p),
    "sqlite3_deserialize": ([ctypes.c_void_p, ctypes.c_char_p, ctypes.c_void_p,
                             ctypes.c_int64, ctypes.c_int64, ctypes.c_uint], ctypes.c_int),
    "sqlite3_file_control": ([ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int,
                              ctypes.c_void_p], ctypes.c_int),
    "sqlite3_backup_init": ([ctypes.c_void_p, ctypes.c_char_p, ctypes.c_void_p,
                             ctypes.c_char_p], ctypes.c_void_p),
    "sqlite3_backup_step": ([ctypes.c_void_p, ctypes.c_int], ctypes.c_int),
    "sqlite3_backup_finish": ([ctypes.c_void_p], ctypes.c_int),
    "sqlite3_serialize": ([ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_int64),
                           ctypes.c_uint], ctypes.c_void_p),
    "sqlite3_free": ([ctypes.c_void_p], None),
}


class ImageRefused(Exception):
    """SQLite would not take the bytes as a database (its own message)."""


@functools.cache
def _library():
    """SQLCipher's SQLite as sqlcipher3 loaded it (the same copy, so the same named
    memory databases), its functions typed; None where it hides them."""
    try:
        import sqlcipher3._sqlite3 as driver
    except ImportError:
        return None
    library = ctypes.CDLL(driver.__file__)
    try:
        for name, (arguments, result) in _FUNCTIONS.items():
            function = getattr(library, name)
            function.argtypes, function.restype = arguments, result
    except AttributeError:
        return None
    return library


def supported() -> bool:
    """Whether SQLCipher's library here can take a database image into memory."""
    return _library() is not None


class MemoryImage:
    """A named in-memory database of SQLCipher's library, empty until ``load`` or until
    a connection that attached it writes (it grows to ``limit`` bytes at most); gone with
    ``close`` or the end of its ``with`` (or of the process). ``uri`` is what an ATTACH
    names."""

    def __init__(self, limit: int = 0) -> None:
        library = _library()
        if library is None:
            raise RuntimeError("SQLCipher's library does not export sqlite3_deserialize")
        self._library = library
        self.uri = f"file:/centre-desk-rows-{secrets.token_hex(16)}?vfs=memdb"
        self._holder = self._open(self.uri)
        if limit:
            self._limit(limit)

    def _limit(self, size: int) -> None:
        limit = ctypes.c_int64(size)
        self._library.sqlite3_file_control(self._holder, b"main", _FCNTL_SIZE_LIMIT,
                                           ctypes.byref(limit))

    def _open(self, uri: str) -> ctypes.c_void_p:
        handle = ctypes.c_void_p()
        code = self._library.sqlite3_open_v2(uri.encode(), ctypes.byref(handle),
                                             _OPEN_FLAGS, None)
        if code != 0:
            message = self._message(handle)
            self._library.sqlite3_close_v2(handle)
            raise OSError(f"cannot open an in-memory database: {message}")
        return handle

    def _message(self, handle: ctypes.c_void_p) -> str:
        return (self._library.sqlite3_errmsg(handle) or b"").decode(errors="replace")

    def load(self, image: bytearray) -> None:
        """Copy the serialized database ``image`` into this one (which it must not
        outgrow afterwards): ImageRefused when SQLite cannot read it as a database. The
        image is read where it lies; the caller may drop it as soon as this returns."""
        library = self._library
        size = len(image)
        buffer = (ctypes.c_char * size).from_buffer(image)
        reader = self._open(":memory:")
        try:
            code = library.sqlite3_deserialize(reader, b"main", ctypes.addressof(buffer),
                                               size, size, _DESERIALIZE_READONLY)
            if code != 0:
                raise ImageRefused(self._message(reader))
            self._limit(size)
            backup = library.sqlite3_backup_init(self._holder, b"main", reader, b"main")
            if not backup:
                raise ImageRefused(self._message(self._holder))
            code = library.sqlite3_backup_step(backup, -1)
            library.sqlite3_backup_finish(backup)
            if code != _DONE:
                raise ImageRefused(self._message(self._holder))
        finally:
            library.sqlite3_close_v2(reader)
            del buffer  # the image may be resized again

    def serialized(self) -> bytes:
        """The database as a file of it would hold it; call while no connection is
        writing it. (Read on a connection opened now, which sees the page size the
        writer chose; SQLite copies the pages out, and that copy is copied once more
        into the bytes returned, and freed.)"""
        library = self._library
        reader = self._open(self.uri)
        try:
            size = ctypes.c_int64()
            pointer = library.sqlite3_serialize(reader, b"main", ctypes.byref(size), 0)
            if not pointer:
                if size.value > 0:
                    raise MemoryError("no memory to serialize the package's rows")
                return b""  # nothing written yet
            try:
                return ctypes.string_at(pointer, size.value)
            finally:
                library.sqlite3_free(pointer)
        finally:
            library.sqlite3_close_v2(reader)

    def __enter__(self) -> MemoryImage:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def close(self) -> None:
        if self._holder is not None:
            self._library.sqlite3_close_v2(self._holder)
            self._holder = None
