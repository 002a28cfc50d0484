"""The log file, and how an error reaches the user: one sentence, or a traceback in the log.

Errors the user can fix (StoreError, ServiceError) carry their sentence in ``str()``
and are shown as they are. Anything else is a bug: its traceback goes to the log file
and the user is told where that file is.
"""

from __future__ import annotations

import logging
import tempfile
from logging.handlers import RotatingFileHandler
from pathlib import Path

from centre_desk.config import APP_NAME, Paths

LOG_NAME = "centre-desk.log"
_MAX_BYTES = 2_000_000
_BACKUPS = 5
_FORMAT = "%(asctime)s %(levelname)s %(name)s [pid %(process)d]: %(message)s"

log = logging.getLogger("centre_desk")
_handler: RotatingFileHandler | None = None


def configure_logging(paths: Paths, level: int = logging.INFO) -> Path:
    """Send the program's log to a rotating ``centre-desk.log`` in the data dir's logs
    folder (made if missing); returns that file. Calling it again moves the log."""
    return _log_to(paths.logs, level)


def _log_to(folder: Path, level: int = logging.INFO) -> Path:
    global _handler  # noqa: PLW0603  (the process's one log file)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = (folder / LOG_NAME).resolve()
    if _handler is not None and Path(_handler.baseFilename) == path:
        return path
    handler = RotatingFileHandler(path, maxBytes=_MAX_BYTES, backupCount=_BACKUPS,
                                  encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter(_FORMAT))
    stop_logging()
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(min(level, root.level) if root.level else level)
    _handler = handler
    return path


def log_file() -> Path | None:
    """Where the log is written now, if it is configured."""
    return Path(_handler.baseFilename) if _handler else None


def stop_logging() -> None:
    """Close the log file (a command-line run ends; a test moves on)."""
    global _handler  # noqa: PLW0603  (the process's one log file)
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None


def user_sentence(error: BaseException) -> str | None:
    """The sentence to show for an error the user can fix; None when it is a bug."""
    from centre_desk.services.errors import ServiceError
    from centre_desk.store.database import StoreError

    if isinstance(error, (StoreError, ServiceError)):
        return " ".join(str(error).split())
    return None


def report_unexpected(error: BaseException, paths: Paths | None = None) -> str:
    """Log a bug's traceback and return the one sentence to show instead.

    The log goes where it is configured; else to the data dir's logs folder if that
    data dir exists (a crash must not create an installation), else to the user's log
    folder, else the temp dir."""
    path = log_file() or _fallback_log(paths)
    log.error("Unexpected error", exc_info=(type(error), error, error.__traceback__))
    return f"Something went wrong; the details are in {path}."


def _fallback_log(paths: Paths | None) -> Path:
    import platformdirs

    candidates = [paths.logs] if paths and paths.data_dir.is_dir() else []
    candidates += [Path(platformdirs.user_log_dir(APP_NAME, False)),
                   Path(tempfile.gettempdir()) / APP_NAME]
    for folder in candidates:
        try:
            return _log_to(folder)
        except OSError:
            continue
    raise RuntimeError("no folder can hold the log file")
