"""The article as a tree of dataclasses.

Field names follow the JSON contract (docs/warta.schema.json). Every span
carries byte offsets into the UTF-8 input (``start``, ``end``, half-open, as
in JSON) and the same range as Python string indices (``char_start``,
``char_end``) into :attr:`Article.text`, so ``article.text[m.char_start:m.char_end]``
is the text of mention ``m``.
"""
from dataclasses import dataclass, field
from typing import List, Optional

__all__ = ["Article", "Attribution", "Block", "Dateline", "Entity", "Mention", "Paragraph",
           "ParseWarning", "Related", "Timex"]


@dataclass
class Dateline:
    """``Beijing (ANTARA) -``: place as written, agency, foreign source, and the
    place resolved to country (ISO 3166-1), province (ISO 3166-2:ID) and IANA zone."""
    place: Optional[str]
    agency: Optional[str]
    source: Optional[str]
    country: Optional[str]
    province: Optional[str]
    timezone: Optional[str]
    start: int
    end: int
    char_start: int
    char_end: int


@dataclass
class Paragraph:
    """A body paragraph (its byte and character range)."""
    start: int
    end: int
    char_start: int
    char_end: int


@dataclass
class Block:
    """A block the input was cut into: ``paragraph``, ``dateline``, ``pullquote``,
    ``read_also``, ``related``, ``attribution``, ``boilerplate`` or ``stamp`` (the
    page's own publication stamp, :attr:`Article.published`)."""
    kind: str
    start: int
    end: int
    char_start: int
    char_end: int


@dataclass
class Mention:
    """One mention of an entity (for a person, the name alone, not the title)."""
    text: str
    start: int
    end: int
    char_start: int
    char_end: int


@dataclass
class Entity:
    """A person, country, organization or location with its mentions.

    Only the fields that belong to the type are set: person ``title`` and
    ``affiliation``; country ``iso`` and ``iso3``; organization ``acronym``;
    location ``iso``, ``province`` and ``timezone``. The others are None.
    ``guessed`` is True when the learned name model (``guess_names=True``),
    not a rule, gave the entity its type.
    """
    type: str
    name: str
    mentions: List[Mention]
    title: Optional[str] = None
    affiliation: Optional[str] = None
    iso: Optional[str] = None
    iso3: Optional[str] = None
    acronym: Optional[str] = None
    province: Optional[str] = None
    timezone: Optional[str] = None
    guessed: bool = False


@dataclass
class Timex:
    """A time expression: TIMEX3-style ``value`` (None when unresolved),
    ``end_value`` for ranges, ``granularity`` name, whether it was ``anchored``
    on the reference instant, and the ``relative`` meaning kept when unresolved."""
    text: str
    value: Optional[str]
    end_value: Optional[str]
    granularity: str
    anchored: bool
    relative: Optional[str]
    start: int
    end: int
    char_start: int
    char_end: int


@dataclass
class Related:
    """A related headline: kind ``read_also`` or ``more_news``, its title, its
    published instant when printed, and the entities found in the title."""
    kind: str
    title: str
    published: Optional[str]
    start: int
    end: int
    char_start: int
    char_end: int
    entities: List[Entity] = field(default_factory=list)


@dataclass
class Attribution:
    """Credits: ``Sumber:`` source, ``Pewarta:`` reporter, editor, translator,
    photographer, trailing initials such as ``(ant/mii)``."""
    source: Optional[str] = None
    reporter: Optional[str] = None
    editor: Optional[str] = None
    translator: Optional[str] = None
    photographer: Optional[str] = None
    initials: Optional[str] = None


@dataclass
class ParseWarning:
    """A warning recorded while parsing; offsets are -1 when it has none."""
    message: str
    offset: int
    char_offset: int


@dataclass
class Article:
    """A parsed article.

    ``text`` is the input as a string (for ``bytes`` input, decoded; in
    lenient mode each replaced byte is ``'?'``, exactly as the library saw it).
    """
    dateline: Optional[Dateline]
    published: Optional[str]
    reference: Optional[str]
    paragraphs: List[Paragraph]
    entities: List[Entity]
    times: List[Timex]
    related: List[Related]
    attribution: Attribution
    blocks: List[Block]
    warnings: List[ParseWarning]
    warta_version: Optional[str] = None
    text: str = field(default="", repr=False)
    _json: Optional[str] = field(default=None, repr=False, compare=False)

    def to_json(self):
        """The C library's JSON for this article (warta_article_to_json(), one line)."""
        if self._json is None:
            raise ValueError("this Article was not built from the library's JSON")
        return self._json

    def slice(self, span):
        """The text of any object with ``char_start``/``char_end`` (a mention, paragraph, ...)."""
        return self.text[span.char_start:span.char_end]
