"""Activities: recording a held session with its attendance.

The club and events build on ``dialog.ActivityDialog``, this feature's entry point."""
