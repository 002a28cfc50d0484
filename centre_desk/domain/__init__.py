"""Pure rules of the centre's work: enums, IIN, names, clocks; no Qt, no database."""
