"""``centre-desk import-spreadsheet``: a register kept in Excel or LibreOffice brought in
without the GUI, for offices that script.

    centre-desk import-spreadsheet --data-dir D FILE --as participants|club-members|
        course-students|placements|persons [--mapping M.json] [--sheet NAME]
        [--dry-run] [--strict] --report R.xlsx

Without ``--mapping`` the columns are mapped automatically from their headers. By
default the rows without problems are applied in one transaction (a person on file with
the row's IIN is merged into; a look-alike without an IIN match is skipped for a person
to decide) and the report lists every row, skipped ones with their reason. ``--strict``
refuses the whole file if any row has a problem; ``--dry-run`` writes only the report.
Exit 0: applied (or, dry, would apply); 1: refused, with one sentence.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from centre_desk import cli

KINDS = ("participants", "club-members", "course-students", "placements", "persons")


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path, metavar="FILE", help="the .xlsx or .csv file")
    parser.add_argument("--as", dest="kind", required=True, choices=KINDS,
                        help="what the rows are")
    parser.add_argument("--mapping", type=Path, metavar="M.json",
                        help="a mapping saved by the import window (default: the automatic "
                             "one from the headers)")
    parser.add_argument("--sheet", metavar="NAME", help="the sheet to read (default: the "
                                                         "mapping's, else the first with rows)")
    parser.add_argument("--dry-run", action="store_true",
                        help="check and write the report, change nothing")
    parser.add_argument("--strict", action="store_true",
                        help="refuse the whole file if any row has a problem")
    parser.add_argument("--report", type=Path, required=True, metavar="R.xlsx",
                        help="where to write the report (created, merged, skipped, refused)")
    cli.add_acting_options(parser, "import")


def _run(args: argparse.Namespace) -> int:
    from centre_desk.reports.import_report import write_import_report
    from centre_desk.services import spreadsheet_import as imports

    if not args.report.parent.is_dir():
        raise cli.CommandError(f"The folder {args.report.parent} does not exist: create it "
                               f"or choose another --report.")
    source = imports.read_spreadsheet(args.file)
    kind = imports.RowKind(args.kind)
    if args.mapping is not None:
        mapping = imports.load_mapping(args.mapping)
        if mapping.kind is not kind:
            raise cli.CommandError(f"The mapping {args.mapping} is for {mapping.kind.value}, "
                                   f"not {kind.value}.")
        sheet = source.sheet(args.sheet or mapping.sheet)
    else:
        sheet = source.sheet(args.sheet)
        mapping = imports.guess_mapping(sheet, kind)
    mapping = imports.Mapping(mapping.kind, mapping.columns, mapping.values, sheet.name,
                              mapping.header_row)
    database = cli.open_installation(args)
    try:
        actor = cli.acting_user(database, args)
        with database.session(actor) as session, session.begin():
            preview = imports.preview_import(session, source, mapping)
            errors = preview.count(imports.RowStatus.ERROR)
            if args.strict and errors:
                first = next(r for r in preview.rows if r.status is imports.RowStatus.ERROR)
                raise cli.CommandError(
                    f"{errors} of {len(preview.rows)} rows have problems (row {first.number}: "
                    f"{first.problems[0].text}); nothing was imported (--strict).")
            result = imports.apply_import(session, preview, progress=args.progress,
                                          dry_run=args.dry_run)
            # Before the commit: a report that cannot be written leaves nothing applied.
            write_import_report(args.report, result)
    finally:
        database.close()
    args.progress.close()
    counts = ", ".join(f"{result.count(o)} {o.value}" for o in imports.Outcome)
    verb = "Would import" if args.dry_run else "Imported"
    print(f"{verb} {len(result.rows)} rows of {args.file.name}: {counts}; report: "
          f"{args.report}.")
    if result.batch_id is not None:
        print(f"Batch {result.batch_id} (a supervisor can undo it).")
    return 0


cli.register(cli.Command("import-spreadsheet", "bring a register kept in a spreadsheet (.xlsx, "
                                               ".csv) in as participants, club members, ...",
                         _configure, _run))
