"""A document as Markdown (GitHub-flavoured tables), every text escaped to show literally."""

from assessment.document.blocks import Block, Bullets, Document, Facts, Heading, Links, Paragraph, Table
from assessment.text.markup import md


def render(document: Document) -> str:
    return "\n".join(block(b) for b in document.blocks)


def block(b: Block) -> str:
    match b:
        case Heading(level=level, text=text):
            return f"{'#' * level} {md(text, line_start=False)}\n"
        case Paragraph(text=text, emphasis=emphasis):
            return f"**{md(text)}**\n" if emphasis else f"{md(text)}\n"
        case Bullets(items=items):
            return "".join(f"- {md(item)}\n" for item in items)
        case Facts(items=items):
            return "".join(f"- **{md(label)}:** {md(value)}\n" for label, value in items)
        case Links(items=items):
            return "".join(f"- [{md(text)}](<{url}>)\n" for text, url in items if _safe(url))
        case Table(caption=caption, headers=headers, rows=rows, numeric=numeric):
            align = ["---:" if i in numeric else "---" for i in range(len(headers))]
            lines = [f"*{md(caption)}*", "", _row(headers), _row(align, escape=False)]
            lines += [_row(r) for r in rows]
            return "\n".join(lines) + "\n"
    raise TypeError(f"unknown block {b!r}")


def _safe(url: str) -> bool:
    """Links come from our own data; still, only plain https addresses become links."""
    return url.startswith("https://") and not any(c in url for c in "<> \n\"'")


def _row(cells: list[str], *, escape: bool = True) -> str:
    return "| " + " | ".join(md(c) if escape else c for c in cells) + " |"
