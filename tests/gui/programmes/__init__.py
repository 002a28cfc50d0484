"""GUI tests of the programme tabs: mothers' club, children's events, Arabic courses."""
