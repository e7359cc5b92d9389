"""The project's error hierarchy.

Every error a user can cause is a :class:`DHRError` with a message that names the bad value. The CLI prints
the message on one line and exits 2; ``service/`` maps the classes to HTTP status codes (and only there).
Packages subclass these rather than inventing parallel hierarchies.
"""

from __future__ import annotations


class DHRError(Exception):
    """Base of every error this project raises on purpose."""


class InputError(DHRError):
    """The input is bad: wrong format, damaged, too large, invalid values. (HTTP 4xx.)"""


class DocumentError(InputError):
    """A document cannot be read."""


class NotSupportedFormatError(DocumentError):
    """The file is none of the formats we read (PDF, DOCX, HTML, text)."""


class EncryptedDocumentError(DocumentError):
    """The PDF is encrypted and cannot be opened without a password."""


class CorruptDocumentError(DocumentError):
    """The file claims a supported format but is damaged beyond reading."""


class EmptyDocumentError(DocumentError):
    """The file or document has no content (zero bytes, zero pages)."""


class NoTextLayerError(DocumentError):
    """The PDF has pages but no extractable text: it is scanned and needs OCR first."""


class DocumentTooLargeError(DocumentError):
    """The document exceeds a configured page or size limit."""


class ProcessingTimeoutError(DHRError):
    """Processing a document took longer than the configured limit."""


class ValidationError(InputError):
    """A value is outside its vocabulary or a record is malformed."""


class NotFoundError(DHRError):
    """A requested record does not exist. (HTTP 404.)"""


class ConflictError(DHRError):
    """The request conflicts with stored state. (HTTP 409.)"""


class PermissionDeniedError(DHRError):
    """The caller's role does not allow this. (HTTP 403.)"""


class ModelNotAvailableError(DHRError):
    """A trained model or bundled model package is missing; the message says how to build or install it."""
