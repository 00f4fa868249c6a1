"""A neutral document of headings, paragraphs, lists, label-value pairs, links and tables that
Markdown and HTML both render: the report for the system owner and the CIO office overview.

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
class Facts:
    """Label-value pairs (a definition list); a value may hold line breaks."""

    items: list[tuple[str, str]]


@dataclass(frozen=True)
class Links:
    """Items that each lead somewhere: (text, address)."""

    items: list[tuple[str, str]]


@dataclass(frozen=True)
class Table:
    caption: str
    headers: list[str]
    rows: list[list[str]]
    numeric: frozenset[int] = field(default_factory=frozenset)
    """Column indexes that hold numbers (right-aligned)."""


Block = Heading | Paragraph | Bullets | Facts | Links | Table


@dataclass(frozen=True)
class Document:
    lang: str
    title: str
    blocks: list[Block]
