"""Qt widgets, dialogs, item models and the main window."""
