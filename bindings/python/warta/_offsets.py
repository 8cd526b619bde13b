"""Byte offset -> Python string index conversion, linear in the input.

One pass over the UTF-8 bytes finds every multi-byte sequence and records,
in increasing order, where it starts and how many extra bytes the text has
gained up to and including it. A byte offset then converts with one
binary search. ASCII input (the byte and character lengths agree) needs no
map at all. Invalid bytes (lenient mode) count as one character each, as the
library replaces each one by '?'.
"""
import codecs
import re
from bisect import bisect_left

# well-formed UTF-8 multi-byte sequences (Unicode Table 3-7)
_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]"
    rb"|\xe0[\xa0-\xbf][\x80-\xbf]"
    rb"|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}"
    rb"|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}")

_ASCII = bytes(range(128))
_LEAD_BYTES = frozenset(range(0xC2, 0xF5))

LENIENT_ERRORS = "warta.byte_to_question_mark"


def _question_marks(exc):
    if isinstance(exc, UnicodeDecodeError):
        return "?" * (exc.end - exc.start), exc.end
    raise exc


codecs.register_error(LENIENT_ERRORS, _question_marks)


def decode(data):
    """The text the library parses: UTF-8, each invalid byte as '?'."""
    return data.decode("utf-8", LENIENT_ERRORS)


def offset_tables(data, nchars):
    """``(S, X)`` for ``data`` (UTF-8 bytes) whose decoded text has ``nchars``
    characters: byte offset ``b >= 0`` is string index
    ``b - X[bisect_left(S, b) - 1]``. ``S`` holds -1 then where each multi-byte
    sequence starts, ``X`` 0 then the extra bytes the text has gained up to and
    including each. ``(None, None)`` when the text is ASCII (b is the index)."""
    if len(data) == nchars:
        return None, None
    # Where multi-byte sequences may start: every byte with a lead value. Both
    # steps run at C speed (translate deletes the ASCII bytes; find is memchr),
    # unlike a regex scan, which costs ~15 ns a byte.
    leads = set(data.translate(None, _ASCII)).intersection(_LEAD_BYTES)
    cands = []
    find = data.find
    for lead in leads:
        needle = bytes((lead,))
        p = find(needle)
        while p >= 0:
            cands.append(p)
            p = find(needle, p + 1)
    cands.sort()
    starts = [-1]
    extra = [0]
    total = 0
    match = _MULTIBYTE.match
    for p in cands:
        m = match(data, p)
        if m is not None:  # a well-formed sequence (lenient input may hold others)
            starts.append(p)
            total += m.end() - p - 1
            extra.append(total)
    return starts, extra


def _identity(b):
    return b


def char_mapper(data, nchars):
    """A function byte offset -> string index for ``data`` (UTF-8 bytes) whose
    decoded text has ``nchars`` characters (negative offsets unchanged)."""
    S, X = offset_tables(data, nchars)
    if S is None:
        return _identity

    def to_char(b):
        return b - X[bisect_left(S, b) - 1] if b >= 0 else b

    return to_char
