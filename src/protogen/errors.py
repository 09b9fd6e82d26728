"""One exception family, so the CLI can tell a user's mistake from a bug.

A :class:`UserError` carries a one-line message that names the fix; the CLI prints it
and exits 1. Anything else is a bug and only shows a traceback with PROTOGEN_DEBUG=1.
"""


class ProtogenError(Exception):
    """Base of every error protogen raises on purpose."""

    exit_code = 1


class UserError(ProtogenError):
    """Bad input or an unusable environment; the message says what to do about it."""
