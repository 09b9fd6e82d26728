"""One exception family, so a caller can tell a user's mistake from a bug, and one kind
of failure from another.

Every error protogen raises on purpose is a :class:`ProtogenError` with a one-line message
that names the fix; the CLI prints it and exits with the error's ``exit_code``. Anything
else is a bug and only shows a traceback with ``PROTOGEN_DEBUG=1``.

The subclasses say *where* the problem is, so a library caller (or a batch run) can react
to an LLM outage differently from a bad palette::

    ProtogenError
    └── UserError            bad input or an unusable environment
        ├── ConfigError      a setting: a flag, an environment variable, protogen.toml
        ├── GalleryError     the gallery repository: git, locks, hand-edited site files
        ├── WriterError      the copy writer: an LLM endpoint that fails or answers badly
        ├── TemplateError    a template that cannot be found, trusted or rendered
        └── ServeError       serving or running a prototype

(The subclasses derive from :class:`UserError` so that code written against the older,
flat family keeps working.)
"""


class ProtogenError(Exception):
    """Base of every error protogen raises on purpose."""

    exit_code = 1


class UserError(ProtogenError):
    """Bad input or an unusable environment; the message says what to do about it."""


class ConfigError(UserError):
    """A setting is unknown, malformed or out of range (flag, environment, protogen.toml)."""


class GalleryError(UserError):
    """The gallery repository cannot be used or changed safely right now."""


class WriterError(UserError):
    """The writer could not produce usable copy (an LLM endpoint failed or misbehaved)."""


class TemplateError(UserError):
    """A template cannot be found, is not trusted, or failed to render."""


class ServeError(UserError):
    """A prototype cannot be served or run."""
