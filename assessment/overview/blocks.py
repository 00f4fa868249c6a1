"""A neutral page of headings, paragraphs, lists and tables that Markdown and HTML both render.

Every string here is plain text (as typed, not markup); the renderers escape it for their format.
"""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    anchor: str = ""


@dataclass(frozen=True)
class Paragraph:
    text: str
    emphasis: bool = False
    """A note the reader must not miss (e.g. the disclaimer)."""


@dataclass(frozen=True)
class Bullets:
    items: list[str]


@dataclass(frozen=True)
class Table:
    caption: str
    headers: list[str]
    rows: list[list[str]]
    numeric: frozenset[int] = field(default_factory=frozenset)
    """Column indexes that hold numbers (right-aligned)."""


Block = Heading | Paragraph | Bullets | Table
