"""warta: structured metadata from raw Indonesian news text.

A ctypes binding of the C library libwarta (no compiled extension)::

    import warta
    article = warta.parse(text)                 # str or UTF-8 bytes
    print(article.dateline.place)               # 'Beijing'
    for e in article.entities:
        for m in e.mentions:
            assert article.text[m.char_start:m.char_end] == m.text

A :class:`Context` holds the gazetteers; it is immutable and may be shared by
any number of threads (the GIL is released while C parses). ``warta.parse``
uses a module-level default context created on first use. For many articles,
``warta.iter_parse(texts)`` and ``warta.parse_many(texts)`` parse on the C
threads of a warta_pool while the calling thread builds the objects. The C
library hands each article over as Python marshal data
(warta_parse_marshal(): the dataclasses' fields as tuples, character
offsets included), see _marshal.py.
"""
import collections
import ctypes
import json
import marshal
import os
import queue
import threading

from . import _lib
from ._lib import LibraryNotFoundError, library_path
from ._offsets import decode, offset_tables
from ._marshal import build as _build_marshal
from ._tree import build as _build
from .errors import (DataError, IcuError, InvalidArgumentError, NulError, OutOfMemoryError,
                     RangeError, TooBigError, Utf8Error, VersionError, WartaError,
                     WartaIOError, error_class)
from .model import (Article, Attribution, Block, Dateline, Entity, Mention, Paragraph,
                    ParseWarning, Related, Timex)

__version__ = "0.1.0"

__all__ = [
    "Article", "Attribution", "Block", "Context", "DataError", "Dateline", "Entity",
    "IcuError", "InvalidArgumentError", "LibraryNotFoundError", "Mention", "NulError",
    "OutOfMemoryError", "Paragraph", "ParseWarning", "RangeError", "Related", "Timex",
    "TooBigError", "Utf8Error", "VersionError", "WartaError", "WartaIOError",
    "default_context", "library_path", "library_version", "parse", "parse_json",
    "parse_many", "iter_parse",
]

_byref = ctypes.byref
_c_void_p = ctypes.c_void_p
_c_size_t = ctypes.c_size_t
_string_at = ctypes.string_at
_marshal_loads = marshal.loads
_ErrStruct = _lib.WartaErrorStruct
# The C scanner behind json.loads, called directly: json.loads(s) adds a
# Python-level decode() and two whitespace regex matches, ~0.5 us an article.
# The library's JSON is one object without surrounding blanks.
_scan_once = json.JSONDecoder().scan_once


def _json_loads(s):
    return _scan_once(s, 0)[0]


def library_version():
    """Version string of the loaded libwarta, e.g. ``"0.1.0"``."""
    return _lib.lib().warta_version_string().decode("ascii")


def _raise(L, err, data):
    """Raise the WartaError subclass for a filled ``warta_error``."""
    code = err.code
    offset = int(err.offset)
    char_offset = -1
    if 0 <= offset <= len(data):
        # one conversion, once per failure: the characters before the bad byte
        char_offset = len(decode(data[:offset]))
    name = L.warta_strerror(code).decode("utf-8", "replace")
    message = err.message.decode("utf-8", "replace")
    raise error_class(code)(code, name, message, offset, char_offset)


def _encode(text, lenient):
    """(bytes given to C, the str the offsets index) for str or bytes input."""
    if isinstance(text, str):
        try:
            return text.encode("utf-8"), text
        except UnicodeEncodeError as e:  # lone surrogates: not encodable as UTF-8
            if lenient:
                data = text.encode("utf-8", "replace")  # one '?' per surrogate
                return data, decode(data)
            off = len(text[:e.start].encode("utf-8", "surrogatepass"))
            raise Utf8Error(-3, "invalid UTF-8", "lone surrogate U+%04X in the string"
                            % ord(text[e.start]), off, e.start) from None
    if isinstance(text, (bytes, bytearray, memoryview)):
        data = bytes(text)
        return data, None  # decoded after a successful parse
    raise TypeError("warta: text must be str or bytes, not %s" % type(text).__name__)


def _reference_bytes(reference):
    if reference is None:
        return None
    if isinstance(reference, bytes):
        return reference
    if hasattr(reference, "isoformat"):  # datetime.date / datetime.datetime
        reference = reference.isoformat()
    return str(reference).encode("utf-8")


def _pflags(lenient, guess_names):
    """The warta_parse_flags of these arguments."""
    return ((_lib.WARTA_PARSE_LENIENT if lenient else 0) |
            (_lib.WARTA_PARSE_GUESS_NAMES if guess_names else 0))


def _options(reference, pflags, max_input):
    """The warta_parse_options of these arguments (``pflags``: warta_parse_flags),
    or None for the defaults."""
    if reference is None and not pflags and not max_input:
        return None
    return _lib.ParseOptions(_lib.WARTA_PARSE_OPTIONS_VERSION, _reference_bytes(reference),
                             int(max_input or 0), pflags)


def _article(data, s, raw, lenient):
    """The Article of ``raw``, the output (bytes) of warta_parse_marshal()
    (or, from a library without it, of warta_parse_json()) for the input
    ``data`` (UTF-8 bytes) and ``s`` (the same as str, or None)."""
    if s is None:
        s = decode(data)
    if lenient and "\x00" in s:
        s = s.replace("\x00", "?")  # as the library saw it
    if raw[:1] != b"{":
        return _build_marshal(_marshal_loads(raw), s)
    js = raw.decode("utf-8")  # json.loads(str) is twice as fast as on bytes
    S, X = offset_tables(data, len(s))
    return _build(_json_loads(js), s, js, S, X)


# parse_many's workers parse this many texts in one foreign call: the
# calling thread, building the objects, then gives the interpreter lock to a
# worker once a batch instead of twice an article (each hand-over between
# cores costs)
_MANY_BATCH = 16
# and at most this many batches per worker are handed out and not yet built
# (bounds the results waiting, without draining the pipeline)
_MANY_WINDOW = 4
# on a warta_pool: at most this many texts per parsing thread submitted and
# not yet built
_POOL_AHEAD = 32


def _first(r):
    return r[0]


class Context:
    """The gazetteers, loaded once; immutable, thread-safe and reusable.

    ``user_gazetteer`` adds entries (TSV, see docs/DATA.md): a path (str or
    os.PathLike) or the file's content as ``bytes``.

    Close it with :meth:`close`, a ``with`` block, or let the garbage
    collector do it. Closing while other threads still parse with it is safe:
    the C context is freed when the last of those parses returns.
    """

    def __init__(self, user_gazetteer=None):
        self._ptr = None
        self._lock = threading.Lock()
        self._active = 0
        self._closed = False
        L = self._L = _lib.lib()
        opts = None
        if user_gazetteer is not None:
            opts = _lib.ContextOptions()
            opts.version = _lib.WARTA_CONTEXT_OPTIONS_VERSION
            if isinstance(user_gazetteer, (bytes, bytearray, memoryview)):
                blob = bytes(user_gazetteer)
                opts.user_gazetteer_data = blob
                opts.user_gazetteer_len = len(blob)
            else:
                opts.user_gazetteer_path = os.fsencode(user_gazetteer)
        ptr = _c_void_p()
        err = _ErrStruct()
        rc = L.warta_context_new(_byref(opts) if opts is not None else None, _byref(ptr),
                                 _byref(err))
        if rc != 0:
            name = L.warta_strerror(rc).decode("utf-8", "replace")
            raise error_class(rc)(rc, name, err.message.decode("utf-8", "replace"),
                                  int(err.offset), -1)
        self._ptr = ptr.value

    # -- lifetime -----------------------------------------------------------
    def _acquire(self):
        with self._lock:
            if self._closed:
                raise ValueError("warta: the Context is closed")
            self._active += 1
            return self._ptr

    def _release(self):
        with self._lock:
            self._active -= 1
            last = self._closed and self._active == 0
        if last:
            self._free()

    def _free(self):
        ptr, self._ptr = self._ptr, None
        if ptr:
            self._L.warta_context_free(ptr)

    def close(self):
        """Free the C context (idempotent)."""
        lock = getattr(self, "_lock", None)
        if lock is None:  # __init__ failed early
            return
        with lock:
            if self._closed:
                return
            self._closed = True
            free_now = self._active == 0
        if free_now:
            self._free()

    @property
    def closed(self):
        return self._closed

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        try:
            self.close()
        except Exception:  # interpreter shutdown
            pass

    def __repr__(self):
        return "<warta.Context %s>" % ("closed" if self._closed else "open")

    @property
    def gazetteer_size(self):
        """Number of gazetteer entries (compiled-in and user)."""
        ptr = self._acquire()
        try:
            return self._L.warta_context_gazetteer_size(ptr)
        finally:
            self._release()

    # -- parsing ------------------------------------------------------------
    def _json(self, data, reference, pflags, max_input, flags):
        """Parse ``data`` and return the library's JSON as bytes: one call of
        warta_parse_json(), the only one per article that releases the GIL
        (each release is a chance for another thread to take the
        interpreter, and taking it back costs a wake-up)."""
        return self._call(self._L.warta_parse_json, data, reference, pflags, max_input, flags)

    def _data(self, data, reference, pflags, max_input):
        """What :func:`_article` builds from: the output of warta_parse_marshal(),
        or of warta_parse_json() when the library predates it."""
        fn = self._L.warta_parse_marshal_or_none
        if fn is None:
            return self._json(data, reference, pflags, max_input, 0)
        return self._call(fn, data, reference, pflags, max_input, None)

    def _call(self, fn, data, reference, pflags, max_input, flags):
        """One call of ``fn``, warta_parse_json() (``flags``: its flags) or
        warta_parse_marshal() (``flags`` None): its output as bytes, or the
        error raised."""
        L = self._L
        o = _options(reference, pflags, max_input)
        opts = None if o is None else _byref(o)
        out = _c_void_p()
        n = _c_size_t()
        err = _ErrStruct()
        ptr = self._acquire()
        try:
            if flags is None:
                rc = fn(ptr, data, len(data), opts, _byref(out), _byref(n), _byref(err))
            else:
                rc = fn(ptr, data, len(data), opts, flags, _byref(out), _byref(n), _byref(err))
        finally:
            self._release()
        if rc != 0:
            _raise(L, err, data)
        try:
            return _string_at(out, n.value)
        finally:
            L.warta_free_keep_gil(out)

    def _batch(self, enc, reference, pflags, max_input):
        """Parse the ``(i, data, s)`` of ``enc`` in one foreign call: a list of
        ``(i, data, s, warta_parse_marshal()'s bytes)``, or ``(i, None, None,
        exception)`` for the texts that failed."""
        L = self._L
        fn = L.warta_parse_marshal_batch_or_none
        if fn is None:
            res = []
            for i, data, s in enc:
                try:
                    res.append((i, data, s, self._data(data, reference, pflags, max_input)))
                except WartaError as e:
                    res.append((i, None, None, e))
            return res
        k = len(enc)
        o = _options(reference, pflags, max_input)
        datas = [d for _, d, _ in enc]
        texts = (ctypes.c_char_p * k)(*datas)
        lens = (_c_size_t * k)(*map(len, datas))
        outs = (_c_void_p * k)()
        out_lens = (_c_size_t * k)()
        rcs = (ctypes.c_int * k)()
        errs = (_ErrStruct * k)()
        ptr = self._acquire()
        try:
            fn(ptr, k, texts, lens, None if o is None else _byref(o), outs, out_lens, rcs, errs)
        finally:
            self._release()
        res = []
        free = L.warta_free_keep_gil
        try:
            for j, (i, data, s) in enumerate(enc):
                if rcs[j] == 0:
                    res.append((i, data, s, _string_at(outs[j], out_lens[j])))
                else:
                    try:
                        _raise(L, errs[j], data)
                    except WartaError as e:
                        res.append((i, None, None, e))
        finally:
            for p in outs:
                if p:
                    free(p)
        return res

    def parse(self, text, reference=None, *, lenient=False, max_input=None,
              guess_names=False):
        """Parse one article; see :func:`warta.parse`."""
        data, s = _encode(text, lenient)
        return _article(data, s,
                        self._data(data, reference, _pflags(lenient, guess_names), max_input),
                        lenient)

    def parse_many(self, texts, reference=None, *, lenient=False, max_input=None,
                   threads=None, guess_names=False):
        """Parse many articles into a list; see :func:`warta.parse_many`."""
        return list(self.iter_parse(texts, reference, lenient=lenient, max_input=max_input,
                                    threads=threads, guess_names=guess_names))

    def iter_parse(self, texts, reference=None, *, lenient=False, max_input=None,
                   threads=None, guess_names=False):
        """Parse an iterable of articles lazily; see :func:`warta.iter_parse`."""
        pflags = _pflags(lenient, guess_names)
        if threads is None:
            threads = os.cpu_count() or 1
        threads = max(1, int(threads))
        if hasattr(texts, "__len__"):  # no more workers than batches
            threads = min(threads, max(1, -(-len(texts) // _MANY_BATCH)))
        self._acquire()  # a closed Context fails here, not at the first next()
        self._release()
        if self._L.warta_pool_new_or_none is not None:
            return self._stream_pool(iter(texts), reference, pflags, max_input, threads,
                                     lenient)
        return self._stream(iter(texts), reference, pflags, max_input, threads, lenient)

    def _stream_pool(self, it, reference, pflags, max_input, threads, lenient):
        """The generator behind iter_parse and parse_many, on a warta_pool.

        The pool's ``threads - 1`` C threads parse the texts submitted,
        oldest first, and never touch the interpreter; this thread reads
        ``it``, encodes and submits up to _POOL_AHEAD texts per thread
        ahead, takes each result in order (warta_pool_next(), without the
        GIL: until the result is ready it parses texts no worker has
        started, and waits only when there are none) and builds the
        Article. Python's part stays in this one thread and no worker ever
        waits for the GIL. A text that fails to encode,
        or the input raising, is kept in the queue at its place and raised
        there; a text the library refuses raises its error there too."""
        L = self._L
        cap = _POOL_AHEAD * threads
        o = _options(reference, pflags, max_input)
        po = _lib.PoolOptions()
        L.warta_pool_options_init(_byref(po), 1)
        po.threads = threads - 1
        po.capacity = cap
        po.output = _lib.WARTA_POOL_MARSHAL
        if o is not None:
            po.parse = ctypes.pointer(o)
        err = _ErrStruct()
        pool = _c_void_p()
        ctx = self._acquire()  # the context outlives the pool
        try:
            if L.warta_pool_new(ctx, _byref(po), _byref(pool), _byref(err)) != 0:
                _raise(L, err, b"")
            submit = L.warta_pool_submit_keep_gil
            take = L.warta_pool_next
            free = L.warta_free_keep_gil
            queued = collections.deque()  # (data, s) submitted, or (None, exception)
            more = True
            out = _c_void_p()
            n = _c_size_t()
            rout, rn, rerr = _byref(out), _byref(n), _byref(err)
            while True:
                while more and len(queued) < cap:
                    try:
                        data, s = _encode(next(it), lenient)
                    except StopIteration:
                        more = False
                        break
                    except BaseException as e:  # raised at its place
                        queued.append((None, e))
                        more = False
                        break
                    if submit(pool, data, len(data), rerr) != 0:
                        _raise(L, err, b"")
                    queued.append((data, s))
                if not queued:
                    return
                data, s = queued.popleft()
                if data is None:
                    raise s
                if take(pool, rout, rn, rerr) != 0:
                    _raise(L, err, data)
                try:
                    raw = _string_at(out.value, n.value)
                finally:
                    free(out)
                yield _article(data, s, raw, lenient)
        finally:
            if pool:
                L.warta_pool_free(pool)  # joins the workers; the texts queued are dropped
            self._release()

    def _stream(self, it, reference, pflags, max_input, threads, lenient):
        """The generator behind iter_parse and parse_many.

        ``threads`` threads parse, this one included: ``threads - 1``
        workers, and this thread whenever the batch it must yield next is
        not ready. A thread takes the next _MANY_BATCH texts of ``it``
        (under a lock: an iterator may not be advanced by two threads at
        once) and parses them in one foreign call without the GIL; this
        thread alone builds the Articles, from the marshal data, and yields
        them in input order. At most _MANY_WINDOW batches per thread are
        taken and not yet built, so memory stays bounded however long the
        input and however slow the consumer. A text that fails, or the
        input iterable raising, ends the stream with that exception at its
        place in the order, after the Articles before it."""
        take_lock = threading.Lock()
        results = queue.SimpleQueue()
        window = threading.Semaphore(_MANY_WINDOW * threads)
        stop = []  # non-empty: the consumer is gone or the input ended
        state = [0, 0]  # next batch number, texts taken so far
        batch = self._batch

        def take():
            """The next batch, parsed: (its number, its list of (index,
            data, s, marshal bytes) or (index, None, None, exception)),
            the input's own exception last; an empty list after the end."""
            with take_lock:
                k, i0 = state
                if stop:
                    return k, []
                chunk = []
                exc = None
                try:
                    for _ in range(_MANY_BATCH):
                        chunk.append(next(it))
                except StopIteration:
                    stop.append(True)
                except BaseException as e:  # the input's own error, in its place
                    exc = e
                    stop.append(True)
                state[0] = k + 1
                state[1] = i0 + len(chunk)
            # C parses only: the least Python possible between two calls
            enc = []
            res = []
            for i, t in enumerate(chunk, i0):
                try:
                    data, s = _encode(t, lenient)
                    enc.append((i, data, s))
                except BaseException as e:  # handed to the consumer
                    res.append((i, None, None, e))
            if enc:
                try:
                    res += batch(enc, reference, pflags, max_input)
                except BaseException as e:
                    res += [(i, None, None, e) for i, _, _ in enc]
                res.sort(key=_first)
            if exc is not None:
                res.append((i0 + len(chunk), None, None, exc))
            return k, res

        def work():
            while True:
                window.acquire()
                k, res = take()
                results.put((k, res))
                if len(res) < _MANY_BATCH or res[-1][1] is None:
                    return  # the end, or an error (it ends the stream)

        workers = [threading.Thread(target=work, daemon=True) for _ in range(threads - 1)]
        for w in workers:
            w.start()
        ready = {}
        want = 0
        try:
            while True:
                while want not in ready:
                    # a batch a worker has parsed, else one parsed here (the
                    # workers alone would leave this thread idle, or with
                    # one thread all of it), else wait for the workers
                    try:
                        k, res = results.get_nowait()
                    except queue.Empty:
                        if not stop and window.acquire(blocking=False):
                            k, res = take()
                        else:
                            k, res = results.get()
                    ready[k] = res
                res = ready.pop(want)
                want += 1
                window.release()
                for i, data, s, raw in res:
                    if data is None:
                        raise raw
                    yield _article(data, s, raw, lenient)
                if len(res) < _MANY_BATCH:  # the last batch (or an empty one)
                    return
        finally:
            with take_lock:
                stop.append(True)
            for w in workers:
                window.release()  # wake the workers waiting for a batch
            for w in workers:
                w.join()

    def parse_json(self, text, reference=None, *, lenient=False, max_input=None, pretty=False,
                   guess_names=False):
        """The library's JSON for one article, as a str (warta_article_to_json())."""
        data, s = _encode(text, lenient)
        return self._json(data, reference, _pflags(lenient, guess_names), max_input,
                          _lib.WARTA_JSON_PRETTY if pretty else 0).decode("utf-8")


_default = None
_default_lock = threading.Lock()


def default_context():
    """The module-level Context, created on first use (thread-safe)."""
    global _default
    ctx = _default
    if ctx is None:
        with _default_lock:
            if _default is None:
                _default = Context()
            ctx = _default
    return ctx


def parse(text, reference=None, *, lenient=False, context=None, max_input=None,
          guess_names=False):
    """Parse one article into an :class:`Article`.

    Args:
        text: the article, ``str`` or UTF-8 ``bytes``.
        reference: instant that relative dates resolve against: ISO 8601 string
            (``2023-05-05``, ``2023-05-05T12:00:00+08:00``; no zone means WIB) or a
            ``datetime``/``date``. None: the article's own published instant.
        lenient: replace invalid UTF-8 and NUL bytes by '?' (with a warning each)
            instead of raising.
        context: the :class:`Context` to use; default: :func:`default_context`.
        max_input: refuse inputs larger than this many bytes (default 64 MiB).
        guess_names: also type the capitalised names no rule typed with the
            learned model (off by default: on news about a third to a half of
            its guesses are right, docs/NER.md); such entities have
            ``guessed`` True.

    Raises:
        Utf8Error, NulError: invalid input (``.offset`` in bytes, ``.char_offset``
            as a string index); TooBigError; InvalidArgumentError for a bad
            reference; LibraryNotFoundError when libwarta cannot be loaded.
    """
    return (context or default_context()).parse(text, reference, lenient=lenient,
                                                max_input=max_input, guess_names=guess_names)


def parse_many(texts, reference=None, *, lenient=False, context=None, max_input=None,
               threads=None, guess_names=False):
    """Parse an iterable of articles into a list of :class:`Article`, in order.

    The same as ``[parse(t, ...) for t in texts]``, parsed on ``threads``
    threads (default: the number of CPUs), the calling thread included: the
    C threads of a warta_pool (``threads - 1`` of them), which never take
    the GIL, parse the texts ahead, and the calling thread builds every
    object and parses a text itself whenever the one it needs next is not
    ready. So the Python part stays in one thread and no thread waits for
    the GIL; docs/python.md has the speed-ups measured. For throughput
    across machines, Dask (bindings/python/examples/dask_parse.py).
    ``list(iter_parse(...))``:
    for a long input, iterate :func:`iter_parse` instead of keeping a list.

    Raises the error of the first text, in input order, that fails; nothing
    is returned then.
    """
    return (context or default_context()).parse_many(texts, reference, lenient=lenient,
                                                     max_input=max_input, threads=threads,
                                                     guess_names=guess_names)


def iter_parse(texts, reference=None, *, lenient=False, context=None, max_input=None,
               threads=None, guess_names=False):
    """Parse an iterable of articles lazily: an iterator of :class:`Article`, in order.

    What :func:`parse_many` does, without the list: the texts are read as
    they are needed (``texts`` may be a generator, e.g. reading a JSON Lines
    file) and parsed on ``threads`` threads (default: the number of CPUs),
    the iterating thread included, which builds each Article when it is
    reached. At most 32 texts per thread are read ahead, so memory stays
    flat over any number of articles, and an Article the caller drops is
    freed at once (a list of every Article also costs the garbage collector
    more the longer it gets).

    A text that fails raises its error when the iteration reaches it, after
    the Articles before it; so does an exception of ``texts`` itself.
    Leaving the loop early (``break``, an exception) stops the workers.
    """
    return (context or default_context()).iter_parse(texts, reference, lenient=lenient,
                                                     max_input=max_input, threads=threads,
                                                     guess_names=guess_names)


def parse_json(text, reference=None, *, lenient=False, context=None, max_input=None,
               pretty=False, guess_names=False):
    """Like :func:`parse` but return the C library's JSON string."""
    return (context or default_context()).parse_json(text, reference, lenient=lenient,
                                                     max_input=max_input, pretty=pretty,
                                                     guess_names=guess_names)
