"""The Article tree from warta_parse_marshal()'s data (marshal.loads'ed).

The C library writes every object as a tuple of its dataclass's fields in
order, character offsets included (include/warta/json.h documents the
layout), and marshal.loads() reads them at C speed; each object is then
``Cls(*row)``, mapped over a whole tuple of rows at a time with
itertools.starmap: no per-field Python work, no offset conversion, and a
Python-level loop only over entities (to make their Mentions first).
"""
from itertools import starmap

from .model import (Article, Attribution, Block, Dateline, Entity, Mention, Paragraph,
                    ParseWarning, Related, Timex)

__all__ = ["build"]


def _entities(rows):
    return [Entity(t, n, list(starmap(Mention, ms)), ti, af, iso, iso3, ac, pr, tz, gu)
            for t, n, ms, ti, af, iso, iso3, ac, pr, tz, gu in rows]


def build(r, text):
    """The Article of the tuple ``r`` of the input ``text`` (str)."""
    dl, published, reference, paras, ents, times, rel, at, blocks, warns, version, js = r
    return Article(
        None if dl is None else Dateline(*dl), published, reference,
        list(starmap(Paragraph, paras)), _entities(ents) if ents else [],
        list(starmap(Timex, times)),
        [Related(k, ti, pub, s, e, cs, ce, _entities(es))
         for k, ti, pub, s, e, cs, ce, es in rel] if rel else [],
        Attribution(*at), list(starmap(Block, blocks)),
        list(starmap(ParseWarning, warns)) if warns else [], version, text, js)
