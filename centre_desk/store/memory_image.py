"""Named in-memory databases of SQLCipher's library, which that library's connections
in this process ATTACH by their URI: one filled with a serialized database as it is
decompressed (an encrypted site's import), or one written through ATTACH and serialized
(its export).

Why: an encrypted site must not write a package's decrypted rows to the disk, and its
driver (sqlcipher3) has neither ``serialize`` nor ``deserialize``. Without this the rows
were copied a row at a time through Python between the site's connection and a stdlib
in-memory database (16 s of a region's import, 8-10 s of its export). The library itself
exports SQLite's C API: the import writes the decompressed bytes straight into a shared
``memdb`` database through that file system's own write (held once: deserializing and
copying them in held them twice, 533 MB each for a region), which lives while our
connection holds it open; ``sqlite3_serialize`` copies one out.

Where the library does not export those functions (a build that hides its symbols,
as the Windows wheel does), ``supported()`` says so and the callers keep their copies.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import secrets
from collections.abc import Callable, Iterator

_OPEN_FLAGS = 0x02 | 0x04 | 0x40  # SQLITE_OPEN_READWRITE | CREATE | URI
_FCNTL_SIZE_LIMIT = 36
_FUNCTIONS = {
    "sqlite3_open_v2": ([ctypes.c_char_p, ctypes.POINTER(ctypes.c_void_p), ctypes.c_int,
                         ctypes.c_char_p], ctypes.c_int),
    "sqlite3_close_v2": ([ctypes.c_void_p], ctypes.c_int),
    "sqlite3_errmsg": ([ctypes.c_void_p], ctypes.c_char_p),
    "sqlite3_file_control": ([ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int,
                              ctypes.c_void_p], ctypes.c_int),
    "sqlite3_serialize": ([ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_int64),
                           ctypes.c_uint], ctypes.c_void_p),
    "sqlite3_free": ([ctypes.c_void_p], None),
    "sqlite3_vfs_find": ([ctypes.c_char_p], ctypes.c_void_p),
}
_OPEN_MAIN_DB = 0x100 | 0x02 | 0x04  # SQLITE_OPEN_MAIN_DB | READWRITE | CREATE


class _IoMethods(ctypes.Structure):
    """The head of SQLite's sqlite3_io_methods: as far as xWrite."""

    _fields_ = [("iVersion", ctypes.c_int),
                ("xClose", ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p)),
                ("xRead", ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p,
                                           ctypes.c_int, ctypes.c_int64)),
                ("xWrite", ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_char_p,
                                            ctypes.c_int, ctypes.c_int64))]


class _Vfs(ctypes.Structure):
    """The head of SQLite's sqlite3_vfs: as far as xOpen."""

    _fields_ = [("iVersion", ctypes.c_int), ("szOsFile", ctypes.c_int),
                ("mxPathname", ctypes.c_int), ("pNext", ctypes.c_void_p),
                ("zName", ctypes.c_char_p), ("pAppData", ctypes.c_void_p),
                ("xOpen", ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p,
                                           ctypes.c_void_p, ctypes.c_int,
                                           ctypes.POINTER(ctypes.c_int)))]


class ImageRefused(Exception):
    """More bytes than the database was to hold."""


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
    """A named in-memory database of SQLCipher's library, empty until ``filling`` writes
    into it or a connection that attached it writes (it grows to ``limit`` bytes at
    most); gone with ``close`` or the end of its ``with`` (or of the process). ``uri`` is
    what an ATTACH names."""

    def __init__(self, limit: int = 0) -> None:
        library = _library()
        if library is None:
            raise RuntimeError("SQLCipher's library does not export SQLite's C API")
        self._library = library
        self._name = f"/centre-desk-rows-{secrets.token_hex(16)}"
        self.uri = f"file:{self._name}?vfs=memdb"
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

    @contextlib.contextmanager
    def filling(self, limit: int) -> Iterator[Callable[[bytes], None]]:
        """A function that appends bytes to this (new, empty) database's file, at most
        ``limit`` of them, as a file of it would hold them: the package's rows written
        in as they are decompressed, held once.
        Through the memdb file system's own write, on a handle of this database opened
        for it; nothing checks that the bytes are a database (an ATTACH does). When the
        ``with`` ends the database cannot grow beyond what was written."""
        vfs_address = self._library.sqlite3_vfs_find(b"memdb")
        if not vfs_address:
            raise RuntimeError("SQLCipher's library has no memdb file system")
        vfs = _Vfs.from_address(vfs_address)
        # The name as SQLite hands it to a file system: the URI's path, then empty URI
        # parameters (two more NULs).
        name = ctypes.create_string_buffer(self._name.encode() + b"\0\0\0")
        handle = ctypes.create_string_buffer(vfs.szOsFile)
        code = vfs.xOpen(vfs_address, ctypes.addressof(name), ctypes.addressof(handle),
                         _OPEN_MAIN_DB, ctypes.byref(ctypes.c_int()))
        if code != 0:
            raise OSError(f"cannot open the in-memory database's file ({code})")
        methods = ctypes.cast(ctypes.c_void_p.from_buffer(handle),
                              ctypes.POINTER(_IoMethods)).contents
        self._limit(limit)
        written = 0

        def write(data: bytes) -> None:
            nonlocal written
            if written + len(data) > limit:
                raise ImageRefused(f"more than {limit} bytes")
            code = methods.xWrite(ctypes.addressof(handle), data, len(data), written)
            if code != 0:
                raise MemoryError(f"no memory for the package's rows ({code})")
            written += len(data)

        try:
            yield write
        finally:
            methods.xClose(ctypes.addressof(handle))
            self._limit(written)

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
