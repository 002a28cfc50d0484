"""``centre-desk report half-year``: the ministry's half-year statistics to a file.

    centre-desk report half-year --data-dir D --from 2024-01-01 --to 2024-06-30 \\
        --format xlsx --out figures.xlsx [--facility F] [--region R] \\
        [--as-user NAME --password-file FILE]

Without ``--from``/``--to`` the current half-year is reported. With ``--as-user NAME
--password-file FILE`` it signs in as that account, who must be a supervisor or an
administrator, and the file is audited under that name; without, it acts as the site
itself (see ``cli.acting_user``). The audit entry is committed before the file is
written (``reports.statistics_export.save_report``). Every format holds planned against
held per facility and programme too (``services.statistics_plans``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
from pathlib import Path

from centre_desk import cli

_app = None
_FORMATS = ("json", "xlsx", "pdf")



def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("report", choices=("half-year",),
                        help="which report: half-year (the ministry's figures)")
    parser.add_argument("--from", dest="start", type=cli.date_argument, metavar="DATE",
                        help="the period's first day, YYYY-MM-DD (default: the current "
                             "half-year's)")
    parser.add_argument("--to", dest="end", type=cli.date_argument, metavar="DATE",
                        help="the period's last day, included (default: the current "
                             "half-year's)")
    parser.add_argument("--facility", metavar="NAME", help="only this penal facility")
    parser.add_argument("--region", metavar="NAME", help="only people of this region")
    parser.add_argument("--format", required=True, choices=_FORMATS,
                        help="json, xlsx (figures and the rows behind them) or pdf (with "
                             "charts)")
    parser.add_argument("--out", required=True, type=Path, metavar="FILE",
                        help="the file to write (replaced only once complete)")
    cli.add_acting_options(parser, "report")
    parser.add_argument("--language", choices=("ru", "kk", "en"),
                        help="the report's language (default: this PC's setting)")


def _scope(args: argparse.Namespace):
    from centre_desk.services.statistics import ReportScope, half_year

    start, end = half_year(dt.date.today())
    start, end = args.start or start, args.end or end
    if end < start:
        raise cli.CommandError(f"The period ends ({end}) before it starts ({start}): give a "
                               f"--to on or after --from.")
    return ReportScope(start, end, (args.facility or "").strip() or None,
                       (args.region or "").strip() or None)


def _check_out(out: Path) -> None:
    if out.is_dir():
        raise cli.CommandError(f"{out} is a folder: give --out a file name.")
    if not out.parent.resolve().is_dir():
        raise cli.CommandError(f"The folder {out.parent} does not exist: create it or choose "
                               f"another --out.")


def _run(args: argparse.Namespace) -> int:
    scope = _scope(args)
    _check_out(args.out)
    from centre_desk import config
    from centre_desk.services.errors import NotPermitted
    from centre_desk.services.workspace import Workspace

    database = cli.open_installation(args)
    try:
        actor = cli.acting_user(database, args)
        language = args.language or config.Settings.load(database.paths).language
        try:
            report = _write(Workspace(database, actor), database.paths, scope, args.format,
                            language, args.out)
        except NotPermitted:
            raise cli.CommandError(f"{actor.username} may not see the statistics: report as "
                                   f"a supervisor or an administrator (--as-user).") from None
    finally:
        database.close()
    people = next(f.value for f in report.figures if f.key == "people_involved")
    print(f"Wrote {args.out}: {scope.start} to {scope.end}, {people} people involved.")
    return 0


def _write(workspace, paths, scope, file_format: str, language: str, out: Path):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window, fonts still work
    from PySide6.QtGui import QGuiApplication

    from centre_desk.reports.statistics_export import save_report
    from centre_desk.ui.toolkit import labels
    from centre_desk.ui.toolkit.i18n import Translations

    global _app  # noqa: PLW0603  (lives as long as the process; Qt wants one)
    _app = QGuiApplication.instance() or QGuiApplication(["centre-desk"])
    Translations(paths.cache).apply(language)
    return save_report(workspace, scope, file_format, out, labels.label)


cli.register(cli.Command("report", "save the half-year statistics as JSON, XLSX or PDF",
                         _configure, _run))
