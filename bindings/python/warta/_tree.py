"""The Article tree from the library's JSON (already json.loads'ed): the
route of warta.parse with a library older than warta_parse_marshal() (see
_marshal.py, about half the instructions), kept for those and as a
cross-check in the tests.

Objects are made by their dataclass ``__init__`` (CPython then stores the
attributes inline, so reading them later is as fast as it gets; assigning
the JSON dicts as ``__dict__`` builds faster but makes every later attribute
read slower, more than it saves for a user reading the whole result), with
positional arguments, and byte offsets become string indices inline, with
two sorted tables (see _offsets.offset_tables) rather than a function call
per offset. Callgrind, 300 corpus articles, instructions per article to build
the tree from the decoded JSON and read every field once: the previous
builder (dataclass calls with dict.get, a closure call per offset) 611k,
``__dict__`` assignment 541k (371k to build but reads slower), this 503k;
json decoding adds 408k to each (bench/bindings_bench.py has the times).
"""
from bisect import bisect_left as _bl

from .model import (Article, Attribution, Block, Dateline, Entity, Mention, Paragraph,
                    ParseWarning, Related, Timex)

__all__ = ["build"]


def _entities(lst, S, X):
    out = []
    app = out.append
    for e in lst:
        ms = []
        add = ms.append
        if S is None:  # ASCII: string index = byte offset
            for m in e["mentions"]:
                s = m["start"]
                n = m["end"]
                add(Mention(m["text"], s, n, s, n))
        else:
            for m in e["mentions"]:
                s = m["start"]
                n = m["end"]
                add(Mention(m["text"], s, n, s - X[_bl(S, s) - 1], n - X[_bl(S, n) - 1]))
        t = e["type"]
        if t == "person":
            app(Entity(t, e["name"], ms, e["title"], e["affiliation"]))
        elif t == "country":
            app(Entity(t, e["name"], ms, None, None, e["iso"], e["iso3"]))
        elif t == "organization":
            app(Entity(t, e["name"], ms, None, None, None, None, e["acronym"]))
        elif t == "location":
            app(Entity(t, e["name"], ms, None, None, e["iso"], None, None, e["province"],
                       e["timezone"]))
        else:
            g = e.get
            app(Entity(t, e["name"], ms, g("title"), g("affiliation"), g("iso"), g("iso3"),
                       g("acronym"), g("province"), g("timezone")))
        if "guessed" in e:  # only on what the learned name model typed
            out[-1].guessed = True
    return out


def _spans(lst, cls, S, X):
    """Paragraph or Block objects (their fields: [kind,] start, end, char_start, char_end)."""
    out = []
    app = out.append
    if cls is Paragraph:
        if S is None:
            for p in lst:
                s = p["start"]
                n = p["end"]
                app(Paragraph(s, n, s, n))
        else:
            for p in lst:
                s = p["start"]
                n = p["end"]
                app(Paragraph(s, n, s - X[_bl(S, s) - 1], n - X[_bl(S, n) - 1]))
    elif S is None:
        for p in lst:
            s = p["start"]
            n = p["end"]
            app(cls(p["kind"], s, n, s, n))
    else:
        for p in lst:
            s = p["start"]
            n = p["end"]
            app(cls(p["kind"], s, n, s - X[_bl(S, s) - 1], n - X[_bl(S, n) - 1]))
    return out


def build(d, text, raw, S, X):
    """The Article of ``d`` (the JSON of warta_article_to_json(), loaded),
    whose input is ``text``, with ``raw`` the JSON string; ``S``, ``X``: the
    tables of _offsets.offset_tables (None, None for ASCII)."""
    if S is None:
        def ch(b):
            return b
    else:
        def ch(b):
            return b - X[_bl(S, b) - 1] if b >= 0 else b
    dl = d["dateline"]
    if dl is not None:
        s = dl["start"]
        n = dl["end"]
        dl = Dateline(dl["place"], dl["agency"], dl["source"], dl["country"], dl["province"],
                      dl["timezone"], s, n, ch(s), ch(n))
    times = []
    for t in d["times"]:
        s = t["start"]
        n = t["end"]
        times.append(Timex(t["text"], t["value"], t["end_value"], t["granularity"],
                           t["anchored"], t["relative"], s, n, ch(s), ch(n)))
    related = []
    for r in d["related"]:
        s = r["start"]
        n = r["end"]
        related.append(Related(r["kind"], r["title"], r["published"], s, n, ch(s), ch(n),
                               _entities(r["entities"], S, X)))
    at = d["attribution"]
    return Article(
        dl, d["published"], d["reference"], _spans(d["paragraphs"], Paragraph, S, X),
        _entities(d["entities"], S, X), times, related,
        Attribution(at["source"], at["reporter"], at["editor"], at["translator"],
                    at["photographer"], at["initials"]),
        _spans(d["blocks"], Block, S, X),
        [ParseWarning(w["message"], w["offset"], ch(w["offset"])) for w in d["warnings"]],
        d["warta_version"], text, raw)
