"""The program around the features: start-up, first run, sign-in and the main window."""
