"""Run as a child process by the start-up benchmark: shows a window, prints 'ready'.

    python startup_probe.py bare
    python startup_probe.py app DATA_DIR USER PASSWORD
"""

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.show()
    app.processEvents()


def centre_desk(data_dir: str, username: str, password: str) -> None:
    from pathlib import Path

    from centre_desk.config import Paths
    from centre_desk.ui.app import make_application, sign_in_and_open

    paths = Paths(Path(data_dir))
    app, translations = make_application(paths)
    window = sign_in_and_open(paths, translations, username, password)
    app.processEvents()
    participants = window.tabs.widget(0)
    if participants.model().rowCount() == 0:
        raise SystemExit("the participants tab showed no rows")


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:
        centre_desk(*sys.argv[2:5])
    print("ready", flush=True)
    os._exit(0)  # the benchmark measures start-up, not tear-down
