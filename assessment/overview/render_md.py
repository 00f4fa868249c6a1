"""The overview as Markdown (GitHub-flavoured tables), every free text escaped to show literally."""

from assessment.i18n import Lang
from assessment.overview.blocks import Block, Bullets, Heading, Paragraph, Table
from assessment.overview.layout import page
from assessment.overview.model import Overview
from assessment.text.markup import md


def render(overview: Overview, lang: Lang = "nl") -> str:
    _, blocks = page(overview, lang)
    return "\n".join(_block(b) for b in blocks)


def _block(block: Block) -> str:
    match block:
        case Heading(level=level, text=text):
            return f"{'#' * level} {md(text, line_start=False)}\n"
        case Paragraph(text=text, emphasis=emphasis):
            return f"**{md(text)}**\n" if emphasis else f"{md(text)}\n"
        case Bullets(items=items):
            return "".join(f"- {md(item)}\n" for item in items)
        case Table(caption=caption, headers=headers, rows=rows, numeric=numeric):
            align = ["---:" if i in numeric else "---" for i in range(len(headers))]
            lines = [f"*{md(caption)}*", "", _row(headers), _row(align, escape=False)]
            lines += [_row(r) for r in rows]
            return "\n".join(lines) + "\n"
    raise TypeError(f"unknown block {block!r}")


def _row(cells: list[str], *, escape: bool = True) -> str:
    return "| " + " | ".join(md(c) if escape else c for c in cells) + " |"
