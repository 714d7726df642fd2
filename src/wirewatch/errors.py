"""Exception classes for wirewatch, in one place."""


class WirewatchError(Exception):
    """Base class of every error wirewatch raises on purpose."""


class ExtractionError(WirewatchError):
    """No main text could be extracted from an HTML page."""


class InputError(WirewatchError):
    """An input record cannot be read or coded; the message names input and reason."""


class StoreError(WirewatchError):
    """The database cannot be opened, migrated or written."""


class DataFileError(WirewatchError):
    """A knowledge file (codebook, table) is malformed."""


class ExportError(WirewatchError):
    """An export cannot be written; the message names the path and the reason."""


class KnowledgeBaseError(WirewatchError):
    """An edit or merge of the actor knowledge base was refused; nothing was changed."""


class OptionalDependencyError(WirewatchError):
    """A tool needs a package that is not installed; the message says what to install."""
