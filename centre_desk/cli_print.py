"""``centre-desk print-file``: a participant's file to PDF without the window.

    centre-desk print-file --data-dir D 900101300123 --out file.pdf
    centre-desk print-file --data-dir D <person or case id> --out file.pdf \\
        --sections personal,case,family --as-user viewer --password-file viewer.pw \\
        --language kk

With ``--as-user NAME --password-file FILE`` it signs in as that account, so a read-only
user's print is redacted exactly as in the window and audited under that name; without,
it acts as the site itself (full file, audited as the site; see ``cli.acting_user``).

The print's audit entry is committed before a byte of the PDF is written, and the PDF
appears at ``--out`` only once complete: a print that is killed or fails midway may be
in the audit trail without its file, never a file without its entry.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from centre_desk import cli

_app = None
_SECTION_NAMES = ("personal", "case", "interventions", "programmes", "placements", "family",
                  "notes")


def _sections(text: str) -> tuple[str, ...]:
    chosen = tuple(dict.fromkeys(part.strip() for part in text.split(",") if part.strip()))
    unknown = [name for name in chosen if name not in _SECTION_NAMES]
    if unknown or not chosen:
        raise argparse.ArgumentTypeError(
            f"unknown section {', '.join(unknown) or '(none)'}; choose from "
            f"{','.join(_SECTION_NAMES)}")
    return chosen


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("person", metavar="IIN_OR_ID",
                        help="the participant's IIN, or their person or case id")
    parser.add_argument("--out", required=True, type=Path, metavar="FILE.pdf",
                        help="the PDF to write (replaced only once complete)")
    parser.add_argument("--sections", type=_sections, default=_SECTION_NAMES,
                        metavar="LIST", help="comma-separated sections to print (default: "
                        f"all): {','.join(_SECTION_NAMES)}")
    cli.add_acting_options(parser, "print")
    parser.add_argument("--language", choices=("ru", "kk", "en"),
                        help="the printout's language (default: this PC's setting)")


def _run(args: argparse.Namespace) -> int:
    out = args.out
    if out.is_dir():
        raise cli.CommandError(f"{out} is a folder: give --out a file name ending in .pdf.")
    if not out.parent.resolve().is_dir():
        raise cli.CommandError(f"The folder {out.parent} does not exist: create it or choose "
                               f"another --out.")
    from centre_desk import config
    from centre_desk.services import participant_report as report
    from centre_desk.services.errors import InvalidInput, NotFound
    from centre_desk.services.workspace import Workspace

    database = cli.open_installation(args)
    try:
        actor = cli.acting_user(database, args)
        workspace = Workspace(database, actor)
        try:
            person_id = workspace.run(report.find_person, args.person)
        except (NotFound, InvalidInput):
            raise cli.CommandError(f"No participant has the IIN or id {args.person!r}: check "
                                   f"it (an IIN has 12 digits).") from None
        language = args.language or config.Settings.load(database.paths).language
        pages = _write(workspace, database.paths, person_id, args.sections, language, out)
    finally:
        database.close()
    print(f"Wrote {out} (pages: {pages}).")
    return 0


def _write(workspace, paths, person_id, section_names, language: str, out: Path) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window, fonts still work
    from PySide6.QtGui import QGuiApplication

    from centre_desk.reports.participant_file import write_pdf
    from centre_desk.services import participant_report as report
    from centre_desk.store.atomic import replacing
    from centre_desk.ui.toolkit import labels
    from centre_desk.ui.toolkit.i18n import Translations

    global _app  # noqa: PLW0603  (lives as long as the process; Qt wants one)
    _app = QGuiApplication.instance() or QGuiApplication(["centre-desk"])
    Translations(paths.cache).apply(language)
    sections = tuple(report.Section(name) for name in section_names)
    printed = workspace.run(report.participant_report, person_id, sections)
    context = workspace.run(report.print_context)
    with replacing(out) as partial:  # made first: a folder that refuses it stops the print
        workspace.run(report.record_print, [person_id], report.PrintedHow.PDF, sections,
                      str(out))
        return write_pdf(partial, [printed], context, labels.label)


cli.register(cli.Command("print-file", "print a participant's file to a PDF", _configure,
                         _run))
