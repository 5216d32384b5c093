"""Plain domain records, enums and typed errors shared by every layer."""
