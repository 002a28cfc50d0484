"""Run as a child process by the start-up benchmark; prints a line at each milestone.

    python startup_probe.py bare                       -> "ready" when a bare window shows
    python startup_probe.py app DATA_DIR USER PASSWORD -> "login" when the sign-in window
        shows, "signed-in" when the password was entered, "shown" when the main window
        is shown (My work, its first page, painted), "ready" when My work has filled;
        after each, "cpu NAME SECONDS": the process's CPU time (every thread) by then
"""

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.show()
    app.processEvents()


def _milestone(name: str) -> None:
    print(name, flush=True)
    print(f"cpu {name} {time.process_time():.4f}", flush=True)


def centre_desk(data_dir: str, username: str, password: str) -> None:
    from pathlib import Path

    from centre_desk.config import Paths
    from centre_desk.ui.shell.app import make_application, open_main_window, show_login, sign_in

    paths = Paths(Path(data_dir))
    app, translations = make_application(paths)
    login = show_login(paths, translations)  # the main window built during the password's check
    app.processEvents()
    _milestone("login")
    # A person needs a second or more to type a name and password; the event loop
    # runs and the database loads behind the window meanwhile.
    typing_ends = time.monotonic() + float(os.environ.get("CENTRE_DESK_TYPING_SECONDS", "1"))
    while time.monotonic() < typing_ends:
        app.processEvents()
        time.sleep(0.01)
    _milestone("signed-in")
    if login._startup._thread.is_alive():  # Enter waits for the loading behind it
        print("still-loading", flush=True)
    sign_in(login, username, password)
    window = open_main_window(paths, translations, login)
    app.processEvents()
    _milestone("shown")
    from centre_desk.services.my_work import DueKind

    page = window.my_work  # it reads once painted
    while page.section(DueKind.FOLLOW_UP) is None:
        app.processEvents()
    print(f"cpu ready {time.process_time():.4f}", flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:
        centre_desk(*sys.argv[2:5])
    print("ready", flush=True)
    os._exit(0)  # the benchmark measures start-up, not tear-down
