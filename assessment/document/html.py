"""A document as one self-contained HTML page: accessible headings, lists and tables, no scripts,
no external resources (it must open offline and print cleanly)."""

from assessment.document.blocks import Block, Bullets, Document, Facts, Heading, Links, Paragraph, Table
from assessment.document.markdown import _safe
from assessment.text.markup import html_text as h

CSS = """
body { font-family: system-ui, sans-serif; line-height: 1.45; margin: 2rem auto; max-width: 80rem;
       padding: 0 1rem; color: #111; background: #fff; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2rem; border-bottom: 1px solid #888; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
dt { font-weight: bold; } dd { margin: 0; }
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
  h2, h3 { break-after: avoid; }
  tr, dl { break-inside: avoid; }
  thead { display: table-header-group; }
}
"""


def render(document: Document, *, contents: bool = False) -> str:
    """The page; `contents` adds a navigation list of the level-2 headings that carry an anchor."""
    lang = "en" if document.lang == "en" else "nl"  # never an unchecked value in the lang attribute
    nav = ""
    if contents:
        toc = [b for b in document.blocks if isinstance(b, Heading) and b.level == 2 and b.anchor]
        label = "Inhoud" if lang == "nl" else "Contents"
        nav = (f'<nav aria-label="{label}"><ul>'
               + "".join(f'<li><a href="#{h(b.anchor)}">{h(b.text)}</a></li>' for b in toc) + "</ul></nav>\n")
    body = "\n".join(block(b) for b in document.blocks)
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{h(document.title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n"
            f"{nav}{body}\n</main>\n</body>\n</html>\n")


def block(b: Block) -> str:
    match b:
        case Heading(level=level, text=text, anchor=anchor):
            ident = f' id="{h(anchor)}"' if anchor else ""
            return f"<h{level}{ident}>{h(text)}</h{level}>"
        case Paragraph(text=text, emphasis=emphasis):
            return f'<p class="note">{h(text)}</p>' if emphasis else f"<p>{h(text)}</p>"
        case Bullets(items=items):
            return "<ul>" + "".join(f"<li>{h(i)}</li>" for i in items) + "</ul>"
        case Facts(items=items):
            return "<dl>" + "".join(f"<dt>{h(k)}</dt><dd>{h(v)}</dd>" for k, v in items) + "</dl>"
        case Links(items=items):
            return "<ul>" + "".join(f'<li><a href="{h(url)}">{h(text)}</a></li>'
                                    for text, url in items if _safe(url)) + "</ul>"
        case Table(caption=caption, headers=headers, rows=rows, numeric=numeric):
            head = "".join(f'<th scope="col">{h(c)}</th>' for c in headers)
            body = "".join(
                "<tr>" + "".join(f'<td class="num">{h(c)}</td>' if i in numeric else f"<td>{h(c)}</td>"
                                 for i, c in enumerate(r)) + "</tr>\n"
                for r in rows)
            return (f"<table>\n<caption>{h(caption)}</caption>\n<thead><tr>{head}</tr></thead>\n"
                    f"<tbody>\n{body}</tbody>\n</table>")
    raise TypeError(f"unknown block {b!r}")
