"""Errors a user may see. Each carries a message written for the person at the keyboard
(what went wrong and, where there is one, the command that fixes it); the CLI and UI show
`str(error)` and never a traceback."""


class AssistantError(Exception):
    """Base class: anything the CLI/UI should report as a plain message."""


class InputError(AssistantError):
    """A question, file or argument the user supplied cannot be used as given."""


class ReadError(InputError):
    """A file could not be read as an interview (empty, binary, too large, ...)."""


class IndexMissingError(AssistantError):
    """There is no index yet, or it cannot be loaded (corrupt); the message says how to build it."""


class IndexStaleError(AssistantError):
    """The index was built from another corpus, model or chunker version."""


class ConfigError(AssistantError):
    """A setting (model, LLM spec, auth, ...) is invalid."""


class IndexBusyError(AssistantError):
    """Another process is updating the index, and the caller asked not to wait for it."""


class IndexWriteError(AssistantError):
    """The index folder cannot be written (read-only, full disk, no permission)."""


class DatabaseError(AssistantError):
    """The database of the server backend cannot be used: a bad URL, an unreachable
    server, or no pgvector extension; the message says which, without the password."""
