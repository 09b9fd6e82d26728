"""protogen: a one-paragraph idea in, a runnable prototype in a git portfolio gallery out.

Library use goes through :func:`protogen.pipeline.create_prototype`; the CLI is a thin
shell over it.
"""

__version__ = "0.1.0"
