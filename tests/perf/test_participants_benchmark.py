"""The participants tab on a region's data: open, search in three ways, open a file,
and memory after scrolling to the end of the list."""

from __future__ import annotations

import gc
import statistics
import time

import pytest
from PySide6.QtCore import QModelIndex

from centre_desk.ui.toolkit.paged_model import ID_ROLE

RUNS = 5


def _rss_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _best_ms(action, runs: int = RUNS) -> tuple[float, float]:
    """(first, median of the rest) in milliseconds."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return times[0], statistics.median(times[1:])


@pytest.mark.perf
def test_participants_tab_on_a_region(qapp, workspace):
    from centre_desk.ui.participants.opener import ParticipantFiles
    from centre_desk.ui.participants.tab import ParticipantsTab

    opened = []
    files = ParticipantFiles(workspace)  # the main window's, here with no main window

    def open_tab():
        tab = ParticipantsTab(workspace, files)
        tab.resize(1100, 700)
        tab.show()
        qapp.processEvents()
        assert tab.model().rowCount() > 0
        opened.append(tab)
        return tab

    gc.freeze()  # as the program does once its modules are loaded (ui/startup.py)
    first, median = _best_ms(open_tab)
    for tab in opened:
        tab.close()
    print(f"\n[perf] open the participants tab: first {first:.0f} ms, then {median:.0f} ms "
          f"(budget < 150 ms)")
    tab = open_tab()
    model = tab.model()
    for label, text in (("Cyrillic prefix 'ерм'", "ерм"), ("Latin 'yerm'", "yerm"),
                        ("IIN prefix '8503'", "8503")):
        def search(text=text):
            model.set_search("")
            started = time.perf_counter()
            model.set_search(text)
            return (time.perf_counter() - started) * 1000
        times = [search() for _ in range(RUNS)]
        print(f"[perf] search {label}: first {times[0]:.1f} ms, then "
              f"{statistics.median(times[1:]):.1f} ms, {model.matching_count()} found "
              f"(budget < 50 ms)")
    model.set_search("")
    from centre_desk.services import cases
    from centre_desk.ui.participants.file_window import ParticipantFileDialog

    case_ids = [model.data(model.index(row, 0), ID_ROLE) for row in range(0, 100, 20)]
    service_ms = []
    for case_id in case_ids:
        started = time.perf_counter()
        workspace.run(cases.participant_file, case_id)
        service_ms.append((time.perf_counter() - started) * 1000)
    window_ms = []
    for case_id in case_ids:
        started = time.perf_counter()
        dialog = ParticipantFileDialog(workspace, case_id=case_id)
        dialog.show()
        qapp.processEvents()
        window_ms.append((time.perf_counter() - started) * 1000)
        dialog.close()
    print(f"[perf] open a participant: the file's data {statistics.median(service_ms):.0f} ms, "
          f"the file window shown {statistics.median(window_ms):.0f} ms (first "
          f"{window_ms[0]:.0f} ms; budget < 100 ms)")
    before = _rss_mib()
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    print(f"[perf] memory: {before:.0f} MiB after opening, {_rss_mib():.0f} MiB after "
          f"scrolling to row {model.rowCount():,} of {model.total_count():,}")
