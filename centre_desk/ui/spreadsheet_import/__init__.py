"""The spreadsheet import's windows (issue 17): the wizard (File → Import from
spreadsheet…: the file, columns and values, the preview with a choice per row, what was
imported) and the list of imports to undo one (File → Imports…). The work is
services.spreadsheet_import's."""
