"""Tests of the Python binding: the seed article, errors with byte and
character offsets, str vs bytes, character offsets on multi-byte text,
threads sharing one Context, and the JSON string."""
import contextlib
import datetime
import json
import os
import threading
import time

import pytest

from conftest import corpus_files, read_text

import warta


# ---- the seed article -------------------------------------------------------

@pytest.fixture(scope="module")
def seed(seed_path, ctx):
    text = read_text(seed_path)
    return text, ctx.parse(text)


def test_seed_dateline(seed):
    text, a = seed
    # the article opens with `Beijing (ANTARA) - Menteri Luar Negeri China Qin Gang`
    assert a.dateline is not None
    assert a.dateline.place == "Beijing"
    assert a.dateline.agency == "ANTARA"
    assert a.dateline.country == "CN"
    assert a.dateline.timezone == "Asia/Shanghai"
    assert a.dateline.start == 0 and a.dateline.char_start == 0
    assert text[a.dateline.char_start:a.dateline.char_end].startswith("Beijing (ANTARA)")


def test_seed_structure(seed):
    text, a = seed
    # 35 lines: 15 body lines, 2 `Baca juga:`, `Sumber: Reuters`, `Berita Lainnya`
    # and 8 headlines each followed by its `16 November 2024 HH:MM WIB` line
    assert len(a.paragraphs) == 15
    assert a.attribution.source == "Reuters"
    kinds = [r.kind for r in a.related]
    assert kinds == ["read_also"] * 2 + ["more_news"] * 8
    first = a.related[2]
    assert first.title.startswith("UNIFIL berduka atas tewasnya petugas penjaga perdamaian")
    assert first.published == "2024-11-16T16:25:00+07:00"  # `16 November 2024 16:25 WIB`
    assert text[first.char_start:first.char_end].startswith("UNIFIL")


def test_seed_person(seed):
    text, a = seed
    qin = [e for e in a.entities if e.type == "person" and e.name == "Qin Gang"]
    assert qin, "Qin Gang not found"
    assert qin[0].title == "Menteri Luar Negeri"
    for m in qin[0].mentions:
        assert text[m.char_start:m.char_end] == m.text


def test_str_and_bytes_agree(seed_path, ctx):
    text = read_text(seed_path)
    a = ctx.parse(text)
    b = ctx.parse(text.encode("utf-8"))
    assert a == b
    assert a.to_json() == b.to_json()
    assert a.text == b.text == text


def test_to_json_is_the_library_json(seed_path, ctx):
    text = read_text(seed_path)
    a = ctx.parse(text)
    s = a.to_json()
    assert isinstance(s, str) and "\n" not in s
    assert s == warta.parse_json(text, context=ctx)
    d = json.loads(s)
    assert d["dateline"]["place"] == a.dateline.place
    assert len(d["paragraphs"]) == len(a.paragraphs)
    pretty = warta.parse_json(text, context=ctx, pretty=True)
    assert "\n" in pretty and json.loads(pretty) == d


# ---- errors ----------------------------------------------------------------------

def test_invalid_utf8_offsets():
    # `Jakarta ` is 8 bytes, `“` 3 bytes (1 character), then a stray continuation byte
    data = b"Jakarta \xe2\x80\x9c\x80 kata"
    with pytest.raises(warta.Utf8Error) as ei:
        warta.parse(data)
    e = ei.value
    assert isinstance(e, warta.WartaError) and isinstance(e, ValueError)
    assert e.code == -3
    assert e.offset == 11
    assert e.char_offset == 9
    assert e.name == "invalid UTF-8"
    assert e.message


def test_lenient_replaces_bytes():
    data = b"Jakarta \xe2\x80\x9c\x80 kata"
    a = warta.parse(data, lenient=True)
    assert a.text == "Jakarta \u201c? kata"
    assert [w.offset for w in a.warnings] == [11]
    assert a.warnings[0].char_offset == 9
    b = warta.parse("Jakarta \u201c\x00 kata", lenient=True)  # NUL: replaced too
    assert b.text == a.text and b.warnings == a.warnings


def test_nul_in_str():
    with pytest.raises(warta.NulError) as ei:
        warta.parse("a\u201cb\x00c")  # a=1 byte, “=3, b=1: NUL at byte 5, char 3
    assert (ei.value.offset, ei.value.char_offset) == (5, 3)


def test_lone_surrogate():
    with pytest.raises(warta.Utf8Error) as ei:
        warta.parse("ab\ud800c")
    assert ei.value.char_offset == 2 and ei.value.offset == 2
    assert warta.parse("ab\ud800c", lenient=True).text == "ab?c"


def test_bad_reference_and_too_big():
    with pytest.raises(warta.InvalidArgumentError):
        warta.parse("Jakarta (ANTARA) - Kemarin hujan.", reference="kemarin")
    with pytest.raises(warta.TooBigError):
        warta.parse("0123456789", max_input=4)
    with pytest.raises(TypeError):
        warta.parse(12)


def test_reference_accepts_datetime():
    text = "Jakarta (ANTARA) - Hujan turun kemarin."
    a = warta.parse(text, reference=datetime.date(2023, 5, 5))
    b = warta.parse(text, reference="2023-05-05")
    assert a == b
    assert a.reference is not None and a.reference.startswith("2023-05-05")


def test_empty_input():
    a = warta.parse("")
    assert a.dateline is None and a.paragraphs == [] and a.entities == []


def test_context_lifecycle(library):
    with warta.Context() as c:
        a = c.parse("Jakarta (ANTARA) - Hujan.")
        assert a.dateline is not None
        assert c.gazetteer_size > 0
        js = c.parse_json("Jakarta (ANTARA) - Hujan.")
    assert c.closed
    # an Article outlives its Context: everything, its JSON included, is in it
    assert a.to_json() == js and a.dateline.place == "Jakarta"
    with pytest.raises(ValueError):
        c.parse("x")
    c.close()  # idempotent


USER_GAZETTEER = (b"# a place the compiled-in data lacks (the example of docs/DATA.md)\n"
                  b"place\tSembalun\tiso2=ID\tprovince=ID-NB\ttz=Asia/Makassar"
                  b"\tsubkind=district\n")
USER_TEXT = "Mataram (ANTARA) - Warga meninjau Sembalun pada Senin.\n"


def test_user_gazetteer(library, tmp_path):
    path = tmp_path / "extra.tsv"
    path.write_bytes(USER_GAZETTEER)
    for source in (USER_GAZETTEER, path, str(path)):
        with warta.Context(user_gazetteer=source) as c:
            found = [e for e in c.parse(USER_TEXT).entities if e.name == "Sembalun"]
            assert len(found) == 1
            # province and zone of a location: carried by the JSON only
            assert (found[0].type, found[0].province, found[0].timezone) == \
                ("location", "ID-NB", "Asia/Makassar")


def test_user_gazetteer_errors(library, tmp_path):
    with pytest.raises(warta.WartaIOError) as ei:
        warta.Context(user_gazetteer=str(tmp_path / "missing.tsv"))
    assert ei.value.code == -7
    with pytest.raises(warta.DataError) as ei:
        warta.Context(user_gazetteer=b"place\tSembalun\n\nbogus\tX\n")
    assert ei.value.offset == 16  # `place\tSembalun\n` (15 bytes), `\n`, then the bad line


# ---- character offsets -------------------------------------------------------

def _spans(a):
    if a.dateline:
        yield a.dateline
    yield from a.paragraphs
    yield from a.blocks
    yield from a.times
    for e in a.entities:
        yield from e.mentions
    for r in a.related:
        yield r
        for e in r.entities:
            yield from e.mentions


def _check_offsets(text, a):
    data = text.encode("utf-8")
    n = 0
    moved = 0
    for s in _spans(a):
        assert text[s.char_start:s.char_end].encode("utf-8") == data[s.start:s.end]
        moved += s.char_start != s.start
        n += 1
    for m in (m for e in a.entities for m in e.mentions):
        assert text[m.char_start:m.char_end] == m.text
    for t in a.times:
        assert text[t.char_start:t.char_end] == t.text
    return n, moved


MULTIBYTE = (
    "Jakarta\u00a0(ANTARA) - Menteri Luar Negeri Retno Marsudi mengatakan \u201ckerja sama "
    "dengan\u00a0China dan India\u201d semakin erat pada Kamis (4/5/2023) di Jakarta.\n"
    "\u201cKami siap,\u201d kata Retno Marsudi \u2013 yang tiba di New Delhi pukul 10.00 WIB.\n"
    "Baca juga: Jepang dan Korea Selatan bahas kerja sama \u2014 ringkasan\n")


def test_char_offsets_multibyte(ctx):
    a = ctx.parse(MULTIBYTE)
    n, moved = _check_offsets(MULTIBYTE, a)
    assert n > 0 and moved > 0  # some spans lie after a multi-byte character
    assert a == ctx.parse(MULTIBYTE.encode("utf-8"))


def test_char_offsets_corpus(ctx):
    for path in corpus_files(60):
        text = read_text(path)
        _check_offsets(text, ctx.parse(text))


def test_accessor_builder_agrees(ctx):
    """The JSON route (used; objects built from the JSON dicts) and the accessor
    route (each dataclass's __init__) build equal trees, printed alike."""
    from warta._accessors import parse_with_accessors

    for path in corpus_files(30):
        text = read_text(path)
        a, b = ctx.parse(text), parse_with_accessors(ctx, text)
        assert a == b, path
        assert repr(a) == repr(b), path


def _json_route(ctx, text, **kw):
    """ctx.parse() through warta_parse_json() (the route for a library without
    warta_parse_marshal()): dicts, offsets mapped in Python."""
    L = ctx._L
    fn = L.warta_parse_marshal_or_none
    L.warta_parse_marshal_or_none = None
    try:
        return ctx.parse(text, **kw)
    finally:
        L.warta_parse_marshal_or_none = fn


def test_marshal_route_agrees(ctx):
    """warta_parse_marshal() (character offsets from C) and warta_parse_json()
    (offsets mapped in Python) give equal Articles and the same JSON, with a
    reference, from bytes, and in lenient mode around invalid bytes."""
    import random

    assert ctx._L.warta_parse_marshal_or_none is not None
    texts = [read_text(p) for p in corpus_files(40)] + [MULTIBYTE, ""]
    for t in texts:
        for kw in ({}, {"reference": "2023-12-01T12:00:00+07:00"}):
            a, b = ctx.parse(t, **kw), _json_route(ctx, t, **kw)
            assert a == b and a.to_json() == b.to_json() and a.text == b.text
        assert ctx.parse(t.encode("utf-8")) == _json_route(ctx, t.encode("utf-8"))
    # more than 255 items in a tuple and strings over 255 bytes (other marshal codes)
    long_text = ("Jakarta (ANTARA) - Retno Marsudi tiba di Bandung pada Kamis (4/5/2023).\n\n"
                 + "".join("Paragraf %d: Retno Marsudi ke Surabaya \u201cbesok\u201d pukul 10.00 WIB. "
                           "%s\n\n" % (i, "x" * 300) for i in range(300)))
    a = ctx.parse(long_text)
    assert len(a.paragraphs) > 255 and max(len(e.mentions) for e in a.entities) > 255
    assert a == _json_route(ctx, long_text) and a.to_json() == _json_route(ctx, long_text).to_json()
    rnd = random.Random(6)
    junk = [b"\x80", b"\xe2\x80", b"\xff", b"\x00", b"\xf0\x9f\x98", b"\xed\xa0\x80", b"\xc3",
            b"\xe2\x80\x9c"]
    for _ in range(60):
        data = bytearray(rnd.choice(texts).encode("utf-8")[:2000])
        for _ in range(rnd.randrange(1, 6)):
            p = rnd.randrange(len(data) + 1)
            data[p:p] = rnd.choice(junk)
        a, b = ctx.parse(bytes(data), lenient=True), _json_route(ctx, bytes(data), lenient=True)
        assert a == b and a.to_json() == b.to_json() and a.text == b.text
        _check_offsets(a.text, a)


def test_guess_names(ctx):
    """A basketball report (antara-0189): no list holds Kristaps Porzingis,
    so only the name guesser types him, marked guessed; the marshal, JSON
    and accessor routes agree, and without the flag nothing is guessed."""
    from warta._accessors import parse_with_accessors

    text = ("Bintang baru Celtics, Kristaps Porzingis tampil di bawah performa dengan hanya "
            "mencetak 9 poin. Sementara Jayson Tatum mencetak 29 poin untuk Celtics, Jaylen "
            "Brown 18 poin, Derrick White 16 poin, dan Luke Kornet 12 poin.")
    off = ctx.parse(text)
    assert "Kristaps Porzingis" not in [e.name for e in off.entities]
    assert not any(e.guessed for e in off.entities)
    on = ctx.parse(text, guess_names=True)
    e = next(e for e in on.entities if e.name == "Kristaps Porzingis")
    assert e.type == "person" and e.guessed and text[e.mentions[0].char_start:].startswith("Kristaps")
    assert not next(e for e in on.entities if e.name == "Jaylen Brown").guessed
    assert on == _json_route(ctx, text, guess_names=True)
    assert on == parse_with_accessors(ctx, text, guess_names=True)
    assert '"guessed":true' in on.to_json()
    assert warta.parse_many([text], guess_names=True, context=ctx)[0] == on
    assert '"guessed":true' in warta.parse_json(text, guess_names=True, context=ctx)


def test_objects_are_plain_dataclasses(seed, ctx):
    """What users may do with dataclasses works on parsed objects: fields,
    asdict, replace, pickle, setting a field; absent type-specific fields are None."""
    import copy
    import dataclasses
    import pickle

    text, a = seed
    assert dataclasses.is_dataclass(a) and dataclasses.is_dataclass(a.entities[0])
    assert [f.name for f in dataclasses.fields(a.paragraphs[0])] == \
        ["start", "end", "char_start", "char_end"]
    d = dataclasses.asdict(a)
    assert d["dateline"]["place"] == "Beijing" and d["text"] == text
    assert d["paragraphs"][0] == {"start": a.paragraphs[0].start, "end": a.paragraphs[0].end,
                                  "char_start": a.paragraphs[0].char_start,
                                  "char_end": a.paragraphs[0].char_end}
    qin = [e for e in a.entities if e.name == "Qin Gang"][0]
    assert (qin.iso, qin.iso3, qin.acronym, qin.province, qin.timezone) == (None,) * 5
    assert dataclasses.asdict(qin)["iso"] is None
    p = pickle.loads(pickle.dumps(a))
    assert p == a and repr(p) == repr(a) and p.to_json() == a.to_json()
    assert copy.deepcopy(a) == a
    m = a.entities[0].mentions[0]
    m2 = dataclasses.replace(m, text="x")
    assert type(m2) is type(m) and m2.text == "x" and m2.start == m.start and m2 != m
    b = ctx.parse(text)
    assert b == a
    b.entities[0].mentions[0].text = "changed"  # objects stay mutable and independent
    assert b != a and a.entities[0].mentions[0].text != "changed"


# ---- threads -------------------------------------------------------------------------

def test_threads_match_serial(ctx):
    texts = [read_text(p) for p in corpus_files(40)]
    serial = [ctx.parse(t) for t in texts]
    results = [None] * 8
    errors = []

    def work(k):
        try:
            order = [(i * 7 + k) % len(texts) for i in range(len(texts))]
            out = [None] * len(texts)
            for _ in range(2):
                for i in order:
                    out[i] = ctx.parse(texts[i])
            results[k] = out
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    for out in results:
        assert out == serial


def test_parse_many_matches_parse(ctx):
    texts = [read_text(p) for p in corpus_files(40)]
    texts += [texts[0].encode("utf-8"), "", "Jakarta \u201c\udc80 kata"]
    serial = [ctx.parse(t, lenient=True) for t in texts]
    for threads in (None, 1, 3):
        assert ctx.parse_many(iter(texts), lenient=True, threads=threads) == serial
    assert warta.parse_many([], context=ctx) == []
    ref = "2023-05-05T12:00:00+08:00"
    assert warta.parse_many(texts[:3], ref, context=ctx) == [ctx.parse(t, ref) for t in texts[:3]]


def test_parse_many_raises_first_failure(ctx):
    good = [read_text(p) for p in corpus_files(5)] or ["Jakarta (ANTARA) - Halo."]
    bad1 = b"Jakarta \xe2\x80\x9c\x80 kata"  # stray byte at 11
    bad2 = "ab\x00c"
    texts = good * 60 + [bad1] + good * 60 + [bad2]
    with pytest.raises(warta.Utf8Error) as ei:
        ctx.parse_many(texts, threads=2)
    assert (ei.value.offset, ei.value.char_offset) == (11, 9)
    with pytest.raises(warta.NulError):
        ctx.parse_many(good + [bad2, bad1], threads=2)
    with pytest.raises(TypeError):
        ctx.parse_many(good + [42])
    assert ctx.parse_many(good) == [ctx.parse(t) for t in good]  # still usable


def _meeting(i):
    """A one-sentence article whose time expression tells its position i."""
    day = 1 + i % 28
    return ("Jakarta (ANTARA) - Rapat ke-%d digelar pada %d November 2023 pukul 10.00 WIB "
            "di Gedung DPR." % (i, day), "2023-11-%02dT10:00:00+07:00" % day)


@contextlib.contextmanager
def _route(ctx, route):
    """iter_parse on a warta_pool ("pool"), or on Python worker threads, the
    route for a library without warta_pool_new() ("python threads")."""
    L = ctx._L
    fn = L.warta_pool_new_or_none
    if route == "pool":
        assert fn is not None
    else:
        L.warta_pool_new_or_none = None
    try:
        yield
    finally:
        L.warta_pool_new_or_none = fn


def _os_threads(want=None):
    """Threads of this process, the C library's included (Linux), else
    Python's. A thread joined may stay listed a moment after the join
    returns (the kernel wakes the joiner before it has removed the
    thread): with ``want``, wait up to 5 s for that count; without, for
    the count to hold still for 50 ms."""
    def count():
        try:
            return len(os.listdir("/proc/self/task"))
        except OSError:
            return threading.active_count()

    n, last, deadline = count(), None, time.monotonic() + 5
    while time.monotonic() < deadline and (n != want if want is not None else n != last):
        last = n
        time.sleep(0.05)
        n = count()
    return n


ROUTES = ["pool", "python threads"]


@pytest.mark.parametrize("route", ROUTES)
def test_iter_parse_streams_in_order(ctx, route):
    """iter_parse yields the articles of a generator in input order, reads
    it only as far as needed (an endless input works) and stops its
    workers when the loop is left."""
    with _route(ctx, route):
        _streams_in_order(ctx)


def _streams_in_order(ctx):
    taken = []

    def endless():
        i = 0
        while True:
            taken.append(i)
            yield _meeting(i)[0]
            i += 1

    before = _os_threads()
    it = ctx.iter_parse(endless(), threads=3)
    for i, a in zip(range(100), it):
        assert a.times[0].value == _meeting(i)[1], i
        assert a.dateline.place == "Jakarta"
        if i == 0:  # two workers parse beside this thread
            assert _os_threads(before + 2) == before + 2
    it.close()
    assert _os_threads(before) == before  # the workers are joined
    # read ahead: at most 4 batches of 16 per thread beyond the 100 built
    assert 100 <= len(taken) <= 100 + 3 * 4 * 16 + 16
    texts = [_meeting(i)[0] for i in range(70)]
    serial = [ctx.parse(t) for t in texts]
    for threads in (None, 1, 3):
        assert list(warta.iter_parse(iter(texts), context=ctx, threads=threads)) == serial
        assert list(ctx.iter_parse(texts, threads=threads)) == serial
    assert list(ctx.iter_parse([])) == []


@pytest.mark.parametrize("route", ROUTES)
def test_iter_parse_errors_in_place(ctx, route):
    """A text that fails, or the input raising, ends the stream at its
    place: the articles before it come first."""
    with _route(ctx, route):
        _errors_in_place(ctx)


def _errors_in_place(ctx):
    texts = [_meeting(i)[0] for i in range(40)]
    bad = b"Jakarta \xe2\x80\x9c\x80 kata"  # stray byte at 11
    got = []
    with pytest.raises(warta.Utf8Error) as ei:
        for a in ctx.iter_parse(texts[:37] + [bad] + texts, threads=2):
            got.append(a)
    assert (ei.value.offset, ei.value.char_offset) == (11, 9)
    assert [a.times[0].value for a in got] == [_meeting(i)[1] for i in range(37)]

    def broken():
        yield from texts[:21]
        raise OSError("disk gone")

    got = []
    with pytest.raises(OSError, match="disk gone"):
        for a in ctx.iter_parse(broken(), threads=2):
            got.append(a)
    assert len(got) == 21
    it = ctx.iter_parse([texts[0], 42, texts[1]])
    assert next(it) == ctx.parse(texts[0])
    with pytest.raises(TypeError):
        next(it)
    with pytest.raises(StopIteration):
        next(it)
    closed = warta.Context()
    closed.close()
    with pytest.raises(ValueError):
        closed.iter_parse(texts)


def test_default_context_is_shared():
    assert warta.default_context() is warta.default_context()
