"""The errors truceline raises on purpose; each carries a message meant for the user."""


class TrucelineError(Exception):
    """Base of every error truceline reports to the user instead of a traceback."""


class InputError(TrucelineError):
    """A file, line or argument the user gave cannot be read as asked."""


class GazetteerError(TrucelineError):
    """The gazetteer index is missing, corrupt, or a dump being imported is malformed."""
