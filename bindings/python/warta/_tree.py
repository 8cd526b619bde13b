"""The Article tree from the library's JSON (already json.loads'ed), cheaply.

Every dict json.loads made becomes the ``__dict__`` of its object: the JSON
carries every field under the field's own name (docs/warta.schema.json), and
the few an entity type leaves out (a country has no ``title``) fall back to the
class defaults, None. The objects are the model's dataclasses, equal, printed
and pickled like ones built by their ``__init__``, at about a third of the cost
(no call of the generated ``__init__``, no field copied); together with the
string indices computed inline this halves the Python part of a parse, which
holds the GIL (bench/bindings_bench.py).
"""
from bisect import bisect_left as _bl

from .model import (Article, Attribution, Block, Dateline, Entity, Mention, Paragraph,
                    ParseWarning, Related, Timex)

__all__ = ["build"]

_new = object.__new__


def _objs(lst, cls, S, X):
    """``lst`` (dicts with ``start`` and ``end``) as ``cls`` objects, with
    ``char_start`` and ``char_end`` added (see _offsets.offset_tables)."""
    out = []
    app = out.append
    new = _new
    if S is None:  # ASCII: string index = byte offset
        for d in lst:
            d["char_start"] = d["start"]
            d["char_end"] = d["end"]
            o = new(cls)
            o.__dict__ = d
            app(o)
    else:
        bl = _bl
        for d in lst:
            b = d["start"]
            d["char_start"] = b - X[bl(S, b) - 1]
            b = d["end"]
            d["char_end"] = b - X[bl(S, b) - 1]
            o = new(cls)
            o.__dict__ = d
            app(o)
    return out


def _entities(lst, S, X):
    out = []
    app = out.append
    new = _new
    for d in lst:
        d["mentions"] = _objs(d["mentions"], Mention, S, X)
        o = new(Entity)
        o.__dict__ = d
        app(o)
    return out


def build(d, text, raw, S, X):
    """The Article of ``d`` (the JSON of warta_article_to_json(), loaded; it
    is consumed), whose input is ``text``, with ``raw`` the JSON string."""
    new = _new
    dl = d["dateline"]
    if dl is not None:
        d["dateline"] = _objs((dl,), Dateline, S, X)[0]
    d["paragraphs"] = _objs(d["paragraphs"], Paragraph, S, X)
    d["entities"] = _entities(d["entities"], S, X)
    d["times"] = _objs(d["times"], Timex, S, X)
    rel = d["related"]
    if rel:
        for r in rel:
            r["entities"] = _entities(r["entities"], S, X)
        d["related"] = _objs(rel, Related, S, X)
    o = new(Attribution)
    o.__dict__ = d["attribution"]
    d["attribution"] = o
    d["blocks"] = _objs(d["blocks"], Block, S, X)
    ws = d["warnings"]
    if ws:
        out = []
        for w in ws:
            b = w["offset"]  # -1: none
            w["char_offset"] = b if S is None or b < 0 else b - X[_bl(S, b) - 1]
            o = new(ParseWarning)
            o.__dict__ = w
            out.append(o)
        d["warnings"] = out
    d["text"] = text
    d["_json"] = raw
    a = new(Article)
    a.__dict__ = d
    return a
