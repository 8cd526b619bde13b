"""Exceptions raised by the warta binding."""

__all__ = [
    "WartaError", "InvalidArgumentError", "OutOfMemoryError", "Utf8Error", "NulError",
    "TooBigError", "VersionError", "WartaIOError", "DataError", "IcuError", "RangeError",
    "error_class",
]

# status codes of include/warta/common.h
OK = 0
EINVAL = -1
ENOMEM = -2
EUTF8 = -3
ENUL = -4
ETOOBIG = -5
EVERSION = -6
EIO = -7
EDATA = -8
EICU = -9
ERANGE = -10


class WartaError(Exception):
    """A failing warta call.

    Attributes:
        code: the negative ``WARTA_E*`` status code.
        name: its English name (``warta_strerror()``), e.g. ``"invalid UTF-8"``.
        offset: byte offset into the input (UTF-8) the error refers to, or -1.
        char_offset: the same position as a Python string index, or -1.
        message: the library's message.
    """

    def __init__(self, code, name, message, offset=-1, char_offset=-1):
        super().__init__(code, name, message, offset, char_offset)
        self.code = code
        self.name = name
        self.message = message
        self.offset = offset
        self.char_offset = char_offset

    def __str__(self):
        s = "%s: %s" % (self.name, self.message) if self.message else self.name
        if self.offset >= 0:
            s += " (byte %d, char %d)" % (self.offset, self.char_offset)
        return s

    def __reduce__(self):  # picklable (dask ships exceptions between processes)
        return (type(self), (self.code, self.name, self.message, self.offset, self.char_offset))


class InvalidArgumentError(WartaError, ValueError):
    """WARTA_EINVAL: an invalid argument (bad reference instant, ...)."""


class OutOfMemoryError(WartaError, MemoryError):
    """WARTA_ENOMEM."""


class Utf8Error(WartaError, ValueError):
    """WARTA_EUTF8: the input is not valid UTF-8; ``offset`` is the first bad byte."""


class NulError(WartaError, ValueError):
    """WARTA_ENUL: the input holds a NUL byte at ``offset``."""


class TooBigError(WartaError, ValueError):
    """WARTA_ETOOBIG: the input is larger than ``max_input``."""


class VersionError(WartaError):
    """WARTA_EVERSION: an options struct version the library does not know."""


class WartaIOError(WartaError, OSError):
    """WARTA_EIO: a file (user gazetteer) could not be read."""


class DataError(WartaError, ValueError):
    """WARTA_EDATA: a malformed gazetteer line at byte ``offset``."""


class IcuError(WartaError):
    """WARTA_EICU: ICU reported an error."""


class RangeError(WartaError, IndexError):
    """WARTA_ERANGE: an index out of range."""


_BY_CODE = {
    EINVAL: InvalidArgumentError, ENOMEM: OutOfMemoryError, EUTF8: Utf8Error, ENUL: NulError,
    ETOOBIG: TooBigError, EVERSION: VersionError, EIO: WartaIOError, EDATA: DataError,
    EICU: IcuError, ERANGE: RangeError,
}


def error_class(code):
    """The WartaError subclass for a status code."""
    return _BY_CODE.get(code, WartaError)
