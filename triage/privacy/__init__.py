"""Privacy: pseudonymise a case so it can be shown to people who may not read customers' data.

Pure functions and plain classes only: no database, no Qt.
"""

from __future__ import annotations

from triage.privacy.anonymise import Anonymiser, Person, iban_valid, known_names

__all__ = ["Anonymiser", "Person", "iban_valid", "known_names"]
