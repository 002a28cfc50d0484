"""The people directory and name search on a region's data: open the tab, search by a
surname, a given name alone, a passport spelling and an IIN prefix, page to the end."""

from __future__ import annotations

import statistics
import time

import pytest

from centre_desk.services import listing, persons
from centre_desk.services.listing import ListQuery

RUNS = 5
SEARCHES = (("surname prefix 'ерм'", "ерм"), ("Latin surname 'Kassym'", "Kassym"),
            ("given name alone 'Айгерим'", "Айгерим"), ("ICAO 'Iuliia'", "Iuliia"),
            ("given name and surname 'Aigerim Kas'", "Aigerim Kas"),
            ("IIN prefix '8503'", "8503"))


def _ms(action) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


@pytest.mark.perf
def test_people_directory_and_name_search_on_a_region(qapp, workspace):
    from centre_desk.ui.directory.tab import PeopleDirectoryTab
    from centre_desk.ui.participants.opener import ParticipantFiles

    files = ParticipantFiles(workspace)
    opened = []

    def open_tab():
        tab = PeopleDirectoryTab(workspace, files)
        tab.resize(1100, 700)
        tab.show()
        qapp.processEvents()
        assert tab.model().rowCount() > 0
        opened.append(tab)

    times = [_ms(open_tab) for _ in range(RUNS)]
    print(f"\n[perf] open the people directory: first {times[0]:.0f} ms, then "
          f"{statistics.median(times[1:]):.0f} ms (budget < 150 ms)")
    model = opened[-1].model()
    for label, text in SEARCHES:
        def search(text=text):
            model.set_search("")
            return _ms(lambda: model.set_search(text))
        times = [search() for _ in range(RUNS)]
        print(f"[perf] directory search {label}: first {times[0]:.1f} ms, then "
              f"{statistics.median(times[1:]):.1f} ms, {model.matching_count()} found "
              f"(budget < 50 ms)")
    for label, text in SEARCHES:
        times = [_ms(lambda text=text: workspace.run(persons.find_persons, text))
                 for _ in range(RUNS)]
        page = [_ms(lambda text=text: workspace.run(listing.directory_page,
                                                    ListQuery(text=text)))
                for _ in range(RUNS)]
        print(f"[perf] find_persons {label}: {statistics.median(times):.1f} ms; "
              f"a directory page {statistics.median(page):.1f} ms")
    for tab in opened:
        tab.close()
