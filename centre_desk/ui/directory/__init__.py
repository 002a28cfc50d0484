"""The people directory: one place to find anyone the centre knows and open their file."""
