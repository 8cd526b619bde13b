"""Finding and loading libwarta, and the ctypes prototypes of the C API.

The shared library is looked up, in order:

1. the environment variable ``WARTA_LIBRARY`` (a path to the library file);
2. ``pkg-config --variable=libdir warta`` (``<libdir>/libwarta.so.0``, then
   ``libwarta.so``);
3. ``ctypes.util.find_library("warta")``, then ``libwarta.so.0`` on the
   loader's search path (``LD_LIBRARY_PATH``, ld.so.cache).

Loading happens on first use, not at import, so ``import warta`` always
works; the first call that needs the library raises
:class:`LibraryNotFoundError` (an :class:`ImportError`) when it is missing.

ctypes.CDLL releases the GIL around every foreign call, so parses running in
several Python threads really run in parallel in C.
"""
import ctypes
import ctypes.util
import os
import subprocess
import sys
import threading

__all__ = ["LibraryNotFoundError", "lib", "library_path"]

# C types of the public headers
c_int = ctypes.c_int
c_uint = ctypes.c_uint
c_size_t = ctypes.c_size_t
c_int64 = ctypes.c_int64
c_char_p = ctypes.c_char_p
c_void_p = ctypes.c_void_p
P = ctypes.POINTER

WARTA_ERROR_MESSAGE_SIZE = 160
WARTA_PARSE_OPTIONS_VERSION = 1
WARTA_CONTEXT_OPTIONS_VERSION = 1
WARTA_PARSE_LENIENT = 1
WARTA_PARSE_GUESS_NAMES = 2
WARTA_JSON_PRETTY = 1
WARTA_POOL_MARSHAL = 1
_API_MAJOR = 0    # WARTA_VERSION_MAJOR this binding is written for
_API_MIN = 100    # WARTA_VERSION_NUMBER of 0.1.0, the first with this API


class WartaErrorStruct(ctypes.Structure):
    """``warta_error``"""
    _fields_ = [("code", c_int), ("offset", c_int64),
                ("message", ctypes.c_char * WARTA_ERROR_MESSAGE_SIZE)]


class ParseOptions(ctypes.Structure):
    """``warta_parse_options`` (version 1)"""
    _fields_ = [("version", c_uint), ("reference", c_char_p), ("max_input", c_size_t),
                ("flags", c_int)]


class PoolOptions(ctypes.Structure):
    """``warta_pool_options`` (version 1)"""
    _fields_ = [("version", c_uint), ("threads", c_uint), ("capacity", c_size_t),
                ("output", c_int), ("json_flags", c_int), ("parse", P(ParseOptions))]


class ContextOptions(ctypes.Structure):
    """``warta_context_options`` (version 1)"""
    _fields_ = [("version", c_uint), ("user_gazetteer_path", c_char_p),
                ("user_gazetteer_data", c_char_p), ("user_gazetteer_len", c_size_t),
                ("allocator", c_void_p)]


class LibraryNotFoundError(ImportError):
    """libwarta could not be found or loaded."""


# name: (restype, argtypes). Opaque handles are c_void_p.
_PROTOTYPES = {
    "warta_strerror": (c_char_p, [c_int]),
    "warta_free": (None, [c_void_p]),
    "warta_version_number": (c_int, []),
    "warta_version_string": (c_char_p, []),
    "warta_context_new": (c_int, [P(ContextOptions), P(c_void_p), P(WartaErrorStruct)]),
    "warta_context_free": (None, [c_void_p]),
    "warta_context_gazetteer_size": (c_size_t, [c_void_p]),
    "warta_parse": (c_int, [c_void_p, c_char_p, c_size_t, P(ParseOptions), P(c_void_p),
                            P(WartaErrorStruct)]),
    "warta_article_free": (None, [c_void_p]),
    "warta_parse_json": (c_int, [c_void_p, c_char_p, c_size_t, P(ParseOptions), c_int,
                                 P(c_void_p), P(c_size_t), P(WartaErrorStruct)]),
    "warta_article_to_json": (c_int, [c_void_p, c_int, P(c_void_p), P(c_size_t),
                                      P(WartaErrorStruct)]),
    # accessors (used by the accessor-based builder and the benchmark)
    "warta_article_has_dateline": (c_int, [c_void_p]),
    "warta_article_dateline_place": (c_char_p, [c_void_p]),
    "warta_article_dateline_agency": (c_char_p, [c_void_p]),
    "warta_article_dateline_source": (c_char_p, [c_void_p]),
    "warta_article_dateline_country": (c_char_p, [c_void_p]),
    "warta_article_dateline_province": (c_char_p, [c_void_p]),
    "warta_article_dateline_timezone": (c_char_p, [c_void_p]),
    "warta_article_dateline_span": (c_int, [c_void_p, P(c_int64), P(c_int64)]),
    "warta_article_published": (c_char_p, [c_void_p]),
    "warta_article_reference": (c_char_p, [c_void_p]),
    "warta_block_kind_name": (c_char_p, [c_int]),
    "warta_article_block_count": (c_size_t, [c_void_p]),
    "warta_article_block": (c_int, [c_void_p, c_size_t, P(c_int), P(c_int64), P(c_int64)]),
    "warta_article_paragraph_count": (c_size_t, [c_void_p]),
    "warta_article_paragraph": (c_int, [c_void_p, c_size_t, P(c_int64), P(c_int64)]),
    "warta_entity_type_name": (c_char_p, [c_int]),
    "warta_article_entity_count": (c_size_t, [c_void_p]),
    "warta_article_entity": (c_void_p, [c_void_p, c_size_t]),
    "warta_entity_type": (c_int, [c_void_p]),
    "warta_entity_name": (c_char_p, [c_void_p]),
    "warta_entity_title": (c_char_p, [c_void_p]),
    "warta_entity_affiliation": (c_char_p, [c_void_p]),
    "warta_entity_iso": (c_char_p, [c_void_p]),
    "warta_entity_iso3": (c_char_p, [c_void_p]),
    "warta_entity_acronym": (c_char_p, [c_void_p]),
    "warta_entity_province": (c_char_p, [c_void_p]),
    "warta_entity_timezone": (c_char_p, [c_void_p]),
    "warta_entity_mention_count": (c_size_t, [c_void_p]),
    "warta_entity_mention": (c_int, [c_void_p, c_size_t, P(c_int64), P(c_int64)]),
    "warta_granularity_name": (c_char_p, [c_int]),
    "warta_article_time_count": (c_size_t, [c_void_p]),
    "warta_article_time": (c_void_p, [c_void_p, c_size_t]),
    "warta_timex_text": (c_char_p, [c_void_p]),
    "warta_timex_span": (c_int, [c_void_p, P(c_int64), P(c_int64)]),
    "warta_timex_value": (c_char_p, [c_void_p]),
    "warta_timex_end_value": (c_char_p, [c_void_p]),
    "warta_timex_granularity": (c_int, [c_void_p]),
    "warta_timex_anchored": (c_int, [c_void_p]),
    "warta_timex_relative": (c_char_p, [c_void_p]),
    "warta_related_kind_name": (c_char_p, [c_int]),
    "warta_article_related_count": (c_size_t, [c_void_p]),
    "warta_article_related": (c_void_p, [c_void_p, c_size_t]),
    "warta_related_kind": (c_int, [c_void_p]),
    "warta_related_title": (c_char_p, [c_void_p]),
    "warta_related_published": (c_char_p, [c_void_p]),
    "warta_related_span": (c_int, [c_void_p, P(c_int64), P(c_int64)]),
    "warta_related_entity_count": (c_size_t, [c_void_p]),
    "warta_related_entity": (c_void_p, [c_void_p, c_size_t]),
    "warta_attribution_field_name": (c_char_p, [c_int]),
    "warta_article_attribution": (c_char_p, [c_void_p, c_int]),
    "warta_article_warning_count": (c_size_t, [c_void_p]),
    "warta_article_warning": (c_char_p, [c_void_p, c_size_t, P(c_int64)]),
}

# Functions newer than _API_MIN, name: (restype, argtypes). The attribute
# <name>_or_none of the loaded library is the function, or None when the
# library lacks it (the binding then takes an older route).
_OPTIONAL = {
    "warta_parse_marshal": (c_int, [c_void_p, c_char_p, c_size_t, P(ParseOptions),
                                    P(c_void_p), P(c_size_t), P(WartaErrorStruct)]),
    "warta_parse_marshal_batch": (c_int, [c_void_p, c_size_t, P(c_char_p), P(c_size_t),
                                          P(ParseOptions), P(c_void_p), P(c_size_t), P(c_int),
                                          P(WartaErrorStruct)]),
    "warta_entity_guessed": (c_int, [c_void_p]),
    "warta_pool_options_init": (c_int, [P(PoolOptions), c_uint]),
    "warta_pool_new": (c_int, [c_void_p, P(PoolOptions), P(c_void_p), P(WartaErrorStruct)]),
    "warta_pool_submit": (c_int, [c_void_p, c_char_p, c_size_t, P(WartaErrorStruct)]),
    "warta_pool_next": (c_int, [c_void_p, P(c_void_p), P(c_size_t), P(WartaErrorStruct)]),
    "warta_pool_free": (None, [c_void_p]),
}


def _lib_names():
    if sys.platform == "darwin":
        return ["libwarta.0.dylib", "libwarta.dylib"]
    if sys.platform == "win32":
        return ["warta.dll", "libwarta.dll"]
    return ["libwarta.so.0", "libwarta.so"]


def _candidates():
    """(how it was found, path or name) pairs, in search order."""
    env = os.environ.get("WARTA_LIBRARY")
    if env:
        # an explicit setting is the only candidate: no silent fallback
        yield "WARTA_LIBRARY", env
        return
    try:
        out = subprocess.run(["pkg-config", "--variable=libdir", "warta"],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             timeout=10, check=False)
        libdir = out.stdout.decode("utf-8", "replace").strip() if out.returncode == 0 else ""
    except (OSError, subprocess.SubprocessError):
        libdir = ""
    if libdir:
        for name in _lib_names():
            path = os.path.join(libdir, name)
            if os.path.exists(path):
                yield "pkg-config", path
    found = ctypes.util.find_library("warta")
    if found:
        yield "find_library", found
    for name in _lib_names():
        yield "loader path", name


class _Loader:
    def __init__(self):
        self._lock = threading.Lock()
        self._lib = None
        self.path = None

    def get(self):
        lib = self._lib
        if lib is not None:
            return lib
        with self._lock:
            if self._lib is None:
                self._lib = self._load()
            return self._lib

    def _load(self):
        tried = []
        for how, cand in _candidates():
            try:
                lib = ctypes.CDLL(cand)
            except OSError as e:
                tried.append("%s: %s (%s)" % (how, cand, e))
                continue
            missing = []
            for name, (res, args) in _PROTOTYPES.items():
                try:
                    fn = getattr(lib, name)
                except AttributeError:
                    missing.append(name)
                    continue
                fn.restype = res
                fn.argtypes = args
            if missing:
                tried.append("%s: %s lacks %s" % (how, cand, ", ".join(missing[:3])))
                continue
            version = lib.warta_version_number()
            if version // 10000 != _API_MAJOR or version < _API_MIN:
                tried.append("%s: %s is version %d, this binding needs %d.x >= %d"
                             % (how, cand, version, _API_MAJOR, _API_MIN))
                continue
            for name, (res, args) in _OPTIONAL.items():
                fn = getattr(lib, name, None)
                if fn is not None:
                    fn.restype = res
                    fn.argtypes = args
                setattr(lib, name + "_or_none", fn)
            self.path = cand
            # warta_free() through a handle that keeps the GIL: freeing a
            # string is too short to be worth handing the interpreter to
            # another thread and taking it back (which costs a wake-up).
            lib.warta_free_keep_gil = ctypes.PyDLL(cand).warta_free
            lib.warta_free_keep_gil.restype = None
            lib.warta_free_keep_gil.argtypes = [c_void_p]
            # and warta_pool_submit(), which only queues a pointer
            lib.warta_pool_submit_keep_gil = None
            if lib.warta_pool_submit_or_none is not None:
                fn = ctypes.PyDLL(cand).warta_pool_submit
                fn.restype, fn.argtypes = _OPTIONAL["warta_pool_submit"]
                lib.warta_pool_submit_keep_gil = fn
            return lib
        raise LibraryNotFoundError(
            "warta: the C library libwarta could not be loaded. Set WARTA_LIBRARY to the path "
            "of libwarta.so.0, make `pkg-config --variable=libdir warta` find it "
            "(PKG_CONFIG_PATH), or put it on the loader path (LD_LIBRARY_PATH). Tried:\n  "
            + "\n  ".join(tried))


_loader = _Loader()


def lib():
    """The loaded ctypes library (loads it on first call)."""
    return _loader.get()


def library_path():
    """Path or name the library was loaded from (loads it when needed)."""
    _loader.get()
    return _loader.path
