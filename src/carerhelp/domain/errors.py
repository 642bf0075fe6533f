"""Errors a user can cause, each carrying a plain-English message that can be shown as it is."""

from __future__ import annotations


class CarerHelpError(Exception):
    """Base of every error a carer or volunteer may see. `str(error)` is the plain-English message."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(CarerHelpError):
    """An answer that cannot be accepted; the message says what to change."""


class ContentError(CarerHelpError):
    """A shipped data file (questionnaire, rates, letter text) is damaged or inconsistent."""


class StoreError(CarerHelpError):
    """The case store cannot be opened or written; the message names the file and what to do."""
