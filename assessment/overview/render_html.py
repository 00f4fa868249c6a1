"""The overview as one self-contained HTML page: accessible headings and tables, print-friendly."""

from assessment.i18n import Lang, checked_lang
from assessment.overview.blocks import Block, Bullets, Heading, Paragraph, Table
from assessment.overview.layout import page
from assessment.overview.model import Overview
from assessment.text.markup import html_text as h

# No scripts, no external resources: the page must open offline and print cleanly.
_CSS = """
body { font-family: system-ui, sans-serif; line-height: 1.45; margin: 2rem; max-width: 80rem; color: #111; }
table { border-collapse: collapse; margin: 0 0 1.5rem; width: 100%; font-size: 0.9rem; }
caption { text-align: left; font-style: italic; padding: 0.25rem 0; }
th, td { border: 1px solid #888; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #eee; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.note { border-left: 4px solid #154273; padding: 0.25rem 0.75rem; font-weight: 600; }
nav ul { columns: 2; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  nav { display: none; }
  h2 { break-before: auto; break-after: avoid; }
  table { page-break-inside: auto; }
  tr { break-inside: avoid; }
  thead { display: table-header-group; }
}
"""


def render(overview: Overview, lang: Lang = "nl") -> str:
    title, blocks = page(overview, lang)
    toc = [b for b in blocks if isinstance(b, Heading) and b.level == 2]
    nav_label = "Inhoud" if lang == "nl" else "Contents"
    nav = "".join(f'<li><a href="#{h(b.anchor)}">{h(b.text)}</a></li>' for b in toc)
    body = "\n".join(_block(b) for b in blocks)
    return (f'<!DOCTYPE html>\n<html lang="{checked_lang(lang)}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{h(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n<main>\n"
            f'<nav aria-label="{nav_label}"><ul>{nav}</ul></nav>\n{body}\n</main>\n</body>\n</html>\n')


def _block(block: Block) -> str:
    match block:
        case Heading(level=level, text=text, anchor=anchor):
            ident = f' id="{h(anchor)}"' if anchor else ""
            return f"<h{level}{ident}>{h(text)}</h{level}>"
        case Paragraph(text=text, emphasis=emphasis):
            return f'<p class="note">{h(text)}</p>' if emphasis else f"<p>{h(text)}</p>"
        case Bullets(items=items):
            return "<ul>" + "".join(f"<li>{h(i)}</li>" for i in items) + "</ul>"
        case Table(caption=caption, headers=headers, rows=rows, numeric=numeric):
            head = "".join(f'<th scope="col">{h(c)}</th>' for c in headers)
            body = "".join(
                "<tr>" + "".join(f'<td class="num">{h(c)}</td>' if i in numeric else f"<td>{h(c)}</td>"
                                 for i, c in enumerate(r)) + "</tr>\n"
                for r in rows)
            return (f"<table>\n<caption>{h(caption)}</caption>\n<thead><tr>{head}</tr></thead>\n"
                    f"<tbody>\n{body}</tbody>\n</table>")
    raise TypeError(f"unknown block {block!r}")
