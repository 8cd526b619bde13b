"""An alternative builder: the dataclass tree from the C accessors (one
ctypes call per field) instead of the library's JSON.

Not used by :func:`warta.parse`. bench/bindings_bench.py measures it over
the 1,486 corpus articles: all its work is Python holding the GIL (a few
hundred ctypes calls, ~0.3 us each even through ctypes.PyDLL, which keeps
the GIL), about twice the marshal route of warta.parse; and
Article.to_json() would need the C article kept alive or serialised anyway.
Kept for the benchmark and a cross-check test (builds with each
dataclass's __init__).
"""
import ctypes

from . import _lib
from ._offsets import char_mapper, decode
from .model import (Article, Attribution, Block, Dateline, Entity, Mention, Paragraph,
                    ParseWarning, Related, Timex)

_ATTR_FIELDS = (1, 2, 3, 4, 5, 6)  # source, reporter, editor, translator, photographer, initials


def _s(b):
    return None if b is None else b.decode("utf-8")


def parse_with_accessors(ctx, text, reference=None, lenient=False, guess_names=False):
    """Parse with ``ctx`` (a warta.Context) and build the Article from the accessors."""
    from . import _encode, _raise  # late: avoids an import cycle
    L = ctx._L
    data, s = _encode(text, lenient)
    opts = None
    if reference is not None or lenient or guess_names:
        o = _lib.ParseOptions(1, None if reference is None else reference.encode(), 0,
                              (_lib.WARTA_PARSE_LENIENT if lenient else 0) |
                              (_lib.WARTA_PARSE_GUESS_NAMES if guess_names else 0))
        opts = ctypes.byref(o)
    art = ctypes.c_void_p()
    err = _lib.WartaErrorStruct()
    ptr = ctx._acquire()
    try:
        if L.warta_parse(ptr, data, len(data), opts, ctypes.byref(art), ctypes.byref(err)) != 0:
            _raise(L, err, data)
    finally:
        ctx._release()
    try:
        if s is None:
            s = decode(data)
        return build(L, art, s, char_mapper(data, len(s)))
    finally:
        L.warta_article_free(art)


def build(L, a, text, ch):
    """The Article of the C article handle ``a``."""
    i0 = ctypes.c_int64()
    i1 = ctypes.c_int64()
    k = ctypes.c_int()
    r0 = ctypes.byref(i0)
    r1 = ctypes.byref(i1)
    rk = ctypes.byref(k)

    def span():
        return i0.value, i1.value, ch(i0.value), ch(i1.value)

    guessed = L.warta_entity_guessed_or_none

    def entities(count, get):
        out = []
        for i in range(count):
            e = get(i)
            ms = []
            for j in range(L.warta_entity_mention_count(e)):
                L.warta_entity_mention(e, j, r0, r1)
                st, en, cs, ce = span()
                ms.append(Mention(text[cs:ce], st, en, cs, ce))
            t = L.warta_entity_type(e)
            tname = _s(L.warta_entity_type_name(t))
            ent = Entity(tname, _s(L.warta_entity_name(e)), ms)
            if t == 1:
                ent.title = _s(L.warta_entity_title(e))
                ent.affiliation = _s(L.warta_entity_affiliation(e))
            elif t == 2:
                ent.iso = _s(L.warta_entity_iso(e))
                ent.iso3 = _s(L.warta_entity_iso3(e))
            elif t == 3:
                ent.acronym = _s(L.warta_entity_acronym(e))
            elif t == 4:
                ent.iso = _s(L.warta_entity_iso(e))
                ent.province = _s(L.warta_entity_province(e))
                ent.timezone = _s(L.warta_entity_timezone(e))
            if guessed is not None and guessed(e):
                ent.guessed = True
            out.append(ent)
        return out

    dl = None
    if L.warta_article_has_dateline(a):
        L.warta_article_dateline_span(a, r0, r1)
        dl = Dateline(_s(L.warta_article_dateline_place(a)), _s(L.warta_article_dateline_agency(a)),
                      _s(L.warta_article_dateline_source(a)),
                      _s(L.warta_article_dateline_country(a)),
                      _s(L.warta_article_dateline_province(a)),
                      _s(L.warta_article_dateline_timezone(a)), *span())
    paragraphs = []
    for i in range(L.warta_article_paragraph_count(a)):
        L.warta_article_paragraph(a, i, r0, r1)
        paragraphs.append(Paragraph(*span()))
    times = []
    for i in range(L.warta_article_time_count(a)):
        t = L.warta_article_time(a, i)
        L.warta_timex_span(t, r0, r1)
        times.append(Timex(_s(L.warta_timex_text(t)), _s(L.warta_timex_value(t)),
                           _s(L.warta_timex_end_value(t)),
                           _s(L.warta_granularity_name(L.warta_timex_granularity(t))),
                           bool(L.warta_timex_anchored(t)), _s(L.warta_timex_relative(t)),
                           *span()))
    related = []
    for i in range(L.warta_article_related_count(a)):
        r = L.warta_article_related(a, i)
        L.warta_related_span(r, r0, r1)
        related.append(Related(_s(L.warta_related_kind_name(L.warta_related_kind(r))),
                               _s(L.warta_related_title(r)), _s(L.warta_related_published(r)),
                               *span(),
                               entities(L.warta_related_entity_count(r),
                                        lambda j, r=r: L.warta_related_entity(r, j))))
    blocks = []
    for i in range(L.warta_article_block_count(a)):
        L.warta_article_block(a, i, rk, r0, r1)
        blocks.append(Block(_s(L.warta_block_kind_name(k.value)), *span()))
    warnings = []
    for i in range(L.warta_article_warning_count(a)):
        msg = L.warta_article_warning(a, i, r0)
        warnings.append(ParseWarning(_s(msg), i0.value, ch(i0.value)))
    return Article(
        dl, _s(L.warta_article_published(a)), _s(L.warta_article_reference(a)), paragraphs,
        entities(L.warta_article_entity_count(a), lambda j: L.warta_article_entity(a, j)),
        times, related,
        Attribution(*[_s(L.warta_article_attribution(a, f)) for f in _ATTR_FIELDS]),
        blocks, warnings, _s(L.warta_version_string()), text, None)
