"""Write a file so that it is either complete or absent: never half-written.

Reports, prints and sync packages are written to a temporary file in the target's
folder and moved into place only once complete; a crash, a cancel or an error leaves
whatever was at the target before, and no temporary file behind.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def replacing(target: Path | str) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on a normal exit it replaces ``target``.

    Any exception (including a cancel raised by the caller) removes the temporary file
    and leaves ``target`` untouched.
    """
    target = Path(target)
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                    dir=target.parent)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        with open(temporary, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)
