"""The two exceptions the solver raises for input it cannot serve."""

from __future__ import annotations


class ParseError(ValueError):
    """The text could not be understood.

    ``message`` says what was not understood, ``hint`` shows how to write it.
    """

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        # ambiguous spots read one way before the error whose other reading does parse:
        # ``solver.parsing.readings.Reading`` (the bot shows a button for the other reading)
        self.readings: list = []

    def __reduce__(self):  # keep the fields when crossing a process boundary
        return (type(self), (self.message, self.hint), {"readings": self.readings})


class TooHard(RuntimeError):
    """The problem parsed but is beyond the limits (size, time, or what SymPy can do)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __reduce__(self):
        return (type(self), (self.message,))
